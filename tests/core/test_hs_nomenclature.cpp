#include <doctest/doctest.h>

#include <string>

#include "core/hs_nomenclature.h"

using namespace clearance::core;

namespace {

const HsNomenclature& hs() {
    static const HsNomenclature nom = HsNomenclature::load(CLEARANCE_SOURCE_ROOT "/assets/hs");
    return nom;
}

const char* const sections_fixture =
    "\xEF\xBB\xBFsection,name\n"
    "I,live animals; animal products\n"
    "II,Vegetable products \n"
    "XVI,\"Machinery; electrical equipment\"";

std::string items_fixture(const std::string& extra_rows = "") {
    return "section,hscode,description,parent,level\n"
           "I,01,Animals; live,TOTAL,2\n"
           "I,0101,\"Horses, asses, mules and hinnies; live\",01,4\n"
           "I,010121,\"Horses; live, pure-bred breeding animals\",0101,6\n"
           "II,09,\"Coffee, tea, mate and spices\",TOTAL,2\n"
           "II,0901,Coffee,09,4\n"
           "II,090121,\"Coffee; roasted, \"\"not\"\" decaffeinated  \",0901,6\n" +
           extra_rows +
           "TOTAL,99,Commodities not specified according to kind,TOTAL,2\n"
           "TOTAL,TOTAL,Total of all HS2022 commodities,TOTAL,5\n";
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("the bundled HS 2022 nomenclature has 21 sections, 96 chapters, 1,228 headings, 5,612 subheadings") {
    CHECK(hs().count(HsLevel::section) == 21);
    CHECK(hs().count(HsLevel::chapter) == 96);
    CHECK(hs().count(HsLevel::heading) == 1228);
    CHECK(hs().count(HsLevel::subheading) == 5612);
    CHECK(hs().nodes().size() == 21 + 96 + 1228 + 5612);
    CHECK(hs().edition() == "HS 2022");
}

TEST_CASE("the TOTAL pseudo-rows of the statistics are not HS codes") {
    CHECK(hs().find_digits("99") == nullptr);
    CHECK(hs().find_digits("9999") == nullptr);
    CHECK(hs().find_digits("999999") == nullptr);
    CHECK(hs().find_digits("77") == nullptr);  // reserved chapter
    CHECK(hs().find_digits("97") != nullptr);
}

TEST_CASE("section titles are trimmed and start with a capital") {
    CHECK(hs().find_section("I")->description == "Live animals; animal products");
    CHECK(hs().find_section("VII")->description == "Plastics and articles thereof; rubber and articles thereof");
    CHECK(hs().find_section("xvi") == hs().find_section("XVI"));
    CHECK(hs().find_section("XXII") == nullptr);
    const auto sections = hs().sections();
    REQUIRE(sections.size() == 21);
    CHECK(sections.front()->code == "I");
    CHECK(sections[3]->code == "IV");
    CHECK(sections.back()->code == "XXI");
}

TEST_CASE("codes are found by their digits with their descriptions") {
    struct Case {
        const char* code;
        HsLevel level;
        const char* description;
    };
    const Case cases[] = {
        {"851713", HsLevel::subheading, "Telephone sets; smartphones for cellular or other wireless networks"},
        {"090121", HsLevel::subheading, "Coffee; roasted, not decaffeinated"},
        {"0902", HsLevel::heading, "Tea"},
        {"220300", HsLevel::subheading, "Beer; made from malt"},
        {"8806", HsLevel::heading, "Unmanned aircraft"},
        {"01", HsLevel::chapter, "Animals; live"},
        {"382762", HsLevel::subheading, nullptr},  // upstream has a trailing space here
    };
    for (const Case& c : cases) {
        CAPTURE(c.code);
        const HsNode* n = hs().find(HsCode::parse_or_throw(c.code));
        REQUIRE(n != nullptr);
        CHECK(n->code == c.code);
        CHECK(n->level == c.level);
        if (c.description) CHECK(n->description == c.description);
        CHECK(n->description.back() != ' ');
    }
    CHECK(hs().contains(HsCode::parse_or_throw("8517.13.00")));
    CHECK_FALSE(hs().contains(HsCode::parse_or_throw("8517.15")));
    CHECK_FALSE(hs().contains(HsCode::parse_or_throw("8517.12")));  // smartphones before HS 2022
}

TEST_CASE("a missing code is explained by the deepest level that exists") {
    struct Case {
        const char* code;
        const char* reason;
    };
    const Case cases[] = {
        {"8517.15", "8517.15 is not a code of HS 2022: heading 85.17 has no subheading 8517.15."},
        {"8599", "8599 is not a code of HS 2022: chapter 85 has no heading 85.99."},
        {"8599.10", "8599.10 is not a code of HS 2022: chapter 85 has no heading 85.99."},
        {"77", "77 is not a code of HS 2022: there is no chapter 77."},
        {"7701.10", "7701.10 is not a code of HS 2022: there is no chapter 77."},
        {"00", "00 is not a code of HS 2022: there is no chapter 00."},
    };
    for (const Case& c : cases) {
        CAPTURE(c.code);
        const HsCode code = HsCode::parse_or_throw(c.code);
        CHECK_FALSE(hs().contains(code));
        CHECK(hs().missing_reason(code) == c.reason);
    }
}

TEST_CASE("every node hangs from the level above it and lists its children in code order") {
    const auto nodes = hs().nodes();
    std::size_t checked = 0;
    for (const HsNode& n : nodes) {
        CAPTURE(n.code);
        CHECK_FALSE(n.description.empty());
        const HsNode* p = hs().parent(n);
        if (n.level == HsLevel::section) {
            CHECK(p == nullptr);
            CHECK(&hs().section_of(n) == &n);
        } else {
            REQUIRE(p != nullptr);
            CHECK(static_cast<int>(p->level) + 1 == static_cast<int>(n.level));
            if (p->level != HsLevel::section) CHECK(n.code.compare(0, p->code.size(), p->code) == 0);
            CHECK(p->section == n.section);
        }
        std::string previous;
        for (const HsNode* c : hs().children(n)) {
            CHECK(hs().parent(*c) == &n);
            if (c->level != HsLevel::chapter) CHECK(previous < c->code);
            previous = c->code;
        }
        ++checked;
    }
    CHECK(checked == nodes.size());
}

TEST_CASE("children of a heading are its subheadings, of a section its chapters") {
    const HsNode* coffee = hs().find_digits("0901");
    REQUIRE(coffee);
    std::string codes;
    for (const HsNode* c : hs().children(*coffee)) codes += c->code + " ";
    CHECK(codes == "090111 090112 090121 090122 090190 ");

    std::string chapters;
    for (const HsNode* c : hs().children(*hs().find_section("II"))) chapters += c->code + " ";
    CHECK(chapters == "06 07 08 09 10 11 12 13 14 ");
    CHECK(hs().children(*hs().find_digits("851713")).empty());
}

TEST_CASE("the tree path runs from the section down to the code") {
    const auto path = hs().path(*hs().find_digits("851713"));
    REQUIRE(path.size() == 4);
    CHECK(path[0]->label() == "section XVI");
    CHECK(path[1]->label() == "chapter 85");
    CHECK(path[2]->label() == "heading 85.17");
    CHECK(path[3]->label() == "subheading 8517.13");
    CHECK(path[3]->display_code() == "8517.13");
    CHECK(path[2]->display_code() == "8517");
    CHECK(hs().path(*hs().find_section("IV")).size() == 1);
}

TEST_CASE("two codes agree at the section when their chapters share one") {
    struct Case {
        const char* a;
        const char* b;
        HsAgreement agreement;
    };
    const Case cases[] = {
        {"8471.30", "8517.13", HsAgreement::section},  // 84 and 85 are both section XVI
        {"0901.21", "1001.11", HsAgreement::section},  // 09 and 10 are both section II
        {"0901.21", "8517.13", HsAgreement::none},
        {"8517.14", "8517.13", HsAgreement::heading},
        {"7701", "7801", HsAgreement::none},  // chapter 77 does not exist
    };
    for (const Case& c : cases) {
        CAPTURE(c.a);
        CAPTURE(c.b);
        CHECK(hs().agreement(HsCode::parse_or_throw(c.a), HsCode::parse_or_throw(c.b)) == c.agreement);
    }
}

TEST_CASE("a small file with quotes, a BOM and pseudo-rows loads like the real one") {
    const HsNomenclature nom = HsNomenclature::parse(items_fixture(), sections_fixture);
    CHECK(nom.count(HsLevel::section) == 3);
    CHECK(nom.count(HsLevel::chapter) == 2);
    CHECK(nom.count(HsLevel::subheading) == 2);
    CHECK(nom.edition() == "HS 2022");
    CHECK(nom.find_digits("090121")->description == "Coffee; roasted, \"not\" decaffeinated");
    CHECK(nom.find_section("II")->description == "Vegetable products");
    CHECK(nom.find_digits("99") == nullptr);
    CHECK(nom.section_of(*nom.find_digits("0901")).code == "II");
}

TEST_CASE("Windows line ends load too") {
    std::string items = items_fixture();
    std::string crlf;
    for (char c : items) {
        if (c == '\n') crlf += '\r';
        crlf += c;
    }
    const HsNomenclature nom = HsNomenclature::parse(crlf, sections_fixture);
    CHECK(nom.find_digits("010121")->description == "Horses; live, pure-bred breeding animals");
}

TEST_CASE("malformed data files are reported with the file and line") {
    struct Case {
        std::string items;
        std::string message;
    };
    const Case cases[] = {
        {items_fixture("II,0902,Tea,09\n"), "items.csv:8: expected 5 fields, found 4"},
        {items_fixture("II,09x2,Tea,09,4\n"), "items.csv:8: code '09x2' is not 2, 4 or 6 digits"},
        {items_fixture("II,0902,Tea,09,6\n"), "items.csv:8: level '6' does not match the 4 digits of code 0902"},
        {items_fixture("II,0902,Tea,08,4\n"), "items.csv:8: parent '08' of 0902 should be 09"},
        {items_fixture("V,0902,Tea,09,4\n"), "items.csv:8: unknown section 'V' (not in sections.csv)"},
        {items_fixture("I,0902,Tea,09,4\n"), "items.csv:8: 0902 is in section I but its parent 09 is in section II"},
        {items_fixture("II,0901,Coffee again,09,4\n"), "items.csv:8: duplicate code 0901 (first on line 6)"},
        {items_fixture("II,0902,  ,09,4\n"), "items.csv:8: code 0902 has no description"},
        {items_fixture("II,080110,Coconuts,0801,6\n"), "items.csv:8: parent 0801 of 080110 is not in the file"},
        {items_fixture("II,0902,\"Tea,09,4\n"), "items.csv:8: unterminated quoted field"},
        {items_fixture("II,0902,Te\"a,09,4\n"), "items.csv:8: stray quote inside an unquoted field"},
        {"section,code,description,parent,level\n", "items.csv:1: missing column 'hscode' in the header"},
        {"", "items.csv: the file is empty"},
        {"section,hscode,description,parent,level\n", "items.csv: no HS codes"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.message);
        try {
            HsNomenclature::parse(c.items, sections_fixture, "items.csv", "sections.csv");
            FAIL("no error for: " << c.items);
        } catch (const HsDataError& e) {
            CHECK(std::string(e.what()) == c.message);
            CHECK(e.file() == "items.csv");
        }
    }
}

TEST_CASE("malformed section lists are reported with the file and line") {
    struct Case {
        std::string sections;
        std::string message;
    };
    const Case cases[] = {
        {"section,name\nI,Live animals\nIIII,Bad\n", "sections.csv:3: 'IIII' is not a Roman numeral"},
        {"section,name\nI,Live animals\nI,Again\n", "sections.csv:3: section I is listed twice"},
        {"section,name\nI,\n", "sections.csv:2: section I has no title"},
        {"section,name\nI,Live,animals\n", "sections.csv:2: expected 2 fields, found 3"},
        {"section,name\n", "sections.csv: no sections"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.message);
        try {
            HsNomenclature::parse(items_fixture(), c.sections, "items.csv", "sections.csv");
            FAIL("no error");
        } catch (const HsDataError& e) {
            CHECK(std::string(e.what()) == c.message);
        }
    }
}

TEST_CASE("a missing data folder is an HsDataError naming the file it looked for") {
    try {
        HsNomenclature::load(CLEARANCE_SOURCE_ROOT "/no-such-folder");
        FAIL("no error");
    } catch (const HsDataError& e) {
        CHECK(e.file().find("no-such-folder/data/harmonized-system.csv") != std::string::npos);
        CHECK(e.line() == 0);
        CHECK(std::string(e.what()).find("cannot open") != std::string::npos);
    }
}

}  // TEST_SUITE
