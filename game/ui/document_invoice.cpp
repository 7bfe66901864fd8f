// The commercial invoice and the packing list: the seller's own papers, laid out as a trading
// company prints them (letterhead, parties, terms, a line table and totals).
#include "ui/document_page.h"
#include "ui/fonts.h"
#include "ui/i18n.h"

namespace clearance::ui::paper {

namespace {

FieldStyle mono(bool align_right = false) {
    FieldStyle s;
    s.font = fonts().mono;
    s.right = align_right;
    s.wrap = false;  // codes and figures never break across lines
    return s;
}

FieldStyle strong(bool align_right = false) {
    FieldStyle s;
    s.font = fonts().bold;
    s.right = align_right;
    s.wrap = !align_right;
    return s;
}

// The letterhead: the issuer's name and address on the left, the form's name and references on
// the right.
void letterhead(Page& page, const char* party, const char* title, const char* number_caption) {
    if (!page.begin_grid("##letterhead", 2)) return;
    page.column("", 1.35f);
    page.column("", 1.0f);
    page.row();
    ImGui::TableSetColumnIndex(0);
    FieldStyle name;
    name.font = fonts().bold;
    name.color = page.ink().heading;
    page.field(std::string(party) + ".name", name);
    page.field(std::string(party) + ".address");
    page.field(std::string(party) + ".country");
    ImGui::TableSetColumnIndex(1);
    page.form_title(title);
    page.gap(0.3f);
    if (page.begin_table("##refs", 2, false)) {
        page.column("", 1.0f);
        page.column("", 1.4f);
        page.row();
        ImGui::TableSetColumnIndex(0);
        page.caption(number_caption);
        ImGui::TableSetColumnIndex(1);
        page.field("number", mono());
        page.row();
        ImGui::TableSetColumnIndex(0);
        page.caption(tr("Date"));
        ImGui::TableSetColumnIndex(1);
        page.field("date", mono());
        page.end_table();
    }
    page.end_table();
}

void cell(int column) { ImGui::TableSetColumnIndex(column); }

}  // namespace

void draw_invoice(Page& page, const core::Invoice& d) {
    letterhead(page, "seller", tr("COMMERCIAL INVOICE"), tr("Invoice no."));
    page.gap(0.4f);
    page.rule(1.5f);

    // Buyer, delivery terms, currency and payment: the boxes every invoice has under its head.
    if (page.begin_table("##terms", 3, true)) {
        page.column(tr("Sold to (buyer)"), 1.5f);
        page.column(tr("Terms of delivery"), 1.0f);
        page.column(tr("Currency and payment"), 1.0f);
        page.row();
        cell(0);
        page.caption(tr("Sold to (buyer)"));
        page.party("buyer");
        cell(1);
        page.caption(tr("Incoterm 2020"));
        page.field("incoterm", strong());
        page.field("incoterm_place");
        cell(2);
        page.caption(tr("Currency"));
        page.field("currency", strong());
        page.caption(tr("Payment terms"));
        page.field("payment_terms");
        page.end_table();
    }
    page.gap(0.8f);

    if (page.begin_table("##lines", 8, false)) {
        // Short words must fit their column whole ("Origine", "bottles", "pieces"): ImGui
        // breaks a word that does not.
        page.column(tr("No."), 0.35f);
        page.column(tr("Description of goods"), 1.85f);
        page.column(tr("HS code"), 0.95f);
        page.column(tr("Origin"), 0.75f);
        page.column(tr("Quantity"), 0.8f, true);
        page.column(tr("Unit"), 0.85f);
        page.column(tr("Unit price"), 0.9f, true);
        page.column(tr("Amount"), 1.3f, true);
        page.header_row();
        for (std::size_t i = 0; i < d.lines.size(); ++i) {
            page.row();
            cell(0);
            page.print(std::to_string(i + 1).c_str(), nullptr, page.ink().muted);
            cell(1);
            page.field(item_path("lines", i, "description"));
            cell(2);
            page.field(item_path("lines", i, "hs_code"), mono());
            cell(3);
            page.field(item_path("lines", i, "origin"));
            cell(4);
            page.field(item_path("lines", i, "quantity"), mono(true));
            cell(5);
            page.field(item_path("lines", i, "unit"));
            cell(6);
            page.field(item_path("lines", i, "unit_price"), mono(true));
            cell(7);
            page.field(item_path("lines", i, "amount"), mono(true));
        }
        for (std::size_t i = 0; i < d.charges.size(); ++i) {
            page.row();
            cell(1);
            page.field(item_path("charges", i, "label"));
            cell(7);
            page.field(item_path("charges", i, "amount"), mono(true));
        }
        page.row();
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, page.ink().tint);
        cell(1);
        page.print(tr("TOTAL"), fonts().bold);
        cell(6);
        {
            // The currency printed beside the total, as on the paper (not a field of its own).
            const std::string code(d.currency.code());
            ImGui::PushFont(fonts().bold);  // measured in the font it is printed in
            const float w = ImGui::CalcTextSize(code.c_str()).x;
            ImGui::PopFont();
            const float avail = ImGui::GetContentRegionAvail().x;
            if (w < avail) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - w);
            page.print(code.c_str(), fonts().bold, page.ink().muted);
        }
        cell(7);
        FieldStyle total = strong(true);
        page.field("total", total);
        page.end_table();
    }
    page.gap(0.8f);

    if (page.begin_grid("##foot", 2)) {
        page.column("", 1.6f);
        page.column("", 1.0f);
        page.row();
        cell(0);
        page.caption(tr("Remarks"));
        page.field("notes");
        cell(1);
        page.signature(tr("Authorised signature"), page.em() * 9);
        page.end_table();
    }
    page.print(tr("We certify that this invoice is true and correct and that the goods are of the origin shown."),
               fonts().small, page.ink().muted);
}

void draw_packing_list(Page& page, const core::PackingList& d) {
    letterhead(page, "shipper", tr("PACKING LIST"), tr("Packing list no."));
    page.gap(0.4f);
    page.rule(1.5f);

    if (page.begin_table("##parties", 2, true)) {
        page.column("", 1.5f);
        page.column("", 1.0f);
        page.row();
        cell(0);
        page.caption(tr("Consignee"));
        page.party("consignee");
        cell(1);
        page.caption(tr("Commercial invoice no."));
        page.field("invoice_number", mono());
        page.caption(tr("Shipping marks"));
        page.field("marks", mono());
        page.end_table();
    }
    page.gap(0.8f);

    if (page.begin_table("##lines", 8, false)) {
        page.column(tr("Marks and numbers"), 1.5f);
        page.column(tr("Description"), 1.6f);
        page.column(tr("Packages"), 0.8f, true);
        page.column(tr("Kind"), 0.8f);
        page.column(tr("Quantity"), 0.8f, true);
        page.column(tr("Unit"), 0.65f);  // "bottles", "pieces" unbroken
        page.column(tr("Net kg"), 0.8f, true);
        page.column(tr("Gross kg"), 0.8f, true);
        page.header_row();
        for (std::size_t i = 0; i < d.lines.size(); ++i) {
            page.row();
            cell(0);
            page.field(item_path("lines", i, "marks"));
            cell(1);
            page.field(item_path("lines", i, "description"));
            cell(2);
            page.field(item_path("lines", i, "packages"), mono(true));
            cell(3);
            page.field(item_path("lines", i, "package_type"));
            cell(4);
            page.field(item_path("lines", i, "quantity"), mono(true));
            cell(5);
            page.field(item_path("lines", i, "unit"));
            cell(6);
            page.field(item_path("lines", i, "net_kg"), mono(true));
            cell(7);
            page.field(item_path("lines", i, "gross_kg"), mono(true));
        }
        page.row();
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, page.ink().tint);
        cell(1);
        page.print(tr("TOTAL"), fonts().bold);
        cell(2);
        page.field("total_packages", strong(true));
        cell(6);
        page.field("total_net_kg", strong(true));
        cell(7);
        page.field("total_gross_kg", strong(true));
        page.end_table();
    }
    page.gap(1.0f);
    page.signature(tr("For the shipper"), page.em() * 9);
}

}  // namespace clearance::ui::paper
