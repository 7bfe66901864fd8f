// Assess grader: grades the duty, excise, VAT and total a trainee computed (DESIGN.md section 2,
// step kind `assess`) against the tariff engine's assessment of the same facts.
//
// Used by the session for `assess` steps and by the headless player. Every feedback line shows
// the working ("Duty: 0.02 × 6,300 = EUR 126.") and names what decides it.
//
// Scoring (AssessGradeOptions holds the weights; these are the defaults):
//   duty                              2 points
//   excise (when the goods bear it)   2 points
//   VAT (when import VAT is charged)  2 points
//   total collected                   1 point
// An amount within the tolerance (default 0.01) earns its points. A VAT or total that follows
// correctly from the trainee's own wrong duty or excise (error carried forward) earns half;
// known traps (VAT on the customs value alone, a base missing the duty or excise, excise on the
// volume instead of pure alcohol, half of a compound duty, the lower of an alternative duty,
// VAT left out of the total) earn nothing and are named. A missing amount earns nothing.
// Invariants: max depends only on the facts; 0 <= score <= max.
#pragma once

#include <optional>

#include "core/grade.h"
#include "core/money.h"
#include "core/tariff.h"

namespace clearance::core {

struct AssessAnswer {
    std::optional<Money> duty;
    std::optional<Money> excise;
    std::optional<Money> vat;
    std::optional<Money> total;
};

struct AssessGradeOptions {
    Decimal tolerance = Decimal(1, 2);  // per amount, in major units of the currency
    double duty_points = 2.0;
    double excise_points = 2.0;
    double vat_points = 2.0;
    double total_points = 1.0;
    double carried_forward_share = 0.5;
};

// Grades the answer against assess_taxes(facts). Throws TariffError if the facts are bad.
Grade grade_assess(const TaxFacts& facts, const AssessAnswer& answer, const AssessGradeOptions& options = {});

// The same with a key already computed from these facts.
Grade grade_assess(const TaxFacts& facts, const Assessment& key, const AssessAnswer& answer,
                   const AssessGradeOptions& options = {});

// The answer a perfect trainee gives for this key.
AssessAnswer perfect_assessment(const Assessment& key);

}  // namespace clearance::core
