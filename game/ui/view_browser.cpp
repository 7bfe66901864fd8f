// The scenario browser: every scenario file of the catalog in one table, filtered by title or
// id, topic, level, language and whether the trainee has done it, with Practice and Exam
// buttons (and Shift for a generated scenario). Broken files stay listed, with their diagnostics, so an author sees what to fix;
// one whose last good version still loads can be played.
//
// UI-only state (the filters) lives here and survives leaving the screen.
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>

namespace clearance::ui {

namespace {

struct Filters {
    std::string search;
    int topic = 0;          // 0: all, else 1 + index into core::all_topics
    int level = 0;          // 0: all, else the Level's value (1..3)
    std::string language;   // empty: all
    int status = 0;         // 0: all, 1: not done, 2: done
    bool any() const { return !search.empty() || topic || level || !language.empty() || status; }
};
Filters filters;
// The table's content height in the last frame: the card shrinks to it when the rows are few.
float table_content_h = 0;

bool contains_nocase(const std::string& hay, const std::string& needle) {
    auto lower = [](unsigned char c) { return static_cast<char>(std::tolower(c)); };
    auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                          [&](char a, char b) { return lower(static_cast<unsigned char>(a)) == lower(static_cast<unsigned char>(b)); });
    return it != hay.end();
}

bool passes(const ScenarioItem& s) {
    if (!filters.search.empty() && !contains_nocase(s.title, filters.search) && !contains_nocase(s.id, filters.search) &&
        !contains_nocase(s.file, filters.search))
        return false;
    if (filters.topic && (s.id.empty() || s.topic != core::all_topics[static_cast<std::size_t>(filters.topic - 1)])) return false;
    if (filters.level && static_cast<int>(s.level) != filters.level) return false;
    if (!filters.language.empty() &&
        std::find(s.languages.begin(), s.languages.end(), filters.language) == s.languages.end())
        return false;
    if (filters.status == 1 && s.done()) return false;
    if (filters.status == 2 && !s.done()) return false;
    return true;
}

// Languages are named in themselves, so the names need no translation.
std::string language_name(const std::string& code) {
    static const char* const names[][2] = {{"en", "English"}, {"fr", "Français"}, {"es", "Español"},
                                           {"pt", "Português"}, {"de", "Deutsch"}, {"ru", "Русский"}};
    for (const auto& n : names)
        if (code == n[0]) return n[1];
    std::string up = code;
    for (char& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return up;
}

std::string language_codes(const std::vector<std::string>& langs) {
    std::string out;
    for (const std::string& l : langs) {
        if (!out.empty()) out += " · ";
        for (char c : l) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return out.empty() ? "—" : out;
}

std::string minutes_text(int minutes) {
    if (minutes <= 0) return "—";
    char buf[48];
    std::snprintf(buf, sizeof buf, tr("%d min"), minutes);
    return buf;
}

std::string count_text(int n, const char* one, const char* many) {
    char buf[64];
    std::snprintf(buf, sizeof buf, n == 1 ? one : many, n);
    return buf;
}

// A combo of `labels` (the first one means "all") that writes the picked index to `current`.
// Probes: "browser.filter.<name>" for the combo, "browser.filter.<name>.<k>" for its entries.
void filter_combo(const char* name, const std::vector<std::string>& labels, int& current) {
    float w = 0;
    for (const std::string& l : labels) w = std::max(w, ImGui::CalcTextSize(l.c_str()).x);
    ImGui::SetNextItemWidth(w + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2);
    const std::string id = std::string("##") + name;
    const std::string base = std::string("browser.filter.") + name;
    // The arrow box takes the field's colour: a row of accent squares would outshout the table.
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(ImGuiCol_FrameBgHovered));
    const bool open = ImGui::BeginCombo(id.c_str(), labels[static_cast<std::size_t>(current)].c_str());
    ImGui::PopStyleColor(2);
    probe(base.c_str());
    if (!open) return;
    for (std::size_t k = 0; k < labels.size(); ++k) {
        const bool on = static_cast<int>(k) == current;
        if (ImGui::Selectable(labels[k].c_str(), on)) current = static_cast<int>(k);
        probe((base + "." + std::to_string(k)).c_str());
        if (on) ImGui::SetItemDefaultFocus();
    }
    ImGui::EndCombo();
}

void filter_row(const Model& model) {
    ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 17, ImGui::GetContentRegionAvail().x));
    ImGui::InputTextWithHint("##search", tr("Search by title or id"), &filters.search);
    probe("browser.search");

    std::vector<std::string> topics = {tr("All topics")};
    for (core::Topic t : core::all_topics) topics.push_back(topic_name(t));
    std::vector<std::string> levels = {tr("All levels"), level_name(core::Level::basic),
                                       level_name(core::Level::intermediate), level_name(core::Level::advanced)};
    std::vector<std::string> codes;
    for (const ScenarioItem& s : model.scenarios)
        for (const std::string& l : s.languages)
            if (std::find(codes.begin(), codes.end(), l) == codes.end()) codes.push_back(l);
    std::sort(codes.begin(), codes.end());
    // A language picked earlier stays listed even when no scenario has it any more.
    if (!filters.language.empty() && std::find(codes.begin(), codes.end(), filters.language) == codes.end())
        codes.push_back(filters.language);
    std::vector<std::string> languages = {tr("All languages")};
    int language = 0;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        languages.push_back(language_name(codes[i]));
        if (codes[i] == filters.language) language = static_cast<int>(i + 1);
    }
    std::vector<std::string> statuses = {tr("Any status"), tr("Not done"), tr("Done")};

    auto combo_w = [](const std::vector<std::string>& labels) {
        float w = 0;
        for (const std::string& l : labels) w = std::max(w, ImGui::CalcTextSize(l.c_str()).x);
        return w + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2;
    };
    flow(combo_w(topics));
    filter_combo("topic", topics, filters.topic);
    flow(combo_w(levels));
    filter_combo("level", levels, filters.level);
    flow(combo_w(languages));
    filter_combo("language", languages, language);
    filters.language = language ? codes[static_cast<std::size_t>(language - 1)] : std::string();
    flow(combo_w(statuses));
    filter_combo("status", statuses, filters.status);
    if (filters.any()) {
        flow(ImGui::CalcTextSize(tr("Clear filters")).x + ImGui::GetStyle().FramePadding.x * 2);
        if (soft_button(tr("Clear filters"))) filters = Filters{};
        probe("browser.clear");
    }
}

// --- rows ---------------------------------------------------------------------------------------

bool is_broken(const ScenarioItem& s) { return !s.playable || s.errors > 0; }

void diagnostics(const ScenarioItem& s) {
    const Palette& p = palette();
    char label[96];
    std::snprintf(label, sizeof label, tr("Diagnostics (%d)"), static_cast<int>(s.diagnostics.size()));
    ImGui::PushFont(fonts().small);
    // Open at first for a file that cannot be played at all: what is wrong is the whole story.
    ImGui::SetNextItemOpen(!s.playable, ImGuiCond_Once);
    if (ImGui::TreeNodeEx("##diagnostics", ImGuiTreeNodeFlags_SpanAvailWidth, "%s", label)) {
        for (std::size_t i = 0; i < s.diagnostics.size(); ++i) {
            const std::string& d = s.diagnostics[i];
            const bool error = d.find(": error") != std::string::npos;
            ImGui::PushStyleColor(ImGuiCol_Text, error ? p.bad : p.warn);
            ImGui::TextWrapped("%s", d.c_str());
            ImGui::PopStyleColor();
            if (i == 0) probe(("browser.diagnostic." + s.file).c_str());
        }
        ImGui::TreePop();
    }
    ImGui::PopFont();
}

// The first column: title, then what sets the row apart (pills, compact meta), then the summary.
void scenario_cell(const ScenarioItem& s, bool compact) {
    const Palette& p = palette();
    const bool broken = is_broken(s);
    ImGui::PushFont(fonts().bold);
    const bool titled = !s.title.empty() && s.title != s.file;
    ImGui::TextWrapped("%s", titled ? s.title.c_str() : s.file.c_str());
    ImGui::PopFont();
    probe(("browser.row." + s.file).c_str());
    if (ImGui::IsItemHovered() && !s.id.empty()) ImGui::SetTooltip("%s", s.id.c_str());

    ImGui::PushFont(fonts().small);
    if (broken && titled) ImGui::TextColored(p.text_muted, "%s", s.file.c_str());
    bool pills = false;
    if (s.errors > 0 || !s.playable) {
        std::string text = s.errors > 0 ? count_text(s.errors, tr("1 error"), tr("%d errors")) : std::string(tr("Errors"));
        if (s.warnings > 0) text += " · " + count_text(s.warnings, tr("1 warning"), tr("%d warnings"));
        pill(text.c_str(), p.bad);
        pills = true;
    } else if (s.warnings > 0) {
        pill(count_text(s.warnings, tr("1 warning"), tr("%d warnings")).c_str(), p.warn);
        pills = true;
    }
    if (s.reloaded) {
        if (pills) ImGui::SameLine();
        pill(tr("Updated"), p.accent);
    }
    if (compact && s.playable) {
        const std::string meta = std::string(level_name(s.level)) + " · " + minutes_text(s.minutes) + " · " +
                                 language_codes(s.languages);
        ImGui::TextColored(p.text_muted, "%s", meta.c_str());
    }
    if (s.playable && s.errors > 0)
        ImGui::TextColored(p.text_muted, "%s", tr("Plays the last version that loaded without errors."));
    if (!s.summary.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
        ImGui::TextWrapped("%s", s.summary.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::PopFont();
    if (!s.diagnostics.empty()) diagnostics(s);
}

void muted_cell(const std::string& text) {
    ImGui::TextColored(palette().text_muted, "%s", text.c_str());
}

// What a broken file never loaded far enough to say shows as a muted dash.
void text_cell(bool known, const std::string& text) {
    if (known)
        ImGui::TextUnformatted(text.c_str());
    else
        muted_cell("—");
}

void actions_cell(const ScenarioItem& s, bool& first, std::vector<Intent>& intents) {
    if (!s.playable) {
        ImGui::PushFont(fonts().small);
        ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
        ImGui::TextWrapped("%s", tr("Fix the file to play it"));
        ImGui::PopStyleColor();
        ImGui::PopFont();
        return;
    }
    if (primary_button(tr("Practice"))) intents.push_back(StartScenario{s.id, core::AttemptMode::practice});
    if (first) ImGui::SetItemDefaultFocus();
    first = false;
    probe(("browser.play." + s.id).c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Hints allowed; the answer is explained after each step"));
    ImGui::SameLine();
    if (soft_button(tr("Exam"))) intents.push_back(StartScenario{s.id, core::AttemptMode::exam});
    probe(("browser.exam." + s.id).c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("No hints; scored as a test"));
    if (!s.generated) return;
    ImGui::SameLine();
    if (soft_button(tr("Shift"))) intents.push_back(StartScenario{s.id, core::AttemptMode::shift});
    probe(("browser.shift." + s.id).c_str());
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr("A fresh draw of consignments, worked as on duty: hints allowed, the verdicts wait "
                                   "for the debrief"));
}

void table(const Model& model, const std::vector<int>& rows, std::vector<Intent>& intents) {
    const Palette& p = palette();
    const ImGuiStyle& st = ImGui::GetStyle();
    // Level, time and languages fold into the title cell below about 52 ems (1024 px at 22 px).
    const bool compact = ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 52;
    const float r = st.ChildRounding;
    float height = std::max(ImGui::GetContentRegionAvail().y, ImGui::GetFontSize() * 14);
    if (table_content_h > 0) height = std::min(height, std::max(table_content_h + r * 1.5f + 2, ImGui::GetFontSize() * 8));
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const ImVec2 b(a.x + ImGui::GetContentRegionAvail().x, a.y + height);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    fill_round_rect(dl, a, b, ImGui::GetColorU32(p.card_bg), r);
    dl->AddRect(a, b, ImGui::GetColorU32(p.border), r);
    // Inset by the rounding so row tints never cover the card's corners.
    ImGui::SetCursorScreenPos(ImVec2(a.x + 1, a.y + r * 0.5f));

    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoSavedSettings |
                                  ImGuiTableFlags_PadOuterX;
    const int columns = compact ? 4 : 7;
    if (ImGui::BeginTable("##scenarios", columns, flags, ImVec2(b.x - a.x - 2, height - r * 1.5f))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr("Scenario"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr("Topic"));
        if (!compact) {
            ImGui::TableSetupColumn(tr("Level"));
            ImGui::TableSetupColumn(tr("Time"));
            ImGui::TableSetupColumn(tr("Languages"));
        }
        ImGui::TableSetupColumn(tr("Best"));
        ImGui::TableSetupColumn("##actions");
        // Headers as muted captions in a plain frozen row: TableHeader() would add hover and
        // click looks to columns that do not sort, and a plain row counts in the columns' fit.
        ImGui::TableNextRow();
        ImGui::PushFont(fonts().small);
        for (int c = 0; c < columns; ++c) {
            ImGui::TableSetColumnIndex(c);
            const char* name = ImGui::TableGetColumnName(c);
            if (name[0] != '#') ImGui::TextColored(p.text_muted, "%s", name);
        }
        ImGui::PopFont();

        // Rows are as tall as their summary and diagnostics, so no list clipper: a few hundred
        // rows cost well under a millisecond (200 table rows measured 0.19 ms per frame).
        bool first = true;
        float bottom = 0;  // of the content, in the table's scrolled coordinates
        for (int i : rows) {
            const ScenarioItem& s = model.scenarios[static_cast<std::size_t>(i)];
            ImGui::PushID(i);
            ImGui::TableNextRow(ImGuiTableRowFlags_None, ImGui::GetFrameHeight() * 1.6f);
            ImGui::TableNextColumn();
            scenario_cell(s, compact);
            bottom = std::max(bottom, ImGui::GetCursorPosY());
            ImGui::TableNextColumn();
            if (s.id.empty())
                muted_cell("—");
            else
                pill(topic_name(s.topic), topic_color(s.topic));
            if (!compact) {
                ImGui::TableNextColumn();
                text_cell(s.playable, level_name(s.level));
                ImGui::TableNextColumn();
                text_cell(s.playable, minutes_text(s.minutes));
                ImGui::TableNextColumn();
                text_cell(s.playable, language_codes(s.languages));
            }
            ImGui::TableNextColumn();
            if (s.best_percent) {
                ImGui::TextUnformatted(format_percent(*s.best_percent).c_str());
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip("%s", count_text(s.attempts, tr("1 finished attempt"), tr("%d finished attempts")).c_str());
            } else {
                muted_cell("—");
            }
            ImGui::TableNextColumn();
            actions_cell(s, first, intents);
            bottom = std::max(bottom, ImGui::GetCursorPosY());
            ImGui::PopID();
        }
        table_content_h = bottom + st.CellPadding.y;
        ImGui::EndTable();
    }
}

void empty_state(const char* headline, const char* text, bool clear) {
    const ImGuiStyle& st = ImGui::GetStyle();
    const float text_h = ImGui::CalcTextSize(text, nullptr, false, ImGui::GetContentRegionAvail().x - st.WindowPadding.x * 2).y;
    begin_card("##empty", ImVec2(0, st.WindowPadding.y * 2 + ImGui::GetTextLineHeight() + text_h + st.ItemSpacing.y * 2 +
                                        (clear ? ImGui::GetFrameHeight() + st.ItemSpacing.y : 0.0f)));
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(headline);
    ImGui::PopFont();
    muted_text(text);
    if (clear) {
        if (primary_button(tr("Clear filters"))) filters = Filters{};
        ImGui::SetItemDefaultFocus();
        probe("browser.empty.clear");
    }
    end_card();
}

}  // namespace

void view_browser(const Model& model, std::vector<Intent>& intents) {
    const Palette& p = palette();
    // Escape goes Home, except while a field or a combo has it: then it only leaves that. Read
    // before drawing, so the state is the one the key was pressed in.
    const bool busy = ImGui::GetIO().WantTextInput || ImGui::IsAnyItemActive() ||
                      ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    if (!busy && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) intents.push_back(Navigate{Screen::start});

    screen_title(tr("Scenarios"), tr("Pick a case to work. Practice allows hints and explains each answer; "
                                     "an exam gives no hints and counts as a test; a shift draws new consignments "
                                     "and keeps the verdicts for the debrief."));
    ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.25f));
    filter_row(model);

    std::vector<int> rows;
    for (std::size_t i = 0; i < model.scenarios.size(); ++i)
        if (passes(model.scenarios[i])) rows.push_back(static_cast<int>(i));

    ImGui::PushFont(fonts().small);
    char count[96];
    std::snprintf(count, sizeof count, tr("%d of %d scenarios"), static_cast<int>(rows.size()),
                  static_cast<int>(model.scenarios.size()));
    ImGui::TextColored(p.text_muted, "%s", count);
    if (!model.reload_message.empty()) {
        flow(ImGui::CalcTextSize(model.reload_message.c_str()).x + ImGui::GetFontSize() * 2);
        ImGui::TextColored(p.text_muted, "·  %s", model.reload_message.c_str());
    }
    ImGui::PopFont();

    if (!model.catalog_problems.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.bad);
        ImGui::PushFont(fonts().bold);
        ImGui::TextWrapped("%s", tr("Some scenario folders could not be read:"));
        ImGui::PopFont();
        ImGui::PushFont(fonts().small);
        for (const std::string& problem : model.catalog_problems) ImGui::TextWrapped("%s", problem.c_str());
        ImGui::PopFont();
        ImGui::PopStyleColor();
    }

    if (model.scenarios.empty()) {
        empty_state(tr("No scenario files were found"),
                    tr("Scenario files (.lua) go in the scenarios folder; this list follows changes to them."), false);
        return;
    }
    if (rows.empty()) {
        empty_state(tr("No scenario matches these filters"), tr("Loosen a filter or clear them all."), true);
        return;
    }
    table(model, rows, intents);
}

}  // namespace clearance::ui
