// Internal to the document views (document_view.cpp, document_page.cpp, which implements Page,
// and the document_<kind>.cpp files that lay out each kind of paper): the page being drawn, with
// its ink, and the few things a paper is made of: printed form text, printed fields (flaggable
// in inspect mode), rules, print-style tables and a rubber stamp.
//
// A Page lives for one frame. begin() opens it at the cursor, end() draws the sheet, its edge and
// shadow behind what was printed (draw-list channels, so the sheet fits the content exactly) and
// moves the cursor below it. Every printed value comes from core::document_fields() by field id,
// so the layout code names fields by their path ("lines[2].quantity") and never formats values.
#pragma once

#include "core/scenario_documents.h"
#include "core/scenario_fields.h"
#include "ui/document_view.h"

#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace clearance::ui::paper {

// The colours of paper and ink for the current theme: cream paper and dark ink on the light
// theme, a dimmed sheet on the dark one, black with white rules in high contrast.
struct Ink {
    ImU32 paper, edge, shadow, ink, muted, rule, heading, tint, stamp, alarm, alarm_fill, hover, focus;
    bool high_contrast = false;
    bool light = true;
};

Ink current_ink();

struct FieldStyle {
    ImFont* font = nullptr;  // the body font when null
    bool right = false;      // right-aligned in the space left on the line (amounts in tables)
    bool wrap = true;        // wrap at the cell's or page's edge
    ImU32 color = 0;         // the ink when 0
};

class Page {
public:
    Page(const core::Document& doc, const DocumentViewOptions& options, std::vector<DrawnField>& drawn);

    void begin(float width);
    void end();

    const Ink& ink() const { return ink_; }
    float width() const { return inner_w_; }   // the printable width inside the margins
    float em() const { return em_; }
    bool inspecting() const { return options_.inspect; }
    const std::string& lang() const { return options_.lang; }
    const core::Document& document() const { return doc_; }

    // ---- form text: printed on the blank form, never flaggable --------------------------------
    // The document's name as the form prints it, in spaced capitals, with an optional line below.
    void form_title(const char* text, const char* subtitle = nullptr);
    void caption(const char* text);  // a small muted label, as above a box of a form
    void print(const char* text, ImFont* font = nullptr, ImU32 color = 0);
    void rule(float thickness = 1.0f);
    void gap(float em = 0.5f);

    // ---- printed fields --------------------------------------------------------------------------
    // The value of `<document id>.<path>`, drawn at the cursor; "—" when empty. In inspect mode it
    // is a button: hover shows its label, click/Space/Enter toggles its flag (see toggled).
    void field(std::string_view path, const FieldStyle& style = {});
    void captioned(const char* caption, std::string_view path, const FieldStyle& style = {});
    // A party block: the name in bold, then address and country, each its own field.
    void party(std::string_view path);
    const std::string& value(std::string_view path) const;  // "" when absent

    // ---- tables ------------------------------------------------------------------------------------
    // A table as wide as the page. `boxed` draws every cell border, as forms do; otherwise only
    // the rule under the header. Columns are set up with column(), then header_row() prints them.
    bool begin_table(const char* id, int columns, bool boxed);
    // Columns with no borders, for blocks side by side (letterhead, footer); close with end_table().
    bool begin_grid(const char* id, int columns);
    void column(const char* caption, float weight, bool right = false);
    void header_row();
    // The next row, with a rule across the table above it (lines tables), column 0 current.
    void row();
    void end_table();
    bool right_aligned(int column) const;  // as declared by column()

    // ---- marks -------------------------------------------------------------------------------------
    // The field at `path` as a round rubber stamp of `radius`, slightly rotated; an empty value
    // draws a dashed ring marked "no stamp".
    void stamp(std::string_view path, float radius);
    // A signature scribble `width` wide over a dotted line, with a caption below.
    void signature(const char* caption, float width);

    // Where the last field or stamp was drawn (to frame it, as a mark's chip is framed).
    ImVec2 last_min() const { return last_min_; }
    ImVec2 last_max() const { return last_max_; }

    // The field the trainee clicked or activated this frame, if any.
    std::optional<std::string> toggled;

private:
    const std::string& full_id(std::string_view path);
    const core::DocumentField* find(const std::string& id) const;
    bool flagged(const std::string& id) const;
    // Turns the last item (covering [min, max]) into a field: hover, flag marks, tooltip, record.
    void finish_field(const std::string& id, ImVec2 min, ImVec2 max, bool pressed, bool round = false);

    const core::Document& doc_;
    const DocumentViewOptions& options_;
    std::vector<DrawnField>& drawn_;
    std::vector<core::DocumentField> fields_;
    std::unordered_map<std::string_view, std::size_t> index_;
    std::string id_;
    Ink ink_{};
    ImDrawList* dl_ = nullptr;
    ImVec2 origin_, last_min_, last_max_;
    float width_ = 0, inner_w_ = 0, em_ = 0, pad_ = 0;
    struct Column {
        const char* caption;
        bool right;
    };
    std::vector<Column> columns_;
    bool boxed_ = false;
    bool rules_ = false;         // a lines table: row() draws the rules
    int rows_ = 0;               // rows begun in the current table
    bool after_header_ = false;  // the last row begun was the header
    std::vector<std::pair<float, bool>> rules_at_;  // rules to draw when the table ends: y, strong
    struct TableState {
        std::vector<Column> columns;
        std::vector<std::pair<float, bool>> rules_at;
        bool boxed, rules;
        int rows;
        bool after_header;
    };
    std::vector<TableState> saved_;  // the enclosing tables' states
    void restore();
};

// "lines[2].quantity": the path of a list element's field, `index` counted from 0 here and from 1
// in the path, as field ids count.
std::string item_path(const char* list, std::size_t index, const char* leaf = nullptr);

// One per kind of paper, in document_<kind>.cpp. Each prints the whole document on `page`.
void draw_invoice(Page& page, const core::Invoice& d);
void draw_packing_list(Page& page, const core::PackingList& d);
void draw_transport(Page& page, const core::TransportDocument& d);
void draw_certificate(Page& page, const core::CertificateOfOrigin& d);
void draw_declaration(Page& page, const core::Declaration& d);
void draw_product_sheet(Page& page, const core::ProductSheet& d);
void draw_memo(Page& page, const core::Memo& d);

}  // namespace clearance::ui::paper
