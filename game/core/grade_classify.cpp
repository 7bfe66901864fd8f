#include "core/grade_classify.h"

#include <cmath>
#include <optional>
#include <sstream>
#include <stdexcept>

namespace clearance::core {

double classify_credit(HsLevel asked, HsAgreement reached) {
    if (reached == HsAgreement::none || reached == HsAgreement::section) return 0.0;
    if (asked == HsLevel::heading) {
        // Only two choices stand between a trainee and a heading: the chapter is half the way,
        // but finding it in the 96 is the easier half, hence less than half the points.
        return reached == HsAgreement::chapter ? 0.4 : 1.0;
    }
    // A subheading asked: the heading is the hard decision (GIR 1, from heading texts and
    // notes, among 1,228), the subheading then a choice among a few siblings (GIR 6), so the
    // heading earns more than half; the chapter alone shows the right part of the tree.
    switch (reached) {
        case HsAgreement::subheading: return 1.0;
        case HsAgreement::heading: return 0.6;
        case HsAgreement::chapter: return 0.25;
        default: return 0.0;
    }
}

namespace {

// Descriptions run up to 255 characters; feedback quotes the start, cut at a word.
std::string quote(const std::string& description) {
    constexpr std::size_t max_chars = 90;
    if (description.size() <= max_chars) return "'" + description + "'";
    std::size_t cut = description.rfind(' ', max_chars);
    if (cut == std::string::npos || cut < max_chars / 2) cut = max_chars;
    std::string head = description.substr(0, cut);
    while (!head.empty() && (head.back() == ',' || head.back() == ';' || head.back() == ' ')) head.pop_back();
    return "'" + head + "...'";
}

std::string number(double v) {
    std::ostringstream out;
    out << v;
    return out.str();
}

// A share as a whole percentage, without the sign (templates write "{0}%").
std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))); }

// "chapter", "heading"...: a level named in a sentence, translatable.
Message level_word(HsLevel level) { return phrase(hs_level_name(level)); }

// "subheading 0901.21", as HsNode::label() writes it, with the level word translatable.
Message label(const HsNode& n) {
    const std::string full = n.label();
    const std::string word = hs_level_name(n.level);
    return msg("{0} {1}", level_word(n.level), full.substr(word.size() + 1));
}

// "8517.13", "85.17", "85": how a level of a code is named in sentences (the WCO notation).
std::string shown(const HsCode& code, HsLevel level) { return code.truncated(level).wco_str(); }

const HsNode& node_at(const HsNomenclature& nom, const HsCode& code, HsLevel level) {
    const HsNode* n = nom.find(code.truncated(level));
    if (!n) throw std::logic_error("classify: " + code.str() + " was checked to exist");
    return *n;
}

// The first level at which two codes that agree down to `a` differ.
HsLevel first_difference(HsAgreement a) {
    switch (a) {
        case HsAgreement::subheading: return HsLevel::subheading;
        case HsAgreement::heading: return HsLevel::subheading;
        case HsAgreement::chapter: return HsLevel::heading;
        default: return HsLevel::chapter;
    }
}

}  // namespace

std::vector<std::string> check_classify_key(const ClassifyKey& key, const HsNomenclature& nom) {
    std::vector<std::string> problems;
    if (key.level != HsLevel::heading && key.level != HsLevel::subheading)
        problems.push_back(std::string("the asked level must be heading or subheading, not ") + hs_level_name(key.level));
    if (!(key.points > 0.0)) problems.push_back("points must be above 0");
    auto check_code = [&](const std::string& text, const char* role) -> std::optional<HsCode> {
        std::string why;
        auto code = HsCode::parse(text, &why);
        if (!code) { problems.push_back(std::string(role) + ": " + why); return std::nullopt; }
        if (!nom.contains(*code)) { problems.push_back(std::string(role) + ": " + nom.missing_reason(*code)); return std::nullopt; }
        return code;
    };
    if (auto code = check_code(key.code, "key")) {
        if (code->level() < key.level)
            problems.push_back("key: " + code->str() + " is a " + hs_level_name(code->level()) + " but the step asks for a " +
                               hs_level_name(key.level));
    }
    for (const ClassifyAlternative& alt : key.alternatives) {
        check_code(alt.code, "alternative");
        if (!(alt.credit > 0.0 && alt.credit <= 1.0))
            problems.push_back("alternative " + alt.code + ": credit must be in (0, 1], not " + number(alt.credit));
    }
    return problems;
}

Grade grade_classify(const ClassifyKey& key, std::string_view answer, const HsNomenclature& nom) {
    if (auto problems = check_classify_key(key, nom); !problems.empty())
        throw std::invalid_argument("classify key: " + problems.front());

    const HsLevel asked = key.level;
    const HsCode expected = HsCode::parse_or_throw(key.code).truncated(asked);
    const HsNode& expected_node = node_at(nom, expected, asked);
    const Message key_text = msg("The key is {0} {1}.", label(expected_node), quote(expected_node.description));
    const Message asked_rule = phrase(asked == HsLevel::subheading ? "GIR 1, GIR 6" : "GIR 1");

    Grade g;
    g.max = key.points;

    // --- answers that cannot be graded by level -------------------------------------------
    std::string why;
    const auto parsed = HsCode::parse(answer, &why);
    if (!parsed) {
        const bool blank = answer.find_first_not_of(" \t") == std::string_view::npos;
        g.add(Verdict::wrong, blank ? msg("No code was given.") : msg("{0}.", phrase(why)));
        g.add(Verdict::info, key_text);
        return g;
    }
    const HsCode& given = *parsed;
    if (!nom.contains(given)) {
        g.add(Verdict::wrong, phrase(nom.missing_reason(given)), msg("{0} nomenclature", phrase(nom.edition())));
        g.add(Verdict::info, key_text);
        return g;
    }

    // --- the key itself, at the asked level -----------------------------------------------
    const HsAgreement reached = nom.agreement(given, expected);
    // Agreement never runs deeper than the shorter code, so an answer that stops at the heading
    // earns at most the heading's credit.
    const double level_credit = classify_credit(asked, reached);

    // --- accepted alternatives ------------------------------------------------------------
    const ClassifyAlternative* alt_used = nullptr;
    for (const ClassifyAlternative& alt : key.alternatives) {
        const HsCode code = HsCode::parse_or_throw(alt.code);
        const bool reaches = given.level() >= code.level() && given.truncated(code.level()) == code;
        if (reaches && alt.credit > level_credit && (!alt_used || alt.credit > alt_used->credit)) alt_used = &alt;
    }
    if (alt_used) {
        const HsCode code = HsCode::parse_or_throw(alt_used->code);
        const HsNode& n = node_at(nom, code, code.level());
        g.score = alt_used->credit * key.points;
        const Message text =
            alt_used->note.empty()
                ? msg("{0} is an accepted alternative ({1}% credit): {2} {3}.", given.str(), percent(alt_used->credit),
                      label(n), quote(n.description))
                : msg("{0} is an accepted alternative ({1}% credit): {2} {3}. {4}", given.str(),
                      percent(alt_used->credit), label(n), quote(n.description), alt_used->note);
        g.add(alt_used->credit >= 1.0 ? Verdict::correct : Verdict::partial, text, phrase("accepted alternative"));
        if (alt_used->credit < 1.0) g.add(Verdict::info, key_text);
        return g;
    }

    g.score = level_credit * key.points;
    if (level_credit >= 1.0) {
        g.add(Verdict::correct, msg("{0} is right: {1}.", shown(given, asked), quote(expected_node.description)),
              asked_rule);
        if (given.level() > asked)
            g.add(Verdict::info, msg("Only the {0} was asked; the digits after {1} were not graded.",
                                     level_word(asked), shown(given, asked)));
        if (!given.national().empty())
            g.add(Verdict::info, msg("National digits {0} are not graded: the HS stops at 6 digits.",
                                     given.full_str().substr(given.str().size())));
        return g;
    }

    // --- partial or wrong: say what agreed, then what differed ----------------------------
    if (reached >= HsAgreement::chapter) {
        const HsLevel agreed = reached == HsAgreement::chapter ? HsLevel::chapter : HsLevel::heading;
        const HsNode& same = node_at(nom, given, agreed);
        g.add(Verdict::correct, msg("Right {0}: {1}.", label(same), quote(same.description)), phrase("GIR 1"));
    }
    const bool stopped_short = given.level() < asked && static_cast<int>(given.level()) + 1 == static_cast<int>(reached);
    if (stopped_short) {
        // Everything the answer said was right; it just did not go down to the asked level.
        g.add(Verdict::wrong,
              msg("The step asks for a {0}: {1} stops at the {2}. {3}", level_word(asked), given.str(),
                  level_word(given.level()), key_text),
              phrase(asked == HsLevel::subheading ? "GIR 6" : "GIR 1"));
    } else {
        const HsLevel differs = first_difference(reached);
        const HsNode& theirs = node_at(nom, given, differs);
        const HsNode& ours = node_at(nom, expected, differs);
        const Message rule = phrase(differs == HsLevel::subheading ? "GIR 6" : "GIR 1");
        const Message text =
            differs == asked
                ? msg("Wrong {0}: {1} is {2}; the key {3} is {4}.", level_word(differs), shown(given, differs),
                      quote(theirs.description), shown(expected, differs), quote(ours.description))
                : msg("Wrong {0}: {1} is {2}; the key is {3} {4}, in {5} {6}.", level_word(differs),
                      shown(given, differs), quote(theirs.description), label(expected_node),
                      quote(expected_node.description), label(ours), quote(ours.description));
        g.add(Verdict::wrong, text, rule);
        if (reached == HsAgreement::section) {
            const HsNode& section = nom.section_of(ours);
            g.add(Verdict::info,
                  msg("Both chapters are in {0} {1}, but section titles are for reference only and earn no credit.",
                      label(section), quote(section.description)),
                  phrase("GIR 1"));
        }
    }
    if (g.score > 0.0) {
        const HsLevel right = reached == HsAgreement::chapter ? HsLevel::chapter : HsLevel::heading;
        g.add(Verdict::info, msg("{0}% credit: the {1} is right, the {2} is not.", percent(level_credit),
                                 level_word(right), level_word(asked)));
    }
    return g;
}

}  // namespace clearance::core
