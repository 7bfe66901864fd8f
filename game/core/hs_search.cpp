#include "core/hs_search.h"

#include <algorithm>
#include <initializer_list>
#include <string>

#include "core/hs_text.h"

namespace clearance::core {

namespace {

// --- word classes -------------------------------------------------------------------------

bool in_list(std::string_view w, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

// Dropped from queries: they carry no meaning a description could confirm.
bool is_function_word(std::string_view w) {
    return in_list(w, {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
                       "the", "to", "with"});
}

// Words that never count as "asked for or not": function words, the negations and hedges that
// shape scope, Comtrade's cross-references ("n.e.c. in item no. 8517.1") and measurements.
bool is_content_word(std::string_view w) {
    if (w.size() < 2 || is_function_word(w)) return false;
    if (std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    return !in_list(w, {"be", "being", "but", "except", "excluding", "heading", "including", "is", "it",
                        "its", "item", "kind", "nec", "no", "non", "nor", "not", "other", "per", "subheading",
                        "such", "than", "their", "thereof", "whether", "without"});
}

bool is_digits(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

// --- ranking weights ----------------------------------------------------------------------
// Chosen on the query table of tests/core/test_hs_search.cpp. A whole-word match scores 1; the
// other weights are small adjustments, so matching more query words always dominates.

using Use = HsSearchIndex::Use;

double use_value(Use u) {
    switch (u) {
        case Use::lead: return 1.1;      // names the goods ("Beer; made from malt")
        case Use::affirmed: return 1.0;
        case Use::open: return 0.6;      // "whether or not roasted": allowed, not required
        case Use::excluded: return 0.25; // "other than smartphones": the wrong place, still shown
    }
    return 1.0;
}

// A prefix match is worth less than the whole word, and less the more of the word is missing:
// "smartphon" ~0.76, "s" for "smartphone" ~0.44.
double prefix_factor(std::size_t typed, std::size_t word) {
    return 0.4 + 0.4 * static_cast<double>(typed) / static_cast<double>(std::max<std::size_t>(word, 1));
}

// Each description word the query did not ask for costs a little (0.05 if affirmed, 0.02 if
// only excluded or left open), capped so long descriptions stay findable.
constexpr double cost_affirmed = 0.05;
constexpr double cost_other = 0.02;
constexpr double max_cost = 0.6;

// Trainees declare subheadings, so among equally good matches the deepest level comes first;
// the bonus is below one unasked-for word, so a heading that says exactly what was asked still
// beats a subheading that adds a qualifier ("unmanned aircraft" -> 8806 before 8806.10).
double level_bonus(HsLevel level) {
    switch (level) {
        case HsLevel::subheading: return 0.04;
        case HsLevel::heading: return 0.02;
        default: return 0.0;
    }
}

// --- index building -----------------------------------------------------------------------

// Interns words as dense ids with an open-addressing table. The scan hashes each word as it
// reads it, so the 110,000 lookups of a build hash nothing again and allocate nothing.
class WordTable {
public:
    WordTable() : slots_(1u << 14, 0) {}

    // The id of `w`, adding it if new; `fresh` tells which. `h` must be hash(w).
    std::uint32_t intern(std::string_view w, std::uint64_t h, bool& fresh) {
        if (words_.size() * 2 >= slots_.size()) grow();
        std::size_t i = h & (slots_.size() - 1);
        for (;; i = (i + 1) & (slots_.size() - 1)) {
            const std::uint32_t slot = slots_[i];
            if (slot == 0) break;
            if (hashes_[slot - 1] == h && words_[slot - 1] == w) { fresh = false; return slot - 1; }
        }
        words_.emplace_back(w);
        hashes_.push_back(h);
        slots_[i] = static_cast<std::uint32_t>(words_.size());
        fresh = true;
        return slots_[i] - 1;
    }
    std::uint32_t intern(std::string_view w, bool& fresh) { return intern(w, hash(w), fresh); }

    static std::uint64_t hash(std::string_view w) {  // FNV-1a: words are short
        std::uint64_t h = hash_seed;
        for (char c : w) h = hash_step(h, c);
        return h;
    }
    static constexpr std::uint64_t hash_seed = 1469598103934665603ull;
    static constexpr std::uint64_t hash_step(std::uint64_t h, char c) {
        return (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    }

    const std::string& word(std::uint32_t id) const { return words_[id]; }
    std::size_t size() const { return words_.size(); }

private:
    void grow() {
        std::vector<std::uint32_t> bigger(slots_.size() * 2, 0);
        for (std::uint32_t id = 0; id < words_.size(); ++id) {
            std::size_t i = hashes_[id] & (bigger.size() - 1);
            while (bigger[i] != 0) i = (i + 1) & (bigger.size() - 1);
            bigger[i] = id + 1;
        }
        slots_.swap(bigger);
    }
    std::vector<std::uint32_t> slots_;  // 1 + word id; 0 is empty
    std::vector<std::string> words_;
    std::vector<std::uint64_t> hashes_;
};

// One table lookup per character tells the scan what the character is and gives it lower-cased.
struct CharTable {
    enum Kind : std::uint8_t { separator, letter, clause_end, segment_end };
    Kind kind[256] = {};
    char lower[256] = {};
};

constexpr CharTable make_char_table() {
    CharTable t;
    for (int c = 0; c < 256; ++c) {
        t.lower[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        t.kind[c] = alnum ? CharTable::letter : CharTable::separator;
    }
    for (char c : {',', ':', '(', ')', '[', ']'}) t.kind[static_cast<unsigned char>(c)] = CharTable::clause_end;
    t.kind[static_cast<unsigned char>(';')] = CharTable::segment_end;
    return t;
}
constexpr CharTable chars = make_char_table();

constexpr std::uint64_t hash_of(std::string_view w) {
    std::uint64_t h = WordTable::hash_seed;
    for (char c : w) h = WordTable::hash_step(h, c);
    return h;
}

// Splits a description into words and calls emit(word, hash, use) for each, deciding how the
// description uses it. A negation ("not", "excluding", "except", "without", "nor", "other
// than") excludes the words after it up to the next ',', ';', ':' or bracket; "whether or not"
// leaves them open instead; "non" excludes only the next word ("non-alcoholic beer" is still
// beer). Words before the first ';' lead: Comtrade puts the name of the goods there.
template <class Emit>
void analyse(std::string_view description, std::string& text, Emit&& emit) {
    // The HS data is ASCII and is lower-cased during the scan into a reused buffer; other text
    // is folded first (fold_text's output is lower-case ASCII).
    std::string folded;
    if (std::any_of(description.begin(), description.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
        folded = fold_text(description);
        description = folded;
    }
    text.resize(description.size());

    // Words are recognised by their hash, computed during the scan, and confirmed by spelling.
    constexpr std::uint64_t h_not = hash_of("not"), h_or = hash_of("or"), h_whether = hash_of("whether"),
                            h_excluding = hash_of("excluding"), h_except = hash_of("except"),
                            h_without = hash_of("without"), h_nor = hash_of("nor"), h_than = hash_of("than"),
                            h_other = hash_of("other"), h_non = hash_of("non");
    bool lead = true, excluded = false, open = false, exclude_next = false;
    std::uint64_t prev = 0, prev2 = 0;
    std::size_t start = 0;
    std::uint64_t hash = WordTable::hash_seed;
    auto flush = [&](std::size_t end) {
        if (end == start) return;
        const std::string_view word(text.data() + start, end - start);
        Use use = lead ? Use::lead : Use::affirmed;
        if (open) use = Use::open;
        if (excluded || exclude_next) use = Use::excluded;
        exclude_next = false;
        auto is = [&](std::uint64_t h, std::string_view w) { return hash == h && word == w; };
        if (is(h_not, "not") && prev == h_or && prev2 == h_whether) {
            open = true;
        } else if (is(h_not, "not") || is(h_excluding, "excluding") || is(h_except, "except") ||
                   is(h_without, "without") || is(h_nor, "nor") || (is(h_than, "than") && prev == h_other)) {
            excluded = true;
        } else if (is(h_non, "non")) {
            exclude_next = true;
        }
        emit(word, hash, use);
        prev2 = prev;
        prev = hash;
    };
    for (std::size_t i = 0; i < description.size(); ++i) {
        const auto c = static_cast<unsigned char>(description[i]);
        const char lc = chars.lower[c];
        text[i] = lc;
        const CharTable::Kind kind = chars.kind[c];
        if (kind == CharTable::letter) {
            hash = WordTable::hash_step(hash, lc);
            continue;
        }
        flush(i);
        start = i + 1;
        hash = WordTable::hash_seed;
        if (kind >= CharTable::clause_end) {
            excluded = open = exclude_next = false;
            if (kind == CharTable::segment_end) lead = false;
        }
    }
    flush(description.size());
}

// Postings of one dictionary (singular or written forms) gathered in one flat list while the
// nodes are read in order, then grouped by word with a counting sort, which keeps node order.
class TermBuilder {
public:
    // The id of a word; `content` is recorded the first time the word is seen.
    std::uint32_t id(std::string_view text, bool content) {
        bool fresh = false;
        const std::uint32_t id = words_.intern(text, fresh);
        if (fresh) {
            last_.push_back(no_posting);
            content_.push_back(content);
        }
        return id;
    }

    // One posting per word and node, keeping the node's best use of the word.
    void add(std::uint32_t id, std::uint32_t node, Use use) {
        const std::uint32_t last = last_[id];
        if (last != no_posting && flat_[last].node == node) {
            flat_[last].use = std::min(flat_[last].use, use);
            return;
        }
        last_[id] = static_cast<std::uint32_t>(flat_.size());
        flat_.push_back({id, node, use});
    }

    template <class TermT, class PostingT>
    void finish(std::vector<TermT>& terms, std::vector<PostingT>& postings) {
        const std::size_t n = words_.size();
        std::vector<std::uint32_t> start(n + 1, 0);
        for (const Entry& e : flat_) ++start[e.id + 1];
        for (std::size_t i = 0; i < n; ++i) start[i + 1] += start[i];
        std::vector<PostingT> grouped(flat_.size());
        std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
        for (const Entry& e : flat_) grouped[fill[e.id]++] = PostingT{e.node, e.use};

        // Sorted by text for prefix lookups. The first 8 letters, packed big-endian into an
        // integer, decide most comparisons without touching the strings.
        struct Key {
            std::uint64_t head;
            std::string_view text;
            std::uint32_t id;
        };
        std::vector<Key> order(n);
        for (std::uint32_t i = 0; i < n; ++i) {
            const std::string_view w = words_.word(i);
            std::uint64_t head = 0;
            for (std::size_t k = 0; k < 8; ++k)
                head = (head << 8) | (k < w.size() ? static_cast<unsigned char>(w[k]) : 0u);
            order[i] = {head, w, i};
        }
        std::sort(order.begin(), order.end(), [](const Key& a, const Key& b) {
            return a.head != b.head ? a.head < b.head : a.text < b.text;
        });
        terms.reserve(terms.size() + n);
        postings.reserve(postings.size() + grouped.size());
        for (const auto& [head, text, id] : order) {
            TermT t;
            t.text = std::string(text);
            t.begin = static_cast<std::uint32_t>(postings.size());
            postings.insert(postings.end(), grouped.begin() + start[id], grouped.begin() + start[id + 1]);
            t.end = static_cast<std::uint32_t>(postings.size());
            t.content = content_[id];
            terms.push_back(std::move(t));
        }
    }

private:
    static constexpr std::uint32_t no_posting = 0xFFFFFFFFu;
    struct Entry {
        std::uint32_t id, node;
        Use use;
    };
    WordTable words_;
    std::vector<std::uint32_t> last_;  // per word: its latest entry in flat_
    std::vector<bool> content_;        // per word
    std::vector<Entry> flat_;
};

}  // namespace

// --- building -----------------------------------------------------------------------------

HsSearchIndex::HsSearchIndex(const HsNomenclature& nom) {
    const auto nodes = nom.nodes();
    node_words_.resize(nodes.size());
    while (first_coded_ < nodes.size() && nodes[first_coded_].level == HsLevel::section) ++first_coded_;

    // Each distinct written word is folded and classified once: HS 2022 has 6,710 of them for
    // 109,824 occurrences.
    struct Known {
        std::uint32_t folded;
        std::uint32_t raw;  // no_raw when the word is already singular
        bool content;
    };
    constexpr std::uint32_t no_raw = 0xFFFFFFFFu;
    WordTable written;
    std::vector<Known> known;
    TermBuilder folded, raw;
    // This node's distinct content words and their best use: seen_at[id] == node marks a word
    // already met in this description.
    constexpr std::uint32_t unseen = 0xFFFFFFFFu;
    std::vector<std::uint32_t> seen_at;
    std::vector<Use> seen_use;
    std::vector<std::uint32_t> seen;
    std::string text;
    for (std::size_t i = first_coded_; i < nodes.size(); ++i) {
        const auto node = static_cast<std::uint32_t>(i);
        seen.clear();
        analyse(nodes[i].description, text, [&](std::string_view word, std::uint64_t hash, Use use) {
            bool fresh = false;
            const std::uint32_t w = written.intern(word, hash, fresh);
            if (fresh) {
                const std::string singular = fold_plural(word);
                const bool content = is_content_word(singular);
                known.push_back({folded.id(singular, content), singular == word ? no_raw : raw.id(word, content), content});
            }
            const Known& k = known[w];
            folded.add(k.folded, node, use);
            if (k.raw != no_raw) raw.add(k.raw, node, use);
            if (!k.content) return;
            if (k.folded >= seen_at.size()) {
                seen_at.resize(k.folded + 1024, unseen);
                seen_use.resize(k.folded + 1024);
            }
            if (seen_at[k.folded] != node) {
                seen_at[k.folded] = node;
                seen_use[k.folded] = use;
                seen.push_back(k.folded);
            } else {
                seen_use[k.folded] = std::min(seen_use[k.folded], use);
            }
        });
        auto& counts = node_words_[i];
        for (std::uint32_t id : seen) {
            if (seen_use[id] == Use::lead || seen_use[id] == Use::affirmed) ++counts.affirmed;
            else ++counts.other;
        }
    }
    folded.finish(folded_, postings_);
    raw.finish(raw_, postings_);
}

// --- searching ----------------------------------------------------------------------------

// Scratch arrays of one search, indexed by node. Allocated per search (17 bytes a node, about
// 120 KB for the whole HS, some microseconds) so that concurrent searches share nothing.
struct HsSearchIndex::Match {
    explicit Match(std::size_t n)
        : words(n, 0), mark(n, 0), best(n, 0.0f), best_use(n, Use::excluded), best_content(n, 0), total(n, 0.0f),
          asked_affirmed(n, 0), asked_other(n, 0) {}
    std::vector<std::uint8_t> words;  // query words matched so far
    std::vector<std::uint32_t> mark;  // 1 + index of the query word that last touched the node
    std::vector<float> best;          // best value of the current query word in the node
    std::vector<Use> best_use;
    std::vector<std::uint8_t> best_content;
    std::vector<float> total;
    std::vector<std::uint8_t> asked_affirmed, asked_other;
    std::vector<std::uint32_t> touched;
};

void HsSearchIndex::match_word(std::string_view raw, std::string_view folded, std::size_t k, Match& m) const {
    m.touched.clear();
    const auto mark = static_cast<std::uint32_t>(k + 1);
    auto visit = [&](const Term& t, double factor) {
        for (std::uint32_t p = t.begin; p < t.end; ++p) {
            const Posting& post = postings_[p];
            const std::uint32_t n = post.node;
            if (m.words[n] != k) continue;  // missed an earlier word: can no longer match
            const auto value = static_cast<float>(factor * use_value(post.use));
            if (m.mark[n] != mark) {
                m.mark[n] = mark;
                m.touched.push_back(n);
            } else if (value <= m.best[n]) {
                continue;
            }
            m.best[n] = value;
            m.best_use[n] = post.use;
            m.best_content[n] = t.content ? 1 : 0;
        }
    };
    auto scan = [&](const std::vector<Term>& terms, std::string_view prefix, bool whole_words) {
        auto it = std::lower_bound(terms.begin(), terms.end(), prefix,
                                   [](const Term& t, std::string_view p) { return t.text < p; });
        for (; it != terms.end() && starts_with(it->text, prefix); ++it) {
            const bool whole = whole_words && it->text == prefix;
            visit(*it, whole ? 1.0 : prefix_factor(prefix.size(), it->text.size()));
        }
    };
    scan(folded_, folded, true);
    scan(raw_, raw, false);  // "berri" reaches "berries" although its singular is "berry"
    if (folded != raw) scan(folded_, raw, false);

    for (std::uint32_t n : m.touched) {
        ++m.words[n];
        m.total[n] += m.best[n];
        if (m.best_content[n]) {
            if (m.best_use[n] == Use::lead || m.best_use[n] == Use::affirmed) ++m.asked_affirmed[n];
            else ++m.asked_other[n];
        }
    }
}

HsSearchResult HsSearchIndex::search_code(const HsNomenclature& nom, std::string_view digits,
                                          std::size_t limit) const {
    HsSearchResult result;
    result.by_code = true;
    const auto nodes = nom.nodes();
    const auto begin = nodes.begin() + static_cast<std::ptrdiff_t>(first_coded_);
    auto it = std::lower_bound(begin, nodes.end(), digits,
                               [](const HsNode& n, std::string_view d) { return n.code < d; });
    // Codes sort in tree pre-order, so every code with this prefix is in one run.
    for (; it != nodes.end() && starts_with(it->code, digits); ++it)
        result.hits.push_back({&*it, static_cast<double>(digits.size()) / static_cast<double>(it->code.size())});
    // The typed share of the code orders the shallowest levels first, then code order.
    std::stable_sort(result.hits.begin(), result.hits.end(),
                     [](const HsHit& a, const HsHit& b) { return a.score > b.score; });
    result.total = result.hits.size();
    if (limit && result.hits.size() > limit) result.hits.resize(limit);
    return result;
}

HsSearchResult HsSearchIndex::search(const HsNomenclature& nom, std::string_view query, std::size_t limit) const {
    const std::string folded_query = fold_text(query);
    const bool code_like = std::all_of(folded_query.begin(), folded_query.end(),
                                       [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ' ' || c == '\t'; });
    if (code_like) {
        std::string digits;
        for (char c : folded_query)
            if (c >= '0' && c <= '9' && digits.size() < 6) digits.push_back(c);
        if (digits.empty()) return {};
        return search_code(nom, digits, limit);
    }

    std::vector<std::string> words, all = hs_words(query);
    std::string code_prefix;
    for (const std::string& w : all) {
        if (is_digits(w) && w.size() >= 2 && w.size() <= 6 && code_prefix.empty()) code_prefix = w;
        else if (!is_function_word(w)) words.push_back(w);
    }
    // A query of function words only ("or") is still a prefix the trainee is typing.
    if (words.empty() && code_prefix.empty()) words = all;
    if (words.empty()) return code_prefix.empty() ? HsSearchResult{} : search_code(nom, code_prefix, limit);
    if (words.size() > 255) words.resize(255);  // the match counter is one byte

    const auto nodes = nom.nodes();
    Match m(nodes.size());
    for (std::size_t k = 0; k < words.size(); ++k) {
        match_word(words[k], fold_plural(words[k]), k, m);
        if (m.touched.empty()) return {};
    }

    HsSearchResult result;
    const auto wanted = static_cast<std::uint8_t>(words.size());
    for (std::uint32_t n : m.touched) {  // the last word touched exactly the full matches
        if (m.words[n] != wanted) continue;
        const HsNode& node = nodes[n];
        if (!code_prefix.empty() && !starts_with(node.code, code_prefix)) continue;
        const NodeWords& nw = node_words_[n];
        const double unasked = cost_affirmed * std::max(0, nw.affirmed - m.asked_affirmed[n]) +
                               cost_other * std::max(0, nw.other - m.asked_other[n]);
        const double score = m.total[n] - std::min(unasked, max_cost) + level_bonus(node.level);
        result.hits.push_back({&node, score});
    }
    result.total = result.hits.size();
    auto better = [](const HsHit& a, const HsHit& b) {
        if (a.score != b.score) return a.score > b.score;
        return a.node->code < b.node->code;
    };
    const std::size_t keep = limit ? std::min(limit, result.hits.size()) : result.hits.size();
    std::partial_sort(result.hits.begin(), result.hits.begin() + static_cast<std::ptrdiff_t>(keep),
                      result.hits.end(), better);
    result.hits.resize(keep);
    return result;
}

HsSearchResult search_hs(const HsNomenclature& nom, std::string_view query, std::size_t limit) {
    return nom.search_index().search(nom, query, limit);
}

}  // namespace clearance::core
