// Progress records: the plain values the progress store speaks in (DESIGN.md section 5).
//
// Used by game/store (which persists them), the session (which produces attempts and answers),
// the app's commands and the UI's progress and results screens (which read the report rows).
// Standard library only. Invariants: ids are lowercase UUID strings; times are milliseconds since
// the Unix epoch (UTC) and durations are milliseconds; 0 <= score <= max on every record;
// answers of one attempt are numbered 0, 1, 2... in the order they were given.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clearance::core {

// How an attempt was played. An exam has a fixed seed and no hints; a shift is a timed queue; a
// review replays items missed earlier.
enum class AttemptMode { practice, exam, shift, review };

const char* attempt_mode_name(AttemptMode m);                     // "practice", "exam", ...
std::optional<AttemptMode> parse_attempt_mode(std::string_view s);  // nullopt when unknown

struct Profile {
    std::string uuid;
    std::string name;             // display name, unique in one store (case-insensitive)
    std::string language = "en";  // interface language of this trainee
    bool has_pin = false;         // the PIN itself is only ever stored hashed
    std::int64_t created_ms = 0;
};

// One competency an answer gave evidence for (e.g. "hs.gir3b"), with the points it earned there.
struct CompetencyEvidence {
    std::string competency;
    double score = 0.0;
    double max = 0.0;
};

struct AttemptRecord {
    std::string uuid;
    std::string profile_uuid;
    std::string scenario_id;
    std::string scenario_version;
    std::string content_hash;  // of the scenario file, so a changed scenario is told apart
    std::string topic;         // topic id of the scenario ("valuation"...)
    std::uint64_t seed = 0;    // the attempt replays exactly from this seed and its answers
    AttemptMode mode = AttemptMode::practice;
    std::int64_t started_ms = 0;
    std::optional<std::int64_t> finished_ms;  // empty while the attempt is unfinished
    double score = 0.0;  // sum over its answers so far; the final score once finished
    double max = 0.0;

    bool finished() const { return finished_ms.has_value(); }
};

struct AnswerRecord {
    std::string attempt_uuid;
    int seq = 0;             // 0-based order within the attempt
    std::string step_id;
    std::string step_kind;   // "classify", "choose"...
    std::string response;    // the answer as given (the session's text form)
    std::string option_id;   // the option picked on a choose step; empty otherwise
    double score = 0.0;
    double max = 0.0;
    int hints = 0;
    std::int64_t time_ms = 0;      // time the trainee spent on the step
    std::int64_t answered_ms = 0;  // when it was submitted
    std::vector<CompetencyEvidence> evidence;
};

// Hints taken on the step an unfinished attempt stands on, before that step is answered. Kept
// apart from the answers so that leaving (or a crash) between a hint and the answer cannot shed
// the hint's cost: a resume takes them again and the step's grade charges them.
struct PendingHints {
    std::string attempt_uuid;
    std::string step_id;
    int hints = 0;              // taken on step_id so far (the total, not the last one)
    std::int64_t taken_ms = 0;  // when the last of them was taken
};

// An unfinished attempt offered for resume: replay `attempt.seed` and submit `answers` in order,
// then retake `pending` hints when the session stands on its step.
struct ResumableAttempt {
    AttemptRecord attempt;
    std::vector<AnswerRecord> answers;
    std::optional<PendingHints> pending;
};

// --- report rows (read by the UI's progress and results screens and by `clearance report`) ---
// Scores in reports count finished attempts only: an unfinished attempt is not a result yet.

struct MasteryRow {
    std::string key;  // topic id or competency id
    int count = 0;  // finished attempts (topics) or evidence lines (competencies) counted
    double score = 0.0;
    double max = 0.0;
    std::optional<double> mastery;  // score / max in 0..1; empty when max is 0
};

struct TrendPoint {
    std::string attempt_uuid;
    std::string scenario_id;
    std::int64_t finished_ms = 0;
    double percent = 0.0;  // 100 * score / max of that attempt
};

struct ProfileReport {
    Profile profile;
    int attempts = 0;    // started, any mode
    int finished = 0;
    int unfinished = 0;
    std::optional<double> best_percent;    // over finished attempts
    std::optional<double> latest_percent;  // the most recently finished attempt
    std::int64_t time_ms = 0;              // sum of the time spent on each answered step
    std::vector<MasteryRow> topics;        // every topic, in core::all_topics order
    std::vector<MasteryRow> competencies;  // competencies with evidence, by id
    std::vector<TrendPoint> trend;         // finished attempts, oldest first
    // Least-squares slope of percent over the last (up to) 10 finished attempts, in percentage
    // points per attempt; empty with fewer than 2 of them.
    std::optional<double> trend_slope;
};

struct CohortCell {
    int attempts = 0;               // finished attempts in this topic
    std::optional<double> mastery;  // sum score / sum max over them, 0..1
};

struct CohortRow {
    std::string profile_uuid;
    std::string name;
    int attempts = 0;  // finished attempts, all topics
    std::optional<double> overall;
    std::vector<CohortCell> topics;  // in core::all_topics order
};

// Item analysis of one graded step across finished attempts (classical test theory).
struct ItemRow {
    std::string scenario_id;
    std::string step_id;
    std::string step_kind;
    int responses = 0;
    double mean_score = 0.0;
    double max = 0.0;  // mean maximum of the step (constant in practice)
    std::optional<double> facility;  // sum score / sum max, 0 (hard) .. 1 (easy)
    // Corrected point-biserial: correlation of the item's score with the rest of the attempt's
    // score (total minus this item), -1..1. Empty when either has no variance.
    std::optional<double> discrimination;
};

// One option of a choose step: how often it was picked and by whom.
struct OptionRow {
    std::string scenario_id;
    std::string step_id;
    std::string option_id;
    int chosen = 0;
    double share = 0.0;  // chosen / responses to the step
    double mean_score = 0.0;  // score the option earned
    // Point-biserial correlation of "picked this option" with the attempt's total; a good
    // distractor is negative. Empty when undefined (everyone or no one picked it).
    std::optional<double> discrimination;
};

struct ItemAnalysis {
    std::vector<ItemRow> items;      // by scenario id, then step id
    std::vector<OptionRow> options;  // by scenario id, step id, option id
};

}  // namespace clearance::core
