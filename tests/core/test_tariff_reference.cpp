// Tariff engine against a naive reference on seeded random consignments.
//
// The reference works in plain int64 fixed point written for this test: money in cents, rates
// in basis points (1/10,000), quantities in thousandths, and one hand-written half-up division
// per amount. It must agree with the engine to the cent on every amount.
#include <doctest/doctest.h>

#include <cstdint>
#include <random>

#include "core/tariff.h"

using namespace clearance::core;

namespace {

const Currency EUR = Currency::of("EUR");

std::int64_t div_half_up(std::int64_t num, std::int64_t den) {
    std::int64_t q = num / den;
    if ((num % den) * 2 >= den) ++q;
    return q;
}

struct Case {
    std::int64_t value_cents;
    int duty_kind;            // 0 none, 1 ad valorem, 2 specific, 3 compound, 4 higher of
    std::int64_t duty_bp;     // duty rate in basis points
    std::int64_t spec_cents;  // specific duty per `spec_per` units
    std::int64_t spec_per;
    int spec_unit;            // 0 item, 1 kg, 2 litre, 3 litre of pure alcohol
    std::int64_t items;
    std::int64_t kg_milli;
    std::int64_t litre_per_item_milli;
    std::int64_t strength_bp;
    int excise_kind;          // 0 none, 1 specific per l of pure alcohol, 2 ad valorem on customs value
    std::int64_t excise_cents;
    std::int64_t excise_bp;
    std::int64_t charge_cents;
    bool vat;
    std::int64_t vat_bp;
};

// Quantity in units of 10^-7 (thousandths × basis points), so every unit is exact.
std::int64_t quantity_e7(const Case& c, int unit) {
    switch (unit) {
        case 0: return c.items * 10000000;
        case 1: return c.kg_milli * 10000;
        case 2: return c.items * c.litre_per_item_milli * 10000;
        default: return c.items * c.litre_per_item_milli * c.strength_bp;
    }
}

struct Expected {
    std::int64_t duty, excise, vat, total;
};

Expected reference(const Case& c) {
    Expected e{};
    std::int64_t av = div_half_up(c.value_cents * c.duty_bp, 10000);
    std::int64_t sp = div_half_up(c.spec_cents * quantity_e7(c, c.spec_unit), c.spec_per * 10000000);
    switch (c.duty_kind) {
        case 1: e.duty = av; break;
        case 2: e.duty = sp; break;
        case 3: e.duty = av + sp; break;
        case 4: e.duty = av > sp ? av : sp; break;
        default: e.duty = 0;
    }
    if (c.excise_kind == 1) e.excise = div_half_up(c.excise_cents * quantity_e7(c, 3), 10000000);
    if (c.excise_kind == 2) e.excise = div_half_up(c.value_cents * c.excise_bp, 10000);
    const std::int64_t base = c.value_cents + e.duty + e.excise + c.charge_cents;
    e.vat = c.vat ? div_half_up(base * c.vat_bp, 10000) : 0;
    e.total = e.duty + e.excise + c.charge_cents + e.vat;
    return e;
}

TaxFacts to_facts(const Case& c) {
    TaxFacts f;
    f.customs_value = Money(EUR, c.value_cents);
    f.quantities.items = Decimal(c.items);
    f.quantities.net_kg = Decimal(c.kg_milli, 3);
    f.quantities.litres_per_item = Decimal(c.litre_per_item_milli, 3);
    f.quantities.alcohol_strength = Decimal(c.strength_bp, 4);
    f.duty.kind = static_cast<DutyKind>(c.duty_kind);
    f.duty.ad_valorem = Decimal(c.duty_bp, 4);
    f.duty.specific = SpecificRate{Money(EUR, c.spec_cents), Decimal(c.spec_per), static_cast<Unit>(c.spec_unit)};
    if (c.excise_kind == 1) {
        f.excise.kind = ExciseKind::specific;
        f.excise.specific = SpecificRate{Money(EUR, c.excise_cents), Decimal(1), Unit::litre_pure_alcohol};
    } else if (c.excise_kind == 2) {
        f.excise.kind = ExciseKind::ad_valorem;
        f.excise.ad_valorem = Decimal(c.excise_bp, 4);
    }
    if (c.charge_cents > 0) f.other_charges = {{"levy", Money(EUR, c.charge_cents)}};
    if (c.vat) f.vat_rate = Decimal(c.vat_bp, 4);
    return f;
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("the tariff engine agrees with a naive reference on 5,000 random consignments") {
    std::mt19937_64 rng(0x7a71ff);
    auto pick = [&](std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(hi - lo + 1));
    };
    for (int trial = 0; trial < 5000; ++trial) {
        Case c{};
        c.value_cents = pick(0, 100000000);
        c.duty_kind = static_cast<int>(pick(0, 4));
        c.duty_bp = pick(0, 3000);
        c.spec_cents = pick(0, 5000);
        const std::int64_t pers[] = {1, 1, 100, 1000};
        c.spec_per = pers[pick(0, 3)];
        c.spec_unit = static_cast<int>(pick(0, 3));
        c.items = pick(0, 20000);
        c.kg_milli = pick(0, 50000000);
        c.litre_per_item_milli = pick(1, 2000);
        c.strength_bp = pick(0, 10000);
        c.excise_kind = static_cast<int>(pick(0, 2));
        c.excise_cents = pick(0, 5000);
        c.excise_bp = pick(0, 5000);
        c.charge_cents = pick(0, 3) == 0 ? pick(1, 1000000) : 0;
        c.vat = pick(0, 4) != 0;
        c.vat_bp = pick(0, 2700);

        const Expected e = reference(c);
        const Assessment a = assess_taxes(to_facts(c));
        CAPTURE(trial);
        CHECK(a.duty.minor_units() == e.duty);
        CHECK(a.excise.minor_units() == e.excise);
        CHECK(a.vat.minor_units() == e.vat);
        CHECK(a.total.minor_units() == e.total);
        CHECK(a.vat_base.minor_units() == c.value_cents + e.duty + e.excise + c.charge_cents);
    }
}

}  // TEST_SUITE
