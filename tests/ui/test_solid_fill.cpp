// Solid fills: large opaque backgrounds go to the renderer's rectangle fill, clipped as ImGui
// would clip them; everything else stays an ImGui rectangle.

#include "ui/solid_fill.h"
#include "ui_harness.h"

using namespace clearance;

namespace {

struct SolidFills {
    SolidFills() { ui::set_solid_fills(true); }
    ~SolidFills() { ui::set_solid_fills(false); }
};

}  // namespace

TEST_SUITE("ui") {

TEST_CASE("a large opaque rectangle becomes a solid fill, clipped to the draw list's clip rectangle") {
    SolidFills on;
    uitest::Harness h;
    int vertices_with = 0, vertices_without = 0;
    h.frame([&] {
        ui::begin_solid_fills();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const int before = dl->VtxBuffer.Size;
        dl->PushClipRect(ImVec2(100, 100), ImVec2(300, 250), false);
        ui::solid_rect(dl, ImVec2(50, 80), ImVec2(400, 400), IM_COL32(10, 20, 30, 255));
        dl->PopClipRect();
        vertices_with = dl->VtxBuffer.Size - before;
    });
    REQUIRE(ui::solid_fills().size() == 1);
    const ui::SolidFill& f = ui::solid_fills()[0];
    CHECK(f.x0 == 100);
    CHECK(f.y0 == 100);
    CHECK(f.x1 == 300);
    CHECK(f.y1 == 250);
    CHECK(f.color == IM_COL32(10, 20, 30, 255));
    CHECK(vertices_with == 0);  // nothing left for ImGui to rasterise

    // Small, translucent, or off: ImGui draws it, and no fill is recorded.
    for (int variant = 0; variant < 3; ++variant) {
        ui::set_solid_fills(variant != 2);
        h.frame([&] {
            ui::begin_solid_fills();
            ImDrawList* dl = ImGui::GetWindowDrawList();
            const int before = dl->VtxBuffer.Size;
            if (variant == 0) ui::solid_rect(dl, ImVec2(10, 10), ImVec2(40, 30), IM_COL32(10, 20, 30, 255));
            else ui::solid_rect(dl, ImVec2(10, 10), ImVec2(500, 500), IM_COL32(10, 20, 30, variant == 1 ? 128 : 255));
            vertices_without = dl->VtxBuffer.Size - before;
        });
        CHECK(ui::solid_fills().empty());
        CHECK(vertices_without > 0);
    }
}

TEST_CASE("a tooltip's background is never a solid fill: the tooltip sits above the base layer") {
    SolidFills on;
    uitest::Harness h;
    h.frame([&] {
        ui::begin_solid_fills();
        ImGui::BeginTooltip();
        ui::solid_rect(ImGui::GetWindowDrawList(), ImVec2(0, 0), ImVec2(400, 400), IM_COL32(255, 255, 255, 255));
        ImGui::EndTooltip();
    });
    CHECK(ui::solid_fills().empty());
}

TEST_CASE("a rectangle clipped away entirely records nothing") {
    SolidFills on;
    uitest::Harness h;
    h.frame([&] {
        ui::begin_solid_fills();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->PushClipRect(ImVec2(0, 0), ImVec2(100, 100), false);
        ui::solid_rect(dl, ImVec2(200, 200), ImVec2(600, 600), IM_COL32(1, 2, 3, 255));
        dl->PopClipRect();
    });
    CHECK(ui::solid_fills().empty());
}

}  // TEST_SUITE
