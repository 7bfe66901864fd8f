// The screens, one function per file (view_<name>.cpp). Each draws into the current ImGui
// window's content region from the read-only model and pushes intents.
#pragma once

#include "ui/ui.h"

namespace clearance::ui {

void view_profiles(const Model& model, std::vector<Intent>& intents);
void view_start(const Model& model, std::vector<Intent>& intents);     // Home
void view_browser(const Model& model, std::vector<Intent>& intents);   // the scenario browser
void view_player(const Model& model, std::vector<Intent>& intents);    // documents + the current step
void view_debrief(const Model& model, std::vector<Intent>& intents);   // a finished attempt, step by step
void view_progress(const Model& model, std::vector<Intent>& intents);  // charts and history
void view_settings(const Model& model, std::vector<Intent>& intents);
void view_instructor(const Model& model, std::vector<Intent>& intents);  // the class and its items

}  // namespace clearance::ui
