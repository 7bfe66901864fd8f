// The game without a window: the intents a trainee's clicks produce, applied to the bundled
// scenarios and a real progress file, and what lands in the store and in the model.

#include <doctest/doctest.h>

#include "../store/store_fixture.h"
#include "app/game.h"
#include "core/answer_derive.h"
#include "core/hs_nomenclature.h"
#include "core/scenario_grading.h"
#include "store/sqlite_db.h"

using namespace clearance;
using namespace clearance::store::testing;

namespace {

const std::filesystem::path bundled = CLEARANCE_SOURCE_ROOT "/scenarios/lua";
constexpr const char* coffee = "classification/coffee_subheadings";

const core::HsNomenclature& hs() {
    static const core::HsNomenclature n = core::HsNomenclature::load(CLEARANCE_SOURCE_ROOT "/assets/hs");
    return n;
}

// A trainee at a game over `folders`, with a clock the test moves.
struct Table {
    TempDir dir;
    ManualClock wall;
    std::shared_ptr<std::int64_t> steady = std::make_shared<std::int64_t>(0);
    store::Store store = store::Store::open(dir / "progress.sqlite3", test_options(wall));
    std::string trainee = store.create_profile("Amina").uuid;
    ui::Model model;

    app::GameOptions options(std::vector<std::filesystem::path> folders) {
        app::GameOptions o;
        o.folders = std::move(folders);
        o.hs = &hs();
        auto t = steady;
        o.steady_ms = [t] { return *t; };
        o.random_seed = [] { return std::uint64_t{7}; };
        return o;
    }
    std::unique_ptr<app::Game> game(std::vector<std::filesystem::path> folders = {bundled}) {
        auto g = std::make_unique<app::Game>(options(std::move(folders)));
        g->set_store(&store);
        g->set_profile(trainee, "en");
        g->fill(model);
        return g;
    }
};

core::Answer perfect(const core::Session& s) {
    core::GradeContext ctx;
    ctx.hs = &hs();
    auto a = core::perfect_answer(s.scenario(), *s.current(), ctx);
    REQUIRE(a);
    return *a;
}

// Plays on until the session finishes, perfectly, `ms_per_step` on each step.
void play_to_end(app::Game& g, ui::Model& m, std::int64_t& steady, std::int64_t ms_per_step = 1000) {
    while (const core::Session* s = g.session()) {
        if (s->current()->graded() && !s->answered()) {
            steady += ms_per_step;
            g.apply(ui::SubmitAnswer{perfect(*s)}, m);
        }
        g.apply(ui::NextStep{}, m);
    }
}

const ui::ScenarioItem* item(const ui::Model& m, const std::string& id) {
    for (const ui::ScenarioItem& i : m.scenarios)
        if (i.id == id) return &i;
    return nullptr;
}

}  // namespace

TEST_SUITE("app") {

TEST_CASE("a scenario played perfectly through the game's intents is stored with full marks and debriefed") {
    Table t;
    auto g = t.game();
    REQUIRE(item(t.model, coffee));
    CHECK(item(t.model, coffee)->playable);
    CHECK_FALSE(item(t.model, coffee)->done());

    g->apply(ui::StartScenario{coffee}, t.model);
    REQUIRE(t.model.play.session);
    CHECK(t.model.screen == ui::Screen::player);
    CHECK(t.model.play.title == "Coffee, roasted or not");
    // The attempt exists in the store before the first answer.
    auto open = t.store.unfinished_attempts(t.trainee);
    REQUIRE(open.size() == 1);
    CHECK(open[0].attempt.scenario_id == coffee);

    play_to_end(*g, t.model, *t.steady, 2500);
    CHECK(t.model.screen == ui::Screen::debrief);
    CHECK_FALSE(t.model.play.session);

    auto attempts = t.store.attempts(t.trainee);
    REQUIRE(attempts.size() == 1);
    CHECK(attempts[0].finished());
    CHECK(attempts[0].max > 0);
    CHECK(attempts[0].score == doctest::Approx(attempts[0].max));
    const auto rows = t.store.answers(attempts[0].uuid);
    REQUIRE(rows.size() >= 3);
    CHECK(rows[0].step_id == "roasted");
    CHECK(rows[0].step_kind == "classify");
    CHECK(rows[0].response == R"({"code":"0901.21"})");
    CHECK(rows[0].time_ms == 2500);  // the game's clock, not a guess
    CHECK_FALSE(rows[0].evidence.empty());

    const ui::DebriefState& d = t.model.debrief;
    CHECK(d.attempt_uuid == attempts[0].uuid);
    CHECK(d.replayed);
    CHECK(d.score == doctest::Approx(attempts[0].score));
    REQUIRE(d.steps.size() == rows.size());
    CHECK(d.steps[0].answer == "0901.21");
    CHECK(d.steps[0].key == "0901.21");
    CHECK_FALSE(d.steps[0].explanation.empty());
    CHECK_FALSE(d.competencies.empty());
    CHECK_FALSE(d.suggest_retry);
    CHECK(d.next_id != coffee);

    // Home and the browser now count it as done.
    CHECK(item(t.model, coffee)->done());
    CHECK(item(t.model, coffee)->best_percent == doctest::Approx(100.0));
    CHECK(t.model.topics[0].done == 1);
    REQUIRE(t.model.progress.report);
    CHECK(t.model.progress.report->finished == 1);
    REQUIRE(t.model.progress.history.size() == 1);
}

TEST_CASE("a wrong answer and a hint cost points, and both are in the store") {
    Table t;
    auto g = t.game();
    g->apply(ui::StartScenario{"classification/tv_retail_set"}, t.model);
    REQUIRE(g->session());
    // Walk to the first graded step, take a hint there, answer a wrong code.
    while (!g->session()->current()->graded()) g->apply(ui::NextStep{}, t.model);
    g->apply(ui::TakeHint{}, t.model);
    REQUIRE(t.model.play.hints.size() == 1);
    CHECK(t.model.play.hints[0].number == 1);
    g->apply(ui::SubmitAnswer{core::ClassifyAnswer{"0901.21"}}, t.model);
    REQUIRE(g->session()->answered());
    const auto rows = t.store.answers(t.model.play.attempt_uuid);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].hints == 1);
    CHECK(rows[0].score < rows[0].max);
    // The feedback of a practice attempt shows at once.
    REQUIRE(t.model.play.session->feedback());
    CHECK_FALSE(t.model.play.session->feedback()->full_marks());
}

TEST_CASE("an attempt left half-way is offered on Home and resumes on the step it stood at") {
    Table t;
    std::string uuid;
    {
        auto g = t.game();
        g->apply(ui::StartScenario{coffee}, t.model);
        uuid = t.model.play.attempt_uuid;
        g->apply(ui::NextStep{}, t.model);  // past the brief
        *t.steady += 4000;
        g->apply(ui::SubmitAnswer{core::ClassifyAnswer{"0901.21"}}, t.model);
        g->apply(ui::NextStep{}, t.model);
        CHECK(g->session()->current()->id == "decaf");
        g->apply(ui::LeaveAttempt{}, t.model);
        CHECK(t.model.screen == ui::Screen::start);
        CHECK_FALSE(t.model.play.session);
    }
    // A new window: the game knows nothing but what the store kept.
    ui::Model fresh;
    t.model = fresh;
    auto g = t.game();
    REQUIRE(t.model.resumable.size() == 1);
    CHECK(t.model.resumable[0].attempt_uuid == uuid);
    CHECK(t.model.resumable[0].answered == 1);
    CHECK(t.model.resumable[0].playable);
    CHECK(t.model.resumable[0].title == "Coffee, roasted or not");

    g->apply(ui::ResumeAttempt{uuid}, t.model);
    REQUIRE(g->session());
    CHECK(t.model.screen == ui::Screen::player);
    CHECK(g->session()->current()->id == "decaf");
    REQUIRE(g->session()->records().size() == 1);
    CHECK(g->session()->records()[0].time_ms == 4000);
    play_to_end(*g, t.model, *t.steady);
    auto a = t.store.attempt(uuid);
    REQUIRE(a);
    CHECK(a->finished());
    CHECK(a->score == doctest::Approx(a->max));
    CHECK(t.model.resumable.empty());
}

TEST_CASE("hints taken on a step left unanswered come back on resume, and the answer is charged for them") {
    constexpr const char* tv = "classification/tv_retail_set";
    Table t;
    std::string uuid, hint_text;
    {
        auto g = t.game();
        g->apply(ui::StartScenario{tv}, t.model);
        uuid = t.model.play.attempt_uuid;
        while (!g->session()->current()->graded()) g->apply(ui::NextStep{}, t.model);
        REQUIRE(g->session()->current()->id == "hs");
        g->apply(ui::TakeHint{}, t.model);
        REQUIRE(t.model.play.hints.size() == 1);
        hint_text = t.model.play.hints[0].text;
        CHECK_FALSE(hint_text.empty());
        CHECK(t.model.play.error.empty());
        g->apply(ui::LeaveAttempt{}, t.model);
    }
    // The hint reached the store before any answer did.
    CHECK(t.store.answers(uuid).empty());
    const auto pending = t.store.pending_hints(uuid);
    REQUIRE(pending);
    CHECK(pending->step_id == "hs");
    CHECK(pending->hints == 1);

    // A new window: the game knows nothing but what the store kept.
    ui::Model fresh;
    t.model = fresh;
    auto g = t.game();
    g->apply(ui::ResumeAttempt{uuid}, t.model);
    REQUIRE(g->session());
    CHECK(g->session()->current()->id == "hs");
    CHECK(g->session()->hints_taken() == 1);
    REQUIRE(t.model.play.hints.size() == 1);
    CHECK(t.model.play.hints[0].number == 1);
    CHECK(t.model.play.hints[0].text == hint_text);
    g->apply(ui::SubmitAnswer{core::ClassifyAnswer{"8528.72"}}, t.model);
    REQUIRE(g->session()->answered());
    const double hint_cost = g->session()->records().back().hint_cost;
    const auto hinted = t.store.answers(uuid);
    REQUIRE(hinted.size() == 1);
    CHECK(hinted[0].hints == 1);
    CHECK_FALSE(t.store.pending_hints(uuid));  // the answer carries them now
    g->apply(ui::LeaveAttempt{}, t.model);

    // The same answer with no hint, in another attempt, scores the cost more.
    g->apply(ui::StartScenario{tv}, t.model);
    const std::string clean_uuid = t.model.play.attempt_uuid;
    REQUIRE(clean_uuid != uuid);
    while (!g->session()->current()->graded()) g->apply(ui::NextStep{}, t.model);
    g->apply(ui::SubmitAnswer{core::ClassifyAnswer{"8528.72"}}, t.model);
    const auto clean = t.store.answers(clean_uuid);
    REQUIRE(clean.size() == 1);
    CHECK(clean[0].hints == 0);
    CHECK(clean[0].score == doctest::Approx(clean[0].max));
    CHECK(hint_cost > 0);
    CHECK(hinted[0].score < clean[0].score);
    CHECK(hinted[0].score == doctest::Approx(clean[0].score - hint_cost));
}

TEST_CASE("pending hints for a step the attempt's answers do not lead to are ignored on resume") {
    Table t;
    auto g = t.game();
    g->apply(ui::StartScenario{"classification/tv_retail_set"}, t.model);
    const std::string uuid = t.model.play.attempt_uuid;
    while (!g->session()->current()->graded()) g->apply(ui::NextStep{}, t.model);
    g->apply(ui::LeaveAttempt{}, t.model);
    t.store.record_pending_hints({uuid, "rule", 1, 0});  // "rule" comes after "hs", unanswered
    g->apply(ui::ResumeAttempt{uuid}, t.model);
    REQUIRE(g->session());
    CHECK(t.model.play.error.empty());
    CHECK(g->session()->current()->id == "intro");  // where no answers lead: the start, as before
    CHECK(g->session()->hints_taken() == 0);
    CHECK(t.model.play.hints.empty());
}

TEST_CASE("a hint the store cannot record stays on screen with the store's error, and the next one records both") {
    Table t;
    auto g = t.game();
    g->apply(ui::StartScenario{"classification/tv_retail_set"}, t.model);
    const std::string uuid = t.model.play.attempt_uuid;
    while (!g->session()->current()->graded()) g->apply(ui::NextStep{}, t.model);
    {
        // Another program holds the write lock for longer than the store waits (200 ms here).
        store::detail::Connection other(t.dir / "progress.sqlite3", store::detail::open_read_write, 100);
        other.exec("BEGIN IMMEDIATE");
        g->apply(ui::TakeHint{}, t.model);
        REQUIRE(t.model.play.hints.size() == 1);
        CHECK(t.model.play.error.find("hint is shown but could not be saved") != std::string::npos);
        CHECK_FALSE(t.store.pending_hints(uuid));
        other.exec("ROLLBACK");
    }
    g->apply(ui::TakeHint{}, t.model);
    REQUIRE(t.model.play.hints.size() == 2);
    CHECK(t.model.play.error.empty());
    REQUIRE(t.store.pending_hints(uuid));
    CHECK(t.store.pending_hints(uuid)->hints == 2);  // the total, so the first one is counted too
}

TEST_CASE("a finished attempt's debrief reopens from progress, and says so when the scenario changed") {
    Table t;
    const auto folder = t.dir / "scenarios";
    std::filesystem::create_directories(folder / "classification");
    const auto file = folder / "classification" / "coffee_subheadings.lua";
    std::filesystem::copy_file(bundled / "classification" / "coffee_subheadings.lua", file);
    auto g = t.game({folder});
    g->apply(ui::StartScenario{coffee}, t.model);
    g->apply(ui::NextStep{}, t.model);
    g->apply(ui::SubmitAnswer{core::ClassifyAnswer{"0901.11"}}, t.model);  // wrong: that is green coffee
    play_to_end(*g, t.model, *t.steady);
    const ui::DebriefState first = t.model.debrief;
    REQUIRE(first.steps.size() >= 3);
    CHECK(first.steps[0].answer == "0901.11");
    CHECK(first.steps[0].key == "0901.21");
    CHECK(first.score < first.max);
    // Retry is suggested below 80 % of the points, and only then.
    CHECK(first.suggest_retry == (first.score / first.max < 0.8));

    t.model.debrief = {};
    t.model.screen = ui::Screen::progress;
    REQUIRE(t.model.progress.history.size() == 1);
    g->apply(ui::OpenDebrief{t.model.progress.history[0].attempt.uuid}, t.model);
    CHECK(t.model.screen == ui::Screen::debrief);
    CHECK(t.model.debrief.replayed);
    CHECK(t.model.debrief.score == doctest::Approx(first.score));
    REQUIRE(t.model.debrief.steps.size() == first.steps.size());
    CHECK(t.model.debrief.steps[0].answer == "0901.11");
    CHECK(t.model.debrief.steps[0].key == "0901.21");

    // The author edits the scenario: the old attempt cannot be replayed on the new text.
    std::string text = file_bytes(file);
    text.replace(text.find("version = 1"), 11, "version = 2");
    write_bytes(file, text);
    std::filesystem::last_write_time(file, std::filesystem::last_write_time(file) + std::chrono::seconds(2));
    CHECK(g->poll(t.model));
    CHECK(t.model.reload_message == "classification/coffee_subheadings.lua reloaded");
    CHECK(item(t.model, coffee)->reloaded);
    g->apply(ui::OpenDebrief{t.model.progress.history[0].attempt.uuid}, t.model);
    CHECK_FALSE(t.model.debrief.replayed);
    CHECK_FALSE(t.model.debrief.note.empty());
    CHECK(t.model.debrief.score == doctest::Approx(first.score));
    CHECK(t.model.debrief.steps.size() == first.steps.size());
}

TEST_CASE("a scenario with points missed comes back for review a day later, and a full review spaces it out") {
    Table t;
    auto g = t.game();
    CHECK(t.model.review.empty());
    g->apply(ui::StartScenario{coffee}, t.model);
    g->apply(ui::NextStep{}, t.model);
    g->apply(ui::SubmitAnswer{core::ClassifyAnswer{"0901.11"}}, t.model);  // wrong: that is green coffee
    play_to_end(*g, t.model, *t.steady);
    const std::int64_t first_end = *t.store.attempts(t.trainee).back().finished_ms;
    REQUIRE(t.model.review.size() == 1);
    CHECK(t.model.review[0].scenario_id == coffee);
    CHECK(t.model.review[0].title == "Coffee, roasted or not");
    CHECK(t.model.review[0].last_percent < 100);
    CHECK(t.model.review[0].due_ms == first_end + core::review_day_ms);

    // The next day the trainee reviews it, in review mode (feedback and hints, as practice), in full.
    t.wall.advance(core::review_day_ms);
    g->apply(ui::StartScenario{coffee, core::AttemptMode::review}, t.model);
    REQUIRE(t.model.play.session);
    CHECK(t.model.play.session->mode() == core::AttemptMode::review);
    play_to_end(*g, t.model, *t.steady);
    const auto attempts = t.store.attempts(t.trainee);
    REQUIRE(attempts.size() == 2);
    CHECK(attempts[1].mode == core::AttemptMode::review);
    CHECK(attempts[1].score == doctest::Approx(attempts[1].max));
    REQUIRE(t.model.review.size() == 1);
    CHECK(t.model.review[0].due_ms == *attempts[1].finished_ms + 3 * core::review_day_ms);
}

TEST_CASE("a generated scenario worked as a shift keeps its verdicts for the debrief") {
    Table t;
    auto g = t.game();
    const std::string shift_id = "security/selectivity_generated";
    REQUIRE(item(t.model, shift_id));
    CHECK(item(t.model, shift_id)->generated);
    CHECK_FALSE(item(t.model, coffee)->generated);
    g->apply(ui::StartScenario{shift_id, core::AttemptMode::shift}, t.model);
    REQUIRE(t.model.play.session);
    const core::Session& s = *t.model.play.session;
    CHECK(s.mode() == core::AttemptMode::shift);
    CHECK(s.scenario().generated);
    while (t.model.play.session && !t.model.play.session->current()->graded()) g->apply(ui::NextStep{}, t.model);
    REQUIRE(t.model.play.session);
    g->apply(ui::SubmitAnswer{perfect(*t.model.play.session)}, t.model);
    CHECK(t.model.play.session->answered());
    CHECK_FALSE(t.model.play.session->feedback());  // the verdict waits for the debrief
    play_to_end(*g, t.model, *t.steady);
    CHECK(t.model.screen == ui::Screen::debrief);
    CHECK(t.store.attempts(t.trainee).back().mode == core::AttemptMode::shift);
}

TEST_CASE("a broken edit shows its diagnostic in the list and keeps the last good version playable") {
    Table t;
    const auto folder = t.dir / "scenarios";
    std::filesystem::create_directories(folder);
    const auto file = folder / "coffee.lua";
    std::filesystem::copy_file(bundled / "classification" / "coffee_subheadings.lua", file);
    auto g = t.game({folder});
    REQUIRE(t.model.scenarios.size() == 1);
    CHECK(t.model.scenarios[0].errors == 0);

    std::string text = file_bytes(file);
    text.replace(text.find("level = \"basic\""), 15, "level = \"expert\"");
    write_bytes(file, text);
    std::filesystem::last_write_time(file, std::filesystem::last_write_time(file) + std::chrono::seconds(2));
    CHECK(g->poll(t.model));
    REQUIRE(t.model.scenarios.size() == 1);
    const ui::ScenarioItem& s = t.model.scenarios[0];
    CHECK(s.errors > 0);
    CHECK(s.playable);  // the last good version
    REQUIRE_FALSE(s.diagnostics.empty());
    CHECK(s.diagnostics[0].find("coffee.lua:") == 0);
    CHECK(s.diagnostics[0].find("expert") != std::string::npos);
    CHECK(t.model.reload_message.find("has errors") != std::string::npos);
    CHECK_FALSE(g->poll(t.model));  // nothing changed since
}

TEST_CASE("Home's topics point at the next scenario, and Continue at one not done yet") {
    Table t;
    auto g = t.game();
    REQUIRE(t.model.topics.size() == core::all_topics.size());
    const ui::TopicSummary& classification = t.model.topics[0];
    CHECK(classification.topic == core::Topic::classification);
    CHECK(classification.scenarios == 2);
    CHECK(classification.done == 0);
    CHECK_FALSE(classification.mastery);
    REQUIRE_FALSE(classification.next_id.empty());
    REQUIRE_FALSE(t.model.continue_id.empty());
    const std::string first = classification.next_id;
    g->apply(ui::StartScenario{first}, t.model);
    play_to_end(*g, t.model, *t.steady);
    const ui::TopicSummary& after = t.model.topics[0];
    CHECK(after.done == 1);
    REQUIRE(after.mastery);
    CHECK(*after.mastery == doctest::Approx(1.0));
    CHECK(after.next_id != first);  // the other classification scenario, not done yet
    CHECK(t.model.continue_id != first);
}

TEST_CASE("intents that need a trainee or a playable scenario change nothing") {
    Table t;
    auto g = t.game();
    g->apply(ui::StartScenario{"no/such"}, t.model);
    CHECK_FALSE(g->session());
    CHECK(t.model.screen == ui::Screen::start);
    g->apply(ui::SubmitAnswer{core::ClassifyAnswer{"0901.21"}}, t.model);
    g->apply(ui::NextStep{}, t.model);
    g->apply(ui::ResumeAttempt{"00000000-0000-0000-0000-000000000000"}, t.model);
    CHECK_FALSE(g->session());
    CHECK(t.store.attempts(t.trainee).empty());
    g->set_profile({}, "en");
    g->apply(ui::StartScenario{coffee}, t.model);
    CHECK_FALSE(g->session());
}

}  // TEST_SUITE

TEST_SUITE("app") {

TEST_CASE("the player's clock wakes the window at the next whole minute, and not once answered") {
    Table t;
    auto g = t.game();
    CHECK(g->tick_ms() == -1);  // nothing in play
    g->apply(ui::StartScenario{coffee}, t.model);
    CHECK(g->tick_ms() == -1);  // a briefing has no clock
    g->apply(ui::NextStep{}, t.model);
    *t.steady += 30'000;
    CHECK(g->tick_ms() == 30'001);
    g->fill_clock(t.model);
    CHECK(t.model.play.step_elapsed_ms == 30'000);
    CHECK_FALSE(t.model.play.step_left_ms);  // no time limit in this scenario
    g->apply(ui::SubmitAnswer{core::ClassifyAnswer{"0901.21"}}, t.model);
    CHECK(g->tick_ms() == -1);
}

}  // TEST_SUITE
