// Helpers of the player and debrief tests (test_player.cpp, test_debrief.cpp): an attempt at
// the fixture scenario shown on the player screen, a finished attempt for the debrief, frames
// that record probes, and lookups of what a frame emitted and where a named widget was drawn.
#pragma once

#include "core/session.h"
#include "ui/player_parts.h"
#include "ui/probe.h"
#include "ui/step_panels.h"
#include "ui/views.h"
#include "ui_fixture.h"
#include "ui_harness.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace uiplay {

using namespace clearance;

// An attempt at the fixture scenario, and the model that shows it on the player screen.
struct Play {
    core::Session session;
    ui::Model model;

    explicit Play(const core::Scenario& sc, core::AttemptMode mode = core::AttemptMode::practice, std::string uuid = "attempt-1")
        : session(sc, mode, 7, core::SessionOptions{"en", &uifixture::hs()}) {
        model.screen = ui::Screen::player;
        model.hs = &uifixture::hs();
        model.play.session = &session;
        model.play.attempt_uuid = std::move(uuid);
        model.play.title = "The phones from Shenzhen";
        model.play.step_number = 1;
    }
    // Moves the attempt to the step `id`, answering nothing but briefs on the way.
    void go_to(const char* id) {
        while (session.current() && session.current()->id != id) {
            REQUIRE_FALSE(session.current()->graded());
            session.advance();
            ++model.play.step_number;
        }
        REQUIRE(session.current());
    }
};

template <class T>
inline int count(const std::vector<ui::Intent>& intents) {
    return static_cast<int>(std::count_if(intents.begin(), intents.end(), [](const ui::Intent& i) { return std::holds_alternative<T>(i); }));
}

inline std::optional<ui::ProbeRect> probe_named(const char* name) {
    for (const ui::ProbeRect& p : ui::probes())
        if (p.name == name) return p;
    return std::nullopt;
}

inline ImVec2 centre(const ui::ProbeRect& r) { return ImVec2(r.x + r.w * 0.5f, r.y + r.h * 0.5f); }

// A frame of the screen with probes recorded; intents are appended to `out`.
inline auto player(const ui::Model& model, std::vector<ui::Intent>& out) {
    return [&model, &out] {
        ui::begin_probe_frame();
        ui::view_player(model, out);
    };
}
inline auto debrief(const ui::Model& model, std::vector<ui::Intent>& out) {
    return [&model, &out] {
        ui::begin_probe_frame();
        ui::view_debrief(model, out);
    };
}

inline ui::ClassifyPanel& classify_draft() {
    auto* c = std::get_if<ui::ClassifyPanel>(&ui::player_step_panel().draft());
    REQUIRE(c);
    return *c;
}

// A finished practice attempt as the app would hand it to the debrief.
inline ui::Model debrief_model() {
    ui::Model m;
    m.screen = ui::Screen::debrief;
    ui::DebriefState& d = m.debrief;
    d.attempt_uuid = "attempt-9";
    d.scenario_id = "ui/fixture";
    d.title = "The phones from Shenzhen";
    d.finished_ms = 1710425100000;
    d.time_ms = 750000;
    d.score = 7.5;
    d.max = 10;
    d.suggest_retry = true;
    d.next_id = "valuation/royalty";
    d.next_title = "Royalties on a licence";
    ui::DebriefStep brief;
    brief.step_id = "intro";
    brief.title = "Your shift";
    d.steps.push_back(brief);
    ui::DebriefStep hs;
    hs.step_id = "hs";
    hs.kind = core::StepKind::classify;
    hs.title = "Classify the phones";
    hs.prompt = "Find the subheading of the smartphones.";
    hs.answer = "8517.12";
    hs.key = "8517.13";
    hs.score = 0.5;
    hs.max = 3;
    hs.hints = 1;
    hs.time_ms = 65000;
    hs.feedback = {{core::Verdict::correct, "Chapter 85 is right.", "GIR 1"},
                   {core::Verdict::partial, "The heading is right, the subheading is not.", "GIR 6"},
                   {core::Verdict::wrong, "8517.12 is no longer used in HS 2022.", ""},
                   {core::Verdict::info, "Smartphones moved in HS 2022.", ""}};
    hs.explanation = "Smartphones have their own subheading since HS 2022.";
    hs.references = {"GIR 1", "GIR 6", "HS 2022 amendments"};
    d.steps.push_back(hs);
    ui::DebriefStep gift = hs;
    gift.step_id = "gift";
    gift.kind = core::StepKind::choose;
    gift.title = "The envelope";
    gift.answer = "Refuse the envelope";
    gift.key = "";
    gift.score = 7;
    gift.max = 7;
    gift.hints = 0;
    gift.late = true;
    d.steps.push_back(gift);
    d.competencies = {{"hs.gir1", 2, 0.5, 3, 0.5 / 3}, {"ethics.gifts", 1, 7, 7, 1.0}};
    return m;
}

}  // namespace uiplay
