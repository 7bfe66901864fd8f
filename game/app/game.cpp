#include "app/game.h"

#include "core/answer_derive.h"
#include "core/answer_text.h"
#include "core/attempt.h"
#include "core/json.h"
#include "store/report.h"
#include "store/store_error.h"

#include <algorithm>
#include <chrono>
#include <random>

namespace clearance::app {

namespace {

std::int64_t steady_now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::uint64_t random_seed() {
    std::random_device rd;
    return (static_cast<std::uint64_t>(rd()) << 32) | rd();
}


script::LoadOptions load_options(const GameOptions& o) {
    script::LoadOptions l;
    l.hs = o.hs;
    l.seeds = o.seeds;
    return l;
}


}  // namespace

Game::Game(GameOptions options) : options_(std::move(options)), watcher_(options_.folders, load_options(options_)) {
    if (!options_.steady_ms) options_.steady_ms = steady_now_ms;
    if (!options_.random_seed) options_.random_seed = random_seed;
    rebuild_items();
}

// ---- records ----------------------------------------------------------------------------------

void Game::set_store(store::Store* store) {
    if (store != store_) {
        session_.reset();
        debrief_ = {};
    }
    store_ = store;
    refresh_records();
}

void Game::set_profile(const std::string& profile_uuid, const std::string& language) {
    if (profile_uuid != profile_uuid_) {
        session_.reset();
        debrief_ = {};
    }
    profile_uuid_ = profile_uuid;
    language_ = language.empty() ? "en" : language;
    refresh_records();
}

const script::CatalogEntry* Game::playable(const std::string& id) const {
    const script::CatalogEntry* e = watcher_.catalog().find(id);
    return e && e->scenario ? e : nullptr;
}

std::shared_ptr<const core::Scenario> Game::instance(const script::CatalogEntry& e, std::uint64_t seed) const {
    if (!e.scenario->generated) return e.scenario;
    for (const script::ScenarioInstance& i : e.instances)
        if (i.seed == seed) return i.scenario;
    return nullptr;
}

std::string Game::lang_for(const core::Scenario& s) const {
    return std::find(s.languages.begin(), s.languages.end(), language_) != s.languages.end()
               ? language_
               : std::string(core::fallback_language);
}

// The attempt as core replays it, from the store's rows; throws AttemptError or AnswerError
// naming the answer when a row does not fit the scenario.
core::Attempt Game::attempt_from_rows(const core::AttemptRecord& a, const std::vector<core::AnswerRecord>& rows,
                                      const core::Scenario& scenario) const {
    core::Attempt at;
    at.scenario_id = a.scenario_id;
    at.scenario_version = scenario.version;
    at.content_hash = a.content_hash;
    at.seed = a.seed;
    at.mode = a.mode;
    at.lang = lang_for(scenario);
    for (const core::AnswerRecord& r : rows) {
        const core::Step* step = scenario.find_step(r.step_id);
        auto kind = core::parse_step_kind(r.step_kind);
        if (!step || !kind) throw core::AttemptError("answer " + std::to_string(r.seq) + " names an unknown step");
        at.answers.push_back({r.step_id,
                              core::answer_from_json(core::Json::parse(r.response), *kind,
                                                     "answers[" + std::to_string(r.seq + 1) + "]", step),
                              r.hints, r.time_ms});
    }
    return at;
}

std::optional<double> Game::percent(double score, double max) {
    if (max <= 0) return std::nullopt;
    return 100.0 * score / max;
}

std::string Game::title_of(const std::string& scenario_id) const {
    for (const ui::ScenarioItem& i : items_)
        if (i.id == scenario_id) return i.title;
    return scenario_id;
}

// Reads the trainee's attempts once per change: per-scenario results, what to resume, the
// progress report. About a millisecond on a year of one trainee's practice.
void Game::refresh_records() {
    stats_.clear();
    resumable_.clear();
    schedule_.clear();
    progress_ = {};
    if (store_ && !profile_uuid_.empty()) {
        try {
            const auto attempts = store_->attempts(profile_uuid_);  // oldest first
            for (const core::AttemptRecord& a : attempts) {
                if (!a.finished()) continue;
                ScenarioStats& s = stats_[a.scenario_id];
                ++s.finished;
                if (auto p = percent(a.score, a.max); p && (!s.best_percent || *p > *s.best_percent))
                    s.best_percent = p;
            }
            for (const core::ResumableAttempt& r : store_->unfinished_attempts(profile_uuid_)) {
                ui::ResumeItem item;
                item.attempt_uuid = r.attempt.uuid;
                item.scenario_id = r.attempt.scenario_id;
                item.mode = r.attempt.mode;
                item.started_ms = r.attempt.started_ms;
                item.answered = static_cast<int>(r.answers.size());
                const script::CatalogEntry* e = playable(r.attempt.scenario_id);
                item.playable = e && e->content_hash == r.attempt.content_hash && instance(*e, r.attempt.seed);
                resumable_.push_back(item);
            }
            std::sort(resumable_.begin(), resumable_.end(),
                      [](const ui::ResumeItem& a, const ui::ResumeItem& b) { return a.started_ms > b.started_ms; });
            schedule_ = core::review_schedule(attempts);
            progress_.report = store::profile_report(*store_, profile_uuid_);
            for (auto it = attempts.rbegin(); it != attempts.rend(); ++it) {
                ui::HistoryItem h;
                h.attempt = *it;
                if (it->finished()) h.percent = percent(it->score, it->max);
                progress_.history.push_back(std::move(h));
            }
        } catch (const std::exception& e) {
            play_error_ = e.what();
        }
    }
    rebuild_items();
}

// The scenario list and everything derived from it: titles, results, topics, what comes next.
void Game::rebuild_items() {
    items_.clear();
    for (const script::CatalogEntry& e : watcher_.catalog().entries) {
        ui::ScenarioItem item;
        item.id = e.info.id;
        item.file = e.file;
        const std::string lang = std::find(e.info.languages.begin(), e.info.languages.end(), language_) !=
                                         e.info.languages.end()
                                     ? language_
                                     : std::string(core::fallback_language);
        item.title = e.info.title.empty() ? e.file : e.info.title.get(lang);
        item.summary = e.info.summary.get(lang);
        item.generated = e.info.generated;
        item.topic = e.info.topic;
        item.level = e.info.level;
        item.minutes = e.info.minutes;
        item.languages = e.info.languages;
        item.playable = e.scenario != nullptr;
        item.errors = static_cast<int>(e.errors());
        item.warnings = static_cast<int>(e.diagnostics.size()) - item.errors;
        for (const core::Diagnostic& d : e.diagnostics) item.diagnostics.push_back(core::format_diagnostic(d));
        item.reloaded = reloaded_.count(e.file) > 0;
        if (auto it = stats_.find(e.info.id); it != stats_.end() && item.playable) {
            item.attempts = it->second.finished;
            item.best_percent = it->second.best_percent;
        }
        items_.push_back(std::move(item));
    }
    for (ui::ResumeItem& r : resumable_) r.title = title_of(r.scenario_id);
    review_.clear();
    for (const core::ReviewEntry& r : schedule_)
        if (playable(r.scenario_id)) review_.push_back({r.scenario_id, title_of(r.scenario_id), r.last_percent, r.due_ms});
    for (ui::HistoryItem& h : progress_.history) h.title = title_of(h.attempt.scenario_id);

    // What to do next in a topic: the easiest scenario not done yet, else the weakest result.
    auto next_in = [&](core::Topic topic, const std::string& exclude) -> const ui::ScenarioItem* {
        const ui::ScenarioItem* best = nullptr;
        auto rank = [](const ui::ScenarioItem& i) {
            return std::make_pair(i.done() ? 1 : 0, i.done() ? i.best_percent.value_or(0) : static_cast<double>(i.level));
        };
        for (const ui::ScenarioItem& i : items_) {
            if (!i.playable || i.topic != topic || i.id == exclude) continue;
            if (!best || rank(i) < rank(*best)) best = &i;
        }
        return best;
    };
    topics_.clear();
    const core::MasteryRow* rows = nullptr;
    if (progress_.report) rows = progress_.report->topics.data();
    continue_id_.clear();
    continue_title_.clear();
    for (std::size_t t = 0; t < core::all_topics.size(); ++t) {
        ui::TopicSummary s;
        s.topic = core::all_topics[t];
        for (const ui::ScenarioItem& i : items_)
            if (i.playable && i.topic == s.topic) {
                ++s.scenarios;
                if (i.done()) ++s.done;
            }
        if (rows && t < progress_.report->topics.size()) s.mastery = rows[t].mastery;
        if (const ui::ScenarioItem* n = next_in(s.topic, {})) {
            s.next_id = n->id;
            s.next_title = n->title;
            if (continue_id_.empty() && !n->done()) {
                continue_id_ = n->id;
                continue_title_ = n->title;
            }
        }
        topics_.push_back(std::move(s));
    }
    // Everything done at least once: continue with the weakest topic's suggestion.
    if (continue_id_.empty()) {
        const ui::TopicSummary* weakest = nullptr;
        for (const ui::TopicSummary& s : topics_)
            if (!s.next_id.empty() && (!weakest || s.mastery.value_or(0) < weakest->mastery.value_or(0)))
                weakest = &s;
        if (weakest) {
            continue_id_ = weakest->next_id;
            continue_title_ = weakest->next_title;
        }
    }
}

bool Game::poll(ui::Model& model) {
    auto events = watcher_.poll();
    if (events.empty()) return false;
    for (const script::WatchEvent& e : events) {
        if (e.kind == script::WatchEvent::Kind::removed) reloaded_.erase(e.file);
        else reloaded_.insert(e.file);
        switch (e.kind) {
            case script::WatchEvent::Kind::added: reload_message_ = e.file + " added"; break;
            case script::WatchEvent::Kind::changed: reload_message_ = e.file + " reloaded"; break;
            case script::WatchEvent::Kind::removed: reload_message_ = e.file + " removed"; break;
            case script::WatchEvent::Kind::broken:
                reload_message_ = e.file + " has errors" +
                                  (e.kept_last_good ? ": the last good version stays playable" : "");
                break;
        }
    }
    refresh_records();
    fill(model);
    return true;
}

// ---- playing ----------------------------------------------------------------------------------

std::int64_t Game::step_elapsed() const { return std::max<std::int64_t>(0, options_.steady_ms() - step_shown_ms_); }

void Game::start(const ui::StartScenario& s, ui::Model& model) {
    const script::CatalogEntry* e = playable(s.scenario_id);
    if (!e || !store_ || profile_uuid_.empty()) return;
    // A generated scenario offers several instances: practice rotates through them so a retry
    // brings new figures; an exam always sets the first.
    std::shared_ptr<const core::Scenario> scenario = e->scenario;
    std::uint64_t seed = options_.random_seed();
    if (scenario->generated && !e->instances.empty()) {
        const auto& inst = s.mode == core::AttemptMode::exam
                               ? e->instances.front()
                               : e->instances[static_cast<std::size_t>(stats_[s.scenario_id].finished) % e->instances.size()];
        scenario = inst.scenario;
        seed = inst.seed;
    }
    play_error_.clear();
    try {
        core::SessionOptions so;
        so.lang = lang_for(*scenario);
        so.hs = options_.hs;
        core::Session session(scenario, s.mode, seed, so);
        core::AttemptRecord a;
        a.uuid = store::new_uuid();
        a.profile_uuid = profile_uuid_;
        a.scenario_id = scenario->id;
        a.scenario_version = std::to_string(scenario->version);
        a.content_hash = e->content_hash;
        a.topic = std::string(core::topic_id(scenario->topic));
        a.seed = seed;
        a.mode = s.mode;
        a.started_ms = store_->now_ms();
        store_->begin_attempt(a);
        session_.emplace(std::move(session));
        attempt_ = a;
    } catch (const std::exception& ex) {
        model.play.error = ex.what();
        play_error_ = ex.what();
        return;
    }
    hints_.clear();
    step_shown_ms_ = options_.steady_ms();
    model.screen = ui::Screen::player;
    refresh_records();
}

void Game::resume(const std::string& attempt_uuid, ui::Model& model) {
    if (!store_) return;
    play_error_.clear();
    try {
        auto a = store_->attempt(attempt_uuid);
        if (!a || a->finished() || a->profile_uuid != profile_uuid_) return;
        const script::CatalogEntry* e = playable(a->scenario_id);
        std::shared_ptr<const core::Scenario> scenario = e ? instance(*e, a->seed) : nullptr;
        if (!scenario || e->content_hash != a->content_hash) {
            play_error_ = "This attempt cannot be resumed: its scenario has changed or is gone.";
            return;
        }
        const std::vector<core::AnswerRecord> rows = store_->answers(attempt_uuid);
        const core::Attempt at = attempt_from_rows(*a, rows, *scenario);
        // Hints taken on a step left unanswered. A row naming an answered step is stale (steps
        // are never revisited), and one naming a step the answers no longer lead to is ignored:
        // the attempt then resumes where its answers lead, as before the hints existed.
        std::optional<core::PendingHints> pending = store_->pending_hints(attempt_uuid);
        if (pending && std::any_of(rows.begin(), rows.end(),
                                   [&](const core::AnswerRecord& r) { return r.step_id == pending->step_id; }))
            pending.reset();
        std::optional<core::Session> s;
        if (pending) {
            // Stand on that step (past any briefs read before it); the hints are retaken below,
            // not by replay, because the player shows their texts.
            core::Attempt there = at;
            there.current_step = pending->step_id;
            try {
                s.emplace(core::replay(scenario, there, options_.hs));
            } catch (const core::AttemptError&) {
                pending.reset();
            }
        }
        if (!s) s.emplace(core::replay(scenario, at, options_.hs));
        std::vector<core::HintShown> shown;
        if (pending && s->current() && s->current()->id == pending->step_id && !s->answered())
            for (int i = 0; i < pending->hints; ++i) {
                auto h = s->take_hint();
                if (!h) break;  // the step offers fewer now: the content hash makes this unlikely
                shown.push_back(std::move(*h));
            }
        session_.emplace(std::move(*s));
        attempt_ = *a;
        hints_ = std::move(shown);
    } catch (const std::exception& ex) {
        play_error_ = std::string("This attempt cannot be resumed: ") + ex.what();
        return;
    }
    step_shown_ms_ = options_.steady_ms();
    model.screen = ui::Screen::player;
}

// Shows the step's next hint and records it at once as the step's pending hints, so leaving or
// a crash before the answer cannot shed its cost. A store failure keeps the hint on screen.
void Game::take_hint() {
    if (!session_ || !store_) return;  // a session in play always has a store (set_store)
    const core::Step* step = session_->current();
    auto h = session_->take_hint();
    if (!h || !step) return;
    hints_.push_back(std::move(*h));
    play_error_.clear();
    try {
        store_->record_pending_hints({attempt_.uuid, step->id, session_->hints_taken(), store_->now_ms()});
    } catch (const std::exception& ex) {
        play_error_ = std::string("The hint is shown but could not be saved: ") + ex.what();
    }
}

void Game::submit(const core::Answer& answer, ui::Model&) {
    if (!session_ || session_->finished() || session_->answered()) return;
    const core::Step* step = session_->current();
    if (!step->graded()) return;
    play_error_.clear();
    const std::int64_t spent = step_elapsed();
    try {
        // The session checks the answer first and changes nothing if it throws; then the
        // answer goes to the store at once, so a crash right after loses nothing.
        session_->submit(answer, spent);
        const core::StepRecord& r = session_->records().back();
        core::AnswerRecord row;
        row.attempt_uuid = attempt_.uuid;
        row.seq = static_cast<int>(session_->records().size()) - 1;
        row.step_id = r.step_id;
        row.step_kind = std::string(core::step_kind_id(r.kind));
        row.response = core::answer_to_json(r.answer).dump();
        row.option_id = r.option_id;
        row.score = r.grade.score;
        row.max = r.grade.max;
        row.hints = r.hints;
        row.time_ms = r.time_ms;
        row.answered_ms = store_->now_ms();
        for (const std::string& c : r.competencies) row.evidence.push_back({c, r.grade.score, r.grade.max});
        store_->record_answer(row);
    } catch (const store::StoreError& ex) {
        play_error_ = std::string("Your answer was graded but could not be saved: ") + ex.what();
    } catch (const std::exception& ex) {
        play_error_ = ex.what();
    }
}

void Game::next(ui::Model& model) {
    if (!session_ || session_->finished()) return;
    try {
        session_->advance();
    } catch (const std::exception& ex) {
        play_error_ = ex.what();
        return;
    }
    hints_.clear();
    step_shown_ms_ = options_.steady_ms();
    if (!session_->finished()) return;
    const core::SessionResult result = session_->result();
    try {
        const std::int64_t now = store_->now_ms();
        store_->finish_attempt(attempt_.uuid, now, result.score, result.max);
        attempt_.finished_ms = now;
        attempt_.score = result.score;
        attempt_.max = result.max;
    } catch (const std::exception& ex) {
        play_error_ = std::string("The attempt could not be closed in the progress file: ") + ex.what();
        return;
    }
    refresh_records();
    debrief_from_session(*session_, attempt_);
    session_.reset();
    model.screen = ui::Screen::debrief;
}

void Game::leave(ui::Model& model) {
    session_.reset();
    hints_.clear();
    play_error_.clear();
    refresh_records();
    if (model.screen == ui::Screen::player) model.screen = ui::Screen::start;
}

// ---- intents and the model --------------------------------------------------------------------

bool Game::apply(const ui::Intent& intent, ui::Model& model) {
    bool handled = true;
    std::visit(
        [&](const auto& i) {
            using I = std::decay_t<decltype(i)>;
            if constexpr (std::is_same_v<I, ui::StartScenario>) start(i, model);
            else if constexpr (std::is_same_v<I, ui::ResumeAttempt>) resume(i.attempt_uuid, model);
            else if constexpr (std::is_same_v<I, ui::TakeHint>) take_hint();
            else if constexpr (std::is_same_v<I, ui::SubmitAnswer>) submit(i.answer, model);
            else if constexpr (std::is_same_v<I, ui::NextStep>) next(model);
            else if constexpr (std::is_same_v<I, ui::LeaveAttempt>) leave(model);
            else if constexpr (std::is_same_v<I, ui::OpenDebrief>) open_debrief(i.attempt_uuid, model);
            else handled = false;
        },
        intent);
    if (handled) fill(model);
    return handled;
}

void Game::fill(ui::Model& model) const {
    model.scenarios = items_;
    model.scenario_count = static_cast<int>(
        std::count_if(items_.begin(), items_.end(), [](const ui::ScenarioItem& i) { return i.playable; }));
    model.catalog_problems.clear();
    for (const core::Diagnostic& d : watcher_.catalog().problems)
        model.catalog_problems.push_back(core::format_diagnostic(d));
    model.reload_message = reload_message_;
    model.topics = topics_;
    model.resumable = resumable_;
    model.review = review_;
    model.continue_id = continue_id_;
    model.continue_title = continue_title_;
    model.progress = progress_;
    model.debrief = debrief_;
    model.play = {};
    model.play.error = play_error_;
    if (session_) {
        model.play.session = &*session_;
        model.play.attempt_uuid = attempt_.uuid;
        model.play.title = session_->scenario().title.get(lang_for(session_->scenario()));
        model.play.hints = hints_;
        model.play.step_number = static_cast<int>(session_->visited().size());
        model.play.graded_steps = static_cast<int>(std::count_if(
            session_->scenario().steps.begin(), session_->scenario().steps.end(),
            [](const core::Step& s) { return s.graded(); }));
    }
    fill_clock(model);
}

void Game::fill_clock(ui::Model& model) const {
    if (!session_) return;
    const core::Step* step = session_->current();
    const std::int64_t on_step = session_->answered() || !step ? 0 : step_elapsed();
    model.play.step_elapsed_ms = on_step;
    model.play.attempt_elapsed_ms = session_->elapsed_ms() + on_step;
    model.play.step_left_ms.reset();
    model.play.attempt_left_ms.reset();
    if (const auto& limit = session_->scenario().time_limit_ms)
        model.play.attempt_left_ms = std::max<std::int64_t>(0, *limit - model.play.attempt_elapsed_ms);
    if (step && step->time_limit_ms) model.play.step_left_ms = std::max<std::int64_t>(0, *step->time_limit_ms - on_step);
    // The scenario's limit binds the step too when it comes first.
    if (model.play.attempt_left_ms &&
        (!model.play.step_left_ms || *model.play.attempt_left_ms < *model.play.step_left_ms))
        model.play.step_left_ms = model.play.attempt_left_ms;
}

int Game::tick_ms() const {
    if (!session_ || session_->answered()) return -1;
    const core::Step* step = session_->current();
    if (!step || !step->graded()) return -1;
    const std::int64_t on_step = step_elapsed();
    const bool countdown = step->time_limit_ms || session_->scenario().time_limit_ms;
    const std::int64_t period = countdown ? 1000 : 60000;
    return static_cast<int>(period - on_step % period) + 1;
}

}  // namespace clearance::app
