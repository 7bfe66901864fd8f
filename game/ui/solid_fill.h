// Solid fills: large opaque rectangles (page, desk, card and panel backgrounds) handed to the
// renderer's own rectangle fill instead of ImGui's triangles.
//
// Why: SDL's software renderer rasterises every ImGui triangle through its textured, blended
// path and walks each triangle's whole bounding box, so a card background costs about twice
// its area in blended texel lookups; its rectangle fill is a plain memory fill. On the classify
// screen this halves the frame time. The app turns it on and draws the frame's fills right after
// clearing, under everything ImGui draws; tests and other hosts leave it off and get ImGui rects.
// Invariants: only opaque colours; only the base window's draw lists (never a popup's or a
// tooltip's, which sit above the base layer); each fill is clipped to the draw list's clip
// rectangle at the time of the call, so scrolling children clip them as ImGui would.
#pragma once

#include <imgui.h>

#include <vector>

namespace clearance::ui {

struct SolidFill {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // screen pixels, already clipped
    ImU32 color = 0;                        // opaque, ImGui's packing (IM_COL32)
};

void set_solid_fills(bool on);
bool solid_fills_on();
void begin_solid_fills();  // at the start of each frame
const std::vector<SolidFill>& solid_fills();

// Fills [a, b) with the opaque colour `c` on `dl`: as a solid fill when they are on, the
// rectangle is large and `dl` belongs to the base layer; else as an ImGui rectangle.
void solid_rect(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 c);

}  // namespace clearance::ui
