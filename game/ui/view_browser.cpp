// Placeholder until the browser screen lands.
#include "ui/views.h"

#include <imgui.h>

namespace clearance::ui {

void view_browser(const Model&, std::vector<Intent>&) { ImGui::TextUnformatted("browser"); }

}  // namespace clearance::ui
