// The debrief: a finished attempt, as an instructor would go through it with the trainee. A
// summary card (score ring, verdict, time, what to do next), the competencies the attempt gave
// evidence for, then one card per step: the answer beside the expected one, the grader's lines
// with their rules, the explanation and the references.
//
// Draws model.debrief only; the app fills it when an attempt finishes or is reopened. When the
// scenario changed since the attempt (replayed is false) the keys and explanations of the new
// version would mislead, so they are not shown and the note says why.
#include "core/competency.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/player_parts.h"
#include "ui/probe.h"
#include "ui/step_panels.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>

namespace clearance::ui {

namespace {

std::string shown_uuid;  // the attempt shown last frame: a new one starts at the top

std::string finished_text(std::int64_t ms) {
    if (ms <= 0) return {};
    const std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
    return buf;
}

double percent_of(double score, double max) { return max > 0 ? 100.0 * score / max : 0.0; }

const char* overall_verdict(const DebriefState& d) {
    if (d.max <= 0) return tr("Nothing was graded in this attempt.");
    const double pc = percent_of(d.score, d.max);
    if (pc >= 80.0) return tr("Well done");
    if (pc >= 50.0) return tr("Good progress");
    return tr("Keep practising");
}

// A ring of `fraction`, with the percentage in its middle. 48 segments look round at 120 px and
// stay cheap to rasterise.
void score_ring(float diameter, float fraction, ImVec4 color, const char* centre_text) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float thick = std::max(4.0f, diameter * 0.09f);
    const float r = (diameter - thick) * 0.5f;
    const ImVec2 c(pos.x + diameter * 0.5f, pos.y + diameter * 0.5f);
    dl->AddCircle(c, r, ImGui::GetColorU32(play::track_color()), 48, thick);
    const float f = std::clamp(fraction, 0.0f, 1.0f);
    if (f >= 0.999f) {
        // A closed arc overlaps its own ends, which shows as a notch: a whole ring is a circle.
        dl->AddCircle(c, r, ImGui::GetColorU32(color), 48, thick);
    } else if (f > 0.0f) {
        const float start = -3.14159265f * 0.5f;
        dl->PathArcTo(c, r, start, start + 2 * 3.14159265f * f, std::max(4, static_cast<int>(48 * f)));
        dl->PathStroke(ImGui::GetColorU32(color), 0, thick);
    }
    ImGui::PushFont(fonts().title);
    const ImVec2 ts = ImGui::CalcTextSize(centre_text);
    dl->AddText(ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), ImGui::GetColorU32(p.text), centre_text);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(diameter, diameter));
}

void actions(const DebriefState& d, std::vector<Intent>& intents) {
    // The suggested way on is the accent button; the others are quiet.
    const bool retry_first = d.suggest_retry || d.next_id.empty();
    auto button = [](const char* label, bool primary) { return primary ? play::primary_button(label) : panel::quiet_button(label); };

    ImGui::BeginDisabled(d.scenario_id.empty());
    if (button(tr("Retry"), retry_first)) intents.push_back(StartScenario{d.scenario_id, d.mode});
    ImGui::EndDisabled();
    probe("debrief.retry");
    if (!d.next_id.empty()) {
        ImGui::SameLine();
        char label[256];
        std::snprintf(label, sizeof label, tr("Next: %s"), d.next_title.empty() ? d.next_id.c_str() : d.next_title.c_str());
        std::strncat(label, "###next", sizeof label - std::strlen(label) - 1);
        if (button(label, !retry_first)) intents.push_back(StartScenario{d.next_id, core::AttemptMode::practice});
        probe("debrief.next");
    }
    ImGui::SameLine();
    if (panel::quiet_button(tr("Home"))) intents.push_back(Navigate{Screen::start});
    probe("debrief.home");
    ImGui::SameLine();
    if (panel::quiet_button(tr("Progress"))) intents.push_back(Navigate{Screen::progress});
    probe("debrief.progress");
}

void summary_card(const DebriefState& d, std::vector<Intent>& intents) {
    const Palette& p = palette();
    const float em = ImGui::GetFontSize();
    const ImVec4 band = play::score_color(d.score, d.max);
    panel::begin_box("##summary", &band);
    const float ring = std::round(em * 6.5f);
    if (ImGui::BeginTable("##summary_layout", 2, ImGuiTableFlags_NoSavedSettings)) {
        ImGui::TableSetupColumn("##ring", ImGuiTableColumnFlags_WidthFixed, ring + em * 0.4f);
        ImGui::TableSetupColumn("##text", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        char pc[32];
        std::snprintf(pc, sizeof pc, tr("%d%%"), static_cast<int>(std::lround(percent_of(d.score, d.max))));
        score_ring(ring, d.max > 0 ? static_cast<float>(d.score / d.max) : 0.0f, band, pc);

        ImGui::TableSetColumnIndex(1);
        ImGui::PushFont(fonts().small);
        ImGui::TextColored(p.text_muted, "%s", tr("Debrief"));
        ImGui::PopFont();
        ImGui::PushFont(fonts().title);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(d.title.empty() ? d.scenario_id.c_str() : d.title.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();

        // "Practice · finished 2024-03-14 14:05 · 12 min 30 s"
        char meta[256];
        const std::string when = finished_text(d.finished_ms);
        const std::string took = play::duration(d.time_ms);
        if (when.empty())
            std::snprintf(meta, sizeof meta, tr("%s \xC2\xB7 time taken %s"), play::mode_label(d.mode), took.c_str());
        else
            std::snprintf(meta, sizeof meta, tr("%s \xC2\xB7 finished %s \xC2\xB7 time taken %s"), play::mode_label(d.mode),
                          when.c_str(), took.c_str());
        muted_text(meta);

        const float y0 = ImGui::GetCursorPosY();
        ImGui::PushFont(fonts().title);
        ImGui::TextColored(band, "%s", play::score_text(d.score, d.max).c_str());
        ImGui::PopFont();
        ImGui::SameLine(0, em * 0.8f);
        ImGui::SetCursorPosY(y0 + (fonts().title->FontSize - em) * 0.5f);
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(overall_verdict(d));
        ImGui::PopFont();
        ImGui::SetCursorPosY(y0 + fonts().title->FontSize + ImGui::GetStyle().ItemSpacing.y);
        ImGui::Dummy(ImVec2(0, em * 0.2f));
        actions(d, intents);
        ImGui::EndTable();
    }
    panel::end_box();
}

void note_card(const DebriefState& d) {
    if (d.replayed && d.note.empty()) return;
    const ImVec4 band = palette().warn;
    panel::begin_box("##note", &band);
    ImGui::PushTextWrapPos(0);
    if (!d.note.empty()) ImGui::TextUnformatted(d.note.c_str());
    else ImGui::TextUnformatted(tr("The scenario has changed since this attempt: expected answers and explanations are not shown."));
    ImGui::PopTextWrapPos();
    panel::end_box();
}

void competencies_card(const DebriefState& d) {
    if (d.competencies.empty()) return;
    const float em = ImGui::GetFontSize();
    panel::begin_box("##competencies");
    panel::section(tr("Competencies practised"));
    ImGui::PushFont(fonts().small);
    muted_text(tr("What this attempt counts towards each competency: points earned out of points at stake."));
    ImGui::PopFont();
    // Bars longer than about 40 characters of text are hard to compare: the table stays narrow.
    const float table_w = std::min(ImGui::GetContentRegionAvail().x, em * 44.0f);
    if (ImGui::BeginTable("##bars", 3, ImGuiTableFlags_NoSavedSettings, ImVec2(table_w, 0))) {
        ImGui::TableSetupColumn("##name", ImGuiTableColumnFlags_WidthFixed, em * 15);
        ImGui::TableSetupColumn("##bar", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("##score", ImGuiTableColumnFlags_WidthFixed, em * 5);
        for (const core::MasteryRow& row : d.competencies) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            const std::string_view name = core::competency_name(row.key, language());
            if (name.empty()) {
                ImGui::PushFont(fonts().mono);
                ImGui::TextUnformatted(row.key.c_str());
                ImGui::PopFont();
            } else {
                ImGui::TextUnformatted(name.data(), name.data() + name.size());
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", row.key.c_str());
            }
            ImGui::TableSetColumnIndex(1);
            const float h = std::round(em * 0.55f);
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::round((ImGui::GetTextLineHeight() - h) * 0.5f));
            play::meter(row.max > 0 ? static_cast<float>(row.score / row.max) : 0.0f, play::score_color(row.score, row.max),
                        ImGui::GetContentRegionAvail().x, h);
            ImGui::TableSetColumnIndex(2);
            ImGui::TextUnformatted(play::score_text(row.score, row.max).c_str());
        }
        ImGui::EndTable();
    }
    panel::end_box();
}

// "Your answer" or "Expected" over its text, in a cell.
void answer_cell(const char* label, const std::string& text, ImVec4 accent) {
    ImGui::PushFont(fonts().small);
    ImGui::TextColored(accent, "%s", label);
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0);
    if (text.empty()) ImGui::TextColored(palette().text_muted, "%s", tr("(no answer)"));
    else ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

void step_card(const DebriefState& d, const DebriefStep& st, int number) {
    const Palette& p = palette();
    const float em = ImGui::GetFontSize();
    const bool graded = st.kind != core::StepKind::brief;
    const ImVec4 band = graded ? play::score_color(st.score, st.max) : p.border;
    ImGui::PushID(number);
    panel::begin_box("##step", &band);

    // Number, kind and title on the left; the score on the right.
    if (ImGui::BeginTable("##head", 2, ImGuiTableFlags_NoSavedSettings)) {
        ImGui::TableSetupColumn("##title", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("##score", ImGuiTableColumnFlags_WidthFixed, em * 7);
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        // The kind pill, then "Step 2" in small text on the pill's baseline.
        pill(play::kind_label(st.kind), p.accent);
        ImGui::SameLine(0, em * 0.5f);
        char n[32];
        std::snprintf(n, sizeof n, tr("Step %d"), number);
        ImGui::PushFont(fonts().small);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 2);
        ImGui::TextColored(p.text_muted, "%s", n);
        ImGui::PopFont();
        ImGui::PushFont(fonts().bold);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(st.title.empty() ? st.step_id.c_str() : st.title.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        ImGui::TableSetColumnIndex(1);
        if (graded) {
            const std::string score = play::score_text(st.score, st.max);
            ImGui::PushFont(fonts().title);
            const float w = ImGui::CalcTextSize(score.c_str()).x;
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - w));
            ImGui::TextColored(band, "%s", score.c_str());
            ImGui::PopFont();
            const char* verdict = play::score_verdict(st.score, st.max);
            ImGui::PushFont(fonts().small);
            const float vw = ImGui::CalcTextSize(verdict).x;
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - vw));
            ImGui::TextColored(band, "%s", verdict);
            ImGui::PopFont();
        }
        ImGui::EndTable();
    }
    if (!st.prompt.empty()) {
        ImGui::PushFont(fonts().small);
        muted_text(st.prompt.c_str());
        ImGui::PopFont();
    }

    if (graded) {
        panel::divider();
        const bool show_key = d.replayed && !st.key.empty();
        if (show_key && ImGui::BeginTable("##answers", 2, ImGuiTableFlags_NoSavedSettings)) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            answer_cell(tr("Your answer"), st.answer, p.text_muted);
            ImGui::TableSetColumnIndex(1);
            answer_cell(tr("Expected"), st.key, p.good);
            ImGui::EndTable();
        } else if (!show_key) {
            answer_cell(tr("Your answer"), st.answer, p.text_muted);
        }

        // Hints, lateness and time as small pills on one line.
        char buf[96];
        if (st.hints > 0) {
            std::snprintf(buf, sizeof buf, st.hints == 1 ? tr("1 hint taken") : tr("%d hints taken"), st.hints);
            pill(buf, p.warn);
            ImGui::SameLine();
        }
        if (st.late) {
            pill(tr("Late: scored 0"), p.bad);
            ImGui::SameLine();
        }
        std::snprintf(buf, sizeof buf, tr("Time: %s"), play::duration(st.time_ms).c_str());
        pill(buf, p.text_muted);
    }

    if (!st.feedback.empty()) {
        panel::divider();
        play::feedback_lines(st.feedback);
    }
    if (d.replayed && !st.explanation.empty()) {
        panel::divider();
        panel::section(tr("Why"));
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(st.explanation.c_str());
        ImGui::PopTextWrapPos();
    }
    if (!st.references.empty()) {
        ImGui::Dummy(ImVec2(0, em * 0.1f));
        play::reference_pills(st.references);
    }
    panel::end_box();
    ImGui::PopID();
}

}  // namespace

void view_debrief(const Model& model, std::vector<Intent>& intents) {
    const DebriefState& d = model.debrief;
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) && !io.WantTextInput &&
        !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))
        intents.push_back(Navigate{Screen::start});

    if (d.attempt_uuid.empty()) {
        play::begin_empty_state(tr("No debrief to show"),
                                tr("Finish an attempt, or open one from your progress history, to go through it here step by step."));
        if (play::primary_button(tr("Home"))) intents.push_back(Navigate{Screen::start});
        probe("debrief.home");
        ImGui::SameLine();
        if (panel::quiet_button(tr("Progress"))) intents.push_back(Navigate{Screen::progress});
        probe("debrief.progress");
        play::end_empty_state();
        return;
    }

    ImGui::BeginChild("##debrief", ImVec2(0, 0), false);
    if (shown_uuid != d.attempt_uuid) {
        shown_uuid = d.attempt_uuid;
        ImGui::SetScrollY(0);
    }
    summary_card(d, intents);
    note_card(d);
    competencies_card(d);
    if (!d.steps.empty()) {
        ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.3f));
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(tr("Step by step"));
        ImGui::PopFont();
        int number = 0;
        for (const DebriefStep& st : d.steps) step_card(d, st, ++number);
    }
    ImGui::EndChild();
}

}  // namespace clearance::ui
