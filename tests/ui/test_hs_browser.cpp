#include "ui/hs_browser.h"
#include "ui_fixture.h"
#include "ui_harness.h"

#include <algorithm>
#include <vector>

using clearance::ui::HsBrowser;
using uifixture::hs;

TEST_SUITE("ui") {

TEST_CASE("a search typed into the HS browser puts 0901.21 first for roasted coffee") {
    uitest::Harness h;
    HsBrowser b(hs());
    b.set_query("roasted coffee");
    REQUIRE_FALSE(b.results().hits.empty());
    CHECK(b.results().hits.front().code() == "0901.21");
    CHECK(b.cursor() == 0);
    REQUIRE(b.selected());
    CHECK(b.selected()->display_code() == "0901.21");
    const auto s = h.frame([&] { b.draw(); });
    CHECK(s.vertices > 0);
}

TEST_CASE("keys typed into the search box search as they come, arrows move and Enter uses the code") {
    uitest::Harness h;
    HsBrowser b(hs());
    auto draw = [&] { b.draw(); };
    b.focus_search();
    h.frame(draw);  // the focus request is taken at this frame's search box
    h.frame(draw);  // and the box is active from this one
    h.type("roasted coffee");
    h.frame(draw);
    CHECK(b.query() == "roasted coffee");
    REQUIRE(b.results().hits.size() >= 2);
    const std::string second = b.results().hits[1].code();
    h.press(ImGuiKey_DownArrow, draw);
    CHECK(b.cursor() == 1);
    h.press(ImGuiKey_Enter, draw);
    const auto picked = b.take_picked();
    REQUIRE(picked);
    CHECK(*picked == second);
    CHECK_FALSE(b.take_picked());  // a pick is offered once
}

TEST_CASE("a code prefix lists the codes under it, shallowest first") {
    HsBrowser b(hs());
    b.set_query("0901");
    REQUIRE_FALSE(b.results().hits.empty());
    CHECK(b.results().by_code);
    CHECK(b.results().hits.front().code() == "0901");
    for (const auto& hit : b.results().hits) CHECK(hit.node->code.rfind("0901", 0) == 0);
}

TEST_CASE("the tree starts with the 21 sections closed and opening everything lists every node") {
    HsBrowser b(hs());
    CHECK(b.visible_rows().size() == 21);
    b.open_all(true);
    CHECK(b.visible_rows().size() == hs().nodes().size());
    // Pre-order: each row's parent comes before it.
    const auto& rows = b.visible_rows();
    std::vector<int> position(hs().nodes().size(), -1);
    for (std::size_t i = 0; i < rows.size(); ++i) position[static_cast<std::size_t>(rows[i])] = static_cast<int>(i);
    int misplaced = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& n = hs().node(rows[i]);
        if (n.parent >= 0 && position[static_cast<std::size_t>(n.parent)] >= static_cast<int>(i)) ++misplaced;
    }
    CHECK(misplaced == 0);
    b.open_all(false);
    CHECK(b.visible_rows().size() == 21);
}

TEST_CASE("a frame with the whole nomenclature open submits only the rows on screen") {
    uitest::Harness h;
    HsBrowser b(hs());
    auto draw = [&] { b.draw(); };
    h.frame(draw);
    const auto closed = h.frame(draw);
    b.open_all(true);
    h.frame(draw);
    // Several frames: ImGui settles the clipper's row height on the first one.
    std::vector<double> times;
    uitest::FrameStats open;
    for (int i = 0; i < 15; ++i) {
        open = h.frame(draw);
        times.push_back(open.ms);
    }
    std::sort(times.begin(), times.end());
    MESSAGE("HS browser, every node open: ", open.vertices, " vertices, median ImGui frame ", times[times.size() / 2],
            " ms (sections only: ", closed.vertices, " vertices)");
    // 6,957 rows drawn would be well over 200,000 vertices; a screenful is a few thousand.
    CHECK(open.vertices < closed.vertices * 3);
    CHECK(open.vertices < 60000);
}

TEST_CASE("revealing a code opens its ancestors and selects the deepest level that exists") {
    uitest::Harness h;
    HsBrowser b(hs());
    REQUIRE(b.reveal("8517.13"));
    REQUIRE(b.selected());
    CHECK(b.selected()->code == "851713");
    const auto& heading = *hs().find_digits("8517");
    const auto& chapter = *hs().find_digits("85");
    CHECK(b.is_open(heading));
    CHECK(b.is_open(chapter));
    CHECK(b.is_open(hs().section_of(heading)));
    const auto& rows = b.visible_rows();
    CHECK(std::find(rows.begin(), rows.end(), hs().index_of(*b.selected())) != rows.end());

    // A subheading that does not exist lands on its heading; text that is no code changes nothing.
    REQUIRE(b.reveal("0901.99"));
    CHECK(b.selected()->code == "0901");
    CHECK_FALSE(b.reveal("coffee"));
    CHECK(b.selected()->code == "0901");
    CHECK(b.reveal("XVI"));
    CHECK(b.selected()->level == clearance::core::HsLevel::section);
    h.frame([&] { b.draw(); });
}

TEST_CASE("only codes can be picked, never a section, and each pick is offered once") {
    HsBrowser b(hs());
    b.select(*hs().find_section("II"));
    CHECK_FALSE(b.pick_current());
    CHECK_FALSE(b.take_picked());
    b.select(*hs().find_digits("090121"));
    CHECK(b.pick_current());
    CHECK(b.take_picked() == std::optional<std::string>("0901.21"));
    CHECK_FALSE(b.take_picked());
}

TEST_CASE("a search that matches nothing says so and picks nothing") {
    uitest::Harness h;
    HsBrowser b(hs());
    b.set_query("zzzqqq");
    CHECK(b.results().hits.empty());
    CHECK(b.cursor() == -1);
    const auto s = h.frame([&] { b.draw(); });
    CHECK(s.vertices > 0);
    b.move_cursor(1);
    CHECK(b.cursor() == -1);
}

TEST_CASE("the HS browser draws in every theme and at a large font size") {
    for (auto theme : {clearance::core::Theme::light, clearance::core::Theme::dark, clearance::core::Theme::high_contrast}) {
        uitest::Harness h(theme, 24);
        HsBrowser b(hs());
        b.reveal("8517.13");
        CHECK(h.frame([&] { b.draw(); }).vertices > 0);
        b.set_query("smartphones");
        CHECK(h.frame([&] { b.draw(); }).vertices > 0);
    }
}

}  // TEST_SUITE

TEST_SUITE("ui") {

TEST_CASE("in the tree a click selects, the arrow opens, and the keyboard walks, opens, closes and picks") {
    uitest::Harness h;
    HsBrowser b(hs());
    auto draw = [&] { b.draw(); };
    h.frame(draw);
    const auto& section = *hs().find_section("II");
    auto rect = b.row_rect(section);
    REQUIRE(rect);
    const float mid_y = (rect->first.y + rect->second.y) * 0.5f;

    // A click on the title selects without opening; a click on the arrow opens.
    h.click(ImVec2(rect->first.x + 200, mid_y), draw);
    REQUIRE(b.selected());
    CHECK(b.selected() == &section);
    CHECK_FALSE(b.is_open(section));
    h.click(ImVec2(rect->first.x + ImGui::GetStyle().IndentSpacing * 0.6f, mid_y), draw);
    CHECK(b.is_open(section));
    h.click(ImVec2(rect->first.x + ImGui::GetStyle().IndentSpacing * 0.6f, mid_y), draw);
    CHECK_FALSE(b.is_open(section));

    // Keyboard: Right opens, Right again moves to the first child, Down moves on, Left goes up.
    h.press(ImGuiKey_RightArrow, draw);
    CHECK(b.is_open(section));
    h.press(ImGuiKey_RightArrow, draw);
    h.frame(draw);
    REQUIRE(b.selected());
    CHECK(b.selected()->code == "06");
    h.press(ImGuiKey_DownArrow, draw);
    h.frame(draw);
    CHECK(b.selected()->code == "07");
    h.press(ImGuiKey_LeftArrow, draw);  // 07 is closed: Left goes to its parent
    h.frame(draw);
    CHECK(b.selected() == &section);
    h.press(ImGuiKey_LeftArrow, draw);  // the section is open: Left closes it
    CHECK_FALSE(b.is_open(section));

    // Enter on a selected leaf uses its code.
    b.reveal("0901.21");
    h.frame(draw);
    h.frame(draw);
    rect = b.row_rect(*b.selected());
    REQUIRE(rect);
    h.click(ImVec2(rect->first.x + 300, (rect->first.y + rect->second.y) * 0.5f), draw);
    CHECK_FALSE(b.take_picked());  // a single click only selects
    h.press(ImGuiKey_Enter, draw);
    CHECK(b.take_picked() == std::optional<std::string>("0901.21"));
}

TEST_CASE("Enter on a search with no match uses nothing, even with a code selected before") {
    HsBrowser b(hs());
    b.reveal("0901.21");
    b.set_query("zzzqqq");
    CHECK_FALSE(b.pick_current());
    CHECK_FALSE(b.take_picked());
}

}  // TEST_SUITE
