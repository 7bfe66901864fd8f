// The risk panel: the declaration's risk profile when the scenario gives measured facts, the
// control channel as large coloured buttons (green, blue when the profile uses it, yellow,
// red), and the indicators that justify the choice as checkboxes.
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/step_panels.h"
#include "ui/theme.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace clearance::ui {

namespace {

ImVec4 channel_color(core::Channel c) {
    const Palette& p = palette();
    switch (c) {
        case core::Channel::green: return p.good;
        case core::Channel::blue: return topic_color(core::Topic::classification);  // the theme's legible blue
        case core::Channel::yellow: return p.warn;
        case core::Channel::red: return p.bad;
    }
    return p.accent;
}

const char* channel_name(core::Channel c) {
    switch (c) {
        case core::Channel::green: return tr("Green");
        case core::Channel::blue: return tr("Blue");
        case core::Channel::yellow: return tr("Yellow");
        case core::Channel::red: return tr("Red");
    }
    return "";
}

const char* channel_words(core::Channel c) {
    switch (c) {
        case core::Channel::green: return tr("Release without checks");
        case core::Channel::blue: return tr("Release now, audit later");
        case core::Channel::yellow: return tr("Check the documents");
        case core::Channel::red: return tr("Examine the goods");
    }
    return "";
}

std::string capitalised(std::string_view s) {
    std::string out(s);
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

// A channel button: a tall card in the channel's colour, filled when chosen.
bool channel_button(core::Channel c, bool chosen, float width) {
    const Palette& p = palette();
    const float em = ImGui::GetFontSize();
    const ImVec2 size(width, em * 3.7f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushID(static_cast<int>(c));
    const bool pressed = ImGui::InvisibleButton("##channel", size) || panel::enter_on_item();
    const bool hovered = ImGui::IsItemHovered();
    const bool focused = ImGui::IsItemFocused() && ImGui::GetIO().NavVisible;
    ImGui::PopID();
    const ImVec4 col = channel_color(c);
    // Text on a filled button: dark or light, whichever the colour's luminance calls for.
    const float lum = 0.2126f * col.x + 0.7152f * col.y + 0.0722f * col.z;
    const ImU32 on_fill = lum > 0.5f ? IM_COL32(15, 18, 22, 255) : IM_COL32(255, 255, 255, 255);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + size.x, pos.y + size.y);
    const float r = ImGui::GetStyle().ChildRounding;
    // The soft tint pre-blended on the card: fill_round_rect wants an opaque colour.
    const float k = hovered ? 0.22f : 0.10f;
    const ImVec4 card = p.card_bg;
    const ImVec4 soft(card.x + (col.x - card.x) * k, card.y + (col.y - card.y) * k, card.z + (col.z - card.z) * k, 1.0f);
    panel::fill_round_rect(dl, pos, end, ImGui::GetColorU32(chosen ? col : soft), r);
    dl->AddRect(pos, end, ImGui::GetColorU32(col), r, 0, chosen ? 2.5f : 1.2f);
    if (focused) dl->AddRect(ImVec2(pos.x - 3, pos.y - 3), ImVec2(end.x + 3, end.y + 3), ImGui::GetColorU32(ImGuiCol_NavHighlight), r + 2, 0, 2.0f);
    const float pad = em * 0.7f;
    // A signal light: a disc, ringed when chosen.
    const ImVec2 dot(pos.x + pad + em * 0.45f, pos.y + pad + em * 0.5f);
    dl->AddCircleFilled(dot, em * 0.42f, chosen ? on_fill : ImGui::GetColorU32(col));
    ImGui::PushFont(fonts().bold);
    dl->AddText(ImVec2(dot.x + em * 0.8f, pos.y + pad), chosen ? on_fill : ImGui::GetColorU32(p.text), channel_name(c));
    ImGui::PopFont();
    ImGui::PushFont(fonts().small);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + pad, pos.y + pad + em * 1.35f),
                chosen ? on_fill : ImGui::GetColorU32(p.text_muted), channel_words(c), nullptr, size.x - pad * 2);
    ImGui::PopFont();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return pressed;
}

void profile_box(const core::RiskFacts& f) {
    panel::begin_box("##profile");
    panel::section(tr("Declaration profile"));
    if (f.declared_unit_price) panel::fact(tr("Declared unit price"), f.declared_unit_price->to_string());
    if (f.reference_unit_price) panel::fact(tr("Reference unit price"), f.reference_unit_price->to_string());
    if (f.importer_prior_declarations) {
        char line[64];
        std::snprintf(line, sizeof line, "%d", *f.importer_prior_declarations);
        panel::fact(tr("Importer's earlier declarations"), line);
    }
    if (f.importer_prior_offences > 0) {
        char line[64];
        std::snprintf(line, sizeof line, "%d", f.importer_prior_offences);
        panel::fact(tr("Importer's recorded offences"), line);
    }
    panel::fact(tr("Authorised economic operator"), f.aeo ? tr("yes") : tr("no"));
    if (!f.description.empty()) panel::fact(tr("Goods as declared"), f.description);
    panel::end_box();
}

}  // namespace

void RiskPanel::reset(const core::RiskStep& step) {
    *this = RiskPanel{};
    use_blue = step.profile.use_blue;
}

core::RiskAnswer RiskPanel::answer() const {
    core::RiskAnswer a;
    a.channel = channel.value_or(core::Channel::green);
    for (std::size_t i = 0; i < indicators.size(); ++i)
        if (indicators[i]) a.indicators.emplace_back(core::indicator_id(static_cast<core::Indicator>(i)));
    return a;
}

std::string RiskPanel::blocker() const { return channel ? std::string() : std::string(tr("Choose a channel.")); }

bool RiskPanel::draw(const PanelContext& ctx, const core::RiskStep& step) {
    const float em = ImGui::GetFontSize();
    panel::header(ctx);
    if (const auto* facts = std::get_if<core::RiskFacts>(&step.facts)) profile_box(*facts);

    panel::begin_box("##channel");
    panel::section(tr("Channel"));
    std::vector<core::Channel> shown = {core::Channel::green};
    if (use_blue) shown.push_back(core::Channel::blue);
    shown.push_back(core::Channel::yellow);
    shown.push_back(core::Channel::red);
    const float gap = em * 0.5f;
    const float w = (ImGui::GetContentRegionAvail().x - gap * static_cast<float>(shown.size() - 1)) / static_cast<float>(shown.size());
    for (std::size_t i = 0; i < shown.size(); ++i) {
        if (i > 0) ImGui::SameLine(0, gap);
        if (channel_button(shown[i], channel == shown[i], w)) channel = shown[i];
    }
    panel::end_box();

    panel::begin_box("##indicators");
    panel::section(tr("Indicators that justify it"));
    ImGui::PushFont(fonts().small);
    ImGui::TextColored(palette().text_muted, "%s", tr("Tick each one this declaration shows; a needless tick costs points."));
    ImGui::PopFont();
    if (ImGui::BeginTable("##ind", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_NoSavedSettings)) {
        for (std::size_t i = 0; i < indicators.size(); ++i) {
            ImGui::TableNextColumn();
            const auto ind = static_cast<core::Indicator>(i);
            const std::string id = "##" + std::string(core::indicator_id(ind));
            ImGui::Checkbox(id.c_str(), &indicators[i]);
            if (panel::enter_on_item()) indicators[i] = !indicators[i];
            // The label beside the box, wrapped in its column (a Checkbox label never wraps), and
            // clickable like the box.
            ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
            ImGui::AlignTextToFramePadding();
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(capitalised(tr(std::string(core::indicator_label(ind)).c_str())).c_str());
            ImGui::PopTextWrapPos();
            if (ImGui::IsItemClicked()) indicators[i] = !indicators[i];
            if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        }
        ImGui::EndTable();
    }
    panel::end_box();
    return false;
}

}  // namespace clearance::ui
