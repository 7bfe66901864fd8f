// Themes: the light, dark and high-contrast looks of the window, and the palette views use for
// what ImGui's style has no slot for (accents, muted text, cards, topic colours).
//
// Used by every view. apply_theme() sets ImGui's style for the current context; palette()
// returns the colours of the theme last applied.
#pragma once

#include "core/settings.h"
#include "core/topic.h"

#include <imgui.h>

namespace clearance::ui {

struct Palette {
    ImVec4 window_bg, card_bg, card_hover, header_bg, border;
    ImVec4 text, text_muted, text_on_accent;
    ImVec4 accent, accent_soft;
    ImVec4 good, warn, bad;
};

// Applies the theme to ImGui's style, with paddings and roundings scaled for `font_size`.
void apply_theme(core::Theme theme, int font_size);

const Palette& palette();

// The colour that marks a topic on cards and charts (legible on the current theme).
ImVec4 topic_color(core::Topic topic);

}  // namespace clearance::ui
