// DocumentView: a consignment's papers drawn like the paper they imitate (commercial invoice,
// packing list, bill of lading or air waybill, certificate of origin with its stamp, customs
// declaration, product examination sheet, memo), one tab per document.
//
// Used by the player screen beside the step panel, and by the debrief to show a document again.
// In inspect mode every printed field (the field ids of core/scenario_fields.h) can be hovered,
// and clicked or activated with Space/Enter to flag or unflag it; flagged fields are outlined in
// the alarm colour with a small mark. The view never holds the flags: the caller (the inspect
// step panel) owns them and passes them in, and draw() returns the field id to toggle.
// UI-only state: the open tab and, for tests and scripted GUI runs, where each field was drawn
// in the last frame. Invariant: every field drawn is a field of core::document_fields(), with
// the value that function gives, so what the trainee flags is exactly what the grader reads.
#pragma once

#include "core/scenario_documents.h"

#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clearance::ui {

struct DocumentViewOptions {
    bool inspect = false;                                // fields are flaggable
    const std::vector<std::string>* flagged = nullptr;   // field ids shown as flagged
    std::string lang = "en";                             // language of Text fields (memos, titles)
};

// Where a field was drawn in the last frame, in screen coordinates.
struct DrawnField {
    std::string id;
    ImVec2 min, max;
};

class DocumentView {
public:
    // Draws `docs` as tabs filling `size` (0 = the rest of the region). Returns the id of the
    // field the trainee clicked or activated in inspect mode, or nullopt.
    std::optional<std::string> draw(const std::vector<const core::Document*>& docs, const DocumentViewOptions& options,
                                    ImVec2 size = ImVec2(0, 0));

    // Draws one document as a page at the cursor, `width` wide (0 = the region's width), with no
    // tabs. Same return as draw().
    std::optional<std::string> draw_page(const core::Document& doc, const DocumentViewOptions& options, float width = 0);

    // Opens the tab of this document id on the next draw; false when no tab had it last frame.
    void open_tab(const std::string& document_id) { open_request_ = document_id; }
    const std::string& open_tab() const { return current_; }  // the tab shown last frame

    // The fields drawn in the last frame, in drawing order (the current tab only).
    const std::vector<DrawnField>& drawn_fields() const { return drawn_; }

private:
    std::string current_;
    std::string open_request_;
    std::vector<DrawnField> drawn_;
    int frame_ = -1;  // the ImGui frame drawn_ belongs to
};

// How many of `flagged` belong to the document `document_id` (the prefix of a field id).
int flagged_in(const std::vector<std::string>& flagged, std::string_view document_id);

}  // namespace clearance::ui
