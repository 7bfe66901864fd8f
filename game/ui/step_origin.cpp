// The origin panel: the case (product, producer, prices, agreement and its rule, processing,
// route), the bill of materials, and the decision: originating or not, what decides it, the
// value content when asked, and optionally the country of origin.
#include "core/feedback_text.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/step_panels.h"
#include "ui/theme.h"

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cstdio>

namespace clearance::ui {

namespace {

constexpr core::OriginCriterion criteria[] = {
    core::OriginCriterion::wholly_obtained, core::OriginCriterion::originating_materials,
    core::OriginCriterion::tariff_shift,    core::OriginCriterion::value_content,
    core::OriginCriterion::minimal_operations, core::OriginCriterion::direct_transport};

const char* criterion_label(core::OriginCriterion c) {
    switch (c) {
        case core::OriginCriterion::wholly_obtained: return tr("Wholly obtained");
        case core::OriginCriterion::originating_materials: return tr("Made only from originating materials");
        case core::OriginCriterion::tariff_shift: return tr("Change of tariff classification");
        case core::OriginCriterion::value_content: return tr("Value content");
        case core::OriginCriterion::minimal_operations: return tr("Only minimal operations");
        case core::OriginCriterion::direct_transport: return tr("Direct transport");
    }
    return "";
}

std::string trimmed(std::string_view v) {
    while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
    while (!v.empty() && (std::isspace(static_cast<unsigned char>(v.back())) || v.back() == '%')) v.remove_suffix(1);
    return std::string(v);
}

// The percentage typed, without its "%" (Decimal reads "42%" as 0.42, the trainee means 42).
std::optional<double> percent_value(const char* text, std::string* why = nullptr) {
    const std::string t = trimmed(text);
    if (t.empty()) return std::nullopt;
    const auto d = core::Decimal::try_parse(t, why);
    if (!d) return std::nullopt;
    double v = static_cast<double>(d->mantissa());
    for (int i = 0; i < d->scale(); ++i) v /= 10.0;
    return v;
}

const core::OriginRule& applied_rule(const core::OriginStep& step) {
    if (step.facts.rule) return *step.facts.rule;
    if (step.facts.hs_code) return core::rule_for(step.agreement, *step.facts.hs_code);
    return step.agreement.default_rule;
}

void case_box(const core::OriginStep& step) {
    const core::OriginCase& c = step.facts;
    const core::Agreement& a = step.agreement;
    panel::begin_box("##case");
    panel::section(tr("The case"));
    std::string product = c.product;
    if (c.hs_code) product += "  (" + c.hs_code->str() + ")";
    panel::fact(tr("Product"), product);
    panel::fact(tr("Produced and exported in"), c.country);
    if (c.ex_works_price) panel::fact(tr("Ex-works price"), c.ex_works_price->to_string());
    if (c.fob_price) panel::fact(tr("FOB price"), c.fob_price->to_string());
    std::string agreement = a.name;
    if (a.preferential) {
        std::string parties;
        for (const std::string& p : a.parties) parties += (parties.empty() ? "" : ", ") + p;
        agreement += std::string(" · ") + tr("preferential, between ") + parties;
    } else {
        agreement += std::string(" · ") + tr("non-preferential");
    }
    panel::fact(tr("Agreement"), agreement);
    if (a.cumulation != core::Cumulation::none)
        panel::fact(tr("Cumulation"), a.cumulation == core::Cumulation::bilateral ? tr("bilateral") : tr("diagonal"));
    ImGui::PushFont(fonts().bold);
    panel::fact(tr("Rule for this product"), core::translate_phrase(core::describe_rule(applied_rule(step)), language()));
    ImGui::PopFont();
    if (c.wholly_obtained != core::WhollyObtained::no)
        panel::fact(tr("Obtained"), tr(std::string(core::wholly_obtained_name(c.wholly_obtained)).c_str()));
    std::string processing;
    for (const core::ProcessStep& s : c.processing)
        processing += (processing.empty() ? "" : tr("; ")) + s.description + " (" +
                      tr(std::string(core::processing_name(s.kind)).c_str()) + ")";
    if (!processing.empty()) panel::fact(tr("Processing"), processing);
    std::string route;
    if (c.transport.transit_countries.empty()) {
        route = tr("shipped directly");
    } else {
        route = tr("via ");
        for (std::size_t i = 0; i < c.transport.transit_countries.size(); ++i)
            route += (i ? ", " : "") + c.transport.transit_countries[i];
        if (c.transport.processed_in_transit) route += tr("; worked on in transit");
        route += c.transport.transit_proof ? tr("; proof of customs control in transit") : tr("; no proof of control in transit");
    }
    panel::fact(tr("Route"), route);
    panel::end_box();
}

void materials_box(const core::OriginStep& step) {
    const Palette& p = palette();
    const auto& ms = step.facts.materials;
    panel::begin_box("##bom");
    panel::section(tr("Bill of materials"));
    if (ms.empty()) {
        ImGui::TextColored(p.text_muted, "%s", tr("No materials: the product is obtained, not made from others."));
        panel::end_box();
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg | ImGuiTableFlags_NoSavedSettings;
    if (ImGui::BeginTable("##materials", 5, flags)) {
        ImGui::TableSetupColumn(tr("Material"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(tr("HS code"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
        ImGui::TableSetupColumn(tr("Country"), ImGuiTableColumnFlags_WidthStretch, 0.6f);
        ImGui::TableSetupColumn(tr("Status"), ImGuiTableColumnFlags_WidthStretch, 1.1f);
        ImGui::TableSetupColumn(tr("Value"), ImGuiTableColumnFlags_WidthStretch, 1.1f);
        // The header by hand, so the value column's title aligns right like its figures.
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        for (int c = 0; c < 5; ++c) {
            ImGui::TableSetColumnIndex(c);
            ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
            const char* name = ImGui::TableGetColumnName(c);
            if (c == 4)
                ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(name).x));
            ImGui::PushFont(fonts().small);
            ImGui::TextColored(p.text_muted, "%s", name);
            ImGui::PopFont();
        }
        core::Money total;
        bool summable = true;
        for (const core::Material& m : ms) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(m.description.c_str());
            ImGui::PopTextWrapPos();
            ImGui::TableSetColumnIndex(1);
            ImGui::PushFont(fonts().mono);
            ImGui::TextUnformatted(m.hs_code ? m.hs_code->str().c_str() : "\xE2\x80\x94");
            ImGui::PopFont();
            ImGui::TableSetColumnIndex(2);
            ImGui::TextUnformatted(m.country.c_str());
            ImGui::TableSetColumnIndex(3);
            ImGui::TextColored(m.originating ? p.good : p.warn, "%s", m.originating ? tr("originating") : tr("non-originating"));
            ImGui::TableSetColumnIndex(4);
            const std::string v = m.value.to_string();
            ImGui::PushFont(fonts().mono);
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(v.c_str()).x));
            ImGui::TextUnformatted(v.c_str());
            ImGui::PopFont();
            try {
                if (summable) total += m.value;
            } catch (const core::MoneyError&) {
                summable = false;  // materials in several currencies: no total to show
            }
        }
        if (summable) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::PushFont(fonts().bold);
            ImGui::TextUnformatted(tr("All materials"));
            ImGui::TableSetColumnIndex(4);
            const std::string v = total.to_string();
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(v.c_str()).x));
            ImGui::TextUnformatted(v.c_str());
            ImGui::PopFont();
        }
        ImGui::EndTable();
    }
    panel::end_box();
}

}  // namespace

void OriginPanel::reset(const core::OriginStep& step) {
    *this = OriginPanel{};
    value_asked = step.value_asked;
}

core::OriginAnswer OriginPanel::answer() const {
    core::OriginAnswer a;
    a.conferred = conferred.value_or(false);
    a.criterion = criterion;
    a.value_percent = percent_value(percent);
    a.country = trimmed(country);
    return a;
}

std::string OriginPanel::blocker() const {
    if (!conferred) return tr("Decide whether the goods originate.");
    if (!criterion) return tr("Choose what decides the origin.");
    if (value_asked) {
        std::string why;
        if (trimmed(percent).empty()) return tr("Enter the value content you computed, in %.");
        if (!percent_value(percent, &why)) {
            // "Value content: ..." with the colon French typography spaces.
            std::vector<char> buf(why.size() + 128);
            std::snprintf(buf.data(), buf.size(), tr("%s: %s"), tr("Value content"), why.c_str());
            return buf.data();
        }
    }
    return {};
}

bool OriginPanel::draw(const PanelContext& ctx, const core::OriginStep& step) {
    const Palette& p = palette();
    const float em = ImGui::GetFontSize();
    panel::header(ctx);
    case_box(step);
    materials_box(step);

    panel::begin_box("##decision");
    panel::section(tr("Your decision"));
    // "###": the buttons keep their ids when the language changes.
    const std::string labels[] = {std::string(tr("Originating")) + "###originating",
                                  std::string(tr("Not originating")) + "###not_originating"};
    const char* verdicts[] = {labels[0].c_str(), labels[1].c_str()};
    int chosen = conferred ? (*conferred ? 0 : 1) : -1;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, em * 0.6f));
    if (panel::segmented("##verdict", verdicts, 2, chosen)) conferred = chosen == 0;
    ImGui::PopStyleVar();

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("What decides"));
    ImGui::SameLine(em * 9);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##criterion", criterion ? criterion_label(*criterion) : tr("Choose the criterion"))) {
        for (core::OriginCriterion c : criteria) {
            const bool on = criterion == c;
            ImGui::PushID(static_cast<int>(c));  // the label changes with the language, the id must not
            if (ImGui::Selectable((std::string(criterion_label(c)) + "###criterion").c_str(), on)) criterion = c;
            if (on) ImGui::SetItemDefaultFocus();
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }

    bool enter = false;
    if (value_asked) {
        const core::OriginRule& rule = applied_rule(step);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(rule.value_test == core::ValueTest::max_non_originating ? tr("Non-originating %")
                                                                                      : tr("Value content %"));
        ImGui::SameLine(em * 9);
        ImGui::PushFont(fonts().mono);
        ImGui::SetNextItemWidth(em * 6);
        enter = ImGui::InputTextWithHint("##percent", "0.00", percent, sizeof percent,
                                         ImGuiInputTextFlags_CharsNoBlank | ImGuiInputTextFlags_EnterReturnsTrue);
        const bool active = ImGui::IsItemActive();
        ImGui::PopFont();
        ImGui::SameLine();
        ImGui::TextColored(p.text_muted, "%%");
        std::string why;
        if (!active && !trimmed(percent).empty() && !percent_value(percent, &why)) ImGui::TextColored(p.bad, "%s", why.c_str());
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("Country of origin"));
    ImGui::SameLine(em * 9);
    ImGui::PushFont(fonts().mono);
    ImGui::SetNextItemWidth(em * 6);
    ImGui::InputTextWithHint("##country", "XX", country, sizeof country, ImGuiInputTextFlags_CharsUppercase);
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextColored(p.text_muted, "%s", tr("optional, ISO code"));
    panel::end_box();
    return enter;
}

}  // namespace clearance::ui
