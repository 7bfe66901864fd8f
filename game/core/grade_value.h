// Value grader: grades a trainee's valuation worksheet (DESIGN.md section 2, step kind `value`)
// against the valuation engine's result for the same facts.
//
// Used by the session for `value` steps and by the headless player. The worksheet names the
// method, the amount it starts from, what the trainee did with each cost of the consignment
// (added, deducted, or left out by not listing it), the exchange rate and the total.
//
// Scoring (ValueGradeOptions holds the weights; these are the defaults):
//   method                                  2 points
//   base amount (Art. 1 only: the price)    1 point
//   each cost of the consignment (Art. 1)   1 point: right treatment and amount 1; right
//                                           direction, wrong amount 0.5; a missed addition or
//                                           deduction, or a cost wrongly added/deducted, 0
//   conversion (when the key converts)      1 point: the official rate, Art. 9
//   total, within tolerance                 2 points
// When another method than Art. 1 applies, only the method, conversion and total are scored
// (Art. 8 adjustments belong to the transaction value alone). Each cost's feedback names the
// trap with its rule, e.g. "The buying commission of USD 1,200 was added; buying commissions are
// not part of the customs value, CVA Art. 8.1(a)(i)."
// Invariants: max depends only on the facts (never on the answer); 0 <= score <= max.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/grade.h"
#include "core/money.h"
#include "core/valuation.h"

namespace clearance::core {

enum class WorksheetAction { add, deduct };

// One cost the trainee adjusted; costs not listed count as left out of the value.
struct WorksheetLine {
    std::string id;  // the CostItem's id
    WorksheetAction action = WorksheetAction::add;
    Money amount;    // positive; the action says which way it goes
};

struct ValueWorksheet {
    std::optional<Method> method;
    std::optional<Money> base;         // the price (Art. 1) they started from
    std::vector<WorksheetLine> lines;
    std::optional<Decimal> rate;       // national currency per unit of the invoice currency
    std::optional<Money> total;        // the customs value, in the national currency
};

struct ValueGradeOptions {
    Decimal line_tolerance = Decimal(1, 2);  // 0.01 of the line's currency: lines must be exact
    Decimal total_tolerance = Decimal(1);    // 1.00 of the national currency: rounding order may differ
    double method_points = 2.0;
    double base_points = 1.0;
    double line_points = 1.0;
    double conversion_points = 1.0;
    double total_points = 2.0;
    double wrong_amount_share = 0.5;  // share of line_points for the right direction with a wrong amount
};

// Grades the worksheet against value_consignment(facts). Throws ValuationError if the facts
// themselves are bad (lint reports that before any trainee sees the step).
Grade grade_value(const ValuationFacts& facts, const ValueWorksheet& answer, const ValueGradeOptions& options = {});

// The same with a key already computed from these facts.
Grade grade_value(const ValuationFacts& facts, const ValuationResult& key, const ValueWorksheet& answer,
                  const ValueGradeOptions& options = {});

// The worksheet a perfect trainee fills in for this key (for self-tests and the walkthrough).
ValueWorksheet perfect_worksheet(const ValuationFacts& facts, const ValuationResult& key);

const char* worksheet_action_name(WorksheetAction a);                         // "add", "deduct"
std::optional<WorksheetAction> worksheet_action_from_name(std::string_view);  // nullopt if unknown

}  // namespace clearance::core
