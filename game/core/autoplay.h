// Autoplay: plays a scenario by itself, the way `clearance test` checks that a scenario is
// playable and fairly scored (DESIGN.md section 3, self-testing), and plays an answers file
// for `clearance play`.
//
// autoplay() runs:
//   - perfect play: the perfect answer at every step, the best option at every choose step;
//     it must reach the maximum;
//   - imperfect play: an imperfect answer at every step (answer_derive.h), the worst option at
//     every choose step; it must score less than its maximum;
//   - every branch: each option of each choose step reached (with perfect answers elsewhere),
//     so every combination of choices and the `when` paths they open, up to max_branches runs;
//     each must finish with 0 <= score <= max;
//   - each walkthrough the author declared.
// Problems come back as Diagnostics (diagnostic.h) with the step's field path ("steps[3]") and
// a message naming the step ids, for the script layer to place at file:line: a dead end (a route
// to an unknown step, a loop), a step no run reaches, a perfect answer short of full marks, an
// imperfect play at full marks, a score out of bounds, a key the engines reject, a walkthrough
// that does not fit the scenario.
// Invariants: deterministic (same scenario, same report); the scenario is never changed; runs
// share one copy of it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/answer.h"
#include "core/answer_derive.h"
#include "core/diagnostic.h"
#include "core/hs_nomenclature.h"
#include "core/scenario.h"
#include "core/session.h"

namespace clearance::core {

struct AutoplayOptions {
    const HsNomenclature* hs = nullptr;  // required when the scenario classifies
    std::string lang = std::string(fallback_language);
    std::size_t max_branches = 256;      // runs explored before giving up (reported as a warning)
};

// One play from start to finish (or to the problem that stopped it).
struct PlayRun {
    std::string name;                  // "perfect", "imperfect", "branch gift=refuse, report=yes", a walkthrough's name
    std::vector<std::string> choices;  // "step=option" at each choose step, in order
    std::vector<std::string> path;     // the step ids visited
    double score = 0.0;
    double max = 0.0;
    bool finished = false;
    std::string error;  // why the run stopped early; empty when it finished
};

struct AutoplayReport {
    PlayRun perfect;
    PlayRun imperfect;
    std::vector<PlayRun> branches;
    std::vector<PlayRun> walkthroughs;
    std::vector<Diagnostic> problems;
    bool truncated = false;  // more than max_branches runs: branches and reachability are partial

    bool ok() const { return count_errors(problems) == 0; }
};

// Plays the scenario as described above. Never throws for the scenario's faults (they are
// problems); throws only std::bad_alloc.
AutoplayReport autoplay(const Scenario& scenario, const AutoplayOptions& options = {});

// What playing an answers file did.
struct ScriptedPlay {
    bool finished = false;
    std::string stopped_at;           // the step with no answer in the file, when not finished
    std::vector<std::string> unused;  // steps answered in the file that the attempt never reached
};

// Drives `session` with `answers` (answer.h): advances over brief steps; at each graded step
// takes the entry for that step id (its hints, then its answer and time) and advances; stops at
// a step the file does not answer. Throws SessionError (and StepKeyError) as the session does.
ScriptedPlay play_answers(Session& session, const std::vector<AnswerEntry>& answers);

}  // namespace clearance::core
