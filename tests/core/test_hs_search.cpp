#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "core/hs_search.h"
#include "core/hs_text.h"

using namespace clearance::core;

namespace {

const HsNomenclature& hs() {
    static const HsNomenclature nom = HsNomenclature::load(CLEARANCE_SOURCE_ROOT "/assets/hs");
    return nom;
}

std::vector<std::string> codes(const HsSearchResult& r) {
    std::vector<std::string> out;
    for (const HsHit& h : r.hits) out.push_back(h.code());
    return out;
}

bool starts_with(const std::string& s, const std::string& p) { return s.compare(0, p.size(), p) == 0; }

// The matching rule of hs_search.h written the slow, obvious way: every query word is the start
// of some word of the description, compared as written or as singulars.
struct NaiveWords {
    std::vector<std::string> written, singular;
};

NaiveWords naive_words(const HsNode& n) {
    NaiveWords w;
    w.written = hs_words(n.description);
    for (const std::string& x : w.written) w.singular.push_back(fold_plural(x));
    return w;
}

bool naive_match(const NaiveWords& words, const std::vector<std::string>& query) {
    for (const std::string& q : query) {
        const std::string qs = fold_plural(q);
        bool found = false;
        for (std::size_t i = 0; i < words.written.size() && !found; ++i)
            found = starts_with(words.singular[i], qs) || starts_with(words.written[i], q) ||
                    starts_with(words.singular[i], q);
        if (!found) return false;
    }
    return true;
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("realistic queries put the subheading a trainee looks for first") {
    struct Case {
        const char* query;
        const char* top;
    };
    const Case cases[] = {
        {"roasted coffee", "0901.21"},
        {"roasted decaffeinated coffee", "0901.22"},
        {"smartphone", "8517.13"},
        {"smartphones", "8517.13"},
        {"beer", "2203.00"},
        {"green tea", "0902.10"},      // the one whose packing limit is not a qualifier
        {"unmanned aircraft", "8806"},  // the heading says exactly this; each subheading adds more
        {"frozen cod fillets", "0304.71"},
        {"sparkling wine", "2204.10"},
        {"whisky", "2208.30"},
        {"unwrought gold", "7108.12"},
        {"portable data processing machines", "8471.30"},
        {"photovoltaic modules", "8541.43"},
        {"cigarettes", "2402.20"},
        {"vaccines human", "3002.41"},
        {"cut roses", "0603.11"},
        {"T-SHIRTS COTTON", "6109.10"},
        {"maté", "0903.00"},
        {"smartph", "8517.13"},      // typing, letter by letter
        {"roasted cof", "0901.21"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.query);
        const HsSearchResult r = search_hs(hs(), c.query, 5);
        REQUIRE_FALSE(r.hits.empty());
        CHECK(r.hits.front().code() == c.top);
        CHECK_FALSE(r.by_code);
    }
}

TEST_CASE("a description that excludes the word ranks below one that affirms it") {
    struct Case {
        const char* query;
        const char* affirms;
        const char* excludes;
    };
    const Case cases[] = {
        {"smartphone", "8517.13", "8517.14"},  // "other than smartphones"
        {"roasted coffee", "0901.21", "0901.11"},  // "not roasted"
        {"beer", "2203.00", "2202.99"},  // "other than non-alcoholic beer"
        {"photovoltaic modules", "8541.43", "8541.42"},  // "not assembled in modules"
    };
    for (const Case& c : cases) {
        CAPTURE(c.query);
        const auto found = codes(search_hs(hs(), c.query, 0));
        const auto a = std::find(found.begin(), found.end(), c.affirms);
        const auto e = std::find(found.begin(), found.end(), c.excludes);
        REQUIRE(a != found.end());
        REQUIRE(e != found.end());  // excluded mentions still match: all words are there
        CHECK(a < e);
    }
}

TEST_CASE("case, accents and plurals do not change the results") {
    const char* const groups[][4] = {
        {"coffee", "Coffee", "COFFEES", "coffées"},
        {"box", "boxes", "Boxes", "BOX"},
        {"knife", "knives", "Knife", "KNIVES"},
        {"mate", "maté", "MATÉ", "Mate"},
        {"berry", "berries", "Berry", "BERRIES"},
    };
    for (const auto& group : groups) {
        const auto expected = codes(search_hs(hs(), group[0], 0));
        CHECK_FALSE(expected.empty());
        for (const char* q : group) {
            CAPTURE(q);
            CHECK(codes(search_hs(hs(), q, 0)) == expected);
        }
    }
}

TEST_CASE("every word must match, whole or as the start of a word") {
    CHECK(search_hs(hs(), "coffee smartphone", 0).hits.empty());
    CHECK(search_hs(hs(), "drone", 0).hits.empty());  // not a word of the HS 2022 texts
    CHECK(search_hs(hs(), "xyzzy", 0).total == 0);
    for (const HsHit& h : search_hs(hs(), "frozen fish fillets", 0).hits) {
        CAPTURE(h.code());
        CHECK(naive_match(naive_words(*h.node), {"frozen", "fish", "fillets"}));
    }
    // Function words are ignored: "of" adds nothing to "fish cod".
    CHECK(codes(search_hs(hs(), "fish of cod", 0)) == codes(search_hs(hs(), "fish cod", 0)));
}

TEST_CASE("the matching set equals a naive scan for random typed prefixes") {
    // Queries of one to three words, each a prefix (3 letters or more) of a word drawn from a
    // random description, so most queries match something and many match a lot.
    std::mt19937 rng(20240611);
    const auto nodes = hs().nodes();
    const std::set<std::string> skip = {"and", "for", "from", "into", "the", "with"};
    std::vector<NaiveWords> words_of;
    for (const HsNode& n : nodes) words_of.push_back(naive_words(n));
    std::size_t nonempty = 0;
    for (int round = 0; round < 120; ++round) {
        std::vector<std::string> query;
        const int words = 1 + static_cast<int>(rng() % 3);
        for (int k = 0; k < words; ++k) {
            const HsNode& n = nodes[21 + rng() % (nodes.size() - 21)];
            const auto ws = hs_words(n.description);
            const std::string& w = ws[rng() % ws.size()];
            if (w.size() < 3 || std::isdigit(static_cast<unsigned char>(w[0]))) continue;
            const std::string prefix = w.substr(0, 3 + rng() % (w.size() - 2));
            if (!skip.count(prefix)) query.push_back(prefix);
        }
        if (query.empty()) continue;
        std::string text;
        for (const std::string& q : query) text += q + " ";
        CAPTURE(text);
        std::set<std::string> expected;
        for (const HsNode& n : nodes)
            if (n.level != HsLevel::section && naive_match(words_of[hs().index_of(n)], query))
                expected.insert(n.display_code());
        const HsSearchResult r = search_hs(hs(), text, 0);
        const auto got = codes(r);
        CHECK(std::set<std::string>(got.begin(), got.end()) == expected);
        CHECK(r.total == expected.size());
        if (!expected.empty()) ++nonempty;
    }
    CHECK(nonempty > 40);
}

TEST_CASE("results come best first with the level, description and score of each node") {
    for (const char* q : {"coffee", "s", "fish", "parts of machines", "tea"}) {
        CAPTURE(q);
        const HsSearchResult r = search_hs(hs(), q, 0);
        REQUIRE_FALSE(r.hits.empty());
        for (std::size_t i = 1; i < r.hits.size(); ++i) CHECK(r.hits[i - 1].score >= r.hits[i].score);
        for (const HsHit& h : r.hits) {
            CHECK(h.node->level != HsLevel::section);
            CHECK(h.level() == h.node->level);
            CHECK(h.description() == h.node->description);
        }
    }
}

TEST_CASE("the limit cuts the list but total still counts every match") {
    const HsSearchResult all = search_hs(hs(), "s", 0);
    const HsSearchResult five = search_hs(hs(), "s", 5);
    CHECK(all.total > 1000);
    CHECK(all.hits.size() == all.total);
    CHECK(five.hits.size() == 5);
    CHECK(five.total == all.total);
    const auto all_codes = codes(all);
    CHECK(codes(five) == std::vector<std::string>(all_codes.begin(), all_codes.begin() + 5));
}

TEST_CASE("a code prefix lists the codes under it, shallowest first") {
    struct Case {
        const char* query;
        std::vector<std::string> first;
        std::size_t total;
    };
    const Case cases[] = {
        {"8517", {"8517", "8517.11", "8517.13", "8517.14", "8517.18", "8517.61"}, 10},
        {"85.17", {"8517", "8517.11", "8517.13"}, 10},
        {"0901.2", {"0901.21", "0901.22"}, 2},
        {"8517 13", {"8517.13"}, 1},
        {"8517.13.00", {"8517.13"}, 1},
        {"0903", {"0903", "0903.00"}, 2},
        {"85", {"85", "8501", "8502", "8503", "8504"}, 0},
        {"8599", {}, 0},
    };
    for (const Case& c : cases) {
        CAPTURE(c.query);
        const HsSearchResult r = search_hs(hs(), c.query, 0);
        CHECK(r.by_code);
        const auto got = codes(r);
        REQUIRE(got.size() >= c.first.size());
        CHECK(std::vector<std::string>(got.begin(), got.begin() + static_cast<std::ptrdiff_t>(c.first.size())) == c.first);
        if (c.total) CHECK(r.total == c.total);
        std::string digits;
        for (char ch : std::string(c.query))
            if (ch >= '0' && ch <= '9' && digits.size() < 6) digits += ch;
        for (const HsHit& h : r.hits) CHECK(starts_with(h.node->code, digits));
    }
    // Chapter 85: its 48 headings come before any of its subheadings.
    const HsSearchResult ch85 = search_hs(hs(), "85", 0);
    std::size_t first_sub = 0;
    while (ch85.hits[first_sub].level() != HsLevel::subheading) ++first_sub;
    CHECK(first_sub == 1 + hs().children(*hs().find_digits("85")).size());
}

TEST_CASE("digits in a word query restrict it to codes starting with them") {
    const HsSearchResult r = search_hs(hs(), "85 parts", 0);
    REQUIRE(r.total > 10);
    for (const HsHit& h : r.hits) CHECK(starts_with(h.node->code, "85"));
    CHECK(r.total < search_hs(hs(), "parts", 0).total);
}

TEST_CASE("blank and punctuation-only queries find nothing and never throw") {
    for (const char* q : {"", "   ", ";;", "...", "-", "\xFF\xFE", "\xD0\xA7\xD0\xB0\xD0\xB9"}) {
        CAPTURE(q);
        const HsSearchResult r = search_hs(hs(), q, 10);
        CHECK(r.hits.empty());
        CHECK(r.total == 0);
    }
}

TEST_CASE("the index covers every coded node's words") {
    CHECK(hs().search_index().term_count() > 5000);
    CHECK(hs().search_index().posting_count() > 100000);
    for (const HsNode* n : {hs().find_digits("851713"), hs().find_digits("0903"), hs().find_digits("97")}) {
        const auto words = hs_words(n->description);
        std::string query;
        for (const std::string& w : words)
            if (w.size() > 3 && !std::isdigit(static_cast<unsigned char>(w[0]))) query += w + " ";
        CAPTURE(query);
        const auto found = codes(search_hs(hs(), query, 0));
        CHECK(std::find(found.begin(), found.end(), n->display_code()) != found.end());
    }
}

}  // TEST_SUITE
