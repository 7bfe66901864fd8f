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

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))) + "%"; }

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
    const std::string key_text = "The key is " + expected_node.label() + " " + quote(expected_node.description) + ".";
    const char* asked_rule = asked == HsLevel::subheading ? "GIR 1, GIR 6" : "GIR 1";

    Grade g;
    g.max = key.points;

    // --- answers that cannot be graded by level -------------------------------------------
    std::string why;
    const auto parsed = HsCode::parse(answer, &why);
    if (!parsed) {
        const bool blank = answer.find_first_not_of(" \t") == std::string_view::npos;
        g.add(Verdict::wrong, blank ? "No code was given." : why + ".");
        g.add(Verdict::info, key_text);
        return g;
    }
    const HsCode& given = *parsed;
    if (!nom.contains(given)) {
        g.add(Verdict::wrong, nom.missing_reason(given), nom.edition() + " nomenclature");
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
        std::string text = given.str() + " is an accepted alternative (" + percent(alt_used->credit) + " credit): " +
                           n.label() + " " + quote(n.description) + ".";
        if (!alt_used->note.empty()) text += " " + alt_used->note;
        g.add(alt_used->credit >= 1.0 ? Verdict::correct : Verdict::partial, text, "accepted alternative");
        if (alt_used->credit < 1.0) g.add(Verdict::info, key_text);
        return g;
    }

    g.score = level_credit * key.points;
    if (level_credit >= 1.0) {
        g.add(Verdict::correct, shown(given, asked) + " is right: " + quote(expected_node.description) + ".", asked_rule);
        if (given.level() > asked)
            g.add(Verdict::info, std::string("Only the ") + hs_level_name(asked) + " was asked; the digits after " +
                                     shown(given, asked) + " were not graded.");
        if (!given.national().empty())
            g.add(Verdict::info, "National digits " + given.full_str().substr(given.str().size()) +
                                     " are not graded: the HS stops at 6 digits.");
        return g;
    }

    // --- partial or wrong: say what agreed, then what differed ----------------------------
    if (reached >= HsAgreement::chapter) {
        const HsLevel agreed = reached == HsAgreement::chapter ? HsLevel::chapter : HsLevel::heading;
        const HsNode& same = node_at(nom, given, agreed);
        g.add(Verdict::correct, "Right " + same.label() + ": " + quote(same.description) + ".", "GIR 1");
    }
    const bool stopped_short = given.level() < asked && static_cast<int>(given.level()) + 1 == static_cast<int>(reached);
    if (stopped_short) {
        // Everything the answer said was right; it just did not go down to the asked level.
        g.add(Verdict::wrong,
              std::string("The step asks for a ") + hs_level_name(asked) + ": " + given.str() + " stops at the " +
                  hs_level_name(given.level()) + ". " + key_text,
              asked == HsLevel::subheading ? "GIR 6" : "GIR 1");
    } else {
        const HsLevel differs = first_difference(reached);
        const HsNode& theirs = node_at(nom, given, differs);
        const HsNode& ours = node_at(nom, expected, differs);
        const std::string rule = differs == HsLevel::subheading ? "GIR 6" : "GIR 1";
        std::string text = "Wrong " + std::string(hs_level_name(differs)) + ": " + shown(given, differs) + " is " +
                           quote(theirs.description) + "; ";
        if (differs == asked)
            text += "the key " + shown(expected, differs) + " is " + quote(ours.description) + ".";
        else
            text += "the key is " + expected_node.label() + " " + quote(expected_node.description) + ", in " +
                    ours.label() + " " + quote(ours.description) + ".";
        g.add(Verdict::wrong, text, rule);
        if (reached == HsAgreement::section) {
            const HsNode& section = nom.section_of(ours);
            g.add(Verdict::info, "Both chapters are in " + section.label() + " " + quote(section.description) +
                                     ", but section titles are for reference only and earn no credit.",
                  "GIR 1");
        }
    }
    if (g.score > 0.0) {
        const HsLevel right = reached == HsAgreement::chapter ? HsLevel::chapter : HsLevel::heading;
        g.add(Verdict::info, percent(level_credit) + " credit: the " + hs_level_name(right) + " is right, the " +
                                 hs_level_name(asked) + " is not.");
    }
    return g;
}

}  // namespace clearance::core
