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

// "EU-Ghana EPA, CTH (tolerance 10%): heading 6403 differs from 4107"
std::string rule_line(const OriginResult& r, const OriginFinding* f) {
    if (!f) return r.agreement + ", " + r.rule_text;
    return r.agreement + ", " + f->rule + ": " + f->detail;
}

std::string deciding_words(const OriginResult& r) {
    std::string out;
    for (std::size_t i = 0; i < r.deciding.size(); ++i) {
        if (i > 0) out += i + 1 == r.deciding.size() ? " or " : ", ";
        out += std::string(origin_criterion_words(r.deciding[i]));
    }
    return out;
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
        std::string why = r.problems.empty() ? std::string("no reason given") : r.problems.front();
        g.add(Verdict::info, "This step cannot be graded: " + why + ".");
        return g;
    }
    const bool value_graded = key.value_asked && r.value_percent.has_value();
    const double verdict_points = value_graded ? 5.0 : 6.0;
    const double criterion_points = value_graded ? 3.0 : 4.0;
    const double value_points = value_graded ? 2.0 : 0.0;
    g.max = verdict_points + criterion_points + value_points;

    // ---- verdict
    auto said = [](bool conferred) { return conferred ? "originating" : "not originating"; };
    const std::string verdict_rule = r.agreement + ", " + r.rule_text;
    const bool verdict_right = answer.conferred == r.conferred;
    if (!verdict_right) {
        g.add(Verdict::wrong, std::string("You said ") + said(answer.conferred) + "; the goods are " +
                                  said(r.conferred) + ": " + r.reason + ".",
              verdict_rule);
    } else if (r.conferred && !answer.country.empty() && upper(answer.country) != r.country) {
        g.score += verdict_points / 2;
        g.add(Verdict::partial, "Originating, yes, but in " + r.country + ", not " + upper(answer.country) + ".",
              verdict_rule);
    } else {
        g.score += verdict_points;
        g.add(Verdict::correct, "Right: " + r.reason + ".", verdict_rule);
    }

    // ---- criterion
    const OriginFinding* first = r.deciding.empty() ? nullptr : finding_for(r, r.deciding.front());
    if (!answer.criterion) {
        g.add(Verdict::wrong, "No criterion named; what decides is " + deciding_words(r) + ".", rule_line(r, first));
    } else if (std::find(r.deciding.begin(), r.deciding.end(), *answer.criterion) != r.deciding.end() &&
               !verdict_right) {
        // The right test read the wrong way round is not yet knowing what decides: no credit.
        const OriginFinding* f = finding_for(r, *answer.criterion);
        g.add(Verdict::wrong,
              "The " + std::string(origin_criterion_words(*answer.criterion)) + " test decides, but it " +
                  (f && f->passed ? "passes" : "fails") + (f ? " (" + f->detail + ")." : std::string(".")),
              rule_line(r, f));
    } else if (std::find(r.deciding.begin(), r.deciding.end(), *answer.criterion) != r.deciding.end()) {
        g.score += criterion_points;
        const OriginFinding* f = finding_for(r, *answer.criterion);
        g.add(Verdict::correct,
              "Right: " + std::string(origin_criterion_words(*answer.criterion)) + " decides" +
                  (f ? " (" + f->detail + ")." : std::string(".")),
              rule_line(r, f));
    } else {
        std::string named(origin_criterion_words(*answer.criterion));
        std::string text = "You named " + named + "; what decides is " + deciding_words(r);
        if (const OriginFinding* f = finding_for(r, *answer.criterion)) {
            text += std::string(". The ") + named + " test " + (f->passed ? "passes" : "fails") + " (" +
                    f->detail + "), but does not settle it";
        }
        g.add(Verdict::wrong, text + ".", rule_line(r, first));
    }

    // ---- value content
    if (value_graded) {
        const double expected = to_double(*r.value_percent);
        const OriginFinding* f = finding_for(r, OriginCriterion::value_content);
        if (!answer.value_percent) {
            g.add(Verdict::wrong, "No percentage given; it is " + number(expected) + "%.", rule_line(r, f));
        } else if (std::fabs(*answer.value_percent - expected) <= key.value_tolerance + 1e-9) {
            g.score += value_points;
            g.add(Verdict::correct, "Right: " + number(*answer.value_percent) + "% (exactly " + number(expected) + "%).",
                  rule_line(r, f));
        } else {
            g.add(Verdict::wrong,
                  "You computed " + number(*answer.value_percent) + "%; it is " + number(expected) + "%.",
                  rule_line(r, f));
        }
    }
    return g;
}

}  // namespace clearance::core
