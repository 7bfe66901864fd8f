// HsBrowser's drawing: the search box, the results, the tree through a list clipper, and the
// selection card with its breadcrumbs.
#include "ui/hs_browser.h"

#include "core/hs_text.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/probe.h"
#include "ui/step_panels.h"  // panel::fill_round_rect, until widgets.h has one
#include "ui/theme.h"

#include <imgui_internal.h>  // SetFocusID: moving the keyboard focus to a parent or child row

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cmath>
#include <cstdio>

namespace clearance::ui {

namespace {

ImU32 col(const ImVec4& c, float alpha = 1.0f) { return ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, c.w * alpha)); }

bool enter_pressed() {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}

bool word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }


bool matches(std::string_view word, const std::vector<std::string>& terms) {
    if (terms.empty()) return false;
    const std::string folded = core::fold_text(word);
    const std::string singular = core::fold_plural(folded);
    for (const std::string& t : terms)
        if (folded.compare(0, t.size(), t) == 0 || singular.compare(0, t.size(), t) == 0) return true;
    return false;
}

// Lays `text` out in at most `max_lines` lines of `width`, wrapping between words and ending
// with an ellipsis when it does not fit; words matching `terms` get a highlight behind them.
void draw_rich(ImDrawList* dl, ImVec2 pos, float width, int max_lines, std::string_view text,
               const std::vector<std::string>& terms, ImU32 ink, ImU32 hl_bg, ImU32 hl_ink) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const float line_h = ImGui::GetTextLineHeight();
    const char* ellipsis = "\xE2\x80\xA6";  // …
    const float ellipsis_w = font->CalcTextSizeA(size, FLT_MAX, 0, ellipsis).x;
    const char* p = text.data();
    const char* end = text.data() + text.size();
    float x = 0;
    int line = 0;
    while (p < end) {
        const char* word_end = p;
        while (word_end < end && word_byte(static_cast<unsigned char>(*word_end))) ++word_end;
        const char* chunk_end = word_end;
        while (chunk_end < end && !word_byte(static_cast<unsigned char>(*chunk_end))) ++chunk_end;
        if (word_end == p) word_end = chunk_end;  // leading punctuation: a chunk of its own
        const float word_w = font->CalcTextSizeA(size, FLT_MAX, 0, p, word_end).x;
        if (x > 0 && x + word_w > width && line + 1 < max_lines) {
            ++line;
            x = 0;
        }
        const ImVec2 at(pos.x + x, pos.y + line * line_h);
        const bool last_line = line + 1 >= max_lines;
        if (x + word_w > width && (last_line || x == 0)) {
            // Cut inside the word: what fits before the ellipsis, then stop.
            const char* fits = p;
            font->CalcTextSizeA(size, std::max(0.0f, width - x - ellipsis_w), 0, p, word_end, &fits);
            dl->AddText(font, size, at, ink, p, fits);
            const float w = font->CalcTextSizeA(size, FLT_MAX, 0, p, fits).x;
            dl->AddText(font, size, ImVec2(at.x + w, at.y), ink, ellipsis);
            return;
        }
        const bool hit = word_end > p && word_byte(static_cast<unsigned char>(*p)) &&
                         matches(std::string_view(p, static_cast<std::size_t>(word_end - p)), terms);
        if (hit) dl->AddRectFilled(ImVec2(at.x - 2, at.y), ImVec2(at.x + word_w + 2, at.y + line_h), hl_bg, 3.0f);
        dl->AddText(font, size, at, hit ? hl_ink : ink, p, word_end);
        x += word_w;
        if (chunk_end > word_end) {
            dl->AddText(font, size, ImVec2(pos.x + x, at.y), ink, word_end, chunk_end);
            x += font->CalcTextSizeA(size, FLT_MAX, 0, word_end, chunk_end).x;
        }
        p = chunk_end;
    }
}

std::string capitalised(const std::string& s) {
    std::string out = s;
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

const char* level_word(core::HsLevel level) {
    switch (level) {
        case core::HsLevel::section: return tr("Section");
        case core::HsLevel::chapter: return tr("Chapter");
        case core::HsLevel::heading: return tr("Heading");
        case core::HsLevel::subheading: return tr("Subheading");
    }
    return "";
}

// A small right-pointing or down-pointing triangle: the disclosure mark of a tree row.
void disclosure(ImDrawList* dl, ImVec2 centre, float r, bool open, ImU32 c) {
    if (open)
        dl->AddTriangleFilled(ImVec2(centre.x - r, centre.y - r * 0.5f), ImVec2(centre.x + r, centre.y - r * 0.5f),
                              ImVec2(centre.x, centre.y + r * 0.6f), c);
    else
        dl->AddTriangleFilled(ImVec2(centre.x - r * 0.5f, centre.y - r), ImVec2(centre.x - r * 0.5f, centre.y + r),
                              ImVec2(centre.x + r * 0.6f, centre.y), c);
}

// Scrolls the current window so that [y, y + h) (in its content) is visible: a near row is
// nudged into view, a far jump (from a search) lands 40% down the list, with context above it.
void scroll_into_view(float y, float h) {
    const float top = ImGui::GetScrollY();
    const float view = ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y * 2;
    if (y >= top && y + h <= top + view) return;
    if (std::abs(y - top) > view * 1.5f) ImGui::SetScrollY(y - view * 0.4f);
    else ImGui::SetScrollY(y < top ? y : y + h - view);
}

// A bordered child region on the card background, the background filled by hand (see
// fill_round_rect): the parent's draw list is rendered before the child's.
void begin_panel(const char* id, ImVec2 size, ImGuiWindowFlags flags = 0) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 s(size.x > 0 ? size.x : avail.x, size.y > 0 ? size.y : avail.y);
    panel::fill_round_rect(ImGui::GetWindowDrawList(), pos, ImVec2(pos.x + s.x, pos.y + s.y), ImGui::GetColorU32(palette().card_bg),
                    ImGui::GetStyle().ChildRounding);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
    ImGui::BeginChild(id, s, true, flags);
    ImGui::PopStyleColor();
}

}  // namespace

void HsBrowser::draw(ImVec2 size) {
    ImGui::PushID(this);
    ImGui::BeginChild("##hs", size, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    draw_search_box();

    const ImGuiStyle& style = ImGui::GetStyle();
    // The selection card: breadcrumbs, code line, and the description (up to three lines).
    float desc_lines = 1;
    if (const core::HsNode* n = selected()) {
        const float wrap = ImGui::GetContentRegionAvail().x - style.WindowPadding.x * 2;
        desc_lines = std::clamp(std::ceil(ImGui::CalcTextSize(n->description.c_str(), nullptr, false, wrap).y /
                                          ImGui::GetTextLineHeight()), 1.0f, 3.0f);
    }
    const float card_h = ImGui::GetTextLineHeight() * (2.4f + desc_lines) + ImGui::GetFrameHeight() +
                         style.ItemSpacing.y * 2 + style.WindowPadding.y * 2;
    const float list_h = std::max(ImGui::GetFrameHeight() * 3, ImGui::GetContentRegionAvail().y - card_h - style.ItemSpacing.y);
    if (query_.empty()) {
        draw_tree(list_h);
    } else {
        drawn_rows_.clear();
        draw_results(list_h);
    }
    draw_selection();
    ImGui::EndChild();
    ImGui::PopID();
}

void HsBrowser::draw_search_box() {
    const Palette& p = palette();
    auto on_history = [](ImGuiInputTextCallbackData* d) -> int {
        auto* self = static_cast<HsBrowser*>(d->UserData);
        if (d->EventFlag == ImGuiInputTextFlags_CallbackHistory)
            self->move_cursor(d->EventKey == ImGuiKey_UpArrow ? -1 : 1);
        return 0;
    };
    if (focus_search_) {
        ImGui::SetKeyboardFocusHere();
        focus_search_ = false;
    }
    const float clear_w = query_.empty() ? 0.0f : ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - clear_w);
    const bool enter = ImGui::InputTextWithHint(
        "##query", tr("Search by words or code: roasted coffee, 8517.13"), buffer_, sizeof buffer_,
        ImGuiInputTextFlags_CallbackHistory | ImGuiInputTextFlags_EnterReturnsTrue, on_history, this);
    probe("hs.search");
    if (query_ != buffer_) search_now();
    if (enter) pick_current();
    if (!query_.empty()) {
        ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_FrameBg]);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyle().Colors[ImGuiCol_FrameBgHovered]);
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImGui::GetStyle().Colors[ImGuiCol_FrameBgActive]);
        if (ImGui::Button("\xC3\x97##clear", ImVec2(ImGui::GetFrameHeight(), 0))) set_query("");  // ×
        ImGui::PopStyleColor(3);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Clear the search and show the tree"));
    }

    ImGui::PushFont(fonts().small);
    ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
    char line[160];
    if (query_.empty())
        std::snprintf(line, sizeof line, tr("%s · %zu chapters, %zu headings, %zu subheadings"), nom_->edition().c_str(),
                      nom_->count(core::HsLevel::chapter), nom_->count(core::HsLevel::heading),
                      nom_->count(core::HsLevel::subheading));
    else if (results_.total == 0)
        std::snprintf(line, sizeof line, "%s", tr("No match"));
    else if (results_.total > results_.hits.size())
        std::snprintf(line, sizeof line, tr("Best %zu of %zu matches · arrows to move, Enter to use"), results_.hits.size(),
                      results_.total);
    else
        std::snprintf(line, sizeof line, results_.total == 1 ? tr("1 match · Enter to use") : tr("%zu matches · arrows to move, Enter to use"),
                      results_.total);
    ImGui::TextUnformatted(line);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void HsBrowser::draw_results(float height) {
    const Palette& p = palette();
    begin_panel("##results", ImVec2(0, height));
    if (results_.hits.empty()) {
        ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(p.text_muted, tr("No code matches \"%s\". Try fewer words, a synonym, or the first digits of a code (0901)."),
                           query_.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
        return;
    }
    const float line_h = ImGui::GetTextLineHeight();
    const float row_h = line_h * 2 + ImGui::GetStyle().FramePadding.y * 2;
    // The code column holds the code and, below it, its level in the small font.
    ImGui::PushFont(fonts().mono);
    float code_w = ImGui::CalcTextSize("0000.00").x;
    ImGui::PopFont();
    ImGui::PushFont(fonts().small);
    for (auto level : {core::HsLevel::chapter, core::HsLevel::heading, core::HsLevel::subheading})
        code_w = std::max(code_w, ImGui::CalcTextSize(level_word(level)).x);
    ImGui::PopFont();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // Matched words get a marker-pen tint, distinct from the selection's accent.
    const ImU32 marker = col(p.warn, 0.24f);
    std::size_t digits = 0;  // how many digits the query typed: lit up in codes found by code
    for (char c : query_) digits += std::isdigit(static_cast<unsigned char>(c)) ? 1 : 0;

    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    if (cursor_moved_ && cursor_ >= 0) scroll_into_view(cursor_ * row_h, row_h);
    cursor_moved_ = false;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(results_.hits.size()), row_h);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const core::HsHit& hit = results_.hits[static_cast<std::size_t>(i)];
            ImGui::PushID(i);
            const bool current = i == cursor_;
            if (ImGui::Selectable("##hit", current, ImGuiSelectableFlags_AllowDoubleClick, ImVec2(0, row_h))) {
                cursor_ = i;
                select(*hit.node);
                if (ImGui::IsMouseDoubleClicked(0)) pick(*hit.node);
            }
            if (probing()) probe(("hs.result." + hit.node->display_code()).c_str());
            if (ImGui::IsItemFocused()) {
                if (focused_hit_ != i) {
                    cursor_ = i;
                    select(*hit.node);
                }
                focused_hit_ = i;
                if (enter_pressed()) pick(*hit.node);
            }
            const ImVec2 r0 = ImGui::GetItemRectMin(), r1 = ImGui::GetItemRectMax();
            if (current) dl->AddRectFilled(r0, ImVec2(r0.x + 3, r1.y), col(p.accent));
            const float pad = ImGui::GetStyle().FramePadding.x;
            const float ty = r0.y + ImGui::GetStyle().FramePadding.y;
            // Code, with the digits typed in the accent colour when the query was a code.
            ImGui::PushFont(fonts().mono);
            const std::string code = hit.code();
            std::size_t lit = 0;
            for (std::size_t k = 0, n = 0; results_.by_code && k < code.size() && n < digits; ++k) {
                if (code[k] != '.') ++n;
                lit = k + 1;
            }
            dl->AddText(ImVec2(r0.x + pad, ty), col(p.accent), code.c_str(), code.c_str() + lit);
            const float lit_w = ImGui::CalcTextSize(code.c_str(), code.c_str() + lit).x;
            dl->AddText(ImVec2(r0.x + pad + lit_w, ty), col(p.text), code.c_str() + lit);
            ImGui::PopFont();
            ImGui::PushFont(fonts().small);
            dl->AddText(ImVec2(r0.x + pad, ty + line_h + 1), col(p.text_muted), level_word(hit.level()));
            ImGui::PopFont();
            const float dx = r0.x + pad + code_w + gap;
            draw_rich(dl, ImVec2(dx, ty), r1.x - dx - pad, 2, hit.description(), terms_, col(p.text), marker, col(p.text));
            if (ImGui::IsItemHovered() && ImGui::CalcTextSize(hit.description().c_str()).x > (r1.x - dx) * 1.8f) {
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
                ImGui::SetTooltip("%s", hit.description().c_str());
                ImGui::PopTextWrapPos();
            }
            ImGui::PopID();
        }
    }
    ImGui::PopStyleVar();
    ImGui::EndChild();
}

void HsBrowser::draw_tree(float height) {
    const Palette& p = palette();
    begin_panel("##tree", ImVec2(0, height));
    if (rows_dirty_) rebuild_rows();

    const ImGuiStyle& style = ImGui::GetStyle();
    const float row_h = ImGui::GetTextLineHeight() + style.FramePadding.y * 1.2f;
    const float indent = style.IndentSpacing;
    const float gap = style.ItemSpacing.x;  // read before the rows push a zero spacing
    ImGui::PushFont(fonts().mono);
    const float code_w = ImGui::CalcTextSize("0000.00").x;
    ImGui::PopFont();
    ImDrawList* dl = ImGui::GetWindowDrawList();

    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    if (scroll_to_selected_ && selected_ >= 0) {
        auto it = std::find(rows_.begin(), rows_.end(), selected_);
        if (it != rows_.end()) scroll_into_view(static_cast<float>(it - rows_.begin()) * row_h, row_h);
        scroll_to_selected_ = false;
    }

    std::int32_t focus_next = -1;  // a row the keyboard moves to (parent or first child)
    drawn_rows_.clear();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows_.size()), row_h);
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const std::int32_t i = rows_[static_cast<std::size_t>(r)];
            const core::HsNode& n = nom_->node(i);
            const int depth = static_cast<int>(n.level);  // section 0 .. subheading 3
            const bool leaf = n.children.empty();
            const bool open = open_[static_cast<std::size_t>(i)];
            ImGui::PushID(i);
            const bool was_selected = i == selected_;
            const bool clicked = ImGui::Selectable("##row", was_selected, ImGuiSelectableFlags_AllowDoubleClick, ImVec2(0, row_h));
            const ImVec2 r0 = ImGui::GetItemRectMin(), r1 = ImGui::GetItemRectMax();
            drawn_rows_.push_back({i, r0, r1});
            const float x0 = r0.x + style.FramePadding.x * 0.5f + depth * indent;
            if (clicked) {
                // Every click on the arrow toggles (a quick second one arrives as a double click,
                // and ImGui then sends no release); a double click elsewhere toggles or, on a
                // leaf, uses the code; Space (no mouse) toggles.
                const bool dbl = ImGui::IsMouseDoubleClicked(0);
                const bool mouse = dbl || ImGui::IsMouseReleased(0);
                const float mx = ImGui::GetIO().MousePos.x;
                const bool on_arrow = mouse && mx >= x0 - 2 && mx < x0 + indent;
                selected_ = i;
                if (!leaf && (!mouse || on_arrow || dbl)) set_open(n, !open);
                else if (leaf && dbl) pick(n);
            }
            if (ImGui::IsItemFocused()) {
                // The selection follows the keyboard focus when it moves, never back to a stale
                // focus after a search or a breadcrumb selected something else.
                if (focused_row_ != i) selected_ = i;
                focused_row_ = i;
                if (enter_pressed()) pick(n);
                if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) {
                    if (!leaf && !open) set_open(n, true);
                    else if (!leaf) focus_next = n.children.front();
                }
                if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) {
                    if (!leaf && open) set_open(n, false);
                    else if (n.parent >= 0) focus_next = n.parent;
                }
            }
            // Guides: a faint vertical line per ancestor level keeps deep rows readable.
            for (int d = 1; d <= depth; ++d) {
                const float gx = r0.x + style.FramePadding.x * 0.5f + (d - 1) * indent + indent * 0.5f;
                dl->AddLine(ImVec2(gx, r0.y), ImVec2(gx, r1.y), col(p.border));
            }
            const float cy = (r0.y + r1.y) * 0.5f;
            if (!leaf) disclosure(dl, ImVec2(x0 + indent * 0.5f, cy), ImGui::GetFontSize() * 0.22f, open, col(p.text_muted));
            float x = x0 + indent;
            const float ty = r0.y + (row_h - ImGui::GetTextLineHeight()) * 0.5f;
            if (n.level == core::HsLevel::section) {
                // The numeral on a tinted badge of one width for all, so titles line up.
                ImGui::PushFont(fonts().bold);
                const char* badge = n.code.c_str();
                const float cw = ImGui::CalcTextSize(badge).x;
                const float bw = std::max(ImGui::CalcTextSize("XXII").x, cw) + 10;
                dl->AddRectFilled(ImVec2(x, r0.y + 3), ImVec2(x + bw, r1.y - 3), col(p.accent_soft), 4.0f);
                dl->AddText(ImVec2(x + (bw - cw) * 0.5f, ty), col(p.accent), badge);
                x += bw + gap;
                const std::string title = capitalised(n.description);
                draw_rich(dl, ImVec2(x, ty), r1.x - x - style.FramePadding.x, 1, title, {}, col(p.text), 0, 0);
                ImGui::PopFont();
            } else {
                ImGui::PushFont(fonts().mono);
                const std::string code = n.display_code();
                dl->AddText(ImVec2(x, ty + 1), col(n.level == core::HsLevel::subheading ? p.text : p.accent), code.c_str());
                ImGui::PopFont();
                x += code_w + gap;
                float right = r1.x - style.FramePadding.x;
                if (!leaf) {
                    // How much lies below: a quiet count on the right.
                    ImGui::PushFont(fonts().small);
                    char count[16];
                    std::snprintf(count, sizeof count, "%zu", n.children.size());
                    const float cw = ImGui::CalcTextSize(count).x;
                    dl->AddText(ImVec2(right - cw, ty + 2), col(p.text_muted), count);
                    right -= cw + gap;
                    ImGui::PopFont();
                }
                if (n.level == core::HsLevel::chapter) ImGui::PushFont(fonts().bold);
                draw_rich(dl, ImVec2(x, ty), right - x, 1, n.description, {}, col(p.text), 0, 0);
                if (n.level == core::HsLevel::chapter) ImGui::PopFont();
            }
            ImGui::PopID();
        }
    }
    ImGui::PopStyleVar();

    if (focus_next >= 0) {
        // Move the keyboard focus with the selection, as a file tree does: the row's id is the
        // Selectable's within this node's ID scope.
        selected_ = focus_next;
        scroll_to_selected_ = true;
        ImGui::PushID(focus_next);
        const ImGuiID id = ImGui::GetID("##row");
        ImGui::PopID();
        ImGui::SetFocusID(id, ImGui::GetCurrentWindow());
        ImGui::GetCurrentContext()->NavDisableHighlight = false;
    }
    ImGui::EndChild();
}

void HsBrowser::draw_selection() {
    const Palette& p = palette();
    const ImGuiStyle& style = ImGui::GetStyle();
    begin_panel("##selection", ImVec2(0, 0), ImGuiWindowFlags_NoScrollbar);
    const core::HsNode* n = selected();
    if (!n) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(p.text_muted, "%s",
                           tr("Select a chapter, heading or subheading to see where it sits, then use its code."));
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
        return;
    }

    // Breadcrumbs: each ancestor is a link back up the tree.
    ImGui::PushFont(fonts().small);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent_soft);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.accent_soft);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(4, 1));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(2, style.ItemSpacing.y));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    const auto path = nom_->path(*n);
    for (std::size_t k = 0; k < path.size(); ++k) {
        const core::HsNode* a = path[k];
        char crumb[64];
        if (a->level == core::HsLevel::section) std::snprintf(crumb, sizeof crumb, "%s %s", tr("Section"), a->code.c_str());
        else std::snprintf(crumb, sizeof crumb, "%s", a->display_code().c_str());
        ImGui::PushID(static_cast<int>(k));
        const bool last = k + 1 == path.size();
        ImGui::PushStyleColor(ImGuiCol_Text, last ? p.text : p.accent);
        if (ImGui::Button((std::string(crumb) + "###crumb").c_str()) && !last) select(*a);  // one id in any language
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
            ImGui::TextUnformatted(capitalised(a->description).c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        ImGui::PopID();
        if (!last) {
            ImGui::SameLine();
            ImGui::AlignTextToFramePadding();
            ImGui::TextColored(p.text_muted, "\xE2\x80\xBA");  // ›
            ImGui::SameLine();
        }
    }
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(3);
    ImGui::PopFont();

    // The code, large, its level, and the action on the right.
    const bool pickable = n->level != core::HsLevel::section;
    ImGui::PushFont(fonts().title);
    const std::string big = n->level == core::HsLevel::section ? n->code : n->display_code();
    ImGui::TextUnformatted(big.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetFontSize() * 0.35f);
    ImGui::TextColored(p.text_muted, "%s", level_word(n->level));
    const char* use = tr("Use this code");
    const float bw = ImGui::CalcTextSize(use).x + style.FramePadding.x * 2;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - bw);
    ImGui::BeginDisabled(!pickable);
    ImGui::PushStyleColor(ImGuiCol_Text, p.text_on_accent);  // the primary action: text on the accent
    if (ImGui::Button((std::string(use) + "###use").c_str())) pick(*n);  // one id in any language
    probe("hs.use");
    ImGui::PopStyleColor();
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && !pickable)
        ImGui::SetTooltip("%s", tr("A section has no code: open it and choose a chapter, heading or subheading."));

    const std::string desc = capitalised(n->description);
    draw_rich(ImGui::GetWindowDrawList(), ImGui::GetCursorScreenPos(), ImGui::GetContentRegionAvail().x, 3, desc, terms_,
              col(p.text), col(p.warn, 0.24f), col(p.text));
    ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
    ImGui::EndChild();
}

}  // namespace clearance::ui
