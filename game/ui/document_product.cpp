// The product examination sheet and the memo. The sheet is what an officer notes opening a
// carton: the product, its label as printed, the brand marks, photos described in words, serial
// numbers and packaging. The memo is a plain internal memorandum.
#include "ui/document_page.h"
#include "ui/fonts.h"
#include "ui/i18n.h"

#include <cfloat>
#include <cstdio>

namespace clearance::ui::paper {

namespace {

void cell(int column) { ImGui::TableSetColumnIndex(column); }

FieldStyle strong() {
    FieldStyle s;
    s.font = fonts().bold;
    return s;
}

// A camera, drawn: the mark of a photo taken during the examination.
void camera(ImDrawList* dl, ImVec2 pos, float w, ImU32 c) {
    const float h = w * 0.68f;
    dl->AddRect(ImVec2(pos.x, pos.y + h * 0.18f), ImVec2(pos.x + w, pos.y + h), c, w * 0.1f, 0, 1.6f);
    dl->AddRect(ImVec2(pos.x + w * 0.3f, pos.y), ImVec2(pos.x + w * 0.62f, pos.y + h * 0.18f), c, 2.0f, 0, 1.4f);
    dl->AddCircle(ImVec2(pos.x + w * 0.5f, pos.y + h * 0.6f), w * 0.22f, c, 20, 1.6f);
    dl->AddCircleFilled(ImVec2(pos.x + w * 0.82f, pos.y + h * 0.35f), w * 0.05f, c);
}

// The marks found on the goods as chips flowing left to right, each framed like a printed logo.
void marks(Page& page, const core::ProductSheet& d) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float start_x = ImGui::GetCursorPosX();
    const float right = ImGui::GetCursorScreenPos().x + page.width();
    const float pad = page.em() * 0.45f;
    ImGui::Dummy(ImVec2(1, pad * 0.3f));
    for (std::size_t i = 0; i < d.marks.size(); ++i) {
        const std::string path = item_path("marks", i);
        const std::string& text = page.value(path);
        const float w = ImGui::CalcTextSize(text.empty() ? "--" : text.c_str()).x + pad * 2;
        if (i > 0) {
            // Chips flow along the line; the frame sits outside the field, so leave room for it.
            ImGui::SameLine(0, pad * 2 + page.em() * 0.5f);
            if (ImGui::GetCursorScreenPos().x + w > right) {
                ImGui::NewLine();
                ImGui::Dummy(ImVec2(1, pad * 0.6f));
            }
        }
        if (ImGui::GetCursorPosX() < start_x + pad) ImGui::SetCursorPosX(start_x + pad);
        FieldStyle s;
        s.font = fonts().bold;
        s.wrap = false;
        page.field(path, s);
        const ImVec2 a = page.last_min(), b = page.last_max();
        dl->AddRect(ImVec2(a.x - pad, a.y - pad * 0.5f), ImVec2(b.x + pad, b.y + pad * 0.5f), page.ink().ink,
                    page.em() * 0.3f, 0, 1.4f);
    }
    if (d.marks.empty()) page.print(tr("No marks seen."), nullptr, page.ink().muted);
    ImGui::Dummy(ImVec2(1, pad * 0.5f));
}

}  // namespace

void draw_product_sheet(Page& page, const core::ProductSheet& d) {
    page.form_title(tr("EXAMINATION REPORT"), tr("Goods as found on opening the packages"));
    page.rule(1.5f);

    if (page.begin_table("##identity", 4, true)) {
        page.column("", 1.6f);
        page.column("", 1.0f);
        page.column("", 1.0f);
        page.column("", 1.4f);
        page.row();
        cell(0);
        FieldStyle product = strong();
        product.color = page.ink().heading;
        page.captioned(tr("Product"), "product", product);
        cell(1);
        page.captioned(tr("Brand"), "brand", strong());
        cell(2);
        page.captioned(tr("Model"), "model");
        cell(3);
        page.captioned(tr("Manufacturer"), "manufacturer");
        page.end_table();
    }
    page.gap(0.6f);

    // The label as printed: a sticker of its own, in a typewriter face, on white stock.
    page.caption(tr("Label (as printed)"));
    if (page.begin_table("##label", 1, true)) {
        page.column("", 1.0f);
        page.row();
        cell(0);
        const ImU32 stock = page.ink().light ? IM_COL32(255, 255, 255, 255) : page.ink().tint;
        ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, stock);
        page.gap(0.2f);
        FieldStyle label;
        label.font = fonts().mono;
        page.field("label", label);
        page.gap(0.2f);
        page.end_table();
    }
    page.gap(0.6f);

    page.caption(tr("Marks, logos and indications of origin"));
    page.gap(0.2f);
    marks(page, d);
    page.gap(0.6f);

    if (!d.photos.empty()) {
        page.caption(tr("Photographs"));
        if (page.begin_table("##photos", 2, true)) {
            page.column("", 0.28f);
            page.column("", 1.7f);
            for (std::size_t i = 0; i < d.photos.size(); ++i) {
                page.row();
                cell(0);
                const ImVec2 pos = ImGui::GetCursorScreenPos();
                const float w = page.em() * 2.0f;
                camera(ImGui::GetWindowDrawList(), ImVec2(pos.x + 2, pos.y + 2), w, page.ink().muted);
                ImGui::Dummy(ImVec2(w + 4, w * 0.68f + 4));
                char n[32];
                std::snprintf(n, sizeof n, tr("Photo %zu"), i + 1);
                page.caption(n);
                cell(1);
                page.field(item_path("photos", i));
            }
            page.end_table();
        }
        page.gap(0.6f);
    }

    page.caption(tr("Serial numbers read"));
    if (d.serial_numbers.empty()) {
        page.print(tr("None found on the goods."), nullptr, page.ink().muted);
    } else if (page.begin_grid("##serials", 3)) {
        page.column("", 1.0f);
        page.column("", 1.0f);
        page.column("", 1.0f);
        for (std::size_t i = 0; i < d.serial_numbers.size(); ++i) {
            if (i % 3 == 0) page.row();
            cell(static_cast<int>(i % 3));
            char n[24];
            std::snprintf(n, sizeof n, "%zu.", i + 1);
            page.print(n, fonts().small, page.ink().muted);
            ImGui::SameLine();
            FieldStyle s;
            s.font = fonts().mono;
            page.field(item_path("serial_numbers", i), s);
        }
        page.end_table();
    }
    page.gap(0.6f);
    page.captioned(tr("Packaging"), "packaging");
}

namespace {

// A small caption on the baseline of the body-size value beside it.
void side_caption(Page& page, const char* text) {
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (fonts().body->FontSize - fonts().small->FontSize) * 0.75f);
    page.caption(text);
}

}  // namespace

void draw_memo(Page& page, const core::Memo&) {
    page.form_title(tr("MEMORANDUM"));
    page.rule(2.0f);
    if (page.begin_grid("##memo_head", 4)) {
        page.column("", 0.5f);
        page.column("", 1.6f);
        page.column("", 0.45f);
        page.column("", 1.0f);
        page.row();
        cell(0);
        side_caption(page, tr("From"));
        cell(1);
        page.field("from", strong());
        cell(2);
        side_caption(page, tr("Date"));
        cell(3);
        FieldStyle date;
        date.font = fonts().mono;
        page.field("date", date);
        page.row();
        cell(0);
        side_caption(page, tr("To"));
        cell(1);
        page.field("to");
        page.row();
        cell(0);
        side_caption(page, tr("Subject"));
        cell(1);
        page.field("subject", strong());
        page.end_table();
    }
    page.rule(1.0f);
    page.gap(0.3f);
    page.field("body");
    page.gap(1.0f);
}

}  // namespace clearance::ui::paper
