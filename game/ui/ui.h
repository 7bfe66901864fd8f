// The UI layer's contract with the app shell: the read-only model views draw from, the screens,
// and the intents views emit.
//
// Views never change the domain or the model: they push plain intents that the app applies
// between frames. UI-only state (filters, selection, text being typed) lives in the views.
#pragma once

#include "core/settings.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace clearance::ui {

enum class Screen { profiles, start, settings };

const char* screen_id(Screen s);                  // "profiles", "start", "settings"
bool parse_screen(const std::string& id, Screen& out);  // false when unknown

// A trainee profile as the profile screen lists it (the PIN itself never leaves the store).
struct ProfileItem {
    std::string uuid;
    std::string name;
    std::string language = "en";
    bool has_pin = false;
};

// What the views show; owned by the app, read-only during a frame.
struct Model {
    core::Settings settings;
    Screen screen = Screen::start;
    int hs_subheadings = 0;       // loaded from assets/hs; 0 when the data is missing
    int scenario_count = 0;
    std::string db_path;          // the progress file in use
    std::string font_face;        // file the body font came from
    std::vector<std::string> notices;  // warnings to show in the status bar (font missing...)
    bool developer = false;       // shows the debug menu (ImGui demo and metrics)

    std::vector<ProfileItem> profiles;  // every profile of the progress file, by name
    std::optional<ProfileItem> profile; // the signed-in trainee
    std::string profile_message;        // the last profile action's problem ("wrong PIN...")
    std::string store_problem;          // why the progress file could not be opened; empty when fine
};

struct Navigate { Screen screen; };
struct ChangeSettings { core::Settings settings; };
struct Quit {};
// Creates a profile and signs it in; an empty pin means none.
struct CreateProfile {
    std::string name;
    std::string language;
    std::string pin;
};
struct SignIn {
    std::string uuid;
    std::string pin;
};
struct SignOut {};
// Moves the unreadable progress file aside (never deleting it) and starts a new one.
struct SetAsideStore {};

using Intent = std::variant<Navigate, ChangeSettings, Quit, CreateProfile, SignIn, SignOut, SetAsideStore>;

// Draws the whole window for one frame: top bar, the current screen, status bar.
void draw_app(const Model& model, std::vector<Intent>& intents);

}  // namespace clearance::ui
