#include "ui/solid_fill.h"

#include <imgui_internal.h>

#include <algorithm>

namespace clearance::ui {

namespace {

bool g_on = false;
std::vector<SolidFill> g_fills;

// Below this many pixels a rectangle costs less through ImGui than the bookkeeping is worth,
// and small fills (pills, badges) often sit on other ImGui-drawn things they must stay above.
constexpr float min_area = 12000.0f;

bool base_layer(const ImDrawList* dl) {
    const ImGuiWindow* w = ImGui::GetCurrentWindowRead();
    if (!w || dl != w->DrawList) return false;
    const ImGuiWindowFlags above = ImGuiWindowFlags_Popup | ImGuiWindowFlags_Tooltip | ImGuiWindowFlags_Modal |
                                   ImGuiWindowFlags_ChildMenu;
    return (w->RootWindow->Flags & above) == 0;
}

}  // namespace

void set_solid_fills(bool on) { g_on = on; }
bool solid_fills_on() { return g_on; }
void begin_solid_fills() { g_fills.clear(); }
const std::vector<SolidFill>& solid_fills() { return g_fills; }

void solid_rect(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 c) {
    if (!g_on || (b.x - a.x) * (b.y - a.y) < min_area || ((c >> IM_COL32_A_SHIFT) & 0xFF) != 0xFF ||
        !base_layer(dl)) {
        dl->AddRectFilled(a, b, c);
        return;
    }
    const ImVec2 lo = dl->GetClipRectMin();
    const ImVec2 hi = dl->GetClipRectMax();
    SolidFill f{std::max(a.x, lo.x), std::max(a.y, lo.y), std::min(b.x, hi.x), std::min(b.y, hi.y), c};
    if (f.x1 > f.x0 && f.y1 > f.y0) g_fills.push_back(f);
}

}  // namespace clearance::ui
