// The assessment panel: the facts a tariff officer works from (customs value, quantities, the
// duty, excise and VAT rates, other charges) and the amounts to collect, laid out as the lines
// of an assessment notice.
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/step_panels.h"
#include "ui/theme.h"

#include <algorithm>
#include <cstdio>

namespace clearance::ui {

namespace {

// "EUR 30 per l of pure alcohol", "EUR 90 per 1,000 items".
std::string specific_words(const core::SpecificRate& r) {
    std::string s = r.amount.to_string(true) + " " + tr("per") + " ";
    if (!(r.per == core::Decimal(1))) s += r.per.to_grouped() + " ";
    return s + tr(core::unit_symbol(r.unit).c_str());
}

std::string duty_words(const core::DutyRate& d) {
    switch (d.kind) {
        case core::DutyKind::none: return tr("free");
        case core::DutyKind::ad_valorem: return d.ad_valorem.to_percent() + " " + tr("ad valorem");
        case core::DutyKind::specific: return specific_words(d.specific);
        case core::DutyKind::compound: return d.ad_valorem.to_percent() + " + " + specific_words(d.specific);
        case core::DutyKind::higher_of:
            return d.ad_valorem.to_percent() + ", " + tr("but not less than") + " " + specific_words(d.specific);
    }
    return {};
}

std::string excise_words(const core::ExciseRate& e) {
    switch (e.kind) {
        case core::ExciseKind::none: return tr("none");
        case core::ExciseKind::specific: return specific_words(e.specific);
        case core::ExciseKind::ad_valorem: {
            std::string s = e.ad_valorem.to_percent() + " " + tr("of") + " ";
            switch (e.base) {
                case core::ExciseBase::customs_value: return s + tr("the customs value");
                case core::ExciseBase::duty_paid_value: return s + tr("the duty-paid value");
                case core::ExciseBase::declared_amount: return s + e.declared_base.to_string();
            }
            return s;
        }
    }
    return {};
}

std::string quantities_words(const core::GoodsQuantities& q) {
    std::string s;
    auto add = [&](const std::string& part) { s += (s.empty() ? "" : ", ") + part; };
    if (q.items) add(q.items->to_grouped() + " " + tr("items"));
    if (q.litres_per_item) add(q.litres_per_item->to_string() + " " + tr("l each"));
    if (q.litres) add(q.litres->to_grouped() + " " + tr("l in all"));
    if (q.alcohol_strength) add(q.alcohol_strength->to_percent() + " " + tr("vol"));
    if (q.net_kg) add(q.net_kg->to_grouped() + " " + tr("kg net"));
    return s;
}

void facts_box(const core::AssessStep& step) {
    const core::TaxFacts& f = step.facts;
    panel::begin_box("##facts");
    panel::section(tr("The facts"));
    panel::fact(tr("Customs value"), f.customs_value.to_string());
    const std::string q = quantities_words(f.quantities);
    if (!q.empty()) panel::fact(tr("Quantities"), q);
    panel::fact(tr("Customs duty"), duty_words(f.duty));
    if (f.excise.kind != core::ExciseKind::none) panel::fact(tr("Excise"), excise_words(f.excise));
    panel::fact(tr("Import VAT"), f.vat_rate ? f.vat_rate->to_percent() : std::string(tr("not charged")));
    for (const core::NamedCharge& c : f.other_charges) panel::fact(c.label.c_str(), c.amount.to_string());
    for (const core::NamedCharge& c : f.costs_to_destination) {
        const std::string label = c.label + " " + tr("(to the first destination)");
        panel::fact(label.c_str(), c.amount.to_string());
    }
    panel::end_box();
}

}  // namespace

void AssessPanel::reset(const core::AssessStep& step) {
    *this = AssessPanel{};
    const core::Currency cur = step.facts.customs_value.currency();
    duty.currency = excise.currency = vat.currency = total.currency = cur;
    has_excise = step.facts.excise.kind != core::ExciseKind::none;
    has_vat = step.facts.vat_rate.has_value();
}

core::AssessAnswer AssessPanel::answer() const {
    core::AssessAnswer a;
    a.duty = duty.value();
    if (has_excise) a.excise = excise.value();
    if (has_vat) a.vat = vat.value();
    a.total = total.value();
    return a;
}

std::string AssessPanel::blocker() const {
    struct Line {
        const AmountInput* in;
        bool shown;
        const char* name;
    };
    const Line lines[] = {{&duty, true, tr("Duty")}, {&excise, has_excise, tr("Excise")}, {&vat, has_vat, tr("VAT")},
                          {&total, true, tr("Total")}};
    // "Duty: ..." with the colon French typography spaces.
    auto labelled = [](const char* name, const std::string& text) {
        std::vector<char> buf(text.size() + 128);
        std::snprintf(buf.data(), buf.size(), tr("%s: %s"), name, text.c_str());
        return std::string(buf.data());
    };
    for (const Line& l : lines) {
        if (!l.shown) continue;
        if (l.in->empty()) return labelled(l.name, tr("enter the amount (0 if nothing is due)."));
        if (!l.in->error().empty()) return labelled(l.name, l.in->error());
    }
    return {};
}

bool AssessPanel::draw(const PanelContext& ctx, const core::AssessStep& step) {
    const Palette& p = palette();
    const float em = ImGui::GetFontSize();
    panel::header(ctx);
    facts_box(step);

    panel::begin_box("##notice");
    panel::section(tr("Assessment"));
    ImGui::PushFont(fonts().small);
    ImGui::TextColored(p.text_muted, "%s", tr("Round each amount to the cent, as the notice prints it."));
    ImGui::PopFont();
    bool enter = false;
    const float right_col = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - em * 11;
    auto row = [&](const char* id, const char* label, const char* note, AmountInput& in, bool strong) {
        ImGui::AlignTextToFramePadding();
        if (strong) ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(label);
        if (strong) ImGui::PopFont();
        if (note) {
            ImGui::SameLine();
            ImGui::PushFont(fonts().small);
            ImGui::TextColored(p.text_muted, "%s", note);
            ImGui::PopFont();
        }
        ImGui::SameLine();
        if (ImGui::GetCursorPosX() < right_col) ImGui::SetCursorPosX(right_col);
        enter = panel::amount(id, in, em * 8) || enter;
    };
    const std::string duty_note = duty_words(step.facts.duty);
    row("##duty", tr("Customs duty"), duty_note.c_str(), duty, false);
    if (has_excise) {
        const std::string note = excise_words(step.facts.excise);
        row("##excise", tr("Excise"), note.c_str(), excise, false);
    }
    if (has_vat) {
        const std::string note = step.facts.vat_rate->to_percent();
        row("##vat", tr("Import VAT"), note.c_str(), vat, false);
    }
    panel::divider();
    row("##total", tr("Total to collect"), nullptr, total, true);
    panel::end_box();
    return enter;
}

}  // namespace clearance::ui
