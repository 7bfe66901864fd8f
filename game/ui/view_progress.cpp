// Placeholder until the progress screen lands.
#include "ui/views.h"

#include <imgui.h>

namespace clearance::ui {

void view_progress(const Model&, std::vector<Intent>&) { ImGui::TextUnformatted("progress"); }

}  // namespace clearance::ui
