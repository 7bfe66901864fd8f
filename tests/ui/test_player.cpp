// The player screen drawn headless against a real core::Session on the fixture scenario: what
// each button and key emits, what shows after an answer in each mode, that a new step or attempt
// starts a fresh draft; and, with the debrief, that French leaves nothing untranslated and that
// every theme and size draws with ImGui's stacks balanced and the actions on screen.
#include "ui/document_view.h"
#include "ui/i18n.h"
#include "ui_play_fixture.h"

using namespace clearance;
using namespace uiplay;

namespace {

// Draws every step panel and the documents once in the current language, so that strings the
// components lack (another file's business) are already counted before a screen is measured.
void warm_components(uitest::Harness& h, const core::Scenario& sc) {
    for (const core::Step& step : sc.steps)
        for (bool locked : {false, true}) {
            ui::StepPanel panel;
            ui::PanelContext ctx;
            ctx.scenario = &sc;
            ctx.step = &step;
            ctx.hs = &uifixture::hs();
            ctx.locked = locked;
            h.frame([&] { panel.draw(ctx); });
            (void)panel.blocker();
        }
    ui::DocumentView docs;
    const auto all = uifixture::pointers(sc);
    for (bool inspect : {false, true}) {
        ui::DocumentViewOptions o;
        o.inspect = inspect;
        for (const core::Document& d : sc.documents) {
            docs.open_tab(d.id);
            h.frame([&] { docs.draw(all, o); });
            h.frame([&] { docs.draw(all, o); });
        }
        h.frame([&] { docs.draw({}, o); });
    }
}

}  // namespace

TEST_SUITE("ui") {

TEST_CASE("the player submits the drafted code, and not while the draft has a blocker") {
    uitest::Harness h;
    ui::set_probing(true);
    const auto sc = uifixture::scenario();
    Play p(sc);
    p.go_to("hs");
    std::vector<ui::Intent> out;
    h.frame(player(p.model, out));
    CHECK_FALSE(ui::player_step_panel().blocker().empty());  // nothing typed yet
    auto submit = probe_named("player.submit");
    REQUIRE(submit);
    h.click(centre(*submit), player(p.model, out));
    CHECK(count<ui::SubmitAnswer>(out) == 0);

    classify_draft().set_code("8517.13");
    h.frame(player(p.model, out));
    submit = probe_named("player.submit");
    REQUIRE(submit);
    h.click(centre(*submit), player(p.model, out));
    REQUIRE(count<ui::SubmitAnswer>(out) == 1);
    const auto& a = std::get<ui::SubmitAnswer>(out.back()).answer;
    REQUIRE(std::holds_alternative<core::ClassifyAnswer>(a));
    CHECK(std::get<core::ClassifyAnswer>(a).code == "8517.13");
    CHECK(count<ui::NextStep>(out) == 0);
    ui::set_probing(false);
}

TEST_CASE("after an answer in practice the feedback card shows and Next, Enter or Space moves on") {
    uitest::Harness h;
    ui::set_probing(true);
    const auto sc = uifixture::scenario();
    Play p(sc);
    p.go_to("hs");
    std::vector<ui::Intent> out;
    h.frame(player(p.model, out));
    CHECK_FALSE(probe_named("player.feedback"));
    CHECK_FALSE(probe_named("player.next"));

    p.session.submit(core::ClassifyAnswer{"8517.12"}, 4000);  // the heading only: partly right
    REQUIRE(p.session.feedback());
    h.frame(player(p.model, out));
    CHECK(probe_named("player.feedback"));
    CHECK_FALSE(probe_named("player.recorded"));
    CHECK_FALSE(probe_named("player.submit"));
    const auto next = probe_named("player.next");
    REQUIRE(next);
    h.click(centre(*next), player(p.model, out));
    CHECK(count<ui::NextStep>(out) == 1);
    CHECK(count<ui::SubmitAnswer>(out) == 0);

    out.clear();
    h.press(ImGuiKey_Enter, player(p.model, out));
    CHECK(count<ui::NextStep>(out) == 1);
    out.clear();
    h.press(ImGuiKey_Space, player(p.model, out));
    CHECK(count<ui::NextStep>(out) == 1);
    ui::set_probing(false);
}

TEST_CASE("in an exam the answer is only recorded and no hint is offered") {
    auto sc = uifixture::scenario();
    sc.steps[1].hints = {{core::Text("Phones are in chapter 85."), 0.5}};
    uitest::Harness h;
    ui::set_probing(true);
    for (auto mode : {core::AttemptMode::practice, core::AttemptMode::exam}) {
        CAPTURE(static_cast<int>(mode));
        Play p(sc, mode, mode == core::AttemptMode::exam ? "exam-1" : "practice-1");
        p.go_to("hs");
        std::vector<ui::Intent> out;
        h.frame(player(p.model, out));
        const bool practice = mode == core::AttemptMode::practice;
        CHECK(probe_named("player.hint").has_value() == practice);
        p.session.submit(core::ClassifyAnswer{"8517.13"}, 1000);
        h.frame(player(p.model, out));
        CHECK(probe_named("player.feedback").has_value() == practice);
        CHECK(probe_named("player.recorded").has_value() == !practice);
        CHECK_FALSE(probe_named("player.hint"));  // never on an answered step
    }
    ui::set_probing(false);
}

TEST_CASE("the hint button asks for the next hint, and hints shown are listed until none is left") {
    auto sc = uifixture::scenario();
    sc.steps[1].hints = {{core::Text("Phones are in chapter 85."), 0.5}};
    uitest::Harness h;
    ui::set_probing(true);
    Play p(sc);
    p.go_to("hs");
    std::vector<ui::Intent> out;
    h.frame(player(p.model, out));
    const auto hint = probe_named("player.hint");
    REQUIRE(hint);
    h.click(centre(*hint), player(p.model, out));
    CHECK(count<ui::TakeHint>(out) == 1);

    // The app applies the intent: the session shows the hint and the model lists it.
    const auto shown = p.session.take_hint();
    REQUIRE(shown);
    p.model.play.hints.push_back(*shown);
    out.clear();
    h.frame(player(p.model, out));
    h.frame(player(p.model, out));
    CHECK_FALSE(probe_named("player.hint"));  // the only hint is used
    CHECK(out.empty());
    ui::set_probing(false);
}

TEST_CASE("Escape and Save and leave leave the attempt") {
    uitest::Harness h;
    ui::set_probing(true);
    const auto sc = uifixture::scenario();
    Play p(sc);
    std::vector<ui::Intent> out;
    h.frame(player(p.model, out));
    CHECK(out.empty());
    h.press(ImGuiKey_Escape, player(p.model, out));
    CHECK(count<ui::LeaveAttempt>(out) == 1);
    out.clear();
    const auto leave = probe_named("player.leave");
    REQUIRE(leave);
    h.click(centre(*leave), player(p.model, out));
    CHECK(count<ui::LeaveAttempt>(out) == 1);
    ui::set_probing(false);
}

TEST_CASE("a briefing continues with the button or Enter, and no attempt or a finished one gets a way out") {
    uitest::Harness h;
    ui::set_probing(true);
    const auto sc = uifixture::scenario();
    Play p(sc);
    std::vector<ui::Intent> out;
    h.frame(player(p.model, out));
    CHECK_FALSE(probe_named("player.submit"));
    const auto next = probe_named("player.next");
    REQUIRE(next);
    h.click(centre(*next), player(p.model, out));
    CHECK(count<ui::NextStep>(out) == 1);
    out.clear();
    h.press(ImGuiKey_Enter, player(p.model, out));
    CHECK(count<ui::NextStep>(out) == 1);

    ui::Model none;
    out.clear();
    h.frame(player(none, out));
    auto home = probe_named("player.home");
    REQUIRE(home);
    h.click(centre(*home), player(none, out));
    REQUIRE(count<ui::Navigate>(out) == 1);
    CHECK(std::get<ui::Navigate>(out.back()).screen == ui::Screen::start);

    // A session past its last step: the debrief is the way on.
    core::Scenario one;
    one.id = "ui/one";
    one.title = core::Text("One briefing");
    one.steps = {uifixture::step("only", core::BriefStep{})};
    Play done(one, core::AttemptMode::practice, "done-1");
    done.session.advance();
    REQUIRE(done.session.finished());
    out.clear();
    h.frame(player(done.model, out));
    const auto see = probe_named("player.debrief");
    REQUIRE(see);
    h.click(centre(*see), player(done.model, out));
    REQUIRE(count<ui::OpenDebrief>(out) == 1);
    CHECK(std::get<ui::OpenDebrief>(out.back()).attempt_uuid == "done-1");
    ui::set_probing(false);
}

TEST_CASE("a new step or a new attempt starts a fresh draft") {
    auto sc = uifixture::scenario();
    // A second classify step right after the first, so the kinds match and only the reset differs.
    core::Step again = sc.steps[1];
    again.id = "hs2";
    sc.steps.insert(sc.steps.begin() + 2, again);
    uitest::Harness h;
    Play p(sc, core::AttemptMode::practice, "attempt-a");
    p.go_to("hs");
    std::vector<ui::Intent> out;
    h.frame(player(p.model, out));
    classify_draft().set_code("8517.13");
    h.frame(player(p.model, out));
    CHECK(std::string(classify_draft().code) == "8517.13");  // survives frames

    p.session.submit(core::ClassifyAnswer{"8517.13"}, 1000);
    p.session.advance();
    REQUIRE(p.session.current()->id == "hs2");
    h.frame(player(p.model, out));
    CHECK(ui::player_step_panel().step_id() == "hs2");
    CHECK(std::string(classify_draft().code).empty());

    // Another attempt at the same scenario, on the same step: nothing carries over either.
    classify_draft().set_code("0901.21");
    Play q(sc, core::AttemptMode::practice, "attempt-b");
    q.go_to("hs");
    q.session.submit(core::ClassifyAnswer{"8517.13"}, 1000);
    q.session.advance();
    h.frame(player(q.model, out));
    CHECK(ui::player_step_panel().step_id() == "hs2");
    CHECK(std::string(classify_draft().code).empty());
}

TEST_CASE("on an inspect step a click on a printed field flags it in the draft") {
    uitest::Harness h;
    const auto sc = uifixture::scenario();
    Play p(sc);
    for (const char* id : {"hs", "value", "origin", "tax"}) {
        p.go_to(id);
        p.session.submit(*[&] {
            ui::StepPanel panel;  // an incomplete draft is still an answer
            panel.bind(sc, *sc.find_step(id));
            return panel.answer();
        }(), 1000);
        p.session.advance();
    }
    REQUIRE(p.session.current()->id == "docs");
    std::vector<ui::Intent> out;
    h.frame(player(p.model, out));
    h.frame(player(p.model, out));
    const auto& fields = ui::player_documents().drawn_fields();
    const auto it = std::find_if(fields.begin(), fields.end(), [](const ui::DrawnField& f) { return f.id == "invoice.number"; });
    REQUIRE(it != fields.end());
    const ImVec2 at((it->min.x + it->max.x) * 0.5f, (it->min.y + it->max.y) * 0.5f);
    h.click(at, player(p.model, out));
    REQUIRE(ui::player_step_panel().flagged());
    CHECK(*ui::player_step_panel().flagged() == std::vector<std::string>{"invoice.number"});
    h.click(at, player(p.model, out));
    CHECK(ui::player_step_panel().flagged()->empty());
    CHECK(out.empty());
}

TEST_CASE("an attempt resumed on an answered inspect step shows the recorded flags on the papers") {
    uitest::Harness h;
    const auto sc = uifixture::scenario();
    Play p(sc, core::AttemptMode::practice, "resumed-1");
    for (const char* id : {"hs", "value", "origin", "tax"}) {
        p.go_to(id);
        ui::StepPanel panel;
        panel.bind(sc, *sc.find_step(id));
        p.session.submit(*panel.answer(), 1000);
        p.session.advance();
    }
    REQUIRE(p.session.current()->id == "docs");
    p.session.submit(core::InspectAnswer{{"invoice.number", "bl.gross_kg"}}, 1000);
    std::vector<ui::Intent> out;
    h.frame(player(p.model, out));
    REQUIRE(ui::player_step_panel().flagged());
    CHECK(*ui::player_step_panel().flagged() == std::vector<std::string>{"invoice.number", "bl.gross_kg"});
    // Locked: a click on the papers changes nothing any more.
    h.frame(player(p.model, out));
    const auto& fields = ui::player_documents().drawn_fields();
    const auto it = std::find_if(fields.begin(), fields.end(), [](const ui::DrawnField& f) { return f.id == "invoice.number"; });
    REQUIRE(it != fields.end());
    h.click(ImVec2((it->min.x + it->max.x) * 0.5f, (it->min.y + it->max.y) * 0.5f), player(p.model, out));
    CHECK(ui::player_step_panel().flagged()->size() == 2);
}

// Plays the whole attempt on the screen: each step drawn unanswered and answered (with a hint
// taken where the mode allows), then advanced, calling `check` after every frame pair.
template <class Check>
void play_through(uitest::Harness& h, Play& p, const core::Scenario& sc, Check&& check, float width = 1280) {
    std::vector<ui::Intent> out;
    int n = 0;
    while (const core::Step* step = p.session.current()) {
        // Vary the clock: plenty of time, under a minute, none left.
        p.model.play.step_elapsed_ms = 61000 * n;
        p.model.play.step_left_ms = n % 3 == 0 ? std::nullopt : std::optional<std::int64_t>(n % 3 == 1 ? 45000 : 0);
        p.model.play.attempt_left_ms = n % 4 == 3 ? std::optional<std::int64_t>(600000) : std::nullopt;
        p.model.play.error = n == 4 ? "The progress file could not be written: the disk is full. Your answer is kept in memory." : "";
        p.model.play.hints.clear();
        h.frame(player(p.model, out), width);
        check(false);
        if (step->graded()) {
            if (auto hint = p.session.take_hint()) p.model.play.hints.push_back(*hint);
            ui::StepPanel panel;
            panel.bind(sc, *step);
            p.session.submit(*panel.answer(), 1000);
            h.frame(player(p.model, out), width);
            check(true);
        }
        p.session.advance();
        ++p.model.play.step_number;
        ++n;
    }
}

core::Scenario hinted_scenario() {
    auto sc = uifixture::scenario();
    for (core::Step& step : sc.steps) {
        step.hints = {{core::Text("Read the invoice line again."), 0.5}, {core::Text("Look at the notes."), 0}};
        step.references = {"GIR 1", "CVA Art. 8"};
        step.explanation = core::Text{{"en", "Because the rule says so."}, {"fr", "Parce que la règle le dit."}};
    }
    sc.languages = {"en", "fr"};
    return sc;
}

TEST_CASE("French drawing of the player and the debrief leaves no string untranslated") {
    const auto sc = hinted_scenario();
    uitest::Harness h;
    ui::set_language("fr");
    warm_components(h, sc);
    const int before = ui::missing_translations();
    for (auto mode : {core::AttemptMode::practice, core::AttemptMode::exam}) {
        Play p(sc, mode, mode == core::AttemptMode::exam ? "fr-exam" : "fr-practice");
        p.model.settings.language = "fr";
        play_through(h, p, sc, [](bool) {});
        std::vector<ui::Intent> out;
        h.frame(player(p.model, out));  // finished
    }
    ui::Model none;
    std::vector<ui::Intent> out;
    h.frame(player(none, out));
    ui::Model m = debrief_model();
    h.frame(debrief(m, out));
    m.debrief.replayed = false;
    m.debrief.suggest_retry = false;
    m.debrief.max = 0;
    m.debrief.finished_ms = 0;
    h.frame(debrief(m, out));
    m.debrief.note = "Le scénario a changé depuis.";
    m.debrief.steps[1].hints = 3;
    h.frame(debrief(m, out));
    h.frame(debrief(ui::Model{}, out));
    const int after = ui::missing_translations();
    ui::set_language("en");
    CHECK(after == before);
}

TEST_CASE("both screens draw in every theme at 1280x800 and 1024x700, with the actions on screen") {
    const auto sc = hinted_scenario();
    ui::set_probing(true);
    struct Size {
        ImVec2 display;
        int font;
    };
    for (auto theme : {core::Theme::light, core::Theme::dark, core::Theme::high_contrast})
        for (Size size : {Size{ImVec2(1280, 800), 17}, Size{ImVec2(1280, 800), 22}, Size{ImVec2(1024, 700), 17}, Size{ImVec2(1024, 700), 22}}) {
            CAPTURE(static_cast<int>(theme));
            CAPTURE(size.font);
            uitest::Harness h(theme, size.font);
            ImGui::GetIO().DisplaySize = size.display;
            Play p(sc, core::AttemptMode::practice, "theme-" + std::to_string(static_cast<int>(theme)) + "-" +
                                                       std::to_string(size.font));
            auto inside = [&](const char* name) {
                const auto r = probe_named(name);
                const std::string probe_name = name;
                CAPTURE(probe_name);
                REQUIRE(r);
                CHECK(r->x >= 0);
                CHECK(r->y >= 0);
                CHECK(r->x + r->w <= size.display.x);
                CHECK(r->y + r->h <= size.display.y);
            };
            play_through(h, p, sc, [&](bool answered) {
                inside("player.leave");
                const bool graded = p.session.current()->graded();
                inside(answered || !graded ? "player.next" : "player.submit");
                if (!answered && graded) {
                    inside("player.hint");
                    // The hint button and Submit share a row only when they fit side by side.
                    const auto a = probe_named("player.hint");
                    const auto b = probe_named("player.submit");
                    const bool apart = a->x + a->w <= b->x || a->y + a->h <= b->y;
                    CHECK(apart);
                }
            }, size.display.x);
            std::vector<ui::Intent> out;
            const ui::Model m = debrief_model();
            const auto s = h.frame(debrief(m, out), size.display.x);
            CHECK(s.vertices > 0);
            inside("debrief.retry");
            inside("debrief.home");
        }
    ui::set_probing(false);
}

TEST_CASE("the classify step with the HS browser stays a light frame") {
    uitest::Harness h;
    const auto sc = uifixture::scenario();
    Play p(sc);
    p.go_to("hs");
    std::vector<ui::Intent> out;
    h.frame(player(p.model, out));
    classify_draft().set_code("8517.13");  // the browser reveals it: an open branch of the tree
    std::vector<double> times;
    uitest::FrameStats s;
    for (int i = 0; i < 15; ++i) {
        s = h.frame(player(p.model, out));
        times.push_back(s.ms);
    }
    std::sort(times.begin(), times.end());
    MESSAGE("player, classify step: ", s.vertices, " vertices, median ImGui frame ", times[times.size() / 2], " ms");
    CHECK(s.vertices < 60000);
    CHECK(times[times.size() / 2] < 16.0);  // one frame at 60 Hz, with room for a slow machine
    CHECK(out.empty());
}

}  // TEST_SUITE
