// Placeholder until the player screen lands.
#include "ui/views.h"

#include <imgui.h>

namespace clearance::ui {

void view_player(const Model&, std::vector<Intent>&) { ImGui::TextUnformatted("player"); }

}  // namespace clearance::ui
