#include "ui/probe.h"

#include <imgui.h>

namespace clearance::ui {

namespace {
bool g_on = false;
std::vector<ProbeRect> g_probes;
}  // namespace

void set_probing(bool on) { g_on = on; }
bool probing() { return g_on; }

void probe(const char* name) {
    if (!g_on || !ImGui::IsItemVisible()) return;
    const ImVec2 a = ImGui::GetItemRectMin();
    const ImVec2 b = ImGui::GetItemRectMax();
    g_probes.push_back({name, a.x, a.y, b.x - a.x, b.y - a.y});
}

const std::vector<ProbeRect>& probes() { return g_probes; }

void begin_probe_frame() { g_probes.clear(); }

}  // namespace clearance::ui
