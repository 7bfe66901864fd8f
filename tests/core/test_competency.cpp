#include <doctest/doctest.h>

#include "core/competency.h"

#include <fstream>
#include <set>
#include <sstream>
#include <string>

using namespace clearance::core;

TEST_SUITE("core") {

TEST_CASE("every competency in the catalogue has an English and a French name, each its own") {
    const auto ids = known_competencies();
    REQUIRE(ids.size() >= 31);  // at least those the bundled scenarios use
    std::set<std::string_view> seen_ids, seen_en, seen_fr;
    for (std::string_view id : ids) {
        CAPTURE(std::string(id));
        CHECK(seen_ids.insert(id).second);
        CHECK(id.find('.') != std::string_view::npos);  // field.name, as authors write them
        const std::string_view en = competency_name(id, "en"), fr = competency_name(id, "fr");
        CHECK_FALSE(en.empty());
        CHECK_FALSE(fr.empty());
        CHECK(seen_en.insert(en).second);
        CHECK(seen_fr.insert(fr).second);
        CHECK(en.size() <= 36);  // they sit beside a bar on Progress
    }
}

TEST_CASE("a competency's name follows the language asked, and an unknown id has none") {
    CHECK(competency_name("hs.gir3b", "en") == "GIR 3(b): essential character");
    CHECK(competency_name("hs.gir3b", "fr") == "RGI 3 b) : caractère essentiel");
    CHECK(competency_name("cva.art8.royalties", "es") == "Royalties (Art. 8.1 c)");  // English otherwise
    CHECK(competency_name("hs.gir9", "en").empty());
    CHECK(competency_name("", "fr").empty());
}

TEST_CASE("the authoring guide lists every competency of the catalogue") {
    std::ifstream in(std::string(CLEARANCE_TEST_DATA) + "/../docs/authoring.md");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    for (std::string_view id : known_competencies()) {
        CAPTURE(std::string(id));
        CHECK(text.str().find("`" + std::string(id) + "`") != std::string::npos);
    }
}

}  // TEST_SUITE
