// Probes: where named widgets were drawn in the last frame, so scripted GUI tests can click them
// with xdotool the way a trainee would, without guessing coordinates.
//
// Views call probe("player.submit") right after the widget. The app enables recording only when
// asked (the hidden --probe FILE option) and writes the frame's probes to that file; otherwise
// probe() returns at once. Names are dotted, lowercase, and stable: "nav.<screen>",
// "home.continue", "home.resume.<n>", "home.topic.<topic id>", "browser.search",
// "browser.play.<scenario id>", "player.submit", "player.next", "player.hint", "player.leave",
// "classify.code", "hs.search", "hs.result.<n>", "debrief.home", "debrief.retry", "debrief.next",
// "progress.attempt.<n>" (n counts from 0 in display order).
#pragma once

#include <string>
#include <vector>

namespace clearance::ui {

struct ProbeRect {
    std::string name;
    float x = 0, y = 0, w = 0, h = 0;  // in window pixels
};

void set_probing(bool on);
bool probing();
// Records the last ImGui item's rectangle under `name` (only when probing, and only when the
// item is visible: clipped items are not recorded).
void probe(const char* name);
// The probes of the frame drawn last, in drawing order; begin_probe_frame() clears them.
const std::vector<ProbeRect>& probes();
void begin_probe_frame();

}  // namespace clearance::ui
