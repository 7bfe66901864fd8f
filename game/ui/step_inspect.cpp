// The inspect panel: the fields the trainee flagged on the documents (the document view does
// the flagging and reports each toggle to InspectPanel::toggle), with a way to clear each one,
// and the checklist of what officers compare across a consignment's papers.
#include "core/scenario_fields.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/step_panels.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cstdio>

namespace clearance::ui {

bool InspectPanel::toggle(const std::string& field_id) {
    auto it = std::find(flagged.begin(), flagged.end(), field_id);
    if (it != flagged.end()) {
        flagged.erase(it);
        return false;
    }
    flagged.push_back(field_id);
    return true;
}

bool InspectPanel::is_flagged(std::string_view field_id) const {
    return std::find(flagged.begin(), flagged.end(), field_id) != flagged.end();
}

bool InspectPanel::draw(const PanelContext& ctx, const core::InspectStep&) {
    const Palette& p = palette();
    const float em = ImGui::GetFontSize();
    panel::header(ctx);

    const ImVec4 band = p.warn;
    panel::begin_box("##flags", &band);
    ImGui::PushFont(fonts().title);
    ImGui::Text("%zu", flagged.size());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em * 0.35f);
    ImGui::TextUnformatted(flagged.size() == 1 ? tr("field flagged") : tr("fields flagged"));
    ImGui::PushFont(fonts().small);
    muted_text(tr("Click a field on the documents to flag it as conflicting or suspect; click it again to clear. "
                  "If everything agrees, submit with nothing flagged."));
    ImGui::PopFont();

    if (!flagged.empty()) panel::divider();
    std::string to_clear;
    for (std::size_t i = 0; i < flagged.size(); ++i) {
        const std::string& id = flagged[i];
        ImGui::PushID(static_cast<int>(i));
        std::optional<core::DocumentField> f;
        const core::Document* doc = nullptr;
        if (ctx.scenario) {
            f = core::find_document_field(ctx.scenario->documents, id, ctx.lang, language());
            doc = ctx.scenario->find_document(id.substr(0, id.find('.')));
        }
        // The clear button first on the right, so long labels wrap before it.
        const float bw = ImGui::GetFrameHeight();
        const float x0 = ImGui::GetCursorPosX();
        const float text_w = ImGui::GetContentRegionAvail().x - bw - ImGui::GetStyle().ItemSpacing.x;
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(x0 + text_w);
        ImGui::PushFont(fonts().small);
        ImGui::TextColored(p.text_muted, "%s", doc ? core::document_title(*doc, ctx.lang, language()).c_str() : id.c_str());
        ImGui::PopFont();
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(f ? f->label.c_str() : id.c_str());
        ImGui::PopFont();
        if (f && !f->value.empty()) {
            ImGui::PushFont(fonts().mono);
            ImGui::TextUnformatted(f->value.c_str());
            ImGui::PopFont();
        }
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        ImGui::SameLine(x0 + text_w + ImGui::GetStyle().ItemSpacing.x);
        if (panel::quiet_button("\xC3\x97", ImVec2(bw, bw)) || panel::enter_on_item()) to_clear = id;  // ×
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Clear this flag"));
        ImGui::PopID();
    }
    if (!to_clear.empty()) toggle(to_clear);
    panel::end_box();

    panel::begin_box("##checklist");
    panel::section(tr("What to compare"));
    static const char* const checks[] = {
        "Quantities and units, line by line",
        "Net and gross weights, number and kind of packages",
        "Prices, amounts, totals and currency",
        "Parties, addresses and countries",
        "HS codes, descriptions and origin",
        "Marks, container and seal numbers",
        "Labels, brand marks and serial numbers",
    };
    for (const char* c : checks) {
        ImGui::TextColored(p.accent, "\xE2\x80\xA2");  // •
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(tr(c));
        ImGui::PopTextWrapPos();
    }
    panel::end_box();
    return false;
}

}  // namespace clearance::ui
