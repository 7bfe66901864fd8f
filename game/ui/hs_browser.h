// HsBrowser: the Harmonized System at the trainee's fingertips, as a search box over the whole
// nomenclature and the section › chapter › heading › subheading tree, with the selected code's
// path as breadcrumbs and a "Use this code" action.
//
// Used by the classify step panel (step_classify.cpp) beside its code entry, and by any screen
// that wants the nomenclature (the lead's reference screen, the bench). UI-only state: the query,
// the results, which tree nodes are open, the selection. The nomenclature is borrowed and must
// outlive the browser; it is immutable, so the browser never changes the domain.
// Invariants: the tree is drawn from a flat list of the visible rows (rebuilt only when a node
// opens or closes) through ImGuiListClipper, so a frame submits only the rows on screen even
// with all 6,936 coded nodes open; selected() is a node of the nomenclature or null; a code is
// offered by take_picked() once per pick.
#pragma once

#include "core/hs_nomenclature.h"
#include "core/hs_search.h"

#include <imgui.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace clearance::ui {

class HsBrowser {
public:
    explicit HsBrowser(const core::HsNomenclature& nom);

    // Draws the browser filling `size` (0 = the rest of the region on that axis). Keyboard: in
    // the search box Up/Down move through the results and Enter picks; in the tree Up/Down move,
    // Right opens, Left closes or goes to the parent, Enter picks the selected code.
    void draw(ImVec2 size = ImVec2(0, 0));

    // ---- search -------------------------------------------------------------------------------
    // Replaces the query (as if typed) and searches at once; the first result gets the cursor.
    void set_query(std::string_view query);
    const std::string& query() const { return query_; }
    const core::HsSearchResult& results() const { return results_; }
    int cursor() const { return cursor_; }        // highlighted result, -1 when there are none
    void move_cursor(int delta);                  // clamped to the results
    // Gives the keyboard focus to the search box on the next draw.
    void focus_search() { focus_search_ = true; }

    // ---- tree and selection ---------------------------------------------------------------------
    const core::HsNode* selected() const;
    // Selects `node` (of this nomenclature), opening its ancestors and scrolling the tree to it.
    void select(const core::HsNode& node);
    // Selects the deepest node the text names ("8517.13", "85.17", "0901", "XVI"); false (and no
    // change) when the text is no code of the nomenclature at any level.
    bool reveal(std::string_view code);
    void set_open(const core::HsNode& node, bool open);
    bool is_open(const core::HsNode& node) const;
    // Opens or closes every node: the worst case the frame-time target is measured on.
    void open_all(bool open);
    // The nodes the tree shows, top to bottom (sections, then what is open under them).
    const std::vector<std::int32_t>& visible_rows();

    // Where the node's tree row was drawn in the last frame (screen coordinates: min, max), for
    // scripted input and tests; nullopt when the row was not on screen.
    std::optional<std::pair<ImVec2, ImVec2>> row_rect(const core::HsNode& node) const;

    // ---- picking --------------------------------------------------------------------------------
    // Picks the highlighted result (with a query) or the selected node; false when nothing
    // pickable (a section has no code) is there.
    bool pick_current();
    // The display code ("8517.13") the trainee chose with "Use this code", Enter or a double
    // click, once; nullopt when nothing was picked since the last call.
    std::optional<std::string> take_picked();

private:
    void search_now();
    void rebuild_rows();
    void draw_search_box();
    void draw_results(float height);
    void draw_tree(float height);
    void draw_selection();
    void tree_keys();
    void pick(const core::HsNode& node);

    const core::HsNomenclature* nom_;
    char buffer_[128] = {};
    std::string query_;
    core::HsSearchResult results_;
    std::vector<std::string> terms_;  // folded query words the rows highlight
    int cursor_ = -1;
    bool cursor_moved_ = false;  // scroll the results to the cursor on the next draw
    int focused_hit_ = -1;       // the result row the keyboard focus was on last frame
    bool focus_search_ = false;

    std::vector<std::uint8_t> open_;  // by node index
    std::vector<std::int32_t> rows_;
    bool rows_dirty_ = true;
    std::int32_t selected_ = -1;
    bool scroll_to_selected_ = false;
    std::int32_t focused_row_ = -1;  // the tree row the keyboard focus was on last frame
    struct DrawnRow {
        std::int32_t node;
        ImVec2 min, max;
    };
    std::vector<DrawnRow> drawn_rows_;  // the tree rows on screen in the last frame
    std::optional<std::string> picked_;
};

}  // namespace clearance::ui
