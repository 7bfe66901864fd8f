#include "core/scenario_fields.h"
#include "ui/document_view.h"
#include "ui/step_panels.h"
#include "ui_fixture.h"
#include "ui_harness.h"

#include <algorithm>
#include <set>

using clearance::ui::DocumentView;
using clearance::ui::DocumentViewOptions;

namespace {

const clearance::ui::DrawnField* drawn(const DocumentView& v, const std::string& id) {
    for (const auto& f : v.drawn_fields())
        if (f.id == id) return &f;
    return nullptr;
}

ImVec2 centre(const clearance::ui::DrawnField& f) { return ImVec2((f.min.x + f.max.x) * 0.5f, (f.min.y + f.max.y) * 0.5f); }

}  // namespace

TEST_SUITE("ui") {

TEST_CASE("every document kind prints exactly the fields document_fields names, each once") {
    uitest::Harness h;
    const auto docs = uifixture::documents();
    for (const auto& doc : docs) {
        CAPTURE(doc.id);
        DocumentView view;
        DocumentViewOptions opt;
        opt.inspect = true;
        const auto s = h.frame([&] { view.draw_page(doc, opt, 820); });
        CHECK(s.vertices > 0);
        std::multiset<std::string> printed;
        for (const auto& f : view.drawn_fields()) printed.insert(f.id);
        std::multiset<std::string> expected;
        for (const auto& f : clearance::core::document_fields(doc)) expected.insert(f.id);
        CHECK(printed == expected);
    }
}

TEST_CASE("clicking a field in inspect mode reports it, and the inspect panel's flags toggle with it") {
    uitest::Harness h;
    const auto sc = uifixture::scenario();
    const auto docs = uifixture::pointers(sc);
    DocumentView view;
    clearance::ui::InspectPanel panel;
    DocumentViewOptions opt;
    opt.inspect = true;
    opt.flagged = &panel.flagged;
    std::optional<std::string> toggled;
    auto draw = [&] {
        if (auto t = view.draw(docs, opt)) toggled = t;
    };
    h.frame(draw);
    h.frame(draw);
    REQUIRE(view.open_tab() == "invoice");
    const auto* field = drawn(view, "invoice.lines[1].quantity");
    REQUIRE(field);
    const ImVec2 at = centre(*field);

    h.click(at, draw);
    REQUIRE(toggled);
    CHECK(*toggled == "invoice.lines[1].quantity");
    CHECK(panel.toggle(*toggled));
    CHECK(panel.is_flagged("invoice.lines[1].quantity"));
    CHECK(panel.answer().flagged == std::vector<std::string>{"invoice.lines[1].quantity"});

    toggled.reset();
    h.click(at, draw);
    REQUIRE(toggled);
    CHECK_FALSE(panel.toggle(*toggled));
    CHECK(panel.flagged.empty());
}

TEST_CASE("a click on a document outside inspect mode flags nothing") {
    uitest::Harness h;
    const auto sc = uifixture::scenario();
    const auto docs = uifixture::pointers(sc);
    DocumentView view;
    DocumentViewOptions opt;
    std::optional<std::string> toggled;
    auto draw = [&] {
        if (auto t = view.draw(docs, opt)) toggled = t;
    };
    h.frame(draw);
    const auto* field = drawn(view, "invoice.number");
    REQUIRE(field);
    h.click(centre(*field), draw);
    CHECK_FALSE(toggled);
}

TEST_CASE("a tab can be opened by document id and the flag count shows on its tab") {
    uitest::Harness h;
    const auto sc = uifixture::scenario();
    const auto docs = uifixture::pointers(sc);
    DocumentView view;
    std::vector<std::string> flagged = {"product.serial_numbers[2]", "invoice.total", "invoice.lines[2].amount"};
    DocumentViewOptions opt;
    opt.inspect = true;
    opt.flagged = &flagged;
    auto draw = [&] { view.draw(docs, opt); };
    h.frame(draw);
    view.open_tab("co");
    h.frame(draw);
    h.frame(draw);
    CHECK(view.open_tab() == "co");
    CHECK(drawn(view, "co.stamp"));
    CHECK_FALSE(drawn(view, "invoice.number"));  // only the open tab is drawn
    CHECK(clearance::ui::flagged_in(flagged, "invoice") == 2);
    CHECK(clearance::ui::flagged_in(flagged, "product") == 1);
    CHECK(clearance::ui::flagged_in(flagged, "inv") == 0);  // a prefix of an id is not a document
}

TEST_CASE("every document draws as paper in the light, dark and high-contrast themes") {
    const auto sc = uifixture::scenario();
    for (auto theme : {clearance::core::Theme::light, clearance::core::Theme::dark, clearance::core::Theme::high_contrast}) {
        CAPTURE(static_cast<int>(theme));
        uitest::Harness h(theme);
        DocumentView view;
        std::vector<std::string> flagged = {"co.stamp", "bl.gross_kg"};
        DocumentViewOptions opt;
        opt.inspect = true;
        opt.flagged = &flagged;
        for (const auto& doc : sc.documents) {
            const std::vector<const clearance::core::Document*> one = {&doc};
            view.open_tab(doc.id);
            h.frame([&] { view.draw(one, opt); });
            const auto s = h.frame([&] { view.draw(one, opt); });
            CHECK(s.vertices > 500);  // a sheet, its print and its rules, not an empty tab
            CHECK(view.open_tab() == doc.id);
        }
    }
}

TEST_CASE("a document with no lines, no stamp and empty fields still prints every field") {
    uitest::Harness h;
    clearance::core::Document blank{"blank", clearance::core::Text(), clearance::core::CertificateOfOrigin{}};
    DocumentView view;
    DocumentViewOptions opt;
    opt.inspect = true;
    h.frame([&] { view.draw_page(blank, opt); });
    CHECK(view.drawn_fields().size() == clearance::core::document_fields(blank).size());
    CHECK(drawn(view, "blank.stamp"));  // an empty stamp is a ring one can flag as missing
}

}  // TEST_SUITE
