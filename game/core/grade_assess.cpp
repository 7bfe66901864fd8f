#include "core/grade_assess.h"

#include <algorithm>

namespace clearance::core {

namespace {

std::string m(const Money& x) { return x.to_string(true); }

bool within(const Money& a, const Money& b, const Decimal& tol) {
    if (a.currency() != b.currency()) return false;
    return (a - b).abs() <= Money::from_decimal(a.currency(), tol);
}

Message rule_of(const Assessment& k, const char* id) {
    const TaxLine* l = k.line_for(id);
    return phrase(l ? l->rule : std::string());
}

// "0.02 × 6,300 = EUR 126", with the parts of a compound or alternative duty.
Message duty_working(const TaxFacts& f, const Assessment& k) {
    const TaxLine* av = k.line_for("duty:ad_valorem");
    const TaxLine* sp = k.line_for("duty:specific");
    if (av && sp) {
        if (f.duty.kind == DutyKind::compound)
            return msg("{0}, so {1}",
                       msg("{0} = {1} plus {2} = {3}", av->working, av->result, sp->working, sp->result), m(k.duty));
        return msg("the higher of {0}, so {1}",
                   msg("{0} = {1} and {2} = {3}", av->working, av->result, sp->working, sp->result), m(k.duty));
    }
    const TaxLine* d = k.line_for("duty");
    if (f.duty.kind == DutyKind::none) return msg("none, the goods are duty-free");
    return msg("{0} = {1}", d->working, m(k.duty));
}

Message excise_working(const TaxFacts& f, const Assessment& k) {
    const TaxLine* e = k.line_for("excise");
    const TaxLine* pa = k.line_for("pure_alcohol");
    if (pa && f.excise.kind == ExciseKind::specific && f.excise.specific.unit == Unit::litre_pure_alcohol)
        return msg("{0} = {1} (pure alcohol {2} = {3})", e->working, m(k.excise), pa->working, pa->result);
    return msg("{0} = {1}", e->working, m(k.excise));
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return s;
}

Message vat_working(const Assessment& k) {
    return msg("{0} = {1}, on the base {2}", k.line_for("vat")->working, m(k.vat), k.line_for("vat_base")->working);
}

Message total_working(const Assessment& k) { return msg("{0} = {1}", k.line_for("total")->working, m(k.total)); }

// One graded amount: correct, carried forward, a named trap, or plainly wrong.
struct Part {
    const char* name;             // "Duty"
    std::optional<Money> given;
    Money expected;
    Message working;
    Message rule;
    double points;
};

void award(Grade& g, double points, Verdict v, Message text, const Message& rule) {
    g.score += points;
    g.add(v, std::move(text), rule);
}

// Grades the common cases; returns true when it settled the part.
bool settle_simple(const Part& p, const AssessGradeOptions& o, Grade& g) {
    g.max += p.points;
    if (!p.given) {
        award(g, 0, Verdict::wrong, msg("No {0} was given; it is {1}.", phrase(lower(p.name)), p.working), p.rule);
        return true;
    }
    if (p.given->currency() != p.expected.currency()) {
        award(g, 0, Verdict::wrong,
              msg("{0} was given in {1}; it is {2}.", phrase(p.name), std::string(p.given->currency().code()),
                  p.working),
              p.rule);
        return true;
    }
    if (within(*p.given, p.expected, o.tolerance)) {
        award(g, p.points, Verdict::correct, msg("{0}: {1}.", phrase(p.name), p.working), p.rule);
        return true;
    }
    return false;
}

// `why` names the trap the amount fell into; empty: the amount is just wrong.
void wrong(const Part& p, Grade& g, const Message& why) {
    award(g, 0, Verdict::wrong,
          why.empty() ? msg("{0}: {1} was entered; it is {2}.", phrase(p.name), m(*p.given), p.working)
                      : msg("{0}; it is {1}.", why, p.working),
          p.rule);
}

// An amount the key does not charge: entering one is wrong but costs no points of the maximum.
void not_charged(const std::optional<Money>& given, Message text, Grade& g) {
    if (given && !given->is_zero()) g.add(Verdict::wrong, std::move(text));
}

}  // namespace

Grade grade_assess(const TaxFacts& facts, const AssessAnswer& answer, const AssessGradeOptions& options) {
    return grade_assess(facts, assess_taxes(facts), answer, options);
}

Grade grade_assess(const TaxFacts& f, const Assessment& k, const AssessAnswer& a, const AssessGradeOptions& o) {
    Grade g;
    const Decimal& tol = o.tolerance;
    const Currency cur = k.customs_value.currency();
    // What the trainee's later figures rest on: their own where given, the key's otherwise.
    const Money their_duty = a.duty && a.duty->currency() == cur ? *a.duty : k.duty;
    const Money their_excise = k.has_excise && a.excise && a.excise->currency() == cur ? *a.excise : k.excise;
    const Money destination = k.vat_base - k.customs_value - k.duty - k.excise - k.other_charges;

    // --- duty
    {
        Part p{"Duty", a.duty, k.duty, duty_working(f, k), rule_of(k, "duty"), o.duty_points};
        if (!settle_simple(p, o, g)) {
            const TaxLine* av = k.line_for("duty:ad_valorem");
            const TaxLine* sp = k.line_for("duty:specific");
            Message why;
            if (av && sp && f.duty.kind == DutyKind::compound) {
                if (within(*a.duty, *av->amount, tol))
                    why = msg("Only the ad valorem part of the compound duty was charged");
                else if (within(*a.duty, *sp->amount, tol))
                    why = msg("Only the specific part of the compound duty was charged");
            } else if (av && sp && f.duty.kind == DutyKind::higher_of) {
                const Money lower = *av->amount < *sp->amount ? *av->amount : *sp->amount;
                if (lower != k.duty && within(*a.duty, lower, tol))
                    why = msg("The lower of the two alternatives was charged");
            }
            wrong(p, g, why);
        }
    }

    // --- excise
    if (!k.has_excise) {
        not_charged(a.excise, msg("No excise applies to these goods."), g);
    } else {
        Part p{"Excise", a.excise, k.excise, excise_working(f, k), rule_of(k, "excise"), o.excise_points};
        if (!settle_simple(p, o, g)) {
            Message why;
            const SpecificRate& r = f.excise.specific;
            if (f.excise.kind == ExciseKind::specific && r.unit == Unit::litre_pure_alcohol && k.pure_alcohol_litres) {
                const Decimal litres = quantity_for(f.quantities, Unit::litre);
                if (within(*a.excise, r.amount.scaled(litres, r.per, f.rounding), tol))
                    why = msg("Excise was charged on the volume, {0} l, not on the pure alcohol, {1} l",
                              litres.to_grouped(), k.pure_alcohol_litres->to_grouped());
            }
            wrong(p, g, why);
        }
    }

    // --- VAT
    Money their_vat = k.vat;
    if (!k.has_vat) {
        not_charged(a.vat, msg("No import VAT applies to these goods."), g);
    } else {
        const Decimal rate = *f.vat_rate;
        Part p{"VAT", a.vat, k.vat, vat_working(k), rule_of(k, "vat_base"), o.vat_points};
        if (a.vat && a.vat->currency() == cur) their_vat = *a.vat;
        if (!settle_simple(p, o, g)) {
            const Money own_base = k.customs_value + their_duty + their_excise + k.other_charges + destination;
            const Money carried = own_base.times(rate, f.rounding);
            const bool own_figures_differ = their_duty != k.duty || their_excise != k.excise;
            Message why;
            if (own_figures_differ && within(*a.vat, carried, tol)) {
                award(g, p.points * o.carried_forward_share, Verdict::partial,
                      msg("VAT follows correctly from your own duty and excise ({0} × {1} = {2}); with the right "
                          "figures it is {3}.",
                          rate.to_grouped(2), own_base.format_amount(true), m(carried), p.working),
                      p.rule);
            } else {
                if (within(*a.vat, k.customs_value.times(rate, f.rounding), tol))
                    why = msg("VAT was charged on the customs value alone; the base adds the duty, excise and other "
                              "import charges");
                else if (!k.excise.is_zero() && within(*a.vat, (k.vat_base - k.excise).times(rate, f.rounding), tol))
                    why = msg("The excise was left out of the VAT base");
                else if (!k.duty.is_zero() && within(*a.vat, (k.vat_base - k.duty).times(rate, f.rounding), tol))
                    why = msg("The duty was left out of the VAT base");
                wrong(p, g, why);
            }
        }
    }

    // --- total
    {
        Part p{"Total collected", a.total, k.total, total_working(k), rule_of(k, "total"), o.total_points};
        if (!settle_simple(p, o, g)) {
            const Money carried = their_duty + their_excise + k.other_charges + their_vat;
            Message why;
            if (carried != k.total && within(*a.total, carried, tol)) {
                award(g, p.points * o.carried_forward_share, Verdict::partial,
                      msg("The total adds up your own figures correctly ({0}); with the right figures it is {1}.",
                          m(carried), p.working),
                      p.rule);
            } else {
                if (k.has_vat && !k.vat.is_zero() && within(*a.total, k.total - k.vat, tol))
                    why = msg("VAT was left out of the total collected");
                else if (within(*a.total, k.total + k.customs_value, tol))
                    why = msg("The total includes the customs value; only duty, excise, other charges and VAT are "
                              "collected");
                wrong(p, g, why);
            }
        }
    }

    g.score = std::clamp(g.score, 0.0, g.max);
    return g;
}

AssessAnswer perfect_assessment(const Assessment& k) {
    AssessAnswer a;
    a.duty = k.duty;
    if (k.has_excise) a.excise = k.excise;
    if (k.has_vat) a.vat = k.vat;
    a.total = k.total;
    return a;
}

}  // namespace clearance::core
