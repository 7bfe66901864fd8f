// Small drawing helpers shared by the views: cards, section titles, muted text, pills.
// Stateless; they draw with the current theme's palette and fonts.
#pragma once

#include <imgui.h>

namespace clearance::ui {

// A title in the title font, with an optional muted subtitle below it.
void screen_title(const char* title, const char* subtitle = nullptr);

// Text in the muted colour, wrapped at the window's edge.
void muted_text(const char* text);

// A rounded-rectangle "pill" label (status, level, topic) drawn inline.
void pill(const char* text, ImVec4 color);

// A filled rounded rectangle as bands and corner wedges, cheap to rasterise (widgets.cpp). `c`
// must be opaque (the corner wedges overlap the bands by a pixel).
void fill_round_rect(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 c, float r,
                     ImDrawFlags corners = ImDrawFlags_RoundCornersAll);

// Starts a card: a bordered child region of the given size with the card background.
// Returns what ImGui::BeginChild returns; always pair with end_card().
bool begin_card(const char* id, ImVec2 size, bool hovered_look = false);
void end_card();

}  // namespace clearance::ui
