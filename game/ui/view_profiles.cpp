// The profile screen: pick who is training (with their PIN when they set one), or create a
// profile. Shown first when nobody is signed in, and from the top bar to switch or sign out.
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui_stdlib.h>

#include <algorithm>

namespace clearance::ui {

namespace {

// UI-only state: what is being typed, and which profile asks for its PIN.
struct ProfilesState {
    std::string new_name;
    std::string new_pin;
    int new_language = 0;  // index into languages
    std::string pin_for;   // uuid of the profile whose PIN is being typed
    std::string pin;
    bool focus_pin = false;  // focus the PIN field once, when it appears
    bool focus_name = true;  // a first-time user starts typing their name at once
};
ProfilesState state;

const char* const languages[] = {"en", "fr"};
const char* const language_names[] = {"English", "Français"};

void profile_card(const ProfileItem& p, bool signed_in, std::vector<Intent>& intents, float width) {
    ImGui::PushID(p.uuid.c_str());
    const float h = ImGui::GetFrameHeightWithSpacing() * (state.pin_for == p.uuid ? 3.2f : 2.2f);
    begin_card("##profile", ImVec2(width, h), signed_in);
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(p.name.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    pill(p.language == "fr" ? "FR" : "EN", palette().text_muted);
    if (p.has_pin) {
        ImGui::SameLine();
        pill(tr("PIN"), palette().accent);
    }
    if (signed_in) {
        ImGui::SameLine();
        pill(tr("signed in"), palette().good);
    }
    if (state.pin_for == p.uuid) {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
        if (state.focus_pin) ImGui::SetKeyboardFocusHere();
        state.focus_pin = false;
        const bool enter = ImGui::InputTextWithHint("##pin", tr("PIN"), &state.pin,
                                                    ImGuiInputTextFlags_Password |
                                                        ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::SameLine();
        if (ImGui::Button(tr("Sign in")) || enter) {
            intents.push_back(SignIn{p.uuid, state.pin});
            state.pin.clear();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("Cancel"))) state.pin_for.clear();
    } else if (signed_in) {
        if (ImGui::Button(tr("Sign out"))) intents.push_back(SignOut{});
    } else if (ImGui::Button(tr("Continue as this trainee"))) {
        if (p.has_pin) {
            state.pin_for = p.uuid;
            state.pin.clear();
            state.focus_pin = true;
        } else {
            intents.push_back(SignIn{p.uuid, ""});
        }
    }
    end_card();
    ImGui::PopID();
}

void new_profile_form(std::vector<Intent>& intents, float width, bool first_profile) {
    begin_card("##new", ImVec2(width, ImGui::GetFrameHeightWithSpacing() * 4.4f + ImGui::GetStyle().WindowPadding.y * 2));
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr("New profile"));
    ImGui::PopFont();
    const float field = width - ImGui::GetStyle().WindowPadding.x * 2;
    ImGui::SetNextItemWidth(field);
    if (first_profile && state.focus_name) ImGui::SetKeyboardFocusHere();
    state.focus_name = false;
    bool enter = ImGui::InputTextWithHint("##name", tr("Name, as the instructor knows you"),
                                          &state.new_name, ImGuiInputTextFlags_EnterReturnsTrue);
    for (int i = 0; i < 2; ++i) {
        if (i) ImGui::SameLine();
        if (ImGui::RadioButton(language_names[i], state.new_language == i)) state.new_language = i;
    }
    ImGui::SetNextItemWidth(field);
    enter |= ImGui::InputTextWithHint("##newpin", tr("PIN (optional, 4 digits or more)"), &state.new_pin,
                                      ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
    const bool pin_ok = state.new_pin.empty() || state.new_pin.size() >= 4;
    const bool name_ok = !state.new_name.empty() &&
                         state.new_name.find_first_not_of(' ') != std::string::npos;
    ImGui::BeginDisabled(!name_ok || !pin_ok);
    if (ImGui::Button(tr("Create and start")) || (enter && name_ok && pin_ok)) {
        intents.push_back(CreateProfile{state.new_name, languages[state.new_language], state.new_pin});
        state.new_name.clear();
        state.new_pin.clear();
    }
    ImGui::EndDisabled();
    if (!pin_ok) {
        ImGui::SameLine();
        ImGui::TextColored(palette().bad, "%s", tr("A PIN needs at least 4 characters."));
    }
    end_card();
}

}  // namespace

void view_profiles(const Model& model, std::vector<Intent>& intents) {
    screen_title(tr("Who is training?"),
                 tr("Pick your profile, or create one. Your answers and progress are kept on this "
                    "computer under your profile."));
    ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.5f));

    if (!model.store_problem.empty()) {
        begin_card("##problem", ImVec2(0, ImGui::GetFrameHeightWithSpacing() * 4.5f));
        ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(tr("The progress file cannot be used"));
        ImGui::PopFont();
        ImGui::PopStyleColor();
        ImGui::TextWrapped("%s", model.store_problem.c_str());
        if (ImGui::Button(tr("Start a new progress file (the old one is kept aside)")))
            intents.push_back(SetAsideStore{});
        end_card();
        return;
    }

    const float avail = ImGui::GetContentRegionAvail().x;
    const float spacing = ImGui::GetStyle().ItemSpacing.x * 2;
    const float right = std::min(avail * 0.4f, ImGui::GetFontSize() * 24);
    const float left = avail - right - spacing;

    if (model.profiles.empty()) {
        muted_text(tr("No profiles yet: create the first one."));
        new_profile_form(intents, right, true);
        return;
    }
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2(left, 0));  // the column keeps its width when it holds little
    for (const ProfileItem& p : model.profiles)
        profile_card(p, model.profile && model.profile->uuid == p.uuid, intents, left);
    ImGui::EndGroup();
    ImGui::SameLine(0, spacing);
    ImGui::BeginGroup();
    new_profile_form(intents, right, false);
    if (!model.profile_message.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        ImGui::TextWrapped("%s", model.profile_message.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::EndGroup();
}

}  // namespace clearance::ui
