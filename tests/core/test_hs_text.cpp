#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/hs_text.h"

using namespace clearance::core;

TEST_SUITE("core") {

TEST_CASE("folding lower-cases and strips Latin accents") {
    struct Case {
        const char* in;
        const char* out;
    };
    const Case cases[] = {
        {"Café", "cafe"},
        {"CAFÉ", "cafe"},
        {"Maté", "mate"},
        {"Crème brûlée", "creme brulee"},
        {"Straße", "strasse"},
        {"Œufs", "oeufs"},
        {"Æbleskiver", "aebleskiver"},
        {"Łódź", "lodz"},
        {"Ÿ ÿ", "y y"},
        {"Ñandú", "nandu"},
        {"Smartphones, 3kg", "smartphones, 3kg"},
        {"cafe\xCC\x81", "cafe"},           // e + combining acute (decomposed form)
        {"\xD0\xA7\xD0\xB0\xD0\xB9", "   "}, // Cyrillic: not Latin, becomes separators
        {"a\xFF" "b", "a b"},               // invalid UTF-8 byte
        {"a\xC3", "a "},                    // truncated sequence
        {"\xE2\x80\x99", " "},              // right single quote
    };
    for (const Case& c : cases) {
        CAPTURE(c.in);
        CHECK(fold_text(c.in) == c.out);
    }
}

TEST_CASE("words are the letter and digit runs of the folded text") {
    CHECK(hs_words("T-shirts, of cotton") == std::vector<std::string>{"t", "shirts", "of", "cotton"});
    CHECK(hs_words("n.e.c. in item no. 8517.1") ==
          std::vector<std::string>{"n", "e", "c", "in", "item", "no", "8517", "1"});
    CHECK(hs_words("  Café au lait ") == std::vector<std::string>{"cafe", "au", "lait"});
    CHECK(hs_words("").empty());
    CHECK(hs_words(";;; --").empty());
}

TEST_CASE("plurals fold to a predictable singular") {
    struct Case {
        const char* plural;
        const char* singular;
    };
    const Case cases[] = {
        {"coffees", "coffee"},      {"smartphones", "smartphone"}, {"horses", "horse"},
        {"boxes", "box"},           {"berries", "berry"},          {"batteries", "battery"},
        {"watches", "watch"},       {"brushes", "brush"},          {"glasses", "glass"},
        {"knives", "knife"},        {"leaves", "leaf"},            {"women", "woman"},
        {"tomatoes", "tomato"},     {"potatoes", "potato"},        {"gases", "gas"},
        {"valves", "valve"},        {"ties", "tie"},               {"shoes", "shoe"},
        {"glass", "glass"},         {"asparagus", "asparagus"},    {"chassis", "chassis"},
        {"species", "species"},     {"molasses", "molasses"},      {"lens", "lens"},
        {"gas", "gas"},             {"bus", "bus"},                {"coffee", "coffee"},
        {"fish", "fish"},           {"3kg", "3kg"},                {"s", "s"},
        {"men", "man"},             {"children", "child"},         {"teeth", "tooth"},
        {"feet", "foot"},           {"geese", "goose"},            {"mice", "mouse"},
        {"sheep", "sheep"},         {"cattle", "cattle"},          {"meat", "meat"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.plural);
        CHECK(fold_plural(c.plural) == c.singular);
        CHECK(fold_plural(c.singular) == c.singular);  // folding a singular changes nothing
    }
}

}  // TEST_SUITE
