// The progress screen: the signed-in trainee's key figures, scores over time, mastery per field
// of work and per competency, and the history of attempts with a way back into each (the
// debrief of a finished one, resume for an unfinished one).
//
// At 1280x800 and 17 px everything fits without scrolling the page: two rows of two cards, the
// history table scrolling inside its own card. Narrower or larger text stacks the cards.
#include "core/competency.h"
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace clearance::ui {

namespace {

std::string scenario_title(const Model& model, const std::string& id) {
    for (const ScenarioItem& s : model.scenarios)
        if (s.id == id && !s.title.empty()) return s.title;
    return id;
}

const ResumeItem* find_resumable(const Model& model, const std::string& uuid) {
    for (const ResumeItem& r : model.resumable)
        if (r.attempt_uuid == uuid) return &r;
    return nullptr;
}


// --- key figures --------------------------------------------------------------------------------

struct Figure {
    const char* caption;
    std::string value;
    std::string note;
    ImVec4 color;
};

void figures(const core::ProfileReport& r) {
    const Palette& p = palette();
    std::vector<Figure> f;
    char buf[128];
    std::snprintf(buf, sizeof buf, tr("of %d started"), r.attempts);
    f.push_back({tr("Attempts finished"), std::to_string(r.finished), buf, p.text});
    f.push_back({tr("Best score"), r.best_percent ? format_percent(*r.best_percent) : "—", tr("best finished attempt"),
                 r.best_percent ? mastery_color(*r.best_percent / 100) : p.text_muted});
    f.push_back({tr("Latest score"), r.latest_percent ? format_percent(*r.latest_percent) : "—",
                 tr("most recent finished attempt"), r.latest_percent ? mastery_color(*r.latest_percent / 100) : p.text_muted});
    f.push_back({tr("Time spent"), format_duration(r.time_ms), tr("on answered steps"), p.text});
    if (r.trend_slope) {
        const double s = *r.trend_slope;
        const std::string n = format_number(s, 1);
        f.push_back({tr("Trend"), (s > 0 && n != "0" ? "+" : "") + n, tr("points per attempt, last 10"),
                     s >= 0.5 ? p.good : s <= -0.5 ? p.bad : p.text});
    } else {
        f.push_back({tr("Trend"), "—", tr("needs two finished attempts"), p.text_muted});
    }

    const ImGuiStyle& st = ImGui::GetStyle();
    const float avail = ImGui::GetContentRegionAvail().x;
    // Each card wants about 11 ems so "1 h 25 min" fits in the title font.
    const int columns = std::clamp(static_cast<int>(avail / (ImGui::GetFontSize() * 11)), 2, 5);
    const float w = (avail - st.ItemSpacing.x * (columns - 1)) / columns;
    ImGui::PushFont(fonts().small);
    const float small_h = ImGui::GetTextLineHeight();
    ImGui::PopFont();
    ImGui::PushFont(fonts().title);
    const float value_h = ImGui::GetTextLineHeight();
    ImGui::PopFont();
    const float h = st.WindowPadding.y * 2 + small_h * 2 + value_h + st.ItemSpacing.y;
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (i % columns != 0) ImGui::SameLine();
        ImGui::PushID(static_cast<int>(i));
        begin_card("##figure", ImVec2(w, h));
        const float inner = w - st.WindowPadding.x * 2;
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(st.ItemSpacing.x, st.ItemSpacing.y * 0.25f));
        ImGui::PushFont(fonts().small);
        ImGui::TextColored(p.text_muted, "%s", ellipsize(f[i].caption, inner).c_str());
        ImGui::PopFont();
        ImGui::PushFont(fonts().title);
        ImGui::TextColored(f[i].color, "%s", ellipsize(f[i].value.c_str(), inner).c_str());
        ImGui::PopFont();
        ImGui::PushFont(fonts().small);
        const std::string note = ellipsize(f[i].note.c_str(), inner);
        ImGui::TextColored(p.text_muted, "%s", note.c_str());
        if (note != f[i].note && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", f[i].note.c_str());
        ImGui::PopFont();
        ImGui::PopStyleVar();
        end_card();
        ImGui::PopID();
    }
}

// --- charts -------------------------------------------------------------------------------------

void trend_card(const Model& model, const core::ProfileReport& r, ImVec2 size) {
    begin_card("##trend", size);
    card_heading(tr("Scores over time"), tr("each finished attempt, oldest first"));
    std::vector<double> values;
    for (const core::TrendPoint& t : r.trend) values.push_back(t.percent);
    const std::string first = r.trend.empty() ? std::string() : format_utc(r.trend.front().finished_ms).substr(0, 10);
    const std::string last = r.trend.empty() ? std::string() : format_utc(r.trend.back().finished_ms).substr(0, 10);
    const ImVec2 area(ImGui::GetContentRegionAvail().x, std::max(ImGui::GetContentRegionAvail().y, ImGui::GetFontSize() * 4));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const int hot = score_chart("##chart", values, area, first.c_str(), last.c_str());
    probe("progress.chart");
    if (hot >= 0) {
        const core::TrendPoint& t = r.trend[static_cast<std::size_t>(hot)];
        ImGui::BeginTooltip();
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(scenario_title(model, t.scenario_id).c_str());
        ImGui::PopFont();
        ImGui::TextColored(palette().text_muted, "%s", format_utc(t.finished_ms).c_str());
        ImGui::TextColored(mastery_color(t.percent / 100), "%s", format_percent(t.percent).c_str());
        ImGui::EndTooltip();
    }
    if (values.empty()) {
        const char* text = tr("Your first finished attempt starts the chart.");
        const ImVec2 ts = ImGui::CalcTextSize(text);
        ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + (area.x - ts.x) * 0.5f, at.y + (area.y - ts.y) * 0.45f),
                                            ImGui::GetColorU32(palette().text_muted), text);
    }
    end_card();
}

// One labelled bar: name, meter, value; the name column is `name_w` wide.
void bar_row(const char* name, std::optional<double> mastery, ImVec4 color, float name_w, const char* tooltip) {
    const ImGuiStyle& st = ImGui::GetStyle();
    const float value_w = ImGui::CalcTextSize("100 %").x;
    const float inner = ImGui::GetContentRegionAvail().x;
    const float bar_w = std::max(inner - name_w - value_w - st.ItemSpacing.x * 2, ImGui::GetFontSize() * 3);
    const float line = ImGui::GetTextLineHeight();
    const float bar_h = std::max(6.0f, ImGui::GetFontSize() * 0.4f);
    ImGui::BeginGroup();
    const std::string shown = ellipsize(name, name_w);
    ImGui::TextUnformatted(shown.c_str());
    ImGui::SameLine(name_w + st.ItemSpacing.x);  // inside a group, offsets start at the group
    // The bar is painted over a line-high spacer, centred on the text.
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(bar_w, line));
    meter_at(ImGui::GetWindowDrawList(), ImVec2(at.x, at.y + (line - bar_h) * 0.5f),
             ImVec2(at.x + bar_w, at.y + (line + bar_h) * 0.5f), mastery, color);
    ImGui::SameLine();
    const std::string value = mastery ? format_percent(*mastery * 100) : "—";
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + value_w - ImGui::CalcTextSize(value.c_str()).x);
    ImGui::TextColored(mastery ? palette().text : palette().text_muted, "%s", value.c_str());
    ImGui::EndGroup();
    if (ImGui::IsItemHovered() && tooltip) ImGui::SetTooltip("%s", tooltip);
}

// Bar rows sit closer than ordinary lines: eight topics then fit beside the chart.
constexpr float bar_row_spacing = 0.6f;  // of ItemSpacing.y

float topics_height(std::size_t rows) {
    const ImGuiStyle& st = ImGui::GetStyle();
    ImGui::PushFont(fonts().bold);
    const float head = ImGui::GetTextLineHeight();
    ImGui::PopFont();
    return st.WindowPadding.y * 2 + head + st.ItemSpacing.y +
           static_cast<float>(rows) * (ImGui::GetTextLineHeight() + st.ItemSpacing.y * bar_row_spacing);
}

void topics_card(const core::ProfileReport& r, ImVec2 size) {
    begin_card("##topics", size);
    card_heading(tr("Mastery by field"), tr("points earned over points possible"));
    std::vector<core::MasteryRow> rows = r.topics;
    if (rows.empty())
        for (core::Topic t : core::all_topics) rows.push_back(core::MasteryRow{std::string(core::topic_id(t)), 0, 0, 0, {}});
    float name_w = 0;
    for (core::Topic t : core::all_topics) name_w = std::max(name_w, ImGui::CalcTextSize(topic_name(t)).x);
    name_w = std::min(name_w, size.x * 0.4f);
    const ImGuiStyle& st = ImGui::GetStyle();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(st.ItemSpacing.x, st.ItemSpacing.y * bar_row_spacing));
    for (const core::MasteryRow& row : rows) {
        const auto topic = core::parse_topic(row.key);
        char tip[96];
        std::snprintf(tip, sizeof tip, row.count == 1 ? tr("1 finished attempt") : tr("%d finished attempts"), row.count);
        bar_row(topic ? topic_name(*topic) : row.key.c_str(), row.mastery,
                topic ? topic_color(*topic) : palette().accent, name_w, tip);
    }
    ImGui::PopStyleVar();
    end_card();
}

void competencies_card(const core::ProfileReport& r, ImVec2 size) {
    begin_card("##competencies", size);
    card_heading(tr("Mastery by competency"), tr("weakest first"));
    std::vector<const core::MasteryRow*> rows;
    for (const core::MasteryRow& row : r.competencies) rows.push_back(&row);
    // Weakest first: that is what to practise next. Rows with no points possible go last.
    std::stable_sort(rows.begin(), rows.end(), [](const core::MasteryRow* a, const core::MasteryRow* b) {
        if (a->mastery.has_value() != b->mastery.has_value()) return a->mastery.has_value();
        return a->mastery && *a->mastery < *b->mastery;
    });
    if (rows.empty()) {
        muted_text(tr("Competencies show up here as your answers give evidence of them."));
        end_card();
        return;
    }
    ImGui::BeginChild("##list", ImVec2(0, 0), false);
    const float name_w = std::min(ImGui::GetContentRegionAvail().x * 0.45f, ImGui::GetFontSize() * 14);
    const ImGuiStyle& st = ImGui::GetStyle();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(st.ItemSpacing.x, st.ItemSpacing.y * bar_row_spacing));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const core::MasteryRow& row = *rows[i];
        // Its name when the catalogue knows it; else the author's id, in the code font.
        const std::string_view name = core::competency_name(row.key, language());
        char tip[256];
        std::snprintf(tip, sizeof tip, row.count == 1 ? tr("%s: 1 answer") : tr("%s: %d answers"), row.key.c_str(), row.count);
        if (name.empty()) ImGui::PushFont(fonts().mono);
        bar_row(name.empty() ? row.key.c_str() : std::string(name).c_str(), row.mastery,
                row.mastery ? mastery_color(*row.mastery) : palette().text_muted, name_w, tip);
        if (name.empty()) ImGui::PopFont();
        ImGui::PopID();
    }
    ImGui::PopStyleVar();
    ImGui::EndChild();
    end_card();
}

float competencies_height(const core::ProfileReport& r, float cap) {
    const ImGuiStyle& st = ImGui::GetStyle();
    const float rows = static_cast<float>(std::max<std::size_t>(r.competencies.size(), 2));
    return std::min(cap, st.WindowPadding.y * 2 + ImGui::GetTextLineHeight() + st.ItemSpacing.y +
                             (ImGui::GetTextLineHeight() + st.ItemSpacing.y * bar_row_spacing) * rows + 2);
}

// --- history ------------------------------------------------------------------------------------

void history_table(const Model& model, ImVec2 size, std::vector<Intent>& intents) {
    const Palette& p = palette();
    const ImGuiStyle& st = ImGui::GetStyle();
    const auto& history = model.progress.history;
    // One group, so the card beside it lines up with its top.
    ImGui::BeginGroup();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const ImVec2 b(a.x + size.x, a.y + size.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = st.ChildRounding;
    fill_round_rect(dl, a, b, ImGui::GetColorU32(p.card_bg), r);
    dl->AddRect(a, b, ImGui::GetColorU32(p.border), r);
    ImGui::SetCursorScreenPos(ImVec2(a.x + st.WindowPadding.x, a.y + st.WindowPadding.y * 0.75f));
    char note[64];
    std::snprintf(note, sizeof note, history.size() == 1 ? tr("1 attempt, newest first") : tr("%d attempts, newest first"),
                  static_cast<int>(history.size()));
    card_heading(tr("History"), note);
    ImGui::SetCursorScreenPos(ImVec2(a.x + 1, ImGui::GetCursorScreenPos().y));
    if (history.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(a.x + st.WindowPadding.x, ImGui::GetCursorScreenPos().y));
        muted_text(tr("No attempts yet."));
        ImGui::SetCursorScreenPos(ImVec2(a.x, b.y));
        ImGui::Dummy(ImVec2(size.x, 0));
        ImGui::EndGroup();
        return;
    }

    const float table_h = b.y - ImGui::GetCursorScreenPos().y - r * 0.5f;
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoSavedSettings |
                                  ImGuiTableFlags_PadOuterX;
    // Both action labels get one width, so the buttons line up down the column.
    const float action_w = std::max(ImGui::CalcTextSize(tr("Debrief")).x, ImGui::CalcTextSize(tr("Resume")).x) +
                           st.FramePadding.x * 2;
    if (ImGui::BeginTable("##history", 5, flags, ImVec2(size.x - 2, std::max(table_h, ImGui::GetFrameHeight() * 3)))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr("Date (UTC)"));
        ImGui::TableSetupColumn(tr("Scenario"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr("Mode"));
        ImGui::TableSetupColumn(tr("Score"));
        ImGui::TableSetupColumn("##action", ImGuiTableColumnFlags_WidthFixed, action_w);
        ImGui::TableNextRow();  // muted captions, as in the browser
        ImGui::PushFont(fonts().small);
        for (int c = 0; c < 4; ++c) {
            ImGui::TableSetColumnIndex(c);
            ImGui::TextColored(p.text_muted, "%s", ImGui::TableGetColumnName(c));
        }
        ImGui::PopFont();

        // Every row is one button high, so the clipper can skip what is scrolled away.
        const float row_h = ImGui::GetFrameHeight() + st.CellPadding.y * 2;
        const float text_dy = (ImGui::GetFrameHeight() - ImGui::GetTextLineHeight()) * 0.5f;
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(history.size()), row_h);
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const HistoryItem& h = history[static_cast<std::size_t>(i)];
                const core::AttemptRecord& at = h.attempt;
                ImGui::PushID(i);
                ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
                auto text_cell = [&](const std::string& text, ImVec4 color) {
                    ImGui::TableNextColumn();
                    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + text_dy);
                    ImGui::TextColored(color, "%s", text.c_str());
                };
                text_cell(format_utc(at.finished_ms.value_or(at.started_ms)), p.text_muted);
                ImGui::TableNextColumn();
                ImGui::SetCursorPosY(ImGui::GetCursorPosY() + text_dy);
                const std::string title = ellipsize(h.title.c_str(), ImGui::GetContentRegionAvail().x);
                ImGui::TextUnformatted(title.c_str());
                if (title != h.title && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", h.title.c_str());
                text_cell(mode_name(at.mode), p.text);
                if (at.finished()) {
                    const double pct = h.percent.value_or(at.max > 0 ? 100.0 * at.score / at.max : 0.0);
                    text_cell(format_number(at.score) + " / " + format_number(at.max) + " (" + format_percent(pct) + ")",
                              mastery_color(pct / 100));
                } else {
                    ImGui::TableNextColumn();
                    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (ImGui::GetFrameHeight() - ImGui::GetTextLineHeight() * 0.85f) * 0.5f - 2);
                    pill(tr("Unfinished"), p.warn);
                }
                ImGui::TableNextColumn();
                const std::string name = "progress.attempt." + std::to_string(i);
                if (at.finished()) {
                    if (soft_button(tr("Debrief"), ImVec2(action_w, 0))) intents.push_back(OpenDebrief{at.uuid});
                    probe(name.c_str());
                } else {
                    // Only an attempt whose scenario is unchanged can be replayed to where it stood.
                    const ResumeItem* res = find_resumable(model, at.uuid);
                    const bool can = !res || res->playable;
                    ImGui::BeginDisabled(!can);
                    if (primary_button(tr("Resume"), ImVec2(action_w, 0))) intents.push_back(ResumeAttempt{at.uuid});
                    ImGui::EndDisabled();
                    probe(name.c_str());
                    if (!can && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
                        ImGui::SetTooltip("%s", tr("The scenario has changed since: this attempt cannot be resumed."));
                }
                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
    ImGui::SetCursorScreenPos(ImVec2(a.x, b.y));
    ImGui::Dummy(ImVec2(size.x, 0));
    ImGui::EndGroup();
}

void empty_state(std::vector<Intent>& intents) {
    const ImGuiStyle& st = ImGui::GetStyle();
    const char* text = tr("Finish a scenario and your scores, your mastery of each field and your history appear here.");
    const float text_h = ImGui::CalcTextSize(text, nullptr, false, ImGui::GetContentRegionAvail().x - st.WindowPadding.x * 2).y;
    begin_card("##empty", ImVec2(0, st.WindowPadding.y * 2 + ImGui::GetTextLineHeight() + text_h + ImGui::GetFrameHeight() +
                                        st.ItemSpacing.y * 3));
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr("No results yet"));
    ImGui::PopFont();
    muted_text(text);
    ImGui::Dummy(ImVec2(0, st.ItemSpacing.y * 0.5f));
    if (primary_button(tr("Browse scenarios"))) intents.push_back(Navigate{Screen::browser});
    ImGui::SetItemDefaultFocus();
    probe("progress.browse");
    end_card();
}

}  // namespace

void view_progress(const Model& model, std::vector<Intent>& intents) {
    const bool busy = ImGui::GetIO().WantTextInput || ImGui::IsAnyItemActive() ||
                      ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    if (!busy && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) intents.push_back(Navigate{Screen::start});

    const char* who = model.profile ? model.profile->name.c_str() : nullptr;
    char title[160];
    if (who)
        std::snprintf(title, sizeof title, tr("Progress of %s"), who);
    else
        std::snprintf(title, sizeof title, "%s", tr("Progress"));
    screen_title(title, tr("Scores count finished attempts only; an unfinished attempt is not a result yet."));
    ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.25f));

    const auto& report = model.progress.report;
    if (!report && model.progress.history.empty()) {
        empty_state(intents);
        return;
    }
    const ImGuiStyle& st = ImGui::GetStyle();
    const float font = ImGui::GetFontSize();
    const float avail = ImGui::GetContentRegionAvail().x;
    // Two columns need about 50 ems: the history table's five columns in 60 % of the width.
    const bool wide = avail >= font * 50;
    const float left = wide ? std::floor((avail - st.ItemSpacing.x) * 0.6f) : avail;
    const float right = wide ? avail - st.ItemSpacing.x - left : avail;

    if (report) {
        figures(*report);
        const std::size_t topic_rows = std::max<std::size_t>(report->topics.size(), core::all_topics.size());
        const float row_a = std::max(font * 12, topics_height(topic_rows));
        trend_card(model, *report, ImVec2(left, row_a));
        if (wide) ImGui::SameLine();
        topics_card(*report, ImVec2(right, wide ? row_a : topics_height(topic_rows)));
    }
    // The bottom row takes what is left of the screen, but never less than about 5 history rows.
    const float rest = std::max(ImGui::GetContentRegionAvail().y, font * 12);
    if (wide) {
        history_table(model, ImVec2(left, rest), intents);
        if (report) {
            ImGui::SameLine();
            competencies_card(*report, ImVec2(right, rest));
        }
    } else {
        if (report) competencies_card(*report, ImVec2(right, competencies_height(*report, font * 16)));
        history_table(model, ImVec2(avail, font * 20), intents);
    }
}

}  // namespace clearance::ui
