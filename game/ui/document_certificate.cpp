// The certificate of origin: the numbered boxes of the forms issuing authorities use (EUR.1,
// Form A, the non-preferential certificate), the goods, and the certification with its stamp.
#include "ui/document_page.h"
#include "ui/fonts.h"
#include "ui/i18n.h"

#include <cstdio>

namespace clearance::ui::paper {

namespace {

void cell(int column) { ImGui::TableSetColumnIndex(column); }

// "3  Consignee": forms number their boxes so officers can refer to them on the phone.
void box(Page& page, int number, const char* caption) {
    char text[128];
    std::snprintf(text, sizeof text, "%d  %s", number, caption);
    page.caption(text);
}

FieldStyle mono() {
    FieldStyle s;
    s.font = fonts().mono;
    return s;
}

FieldStyle strong() {
    FieldStyle s;
    s.font = fonts().bold;
    return s;
}

}  // namespace

void draw_certificate(Page& page, const core::CertificateOfOrigin& d) {
    if (page.begin_table("##boxes", 2, true)) {
        page.column("", 1.0f);
        page.column("", 1.0f);
        page.row();
        cell(0);
        box(page, 1, tr("Exporter (name, full address, country)"));
        page.party("exporter");
        cell(1);
        page.caption(tr("No."));
        FieldStyle number = mono();
        number.font = fonts().bold;
        page.field("number", number);
        page.gap(0.2f);
        page.form_title(tr("CERTIFICATE OF ORIGIN"));
        box(page, 2, tr("Issued under"));
        page.field("agreement", strong());

        page.row();
        cell(0);
        box(page, 3, tr("Consignee (name, full address, country)"));
        page.party("consignee");
        cell(1);
        box(page, 4, tr("Country in which the goods originate"));
        FieldStyle country = strong();
        country.color = page.ink().heading;
        page.field("country_of_origin", country);

        page.row();
        cell(0);
        box(page, 5, tr("Means of transport and route"));
        page.field("transport");
        cell(1);
        box(page, 6, tr("Origin criterion"));
        page.field("criterion", strong());
        page.end_table();
    }
    page.gap(0.6f);

    box(page, 7, tr("Goods"));
    if (page.begin_table("##goods", 6, true)) {
        page.column(tr("Item"), 0.4f);
        page.column(tr("Marks and numbers"), 1.1f);
        page.column(tr("Description of goods"), 2.0f);
        page.column(tr("HS code"), 0.9f);
        page.column(tr("Quantity"), 1.0f);
        page.column(tr("Invoice"), 0.9f);
        page.header_row();
        for (std::size_t i = 0; i < d.goods.size(); ++i) {
            page.row();
            cell(0);
            page.print(std::to_string(i + 1).c_str(), nullptr, page.ink().muted);
            cell(1);
            page.field(item_path("goods", i, "marks"), mono());
            cell(2);
            page.field(item_path("goods", i, "description"));
            cell(3);
            page.field(item_path("goods", i, "hs_code"), mono());
            cell(4);
            page.field(item_path("goods", i, "quantity"));
            cell(5);
            page.field(item_path("goods", i, "invoice_reference"), mono());
        }
        page.end_table();
    }
    page.gap(0.6f);

    // The certification: the authority's declaration, where and when, the stamp and signature.
    if (page.begin_table("##certification", 2, true)) {
        page.column("", 1.4f);
        page.column("", 1.0f);
        page.row();
        cell(0);
        box(page, 8, tr("Certification"));
        page.print(tr("It is hereby certified, on the basis of control carried out, that the declaration by the exporter is correct."),
                   fonts().small);
        page.gap(0.3f);
        page.captioned(tr("Issuing authority"), "issuing_authority", strong());
        if (page.begin_grid("##where", 2)) {
            page.column("", 1.0f);
            page.column("", 1.0f);
            page.row();
            cell(0);
            page.captioned(tr("Place"), "place");
            cell(1);
            page.captioned(tr("Date"), "date", mono());
            page.end_table();
        }
        cell(1);
        page.caption(tr("Stamp and signature"));
        const float radius = page.em() * 3.4f;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + page.em() * 0.5f);
        page.stamp("stamp", radius);
        page.signature(tr("Authorised signatory"), page.em() * 8);
        page.end_table();
    }
}

}  // namespace clearance::ui::paper
