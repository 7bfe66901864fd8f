// Helpers for tests that draw a whole screen headless: probes on for the test's scope, a
// probe's centre to click, the screen inside a child the size the shell gives it, and the
// intents of one type a frame emitted.
#pragma once

#include "ui/probe.h"
#include "ui/ui.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <string>
#include <vector>

namespace uitest::screens {

// Probes are recorded while one of these lives.
struct Probing {
    Probing() { clearance::ui::set_probing(true); }
    ~Probing() { clearance::ui::set_probing(false); }
};

inline const clearance::ui::ProbeRect* find(const std::string& name) {
    for (const clearance::ui::ProbeRect& p : clearance::ui::probes())
        if (p.name == name) return &p;
    return nullptr;
}
inline bool has(const std::string& name) { return find(name) != nullptr; }
inline ImVec2 centre(const std::string& name) {
    const clearance::ui::ProbeRect* p = find(name);
    REQUIRE_MESSAGE(p, "no probe " << name);
    return ImVec2(p->x + p->w * 0.5f, p->y + p->h * 0.5f);
}

// A frame's drawing: the screen inside a child the size the shell gives it at 1280x800 (the top
// bar, the status bar and paddings take about 145 px today), probes recorded afresh.
struct Screen {
    void (*view)(const clearance::ui::Model&, std::vector<clearance::ui::Intent>&);
    const clearance::ui::Model* model;
    std::vector<clearance::ui::Intent>* intents;
    float width = 1216, height = 655;
    void operator()() const {
        clearance::ui::begin_probe_frame();
        ImGui::BeginChild("##screen", ImVec2(width, height), false);
        view(*model, *intents);
        ImGui::EndChild();
    }
};

template <class T>
std::vector<T> only(const std::vector<clearance::ui::Intent>& intents) {
    std::vector<T> out;
    for (const clearance::ui::Intent& i : intents)
        if (const T* t = std::get_if<T>(&i)) out.push_back(*t);
    return out;
}

}  // namespace uitest::screens
