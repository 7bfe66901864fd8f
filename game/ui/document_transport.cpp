// The bill of lading (sea) and the air waybill (air): the carrier's receipt for the goods, laid
// out as the boxed form carriers print, with the parties on the left and the carrier's
// references on the right, the voyage, the containers and the goods "said to contain".
#include "ui/document_page.h"
#include "ui/fonts.h"
#include "ui/i18n.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace clearance::ui::paper {

namespace {

void cell(int column) { ImGui::TableSetColumnIndex(column); }

FieldStyle mono(bool right = false) {
    FieldStyle s;
    s.font = fonts().mono;
    s.right = right;
    s.wrap = false;  // codes and figures never break across lines
    return s;
}

FieldStyle strong() {
    FieldStyle s;
    s.font = fonts().bold;
    return s;
}

// A word in a rectangular frame, stamped at a slight angle: "ORIGINAL" on a bill of lading.
void framed_mark(Page& page, const char* word) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* bold = fonts().bold;
    const float fs = page.em() * 1.1f;
    const ImVec2 tw = bold->CalcTextSizeA(fs, FLT_MAX, 0, word);
    const ImVec2 pad(page.em() * 0.5f, page.em() * 0.2f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size(tw.x + pad.x * 2, tw.y + pad.y * 2);
    const ImVec2 c(pos.x + size.x * 0.5f, pos.y + size.y * 0.5f + page.em() * 0.3f);
    const int first = dl->VtxBuffer.Size;
    const ImVec2 a(c.x - size.x * 0.5f, c.y - size.y * 0.5f), b(c.x + size.x * 0.5f, c.y + size.y * 0.5f);
    dl->AddRect(a, b, page.ink().stamp, 3.0f, 0, 2.2f);
    dl->AddText(bold, fs, ImVec2(a.x + pad.x, a.y + pad.y), page.ink().stamp, word);
    const float angle = -0.09f, ca = std::cos(angle), sa = std::sin(angle);
    for (int i = first; i < dl->VtxBuffer.Size; ++i) {
        ImVec2& v = dl->VtxBuffer[i].pos;
        const float dx = v.x - c.x, dy = v.y - c.y;
        v = ImVec2(c.x + dx * ca - dy * sa, c.y + dx * sa + dy * ca);
    }
    ImGui::Dummy(ImVec2(size.x, size.y + page.em() * 0.6f));
}

}  // namespace

void draw_transport(Page& page, const core::TransportDocument& d) {
    const bool air = d.kind == core::TransportKind::air_waybill;

    // Parties on the left, the carrier's box on the right, as on every carrier's form.
    if (page.begin_table("##head", 2, true)) {
        page.column("", 1.2f);
        page.column("", 1.0f);
        page.row();
        cell(0);
        page.caption(air ? tr("Shipper") : tr("Shipper / consignor"));
        page.party("consignor");
        cell(1);
        page.form_title(air ? tr("AIR WAYBILL") : tr("BILL OF LADING"),
                        air ? tr("Not negotiable") : tr("For combined transport or port to port shipment"));
        page.caption(air ? tr("Air waybill no.") : tr("B/L no."));
        FieldStyle number = mono();
        number.font = fonts().bold;
        page.field("number", number);

        page.row();
        cell(0);
        page.caption(air ? tr("Consignee") : tr("Consignee (to order or named)"));
        page.party("consignee");
        cell(1);
        page.caption(tr("Carrier"));
        page.field("carrier", strong());
        if (!air) framed_mark(page, tr("ORIGINAL"));

        page.row();
        cell(0);
        page.caption(tr("Notify party"));
        page.party("notify");
        cell(1);
        page.caption(air ? tr("Executed on (date)") : tr("Date of issue / shipped on board"));
        page.field("date", mono());
        page.end_table();
    }

    if (page.begin_table("##voyage", 4, true)) {
        page.column("", 1.0f);
        page.column("", 1.0f);
        page.column("", 1.0f);
        page.column("", 1.0f);
        page.row();
        cell(0);
        page.captioned(air ? tr("Flight") : tr("Vessel and voyage"), "vessel", strong());
        cell(1);
        page.captioned(air ? tr("Airport of departure") : tr("Port of loading"), "port_of_loading");
        cell(2);
        page.captioned(air ? tr("Airport of destination") : tr("Port of discharge"), "port_of_discharge");
        cell(3);
        page.captioned(tr("Place of delivery"), "place_of_delivery");
        page.end_table();
    }
    page.gap(0.6f);

    const std::size_t boxes = std::max(d.containers.size(), d.seals.size());
    if (boxes > 0 && page.begin_table("##containers", 2, false)) {
        page.column(tr("Container no."), 1.0f);
        page.column(tr("Seal no."), 1.0f);
        page.header_row();
        for (std::size_t i = 0; i < boxes; ++i) {
            page.row();
            cell(0);
            if (i < d.containers.size()) page.field(item_path("containers", i), mono());
            cell(1);
            if (i < d.seals.size()) page.field(item_path("seals", i), mono());
        }
        page.end_table();
        page.gap(0.6f);
    }

    page.caption(tr("Particulars furnished by the shipper: said to contain"));
    if (page.begin_table("##goods", 4, true)) {
        page.column(tr("Marks and numbers"), 1.1f);
        page.column(tr("Number and kind of packages"), 1.0f);
        page.column(tr("Description of goods"), 2.0f);
        page.column(tr("Gross weight (kg)"), 0.9f, true);
        page.header_row();
        page.row();
        cell(0);
        page.field("marks");
        cell(1);
        page.field("packages", mono());
        page.field("package_type");
        cell(2);
        page.field("description");
        cell(3);
        page.field("gross_kg", mono(true));
        page.end_table();
    }
    page.gap(0.6f);

    if (page.begin_grid("##foot", 2)) {
        page.column("", 1.3f);
        page.column("", 1.0f);
        page.row();
        cell(0);
        page.captioned(tr("Freight"), "freight_terms", strong());
        page.gap(0.3f);
        page.print(air ? tr("The shipper certifies that the particulars on the face hereof are correct.")
                       : tr("Shipped on board in apparent good order and condition, unless otherwise noted."),
                   fonts().small, page.ink().muted);
        cell(1);
        page.signature(air ? tr("Signature of the issuing carrier or its agent") : tr("For the carrier, as agent"),
                       page.em() * 9);
        page.end_table();
    }
}

}  // namespace clearance::ui::paper
