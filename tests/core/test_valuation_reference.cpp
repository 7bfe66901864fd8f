// Valuation engine against a naive reference on seeded random consignments.
//
// The reference is written from the primer, independently of the engine: plain int64 cents, a
// "coverage level" per Incoterm instead of the engine's per-kind switch, and the conversion done
// as cents × rate mantissa with a hand-written half-up division. Both must agree to the cent.
#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "core/valuation.h"

using namespace clearance::core;

namespace {

const Currency EUR = Currency::of("EUR");
const Currency USD = Currency::of("USD");

// How far the seller's price reaches, in the order of primer section 3: 0 nothing, 1 carriage
// to the port, 2 loaded on board, 3 main freight, 4 insurance, 5 carriage beyond the border,
// 6 import duties.
int coverage(Incoterm t) {
    switch (t) {
        case Incoterm::EXW:
        case Incoterm::FCA: return 0;
        case Incoterm::FAS: return 1;
        case Incoterm::FOB: return 2;
        case Incoterm::CFR:
        case Incoterm::CPT: return 3;
        case Incoterm::CIF:
        case Incoterm::CIP: return 4;
        case Incoterm::DAP:
        case Incoterm::DPU: return 5;
        case Incoterm::DDP: return 6;
    }
    return 0;
}

// The coverage level at which the seller's price contains a cost of this kind; 99 if never.
int level_of(CostKind k) {
    switch (k) {
        case CostKind::inland_carriage: return 1;
        case CostKind::loading: return 2;
        case CostKind::main_freight: return 3;
        case CostKind::insurance: return 4;
        case CostKind::post_import_transport: return 5;
        case CostKind::import_duties_taxes: return 6;
        default: return 99;
    }
}

// 'A' added when borne on top, 'X' not part of the value, 'D' discount.
char category(CostKind k, bool fob_basis) {
    const std::string adds = "selling_commission brokerage containers packing assist_materials assist_tools "
                             "assist_consumables assist_engineering_abroad royalty_condition_of_sale "
                             "resale_proceeds inland_carriage loading";
    const std::string name = cost_kind_name(k);
    if (name == "discount") return 'D';
    if (name == "main_freight" || name == "insurance") return fob_basis ? 'X' : 'A';
    return (" " + adds + " ").find(" " + name + " ") != std::string::npos ? 'A' : 'X';
}

std::int64_t div_half_up(std::int64_t num, std::int64_t den) {
    const bool neg = num < 0;
    std::int64_t a = neg ? -num : num;
    std::int64_t q = a / den;
    if ((a % den) * 2 >= den) ++q;
    return neg ? -q : q;
}

struct Reference {
    std::int64_t usd_cents = 0;
    std::int64_t eur_cents = 0;
};

Reference reference_value(const ValuationFacts& f) {
    Reference r;
    auto put = [&](const Money& m, std::int64_t cents) {
        (m.currency() == USD ? r.usd_cents : r.eur_cents) += cents;
    };
    put(f.price, f.price.minor_units());
    const bool fob = f.basis == ValuationBasis::fob;
    for (const auto& c : f.costs) {
        const bool in_price = c.in_price ? *c.in_price : coverage(f.incoterm) >= level_of(c.kind);
        std::int64_t cents = c.amount.minor_units();
        if (c.lot_quantity) {
            // Quantities here are whole numbers.
            cents = div_half_up(cents * c.lot_quantity->mantissa(), c.total_quantity->mantissa());
        }
        switch (category(c.kind, fob)) {
            case 'A':
                if (!in_price) put(c.amount, cents);
                break;
            case 'X':
                if (in_price && c.shown_separately) put(c.amount, -cents);
                break;
            case 'D':
                if (c.granted && !in_price) put(c.amount, -cents);
                if (!c.granted && in_price) put(c.amount, cents);
                break;
        }
    }
    return r;
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("the valuation engine agrees with a naive reference on 5,000 random consignments") {
    std::mt19937_64 rng(0x5eed2024);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<std::uint64_t>(n)); };
    const auto& kinds = all_cost_kinds();
    int compared = 0;
    int negative = 0;
    for (int trial = 0; trial < 5000; ++trial) {
        ValuationFacts f;
        const bool in_usd = pick(2) == 0;
        const Currency cur = in_usd ? USD : EUR;
        f.price = Money(cur, 100000 + pick(500000000));
        f.incoterm = static_cast<Incoterm>(pick(11));
        f.basis = pick(3) == 0 ? ValuationBasis::fob : ValuationBasis::cif;
        f.national = EUR;
        const Decimal rate(500000 + pick(1000000), 6);  // 0.5 to 1.5 EUR per USD, 6 decimals
        f.rates = {{USD, rate}};
        const int n = pick(9);
        for (int i = 0; i < n; ++i) {
            CostItem c;
            c.id = "c" + std::to_string(i);
            c.kind = kinds[static_cast<std::size_t>(pick(static_cast<int>(kinds.size())))];
            // Mostly in the price currency; sometimes in the national currency.
            c.amount = Money(pick(5) == 0 ? EUR : cur, pick(5000000));
            const int inclusion = pick(3);
            if (inclusion == 1) c.in_price = true;
            if (inclusion == 2) c.in_price = false;
            c.shown_separately = pick(4) != 0;
            c.granted = pick(5) != 0;
            const bool assist = c.kind == CostKind::assist_materials || c.kind == CostKind::assist_tools ||
                                c.kind == CostKind::assist_consumables || c.kind == CostKind::assist_engineering_abroad;
            if (assist && pick(2) == 0) {
                const int total = 1 + pick(10000);
                c.total_quantity = Decimal(total);
                c.lot_quantity = Decimal(pick(total + 1));
            }
            f.costs.push_back(c);
        }

        const Reference ref = reference_value(f);
        // Convert the USD sum once: cents × mantissa / 10^6, half-up (the rate has 6 decimals at most;
        // normalisation may shorten it, so scale back up).
        std::int64_t mant = rate.mantissa();
        for (int s = rate.scale(); s < 6; ++s) mant *= 10;
        const std::int64_t expected = ref.eur_cents + div_half_up(ref.usd_cents * mant, 1000000);

        if (expected < 0) {
            ++negative;
            CHECK_THROWS_AS(value_consignment(f), ValuationError);
            continue;
        }
        ValuationResult r = value_consignment(f);
        CAPTURE(trial);
        CHECK(r.method == Method::transaction_value);
        CHECK(r.value.currency() == EUR);
        CHECK(r.value.minor_units() == expected);
        // Trail invariant: the counting lines sum to the value before conversion, per currency.
        std::int64_t usd_sum = 0, eur_sum = 0;
        for (const auto& l : r.trail) {
            std::int64_t sign = l.treatment == Treatment::base || l.treatment == Treatment::added ? 1
                                : l.treatment == Treatment::deducted                              ? -1
                                                                                                  : 0;
            if (l.treatment == Treatment::converted || sign == 0) continue;
            (l.amount.currency() == USD ? usd_sum : eur_sum) += sign * l.amount.minor_units();
        }
        CHECK(usd_sum == ref.usd_cents);
        CHECK(eur_sum == ref.eur_cents);
        ++compared;
    }
    CHECK(compared > 4000);
    MESSAGE("compared " << compared << " consignments; " << negative << " came out negative and were refused");
}

}  // TEST_SUITE
