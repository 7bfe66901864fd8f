// Game: the trainee's side of the app between the views and the domain. It owns the scenario
// catalog (hot-reloaded), the attempt being played (a core::Session) and the trainee's records
// read from the progress store, applies the game's intents (start, resume, hint, submit, next,
// leave, reopen a debrief) and fills the parts of ui::Model the game screens draw.
//
// Used by the window (gui_app.cpp) and, without any window, by the app tests, which drive the
// same intents a trainee's clicks produce. Every answer is written to the store when it is
// submitted, in one transaction, and every hint when it is taken (as the step's pending hints);
// an attempt left open stays unfinished in the store and is resumed by replaying its answers
// (core::replay) and retaking the pending hints, so nothing lives only in memory.
// Invariants: a session in play always has a begun attempt row; the model's pointers (the
// session, the nomenclature) stay valid until the next apply() or poll(); store failures never
// throw out of apply(): they land in the model (play.error, profile_message) and the game goes on.
#pragma once

#include "core/attempt.h"
#include "core/hs_nomenclature.h"
#include "core/review.h"
#include "core/session.h"
#include "script/watcher.h"
#include "store/store.h"
#include "ui/ui.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace clearance::app {

struct GameOptions {
    std::vector<std::filesystem::path> folders;  // scenario folders, in catalog order
    const core::HsNomenclature* hs = nullptr;
    std::vector<std::uint64_t> seeds = {1, 2, 3};  // instances of a generated scenario to offer
    // Monotonic milliseconds for the time spent on a step (tests pass a fake clock).
    std::function<std::int64_t()> steady_ms;
    // Seeds of new attempts at static scenarios (option shuffles); tests fix it.
    std::function<std::uint64_t()> random_seed;
};

class Game {
public:
    explicit Game(GameOptions options);

    // The store the game records into; null when none could be opened. Refreshes the records.
    void set_store(store::Store* store);
    // The trainee playing; empty signs out (any attempt in play is left unfinished).
    void set_profile(const std::string& profile_uuid, const std::string& language);

    // Applies one game intent; returns false for intents that are not the game's. Sets
    // model.screen when the intent moves to another screen.
    bool apply(const ui::Intent& intent, ui::Model& model);
    // Leaves the attempt in play (it stays resumable): used when the trainee navigates away.
    void leave(ui::Model& model);

    // Looks for changed scenario files; returns true when the catalog changed (redraw).
    bool poll(ui::Model& model);

    // Writes the game's parts of the model: catalog, records, play, debrief, progress.
    void fill(ui::Model& model) const;
    // Refreshes the play clock only (every frame while playing).
    void fill_clock(ui::Model& model) const;
    // How long the window may sleep before the player's clock needs redrawing: up to the next
    // second of a countdown, or the next whole minute on the step; -1 when no clock runs.
    int tick_ms() const;

    const core::Session* session() const { return session_ ? &*session_ : nullptr; }
    const script::Catalog& catalog() const { return watcher_.catalog(); }

private:
    struct ScenarioStats {
        int finished = 0;
        std::optional<double> best_percent;
    };

    const script::CatalogEntry* playable(const std::string& id) const;
    std::shared_ptr<const core::Scenario> instance(const script::CatalogEntry& e, std::uint64_t seed) const;
    static std::optional<double> percent(double score, double max);  // 0..100; empty when max is 0
    std::string title_of(const std::string& scenario_id) const;
    core::Attempt attempt_from_rows(const core::AttemptRecord& a, const std::vector<core::AnswerRecord>& rows,
                                    const core::Scenario& scenario) const;
    std::string lang_for(const core::Scenario& s) const;

    void refresh_records();
    void rebuild_items();
    void start(const ui::StartScenario& s, ui::Model& model);
    void resume(const std::string& attempt_uuid, ui::Model& model);
    void take_hint();
    void submit(const core::Answer& answer, ui::Model& model);
    void next(ui::Model& model);
    void open_debrief(const std::string& attempt_uuid, ui::Model& model);
    void debrief_from_session(const core::Session& session, const core::AttemptRecord& attempt);
    void debrief_from_rows(const core::AttemptRecord& attempt, const std::vector<core::AnswerRecord>& rows,
                           const std::string& note);
    void suggest_next(const std::string& scenario_id, core::Topic topic, double percent);
    std::int64_t step_elapsed() const;

    GameOptions options_;
    script::Watcher watcher_;
    store::Store* store_ = nullptr;
    std::string profile_uuid_;
    std::string language_ = "en";

    // Records of the signed-in trainee (refreshed after each change, not every frame).
    std::map<std::string, ScenarioStats> stats_;  // by scenario id
    std::vector<ui::ScenarioItem> items_;
    std::set<std::string> reloaded_;             // files changed while the window was open
    std::string reload_message_;
    std::vector<ui::TopicSummary> topics_;
    std::vector<ui::ResumeItem> resumable_;
    std::vector<core::ReviewEntry> schedule_;  // core/review.h, over every scenario attempted
    std::vector<ui::ReviewItem> review_;       // the schedule's playable scenarios, with titles
    ui::ProgressState progress_;
    std::string continue_id_, continue_title_;

    // The attempt in play.
    std::optional<core::Session> session_;
    core::AttemptRecord attempt_;
    std::vector<core::HintShown> hints_;
    std::int64_t step_shown_ms_ = 0;  // steady clock when the current step appeared
    std::string play_error_;

    ui::DebriefState debrief_;
};

}  // namespace clearance::app
