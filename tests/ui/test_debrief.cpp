// The debrief drawn headless: what its buttons and Escape emit, its empty state; and the
// player's shared formats (points, clocks, durations) and French format strings.
#include "ui/i18n.h"
#include "ui/player_parts.h"
#include "ui_play_fixture.h"

#include <cctype>

using namespace clearance;
using namespace uiplay;

namespace clearance::ui {
extern const char* const french_player[][2];
}

namespace {

// The printf conversions of a format string, in order ("%d", "%s", "%02d"; "%%" is none).
std::string conversions(const char* f) {
    std::string out;
    for (const char* c = f; *c; ++c) {
        if (*c != '%') continue;
        if (c[1] == '%') {
            ++c;
            continue;
        }
        out += '%';
        while (*++c && !std::isalpha(static_cast<unsigned char>(*c))) out += *c;
        out += *c;
    }
    return out;
}

}  // namespace

TEST_SUITE("ui") {

TEST_CASE("the debrief's Retry, Next, Home, Progress and Escape emit their intents") {
    uitest::Harness h;
    ui::set_probing(true);
    const ui::Model m = debrief_model();
    std::vector<ui::Intent> out;
    h.frame(debrief(m, out));
    CHECK(out.empty());
    auto click = [&](const char* name) {
        const auto r = probe_named(name);
        REQUIRE(r);
        out.clear();
        h.click(centre(*r), debrief(m, out));
        REQUIRE(out.size() == 1);
    };
    click("debrief.retry");
    REQUIRE(std::holds_alternative<ui::StartScenario>(out[0]));
    CHECK(std::get<ui::StartScenario>(out[0]).scenario_id == "ui/fixture");
    click("debrief.next");
    REQUIRE(std::holds_alternative<ui::StartScenario>(out[0]));
    CHECK(std::get<ui::StartScenario>(out[0]).scenario_id == "valuation/royalty");
    click("debrief.home");
    REQUIRE(std::holds_alternative<ui::Navigate>(out[0]));
    CHECK(std::get<ui::Navigate>(out[0]).screen == ui::Screen::start);
    click("debrief.progress");
    REQUIRE(std::holds_alternative<ui::Navigate>(out[0]));
    CHECK(std::get<ui::Navigate>(out[0]).screen == ui::Screen::progress);

    out.clear();
    h.press(ImGuiKey_Escape, debrief(m, out));
    REQUIRE(count<ui::Navigate>(out) == 1);
    CHECK(std::get<ui::Navigate>(out[0]).screen == ui::Screen::start);

    // No next scenario: no Next button. Nothing to show: a way home.
    ui::Model alone = m;
    alone.debrief.next_id.clear();
    h.frame(debrief(alone, out));
    CHECK_FALSE(probe_named("debrief.next"));
    CHECK(probe_named("debrief.retry"));
    ui::Model empty;
    h.frame(debrief(empty, out));
    CHECK_FALSE(probe_named("debrief.retry"));
    CHECK(probe_named("debrief.home"));
    ui::set_probing(false);
}

TEST_CASE("every French string of the player keeps its English conversions in order") {
    int n = 0;
    for (int i = 0; ui::french_player[i][0]; ++i, ++n) {
        CAPTURE(ui::french_player[i][0]);
        CHECK(conversions(ui::french_player[i][0]) == conversions(ui::french_player[i][1]));
    }
    CHECK(n > 50);
    CHECK(conversions("%s · %02d %% %d") == "%s%02d%d");
}

TEST_CASE("formats: points follow the language, clocks and durations read naturally") {
    CHECK(ui::play::points(2.5) == "2.5");
    CHECK(ui::play::points(3) == "3");
    CHECK(ui::play::points(0.25) == "0.25");
    CHECK(ui::play::score_text(7.5, 10) == "7.5 / 10");
    CHECK(ui::play::clock(0) == "00:00");
    CHECK(ui::play::clock(270500) == "04:30");
    CHECK(ui::play::clock(3723000) == "1:02:03");
    CHECK(ui::play::clock(-5) == "00:00");
    CHECK(ui::play::duration(45000) == "45 s");
    CHECK(ui::play::duration(750000) == "12 min 30 s");
    CHECK(ui::play::duration(3900000) == "1 h 05 min");
    ui::set_language("fr");
    CHECK(ui::play::points(2.5) == "2,5");
    ui::set_language("en");
}

}  // TEST_SUITE
