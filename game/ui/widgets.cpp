#include "ui/widgets.h"


#include "ui/fonts.h"
#include "ui/theme.h"

#include <algorithm>

namespace clearance::ui {

void screen_title(const char* title, const char* subtitle) {
    ImGui::PushFont(fonts().title);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    if (subtitle) muted_text(subtitle);
}

void muted_text(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

void pill(const char* text, ImVec4 color) {
    ImGui::PushFont(fonts().small);
    const ImVec2 pad(8.0f, 2.0f);
    const ImVec2 size = ImGui::CalcTextSize(text);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImVec4 fill = color;
    fill.w = 0.16f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + size.x + pad.x * 2, pos.y + size.y + pad.y * 2);
    dl->AddRectFilled(pos, end, ImGui::GetColorU32(fill), (size.y + pad.y * 2) * 0.5f);
    dl->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), ImGui::GetColorU32(color), text);
    ImGui::Dummy(ImVec2(end.x - pos.x, end.y - pos.y));
    ImGui::PopFont();
}

// ImGui fills a rounded rectangle as a fan of thin triangles that each span the whole shape.
// Three bands and four corner wedges cover the same pixels with mostly axis-aligned rectangles,
// which the rasteriser fills row by row (platform/raster.h).
void fill_round_rect(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 c, float r, ImDrawFlags corners) {
    r = std::min(r, std::min(b.x - a.x, b.y - a.y) * 0.5f);
    if (r < 1.0f) {
        dl->AddRectFilled(a, b, c);
        return;
    }
    // The bands reach one pixel into the wedges: an anti-aliased wedge fades at its straight
    // edges too, which would otherwise show as seams. So `c` must be opaque.
    dl->AddRectFilled(ImVec2(a.x + r - 1, a.y), ImVec2(b.x - r + 1, b.y), c);
    dl->AddRectFilled(ImVec2(a.x, a.y + r - 1), ImVec2(a.x + r, b.y - r + 1), c);
    dl->AddRectFilled(ImVec2(b.x - r, a.y + r - 1), ImVec2(b.x, b.y - r + 1), c);
    struct Corner {
        ImDrawFlags flag;
        ImVec2 centre;
        float from;
    };
    const float pi = 3.14159265f;
    const Corner cs[] = {{ImDrawFlags_RoundCornersTopLeft, ImVec2(a.x + r, a.y + r), pi},
                         {ImDrawFlags_RoundCornersTopRight, ImVec2(b.x - r, a.y + r), pi * 1.5f},
                         {ImDrawFlags_RoundCornersBottomRight, ImVec2(b.x - r, b.y - r), 0.0f},
                         {ImDrawFlags_RoundCornersBottomLeft, ImVec2(a.x + r, b.y - r), pi * 0.5f}};
    for (const Corner& k : cs) {
        if (corners & k.flag) {
            dl->PathLineTo(k.centre);
            dl->PathArcTo(k.centre, r, k.from, k.from + pi * 0.5f);
            dl->PathFillConvex(c);
        } else {
            const float dx = k.from == pi || k.from == pi * 0.5f ? -r : 0.0f;
            const float dy = k.from == pi || k.from == pi * 1.5f ? -r : 0.0f;
            dl->AddRectFilled(ImVec2(k.centre.x + dx, k.centre.y + dy), ImVec2(k.centre.x + dx + r, k.centre.y + dy + r), c);
        }
    }
}


bool begin_card(const char* id, ImVec2 size, bool hovered_look) {
    const Palette& p = palette();
    // The card is painted by hand (cheap fill, then a border) behind a transparent child.
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImVec2 room = ImGui::GetContentRegionAvail();
    ImVec2 end(pos.x + (size.x > 0 ? size.x : room.x + size.x), pos.y + (size.y > 0 ? size.y : room.y + size.y));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = ImGui::GetStyle().ChildRounding;
    fill_round_rect(dl, pos, end, ImGui::GetColorU32(hovered_look ? p.card_hover : p.card_bg), r);
    dl->AddRect(pos, end, ImGui::GetColorU32(p.border), r);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImGui::GetStyle().WindowPadding);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 0.0f);
    // A child with no border drops its horizontal padding unless told to keep it.
    return ImGui::BeginChild(id, size, true,
                             ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NavFlattened);
}

void end_card() {
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
}

}  // namespace clearance::ui
