// Placeholder until the debrief screen lands.
#include "ui/views.h"

#include <imgui.h>

namespace clearance::ui {

void view_debrief(const Model&, std::vector<Intent>&) { ImGui::TextUnformatted("debrief"); }

}  // namespace clearance::ui
