// The sheet of paper and what is printed on it (document_page.h): form text, printed fields
// that flag in inspect mode, print-style tables with their rules, and the rubber stamp.
#include "ui/document_page.h"


#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/theme.h"

#include <imgui_internal.h>  // the current table's rectangle, for rules across it

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace clearance::ui::paper {

namespace {

bool enter_pressed() {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}

const std::string empty_value;
const char* const dash = "\xE2\x80\x94";  // —

}  // namespace

// ---- the page ---------------------------------------------------------------------------------

Page::Page(const core::Document& doc, const DocumentViewOptions& options, std::vector<DrawnField>& drawn)
    : doc_(doc), options_(options), drawn_(drawn), fields_(core::document_fields(doc, options.lang, language())) {
    index_.reserve(fields_.size());
    for (std::size_t i = 0; i < fields_.size(); ++i) index_.emplace(fields_[i].id, i);
}

void Page::begin(float width) {
    ink_ = current_ink();
    em_ = ImGui::GetFontSize();
    pad_ = std::round(em_ * 1.6f);
    origin_ = ImGui::GetCursorScreenPos();
    width_ = width;
    inner_w_ = std::max(em_ * 8, width - pad_ * 2);
    dl_ = ImGui::GetWindowDrawList();
    // Print on channel 1 and lay the sheet under it on channel 0 once its height is known.
    dl_->ChannelsSplit(2);
    dl_->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(origin_.x + pad_, origin_.y + pad_));
    ImGui::BeginGroup();
    ImGui::PushStyleColor(ImGuiCol_Text, ink_.ink);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(em_ * 0.6f, em_ * 0.25f));
}

void Page::end() {
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + pad_;
    const ImVec2 a = origin_, b(origin_.x + width_, bottom);
    dl_->ChannelsSetCurrent(0);
    if (ink_.shadow) {
        // A soft shadow under the bottom and right edges: fading strips, not rectangles behind
        // the whole sheet, which would blend the sheet's whole area for nothing.
        for (int i = 1; i <= 4; ++i) {
            const float s = static_cast<float>(i);
            dl_->AddRectFilled(ImVec2(a.x + 2 + s, b.y), ImVec2(b.x + s, b.y + s), ink_.shadow);
            dl_->AddRectFilled(ImVec2(b.x, a.y + 2 + s), ImVec2(b.x + s, b.y), ink_.shadow);
        }
    }
    dl_->AddRectFilled(a, b, ink_.paper);
    dl_->AddRect(a, b, ink_.edge, 0.0f, 0, ink_.high_contrast ? 2.0f : 1.0f);
    dl_->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(origin_.x, bottom));
    ImGui::Dummy(ImVec2(width_, em_));
}

const std::string& Page::full_id(std::string_view path) {
    id_.assign(doc_.id);
    id_ += '.';
    id_ += path;
    return id_;
}

const core::DocumentField* Page::find(const std::string& id) const {
    auto it = index_.find(id);
    return it == index_.end() ? nullptr : &fields_[it->second];
}

const std::string& Page::value(std::string_view path) const {
    std::string id = doc_.id + "." + std::string(path);
    const core::DocumentField* f = find(id);
    return f ? f->value : empty_value;
}

bool Page::flagged(const std::string& id) const {
    if (!options_.flagged) return false;
    return std::find(options_.flagged->begin(), options_.flagged->end(), id) != options_.flagged->end();
}

std::string item_path(const char* list, std::size_t index, const char* leaf) {
    std::string p = list;
    p += '[';
    p += std::to_string(index + 1);
    p += ']';
    if (leaf) {
        p += '.';
        p += leaf;
    }
    return p;
}

// ---- form text ------------------------------------------------------------------------------

void Page::form_title(const char* text, const char* subtitle) {
    // Letter-spaced capitals, as forms print their name: one glyph at a time, shrunk to fit the
    // box it is printed in (a long name in a narrow column).
    ImFont* font = fonts().title;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float avail = std::max(em_, std::min(ImGui::GetContentRegionAvail().x, origin_.x + width_ - pad_ - pos.x));
    float size = font->FontSize;
    float track = em_ * 0.10f;
    const float natural = font->CalcTextSizeA(size, FLT_MAX, 0, text).x;
    int glyphs = 0;
    for (const char* c = text; *c; ++c)
        if ((static_cast<unsigned char>(*c) & 0xC0) != 0x80) ++glyphs;
    const float full = natural + track * static_cast<float>(std::max(0, glyphs - 1));
    if (full > avail) {
        const float k = std::max(0.55f, avail / full);
        size *= k;
        track *= k;
    }
    float x = pos.x;
    for (const char* c = text; *c;) {
        const char* next = c + 1;
        while (*next && (static_cast<unsigned char>(*next) & 0xC0) == 0x80) ++next;
        dl_->AddText(font, size, ImVec2(x, pos.y), ink_.heading, c, next);
        x += font->CalcTextSizeA(size, FLT_MAX, 0, c, next).x + track;
        c = next;
    }
    ImGui::Dummy(ImVec2(std::max(1.0f, x - pos.x - track), size * 1.15f));
    if (subtitle) {
        ImGui::PushFont(fonts().small);
        ImGui::PushStyleColor(ImGuiCol_Text, ink_.muted);
        ImGui::TextUnformatted(subtitle);
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
}

void Page::caption(const char* text) { print(text, fonts().small, ink_.muted); }

void Page::print(const char* text, ImFont* font, ImU32 color) {
    if (!font) font = fonts().body;
    const float avail = std::min(ImGui::GetContentRegionAvail().x, origin_.x + width_ - pad_ - ImGui::GetCursorScreenPos().x);
    const float size = font->FontSize;
    const ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, avail, text);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    dl_->AddText(font, size, pos, color ? color : ink_.ink, text, nullptr, avail);
    ImGui::Dummy(ImVec2(std::max(ts.x, 1.0f), ts.y));
}

void Page::rule(float thickness) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float w = std::min(ImGui::GetContentRegionAvail().x, origin_.x + width_ - pad_ - pos.x);
    const float y = pos.y + std::round(em_ * 0.3f);
    dl_->AddLine(ImVec2(pos.x, y), ImVec2(pos.x + w, y), ink_.rule, thickness);
    ImGui::Dummy(ImVec2(w, em_ * 0.6f));
}

void Page::gap(float em) { ImGui::Dummy(ImVec2(1, em_ * em)); }

// ---- printed fields -------------------------------------------------------------------------

void Page::field(std::string_view path, const FieldStyle& style) {
    const std::string& id = full_id(path);
    const core::DocumentField* f = find(id);
    const bool blank = !f || f->value.empty();
    const char* shown = blank ? dash : f->value.c_str();
    ImFont* font = style.font ? style.font : fonts().body;
    const float size = font->FontSize;
    const float avail = std::max(em_, std::min(ImGui::GetContentRegionAvail().x,
                                               origin_.x + width_ - pad_ - ImGui::GetCursorScreenPos().x));
    const float wrap = style.wrap ? avail : 0.0f;
    ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, wrap, shown);
    ts.x = std::max(ts.x, em_ * 0.8f);  // an empty or one-digit field stays easy to click
    ts.y = std::max(ts.y, size);
    if (style.right && ts.x < avail) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - ts.x);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushID(id.c_str());
    bool pressed = false;
    if (options_.inspect) {
        pressed = ImGui::InvisibleButton("##field", ts);
        if (ImGui::IsItemFocused() && enter_pressed()) pressed = true;
    } else {
        ImGui::Dummy(ts);
    }
    ImGui::PopID();
    // Backgrounds go on before the text: the text is added after them on the same channel.
    const bool is_flagged = flagged(id);
    const ImVec2 a(pos.x - 3, pos.y - 1), b(pos.x + ts.x + 3, pos.y + ts.y + 1);
    if (is_flagged) dl_->AddRectFilled(a, b, ink_.alarm_fill, 3.0f);
    else if (options_.inspect && ImGui::IsItemHovered()) dl_->AddRectFilled(a, b, ink_.hover, 3.0f);
    const ImU32 color = blank ? ink_.muted : (style.color ? style.color : ink_.ink);
    dl_->AddText(font, size, pos, color, shown, nullptr, wrap);
    finish_field(id, pos, ImVec2(pos.x + ts.x, pos.y + ts.y), pressed);
}

void Page::finish_field(const std::string& id, ImVec2 min, ImVec2 max, bool pressed, bool round) {
    drawn_.push_back({id, min, max});
    last_min_ = min;
    last_max_ = max;
    if (pressed) toggled = id;
    if (!options_.inspect) return;
    const bool is_flagged = flagged(id) != pressed;  // show the new state in the frame of the click
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 a(min.x - 3, min.y - 1), b(max.x + 3, max.y + 1);
    const ImVec2 c((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
    const float r = (max.x - min.x) * 0.5f + 4;
    if (is_flagged) {
        if (round) dl_->AddCircle(c, r, ink_.alarm, 0, 2.0f);
        else dl_->AddRect(a, b, ink_.alarm, 3.0f, 0, 1.6f);
        // The mark: a small filled disc with "!" on the field's top-right corner.
        const float mr = std::round(em_ * 0.36f);
        const ImVec2 m = round ? ImVec2(c.x + r * 0.71f, c.y - r * 0.71f) : ImVec2(b.x, a.y);
        dl_->AddCircleFilled(m, mr, ink_.alarm);
        ImFont* bold = fonts().bold;
        const float fs = mr * 1.6f;
        const ImVec2 tw = bold->CalcTextSizeA(fs, FLT_MAX, 0, "!");
        dl_->AddText(bold, fs, ImVec2(m.x - tw.x * 0.5f, m.y - tw.y * 0.5f), IM_COL32(255, 255, 255, 255), "!");
    } else if (hovered) {
        if (round) dl_->AddCircle(c, r, ink_.focus, 0, 1.0f);
        else dl_->AddRect(a, b, ink_.focus, 3.0f, 0, 1.0f);
    }
    if (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible && !hovered) {
        const ImVec2 fa(a.x - 2, a.y - 2), fb(b.x + 2, b.y + 2);
        dl_->AddRect(fa, fb, ink_.focus, 4.0f, 0, 2.0f);
    }
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        const core::DocumentField* f = find(id);
        ImGui::BeginTooltip();
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(f ? f->label.c_str() : id.c_str());
        ImGui::PopFont();
        ImGui::PushFont(fonts().small);
        ImGui::TextColored(palette().text_muted, "%s",
                           is_flagged ? tr("Flagged. Click to clear the flag.") : tr("Click to flag this field."));
        ImGui::PopFont();
        ImGui::EndTooltip();
    }
}

void Page::captioned(const char* text, std::string_view path, const FieldStyle& style) {
    caption(text);
    field(path, style);
}

void Page::party(std::string_view path) {
    const std::string base(path);
    FieldStyle name;
    name.font = fonts().bold;
    field(base + ".name", name);
    field(base + ".address");
    field(base + ".country");
}

// ---- tables ---------------------------------------------------------------------------------

bool Page::begin_grid(const char* id, int columns) {
    saved_.push_back({columns_, rules_at_, boxed_, rules_, rows_, after_header_});
    rules_at_.clear();
    columns_.clear();
    boxed_ = false;
    rules_ = false;
    rows_ = 0;
    after_header_ = false;
    // No borders and no vertical cell padding: columns only, for side-by-side blocks.
    ImGui::PushStyleColor(ImGuiCol_TableBorderStrong, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_TableBorderLight, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_TableRowBg, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_TableRowBgAlt, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(em_ * 0.6f, em_ * 0.1f));
    const float x = ImGui::GetCursorScreenPos().x;
    const float w = std::min(ImGui::GetContentRegionAvail().x, origin_.x + width_ - pad_ - x);
    if (ImGui::BeginTable(id, columns, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoSavedSettings, ImVec2(w, 0)))
        return true;
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);
    restore();
    return false;
}

bool Page::begin_table(const char* id, int columns, bool boxed) {
    saved_.push_back({columns_, rules_at_, boxed_, rules_, rows_, after_header_});
    rules_at_.clear();
    columns_.clear();
    boxed_ = boxed;
    ImGui::PushStyleColor(ImGuiCol_TableBorderStrong, ink_.rule);
    ImGui::PushStyleColor(ImGuiCol_TableBorderLight, ink_.rule);
    ImGui::PushStyleColor(ImGuiCol_TableRowBg, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_TableRowBgAlt, ink_.tint);
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(em_ * 0.45f, em_ * 0.3f));
    // Rules between rows are drawn by row(): ImGui's own inner borders would stop at the first
    // column on the first row of a table nested in a group.
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoSavedSettings |
                                  (boxed ? ImGuiTableFlags_Borders : 0);
    rules_ = !boxed;
    rows_ = 0;
    after_header_ = false;
    const float x = ImGui::GetCursorScreenPos().x;
    const float w = std::min(ImGui::GetContentRegionAvail().x, origin_.x + width_ - pad_ - x);
    if (ImGui::BeginTable(id, columns, flags, ImVec2(w, 0))) return true;
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);
    restore();
    return false;
}

void Page::column(const char* text, float weight, bool right) {
    ImGui::TableSetupColumn(text, ImGuiTableColumnFlags_WidthStretch, weight);
    columns_.push_back({text, right});
}

bool Page::right_aligned(int column) const {
    return column >= 0 && column < static_cast<int>(columns_.size()) && columns_[static_cast<std::size_t>(column)].right;
}

void Page::row() {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    if (rules_ && rows_ > 0) {
        // A rule across the table at the top of this row, strong under the header. It is drawn
        // once the table ends: inside, ImGui clips each cell's drawing to its group of columns.
        rules_at_.push_back({std::round(ImGui::GetCursorScreenPos().y - ImGui::GetStyle().CellPadding.y), after_header_});
    }
    ++rows_;
    after_header_ = false;
}

void Page::header_row() {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ++rows_;
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ink_.tint);
    ImGui::PushFont(fonts().small);
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        ImGui::TableSetColumnIndex(static_cast<int>(i));
        const char* text = columns_[i].caption;
        if (columns_[i].right) {
            const float w = ImGui::CalcTextSize(text).x;
            const float avail = ImGui::GetContentRegionAvail().x;
            if (w < avail) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - w);
        }
        print(text, fonts().small, ink_.muted);
    }
    ImGui::PopFont();
    after_header_ = true;
}

void Page::end_table() {
    const ImGuiTable* t = ImGui::GetCurrentTable();
    const float x0 = t->OuterRect.Min.x, x1 = t->OuterRect.Max.x;
    ImGui::EndTable();
    for (const auto& [y, strong] : rules_at_)
        dl_->AddLine(ImVec2(x0, y), ImVec2(x1, y), strong ? ink_.muted : ink_.rule, strong ? 1.4f : 1.0f);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);
    restore();
}

void Page::restore() {
    // Back to the enclosing table's state: tables nest (references inside a letterhead).
    if (saved_.empty()) return;
    const TableState& s = saved_.back();
    columns_ = s.columns;
    rules_at_ = s.rules_at;
    boxed_ = s.boxed;
    rules_ = s.rules;
    rows_ = s.rows;
    after_header_ = s.after_header;
    saved_.pop_back();
}

// ---- marks ----------------------------------------------------------------------------------

void Page::stamp(std::string_view path, float radius) {
    const std::string& id = full_id(path);
    const std::string full = id;  // id_ is reused by the calls below
    const core::DocumentField* f = find(full);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size(radius * 2, radius * 2);
    ImGui::PushID(full.c_str());
    bool pressed = false;
    if (options_.inspect) {
        pressed = ImGui::InvisibleButton("##stamp", size);
        if (ImGui::IsItemFocused() && enter_pressed()) pressed = true;
    } else {
        ImGui::Dummy(size);
    }
    ImGui::PopID();
    const ImVec2 c(pos.x + radius, pos.y + radius);
    if (!f || f->value.empty()) {
        // No stamp: a dashed ring where it should be, which can itself be the finding.
        const int dashes = 24;
        for (int i = 0; i < dashes; i += 2) {
            const float a0 = 6.2831853f * i / dashes, a1 = 6.2831853f * (i + 1) / dashes;
            dl_->PathArcTo(c, radius - 2, a0, a1, 4);
            dl_->PathStroke(ink_.muted, 0, 1.2f);
        }
        ImFont* small = fonts().small;
        const char* none = tr("no stamp");
        const ImVec2 tw = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, none);
        dl_->AddText(small, small->FontSize, ImVec2(c.x - tw.x * 0.5f, c.y - tw.y * 0.5f), ink_.muted, none);
        finish_field(full, pos, ImVec2(pos.x + size.x, pos.y + size.y), pressed, true);
        return;
    }
    // Everything the stamp prints is drawn upright, then its vertices are turned about the centre:
    // ImGui draws no rotated text, but a stamp is never applied quite straight.
    const int first_vertex = dl_->VtxBuffer.Size;
    dl_->AddCircle(c, radius - 2, ink_.stamp, 48, 2.6f);
    dl_->AddCircle(c, radius * 0.80f, ink_.stamp, 48, 1.0f);
    ImFont* bold = fonts().bold;
    const float fs = std::max(9.0f, em_ * 0.72f);
    const float wrap = radius * 1.35f;
    const ImVec2 tw = bold->CalcTextSizeA(fs, FLT_MAX, wrap, f->value.c_str());
    const float lines_h = std::min(tw.y, radius * 1.2f);
    // Centre each wrapped line on its own.
    float y = c.y - lines_h * 0.5f;
    const char* s = f->value.c_str();
    const char* e = s + f->value.size();
    int line = 0;
    while (s < e && line < 4) {
        const char* brk = bold->CalcWordWrapPositionA(fs / bold->FontSize, s, e, wrap);
        if (brk == s) brk = s + 1;
        const float lw = bold->CalcTextSizeA(fs, FLT_MAX, 0, s, brk).x;
        dl_->AddText(bold, fs, ImVec2(c.x - lw * 0.5f, y), ink_.stamp, s, brk);
        y += fs;
        s = brk;
        while (s < e && *s == ' ') ++s;
        ++line;
    }
    const float bar = radius * 0.45f;
    dl_->AddLine(ImVec2(c.x - bar, c.y - lines_h * 0.5f - 4), ImVec2(c.x + bar, c.y - lines_h * 0.5f - 4), ink_.stamp, 1.2f);
    dl_->AddLine(ImVec2(c.x - bar, y + 3), ImVec2(c.x + bar, y + 3), ink_.stamp, 1.2f);
    const float angle = -0.21f;  // about 12 degrees
    const float ca = std::cos(angle), sa = std::sin(angle);
    for (int i = first_vertex; i < dl_->VtxBuffer.Size; ++i) {
        ImVec2& v = dl_->VtxBuffer[i].pos;
        const float dx = v.x - c.x, dy = v.y - c.y;
        v = ImVec2(c.x + dx * ca - dy * sa, c.y + dx * sa + dy * ca);
    }
    finish_field(full, pos, ImVec2(pos.x + size.x, pos.y + size.y), pressed, true);
}

void Page::signature(const char* text, float width) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float h = em_ * 1.8f;
    // A scribble: two loops and a tail, the kind of signature nobody can read.
    const ImVec2 p0(pos.x + width * 0.05f, pos.y + h * 0.7f);
    dl_->AddBezierCubic(p0, ImVec2(p0.x + width * 0.15f, pos.y - h * 0.2f), ImVec2(p0.x + width * 0.2f, pos.y + h * 1.1f),
                        ImVec2(p0.x + width * 0.35f, pos.y + h * 0.4f), ink_.stamp, 1.4f);
    dl_->AddBezierCubic(ImVec2(p0.x + width * 0.35f, pos.y + h * 0.4f), ImVec2(p0.x + width * 0.5f, pos.y - h * 0.1f),
                        ImVec2(p0.x + width * 0.55f, pos.y + h * 0.9f), ImVec2(p0.x + width * 0.85f, pos.y + h * 0.55f),
                        ink_.stamp, 1.4f);
    for (float x = pos.x; x < pos.x + width; x += 4) dl_->AddLine(ImVec2(x, pos.y + h), ImVec2(x + 2, pos.y + h), ink_.rule);
    ImGui::Dummy(ImVec2(width, h + 2));
    caption(text);
}

}  // namespace clearance::ui::paper
