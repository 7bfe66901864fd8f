// Attempt: an attempt's whole state as one plain value that round-trips to text, and replay,
// which rebuilds the Session from it.
//
// Used to save and resume attempts (the store keeps the same facts as rows: attempts and their
// answers), to reopen a finished attempt in the debrief, for `clearance play` transcripts and as
// test fixtures. A session is a pure function of its scenario, seed, mode, language and the
// answers given in order (with hints taken and time spent), because core reads no clock and no
// random source; so those are all an attempt holds.
//
// Text form (compact JSON, json.h):
//     {"format":"clearance-attempt","format_version":1,"scenario":"valuation/royalty",
//      "version":3,"content_hash":"9f2c...","seed":42,"mode":"practice","lang":"en",
//      "answers":[{"step":"hs","kind":"classify","answer":{"code":"8517.13"},"hints":1,
//                  "time_ms":42000}],
//      "current":{"step":"value","hints":1}}
// Entries are those of the answers file (answer.h). "current" (absent once finished) is where
// the session stood: the step shown, past any brief steps read since the last answer (or the
// last answered step itself, before advance()), and the hints already taken there, so a resume
// shows the same step and cannot shed the hints' cost. An attempt rebuilt from the store's rows
// has no "current": it resumes wherever its answers lead. A seed above 2^63 − 1 is written as a
// string of digits, so every uint64 is exact.
// Invariants: attempt_from_text(attempt_to_text(a)) == a; replay(scenario, attempt_of(s)) gives
// a session with the same records, state, visited steps, current step and hints as `s`.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/answer.h"
#include "core/json.h"
#include "core/progress.h"
#include "core/scenario.h"
#include "core/session.h"

namespace clearance::core {

// Malformed attempt text, or an attempt that does not fit the scenario it is replayed on.
class AttemptError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Attempt {
    std::string scenario_id;
    int scenario_version = 1;
    std::string content_hash;
    std::uint64_t seed = 0;
    AttemptMode mode = AttemptMode::practice;
    std::string lang = std::string(fallback_language);
    std::vector<AnswerEntry> answers;  // in the order given
    std::string current_step;          // where the session stood; empty when finished or unknown
    int current_hints = 0;             // hints taken on current_step before answering it

    friend bool operator==(const Attempt& a, const Attempt& b) = default;
};

// The session's attempt so far.
Attempt attempt_of(const Session& session);

Json attempt_to_json(const Attempt& a);
std::string attempt_to_text(const Attempt& a);  // compact JSON, one line

// Reads an attempt. With `scenario`, answers are read against its steps (amounts without a
// currency take the step's, kinds are checked); without it entries must carry their kind.
// Throws AttemptError naming the path: `attempt.answers[2].answer.total: ...`.
Attempt attempt_from_json(const Json& j, const Scenario* scenario = nullptr);
Attempt attempt_from_text(std::string_view text, const Scenario* scenario = nullptr);

// Why the attempt cannot be replayed on this scenario (another id, version or content hash, or
// a seed a generated scenario was not instantiated with), or empty when it can.
std::string attempt_mismatch(const Scenario& scenario, const Attempt& a);

// Rebuilds the session: starts it, then for each answer advances over brief steps, takes the
// hints, submits and advances (not after the last answer if the session stood on that step);
// finally advances over brief steps to current_step and retakes its hints. Throws AttemptError
// when attempt_mismatch objects or the answers do not follow the scenario's route.
Session replay(std::shared_ptr<const Scenario> scenario, const Attempt& a, const HsNomenclature* hs = nullptr);
Session replay(const Scenario& scenario, const Attempt& a, const HsNomenclature* hs = nullptr);

}  // namespace clearance::core
