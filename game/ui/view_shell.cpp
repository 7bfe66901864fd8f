// The frame around every screen: the top bar with the wordmark and navigation, the status bar,
// and the developer's debug menu.
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui_internal.h>

#include <cstdio>
#include <cstring>
#include <string>

namespace clearance::ui {

namespace {

bool show_demo = false;
bool show_metrics = false;

void top_bar(const Model& model, std::vector<Intent>& intents) {
    const Palette& p = palette();
    const float height = ImGui::GetFontSize() * 3.0f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetWindowWidth();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(width, origin.y + height), ImGui::GetColorU32(p.header_bg));
    // In high contrast the header is as black as the page: a rule keeps them apart.
    if (ImGui::GetStyle().FrameBorderSize > 0.0f)
        dl->AddLine(ImVec2(0, origin.y + height - 1), ImVec2(width, origin.y + height - 1),
                    ImGui::GetColorU32(p.border));

    // Wordmark: a small seal-like square and the name, in white on the header.
    const float pad = ImGui::GetStyle().WindowPadding.x;
    const float mark = height * 0.5f;
    const ImVec2 m0(pad, (height - mark) * 0.5f);
    dl->AddRectFilled(m0, ImVec2(m0.x + mark, m0.y + mark), ImGui::GetColorU32(p.accent), 4.0f);
    dl->AddRect(ImVec2(m0.x + 4, m0.y + 4), ImVec2(m0.x + mark - 4, m0.y + mark - 4),
                IM_COL32(255, 255, 255, 200), 2.0f, 0, 1.5f);
    ImGui::PushFont(fonts().title);
    const float ty = (height - ImGui::GetFontSize()) * 0.5f;
    dl->AddText(ImVec2(m0.x + mark + 12, ty), IM_COL32(255, 255, 255, 255), "Clearance");
    const float name_w = ImGui::CalcTextSize("Clearance").x;
    ImGui::PopFont();

    // Navigation on the right, as flat buttons on the header.
    // The signed-in trainee's name leads to the profile screen (switch or sign out).
    struct Tab { std::string label; Screen screen; };
    std::vector<Tab> tabs;
    if (model.profile) {
        tabs.push_back({tr("Home"), Screen::start});
        tabs.push_back({tr("Scenarios"), Screen::browser});
        tabs.push_back({tr("Progress"), Screen::progress});
    }
    tabs.push_back({tr("Class"), Screen::instructor});
    tabs.push_back({tr("Settings"), Screen::settings});
    tabs.push_back({model.profile ? "\u2022 " + model.profile->name : tr("Profiles"), Screen::profiles});
    float x = width - pad;
    for (const Tab& tab : tabs)
        x -= ImGui::CalcTextSize(tab.label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2 + 6;
    // The tagline only where it fits before the tabs (a narrow window or large text drops it).
    ImGui::PushFont(fonts().small);
    const char* tagline = tr("Customs officer training");
    const float tag_x = m0.x + mark + 24 + name_w;
    if (tag_x + ImGui::CalcTextSize(tagline).x + pad < x)
        dl->AddText(ImVec2(tag_x, (height - ImGui::GetFontSize()) * 0.5f + 2), IM_COL32(200, 214, 230, 255), tagline);
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(x, (height - ImGui::GetFrameHeight()) * 0.5f));
    for (const Tab& tab : tabs) {
        const bool active = model.screen == tab.screen ||
                            (tab.screen == Screen::start && model.screen == Screen::player) ||
                            (tab.screen == Screen::progress && model.screen == Screen::debrief);
        ImGui::PushStyleColor(ImGuiCol_Button, active ? ImVec4(1, 1, 1, 0.18f) : ImVec4(0, 0, 0, 0));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(1, 1, 1, 0.12f));
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(1, 1, 1, 0.25f));
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
        if (&tab != &tabs.front()) ImGui::SameLine(0, 6);
        if (ImGui::Button(tab.label.c_str())) intents.push_back(Navigate{tab.screen});
        probe((std::string("nav.") + screen_id(tab.screen)).c_str());
        ImGui::PopStyleColor(4);
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, height));
    ImGui::Dummy(ImVec2(0, 0));
}

void status_bar(const Model& model) {
    const Palette& p = palette();
    ImGui::PushFont(fonts().small);
    const float h = ImGui::GetFrameHeight();
    const ImVec2 size = ImGui::GetWindowSize();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, size.y - h), size, ImGui::GetColorU32(p.card_bg));
    dl->AddLine(ImVec2(0, size.y - h), ImVec2(size.x, size.y - h), ImGui::GetColorU32(p.border));
    char line[512];
    std::snprintf(line, sizeof line, tr("HS 2022 · %d subheadings    Scenarios · %d    Progress · %s"),
                  model.hs_subheadings, model.scenario_count, model.db_path.c_str());
    const float pad = ImGui::GetStyle().WindowPadding.x;
    const float ty = size.y - h + (h - ImGui::GetFontSize()) * 0.5f;
    dl->AddText(ImVec2(pad, ty), ImGui::GetColorU32(p.text_muted), line);
    if (!model.notices.empty()) {
        const char* notice = model.notices.front().c_str();
        const float w = ImGui::CalcTextSize(notice).x;
        dl->AddText(ImVec2(size.x - pad - w, ty), ImGui::GetColorU32(p.warn), notice);
    }
    ImGui::PopFont();
}

void debug_windows(const Model& model) {
    if (!model.developer) return;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab)) && ImGui::GetIO().KeyCtrl &&
        ImGui::GetIO().KeyShift)
        show_metrics = !show_metrics;
    if (show_demo) ImGui::ShowDemoWindow(&show_demo);
    if (show_metrics) ImGui::ShowMetricsWindow(&show_metrics);
}

}  // namespace

const char* screen_id(Screen s) {
    switch (s) {
        case Screen::profiles: return "profiles";
        case Screen::start: return "start";
        case Screen::browser: return "browser";
        case Screen::player: return "player";
        case Screen::debrief: return "debrief";
        case Screen::progress: return "progress";
        case Screen::settings: return "settings";
        case Screen::instructor: return "instructor";
    }
    return "start";
}

bool parse_screen(const std::string& id, Screen& out) {
    if (id == "home") {
        out = Screen::start;
        return true;
    }
    for (Screen s : {Screen::profiles, Screen::start, Screen::browser, Screen::player, Screen::debrief,
                     Screen::progress, Screen::settings, Screen::instructor})
        if (id == screen_id(s)) {
            out = s;
            return true;
        }
    return false;
}

void draw_app(const Model& model, std::vector<Intent>& intents) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   (model.developer ? ImGuiWindowFlags_MenuBar : 0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    // The page colour comes from the frame's clear (Window::end_frame clears with WindowBg): a
    // second full-window fill would cost as much as the clear, about 0.4 ms a frame.
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0, 0, 0, 0));
    ImGui::Begin("##app", nullptr, flags);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    if (model.developer && ImGui::BeginMenuBar()) {
        if (ImGui::BeginMenu("Debug")) {
            ImGui::MenuItem("ImGui demo", nullptr, &show_demo);
            ImGui::MenuItem("Metrics", "Ctrl+Shift+Tab", &show_metrics);
            ImGui::EndMenu();
        }
        ImGui::EndMenuBar();
    }
    top_bar(model, intents);

    const ImVec2 pad = ImGui::GetStyle().WindowPadding;
    const float status_h = ImGui::GetFontSize() * 0.85f + ImGui::GetStyle().FramePadding.y * 2;
    ImGui::SetCursorPos(ImVec2(pad.x * 2, ImGui::GetCursorPosY() + pad.y));
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    // Flattened: arrow keys move from the top bar straight onto the screen's buttons, rather than
    // stopping on the screen as one item that Enter must open first.
    ImGui::BeginChild("##screen", ImVec2(avail.x - pad.x * 2, avail.y - status_h - pad.y), false,
                      ImGuiWindowFlags_NavFlattened);
    switch (model.screen) {
        case Screen::profiles: view_profiles(model, intents); break;
        case Screen::start: view_start(model, intents); break;
        case Screen::browser: view_browser(model, intents); break;
        case Screen::player: view_player(model, intents); break;
        case Screen::debrief: view_debrief(model, intents); break;
        case Screen::progress: view_progress(model, intents); break;
        case Screen::settings: view_settings(model, intents); break;
        case Screen::instructor: view_instructor(model, intents); break;
    }
    ImGui::EndChild();
    status_bar(model);
    ImGui::End();
    debug_windows(model);
}

void forget_keyboard_focus() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    g.NavId = 0;
    g.NavDisableHighlight = true;
}

}  // namespace clearance::ui
