// HS search: find the chapter, heading or subheading a trainee means, by code prefix ("8517",
// "85.17", "0901.2") or by words ("roasted coffee", "smartphones", "café"), fast enough to run on
// every keystroke (well under 2 ms over the 6,936 coded nodes).
//
// Used by the HS browser view and `clearance hs search`. The index is built once when the
// nomenclature loads (HsNomenclature owns it) and is immutable, so searches may run from any
// thread. Matching rules, which the trainee can rely on:
//   - a query of digits, dots and spaces only is a code prefix: every code starting with those
//     digits (at most the first 6 count), the shallowest levels first;
//   - otherwise every word must match a word of the description, either whole or as its start
//     ("cof" matches "coffee"); case, Latin accents and simple plurals are folded on both sides
//     (see hs_text.h); short function words (of, and, the, for, ...) are ignored; the first
//     word made of 2 to 6 digits restricts the results to codes starting with it ("85 parts");
//   - sections are not searched (they have no code); browse them with HsNomenclature.
// Ranking, best first: whole-word over prefix matches; words the description affirms over words
// it excludes ("other than smartphones", "not roasted") or leaves open ("whether or not
// roasted"); a match in the leading part that names the goods; fewer description words the
// query did not ask for; subheadings over headings over chapters; then code order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/hs_nomenclature.h"

namespace clearance::core {

struct HsHit {
    const HsNode* node = nullptr;  // owned by the nomenclature searched; never null in results
    double score = 0.0;            // higher is better; comparable only within one search

    std::string code() const { return node->display_code(); }  // "8517.13"
    const std::string& description() const { return node->description; }
    HsLevel level() const { return node->level; }
};

struct HsSearchResult {
    std::vector<HsHit> hits;  // best first, at most the limit asked for
    std::size_t total = 0;    // how many nodes matched before the limit
    bool by_code = false;     // the query was read as a code prefix
};

// Searches the whole nomenclature; limit 0 means no limit. An empty or blank query, or one
// with no letter or digit, matches nothing. Never throws on any input text.
HsSearchResult search_hs(const HsNomenclature& nom, std::string_view query, std::size_t limit = 20);

// The inverted index behind search_hs(): sorted word lists with, for every word and node, how
// the description uses the word. Built by HsNomenclature; callers use search_hs().
class HsSearchIndex {
public:
    explicit HsSearchIndex(const HsNomenclature& nom);
    HsSearchResult search(const HsNomenclature& nom, std::string_view query, std::size_t limit) const;

    std::size_t term_count() const { return folded_.size() + raw_.size(); }
    std::size_t posting_count() const { return postings_.size(); }

    // How a description uses a word, best first; a node's posting keeps its best use.
    enum class Use : std::uint8_t { lead = 0, affirmed = 1, open = 2, excluded = 3 };

private:
    struct Posting {
        std::uint32_t node;
        Use use;
    };
    struct Term {
        std::string text;
        std::uint32_t begin = 0, end = 0;  // range in postings_
        bool content = false;              // counts as a word the query did not ask for
    };
    struct Match;  // scratch state of one search, in hs_search.cpp

    HsSearchResult search_code(const HsNomenclature& nom, std::string_view digits, std::size_t limit) const;
    void match_word(std::string_view raw, std::string_view folded, std::size_t word_index, Match& m) const;

    // Per node: how many distinct content words its description affirms (lead or affirmed)
    // and how many it only excludes or leaves open; the ranking's "words not asked for".
    struct NodeWords {
        std::uint16_t affirmed = 0, other = 0;
    };

    std::vector<Term> folded_;  // singular forms, sorted: whole-word and prefix matches
    std::vector<Term> raw_;     // words whose singular differs, as written, sorted: prefixes only
    std::vector<Posting> postings_;
    std::vector<NodeWords> node_words_;  // indexed like HsNomenclature::nodes()
    std::size_t first_coded_ = 0;        // nodes before this are sections, never indexed
};

}  // namespace clearance::core
