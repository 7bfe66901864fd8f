// HsBrowser's state: the search, the open nodes and the flat list of visible rows, the
// selection and the pick. The drawing is in hs_browser_draw.cpp.
#include "ui/hs_browser.h"

#include "core/hs_text.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace clearance::ui {

namespace {

// 200 results fill about ten screens; past that the trainee refines the query rather than
// scrolls, and the list stays cheap to lay out.
constexpr std::size_t result_limit = 200;

// Words of the query worth highlighting: folded and singular, as the index sees them. Short
// words and the function words the search ignores would light up every row.
std::vector<std::string> highlight_terms(std::string_view query) {
    static const char* const skip[] = {"the", "and", "for", "not", "other", "than", "with", "whether"};
    std::vector<std::string> out;
    for (const std::string& w : core::hs_words(query)) {
        if (w.size() < 2 || std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
            continue;
        if (std::find_if(std::begin(skip), std::end(skip), [&](const char* s) { return w == s; }) != std::end(skip))
            continue;
        out.push_back(core::fold_plural(w));
    }
    return out;
}

}  // namespace

HsBrowser::HsBrowser(const core::HsNomenclature& nom) : nom_(&nom), open_(nom.nodes().size(), 0) {}

// ---- search ---------------------------------------------------------------------------------

void HsBrowser::set_query(std::string_view query) {
    const std::size_t n = std::min(query.size(), sizeof buffer_ - 1);
    std::memcpy(buffer_, query.data(), n);
    buffer_[n] = '\0';
    search_now();
}

void HsBrowser::search_now() {
    query_ = buffer_;
    results_ = core::search_hs(*nom_, query_, result_limit);
    terms_ = highlight_terms(query_);
    cursor_ = results_.hits.empty() ? -1 : 0;
    cursor_moved_ = true;
    if (cursor_ == 0) select(*results_.hits.front().node);
}

void HsBrowser::move_cursor(int delta) {
    if (results_.hits.empty()) return;
    const int last = static_cast<int>(results_.hits.size()) - 1;
    cursor_ = std::clamp(cursor_ + delta, 0, last);
    cursor_moved_ = true;
    select(*results_.hits[static_cast<std::size_t>(cursor_)].node);
}

// ---- tree -----------------------------------------------------------------------------------

const core::HsNode* HsBrowser::selected() const { return selected_ >= 0 ? &nom_->node(selected_) : nullptr; }

void HsBrowser::select(const core::HsNode& node) {
    selected_ = nom_->index_of(node);
    for (const core::HsNode* n = nom_->parent(node); n; n = nom_->parent(*n)) {
        std::uint8_t& o = open_[static_cast<std::size_t>(nom_->index_of(*n))];
        if (!o) rows_dirty_ = true;
        o = 1;
    }
    scroll_to_selected_ = true;
}

bool HsBrowser::reveal(std::string_view code) {
    if (const core::HsNode* s = nom_->find_section(code)) {
        select(*s);
        return true;
    }
    auto parsed = core::HsCode::parse(code);
    if (!parsed) return false;
    // The deepest existing level: a mistyped subheading still lands on its heading.
    for (core::HsLevel l : {core::HsLevel::subheading, core::HsLevel::heading, core::HsLevel::chapter}) {
        if (parsed->level() < l) continue;
        if (const core::HsNode* n = nom_->find(parsed->truncated(l))) {
            select(*n);
            return true;
        }
    }
    return false;
}

void HsBrowser::set_open(const core::HsNode& node, bool open) {
    std::uint8_t& o = open_[static_cast<std::size_t>(nom_->index_of(node))];
    if (o != open) rows_dirty_ = true;
    o = open;
}

bool HsBrowser::is_open(const core::HsNode& node) const { return open_[static_cast<std::size_t>(nom_->index_of(node))]; }

void HsBrowser::open_all(bool open) {
    std::fill(open_.begin(), open_.end(), open ? 1 : 0);
    rows_dirty_ = true;
}

const std::vector<std::int32_t>& HsBrowser::visible_rows() {
    if (rows_dirty_) rebuild_rows();
    return rows_;
}

void HsBrowser::rebuild_rows() {
    rows_.clear();
    // Depth-first over the open nodes; an explicit stack keeps it flat and allocation-light.
    std::vector<std::int32_t> stack;
    const auto sections = nom_->sections();
    for (auto it = sections.rbegin(); it != sections.rend(); ++it) stack.push_back(nom_->index_of(**it));
    while (!stack.empty()) {
        const std::int32_t i = stack.back();
        stack.pop_back();
        rows_.push_back(i);
        if (!open_[static_cast<std::size_t>(i)]) continue;
        const auto& kids = nom_->node(i).children;
        for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
    }
    rows_dirty_ = false;
}

// ---- picking --------------------------------------------------------------------------------

void HsBrowser::pick(const core::HsNode& node) {
    if (node.level == core::HsLevel::section) return;
    picked_ = node.display_code();
}

bool HsBrowser::pick_current() {
    const core::HsNode* n = nullptr;
    // With a query, only a result can be picked: Enter on "no match" must not use a code from before.
    if (!query_.empty()) n = cursor_ >= 0 ? results_.hits[static_cast<std::size_t>(cursor_)].node : nullptr;
    else n = selected();
    if (!n || n->level == core::HsLevel::section) return false;
    pick(*n);
    return true;
}

std::optional<std::pair<ImVec2, ImVec2>> HsBrowser::row_rect(const core::HsNode& node) const {
    const std::int32_t i = nom_->index_of(node);
    for (const DrawnRow& r : drawn_rows_)
        if (r.node == i) return std::make_pair(r.min, r.max);
    return std::nullopt;
}

std::optional<std::string> HsBrowser::take_picked() {
    auto out = std::move(picked_);
    picked_.reset();
    return out;
}

}  // namespace clearance::ui
