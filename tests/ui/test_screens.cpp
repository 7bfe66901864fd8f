// Home, the scenario browser and the progress screen, drawn headless against hand-made models:
// the intents their buttons emit (found and clicked through their probes, as the GUI tests do),
// the browser's filters, the French table, and layout at 1280x800/17 px and 1024x700/22 px in
// every theme.
#include "ui/charts.h"
#include "ui/i18n.h"
#include "ui/probe.h"
#include "ui/views.h"
#include "ui_harness.h"
#include "ui_screens.h"

#include <string>
#include <vector>

using namespace clearance;
using namespace uitest::screens;

namespace {

const std::int64_t day = 86'400'000;
const std::int64_t t0 = 1'795'961'100'000;  // 2026-11-29 14:05 UTC

ui::ScenarioItem scenario(std::string id, std::string title, core::Topic topic, core::Level level,
                          std::vector<std::string> langs, int attempts = 0, std::optional<double> best = {}) {
    ui::ScenarioItem s;
    s.file = id + ".lua";
    s.id = std::move(id);
    s.title = std::move(title);
    s.summary = "A consignment to clear, with documents that do not quite agree.";
    s.topic = topic;
    s.level = level;
    s.minutes = 15;
    s.languages = std::move(langs);
    s.playable = true;
    s.attempts = attempts;
    s.best_percent = best;
    return s;
}

// A trainee part-way through: two fields started, three unfinished attempts (one no longer
// replayable), a broken file and one playable from its last good version.
ui::Model model() {
    ui::Model m;
    m.profile = ui::ProfileItem{"p-1", "Amina Bello", "en", false};
    m.hs_subheadings = 5612;
    m.scenario_count = 3;
    m.now_ms = t0;
    m.scenarios.push_back(scenario("valuation/royalty", "Royalty on a licensed design", core::Topic::valuation,
                                   core::Level::intermediate, {"en", "fr"}, 2, 82.0));
    m.scenarios.push_back(scenario("classification/phones", "Smartphones from Shenzhen", core::Topic::classification,
                                   core::Level::basic, {"en"}));
    ui::ScenarioItem broken;
    broken.file = "origin/broken.lua";
    broken.title = "origin/broken.lua";
    broken.errors = 2;
    broken.diagnostics = {"origin/broken.lua:12: error: unknown step kind 'clasify'",
                          "origin/broken.lua:30: error: option 'b' has no feedback"};
    m.scenarios.push_back(broken);
    ui::ScenarioItem old = scenario("fraud/invoice", "Two invoices, one shipment", core::Topic::fraud,
                                    core::Level::advanced, {"en", "fr"});
    old.errors = 1;
    old.warnings = 1;
    old.reloaded = true;
    old.diagnostics = {"fraud/invoice.lua:8: error: missing title in French", "fraud/invoice.lua:9: warning: long prompt"};
    m.scenarios.push_back(old);
    m.reload_message = "fraud/invoice.lua reloaded";

    for (core::Topic t : core::all_topics) m.topics.push_back(ui::TopicSummary{t, 0, 0, std::nullopt, "", ""});
    m.topics[1] = ui::TopicSummary{core::Topic::valuation, 2, 1, 0.72, "valuation/royalty", "Royalty on a licensed design"};
    m.topics[0] = ui::TopicSummary{core::Topic::classification, 1, 1, 0.9, "classification/phones", "Smartphones from Shenzhen"};
    m.topics[4] = ui::TopicSummary{core::Topic::fraud, 1, 0, std::nullopt, "fraud/invoice", "Two invoices, one shipment"};

    m.resumable = {{"a-new", "valuation/royalty", "Royalty on a licensed design", core::AttemptMode::practice, t0, 2, true},
                   {"a-old", "classification/phones", "Smartphones from Shenzhen", core::AttemptMode::exam, t0 - day, 1, true},
                   {"a-gone", "origin/removed", "A removed scenario", core::AttemptMode::practice, t0 - 2 * day, 3, false}};
    m.continue_id = "classification/phones";
    m.continue_title = "Smartphones from Shenzhen";
    m.review = {{"valuation/royalty", "Royalty on a licensed design", 82.0, t0 - 2 * 3'600'000},
                {"classification/phones", "Smartphones from Shenzhen", 60.0, t0 + 3 * day}};

    core::ProfileReport r;
    r.profile.uuid = "p-1";
    r.profile.name = "Amina Bello";
    r.attempts = 5;
    r.finished = 2;
    r.unfinished = 3;
    r.best_percent = 82;
    r.latest_percent = 75;
    r.time_ms = 5'100'000;
    r.trend_slope = 3.2;
    for (core::Topic t : core::all_topics) r.topics.push_back(core::MasteryRow{std::string(core::topic_id(t)), 0, 0, 0, {}});
    r.topics[1] = core::MasteryRow{"valuation", 2, 15.7, 20, 0.785};
    r.competencies = {{"valuation.art8.royalties", 2, 3, 4, 0.75}, {"hs.gir3b", 1, 1, 4, 0.25}, {"hs.gir1", 1, 4, 4, 1.0}};
    r.trend = {{"f-1", "valuation/royalty", t0 - 3 * day, 68.0}, {"f-2", "valuation/royalty", t0 - day, 82.0}};
    m.progress.report = r;
    core::AttemptRecord fin;
    fin.uuid = "f-2";
    fin.scenario_id = "valuation/royalty";
    fin.started_ms = t0 - day - 600'000;
    fin.finished_ms = t0 - day;
    fin.score = 7.5;
    fin.max = 10;
    core::AttemptRecord open;
    open.uuid = "a-new";
    open.scenario_id = "valuation/royalty";
    open.started_ms = t0;
    open.score = 2;
    open.max = 10;
    m.progress.history = {{fin, "Royalty on a licensed design", 75.0}, {open, "Royalty on a licensed design", std::nullopt}};
    return m;
}

// Clears the browser's filters (they persist in the view, across tests too).
void reset_browser(uitest::Harness& h, const Screen& draw) {
    h.frame(draw);
    if (has("browser.clear")) h.click(centre("browser.clear"), draw);
    h.frame(draw);
    REQUIRE_FALSE(has("browser.clear"));
}


}  // namespace

TEST_SUITE("ui") {

TEST_CASE("the screens' numbers and dates read the way the spec shows them") {
    CHECK(ui::format_utc(0) == "1970-01-01 00:00");
    CHECK(ui::format_utc(t0) == "2026-11-29 14:05");
    CHECK(ui::format_utc(1'709'251'140'000) == "2024-02-29 23:59");
    CHECK(ui::format_utc(-3'600'000) == "1969-12-31 23:00");
    CHECK(ui::format_duration(5'100'000) == "1 h 25 min");
    CHECK(ui::format_duration(25 * 60'000) == "25 min");
    CHECK(ui::format_duration(45'000) == "45 s");
    CHECK(ui::format_number(7.5) == "7.5");
    CHECK(ui::format_number(10.0) == "10");
    CHECK(ui::format_number(-0.04) == "0");
    CHECK(ui::format_percent(81.6) == "82 %");
    ui::set_language("fr");
    CHECK(ui::format_number(3.25, 1) == "3,3");
    ui::set_language("en");
}

TEST_CASE("Home's Continue card resumes the newest unfinished attempt") {
    Probing on;
    uitest::Harness h;
    const ui::Model m = model();
    std::vector<ui::Intent> intents;
    const Screen draw{ui::view_start, &m, &intents};
    h.frame(draw);
    CHECK(intents.empty());
    h.click(centre("home.continue"), draw);
    const auto resumed = only<ui::ResumeAttempt>(intents);
    REQUIRE(resumed.size() == 1);
    CHECK(resumed[0].attempt_uuid == "a-new");
    CHECK(intents.size() == 1);
}

TEST_CASE("Home lists the other unfinished attempts and says why one cannot be resumed") {
    Probing on;
    uitest::Harness h;
    const ui::Model m = model();
    std::vector<ui::Intent> intents;
    const Screen draw{ui::view_start, &m, &intents};
    h.frame(draw);
    CHECK(has("home.resume.0"));
    CHECK_FALSE(has("home.resume.1"));  // the removed scenario's attempt has no button
    h.click(centre("home.resume.0"), draw);
    const auto resumed = only<ui::ResumeAttempt>(intents);
    REQUIRE(resumed.size() == 1);
    CHECK(resumed[0].attempt_uuid == "a-old");
}

TEST_CASE("Home skips an unplayable newest attempt and else starts the suggested scenario") {
    Probing on;
    uitest::Harness h;
    ui::Model m = model();
    std::swap(m.resumable[0], m.resumable[2]);  // the newest one cannot be replayed
    std::vector<ui::Intent> intents;
    const Screen draw{ui::view_start, &m, &intents};
    h.frame(draw);  // the probes of this model, not of an earlier test's
    h.click(centre("home.continue"), draw);
    REQUIRE(only<ui::ResumeAttempt>(intents).size() == 1);
    CHECK(only<ui::ResumeAttempt>(intents)[0].attempt_uuid == "a-old");

    m.resumable.clear();
    intents.clear();
    h.frame(draw);
    h.click(centre("home.continue"), draw);
    const auto started = only<ui::StartScenario>(intents);
    REQUIRE(started.size() == 1);
    CHECK(started[0].scenario_id == "classification/phones");
    CHECK(started[0].mode == core::AttemptMode::practice);

    m.continue_id.clear();
    h.frame(draw);
    CHECK_FALSE(has("home.continue"));
}

TEST_CASE("Home offers the scenario due for review in review mode, and else says when the next is due") {
    Probing on;
    uitest::Harness h;
    ui::Model m = model();
    std::vector<ui::Intent> intents;
    const Screen draw{ui::view_start, &m, &intents};
    h.frame(draw);
    h.click(centre("home.review"), draw);
    const auto started = only<ui::StartScenario>(intents);
    REQUIRE(started.size() == 1);
    CHECK(started[0].scenario_id == "valuation/royalty");
    CHECK(started[0].mode == core::AttemptMode::review);

    // Nothing due yet: no button, a line naming the next and when.
    m.review.erase(m.review.begin());
    intents.clear();
    const std::string shown = h.shown_text(draw);
    CHECK_FALSE(has("home.review"));
    CHECK(shown.find("Next: Smartphones from Shenzhen, in 3 days.") != std::string::npos);

    m.review.clear();
    h.frame(draw);
    CHECK_FALSE(has("home.review"));
    CHECK(intents.empty());
}

TEST_CASE("a topic card's Next button starts that topic's next scenario") {
    Probing on;
    uitest::Harness h;
    const ui::Model m = model();
    std::vector<ui::Intent> intents;
    const Screen draw{ui::view_start, &m, &intents};
    h.frame(draw);
    CHECK(has("home.topic.classification"));
    CHECK_FALSE(has("home.topic.origin"));  // no scenarios there
    h.click(centre("home.topic.valuation"), draw);
    const auto started = only<ui::StartScenario>(intents);
    REQUIRE(started.size() == 1);
    CHECK(started[0].scenario_id == "valuation/royalty");
}

TEST_CASE("Home draws with nobody signed in and an empty catalog") {
    Probing on;
    uitest::Harness h;
    const ui::Model m;
    std::vector<ui::Intent> intents;
    const Screen draw{ui::view_start, &m, &intents};
    h.frame(draw);
    h.frame(draw);
    CHECK(intents.empty());
    CHECK_FALSE(has("home.continue"));
    CHECK_FALSE(has("home.topic.valuation"));
}

TEST_CASE("the browser lists broken files with their diagnostics and plays only what loads") {
    Probing on;
    uitest::Harness h;
    const ui::Model m = model();
    std::vector<ui::Intent> intents;
    const Screen draw{ui::view_browser, &m, &intents};
    reset_browser(h, draw);
    for (const char* file : {"valuation/royalty.lua", "classification/phones.lua", "origin/broken.lua", "fraud/invoice.lua"})
        CHECK_MESSAGE(has(std::string("browser.row.") + file), file);
    CHECK(has("browser.diagnostic.origin/broken.lua"));     // unplayable: open from the start
    CHECK_FALSE(has("browser.diagnostic.fraud/invoice.lua"));  // plays its last good version: folded
    CHECK(has("browser.play.fraud/invoice"));
    CHECK(has("browser.play.valuation/royalty"));
    CHECK_FALSE(has("browser.play."));  // the broken file has no id and no button

    h.click(centre("browser.exam.valuation/royalty"), draw);
    const auto started = only<ui::StartScenario>(intents);
    REQUIRE(started.size() == 1);
    CHECK(started[0].scenario_id == "valuation/royalty");
    CHECK(started[0].mode == core::AttemptMode::exam);
}

TEST_CASE("a generated scenario can also be worked as a shift from the browser") {
    Probing on;
    uitest::Harness h;
    ui::Model m = model();
    m.scenarios[1].generated = true;  // classification/phones
    std::vector<ui::Intent> intents;
    const Screen draw{ui::view_browser, &m, &intents};
    reset_browser(h, draw);
    CHECK(has("browser.shift.classification/phones"));
    CHECK_FALSE(has("browser.shift.valuation/royalty"));  // written out by hand: one consignment set
    h.click(centre("browser.shift.classification/phones"), draw);
    const auto started = only<ui::StartScenario>(intents);
    REQUIRE(started.size() == 1);
    CHECK(started[0].scenario_id == "classification/phones");
    CHECK(started[0].mode == core::AttemptMode::shift);
}

TEST_CASE("typing in the browser's search keeps the titles and ids that match") {
    Probing on;
    uitest::Harness h;
    const ui::Model m = model();
    std::vector<ui::Intent> intents;
    const Screen draw{ui::view_browser, &m, &intents};
    reset_browser(h, draw);
    h.click(centre("browser.search"), draw);
    h.type("ROYAL");
    h.frame(draw);
    h.frame(draw);
    CHECK(has("browser.play.valuation/royalty"));
    CHECK_FALSE(has("browser.play.classification/phones"));
    CHECK_FALSE(has("browser.row.origin/broken.lua"));

    reset_browser(h, draw);
    h.click(centre("browser.search"), draw);
    h.type("classification/ph");  // an id, not a title
    h.frame(draw);
    h.frame(draw);
    CHECK(has("browser.play.classification/phones"));
    CHECK_FALSE(has("browser.play.valuation/royalty"));

    // Nothing left: a friendly message whose button clears the filters.
    h.type("zzz");
    h.frame(draw);
    h.frame(draw);
    CHECK_FALSE(has("browser.play.classification/phones"));
    REQUIRE(has("browser.empty.clear"));
    h.click(centre("browser.empty.clear"), draw);
    h.frame(draw);
    CHECK(has("browser.play.valuation/royalty"));
    CHECK(has("browser.play.classification/phones"));
    CHECK(intents.empty());
}

TEST_CASE("the browser's topic and status filters narrow the table") {
    Probing on;
    uitest::Harness h;
    const ui::Model m = model();
    std::vector<ui::Intent> intents;
    const Screen draw{ui::view_browser, &m, &intents};
    reset_browser(h, draw);
    h.click(centre("browser.filter.topic"), draw);
    h.mouse(ImVec2(5, 5), false);
    h.frame(draw);
    h.click(centre("browser.filter.topic.1"), draw);  // after "All topics": classification
    h.frame(draw);
    CHECK(has("browser.play.classification/phones"));
    CHECK_FALSE(has("browser.play.valuation/royalty"));
    CHECK_FALSE(has("browser.row.origin/broken.lua"));  // an unloaded file has no topic

    reset_browser(h, draw);
    h.click(centre("browser.filter.status"), draw);
    h.mouse(ImVec2(5, 5), false);
    h.frame(draw);
    h.click(centre("browser.filter.status.2"), draw);  // done
    h.frame(draw);
    CHECK(has("browser.play.valuation/royalty"));
    CHECK_FALSE(has("browser.play.classification/phones"));
    reset_browser(h, draw);
    CHECK(intents.empty());
}

TEST_CASE("Escape leaves the browser for Home, but first only leaves the search field") {
    Probing on;
    uitest::Harness h;
    const ui::Model m = model();
    std::vector<ui::Intent> intents;
    const Screen draw{ui::view_browser, &m, &intents};
    reset_browser(h, draw);
    h.click(centre("browser.search"), draw);
    h.press(ImGuiKey_Escape, draw);
    CHECK(only<ui::Navigate>(intents).empty());
    h.press(ImGuiKey_Escape, draw);
    const auto nav = only<ui::Navigate>(intents);
    REQUIRE(nav.size() == 1);
    CHECK(nav[0].screen == ui::Screen::start);
}

TEST_CASE("the progress history opens a finished attempt's debrief and resumes an unfinished one") {
    Probing on;
    uitest::Harness h;
    const ui::Model m = model();
    std::vector<ui::Intent> intents;
    const Screen draw{ui::view_progress, &m, &intents};
    h.frame(draw);
    h.frame(draw);  // tables fit their columns to the first frame's content
    CHECK(has("progress.chart"));
    h.click(centre("progress.attempt.0"), draw);
    const auto debrief = only<ui::OpenDebrief>(intents);
    REQUIRE(debrief.size() == 1);
    CHECK(debrief[0].attempt_uuid == "f-2");
    h.click(centre("progress.attempt.1"), draw);
    const auto resumed = only<ui::ResumeAttempt>(intents);
    REQUIRE(resumed.size() == 1);
    CHECK(resumed[0].attempt_uuid == "a-new");
    CHECK(intents.size() == 2);

    h.press(ImGuiKey_Escape, draw);
    REQUIRE(only<ui::Navigate>(intents).size() == 1);
    CHECK(only<ui::Navigate>(intents)[0].screen == ui::Screen::start);
}

TEST_CASE("with no results yet the progress screen offers the scenarios instead") {
    Probing on;
    uitest::Harness h;
    ui::Model m = model();
    m.progress = ui::ProgressState{};
    std::vector<ui::Intent> intents;
    const Screen draw{ui::view_progress, &m, &intents};
    h.frame(draw);
    CHECK_FALSE(has("progress.attempt.0"));
    CHECK_FALSE(has("progress.chart"));
    h.click(centre("progress.browse"), draw);
    const auto nav = only<ui::Navigate>(intents);
    REQUIRE(nav.size() == 1);
    CHECK(nav[0].screen == ui::Screen::browser);
}

TEST_CASE("in French the three screens use no string missing from the tables") {
    Probing on;
    uitest::Harness h;
    ui::set_language("fr");
    const int before = ui::missing_translations();
    ui::Model full = model();
    for (int i = 0; i < 4; ++i)  // enough unfinished attempts for the "more in Progress" button
        full.resumable.push_back({"x" + std::to_string(i), "valuation/royalty", "Royalty", core::AttemptMode::review, t0, 0, true});
    full.resumable.push_back({"y", "classification/phones", "Phones", core::AttemptMode::shift, t0, 1, false});
    full.catalog_problems = {"scenarios/extra: permission denied"};
    ui::Model nothing;
    ui::Model no_hs = model();
    no_hs.hs_subheadings = 0;
    no_hs.resumable.clear();
    no_hs.progress.report->trend.clear();
    no_hs.progress.report->trend_slope.reset();
    no_hs.progress.report->competencies.clear();
    no_hs.progress.history.resize(1);
    std::vector<ui::Intent> intents;
    for (const ui::Model* m : {&full, &nothing, &no_hs})
        for (auto view : {ui::view_start, ui::view_browser, ui::view_progress}) {
            const Screen draw{view, m, &intents};
            h.frame(draw);
            h.frame(draw);
        }
    // Tooltips and the filtered-empty browser have strings of their own.
    const Screen progress{ui::view_progress, &full, &intents};
    h.frame(progress);
    h.mouse(centre("progress.chart"), false);
    h.frame(progress);
    h.frame(progress);
    const Screen browser{ui::view_browser, &full, &intents};
    reset_browser(h, browser);
    h.mouse(centre("browser.play.valuation/royalty"), false);
    h.frame(browser);
    h.frame(browser);
    h.click(centre("browser.search"), browser);
    h.type("zzz");
    h.frame(browser);
    h.frame(browser);
    CHECK(has("browser.empty.clear"));
    reset_browser(h, browser);
    const int after = ui::missing_translations();
    ui::set_language("en");
    CHECK(after == before);
}

TEST_CASE("the three screens fit 1024x700 at 22 px and 1280x800 at 17 px in every theme") {
    Probing on;
    struct Size {
        int font;
        float width, height;  // the shell's screen area
    };
    for (core::Theme theme : {core::Theme::light, core::Theme::dark, core::Theme::high_contrast})
        for (Size size : {Size{17, 1216, 655}, Size{22, 940, 540}}) {
            CAPTURE(static_cast<int>(theme));
            CAPTURE(size.font);
            uitest::Harness h(theme, size.font);
            const ui::Model m = model();
            const ui::Model empty;
            std::vector<ui::Intent> intents;
            for (const ui::Model* model : {&m, &empty})
                for (auto view : {ui::view_start, ui::view_browser, ui::view_progress}) {
                    Screen draw{view, model, &intents};
                    draw.width = size.width;
                    draw.height = size.height;
                    h.frame(draw);
                    h.frame(draw);
                    // Wrap, don't clip: nothing recorded reaches past the right edge of the
                    // screen area, which starts after the host window's padding.
                    const float right = ImGui::GetStyle().WindowPadding.x + size.width;
                    for (const ui::ProbeRect& p : ui::probes())
                        CHECK_MESSAGE(p.x + p.w <= right + 1, p.name << " ends at " << p.x + p.w);
                }
            CHECK(intents.empty());
            if (size.font == 17) {
                // At 1280x800 Home shows every field's button without scrolling, and the
                // progress screen its history.
                Screen home{ui::view_start, &m, &intents};
                h.frame(home);
                for (const char* t : {"home.topic.classification", "home.topic.valuation", "home.topic.fraud"})
                    CHECK_MESSAGE(has(t), t);
                Screen progress{ui::view_progress, &m, &intents};
                h.frame(progress);
                CHECK(has("progress.attempt.1"));
            }
        }
}

}  // TEST_SUITE
