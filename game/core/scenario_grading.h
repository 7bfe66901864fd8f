// Step grading: the key of each gradable step, computed by the engines from the step's facts,
// and the one call that grades an answer for any step kind.
//
// Used by the session (grade on submit), autoplay (perfect and imperfect answers are checked
// against these keys), the author's preview (show a step with its key) and the validator
// (check_step_key: can every seed be graded?). Invariants: a key depends only on the step (and,
// for classify, the nomenclature), never on the answer; grade_step returns the grader's Grade
// unchanged (0 <= score <= max): weighting, hints and time limits are the session's business.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "core/answer.h"
#include "core/hs_nomenclature.h"
#include "core/scenario.h"

namespace clearance::core {

// The engines could not derive a step's key (an author's mistake the validator should catch).
// what() names the step: `step "value": no exchange rate for USD`.
class StepKeyError : public std::runtime_error {
public:
    StepKeyError(const std::string& step_id, const std::string& problem);
    const std::string& step_id() const { return step_id_; }

private:
    std::string step_id_;
};

struct GradeContext {
    const HsNomenclature* hs = nullptr;  // required for classify steps
    std::string lang = std::string(fallback_language);
};

// The engines' keys; each throws the engine's own error on bad facts.
ValuationResult value_key(const ValueStep& step);  // ValuationError
Assessment assess_key(const AssessStep& step);     // TariffError
OriginKey origin_key(const OriginStep& step);      // MoneyError on mixed currencies
RiskKey risk_key(const RiskStep& step);            // MoneyError on mixed currencies

// Grades `answer` for `step`. Throws std::invalid_argument when answer_mismatch() objects,
// std::logic_error for a classify step without ctx.hs, StepKeyError when the facts are bad.
Grade grade_step(const Step& step, const Answer& answer, const GradeContext& ctx);

// The author's mistakes that stop the step being graded (engine errors, an undetermined origin,
// classify key problems, inspect fields that name no document field, an empty choice list...),
// one message each; empty when the step can be graded. Brief steps have none.
std::vector<std::string> check_step_key(const Scenario& scenario, const Step& step, const GradeContext& ctx);

}  // namespace clearance::core
