#include "ui/widgets.h"

#include "ui/fonts.h"
#include "ui/theme.h"

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

bool begin_card(const char* id, ImVec2 size, bool hovered_look) {
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, hovered_look ? p.card_hover : p.card_bg);
    ImGui::PushStyleColor(ImGuiCol_Border, p.border);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImGui::GetStyle().WindowPadding);
    return ImGui::BeginChild(id, size, true, ImGuiWindowFlags_NoScrollbar);
}

void end_card() {
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

}  // namespace clearance::ui
