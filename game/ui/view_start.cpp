// The start screen: a welcome line and the eight fields of work as cards.
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cstdio>

namespace clearance::ui {

namespace {

struct TopicCard {
    core::Topic topic;
    const char* title;
    const char* blurb;
};

const TopicCard cards[] = {
    {core::Topic::classification, "Classification",
     "Find the HS code of goods with the General Interpretative Rules."},
    {core::Topic::valuation, "Valuation",
     "Build the customs value: transaction value and Article 8 adjustments."},
    {core::Topic::origin, "Origin",
     "Decide origin: wholly obtained, tariff shift, value content."},
    {core::Topic::revenue, "Duties and taxes",
     "Assess ad valorem, specific and compound duty, excise and VAT."},
    {core::Topic::fraud, "Fraud and IPR",
     "Spot undervaluation, false origin and counterfeit goods."},
    {core::Topic::security, "Risk and security",
     "Route declarations to the green, yellow or red channel."},
    {core::Topic::facilitation, "Facilitation",
     "Release compliant trade fast: AEO, pre-arrival, simplifications."},
    {core::Topic::ethics, "Integrity",
     "Face gifts, pressure and conflicts of interest the right way."},
};

void topic_card(const TopicCard& card, ImVec2 size) {
    const Palette& p = palette();
    ImGui::PushID(card.title);
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    const bool hovered = ImGui::IsMouseHoveringRect(
        top_left, ImVec2(top_left.x + size.x, top_left.y + size.y));
    begin_card("##card", size, hovered);
    // A coloured band on the left edge identifies the topic at a glance.
    // The child clips half its padding away; the band sits on the very edge, so widen the clip.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 wp = ImGui::GetWindowPos();
    dl->PushClipRect(wp, ImVec2(wp.x + size.x, wp.y + size.y), false);
    dl->AddRectFilled(wp, ImVec2(wp.x + 6, wp.y + size.y), ImGui::GetColorU32(topic_color(card.topic)),
                      ImGui::GetStyle().ChildRounding, ImDrawFlags_RoundCornersLeft);
    dl->PopClipRect();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr(card.title));
    ImGui::PopFont();
    ImGui::PushFont(fonts().small);
    muted_text(tr(card.blurb));
    ImGui::PopFont();
    ImGui::SetCursorPosY(size.y - ImGui::GetFrameHeight() - ImGui::GetStyle().WindowPadding.y + 4);
    pill(tr("No scenarios yet"), p.text_muted);
    end_card();
    ImGui::PopID();
}

}  // namespace

void view_start(const Model& model, std::vector<Intent>&) {
    screen_title(tr("Welcome to Clearance"),
                 tr("Work real-looking consignments the way a customs officer does: classify, value, "
                    "decide origin, assess, inspect and choose. Every answer is scored and explained."));
    ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.5f));

    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr("Fields of work"));
    ImGui::PopFont();

    // Four columns when there is room, two on a narrow window; cards keep a readable width.
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    const int columns = avail > 900 ? 4 : 2;
    const float w = (avail - spacing * (columns - 1)) / columns;
    const float h = std::max(ImGui::GetFontSize() * 8.0f, 130.0f);
    int i = 0;
    for (const TopicCard& card : cards) {
        if (i % columns != 0) ImGui::SameLine();
        topic_card(card, ImVec2(w, h));
        ++i;
    }

    ImGui::Dummy(ImVec2(0, ImGui::GetFontSize()));
    char line[256];
    std::snprintf(line, sizeof line,
                  tr("The HS 2022 nomenclature is loaded (%d subheadings). Scenarios found: %d."),
                  model.hs_subheadings, model.scenario_count);
    muted_text(line);
}

}  // namespace clearance::ui
