// The valuation worksheet: the facts of the sale, then the method, the price, what to do with
// each cost the documents show (leave out, add, deduct, and how much), the conversion at the
// official rate and the customs value, as a valuation officer's worksheet has them.
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/step_panels.h"
#include "ui/theme.h"

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cstdio>
#include <cstring>

namespace clearance::ui {

namespace {

constexpr core::Method methods[] = {core::Method::transaction_value, core::Method::identical_goods,
                                    core::Method::similar_goods,     core::Method::deductive,
                                    core::Method::computed,          core::Method::fallback};

const char* method_label(core::Method m) {
    switch (m) {
        case core::Method::transaction_value: return tr("Transaction value (Art. 1)");
        case core::Method::identical_goods: return tr("Identical goods (Art. 2)");
        case core::Method::similar_goods: return tr("Similar goods (Art. 3)");
        case core::Method::deductive: return tr("Deductive value (Art. 5)");
        case core::Method::computed: return tr("Computed value (Art. 6)");
        case core::Method::fallback: return tr("Fallback method (Art. 7)");
    }
    return "";
}

const char* relationship_words(core::Relationship r) {
    switch (r) {
        case core::Relationship::none: return "";
        case core::Relationship::officers_or_directors: return tr("officers or directors of one another's businesses");
        case core::Relationship::legal_partners: return tr("legally recognised partners in business");
        case core::Relationship::employer_employee: return tr("employer and employee");
        case core::Relationship::voting_shares_5pct: return tr("one holds 5% or more of the voting shares of both");
        case core::Relationship::one_controls_other: return tr("one controls the other");
        case core::Relationship::both_controlled_by_third: return tr("both controlled by a third person");
        case core::Relationship::together_control_third: return tr("together they control a third person");
        case core::Relationship::same_family: return tr("members of the same family");
    }
    return "";
}

std::string capitalised(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

// The scenario's own label, or the kind of cost in the interface language.
std::string cost_label(const core::CostItem& c) {
    return c.label.empty() ? capitalised(tr(core::cost_kind_description(c.kind).c_str())) : c.label;
}

// "Price: not an amount", with the colon French typography spaces.
std::string labelled(const std::string& label, const std::string& text) {
    std::vector<char> buf(label.size() + text.size() + 32);
    std::snprintf(buf.data(), buf.size(), tr("%s: %s"), label.c_str(), text.c_str());
    return buf.data();
}

// Where the documents put the cost, in the words of the file: inside the price or on top of it.
std::string cost_details(const core::CostItem& c) {
    const char* sep = tr("; ");
    std::string s;
    if (c.in_price) s = *c.in_price ? (c.shown_separately ? tr("included in the invoice price, shown separately")
                                                          : tr("included in the invoice price, not shown separately"))
                                    : tr("paid by the buyer on top of the price");
    if (c.lot_quantity && c.total_quantity) {
        char share[160];
        std::snprintf(share, sizeof share, tr("used for %s of the %s units it served"), c.lot_quantity->to_grouped().c_str(),
                      c.total_quantity->to_grouped().c_str());
        if (!s.empty()) s += sep;
        s += share;
    }
    if (c.kind == core::CostKind::discount && !c.granted) {
        if (!s.empty()) s += sep;
        s += tr("offered, not granted");
    }
    return s;
}

void facts_box(const core::ValueStep& step) {
    const core::ValuationFacts& f = step.facts;
    panel::begin_box("##facts");
    panel::section(tr("The sale"));
    panel::fact(tr("Price paid or payable"), f.price.to_string());
    panel::fact(tr("Delivery terms"), std::string(core::incoterm_name(f.incoterm)) + " " + f.incoterm_place);
    panel::fact(tr("Valuation basis"), f.basis == core::ValuationBasis::cif
                                           ? tr("CIF: transport and insurance to the border are part of the value")
                                           : tr("FOB: transport and insurance after export stay out of the value"));
    panel::fact(tr("National currency"), std::string(f.national.code()));
    for (const core::ExchangeRate& r : f.rates) {
        char line[96];
        std::snprintf(line, sizeof line, "1 %s = %s %s", std::string(r.from.code()).c_str(), r.rate.to_string().c_str(),
                      std::string(f.national.code()).c_str());
        panel::fact(tr("Official exchange rate"), line);
    }
    const core::SaleCircumstances& c = f.circumstances;
    if (c.relationship != core::Relationship::none) {
        std::string s = capitalised(relationship_words(c.relationship));
        if (c.relationship_influenced_price) s += tr("; the relationship influenced the price");
        else s += tr("; no influence on the price was found");
        panel::fact(tr("Buyer and seller"), s);
    }
    if (!c.sold_for_export) panel::fact(tr("Sale"), tr("No sale for export to this country"));
    if (c.restrictions_on_use) panel::fact(tr("Conditions"), tr("Restrictions on the use of the goods by the buyer"));
    if (c.unquantifiable_condition) panel::fact(tr("Conditions"), tr("The price depends on a condition whose value cannot be determined"));
    if (c.unquantifiable_proceeds) panel::fact(tr("Conditions"), tr("Part of the resale proceeds goes to the seller, amount unknown"));
    const core::OtherMethodsData& o = f.other_methods;
    auto list = [](const std::vector<core::Money>& v) {
        std::string s;
        for (const core::Money& m : v) s += (s.empty() ? "" : ", ") + m.to_string();
        return s;
    };
    if (!o.identical_values.empty()) panel::fact(tr("Accepted values, identical goods"), list(o.identical_values));
    if (!o.similar_values.empty()) panel::fact(tr("Accepted values, similar goods"), list(o.similar_values));
    if (o.deductive) {
        char line[256];
        std::snprintf(line, sizeof line, tr("resale %s per unit; profit %s, local transport %s, duties %s; %s units"),
                      o.deductive->unit_resale_price.to_string().c_str(),
                      o.deductive->profit_and_general_expenses.to_string().c_str(),
                      o.deductive->local_transport_insurance.to_string().c_str(),
                      o.deductive->duties_and_taxes.to_string().c_str(), o.deductive->quantity.to_grouped().c_str());
        panel::fact(tr("Resale in this country"), line);
    }
    if (o.computed) {
        char line[256];
        std::snprintf(line, sizeof line, tr("materials and processing %s; profit %s; transport %s"),
                      o.computed->materials_and_processing.to_string().c_str(),
                      o.computed->profit_and_general_expenses.to_string().c_str(),
                      o.computed->transport_to_importation.to_string().c_str());
        panel::fact(tr("Cost of production"), line);
    }
    if (o.fallback_value) panel::fact(tr("Value by reasonable means"), o.fallback_value->to_string() + " · " + o.fallback_basis);
    panel::end_box();
}

}  // namespace

void ValuePanel::reset(const core::ValueStep& step) {
    const core::ValuationFacts& f = step.facts;
    *this = ValuePanel{};
    base.currency = f.price.currency();
    total.currency = f.national;
    needs_rate = !(f.price.currency() == f.national);
    for (const core::CostItem& c : f.costs) {
        ValueLine l;
        l.cost_id = c.id;
        l.label = cost_label(c);
        l.amount.currency = c.amount.currency();
        if (!(c.amount.currency() == f.national)) needs_rate = true;
        lines.push_back(std::move(l));
    }
}

core::ValueWorksheet ValuePanel::answer() const {
    core::ValueWorksheet w;
    w.method = method;
    w.base = base.value();
    for (const ValueLine& l : lines) {
        if (l.choice == CostChoice::leave_out) continue;
        core::WorksheetLine wl;
        wl.id = l.cost_id;
        wl.action = l.choice == CostChoice::add ? core::WorksheetAction::add : core::WorksheetAction::deduct;
        // An amount not (yet) typed is a zero: the line still says which way the trainee went.
        wl.amount = l.amount.value().value_or(core::Money::zero(l.amount.currency));
        w.lines.push_back(std::move(wl));
    }
    if (rate[0]) w.rate = core::Decimal::try_parse(rate);
    w.total = total.value();
    return w;
}

std::string ValuePanel::blocker() const {
    if (!method) return tr("Choose the valuation method.");
    if (!base.error().empty()) return labelled(tr("Price"), base.error());
    for (const ValueLine& l : lines) {
        if (l.choice == CostChoice::leave_out) continue;
        if (l.amount.empty()) return labelled(l.label, tr("enter the amount to add or deduct."));
        if (!l.amount.error().empty()) return labelled(l.label, l.amount.error());
    }
    std::string why;
    if (rate[0] && !core::Decimal::try_parse(rate, &why)) return labelled(tr("Exchange rate"), why);
    if (total.empty()) return tr("Enter the customs value.");
    if (!total.error().empty()) return labelled(tr("Customs value"), total.error());
    return {};
}

bool ValuePanel::draw(const PanelContext& ctx, const core::ValueStep& step) {
    const Palette& p = palette();
    const float em = ImGui::GetFontSize();
    panel::header(ctx);
    facts_box(step);

    panel::begin_box("##worksheet");
    panel::section(tr("Valuation worksheet"));
    // ---- method ----
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("Method"));
    ImGui::SameLine(em * 9);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##method", method ? method_label(*method) : tr("Choose the method that applies"))) {
        for (core::Method m : methods) {
            const bool on = method == m;
            ImGui::PushID(static_cast<int>(m));  // the label changes with the language, the id must not
            if (ImGui::Selectable((std::string(method_label(m)) + "###method").c_str(), on)) method = m;
            if (on) ImGui::SetItemDefaultFocus();
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("Price"));
    ImGui::SameLine(em * 9);
    panel::amount("##base", base, em * 10);

    // ---- costs ----
    ImGui::Dummy(ImVec2(0, em * 0.2f));
    panel::section(tr("Costs shown on the documents"));
    if (lines.empty()) ImGui::TextColored(p.text_muted, "%s", tr("The documents show no other cost."));
    // "###": the buttons keep their ids when the language changes.
    const std::string labels[] = {std::string(tr("Leave out")) + "###leave_out", std::string(tr("Add")) + "###add",
                                  std::string(tr("Deduct")) + "###deduct"};
    const char* choices[] = {labels[0].c_str(), labels[1].c_str(), labels[2].c_str()};
    std::vector<float> rules;
    const float x0 = ImGui::GetCursorScreenPos().x, x1 = x0 + ImGui::GetContentRegionAvail().x;
    if (!lines.empty() &&
        ImGui::BeginTable("##costs", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoSavedSettings)) {
        ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthStretch, 1.1f);
        ImGui::TableSetupColumn("##how", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        for (std::size_t i = 0; i < lines.size() && i < step.facts.costs.size(); ++i) {
            const core::CostItem& c = step.facts.costs[i];
            ValueLine& l = lines[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            if (i > 0) rules.push_back(panel::row_top());
            ImGui::PushTextWrapPos(0);
            ImGui::PushFont(fonts().bold);
            ImGui::TextUnformatted(cost_label(c).c_str());
            ImGui::PopFont();
            ImGui::PushFont(fonts().mono);
            ImGui::TextUnformatted(c.amount.to_string().c_str());
            ImGui::PopFont();
            const std::string details = cost_details(c);
            if (!details.empty()) {
                ImGui::PushFont(fonts().small);
                ImGui::TextColored(p.text_muted, "%s", details.c_str());
                ImGui::PopFont();
            }
            ImGui::PopTextWrapPos();
            ImGui::TableSetColumnIndex(1);
            int chosen = static_cast<int>(l.choice);
            if (panel::segmented("##choice", choices, 3, chosen)) l.choice = static_cast<CostChoice>(chosen);
            ImGui::BeginDisabled(l.choice == CostChoice::leave_out);
            panel::amount("##amount", l.amount, 0);
            ImGui::EndDisabled();
            ImGui::PopID();
        }
        ImGui::EndTable();
        panel::rules_across(rules, x0, x1);
    }

    // The running sum of what the trainee has entered so far, in the invoice currency: a check
    // on their own arithmetic, not the answer (it knows nothing of what belongs in the value).
    try {
        core::Money sum = base.value().value_or(core::Money());
        bool any = base.value().has_value();
        for (const ValueLine& l : lines) {
            if (l.choice == CostChoice::leave_out || !l.amount.value()) continue;
            if (!(l.amount.currency == base.currency)) continue;
            sum += l.choice == CostChoice::add ? *l.amount.value() : -*l.amount.value();
            any = true;
        }
        if (any) {
            char line[128];
            std::snprintf(line, sizeof line, tr("Price and adjustments entered: %s"), sum.to_string().c_str());
            ImGui::PushFont(fonts().small);
            ImGui::TextColored(p.text_muted, "%s", line);
            ImGui::PopFont();
        }
    } catch (const core::MoneyError&) {
        // An overflow from absurd amounts: no running sum, the fields show their own errors.
    }

    // ---- conversion and total ----
    panel::divider();
    if (needs_rate) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("Exchange rate"));
        ImGui::SameLine(em * 9);
        ImGui::PushFont(fonts().mono);
        ImGui::SetNextItemWidth(em * 7);
        ImGui::InputTextWithHint("##rate", "0.0000", rate, sizeof rate, ImGuiInputTextFlags_CharsNoBlank);
        const bool rate_active = ImGui::IsItemActive();
        ImGui::PopFont();
        ImGui::SameLine();
        char unit[64];
        std::snprintf(unit, sizeof unit, tr("%s per unit of the invoice currency"), std::string(step.facts.national.code()).c_str());
        ImGui::TextColored(p.text_muted, "%s", unit);
        std::string why;
        if (rate[0] && !rate_active && !core::Decimal::try_parse(rate, &why)) ImGui::TextColored(p.bad, "%s", why.c_str());
    }
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr("Customs value"));
    ImGui::PopFont();
    ImGui::SameLine(em * 9);
    const bool enter = panel::amount("##total", total, em * 10);
    panel::end_box();
    return enter;
}

}  // namespace clearance::ui
