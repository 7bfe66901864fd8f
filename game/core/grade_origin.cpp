#include "core/grade_origin.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace clearance::core {

namespace {

std::string upper(std::string s) {
    for (char& ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return s;
}

double to_double(const Decimal& d) { return static_cast<double>(d.mantissa()) / std::pow(10.0, d.scale()); }

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}

const OriginFinding* finding_for(const OriginResult& r, OriginCriterion c) {
    for (const auto& f : r.findings) {
        if (f.criterion == c) return &f;
    }
    return nullptr;
}

Message words(OriginCriterion c) { return phrase(std::string(origin_criterion_words(c))); }

// "EU-Ghana EPA, CTH (tolerance 10%): heading 6403 differs from 4107"
Message rule_line(const OriginResult& r, const OriginFinding* f) {
    if (!f) return msg("{0}, {1}", phrase(r.agreement), phrase(r.rule_text));
    return msg("{0}, {1}: {2}", phrase(r.agreement), phrase(f->rule), phrase(f->detail));
}

// "value content", "change of tariff classification or value content", "a, b or c".
Message deciding_words(const OriginResult& r) {
    std::vector<Message> all;
    for (OriginCriterion c : r.deciding) all.push_back(words(c));
    if (all.size() < 2) return all.empty() ? Message() : all.front();
    Message last = std::move(all.back());
    all.pop_back();
    return msg("{0} or {1}", all.size() == 1 ? std::move(all.front()) : list(std::move(all), ", "), std::move(last));
}

}  // namespace

std::string_view origin_criterion_words(OriginCriterion c) {
    switch (c) {
        case OriginCriterion::wholly_obtained: return "wholly obtained";
        case OriginCriterion::originating_materials: return "made only from originating materials";
        case OriginCriterion::tariff_shift: return "change of tariff classification";
        case OriginCriterion::value_content: return "value content";
        case OriginCriterion::minimal_operations: return "minimal operations";
        case OriginCriterion::direct_transport: return "direct transport";
    }
    return "";
}

Grade grade_origin(const OriginKey& key, const OriginAnswer& answer) {
    const OriginResult& r = key.expected;
    Grade g;
    if (!r.determined) {
        g.add(Verdict::info, msg("This step cannot be graded: {0}.",
                                 r.problems.empty() ? msg("no reason given") : phrase(r.problems.front())));
        return g;
    }
    const bool value_graded = key.value_asked && r.value_percent.has_value();
    const double verdict_points = value_graded ? 5.0 : 6.0;
    const double criterion_points = value_graded ? 3.0 : 4.0;
    const double value_points = value_graded ? 2.0 : 0.0;
    g.max = verdict_points + criterion_points + value_points;

    // ---- verdict
    const Message verdict_rule = msg("{0}, {1}", phrase(r.agreement), phrase(r.rule_text));
    const bool verdict_right = answer.conferred == r.conferred;
    if (!verdict_right) {
        g.add(Verdict::wrong,
              answer.conferred ? msg("You said originating; the goods are not originating: {0}.", phrase(r.reason))
                               : msg("You said not originating; the goods are originating: {0}.", phrase(r.reason)),
              verdict_rule);
    } else if (r.conferred && !answer.country.empty() && upper(answer.country) != r.country) {
        g.score += verdict_points / 2;
        g.add(Verdict::partial, msg("Originating, yes, but in {0}, not {1}.", r.country, upper(answer.country)),
              verdict_rule);
    } else {
        g.score += verdict_points;
        g.add(Verdict::correct, msg("Right: {0}.", phrase(r.reason)), verdict_rule);
    }

    // ---- criterion
    const OriginFinding* first = r.deciding.empty() ? nullptr : finding_for(r, r.deciding.front());
    const bool named_decides = answer.criterion && std::find(r.deciding.begin(), r.deciding.end(),
                                                             *answer.criterion) != r.deciding.end();
    if (!answer.criterion) {
        g.add(Verdict::wrong, msg("No criterion named; what decides is {0}.", deciding_words(r)), rule_line(r, first));
    } else if (named_decides && !verdict_right) {
        // The right test read the wrong way round is not yet knowing what decides: no credit.
        const OriginFinding* f = finding_for(r, *answer.criterion);
        const Message named = words(*answer.criterion);
        g.add(Verdict::wrong,
              !f          ? msg("The {0} test decides, but it fails.", named)
              : f->passed ? msg("The {0} test decides, but it passes ({1}).", named, phrase(f->detail))
                          : msg("The {0} test decides, but it fails ({1}).", named, phrase(f->detail)),
              rule_line(r, f));
    } else if (named_decides) {
        g.score += criterion_points;
        const OriginFinding* f = finding_for(r, *answer.criterion);
        const Message named = words(*answer.criterion);
        g.add(Verdict::correct,
              f ? msg("Right: {0} decides ({1}).", named, phrase(f->detail)) : msg("Right: {0} decides.", named),
              rule_line(r, f));
    } else {
        const Message named = words(*answer.criterion);
        const OriginFinding* f = finding_for(r, *answer.criterion);
        g.add(Verdict::wrong,
              !f          ? msg("You named {0}; what decides is {1}.", named, deciding_words(r))
              : f->passed ? msg("You named {0}; what decides is {1}. The {0} test passes ({2}), but does not settle "
                                "it.",
                                named, deciding_words(r), phrase(f->detail))
                          : msg("You named {0}; what decides is {1}. The {0} test fails ({2}), but does not settle "
                                "it.",
                                named, deciding_words(r), phrase(f->detail)),
              rule_line(r, first));
    }

    // ---- value content
    if (value_graded) {
        const double expected = to_double(*r.value_percent);
        const OriginFinding* f = finding_for(r, OriginCriterion::value_content);
        if (!answer.value_percent) {
            g.add(Verdict::wrong, msg("No percentage given; it is {0}%.", number(expected)), rule_line(r, f));
        } else if (std::fabs(*answer.value_percent - expected) <= key.value_tolerance + 1e-9) {
            g.score += value_points;
            g.add(Verdict::correct, msg("Right: {0}% (exactly {1}%).", number(*answer.value_percent), number(expected)),
                  rule_line(r, f));
        } else {
            g.add(Verdict::wrong, msg("You computed {0}%; it is {1}%.", number(*answer.value_percent), number(expected)),
                  rule_line(r, f));
        }
    }
    return g;
}

}  // namespace clearance::core
