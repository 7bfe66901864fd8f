// `clearance hs search | show` driven as the command line drives them, on the bundled data.

#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "app/bench_hs.h"
#include "app/commands.h"
#include "core/json.h"

using namespace clearance;

namespace {

struct Run {
    int code = 0;
    std::string out, err;
};

Run hs(std::vector<std::string> args, std::filesystem::path assets = CLEARANCE_SOURCE_ROOT "/assets") {
    std::ostringstream out, err;
    app::CommandContext ctx{std::move(args), {}, std::move(assets), out, err};
    Run r;
    r.code = app::cmd_hs(ctx);
    r.out = out.str();
    r.err = err.str();
    return r;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_SUITE("app") {

TEST_CASE("hs search prints aligned code, level and description, best first") {
    const Run r = hs({"search", "roasted", "coffee"});
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    const auto ls = lines(r.out);
    REQUIRE(ls.size() >= 3);
    CHECK(ls[0] == "0901.21  subheading  Coffee; roasted, not decaffeinated");
    CHECK(ls[1] == "0901.22  subheading  Coffee; roasted, decaffeinated");
    // Headings have shorter codes: the description column still lines up.
    for (const std::string& l : ls) {
        CAPTURE(l);
        CHECK(l.size() > 21);
        CHECK(l.substr(7, 2) == "  ");
        CHECK(l.substr(19, 2) == "  ");
    }
}

TEST_CASE("hs search accepts options anywhere, --limit=N, and -- before dashed words") {
    const Run a = hs({"search", "--limit", "2", "smartphone"});
    const Run b = hs({"search", "smartphone", "--limit=2"});
    CHECK(a.code == 0);
    CHECK(a.out == b.out);
    const auto ls = lines(a.out);
    REQUIRE(ls.size() == 3);
    CHECK(ls[0].rfind("8517.13 ", 0) == 0);
    CHECK(ls[2] == "(2 of 3 matches; --limit N shows more)");
    CHECK(hs({"search", "--", "-coffee"}).code == 0);
}

TEST_CASE("hs search by code prefix lists the codes under it") {
    const auto ls = lines(hs({"search", "0901.2"}).out);
    REQUIRE(ls.size() == 2);
    CHECK(ls[0].rfind("0901.21", 0) == 0);
    CHECK(ls[1].rfind("0901.22", 0) == 0);
}

TEST_CASE("hs search with no match says so and succeeds") {
    const Run r = hs({"search", "xyzzy"});
    CHECK(r.code == 0);
    CHECK(r.out == "No match for \"xyzzy\" in HS 2022.\n");
}

TEST_CASE("hs search --json gives the query, total and scored results") {
    const Run r = hs({"search", "smartphones", "--json"});
    CHECK(r.code == 0);
    const core::Json doc = core::Json::parse(r.out);
    CHECK(doc.at("query").as_string() == "smartphones");
    CHECK(doc.at("edition").as_string() == "HS 2022");
    CHECK(doc.at("by_code").as_bool() == false);
    CHECK(doc.at("total").as_int() == 3);
    const core::Json& first = doc.at("results").at(0);
    CHECK(first.at("code").as_string() == "8517.13");
    CHECK(first.at("level").as_string() == "subheading");
    CHECK(first.at("description").as_string() == "Telephone sets; smartphones for cellular or other wireless networks");
    CHECK(first.at("score").as_double() > doc.at("results").at(1).at("score").as_double());
}

TEST_CASE("hs show prints the code, its tree path and its children") {
    const Run r = hs({"show", "0901"});
    CHECK(r.code == 0);
    const auto ls = lines(r.out);
    REQUIRE(ls.size() >= 12);
    CHECK(ls[0] == "heading 09.01 (HS 2022)");
    CHECK(contains(ls[1], "Coffee, whether or not roasted or decaffeinated"));
    CHECK(ls[3] == "Path:");
    CHECK(ls[4] == "  section II     Vegetable products");
    CHECK(ls[5] == "  chapter 09     Coffee, tea, mate and spices");
    CHECK(ls[6].rfind("  heading 09.01  Coffee, whether", 0) == 0);
    CHECK(ls[8] == "Children (5):");
    CHECK(ls[9] == "  0901.11  Coffee; not roasted or decaffeinated");
    CHECK(ls[13].rfind("  0901.90  Coffee; husks and skins", 0) == 0);
}

TEST_CASE("hs show takes every way of writing a code, and section numerals") {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"show", "8517.13"}, {"show", "851713"}, {"show", "8517", "13"}, {"show", "8517.13.00"}}) {
        const Run r = hs(args);
        CHECK(r.code == 0);
        CHECK(lines(r.out)[0] == "subheading 8517.13 (HS 2022)");
        CHECK(contains(r.out, "Children: none"));
    }
    const Run section = hs({"show", "xvi"});
    CHECK(section.code == 0);
    CHECK(lines(section.out)[0] == "section XVI (HS 2022)");
    CHECK(contains(section.out, "Children (2):"));
    CHECK(contains(section.out, "  84  Machinery and mechanical appliances"));
}

TEST_CASE("hs show --json gives the node, its path and its children") {
    const Run r = hs({"show", "--json", "85.17"});
    CHECK(r.code == 0);
    const core::Json doc = core::Json::parse(r.out);
    CHECK(doc.at("code").as_string() == "8517");
    CHECK(doc.at("level").as_string() == "heading");
    CHECK(doc.at("path").size() == 3);
    CHECK(doc.at("path").at(0).at("code").as_string() == "XVI");
    CHECK(doc.at("path").at(1).at("code").as_string() == "85");
    CHECK(doc.at("children").size() == 9);
    CHECK(doc.at("children").at(1).at("code").as_string() == "8517.13");
}

TEST_CASE("hs show of an unknown or malformed code explains and exits 1") {
    struct Case {
        const char* code;
        const char* message;
    };
    const Case cases[] = {
        {"8517.15", "clearance hs show: 8517.15 is not a code of HS 2022: heading 85.17 has no subheading 8517.15.\n"},
        {"77", "clearance hs show: 77 is not a code of HS 2022: there is no chapter 77.\n"},
        {"85x7", "clearance hs show: \"85x7\" is not an HS code: digits expected, found 'x'\n"},
        {"XXII", "clearance hs show: there is no section XXII in HS 2022 (sections run from I to XXI)\n"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.code);
        const Run r = hs({"show", c.code});
        CHECK(r.code == 1);
        CHECK(r.out.empty());
        CHECK(r.err == c.message);
    }
}

TEST_CASE("bad usage prints the usage and exits 2") {
    const std::vector<std::vector<std::string>> cases = {
        {},
        {"find", "coffee"},
        {"search"},
        {"search", "--json"},
        {"show"},
        {"search", "coffee", "--limit"},
        {"search", "coffee", "--limit", "0"},
        {"search", "coffee", "--limit", "ten"},
        {"search", "coffee", "--fast"},
        {"show", "8517", "--limit", "3"},
    };
    for (const auto& args : cases) {
        std::string shown;
        for (const auto& a : args) shown += a + " ";
        CAPTURE(shown);
        const Run r = hs(args);
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(contains(r.err, "usage: clearance hs search QUERY... [--limit N] [--json]"));
    }
    CHECK(hs({"--help"}).code == 0);
}

TEST_CASE("missing HS data is reported with the file it looked for") {
    const Run r = hs({"search", "coffee"}, CLEARANCE_SOURCE_ROOT "/no-such-assets");
    CHECK(r.code == 1);
    CHECK(contains(r.err, "no-such-assets/hs/data/harmonized-system.csv: cannot open"));
}

TEST_CASE("the HS bench reports load time and per-keystroke search latency with targets") {
    const auto figures = app::bench_hs(CLEARANCE_SOURCE_ROOT "/assets");
    REQUIRE(figures.size() == 3);
    for (const auto& f : figures) {
        CAPTURE(f.name);
        CHECK(f.unit == "ms");
        CHECK(f.value > 0.0);
        CHECK_FALSE(f.target.empty());
    }
    CHECK(contains(figures[0].name, "load"));
    CHECK(figures[1].value <= figures[2].value);  // the median never exceeds the worst
}

}  // TEST_SUITE
