// Tariff and taxes engine: customs duty, excise and import VAT on a valued consignment, each
// amount with its working ("0.02 × 6,300").
//
// Used by `assess` steps (their key and grader, grade_assess.h), generated scenarios and the
// debrief. It follows domain-primer.md section 5: ad valorem, specific (per item, kg, litre,
// litre of pure alcohol, per 1,000 or 100 units), compound (ad valorem + specific) and
// alternative ("x% but not less than y", the higher of) duties; excise, specific or ad valorem;
// import VAT on the customs value + duty + excise + other import charges (+ costs to the first
// destination where the law adds them).
//
// Invariants: all amounts are Money in the customs value's currency; each duty or tax amount is
// rounded once to the minor unit (half-up unless the facts say half-even), and the VAT base and
// total are exact sums of rounded amounts, as an assessment notice shows them. Quantities,
// pure alcohol included, are exact and never rounded. Bad facts (a rate in another currency, a
// per-kg duty with no mass) throw TariffError with a message naming what is missing.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/money.h"

namespace clearance::core {

class TariffError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// What a specific rate is charged on.
enum class Unit { item, kg, litre, litre_pure_alcohol };

const char* unit_name(Unit u);                         // "item", "kg", "litre", "litre_pure_alcohol"
std::optional<Unit> unit_from_name(std::string_view);  // nullopt if unknown
std::string unit_symbol(Unit u);                       // "items", "kg", "l", "l of pure alcohol"

// `amount` per `per` units: EUR 30 per 1 l of pure alcohol, EUR 90 per 1,000 items.
struct SpecificRate {
    Money amount;
    Decimal per = Decimal(1);
    Unit unit = Unit::kg;
};

enum class DutyKind {
    none,        // duty-free
    ad_valorem,  // rate × customs value
    specific,    // amount per unit × quantity
    compound,    // ad valorem + specific
    higher_of,   // the higher of ad valorem and specific: also "x% but not less than y per kg"
};

const char* duty_kind_name(DutyKind k);                         // "ad_valorem"
std::optional<DutyKind> duty_kind_from_name(std::string_view);  // nullopt if unknown

struct DutyRate {
    DutyKind kind = DutyKind::none;
    Decimal ad_valorem;     // a fraction: 0.02 for 2% (Decimal::parse("2%") gives it)
    SpecificRate specific;  // used by specific, compound and higher_of
};

enum class ExciseKind { none, specific, ad_valorem };

// What an ad valorem excise is charged on; national law decides, so the scenario says.
enum class ExciseBase {
    customs_value,
    duty_paid_value,  // customs value + duty
    declared_amount,  // an amount the facts give, e.g. a retail selling price
};

struct ExciseRate {
    ExciseKind kind = ExciseKind::none;
    SpecificRate specific;
    Decimal ad_valorem;
    ExciseBase base = ExciseBase::customs_value;
    Money declared_base;  // for ExciseBase::declared_amount
};

// The quantities specific rates need; unset ones are unknown.
struct GoodsQuantities {
    std::optional<Decimal> items;             // bottles, cigarettes, pieces
    std::optional<Decimal> net_kg;
    std::optional<Decimal> litres;            // total volume; if unset, items × litres_per_item
    std::optional<Decimal> litres_per_item;
    std::optional<Decimal> alcohol_strength;  // by volume, a fraction: 0.40 for 40% vol
};

struct NamedCharge {
    std::string label;
    Money amount;
};

struct TaxFacts {
    Money customs_value;  // in the national currency; every other amount must be in it too
    GoodsQuantities quantities;
    DutyRate duty;
    ExciseRate excise;
    std::vector<NamedCharge> other_charges;         // other import charges collected: in the VAT base and the total
    std::vector<NamedCharge> costs_to_destination;  // in the VAT base only (e.g. EU: to the first destination)
    std::optional<Decimal> vat_rate;                // 0.20 for 20%; unset: no import VAT
    Rounding rounding = Rounding::half_up;
};

// One line of the assessment, as a notice would print it.
struct TaxLine {
    std::string id;       // "duty", "duty:ad_valorem", "duty:specific", "pure_alcohol", "excise",
                          // "charge:<n>", "destination:<n>", "vat_base", "vat", "total"
    std::string label;    // "duty 2%"
    std::string working;  // "0.02 × 6,300"
    std::string result;   // "126", "168 l"
    std::optional<Money> amount;      // set for money lines
    std::optional<Decimal> quantity;  // set for quantity lines
    std::string rule;     // what decides it, e.g. "import VAT base: customs value + duty + excise + other charges"
};

struct Assessment {
    Money customs_value;
    Money duty;
    Money excise;
    Money other_charges;
    Money vat_base;
    Money vat;
    Money total;  // collected: duty + excise + other charges + VAT
    std::optional<Decimal> pure_alcohol_litres;
    std::vector<TaxLine> trail;

    bool has_excise = false;  // the facts charge excise
    bool has_vat = false;     // the facts charge import VAT

    const TaxLine* line_for(std::string_view id) const;  // nullptr if absent
};

// The duty, excise, VAT and total on the facts, with the trail. Throws TariffError on missing
// quantities, negative rates or amounts, or amounts in another currency.
Assessment assess_taxes(const TaxFacts& facts);

// The quantity a specific rate applies to (litres of pure alcohol = litres × strength);
// throws TariffError naming the missing figure.
Decimal quantity_for(const GoodsQuantities& q, Unit u);

}  // namespace clearance::core
