// The UI layer's contract with the app shell: the read-only model views draw from, the screens,
// and the intents views emit.
//
// Views never change the domain or the model: they push plain intents that the app applies
// between frames. UI-only state (filters, selection, text being typed, a step's draft answer)
// lives in the views. The model may point into objects the app owns (the session being played,
// the nomenclature); those stay valid for the whole frame.
#pragma once

#include "core/answer.h"
#include "core/hs_nomenclature.h"
#include "core/progress.h"
#include "core/scenario.h"
#include "core/session.h"
#include "core/settings.h"
#include "core/topic.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace clearance::ui {

// Screens, in the order of the top bar. `start` is Home.
enum class Screen { profiles, start, browser, player, debrief, progress, settings, instructor };

// "profiles", "start", "browser", "player", "debrief", "progress", "settings", "instructor"
const char* screen_id(Screen s);
bool parse_screen(const std::string& id, Screen& out);  // false when unknown; "home" is "start"

// A trainee profile as the profile screen lists it (the PIN itself never leaves the store).
struct ProfileItem {
    std::string uuid;
    std::string name;
    std::string language = "en";
    bool has_pin = false;
};

// One scenario file as the browser and Home list it: playable or broken, with the signed-in
// trainee's results on it.
struct ScenarioItem {
    std::string id;        // "valuation/royalty"; empty when the file never loaded far enough
    std::string file;      // display name, "valuation/royalty.lua"
    std::string title;     // in the interface language when the scenario has it; else the file
    std::string summary;
    core::Topic topic = core::Topic::classification;
    core::Level level = core::Level::basic;
    int minutes = 0;
    std::vector<std::string> languages;
    bool playable = false;  // a version loaded without error (maybe the last good one)
    bool generated = false; // setup(ctx) draws its consignments from a seed: it can be worked as a shift
    int errors = 0;
    int warnings = 0;
    std::vector<std::string> diagnostics;  // formatted "file:line: error: message", in file order
    bool reloaded = false;                 // changed on disk while the window was open
    // The signed-in trainee's record on it.
    int attempts = 0;                       // finished attempts
    std::optional<double> best_percent;     // best finished attempt, 0..100
    bool done() const { return attempts > 0; }
};

// A topic card on Home.
struct TopicSummary {
    core::Topic topic = core::Topic::classification;
    int scenarios = 0;              // playable scenarios in this topic
    int done = 0;                   // of them, finished at least once by the trainee
    std::optional<double> mastery;  // 0..1 over the trainee's finished attempts in the topic
    std::string next_id;            // what to do next in the topic; empty when nothing is playable
    std::string next_title;
};

// A scenario under review (core/review.h): Home offers those due, and says when the next is.
struct ReviewItem {
    std::string scenario_id;
    std::string title;
    double last_percent = 0;  // the latest finished attempt's score
    std::int64_t due_ms = 0;  // wall clock (ms since the epoch)
};

// An unfinished attempt Home offers to resume.
struct ResumeItem {
    std::string attempt_uuid;
    std::string scenario_id;
    std::string title;
    core::AttemptMode mode = core::AttemptMode::practice;
    std::int64_t started_ms = 0;
    int answered = 0;        // steps answered so far
    bool playable = true;    // false when the scenario is gone or changed since (cannot replay)
};

// The attempt being played. `session` is null when no attempt is open.
struct PlayState {
    const core::Session* session = nullptr;
    std::string attempt_uuid;
    std::string title;
    std::vector<core::HintShown> hints;  // hints shown on the current step, in order
    std::int64_t step_elapsed_ms = 0;    // on the current step, at the start of this frame
    std::int64_t attempt_elapsed_ms = 0; // answered steps' time plus the current step's
    std::optional<std::int64_t> step_left_ms;     // when the step or the scenario has a time limit
    std::optional<std::int64_t> attempt_left_ms;  // when the scenario has a time limit
    int step_number = 0;                 // 1-based among the steps shown so far
    int graded_steps = 0;                // graded steps in the scenario (an upper bound on what is left)
    std::string error;                   // the last problem (store write failed...); empty when fine
};

// One step of a debrief.
struct DebriefStep {
    std::string step_id;
    core::StepKind kind = core::StepKind::brief;
    std::string title;       // in the interface language
    std::string prompt;
    std::string answer;      // the trainee's answer as text ("8517.13", "Refuse the gift")
    std::string key;         // the expected answer as text; empty when unknown
    double score = 0, max = 0;
    int hints = 0;
    std::int64_t time_ms = 0;
    bool late = false;
    std::vector<core::FeedbackLine> feedback;  // the grader's lines (what was right or wrong, the rule)
    std::string explanation;                   // the step's explanation
    std::vector<std::string> references;
};

// A finished attempt reopened (or just finished).
struct DebriefState {
    std::string attempt_uuid;  // empty: nothing to show
    std::string scenario_id;
    std::string title;
    core::AttemptMode mode = core::AttemptMode::practice;
    std::int64_t finished_ms = 0;
    std::int64_t time_ms = 0;
    double score = 0, max = 0;
    std::vector<DebriefStep> steps;
    std::vector<core::MasteryRow> competencies;  // earned in this attempt: score/max per competency
    bool replayed = true;  // false: the scenario changed since, keys and explanations are not shown
    std::string note;      // why not replayed, or another remark; empty when none
    // What to do next: retry this scenario (below 80 %) or the next one in the topic.
    bool suggest_retry = false;
    std::string next_id;
    std::string next_title;
};

// One attempt in the progress history.
struct HistoryItem {
    core::AttemptRecord attempt;
    std::string title;  // the scenario's, or its id when it is gone
    std::optional<double> percent;  // finished attempts
};

struct ProgressState {
    std::optional<core::ProfileReport> report;  // the signed-in trainee's
    std::vector<HistoryItem> history;            // newest first
};

// What the views show; owned by the app, read-only during a frame.
// The instructor's view of the whole progress file: who struggles, which items need a second
// look. Behind the instructor passphrase (store/store.h); the app reads the reports on unlock.
struct InstructorState {
    bool passphrase_set = false;  // else the screen offers to set one
    bool unlocked = false;
    std::string message;          // the last unlock or set-up problem ("Wrong passphrase.")
    std::vector<core::CohortRow> cohort;
    core::ItemAnalysis items;
};

struct Model {
    core::Settings settings;
    Screen screen = Screen::start;
    int hs_subheadings = 0;       // loaded from assets/hs; 0 when the data is missing
    int scenario_count = 0;       // playable scenarios
    const core::HsNomenclature* hs = nullptr;  // null when the HS data is missing
    std::string db_path;          // the progress file in use
    std::string font_face;        // file the body font came from
    std::vector<std::string> notices;  // warnings to show in the status bar (font missing...)
    bool developer = false;       // shows the debug menu (ImGui demo and metrics)
    std::int64_t now_ms = 0;      // wall clock at the start of the frame (ms since the epoch)

    std::vector<ProfileItem> profiles;  // every profile of the progress file, by name
    std::optional<ProfileItem> profile; // the signed-in trainee
    std::string profile_message;        // the last profile action's problem ("wrong PIN...")
    std::string store_problem;          // why the progress file could not be opened; empty when fine

    std::vector<ScenarioItem> scenarios;        // every scenario file, in catalog order
    std::vector<std::string> catalog_problems;  // scenario folders that could not be read
    std::string reload_message;                 // the last hot reload ("valuation/royalty.lua reloaded")
    std::vector<TopicSummary> topics;           // in core::all_topics order
    std::vector<ResumeItem> resumable;          // newest first
    std::vector<ReviewItem> review;             // soonest due first
    std::string continue_id;                    // what "Continue" starts when nothing is to resume
    std::string continue_title;
    PlayState play;
    DebriefState debrief;
    ProgressState progress;
    InstructorState instructor;
};

struct Navigate { Screen screen; };
struct ChangeSettings { core::Settings settings; };
struct Quit {};
// Creates a profile and signs it in; an empty pin means none.
struct CreateProfile {
    std::string name;
    std::string language;
    std::string pin;
};
struct SignIn {
    std::string uuid;
    std::string pin;
};
struct SignOut {};
// Moves the unreadable progress file aside (never deleting it) and starts a new one.
struct SetAsideStore {};

// Starts a new attempt at a playable scenario and opens the player.
struct StartScenario {
    std::string scenario_id;
    core::AttemptMode mode = core::AttemptMode::practice;
};
// Reopens an unfinished attempt where it stood.
struct ResumeAttempt { std::string attempt_uuid; };
// Shows the current step's next hint (its cost counts when the step is graded).
struct TakeHint {};
// Grades the current step's answer; it is stored at once.
struct SubmitAnswer { core::Answer answer; };
// Moves past the current step (a brief, or an answered step); past the last step the attempt
// finishes and the debrief opens.
struct NextStep {};
// Leaves the player; the attempt stays unfinished and Home offers to resume it.
struct LeaveAttempt {};
// Opens the debrief of a finished attempt.
struct OpenDebrief { std::string attempt_uuid; };

// The instructor screen: unlock with the passphrase, set the first one, lock again.
struct UnlockInstructor { std::string passphrase; };
struct SetInstructorPassphrase { std::string passphrase; };  // only while none is set
struct LockInstructor {};

using Intent = std::variant<Navigate, ChangeSettings, Quit, CreateProfile, SignIn, SignOut, SetAsideStore,
                            StartScenario, ResumeAttempt, TakeHint, SubmitAnswer, NextStep, LeaveAttempt,
                            OpenDebrief, UnlockInstructor, SetInstructorPassphrase, LockInstructor>;

// Draws the whole window for one frame: top bar, the current screen, status bar.
void draw_app(const Model& model, std::vector<Intent>& intents);

// Drops the keyboard cursor (called when the screen changes): Enter then means the new
// screen's main action, not the button that led there, and arrow keys start afresh.
void forget_keyboard_focus();

}  // namespace clearance::ui
