// The choose panel: the dilemma told as a scene, then the options as cards (A, B, C...) in the
// order the session gives, so a shuffled step shows the same order on replay.
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/probe.h"
#include "ui/step_panels.h"
#include "ui/theme.h"

namespace clearance::ui {

std::string ChoosePanel::blocker() const { return option.empty() ? std::string(tr("Choose what you do.")) : std::string(); }

bool ChoosePanel::draw(const PanelContext& ctx, const core::ChooseStep& step) {
    const Palette& p = palette();
    const float em = ImGui::GetFontSize();
    panel::header(ctx);

    // The scene: the prompt under a large opening quote, on a card with the accent band.
    if (ctx.step && !ctx.step->prompt.empty()) {
        panel::begin_box("##scene", &p.accent);
        ImGui::PushFont(fonts().title);
        ImGui::TextColored(p.accent, "\xE2\x80\x9C");  // “
        ImGui::PopFont();
        ImGui::SameLine(0, em * 0.5f);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em * 0.35f);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(ctx.step->prompt.get(ctx.lang).c_str());
        ImGui::PopTextWrapPos();
        panel::end_box();
    }

    ImGui::Dummy(ImVec2(0, em * 0.2f));
    panel::section(tr("What do you do?"));
    bool submit = false;
    const auto order = panel::display_order(ctx, step.options.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        const core::ChooseOptionSpec& o = step.options[order[k]];
        ImGui::PushID(o.id.c_str());
        if (panel::option_card("##option", panel::letter(k).c_str(), o.label.get(ctx.lang).c_str(), option == o.id, false))
            option = o.id;
        if (probing()) probe(("option." + o.id).c_str());
        if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(0)) {
            option = o.id;
            submit = true;
        }
        ImGui::PopID();
    }
    return submit;
}

}  // namespace clearance::ui
