// What the player and the debrief share: number and time formats, verdict marks drawn with the
// draw list, feedback lines, reference pills, meters and the empty-state card; and the player's
// header strip (title, step, mode, timer, "Save and leave"), kept here so view_player.cpp stays
// about the step itself.
#include "ui/player_parts.h"

#include "core/feedback_text.h"

#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/probe.h"
#include "ui/step_panels.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui_internal.h>  // RenderTextEllipsis: a long scenario title in the header strip

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace clearance::ui::play {

const char* mode_label(core::AttemptMode mode) {
    switch (mode) {
        case core::AttemptMode::practice: return tr("Practice");
        case core::AttemptMode::exam: return tr("Exam");
        case core::AttemptMode::shift: return tr("Shift");
        case core::AttemptMode::review: return tr("Review");
    }
    return "";
}


std::string points(double v) {
    // Scores are multiples of hint costs and weights: two decimals always suffice.
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", std::round(v * 100.0) / 100.0);
    std::string s(buf);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (s == "-0") s = "0";
    if (language() == "fr")
        for (char& c : s)
            if (c == '.') c = ',';
    return s;
}

std::string score_text(double score, double max) { return points(score) + " / " + points(max); }

std::string clock(std::int64_t ms) {
    const std::int64_t total = std::max<std::int64_t>(0, ms) / 1000;
    char buf[32];
    if (total >= 3600)
        std::snprintf(buf, sizeof buf, "%d:%02d:%02d", static_cast<int>(total / 3600), static_cast<int>(total / 60 % 60),
                      static_cast<int>(total % 60));
    else
        std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(total / 60), static_cast<int>(total % 60));
    return buf;
}

std::string duration(std::int64_t ms) {
    const std::int64_t total = std::max<std::int64_t>(0, ms) / 1000;
    char buf[64];
    if (total < 60)
        std::snprintf(buf, sizeof buf, tr("%d s"), static_cast<int>(total));
    else if (total < 3600)
        std::snprintf(buf, sizeof buf, tr("%d min %02d s"), static_cast<int>(total / 60), static_cast<int>(total % 60));
    else
        std::snprintf(buf, sizeof buf, tr("%d h %02d min"), static_cast<int>(total / 3600), static_cast<int>(total / 60 % 60));
    return buf;
}

ImVec4 score_color(double score, double max) {
    const Palette& p = palette();
    if (max <= 0.0) return p.text_muted;
    if (score >= max - 1e-9) return p.good;
    return score > 1e-9 ? p.warn : p.bad;
}

const char* score_verdict(double score, double max) {
    if (max <= 0.0) return tr("Not graded");
    if (score >= max - 1e-9) return tr("Full marks");
    return score > 1e-9 ? tr("Partly right") : tr("Not right");
}

void verdict_mark(core::Verdict v, ImVec2 at, float size) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float s = size;
    const float thick = std::max(1.5f, s * 0.14f);
    const ImVec2 c(at.x + s * 0.5f, at.y + s * 0.5f);
    switch (v) {
        case core::Verdict::correct: {
            const ImU32 col = ImGui::GetColorU32(p.good);
            const ImVec2 pts[] = {ImVec2(at.x + s * 0.1f, at.y + s * 0.55f), ImVec2(at.x + s * 0.4f, at.y + s * 0.85f),
                                  ImVec2(at.x + s * 0.92f, at.y + s * 0.18f)};
            dl->AddPolyline(pts, 3, col, 0, thick);
            break;
        }
        case core::Verdict::partial: {
            // Half a disc: half the marks. The outline keeps the shape readable without colour.
            const ImU32 col = ImGui::GetColorU32(p.warn);
            const float r = s * 0.42f;
            dl->PathArcTo(c, r, 3.14159265f * 0.5f, 3.14159265f * 1.5f, 12);
            dl->PathFillConvex(col);
            dl->AddCircle(c, r, col, 20, thick * 0.8f);
            break;
        }
        case core::Verdict::wrong: {
            const ImU32 col = ImGui::GetColorU32(p.bad);
            const float k = s * 0.18f;
            dl->AddLine(ImVec2(at.x + k, at.y + k), ImVec2(at.x + s - k, at.y + s - k), col, thick);
            dl->AddLine(ImVec2(at.x + k, at.y + s - k), ImVec2(at.x + s - k, at.y + k), col, thick);
            break;
        }
        case core::Verdict::info: {
            const ImU32 col = ImGui::GetColorU32(p.accent);
            const float r = s * 0.42f;
            dl->AddCircle(c, r, col, 20, thick * 0.7f);
            dl->AddCircleFilled(ImVec2(c.x, c.y - r * 0.45f), thick * 0.6f, col, 8);
            dl->AddLine(ImVec2(c.x, c.y - r * 0.05f), ImVec2(c.x, c.y + r * 0.55f), col, thick * 0.8f);
            break;
        }
    }
}

void feedback_lines(const std::vector<core::FeedbackLine>& lines) {
    const Palette& p = palette();
    const float h = ImGui::GetTextLineHeight();
    const float mark = std::round(h * 0.85f);
    const float indent = std::round(h * 1.25f);
    for (const core::FeedbackLine& line : lines) {
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        verdict_mark(line.verdict, ImVec2(pos.x, pos.y + std::round((h - mark) * 0.5f)), mark);
        ImGui::Indent(indent);
        ImGui::PushTextWrapPos(0);
        // The engines' sentence in the interface language (core keeps English and a template).
        const std::string text = core::feedback_text(line, language());
        const std::string rule = core::feedback_rule(line, language());
        ImGui::TextUnformatted(text.c_str());
        if (!rule.empty()) {
            ImGui::PushFont(fonts().small);
            ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
            ImGui::TextUnformatted(rule.c_str());
            ImGui::PopStyleColor();
            ImGui::PopFont();
        }
        ImGui::PopTextWrapPos();
        ImGui::Unindent(indent);
    }
}

void reference_pills(const std::vector<std::string>& refs) {
    if (refs.empty()) return;
    // Where the line ends, measured before the first pill: wrapping is decided per pill.
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    const float gap = ImGui::GetStyle().ItemSpacing.x * 0.5f;
    const float pad = 16.0f;  // pill() pads its text by 8 px on each side
    for (std::size_t i = 0; i < refs.size(); ++i) {
        ImGui::PushFont(fonts().small);
        const float w = ImGui::CalcTextSize(refs[i].c_str()).x + pad;
        ImGui::PopFont();
        if (i > 0 && ImGui::GetItemRectMax().x + gap + w <= right) ImGui::SameLine(0, gap);
        pill(refs[i].c_str(), palette().accent);
    }
}

ImVec4 track_color() {
    const Palette& p = palette();
    // High contrast borders are white: a white track would outshine the bar it holds.
    if (ImGui::GetStyle().FrameBorderSize <= 0.0f) return p.border;
    const float t = 0.3f;
    return ImVec4(p.card_bg.x + (p.border.x - p.card_bg.x) * t, p.card_bg.y + (p.border.y - p.card_bg.y) * t,
                  p.card_bg.z + (p.border.z - p.card_bg.z) * t, 1.0f);
}

void meter(float fraction, ImVec4 color, float width, float height) {
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const ImVec2 b(a.x + width, a.y + height);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = height * 0.5f;
    // Opaque colours only: fill_round_rect overlaps its pieces by a pixel.
    fill_round_rect(dl, a, b, ImGui::GetColorU32(track_color()), r);
    const float f = std::clamp(fraction, 0.0f, 1.0f);
    if (f > 0.0f) fill_round_rect(dl, a, ImVec2(a.x + std::max(height, width * f), b.y), ImGui::GetColorU32(color), r);
    ImGui::Dummy(ImVec2(width, height));
}

namespace {

ImVec4 mode_color(core::AttemptMode m) {
    const Palette& p = palette();
    return m == core::AttemptMode::exam || m == core::AttemptMode::shift ? p.warn : p.accent;
}

}  // namespace

Countdown countdown(const PlayState& play) {
    Countdown c;
    if (play.step_left_ms) c = {true, true, *play.step_left_ms};
    if (play.attempt_left_ms && (!c.on || *play.attempt_left_ms < c.left_ms)) c = {true, false, *play.attempt_left_ms};
    return c;
}

namespace {

void clock_icon(ImDrawList* dl, ImVec2 centre, float r, ImU32 col) {
    dl->AddCircle(centre, r, col, 20, 1.6f);
    dl->AddLine(centre, ImVec2(centre.x, centre.y - r * 0.62f), col, 1.6f);
    dl->AddLine(centre, ImVec2(centre.x + r * 0.5f, centre.y), col, 1.6f);
}

}  // namespace

// ---- the player's header strip -----------------------------------------------------------------

void header_strip(const Model& model, const core::Session& s, const std::string& lang, std::vector<Intent>& intents) {
    const Palette& p = palette();
    const ImGuiStyle& st = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float title_h = fonts().title->FontSize;
    const float small_h = fonts().small->FontSize;
    const float pad_x = st.WindowPadding.x;
    const float pad_y = st.FramePadding.y * 1.4f;
    const float height = std::round(pad_y * 2 + title_h + 4 + small_h + 4);
    const ImVec2 end(origin.x + width, origin.y + height);
    fill_round_rect(dl, origin, end, ImGui::GetColorU32(p.card_bg), st.ChildRounding);
    dl->AddRect(origin, end, ImGui::GetColorU32(p.border), st.ChildRounding);

    // Right to left: the leave button, the timer, then the title takes what is left.
    const char* leave = tr("Save and leave");
    const float leave_w = ImGui::CalcTextSize(leave).x + st.FramePadding.x * 2;
    const float leave_x = end.x - pad_x - leave_w;
    ImGui::SetCursorScreenPos(ImVec2(leave_x, origin.y + std::round((height - ImGui::GetFrameHeight()) * 0.5f)));
    if (panel::quiet_button(leave)) intents.push_back(LeaveAttempt{});
    probe("player.leave");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr("Your answers so far are kept; Home offers to resume this attempt."));

    const Countdown cd = countdown(model.play);
    ImVec4 tc = p.text;
    const char* label = tr("On this step");
    // Without a time limit the clock moves by the minute: a calm reading for the trainee, and a
    // window that redraws once a minute rather than every second while they think.
    std::string value;
    if (const std::int64_t minutes = model.play.step_elapsed_ms / 60000; minutes < 1) {
        value = tr("< 1 min");
    } else {
        char buf[32];
        std::snprintf(buf, sizeof buf, tr("%d min"), static_cast<int>(minutes));
        value = buf;
    }
    if (cd.on) {
        // Rounded up: "00:00" appears only when no time is left at all.
        value = play::clock(cd.left_ms > 0 ? cd.left_ms + 999 : 0);
        if (cd.left_ms <= 0) {
            tc = p.bad;
            label = tr("Time is up: answers now score 0");
        } else {
            tc = cd.left_ms < 60000 ? p.warn : p.text;
            label = cd.step_limit ? tr("Time left on this step") : tr("Time left");
        }
    }
    ImGui::PushFont(fonts().title);
    const float value_w = ImGui::CalcTextSize(value.c_str()).x;
    ImGui::PopFont();
    ImGui::PushFont(fonts().small);
    const float label_w = ImGui::CalcTextSize(label).x;
    ImGui::PopFont();
    const float icon = title_h * 0.62f;
    const float block_w = std::max(value_w + icon + em * 0.4f, label_w);
    const float timer_right = leave_x - em * 1.2f;
    const float timer_left = timer_right - block_w;
    const float y1 = origin.y + pad_y;
    ImGui::PushFont(fonts().title);
    dl->AddText(ImVec2(timer_right - value_w, y1), ImGui::GetColorU32(tc), value.c_str());
    ImGui::PopFont();
    clock_icon(dl, ImVec2(timer_right - value_w - em * 0.4f - icon * 0.5f, y1 + title_h * 0.55f), icon * 0.5f,
               ImGui::GetColorU32(cd.on ? tc : p.text_muted));
    ImGui::PushFont(fonts().small);
    const float y2 = y1 + title_h + 4;
    dl->AddText(ImVec2(timer_right - label_w, y2 + 2), ImGui::GetColorU32(cd.on && cd.left_ms <= 0 ? p.bad : p.text_muted), label);
    ImGui::PopFont();
    if (ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(ImVec2(timer_left, origin.y), ImVec2(timer_right, end.y))) {
        const std::string step_time = play::clock(model.play.step_elapsed_ms);
        const std::string all_time = play::clock(model.play.attempt_elapsed_ms);
        ImGui::SetTooltip(tr("%s on this step \xC2\xB7 %s on the attempt"), step_time.c_str(), all_time.c_str());
    }

    // The title, cut with an ellipsis rather than running under the timer.
    const char* title = model.play.title.empty() ? s.scenario().title.get(lang).c_str() : model.play.title.c_str();
    const float x0 = origin.x + pad_x;
    const float title_right = std::max(x0 + em * 4, timer_left - em);
    ImGui::PushFont(fonts().title);
    ImGui::RenderTextEllipsis(dl, ImVec2(x0, y1), ImVec2(title_right, y1 + title_h), title_right, title_right, title, nullptr,
                              nullptr);
    ImGui::PopFont();

    // Where the trainee is: the step number and how many are answered. The total is not shown:
    // branches decide how many steps this attempt will have.
    ImGui::SetCursorScreenPos(ImVec2(x0, y2));
    pill(play::mode_label(s.mode()), mode_color(s.mode()));
    ImGui::SameLine(0, em * 0.6f);
    char where[96];
    const int answered = static_cast<int>(s.records().size());
    const int number = model.play.step_number > 0 ? model.play.step_number : static_cast<int>(s.visited().size());
    std::snprintf(where, sizeof where, answered == 1 ? tr("Step %d \xC2\xB7 1 answered") : tr("Step %d \xC2\xB7 %d answered"),
                  number, answered);
    ImGui::PushFont(fonts().small);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 2);
    ImGui::TextColored(p.text_muted, "%s", where);
    ImGui::PopFont();

    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, height));
}

bool primary_button(const char* label, ImVec2 size) {
    const Palette& p = palette();
    const ImVec4 fill = ImGui::GetStyleColorVec4(ImGuiCol_Button);
    const bool on_accent = fill.x == p.accent.x && fill.y == p.accent.y && fill.z == p.accent.z;
    if (on_accent) ImGui::PushStyleColor(ImGuiCol_Text, p.text_on_accent);
    const bool pressed = ImGui::Button(label, size);
    if (on_accent) ImGui::PopStyleColor();
    return pressed;
}

namespace {
bool empty_table_open = false;  // BeginTable returns false in a window that skips its items
}  // namespace

void begin_empty_state(const char* title, const char* text) {
    const float em = ImGui::GetFontSize();
    ImGui::Dummy(ImVec2(0, em * 2.5f));
    // Three columns centre the card: a Group cannot narrow the region a card fills.
    const float w = std::min(ImGui::GetContentRegionAvail().x, em * 30.0f);
    empty_table_open = ImGui::BeginTable("##empty_state", 3, ImGuiTableFlags_NoSavedSettings);
    if (!empty_table_open) return;
    ImGui::TableSetupColumn("##l", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("##c", ImGuiTableColumnFlags_WidthFixed, w);
    ImGui::TableSetupColumn("##r", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(1);
    const ImVec4 band = palette().accent;
    panel::begin_box("##empty_card", &band);
    ImGui::PushFont(fonts().title);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(title);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    muted_text(text);
    ImGui::Dummy(ImVec2(0, em * 0.3f));
}

void end_empty_state() {
    if (!empty_table_open) return;
    panel::end_box();
    ImGui::EndTable();
    empty_table_open = false;
}

}  // namespace clearance::ui::play
