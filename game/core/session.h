// Session: one attempt at a scenario as a pull-style state machine, as ink's story is. The
// window, the headless player (`clearance play`), autoplay and the tests drive the same calls:
//
//     Session s(scenario, AttemptMode::practice, seed, {.lang = "fr", .hs = &nomenclature});
//     while (const Step* step = s.current()) {
//         if (step->graded()) { s.submit(answer_for(*step), elapsed_ms); show(s.feedback()); }
//         s.advance();
//     }
//     show(s.result());
//
// Routing follows scenario.h: the chosen option's `next`, the step's `next`, or the following
// step; steps whose `when` is false are skipped; `end` or the last step finishes. A choose
// option's `set` assignments apply when the answer is submitted, so a `when` later in the
// scenario sees them.
//
// Modes (mode_rules): practice and review show feedback right after each submission and offer
// hints; a shift offers hints but keeps feedback for the debrief, as a real shift does; an exam
// offers no hints and shows feedback only when finished. submit() always returns the grade, for
// the headless player and the store; views show what feedback() shows.
//
// Scoring of one step: the grader's score, scaled to the step's `points` when it has them; minus
// the cost of the hints taken, never below 0; 0 when the answer came after the step's time
// limit or after the scenario's (time is the caller's: elapsed milliseconds come with each
// submit, so a replay is exact and core reads no clock).
//
// Invariants: the session owns (shares) an immutable copy of the scenario, so a hot reload never
// changes an attempt under way; copying a Session forks the attempt (autoplay explores branches
// that way); every call either succeeds or throws leaving the session unchanged. Misuse (a wrong
// answer kind, submitting twice, advancing past an unanswered step) throws SessionError; a
// scenario that routes to an unknown step or back to a visited one throws SessionError naming
// the steps; facts the engines reject throw StepKeyError (scenario_grading.h).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/answer.h"
#include "core/grade.h"
#include "core/hs_nomenclature.h"
#include "core/progress.h"
#include "core/scenario.h"
#include "core/scenario_grading.h"

namespace clearance::core {

class SessionError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ModeRules {
    bool hints = true;               // take_hint() offers the step's hints
    bool immediate_feedback = true;  // feedback() right after submit; otherwise once finished
};

ModeRules mode_rules(AttemptMode mode);

struct SessionOptions {
    std::string lang = std::string(fallback_language);  // for hints, option labels, feedback texts
    const HsNomenclature* hs = nullptr;                 // required when the scenario classifies
};

// A hint as shown: its text in the session's language and what it costs.
struct HintShown {
    int number = 0;  // 1 for the step's first hint
    std::string text;
    double cost = 0.0;
};

// One answered step, as the session counts it.
struct StepRecord {
    std::string step_id;
    StepKind kind = StepKind::brief;
    Answer answer;
    Grade grade;               // weighted, hints and time limit applied: what counts
    double grader_score = 0;   // the grader's own score and maximum, before weighting
    double grader_max = 0;
    int hints = 0;
    double hint_cost = 0;      // points the hints took off (at most the weighted score)
    std::int64_t time_ms = 0;
    bool late = false;         // answered after a time limit: scored 0
    std::string option_id;     // the option chosen, on a choose step
    std::vector<std::string> competencies;  // the step's, or the scenario's when it names none
    Topic topic = Topic::classification;    // the step's, or the scenario's
};

struct Tally {
    double score = 0.0;
    double max = 0.0;
};

struct SessionResult {
    double score = 0.0;
    double max = 0.0;  // of the steps answered: a branch not taken does not count
    std::vector<StepRecord> steps;             // in the order answered
    std::map<std::string, Tally> competencies; // each graded step counts fully towards each of its competencies
    std::map<Topic, Tally> topics;
    std::int64_t time_ms = 0;
    bool finished = false;
};

class Session {
public:
    // Starts an attempt at the scenario's first step whose `when` holds. Throws SessionError when
    // a generated scenario was instantiated with another seed than `seed` (its facts would not be
    // this attempt's), when the initial state is inconsistent, or when the scenario classifies
    // goods and options.hs is null.
    Session(const Scenario& scenario, AttemptMode mode, std::uint64_t seed, SessionOptions options = {});
    Session(std::shared_ptr<const Scenario> scenario, AttemptMode mode, std::uint64_t seed,
            SessionOptions options = {});

    const Scenario& scenario() const { return *scenario_; }
    const std::shared_ptr<const Scenario>& scenario_ptr() const { return scenario_; }
    AttemptMode mode() const { return mode_; }
    std::uint64_t seed() const { return seed_; }
    const SessionOptions& options() const { return options_; }
    const State& state() const { return state_; }

    // The current step, or nullptr when the attempt is finished.
    const Step* current() const;
    bool finished() const { return !current_; }
    // Whether the current step has been submitted (so advance() is next).
    bool answered() const { return answered_; }

    // Grades the answer for the current step, stores it and returns the grade that counts.
    // Throws SessionError when finished, already answered, on a brief step, for an answer of
    // another kind, or for a negative time.
    Grade submit(const Answer& answer, std::int64_t elapsed_ms);
    // The last submission's grade when the mode shows it now (see ModeRules), else nullptr.
    const Grade* feedback() const;

    // Shows the current step's next hint, or nullopt when the mode offers none, the step is
    // answered or brief, or its hints are used up. The cost is charged when the step is graded.
    std::optional<HintShown> take_hint();
    int hints_taken() const { return hints_taken_; }  // on the current step
    int hints_left() const;                           // what take_hint() could still show

    // Moves on. Throws SessionError when finished, when a graded step is unanswered, or when the
    // scenario routes to an unknown step or back to a visited one.
    void advance();

    // The display order of a choose or quiz step's options: identity unless the step shuffles,
    // then a permutation drawn from the seed and the step id (stable across replays).
    std::vector<std::size_t> option_order(const Step& step) const;

    const std::vector<StepRecord>& records() const { return records_; }
    // Ids of the steps shown so far (briefs included, skipped steps not), in order.
    const std::vector<std::string>& visited() const { return visited_; }
    std::int64_t elapsed_ms() const { return elapsed_ms_; }
    SessionResult result() const;

private:
    std::optional<std::size_t> route_from(std::size_t index, const std::string& why) const;
    bool allowed(const Step& step) const;

    std::shared_ptr<const Scenario> scenario_;
    AttemptMode mode_;
    std::uint64_t seed_;
    SessionOptions options_;
    State state_;
    std::optional<std::size_t> current_;
    bool answered_ = false;
    int hints_taken_ = 0;
    std::vector<bool> seen_;  // by step index
    std::vector<std::string> visited_;
    std::vector<StepRecord> records_;
    std::int64_t elapsed_ms_ = 0;
};

}  // namespace clearance::core
