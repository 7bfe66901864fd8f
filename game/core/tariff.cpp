#include "core/tariff.h"

#include <algorithm>

namespace clearance::core {

namespace {

constexpr const char* kUnits[] = {"item", "kg", "litre", "litre_pure_alcohol"};
constexpr const char* kDutyKinds[] = {"none", "ad_valorem", "specific", "compound", "higher_of"};

// Amounts in workings drop zero decimals, as the primer writes them ("0.02 × 6,300").
std::string amt(const Money& m) { return m.format_amount(true); }
// Rates and strengths keep two decimals at least ("0.02", "0.40"); quantities show as given.
std::string rate_text(const Decimal& d) { return d.to_grouped(2); }
std::string qty_text(const Decimal& d) { return d.to_grouped(); }

void require_same(const Money& m, Currency c, const std::string& what) {
    if (m.currency() != c)
        throw TariffError(what + " is in " + std::string(m.currency().code()) + "; the customs value is in " +
                          std::string(c.code()));
}

void require_non_negative(const Decimal& d, const std::string& what) {
    if (d.is_negative()) throw TariffError(what + " is negative (" + d.to_string() + ")");
}

TaxLine money_line(std::string id, std::string label, std::string working, Money amount, std::string rule) {
    TaxLine l;
    l.id = std::move(id);
    l.label = std::move(label);
    l.working = std::move(working);
    l.result = amt(amount);
    l.amount = amount;
    l.rule = std::move(rule);
    return l;
}

// A specific rate on the facts' quantity: quantity × rate (÷ per when the rate is per 1,000 or 100).
struct Specific {
    Money amount;
    std::string working;
};

Specific apply_specific(const SpecificRate& rate, const TaxFacts& f, const std::string& what) {
    require_same(rate.amount, f.customs_value.currency(), what);
    if (rate.amount.is_negative()) throw TariffError(what + " is negative");
    if (!(rate.per > Decimal())) throw TariffError(what + ": the 'per' quantity must be positive");
    const Decimal q = quantity_for(f.quantities, rate.unit);
    Specific s;
    s.amount = rate.amount.scaled(q, rate.per, f.rounding);
    s.working = qty_text(q);
    if (rate.per != Decimal(1)) s.working += " / " + qty_text(rate.per);
    s.working += " × " + amt(rate.amount);
    return s;
}

std::string per_text(const SpecificRate& r) {
    std::string s = amt(r.amount) + " per ";
    if (r.per != Decimal(1)) s += qty_text(r.per) + " ";
    s += r.unit == Unit::item && r.per == Decimal(1) ? "item" : unit_symbol(r.unit);
    return s;
}

// --- duty ------------------------------------------------------------------------------------

void assess_duty(const TaxFacts& f, Assessment& a) {
    const DutyRate& d = f.duty;
    const Money& cv = f.customs_value;
    require_non_negative(d.ad_valorem, "the ad valorem duty rate");
    auto ad_valorem = [&] { return cv.times(d.ad_valorem, f.rounding); };
    const std::string av_work = rate_text(d.ad_valorem) + " × " + amt(cv);
    const std::string pct = d.ad_valorem.to_percent();

    switch (d.kind) {
        case DutyKind::none:
            a.duty = Money::zero(cv.currency());
            a.trail.push_back(money_line("duty", "duty", "duty-free", a.duty, "tariff: no customs duty"));
            return;
        case DutyKind::ad_valorem:
            a.duty = ad_valorem();
            a.trail.push_back(money_line("duty", "duty " + pct, av_work, a.duty,
                                         "ad valorem duty: rate × customs value"));
            return;
        case DutyKind::specific: {
            Specific s = apply_specific(d.specific, f, "the specific duty rate");
            a.duty = s.amount;
            a.trail.push_back(money_line("duty", "duty " + per_text(d.specific), s.working, a.duty,
                                         "specific duty: rate per unit × quantity"));
            return;
        }
        case DutyKind::compound: {
            // Each part is rounded, then added, so the notice's figures add up as printed.
            Money av = ad_valorem();
            Specific s = apply_specific(d.specific, f, "the specific duty rate");
            a.trail.push_back(money_line("duty:ad_valorem", "duty " + pct, av_work, av,
                                         "ad valorem part of a compound duty"));
            a.trail.push_back(money_line("duty:specific", "duty " + per_text(d.specific), s.working, s.amount,
                                         "specific part of a compound duty"));
            a.duty = av + s.amount;
            a.trail.push_back(money_line("duty", "duty " + pct + " + " + per_text(d.specific),
                                         amt(av) + " + " + amt(s.amount), a.duty,
                                         "compound duty: ad valorem plus specific"));
            return;
        }
        case DutyKind::higher_of: {
            Money av = ad_valorem();
            Specific s = apply_specific(d.specific, f, "the specific duty rate");
            a.trail.push_back(money_line("duty:ad_valorem", "duty " + pct, av_work, av,
                                         "ad valorem alternative"));
            a.trail.push_back(money_line("duty:specific", "duty " + per_text(d.specific), s.working, s.amount,
                                         "specific alternative (the minimum)"));
            a.duty = av >= s.amount ? av : s.amount;
            a.trail.push_back(money_line("duty", pct + " but not less than " + per_text(d.specific),
                                         "the higher of " + amt(av) + " and " + amt(s.amount), a.duty,
                                         "alternative duty: the higher of ad valorem and specific"));
            return;
        }
    }
}

// --- excise ----------------------------------------------------------------------------------

void assess_excise(const TaxFacts& f, Assessment& a) {
    const ExciseRate& e = f.excise;
    const Currency cur = f.customs_value.currency();
    a.excise = Money::zero(cur);
    a.has_excise = e.kind != ExciseKind::none;
    if (e.kind == ExciseKind::specific) {
        Specific s = apply_specific(e.specific, f, "the excise rate");
        a.excise = s.amount;
        const bool per_lpa = e.specific.unit == Unit::litre_pure_alcohol;
        a.trail.push_back(money_line("excise", "excise at " + per_text(e.specific), s.working, a.excise,
                                     per_lpa ? "excise: rate per litre of pure alcohol × litres of pure alcohol"
                                             : "excise: rate per unit × quantity"));
    } else if (e.kind == ExciseKind::ad_valorem) {
        require_non_negative(e.ad_valorem, "the excise rate");
        Money base = f.customs_value;
        std::string base_name = "customs value";
        if (e.base == ExciseBase::duty_paid_value) {
            base = f.customs_value + a.duty;
            base_name = "customs value + duty";
        } else if (e.base == ExciseBase::declared_amount) {
            require_same(e.declared_base, cur, "the excise base");
            base = e.declared_base;
            base_name = "declared base";
        }
        a.excise = base.times(e.ad_valorem, f.rounding);
        a.trail.push_back(money_line("excise", "excise " + e.ad_valorem.to_percent(),
                                     rate_text(e.ad_valorem) + " × " + amt(base), a.excise,
                                     "ad valorem excise: rate × " + base_name));
    }
}

}  // namespace

// --- names -----------------------------------------------------------------------------------

const char* unit_name(Unit u) { return kUnits[static_cast<int>(u)]; }

std::optional<Unit> unit_from_name(std::string_view s) {
    for (int i = 0; i < 4; ++i)
        if (s == kUnits[i]) return static_cast<Unit>(i);
    return std::nullopt;
}

std::string unit_symbol(Unit u) {
    switch (u) {
        case Unit::item: return "items";
        case Unit::kg: return "kg";
        case Unit::litre: return "l";
        case Unit::litre_pure_alcohol: return "l of pure alcohol";
    }
    return "";
}

const char* duty_kind_name(DutyKind k) { return kDutyKinds[static_cast<int>(k)]; }

std::optional<DutyKind> duty_kind_from_name(std::string_view s) {
    for (int i = 0; i < 5; ++i)
        if (s == kDutyKinds[i]) return static_cast<DutyKind>(i);
    return std::nullopt;
}

const TaxLine* Assessment::line_for(std::string_view id) const {
    for (const auto& l : trail)
        if (l.id == id) return &l;
    return nullptr;
}

Decimal quantity_for(const GoodsQuantities& q, Unit u) {
    auto litres = [&]() -> Decimal {
        if (q.litres) return *q.litres;
        if (q.items && q.litres_per_item) return *q.items * *q.litres_per_item;
        throw TariffError("the rate is per litre but neither the volume nor items and litres per item are given");
    };
    Decimal v;
    switch (u) {
        case Unit::item:
            if (!q.items) throw TariffError("the rate is per item but the number of items is not given");
            v = *q.items;
            break;
        case Unit::kg:
            if (!q.net_kg) throw TariffError("the rate is per kg but the net mass is not given");
            v = *q.net_kg;
            break;
        case Unit::litre: v = litres(); break;
        case Unit::litre_pure_alcohol:
            if (!q.alcohol_strength)
                throw TariffError("the rate is per litre of pure alcohol but the alcoholic strength is not given");
            if (*q.alcohol_strength > Decimal(1))
                throw TariffError("the alcoholic strength " + q.alcohol_strength->to_string() +
                                  " is above 1; give it as a fraction (0.40 for 40% vol)");
            v = litres() * *q.alcohol_strength;
            break;
    }
    if (v.is_negative()) throw TariffError("a quantity is negative (" + v.to_string() + ")");
    return v;
}

// --- the engine ------------------------------------------------------------------------------

Assessment assess_taxes(const TaxFacts& f) {
    const Currency cur = f.customs_value.currency();
    if (cur.empty()) throw TariffError("the customs value has no currency");
    if (f.customs_value.is_negative()) throw TariffError("the customs value is negative");
    Assessment a;
    a.customs_value = f.customs_value;

    assess_duty(f, a);
    // Pure alcohol is shown whenever it can be worked out: the primer's notice prints it as its
    // own step, between the duty and the excise, even though only the excise uses it.
    const auto& q = f.quantities;
    if (q.alcohol_strength && (q.litres || (q.items && q.litres_per_item))) {
        Decimal lpa = quantity_for(q, Unit::litre_pure_alcohol);
        a.pure_alcohol_litres = lpa;
        TaxLine l;
        l.id = "pure_alcohol";
        l.label = "pure alcohol";
        l.working = q.litres ? qty_text(*q.litres) + " × " + rate_text(*q.alcohol_strength)
                             : qty_text(*q.items) + " × " + qty_text(*q.litres_per_item) + " × " +
                                   rate_text(*q.alcohol_strength);
        l.result = qty_text(lpa) + " l";
        l.quantity = lpa;
        l.rule = "litres of pure alcohol: volume × alcoholic strength";
        a.trail.push_back(l);
    }

    assess_excise(f, a);

    a.other_charges = Money::zero(cur);
    for (std::size_t i = 0; i < f.other_charges.size(); ++i) {
        const auto& c = f.other_charges[i];
        require_same(c.amount, cur, "the charge '" + c.label + "'");
        a.other_charges += c.amount;
        a.trail.push_back(money_line("charge:" + std::to_string(i), c.label, "", c.amount, "other import charge"));
    }
    Money destination = Money::zero(cur);
    for (std::size_t i = 0; i < f.costs_to_destination.size(); ++i) {
        const auto& c = f.costs_to_destination[i];
        require_same(c.amount, cur, "the cost '" + c.label + "'");
        destination += c.amount;
        a.trail.push_back(money_line("destination:" + std::to_string(i), c.label, "", c.amount,
                                     "cost to the first destination, in the VAT base only"));
    }

    // VAT base and total list only the parts that are there, as in "6,300 + 126 + 5,040".
    auto sum_text = [](const std::vector<Money>& parts) {
        std::string s;
        for (const auto& p : parts) {
            if (p.is_zero()) continue;
            s += (s.empty() ? "" : " + ") + amt(p);
        }
        return s.empty() ? std::string("0") : s;
    };
    a.has_vat = f.vat_rate.has_value();
    a.vat_base = f.customs_value + a.duty + a.excise + a.other_charges + destination;
    a.vat = Money::zero(cur);
    if (a.has_vat) {
        require_non_negative(*f.vat_rate, "the VAT rate");
        std::vector<Money> parts{f.customs_value, a.duty, a.excise};
        for (const auto& c : f.other_charges) parts.push_back(c.amount);
        for (const auto& c : f.costs_to_destination) parts.push_back(c.amount);
        a.trail.push_back(money_line("vat_base", "VAT base", sum_text(parts), a.vat_base,
                                     destination.is_zero()
                                         ? "import VAT base: customs value + duty + excise + other charges"
                                         : "import VAT base: customs value + duty + excise + other charges + "
                                           "costs to the first destination"));
        a.vat = a.vat_base.times(*f.vat_rate, f.rounding);
        a.trail.push_back(money_line("vat", "VAT " + f.vat_rate->to_percent(),
                                     rate_text(*f.vat_rate) + " × " + amt(a.vat_base), a.vat,
                                     "import VAT: rate × VAT base"));
    }

    a.total = a.duty + a.excise + a.other_charges + a.vat;
    std::vector<Money> collected{a.duty, a.excise};
    for (const auto& c : f.other_charges) collected.push_back(c.amount);
    collected.push_back(a.vat);
    a.trail.push_back(money_line("total", "total collected", sum_text(collected), a.total,
                                 "total collected: duty + excise + other charges + VAT"));
    return a;
}

}  // namespace clearance::core
