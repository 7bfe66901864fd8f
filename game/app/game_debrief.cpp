// Game's debriefs: a finished attempt's answers beside the keys, from the session that just
// ended or rebuilt from the store's rows, and what to suggest next. See game.h.
#include "app/game.h"

#include "core/answer_derive.h"
#include "core/answer_text.h"
#include "core/attempt.h"
#include "core/json.h"

#include <map>

namespace clearance::app {

namespace {

// Below this share of the points the debrief suggests another try before moving on.
constexpr double retry_below_percent = 80.0;

}  // namespace

void Game::suggest_next(const std::string& scenario_id, core::Topic topic, double pct) {
    debrief_.suggest_retry = pct < retry_below_percent;
    debrief_.next_id.clear();
    debrief_.next_title.clear();
    // The next scenario in the same topic not done yet; else the next not done anywhere.
    for (int pass = 0; pass < 2 && debrief_.next_id.empty(); ++pass)
        for (const ui::ScenarioItem& i : items_)
            if (i.playable && !i.done() && i.id != scenario_id && (pass == 1 || i.topic == topic)) {
                debrief_.next_id = i.id;
                debrief_.next_title = i.title;
                break;
            }
}

void Game::debrief_from_session(const core::Session& session, const core::AttemptRecord& attempt) {
    const core::Scenario& sc = session.scenario();
    const std::string lang = lang_for(sc);
    const core::SessionResult result = session.result();
    debrief_ = {};
    debrief_.attempt_uuid = attempt.uuid;
    debrief_.scenario_id = sc.id;
    debrief_.title = sc.title.get(lang);
    debrief_.mode = attempt.mode;
    debrief_.finished_ms = attempt.finished_ms.value_or(0);
    debrief_.time_ms = result.time_ms;
    debrief_.score = result.score;
    debrief_.max = result.max;
    core::GradeContext ctx;
    ctx.hs = options_.hs;
    for (const core::StepRecord& r : result.steps) {
        const core::Step* step = sc.find_step(r.step_id);
        if (!step) continue;
        ui::DebriefStep d;
        d.step_id = r.step_id;
        d.kind = r.kind;
        d.title = step->title.get(lang);
        d.prompt = step->prompt.get(lang);
        d.answer = core::answer_summary(sc, *step, r.answer, lang);
        try {
            if (auto key = core::perfect_answer(sc, *step, ctx)) d.key = core::answer_summary(sc, *step, *key, lang);
        } catch (const std::exception&) {
            // A key the engines reject was reported when the scenario was linted; show none.
        }
        d.score = r.grade.score;
        d.max = r.grade.max;
        d.hints = r.hints;
        d.time_ms = r.time_ms;
        d.late = r.late;
        d.feedback = r.grade.feedback;
        d.explanation = step->explanation.get(lang);
        d.references = step->references;
        debrief_.steps.push_back(std::move(d));
    }
    for (const auto& [key, tally] : result.competencies)
        debrief_.competencies.push_back({key, 1, tally.score, tally.max, tally.max > 0 ? std::optional(tally.score / tally.max) : std::nullopt});
    suggest_next(sc.id, sc.topic, percent(result.score, result.max).value_or(0));
}

// A scenario that changed since the attempt cannot replay it: the debrief shows what the store
// kept (each answer and its score) without keys or explanations, and says why.
void Game::debrief_from_rows(const core::AttemptRecord& attempt, const std::vector<core::AnswerRecord>& rows,
                             const std::string& note) {
    debrief_ = {};
    debrief_.attempt_uuid = attempt.uuid;
    debrief_.scenario_id = attempt.scenario_id;
    debrief_.title = title_of(attempt.scenario_id);
    debrief_.mode = attempt.mode;
    debrief_.finished_ms = attempt.finished_ms.value_or(0);
    debrief_.score = attempt.score;
    debrief_.max = attempt.max;
    debrief_.replayed = false;
    debrief_.note = note;
    std::map<std::string, core::MasteryRow> comps;
    for (const core::AnswerRecord& r : rows) {
        ui::DebriefStep d;
        d.step_id = r.step_id;
        d.kind = core::parse_step_kind(r.step_kind).value_or(core::StepKind::brief);
        d.title = r.step_id;
        d.answer = r.option_id.empty() ? r.response : r.option_id;
        d.score = r.score;
        d.max = r.max;
        d.hints = r.hints;
        d.time_ms = r.time_ms;
        debrief_.time_ms += r.time_ms;
        for (const core::CompetencyEvidence& ev : r.evidence) {
            core::MasteryRow& m = comps[ev.competency];
            m.key = ev.competency;
            ++m.count;
            m.score += ev.score;
            m.max += ev.max;
        }
        debrief_.steps.push_back(std::move(d));
    }
    for (auto& [key, m] : comps) {
        if (m.max > 0) m.mastery = m.score / m.max;
        debrief_.competencies.push_back(m);
    }
    const script::CatalogEntry* e = playable(attempt.scenario_id);
    suggest_next(attempt.scenario_id, e ? e->scenario->topic : core::Topic::classification,
                 percent(attempt.score, attempt.max).value_or(0));
}

void Game::open_debrief(const std::string& attempt_uuid, ui::Model& model) {
    if (!store_) return;
    try {
        auto a = store_->attempt(attempt_uuid);
        if (!a || !a->finished() || a->profile_uuid != profile_uuid_) return;
        const auto rows = store_->answers(attempt_uuid);
        const script::CatalogEntry* e = playable(a->scenario_id);
        std::shared_ptr<const core::Scenario> scenario = e ? instance(*e, a->seed) : nullptr;
        std::string note;
        if (!scenario) note = "The scenario is no longer in the scenario folders: only the scores are shown.";
        else if (e->content_hash != a->content_hash)
            note = "The scenario has changed since this attempt: only the scores are shown.";
        if (note.empty()) {
            debrief_from_session(core::replay(scenario, attempt_from_rows(*a, rows, *scenario), options_.hs), *a);
        } else {
            debrief_from_rows(*a, rows, note);
        }
    } catch (const std::exception& ex) {
        play_error_ = std::string("This debrief cannot be shown: ") + ex.what();
        return;
    }
    model.screen = ui::Screen::debrief;
}

}  // namespace clearance::app
