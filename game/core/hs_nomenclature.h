// HsNomenclature: the HS 2022 tree (21 sections, 96 chapters, 1,228 headings, 5,612
// subheadings) loaded from assets/hs, with lookup, children, tree paths and a search index.
//
// Used by the HS browser view, `clearance hs`, the classify grader and the script layer's lint
// (do the keys exist?). Loaded once at start; afterwards immutable, so it can be shared freely
// between threads. Invariants after a successful load: nodes() holds the sections first, in
// numeral order (I..XXI), then every coded node in code order, which is also tree pre-order
// (01, 0101, 010121, ..., 0102, ...); each node's parent is the next shallower level (chapters
// hang from their section); every code starts with its parent's digits; descriptions are trimmed
// and non-empty. Upstream's `TOTAL` pseudo-rows (99, 9999, 999999, TOTAL) are dropped at load.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/hs_code.h"

namespace clearance::core {

class HsSearchIndex;  // core/hs_search.h

struct HsNode {
    HsLevel level = HsLevel::section;
    std::string code;         // a section's Roman numeral ("XVI") or the digits ("85", "851713")
    std::string description;  // section title or item description, trimmed
    std::int32_t parent = -1;            // index in HsNomenclature::nodes(); -1 for a section
    std::int32_t section = -1;           // index of the section it belongs to (itself for one)
    std::vector<std::int32_t> children;  // indices, in code order

    // "XVI", "85", "8517", "8517.13": how lists and search results show the code.
    std::string display_code() const;
    // "section XVI", "chapter 85", "heading 85.17", "subheading 8517.13": for sentences.
    std::string label() const;
};

// A missing, unreadable or malformed data file. file() and line() locate the problem (line is
// 0 when it concerns the whole file); what() reads "path:line: problem" (or "path: problem").
class HsDataError : public std::runtime_error {
public:
    HsDataError(std::string file, std::size_t line, const std::string& problem);
    const std::string& file() const { return file_; }
    std::size_t line() const { return line_; }

private:
    std::string file_;
    std::size_t line_;
};

class HsNomenclature {
public:
    // Paths of the two data files inside the folder given to load(); the layout of the upstream
    // data package, so its datapackage.json stays true.
    static constexpr const char* items_path = "data/harmonized-system.csv";
    static constexpr const char* sections_path = "data/sections.csv";

    // Reads dir/items_path and dir/sections_path and builds the search index. Throws
    // HsDataError naming the file (and line) when a file is missing, unreadable or malformed.
    static HsNomenclature load(const std::filesystem::path& dir);
    // The same from text already in memory; the names are only used in error messages.
    static HsNomenclature parse(std::string_view items_csv, std::string_view sections_csv,
                                const std::string& items_name = "harmonized-system.csv",
                                const std::string& sections_name = "sections.csv");

    std::span<const HsNode> nodes() const { return nodes_; }
    const HsNode& node(std::int32_t index) const { return nodes_.at(static_cast<std::size_t>(index)); }
    std::int32_t index_of(const HsNode& n) const { return static_cast<std::int32_t>(&n - nodes_.data()); }
    std::size_t count(HsLevel level) const { return counts_[static_cast<int>(level)]; }
    // "HS 2022", read from the data's own total row; "HS" when the data does not say.
    const std::string& edition() const { return edition_; }

    // The node with exactly these digits (national digits ignored); nullptr when absent.
    const HsNode* find(const HsCode& code) const;
    const HsNode* find_digits(std::string_view digits) const;
    // The section with this Roman numeral ("XVI", any case); nullptr when absent.
    const HsNode* find_section(std::string_view numeral) const;
    bool contains(const HsCode& code) const { return find(code) != nullptr; }
    // Why a code is absent, naming the deepest level that does exist: "8517.15 is not a code of
    // HS 2022: heading 85.17 has no subheading 8517.15." Meant for codes contains() rejects.
    std::string missing_reason(const HsCode& code) const;

    std::vector<const HsNode*> sections() const;
    std::vector<const HsNode*> children(const HsNode& n) const;
    const HsNode* parent(const HsNode& n) const;  // nullptr for a section
    const HsNode& section_of(const HsNode& n) const;
    // Section first, then chapter, heading, subheading, ending with n itself.
    std::vector<const HsNode*> path(const HsNode& n) const;

    // hs_digit_agreement() plus `section` when two codes of different chapters share a section
    // (needs both chapters to exist; otherwise the agreement stays `none`).
    HsAgreement agreement(const HsCode& a, const HsCode& b) const;

    const HsSearchIndex& search_index() const { return *index_; }

private:
    HsNomenclature() = default;
    std::vector<HsNode> nodes_;
    std::size_t first_coded_ = 0;  // nodes_[first_coded_..] are the coded nodes, sorted
    std::size_t counts_[4] = {0, 0, 0, 0};
    std::string edition_ = "HS";
    std::shared_ptr<const HsSearchIndex> index_;  // immutable, so copies may share it
};

}  // namespace clearance::core
