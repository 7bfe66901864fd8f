// The customs declaration: the boxed goods declaration an officer receives, numbered like the
// Single Administrative Document most administrations' forms descend from (box 1 declaration,
// 2 exporter, 8 importer, 14 declarant, 20 delivery terms, 22 currency, 23 exchange rate, 31
// packages and description, 33 commodity code, 34 origin, 36 preference, 37 procedure, 38 net
// mass, 46 value, 47 calculation of taxes).
#include "ui/document_page.h"
#include "ui/fonts.h"
#include "ui/i18n.h"

#include <cstdio>

namespace clearance::ui::paper {

namespace {

void cell(int column) { ImGui::TableSetColumnIndex(column); }

void box(Page& page, const char* number, const char* caption) {
    char text[128];
    std::snprintf(text, sizeof text, "%s  %s", number, caption);
    page.caption(text);
}

FieldStyle mono(bool right = false) {
    FieldStyle s;
    s.font = fonts().mono;
    s.right = right;
    s.wrap = false;  // codes and figures never break across lines
    return s;
}

FieldStyle strong(bool right = false) {
    FieldStyle s;
    s.font = fonts().bold;
    s.right = right;
    s.wrap = !right;
    return s;
}

}  // namespace

void draw_declaration(Page& page, const core::Declaration& d) {
    if (page.begin_table("##top", 3, true)) {
        page.column("", 1.2f);
        page.column("", 1.0f);
        page.column("", 1.0f);
        page.row();
        cell(0);
        page.form_title(tr("GOODS DECLARATION"));
        box(page, "1", tr("Declaration / procedure"));
        page.field("procedure", strong());
        cell(1);
        box(page, "A", tr("Office of entry"));
        page.field("office");
        cell(2);
        page.caption(tr("Reference"));
        page.field("reference", mono());
        page.caption(tr("Date"));
        page.field("date", mono());
        page.end_table();
    }

    if (page.begin_table("##parties", 2, true)) {
        page.column("", 1.0f);
        page.column("", 1.0f);
        page.row();
        cell(0);
        box(page, "2", tr("Exporter"));
        page.party("exporter");
        cell(1);
        box(page, "14", tr("Declarant / representative"));
        page.party("declarant");
        page.row();
        cell(0);
        box(page, "8", tr("Importer"));
        page.party("importer");
        cell(1);
        box(page, "20", tr("Delivery terms"));
        ImGui::BeginGroup();
        page.field("incoterm", strong());
        ImGui::EndGroup();
        ImGui::SameLine();
        ImGui::BeginGroup();
        page.field("incoterm_place");
        ImGui::EndGroup();
        if (page.begin_grid("##money", 2)) {
            page.column("", 1.0f);
            page.column("", 1.0f);
            page.row();
            cell(0);
            box(page, "22", tr("Currency"));
            page.field("currency", strong());
            cell(1);
            box(page, "23", tr("Exchange rate"));
            page.field("exchange_rate", mono());
            page.end_table();
        }
        box(page, "21", tr("Means of transport"));
        page.field("transport");
        page.end_table();
    }
    page.gap(0.6f);

    if (page.begin_table("##items", 7, true)) {
        // Wide enough for the French headers' longest words ("marchandises", "Régime") and a
        // five-figure value with its currency.
        page.column(tr("32 Item · 31 Description"), 1.5f);
        page.column(tr("33 Commodity code"), 1.3f);
        page.column(tr("34 Origin · 36 Pref."), 0.9f);
        page.column(tr("37 Proc."), 0.8f);
        page.column(tr("41 Quantity"), 0.85f, true);
        page.column(tr("38 Net · 35 Gross kg"), 0.9f, true);
        page.column(tr("46 Value"), 1.6f, true);
        page.header_row();
        for (std::size_t i = 0; i < d.items.size(); ++i) {
            page.row();
            cell(0);
            page.print(std::to_string(i + 1).c_str(), fonts().small, page.ink().muted);
            page.field(item_path("items", i, "description"));
            cell(1);
            page.field(item_path("items", i, "hs_code"), mono());
            cell(2);
            page.field(item_path("items", i, "origin"), strong());
            page.field(item_path("items", i, "preference"));
            cell(3);
            page.field(item_path("items", i, "procedure"), mono());
            cell(4);
            page.field(item_path("items", i, "quantity"), mono(true));
            FieldStyle unit;
            unit.right = true;
            page.field(item_path("items", i, "unit"), unit);
            cell(5);
            page.field(item_path("items", i, "net_kg"), mono(true));
            page.field(item_path("items", i, "gross_kg"), mono(true));
            cell(6);
            page.field(item_path("items", i, "value"), mono(true));
        }
        page.row();
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, page.ink().tint);
        cell(0);
        page.print(tr("47 Total customs value declared"), fonts().bold);
        cell(6);
        page.field("total_value", strong(true));
        page.end_table();
    }
    page.gap(0.6f);

    if (page.begin_table("##foot", 2, true)) {
        page.column("", 1.5f);
        page.column("", 1.0f);
        page.row();
        cell(0);
        box(page, "44", tr("Additional information, documents produced"));
        page.field("notes");
        cell(1);
        box(page, "54", tr("Place, date and signature of the declarant"));
        page.signature(tr("The declarant"), page.em() * 8);
        page.end_table();
    }
}

}  // namespace clearance::ui::paper
