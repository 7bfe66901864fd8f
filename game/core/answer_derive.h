// Derived answers: the perfect answer of a gradable step, computed from its key by the engines,
// and an imperfect one, wrong in the way trainees go wrong.
//
// Used by autoplay (`clearance test`: perfect play must reach the maximum, imperfect play must
// score less), the author's step preview ("show the answer") and tests. Imperfect answers are
// tried in order of how telling the mistake is, and the first that the step's own grader scores
// below its maximum is returned:
//   classify  a sibling heading of the key (same chapter), then an empty code
//   value     the first Art. 8 addition missed, a deduction missed, an excluded cost added,
//             another method, an empty worksheet
//   origin    the verdict reversed
//   assess    VAT on the customs value alone, the duty left out, nothing
//   inspect   the first finding missed, a decoy or a fine field flagged on a clean consignment
//   risk      a lighter channel (a missed risk), or red where green is due
//   choose    the lowest-scoring option
//   quiz      a wrong choice, a correct choice left out, a number outside the tolerance, an
//             empty text
// Invariants: both depend only on the step, the scenario's documents and the nomenclature.
#pragma once

#include <optional>

#include "core/answer.h"
#include "core/scenario.h"
#include "core/scenario_grading.h"

namespace clearance::core {

// The answer that earns full marks, or nullopt for a brief step. Throws StepKeyError when the
// engines reject the step's facts, std::logic_error for classify without ctx.hs.
std::optional<Answer> perfect_answer(const Scenario& scenario, const Step& step, const GradeContext& ctx);

// An answer the step's grader scores below its maximum, or nullopt when there is none (a brief
// step, a step worth 0, a choose step whose options all score the same). Throws as above.
std::optional<Answer> imperfect_answer(const Scenario& scenario, const Step& step, const GradeContext& ctx);

}  // namespace clearance::core
