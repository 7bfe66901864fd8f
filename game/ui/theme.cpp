#include "ui/theme.h"

#include <algorithm>

namespace clearance::ui {

namespace {

ImVec4 rgb(int hex, float alpha = 1.0f) {
    return ImVec4(((hex >> 16) & 0xff) / 255.0f, ((hex >> 8) & 0xff) / 255.0f,
                  (hex & 0xff) / 255.0f, alpha);
}

// The light theme takes its navy and teal from the uniforms and forms of customs services;
// the dark theme keeps the same hues at lower luminance so documents stay recognisable.
const Palette light_palette{
    rgb(0xF3F5F8), rgb(0xFFFFFF), rgb(0xEAF2F7), rgb(0x1F3A5F), rgb(0xD3DAE3),
    rgb(0x1B2430), rgb(0x5D6878), rgb(0xFFFFFF),
    rgb(0x0F6E82), rgb(0xD7ECF1),
    rgb(0x2E7D32), rgb(0xB26A00), rgb(0xC62828)};

const Palette dark_palette{
    rgb(0x14181E), rgb(0x1D232B), rgb(0x25303B), rgb(0x101E30), rgb(0x323C48),
    rgb(0xE4E8EE), rgb(0x98A3B3), rgb(0x0B1016),
    rgb(0x45B7CB), rgb(0x1D3A44),
    rgb(0x66BB6A), rgb(0xFFB74D), rgb(0xEF5350)};

// High contrast: pure black and white with a yellow accent, borders everywhere (WCAG AAA
// contrast for text, 21:1).
const Palette contrast_palette{
    rgb(0x000000), rgb(0x000000), rgb(0x1A1A1A), rgb(0x000000), rgb(0xFFFFFF),
    rgb(0xFFFFFF), rgb(0xE0E0E0), rgb(0x000000),
    rgb(0xFFD600), rgb(0x3A3000),
    rgb(0x7CFF7C), rgb(0xFFD600), rgb(0xFF6E6E)};

const Palette* current = &light_palette;

ImVec4 mix(ImVec4 a, ImVec4 b, float t) {
    return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t,
                  a.w + (b.w - a.w) * t);
}

}  // namespace

const Palette& palette() { return *current; }

void apply_theme(core::Theme theme, int font_size) {
    switch (theme) {
        case core::Theme::light: current = &light_palette; break;
        case core::Theme::dark: current = &dark_palette; break;
        case core::Theme::high_contrast: current = &contrast_palette; break;
    }
    const Palette& p = *current;
    const bool hc = theme == core::Theme::high_contrast;

    ImGuiStyle style;
    // Spacing grows with the text so large fonts do not look cramped; 17 px is the reference.
    const float k = std::max(0.75f, font_size / 17.0f);
    style.WindowPadding = ImVec2(16 * k, 14 * k);
    style.FramePadding = ImVec2(10 * k, 6 * k);
    style.CellPadding = ImVec2(8 * k, 5 * k);
    style.ItemSpacing = ImVec2(10 * k, 8 * k);
    style.ItemInnerSpacing = ImVec2(8 * k, 6 * k);
    style.IndentSpacing = 20 * k;
    style.ScrollbarSize = 14 * k;
    style.GrabMinSize = 12 * k;
    style.WindowRounding = 0;
    style.ChildRounding = 8 * k;
    style.FrameRounding = 6 * k;
    style.PopupRounding = 6 * k;
    style.ScrollbarRounding = 7 * k;
    style.GrabRounding = 6 * k;
    style.TabRounding = 6 * k;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.FrameBorderSize = hc ? 1.0f : 0.0f;
    style.PopupBorderSize = 1;
    style.TabBorderSize = hc ? 1.0f : 0.0f;
    style.SelectableTextAlign = ImVec2(0.0f, 0.5f);
    // Lines as geometry, not from the font texture: they look the same, and every
    // anti-aliased edge then goes through one path, the rasteriser's fringe triangles.
    style.AntiAliasedLinesUseTex = false;

    ImVec4* c = style.Colors;
    const bool dark = theme != core::Theme::light;
    const ImVec4 frame = dark ? mix(p.card_bg, p.text, 0.08f) : rgb(0xEDF0F4);
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.text_muted;
    c[ImGuiCol_WindowBg] = p.window_bg;
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = p.card_bg;
    c[ImGuiCol_Border] = p.border;
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = frame;
    c[ImGuiCol_FrameBgHovered] = mix(frame, p.accent, 0.15f);
    c[ImGuiCol_FrameBgActive] = mix(frame, p.accent, 0.25f);
    c[ImGuiCol_TitleBg] = p.header_bg;
    c[ImGuiCol_TitleBgActive] = p.header_bg;
    c[ImGuiCol_TitleBgCollapsed] = p.header_bg;
    c[ImGuiCol_MenuBarBg] = p.card_bg;
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = mix(p.window_bg, p.text_muted, 0.45f);
    c[ImGuiCol_ScrollbarGrabHovered] = mix(p.window_bg, p.text_muted, 0.65f);
    c[ImGuiCol_ScrollbarGrabActive] = p.accent;
    c[ImGuiCol_CheckMark] = p.accent;
    c[ImGuiCol_SliderGrab] = p.accent;
    c[ImGuiCol_SliderGrabActive] = mix(p.accent, p.text, 0.2f);
    c[ImGuiCol_Button] = p.accent;
    c[ImGuiCol_ButtonHovered] = mix(p.accent, dark ? p.text : ImVec4(0, 0, 0, 1), 0.15f);
    c[ImGuiCol_ButtonActive] = mix(p.accent, dark ? p.text : ImVec4(0, 0, 0, 1), 0.3f);
    if (hc) {
        // White text on the yellow accent would be unreadable: high contrast buttons are black
        // with a white border (FrameBorderSize) and turn dark yellow under the pointer.
        c[ImGuiCol_Button] = p.card_hover;
        c[ImGuiCol_ButtonHovered] = p.accent_soft;
        c[ImGuiCol_ButtonActive] = mix(p.accent_soft, p.accent, 0.3f);
    }
    c[ImGuiCol_Header] = p.accent_soft;
    c[ImGuiCol_HeaderHovered] = mix(p.accent_soft, p.accent, 0.25f);
    c[ImGuiCol_HeaderActive] = mix(p.accent_soft, p.accent, 0.4f);
    c[ImGuiCol_Separator] = p.border;
    c[ImGuiCol_SeparatorHovered] = p.accent;
    c[ImGuiCol_SeparatorActive] = p.accent;
    c[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ResizeGripHovered] = p.accent;
    c[ImGuiCol_ResizeGripActive] = p.accent;
    c[ImGuiCol_Tab] = frame;
    c[ImGuiCol_TabHovered] = mix(frame, p.accent, 0.3f);
    c[ImGuiCol_TabActive] = p.card_bg;
    c[ImGuiCol_TabUnfocused] = frame;
    c[ImGuiCol_TabUnfocusedActive] = p.card_bg;
    c[ImGuiCol_PlotLines] = p.accent;
    c[ImGuiCol_PlotLinesHovered] = p.warn;
    c[ImGuiCol_PlotHistogram] = p.accent;
    c[ImGuiCol_PlotHistogramHovered] = p.warn;
    c[ImGuiCol_TableHeaderBg] = mix(p.card_bg, p.accent_soft, 0.7f);
    c[ImGuiCol_TableBorderStrong] = p.border;
    c[ImGuiCol_TableBorderLight] = mix(p.border, p.card_bg, 0.4f);
    c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = mix(p.card_bg, p.text, 0.03f);
    c[ImGuiCol_TextSelectedBg] = mix(p.accent, p.card_bg, 0.6f);
    c[ImGuiCol_DragDropTarget] = p.warn;
    c[ImGuiCol_NavHighlight] = hc ? p.accent : mix(p.accent, p.text, 0.2f);
    c[ImGuiCol_NavWindowingHighlight] = p.accent;
    c[ImGuiCol_NavWindowingDimBg] = ImVec4(0, 0, 0, 0.3f);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, dark ? 0.6f : 0.35f);
    ImGui::GetStyle() = style;
}

ImVec4 topic_color(core::Topic topic) {
    // Eight hues spaced around the wheel, tuned for legibility on light and dark cards.
    static const int light[] = {0x1565C0, 0x2E7D32, 0x6A1B9A, 0xAD5A00,
                                0xC62828, 0x00838F, 0x5D4037, 0x37474F};
    static const int dark[] = {0x64B5F6, 0x81C784, 0xCE93D8, 0xFFB74D,
                               0xEF9A9A, 0x4DD0E1, 0xBCAAA4, 0xB0BEC5};
    const int i = static_cast<int>(topic);
    return current == &light_palette ? rgb(light[i]) : rgb(dark[i]);
}

}  // namespace clearance::ui
