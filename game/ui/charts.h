// Pieces shared by Home, the scenario browser and the progress screen: draw-list charts (meters,
// the score line chart, marks Noto Sans has no glyph for), a quieter second button style, a
// flowing layout helper, and the words and number formats these screens print.
//
// Stateless; they draw with the current palette and fonts like widgets.h. Every text they return
// is already in the interface language (French uses a decimal comma).
#pragma once

#include "core/progress.h"
#include "core/scenario.h"
#include "core/topic.h"

#include <imgui.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clearance::ui {

// --- words --------------------------------------------------------------------------------------
const char* topic_name(core::Topic t);        // "Valuation", translated
const char* level_name(core::Level l);        // "Intermediate", translated
const char* mode_name(core::AttemptMode m);   // "Practice", "Exam", translated

// --- numbers and times --------------------------------------------------------------------------
// `v` with at most `decimals` decimals, trailing zeros dropped: "7.5", "10" ("7,5" in French).
std::string format_number(double v, int decimals = 1);
// A 0..100 score rounded to a whole percent: "82 %".
std::string format_percent(double percent);
// A time since the epoch as UTC: "2026-11-29 14:05".
std::string format_utc(std::int64_t ms);
// A duration: "45 s", "25 min", "1 h 25 min".
std::string format_duration(std::int64_t ms);

// --- layout -------------------------------------------------------------------------------------
// Call between two items: keeps the next one (`width` wide) on the line when it fits before the
// right edge of the current region, else lets it start a new line.
void flow(float width);
// `text` cut to fit `width` in the current font, ending in "…" when cut.
std::string ellipsize(const char* text, float width);

// --- widgets ------------------------------------------------------------------------------------
// Green from 80 % (where the debrief stops suggesting a retry), amber from 50 %, red below.
ImVec4 mastery_color(double fraction);
// A card's heading in bold, with a small muted note after it on the line (none when null).
void card_heading(const char* title, const char* note);
// The main action of a card or row: the theme's button with the text colour made for the accent
// (white on teal); where the theme's buttons are not accent-filled (high contrast), as they are.
bool primary_button(const char* label, ImVec2 size = ImVec2(0, 0));
// A secondary button: soft accent fill and accent text, so a row of them does not shout.
bool soft_button(const char* label, ImVec2 size = ImVec2(0, 0));
// A rounded horizontal bar, `fraction` (0..1) filled in `color`; an empty track when nullopt.
// meter() lays it out as an item at the cursor; meter_at() only paints it over [a, b].
void meter(ImVec2 size, std::optional<double> fraction, ImVec4 color);
void meter_at(ImDrawList* dl, ImVec2 a, ImVec2 b, std::optional<double> fraction, ImVec4 color);
// A tick inside the square at `min` of side `size`.
void check_mark(ImDrawList* dl, ImVec2 min, float size, ImU32 color);

// The score chart: `percent` (0..100, oldest first) as points joined by a line, evenly spaced,
// over a 0..100 % axis with gridlines at 25, 50 and 75. `first` and `last` caption the two ends
// of the time axis. The area is one item (an invisible button named `id`, for probes). Returns
// the index of the point under the mouse, -1 when none.
int score_chart(const char* id, const std::vector<double>& percent, ImVec2 size, const char* first,
                const char* last);

}  // namespace clearance::ui
