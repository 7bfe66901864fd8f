// Pieces the player screen (view_player.cpp) and the debrief (view_debrief.cpp) share: how
// scores, times and modes read, the drawn verdict marks (the body fonts have no check or cross
// glyphs), feedback lines with their rules, reference pills, and meters; and the player's
// header strip.
//
// Stateless drawing helpers in the current theme's palette and fonts, like widgets.h. Text they
// return or draw goes through tr(); numbers follow the interface language's decimal mark.
// player_step_panel() and player_documents() expose the player's state to tests and scripted runs.
#pragma once

#include "core/grade.h"
#include "core/progress.h"
#include "core/scenario.h"
#include "ui/step_panels.h"
#include "ui/ui.h"

#include <imgui.h>

#include <cstdint>
#include <string>
#include <vector>

namespace clearance::ui {

class DocumentView;
class StepPanel;

namespace play {

const char* mode_label(core::AttemptMode mode);  // "Practice", "Exam", ... (translated)
using panel::kind_label;                          // "Classify", "Decide", ... (translated)

// Points as a trainee reads them: "2.5", "3", "0.25"; "2,5" in French.
std::string points(double v);
// "2.5 / 3"
std::string score_text(double score, double max);
// A countdown or a stopwatch: "04:30"; "1:02:03" from an hour; negative times read "00:00".
std::string clock(std::int64_t ms);
// A time spent: "45 s", "12 min 30 s", "1 h 05 min".
std::string duration(std::int64_t ms);

// Full marks, some marks, none: good, warn, bad. A step worth nothing is muted.
ImVec4 score_color(double score, double max);
const char* score_verdict(double score, double max);  // "Full marks", "Partly right", "Not right"

// A mark for the verdict, one text line high, drawn at the cursor: a check (correct), a half
// disc (partial), a cross (wrong), an "i" (info). Occupies its square; the caller continues on
// the same line or not.
void verdict_mark(core::Verdict v, ImVec2 at, float size);
// The grader's lines, each with its mark, its text wrapped beside it and its rule below in
// muted small text, in the interface language (core::feedback_text).
void feedback_lines(const std::vector<core::FeedbackLine>& lines);
// References ("GIR 3(b)", "CVA Art. 8.1(c)") as pills, wrapping to the next line when full.
void reference_pills(const std::vector<std::string>& refs);
// The unfilled part of meters and rings: quiet on every theme.
ImVec4 track_color();
// A horizontal bar: `fraction` (0..1) of `width` filled in `color` over a track.
void meter(float fraction, ImVec4 color, float width, float height);
// The countdown that binds first: the step's or the attempt's, whichever has less time left.
struct Countdown {
    bool on = false;          // a time limit applies
    bool step_limit = false;  // it is the step's
    std::int64_t left_ms = 0; // 0 or less: time is up
};
Countdown countdown(const PlayState& play);

// The player's header strip across the region: scenario title (cut with an ellipsis), mode,
// step number and answers so far, the timer (elapsed, or the countdown in warn colour under a
// minute and alarm colour at 0), and "Save and leave" (probe "player.leave") → LeaveAttempt.
// `lang` is the language scenario texts are shown in.
void header_strip(const Model& model, const core::Session& s, const std::string& lang, std::vector<Intent>& intents);

// The screen's main action: an accent button with the text colour made for the accent. High
// contrast draws buttons black with a border, and keeps its white text.
bool primary_button(const char* label, ImVec2 size = ImVec2(0, 0));
// A centred card with a title, a line of text and room for the caller's buttons below: the
// friendly state of a screen with nothing to show. Returns after the text; call end_empty_state.
void begin_empty_state(const char* title, const char* text);
void end_empty_state();

}  // namespace play

// The player's draft of the current step (the panel the screen draws) and its document view,
// for tests and scripted runs that fill an answer without typing it or find a printed field.
StepPanel& player_step_panel();
const DocumentView& player_documents();

}  // namespace clearance::ui
