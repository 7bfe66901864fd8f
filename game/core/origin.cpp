#include "core/origin.h"

#include <algorithm>
#include <cctype>

namespace clearance::core {

// ---- names ---------------------------------------------------------------------------------

std::string_view wholly_obtained_name(WhollyObtained w) {
    switch (w) {
        case WhollyObtained::no: return "not wholly obtained";
        case WhollyObtained::grown_and_harvested: return "grown and harvested";
        case WhollyObtained::born_and_raised: return "born and raised";
        case WhollyObtained::mined: return "mined";
        case WhollyObtained::caught_by_national_vessel: return "caught by a national vessel";
        case WhollyObtained::waste_from_production: return "waste and scrap from production";
    }
    return "";
}

std::string_view processing_name(Processing p) {
    switch (p) {
        case Processing::manufacture: return "manufacture";
        case Processing::packing: return "packing";
        case Processing::labelling: return "labelling";
        case Processing::sorting: return "sorting";
        case Processing::simple_mixing: return "simple mixing";
        case Processing::simple_assembly: return "simple assembly";
        case Processing::preservation_for_transport: return "preservation for transport";
    }
    return "";
}

bool is_minimal(Processing p) { return p != Processing::manufacture; }

std::string_view ctc_abbrev(CtcLevel c) {
    switch (c) {
        case CtcLevel::none: return "";
        case CtcLevel::chapter: return "CC";
        case CtcLevel::heading: return "CTH";
        case CtcLevel::subheading: return "CTSH";
    }
    return "";
}

std::string_view origin_criterion_id(OriginCriterion c) {
    switch (c) {
        case OriginCriterion::wholly_obtained: return "wholly_obtained";
        case OriginCriterion::originating_materials: return "originating_materials";
        case OriginCriterion::tariff_shift: return "tariff_shift";
        case OriginCriterion::value_content: return "value_content";
        case OriginCriterion::minimal_operations: return "minimal_operations";
        case OriginCriterion::direct_transport: return "direct_transport";
    }
    return "";
}

std::optional<OriginCriterion> parse_origin_criterion(std::string_view id) {
    for (auto c : {OriginCriterion::wholly_obtained, OriginCriterion::originating_materials,
                   OriginCriterion::tariff_shift, OriginCriterion::value_content,
                   OriginCriterion::minimal_operations, OriginCriterion::direct_transport}) {
        if (origin_criterion_id(c) == id) return c;
    }
    return std::nullopt;
}

namespace {

std::string ctc_rule_name(const OriginRule& r) {
    std::string s(ctc_abbrev(r.ctc));
    if (!r.tolerance_percent.is_zero()) s += " (tolerance " + r.tolerance_percent.to_string() + "%)";
    return s;
}

std::string value_rule_name(const OriginRule& r) {
    std::string p = r.value_percent.to_string() + "%";
    switch (r.value_test) {
        case ValueTest::none: return "";
        case ValueTest::rvc_build_down: return "RVC >= " + p + " (build-down)";
        case ValueTest::rvc_build_up: return "RVC >= " + p + " (build-up)";
        case ValueTest::max_non_originating: return "non-originating content <= " + p;
    }
    return "";
}

}  // namespace

std::string describe_rule(const OriginRule& rule) {
    if (rule.wholly_obtained_only) return "WO (wholly obtained)";
    std::string ctc = rule.ctc == CtcLevel::none ? "" : ctc_rule_name(rule);
    std::string value = value_rule_name(rule);
    if (!ctc.empty() && !value.empty()) {
        return ctc + (rule.join == RuleJoin::both ? " and " : " or ") + value;
    }
    if (!ctc.empty()) return ctc;
    if (!value.empty()) return value;
    return "no rule";
}

Agreement non_preferential_agreement() {
    Agreement a;
    a.name = "non-preferential (Kyoto Convention, Annex K)";
    a.preferential = false;
    a.direct_transport_required = false;
    a.default_rule.ctc = CtcLevel::heading;
    return a;
}

const OriginRule& rule_for(const Agreement& agreement, const HsCode& product) {
    const OriginRule* best = &agreement.default_rule;
    std::size_t best_len = 0;
    for (const auto& pr : agreement.product_rules) {
        const std::string& prefix = pr.code.digits();
        if (prefix.size() > best_len && product.digits().compare(0, prefix.size(), prefix) == 0) {
            best = &pr.rule;
            best_len = prefix.size();
        }
    }
    return *best;
}

namespace {

// ---- helpers -------------------------------------------------------------------------------

std::string upper(std::string s) {
    for (char& ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return s;
}

bool contains_country(const std::vector<std::string>& list, const std::string& country) {
    return std::any_of(list.begin(), list.end(), [&](const std::string& c) { return upper(c) == country; });
}

// part / whole as a percentage with 2 decimals, for display only: verdicts compare exactly.
Decimal percent_of(const Money& part, const Money& whole) {
    return Decimal::divide(part.amount() * Decimal(100), whole.amount(), 2);
}

// part × 100 <=> limit × whole, exact.
std::strong_ordering compare_share(const Money& part, const Decimal& limit, const Money& whole) {
    return part.amount() * Decimal(100) <=> limit * whole.amount();
}

int digits_for(CtcLevel level) {
    switch (level) {
        case CtcLevel::none: return 0;
        case CtcLevel::chapter: return 2;
        case CtcLevel::heading: return 4;
        case CtcLevel::subheading: return 6;
    }
    return 0;
}

HsLevel hs_level_for(CtcLevel level) {
    return level == CtcLevel::chapter ? HsLevel::chapter
           : level == CtcLevel::heading ? HsLevel::heading
                                        : HsLevel::subheading;
}

std::string shown_at(const HsCode& code, CtcLevel level) { return code.truncated(hs_level_for(level)).str(); }

enum class Shift { changed, unchanged, unknown };

// Whether `material` and `product` differ at `level`. A code shallower than the level can still
// decide when it already differs in the digits it has (a different chapter is a different
// heading); otherwise the shift is unknown and the case needs a finer code.
Shift shift(const HsCode& product, const HsCode& material, CtcLevel level) {
    int need = digits_for(level);
    int common = 0;
    switch (hs_digit_agreement(product, material)) {
        case HsAgreement::none:
        case HsAgreement::section: common = 0; break;
        case HsAgreement::chapter: common = 2; break;
        case HsAgreement::heading: common = 4; break;
        case HsAgreement::subheading: common = 6; break;
    }
    if (common >= need) return Shift::unchanged;
    int known = static_cast<int>(std::min(product.digits().size(), material.digits().size()));
    return common < known ? Shift::changed : Shift::unknown;
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }

struct Work {
    const OriginCase& c;
    const Agreement& a;
    const OriginRule& rule;
    std::string country;
    Money price;
    std::string price_name;  // "ex-works price" or "FOB price"
    std::vector<const Material*> non_originating;
    OriginResult& r;
};

// ---- the tests -----------------------------------------------------------------------------

bool counts_as_originating(Work& w, const Material& m) {
    std::string from = upper(m.country);
    std::string d = quoted(m.description);
    if (!m.originating) {
        w.r.trail.push_back(d + " from " + (from.empty() ? "?" : from) + ", " + m.value.format_amount() +
                            ": non-originating");
        return false;
    }
    if (from.empty() || from == w.country) {
        w.r.trail.push_back(d + ", " + m.value.format_amount() + ": originating in " + w.country);
        return true;
    }
    bool cumulated = false;
    std::string kind;
    if (w.a.preferential && w.a.cumulation != Cumulation::none) {
        if (contains_country(w.a.parties, from)) {
            cumulated = true;
            kind = w.a.cumulation == Cumulation::bilateral ? "bilateral" : "diagonal";
        } else if (w.a.cumulation == Cumulation::diagonal && contains_country(w.a.diagonal_countries, from)) {
            cumulated = true;
            kind = "diagonal";
        }
    }
    if (cumulated) {
        w.r.trail.push_back(d + ", " + m.value.format_amount() + ": originating in " + from +
                            ", counts as originating by " + kind + " cumulation");
        return true;
    }
    w.r.trail.push_back(d + ", " + m.value.format_amount() + ": originating in " + from + ", but " + from +
                        " is not in this agreement's cumulation, so non-originating");
    return false;
}

OriginFinding test_ctc(Work& w) {
    const CtcLevel level = w.rule.ctc;
    const std::string name(ctc_abbrev(level));
    const std::string level_word = hs_level_name(hs_level_for(level));
    const HsCode& product = *w.c.hs_code;
    OriginFinding f{OriginCriterion::tariff_shift, false, ctc_rule_name(w.rule), ""};

    Money failing;
    std::vector<std::string> changed_from;
    std::vector<std::string> failing_names;
    for (const Material* m : w.non_originating) {
        const HsCode& code = *m->hs_code;
        std::string from = shown_at(code, level);
        std::string to = shown_at(product, level);
        std::string head = "non-originating material " + quoted(m->description) + " " + code.str();
        if (shift(product, code, level) == Shift::changed) {
            w.r.trail.push_back(head + " changes " + level_word + " (" + from + " -> " + to + "): passes " + name);
            if (std::find(changed_from.begin(), changed_from.end(), from) == changed_from.end()) {
                changed_from.push_back(from);
            }
        } else {
            w.r.trail.push_back(head + " does not change " + level_word + " (" + from + " -> " + to +
                                "): fails " + name);
            failing += m->value;
            failing_names.push_back(quoted(m->description));
        }
    }

    std::string product_code = shown_at(product, level);
    if (failing_names.empty()) {
        f.passed = true;
        std::string from;
        for (const auto& s : changed_from) from += (from.empty() ? "" : ", ") + s;
        f.detail = level_word + " " + product_code + " differs from " + from;
        w.r.trail.push_back("every non-originating material changes " + level_word + ": " + name + " met");
        return f;
    }

    std::string names;
    for (const auto& s : failing_names) names += (names.empty() ? "" : ", ") + s;
    names += failing_names.size() == 1 ? " stays in " : " stay in ";
    names += level_word + " " + product_code;
    std::string share = percent_of(failing, w.price).to_string() + "%";
    std::string totals = "materials failing " + name + " total " + failing.format_amount() + " = " + share +
                         " of the " + w.price_name + " " + w.price.format_amount();
    const Decimal& tol = w.rule.tolerance_percent;
    if (!tol.is_zero() && compare_share(failing, tol, w.price) <= 0) {
        f.passed = true;
        f.detail = names + ", but at " + share + " of the " + w.price_name + " within the " + tol.to_string() +
                   "% tolerance";
        w.r.trail.push_back(totals + ", within the " + tol.to_string() + "% tolerance: " + name + " met");
    } else if (!tol.is_zero()) {
        f.detail = names + ", and at " + share + " of the " + w.price_name + " over the " + tol.to_string() +
                   "% tolerance";
        w.r.trail.push_back(totals + ", over the " + tol.to_string() + "% tolerance: " + name + " not met");
    } else {
        f.detail = names + ", and the rule allows no tolerance";
        w.r.trail.push_back(totals + "; no tolerance: " + name + " not met");
    }
    return f;
}

OriginFinding test_value(Work& w) {
    OriginFinding f{OriginCriterion::value_content, false, value_rule_name(w.rule), ""};
    const Decimal& limit = w.rule.value_percent;
    const Money& nom = w.r.non_originating_value;
    const Money& om = w.r.originating_value;
    std::string p = w.price.format_amount();
    std::string limit_s = limit.to_string() + "%";
    std::string formula;
    Decimal pct;
    switch (w.rule.value_test) {
        case ValueTest::none: break;
        case ValueTest::rvc_build_down: {
            Money local = w.price - nom;
            pct = percent_of(local, w.price);
            f.passed = compare_share(local, limit, w.price) >= 0;
            formula = "RVC build-down = (" + p + " - " + nom.format_amount() + ") / " + p + " = " +
                      pct.to_string() + "% " + (f.passed ? ">= " : "< ") + limit_s;
            f.detail = "RVC = " + pct.to_string() + "% " + (f.passed ? ">= " : "< ") + limit_s;
            break;
        }
        case ValueTest::rvc_build_up: {
            pct = percent_of(om, w.price);
            f.passed = compare_share(om, limit, w.price) >= 0;
            formula = "RVC build-up = " + om.format_amount() + " / " + p + " = " + pct.to_string() + "% " +
                      (f.passed ? ">= " : "< ") + limit_s;
            f.detail = "RVC = " + pct.to_string() + "% " + (f.passed ? ">= " : "< ") + limit_s;
            break;
        }
        case ValueTest::max_non_originating: {
            pct = percent_of(nom, w.price);
            f.passed = compare_share(nom, limit, w.price) <= 0;
            formula = "non-originating content = " + nom.format_amount() + " / " + p + " = " + pct.to_string() +
                      "% " + (f.passed ? "<= " : "> ") + limit_s;
            f.detail = "non-originating content " + pct.to_string() + "% " + (f.passed ? "<= " : "> ") + limit_s;
            break;
        }
    }
    w.r.value_percent = pct;
    w.r.trail.push_back(formula + (f.passed ? ": passes" : ": fails"));
    return f;
}

OriginFinding test_transport(Work& w) {
    OriginFinding f{OriginCriterion::direct_transport, true, "direct transport / non-alteration", ""};
    const Transport& t = w.c.transport;
    std::string via;
    for (const auto& v : t.transit_countries) via += (via.empty() ? "" : ", ") + upper(v);
    if (t.transit_countries.empty()) {
        f.detail = "shipped directly";
    } else if (t.processed_in_transit) {
        f.passed = false;
        f.detail = "processed in transit in " + via;
    } else if (!t.transit_proof) {
        f.passed = false;
        f.detail = "transit through " + via + " without proof the goods stayed unaltered under customs control";
    } else {
        f.detail = "transit through " + via + " under customs control, unaltered";
    }
    w.r.trail.push_back("direct transport: " + f.detail + (f.passed ? ": met" : ": not met, no preference"));
    return f;
}

std::string join_processing(const std::vector<ProcessStep>& steps) {
    std::string out;
    for (const auto& s : steps) {
        out += (out.empty() ? "" : ", ") + std::string(processing_name(s.kind));
        if (!s.description.empty()) out += " (" + s.description + ")";
    }
    return out;
}

// ---- validation ----------------------------------------------------------------------------

std::vector<std::string> check(const OriginCase& c, const Agreement& a, const OriginRule& rule,
                               const std::optional<Money>& price, const std::string& price_name) {
    std::vector<std::string> problems;
    if (c.country.empty()) problems.push_back("the producing country is missing");
    if (a.preferential && !c.country.empty() && !contains_country(a.parties, upper(c.country))) {
        problems.push_back(upper(c.country) + " is not a party to " + a.name);
    }
    if (c.wholly_obtained != WhollyObtained::no) return problems;
    if (!price) {
        problems.push_back("the " + price_name + " is missing; " + a.name + " takes percentages on it");
    } else if (!(price->amount() > Decimal(0))) {
        problems.push_back("the " + price_name + " must be positive");
    }
    if (rule.ctc != CtcLevel::none) {
        int need = digits_for(rule.ctc);
        if (!c.hs_code) {
            problems.push_back("the product's HS code is missing; a " + std::string(ctc_abbrev(rule.ctc)) +
                               " rule compares it with the materials'");
        } else if (static_cast<int>(c.hs_code->digits().size()) < need) {
            problems.push_back("the product's HS code " + c.hs_code->str() + " is too coarse for a " +
                               std::string(ctc_abbrev(rule.ctc)) + " rule");
        }
        for (const auto& m : c.materials) {
            if (!m.originating && !m.hs_code) {
                problems.push_back("material " + quoted(m.description) + " has no HS code");
            } else if (!m.originating && c.hs_code && static_cast<int>(c.hs_code->digits().size()) >= need &&
                       shift(*c.hs_code, *m.hs_code, rule.ctc) == Shift::unknown) {
                problems.push_back("material " + quoted(m.description) + " code " + m.hs_code->str() +
                                   " is too coarse for a " + std::string(ctc_abbrev(rule.ctc)) + " rule");
            }
        }
    }
    return problems;
}

}  // namespace

// ---- the engine ----------------------------------------------------------------------------

OriginResult determine_origin(const OriginCase& c, const Agreement& agreement) {
    OriginResult r;
    r.agreement = agreement.name;
    const OriginRule& rule = c.rule ? *c.rule : c.hs_code ? rule_for(agreement, *c.hs_code) : agreement.default_rule;
    r.rule_text = describe_rule(rule);
    const bool fob = agreement.basis == ValueBasis::fob;
    const std::string price_name = fob ? "FOB price" : "ex-works price";
    const std::optional<Money>& price = fob ? c.fob_price : c.ex_works_price;

    r.problems = check(c, agreement, rule, price, price_name);
    if (!r.problems.empty()) {
        r.reason = "origin cannot be decided: " + r.problems.front();
        return r;
    }
    r.determined = true;

    Work w{c, agreement, rule, upper(c.country), price.value_or(Money()), price_name, {}, r};
    std::string product = quoted(c.product) + (c.hs_code ? " " + c.hs_code->str() : std::string());
    r.trail.push_back(product + " made in " + w.country + ", under " + agreement.name + ": " + r.rule_text);

    // The rule itself: wholly obtained, originating materials only, minimal operations, then the
    // product rule's tests.
    if (c.wholly_obtained != WhollyObtained::no) {
        std::string how(wholly_obtained_name(c.wholly_obtained));
        r.trail.push_back("wholly obtained in " + w.country + " (" + how + "): originating whatever the rule");
        r.findings.push_back({OriginCriterion::wholly_obtained, true, "wholly obtained", how + " in " + w.country});
        r.rule_met = true;
        r.deciding = {OriginCriterion::wholly_obtained};
    } else if (rule.wholly_obtained_only) {
        r.trail.push_back("the rule demands wholly obtained goods, and these are made from materials: not met");
        r.findings.push_back({OriginCriterion::wholly_obtained, false, "WO rule",
                              "the product is not wholly obtained in " + w.country});
        r.deciding = {OriginCriterion::wholly_obtained};
    } else {
        r.trail.push_back("price basis: " + price_name + " " + w.price.to_string());
        for (const auto& m : c.materials) {
            if (counts_as_originating(w, m)) {
                r.originating_value += m.value;
            } else {
                r.non_originating_value += m.value;
                w.non_originating.push_back(&m);
            }
        }
        r.trail.push_back("non-originating materials " + r.non_originating_value.format_amount() +
                          ", originating materials " + r.originating_value.format_amount());
        bool working = std::any_of(c.processing.begin(), c.processing.end(),
                                   [](const ProcessStep& s) { return !is_minimal(s.kind); });
        if (w.non_originating.empty()) {
            // Nothing foreign to transform: the goods are as originating as their materials, and
            // the minimal-operations list (about transforming non-originating input) has nothing
            // to bite on.
            r.trail.push_back("made only from originating materials: originating");
            r.findings.push_back({OriginCriterion::originating_materials, true, "originating materials only",
                                  "every material originates"});
            r.rule_met = true;
            r.deciding = {OriginCriterion::originating_materials};
        } else if (!working) {
            std::string done = c.processing.empty() ? "no working at all" : join_processing(c.processing);
            r.trail.push_back("processing in " + w.country + ": " + done +
                              "; minimal operations never confer origin: not met");
            r.findings.push_back({OriginCriterion::minimal_operations, false,
                                  "minimal operations never confer origin",
                                  "only " + done + " in " + w.country});
            r.deciding = {OriginCriterion::minimal_operations};
        } else {
            r.trail.push_back("processing in " + w.country + ": " + join_processing(c.processing));
            std::optional<OriginFinding> ctc, value;
            if (rule.ctc != CtcLevel::none) ctc = test_ctc(w);
            if (rule.value_test != ValueTest::none) value = test_value(w);
            if (ctc) r.findings.push_back(*ctc);
            if (value) r.findings.push_back(*value);
            if (ctc && value) {
                bool both = rule.join == RuleJoin::both;
                r.rule_met = both ? ctc->passed && value->passed : ctc->passed || value->passed;
                // The criteria a trainee may name: for "or", any passing test confers and both
                // failing refuse; for "and", both passing confer and any failing refuses.
                for (const auto* f : {&*ctc, &*value}) {
                    bool decides = r.rule_met ? f->passed : !f->passed;
                    if (decides) r.deciding.push_back(f->criterion);
                }
                r.trail.push_back(std::string(both ? "both tests needed" : "either test suffices") + ": rule " +
                                  (r.rule_met ? "met" : "not met"));
            } else if (ctc || value) {
                const OriginFinding& f = ctc ? *ctc : *value;
                r.rule_met = f.passed;
                r.deciding = {f.criterion};
            } else {
                r.problems.push_back("the rule sets no test");
                r.determined = false;
                r.reason = "origin cannot be decided: the rule sets no test";
                return r;
            }
        }
    }

    r.conferred = r.rule_met;
    if (r.rule_met && agreement.preferential && agreement.direct_transport_required) {
        OriginFinding t = test_transport(w);
        r.findings.push_back(t);
        if (!t.passed) {
            r.conferred = false;
            r.deciding = {OriginCriterion::direct_transport};
        }
    }

    if (r.conferred) {
        r.country = w.country;
        r.reason = agreement.preferential
                       ? "originating in " + w.country + " under " + agreement.name +
                             ": preferential tariff treatment may be claimed"
                       : "origin " + w.country + ": the last substantial transformation took place there";
    } else if (r.rule_met) {
        r.reason = "originating in " + w.country + ", but the direct transport rule is broken: no preference";
    } else {
        r.reason = agreement.preferential
                       ? "not originating under " + agreement.name + " (" + r.rule_text +
                             "): the MFN rate applies"
                       : "the processing in " + w.country +
                             " is not a substantial transformation: origin stays where the last one took place";
    }
    r.trail.push_back("verdict: " + r.reason);
    return r;
}

}  // namespace clearance::core
