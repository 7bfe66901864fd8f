#include <doctest/doctest.h>

#include <string>

#include "core/hs_code.h"

using namespace clearance::core;

TEST_SUITE("core") {

TEST_CASE("HS codes parse from the ways officers write them") {
    struct Case {
        const char* text;
        const char* digits;
        const char* national;
        HsLevel level;
        const char* str;
    };
    const Case cases[] = {
        {"8517.13", "851713", "", HsLevel::subheading, "8517.13"},
        {"851713", "851713", "", HsLevel::subheading, "8517.13"},
        {"8517 13", "851713", "", HsLevel::subheading, "8517.13"},
        {"8517  13", "851713", "", HsLevel::subheading, "8517.13"},
        {"  8517.13 ", "851713", "", HsLevel::subheading, "8517.13"},
        {"8517.13.00", "851713", "00", HsLevel::subheading, "8517.13"},
        {"85171300", "851713", "00", HsLevel::subheading, "8517.13"},
        {"8517.13.00.10", "851713", "0010", HsLevel::subheading, "8517.13"},
        {"85.17.13", "851713", "", HsLevel::subheading, "8517.13"},
        {"0901", "0901", "", HsLevel::heading, "0901"},
        {"09.01", "0901", "", HsLevel::heading, "0901"},
        {"85.17", "8517", "", HsLevel::heading, "8517"},
        {"09", "09", "", HsLevel::chapter, "09"},
        {"0901.21", "090121", "", HsLevel::subheading, "0901.21"},
        {"220300", "220300", "", HsLevel::subheading, "2203.00"},
        {"851713000", "851713", "000", HsLevel::subheading, "8517.13"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        std::string why;
        const auto code = HsCode::parse(c.text, &why);
        REQUIRE_MESSAGE(code.has_value(), why);
        CHECK(code->digits() == c.digits);
        CHECK(code->national() == c.national);
        CHECK(code->level() == c.level);
        CHECK(code->str() == c.str);
    }
}

TEST_CASE("malformed HS codes are rejected with a message that says what is wrong") {
    struct Case {
        const char* text;
        const char* message;
    };
    const Case cases[] = {
        {"85x7", "\"85x7\" is not an HS code: digits expected, found 'x'"},
        {"", "\"\" is not an HS code: it is empty"},
        {"   ", "is empty"},
        {"8", "1 digit; an HS code has 2 (chapter), 4 (heading) or 6 (subheading)"},
        {"851", "3 digits; an HS code has 2 (chapter)"},
        {"85171", "5 digits"},
        {"8517.1", "5 digits"},
        {"851.713", "a separator may only follow 2, 4 or 6 digits (as in 85.17 or 8517.13), not 3"},
        {"8.517", "not 1"},
        {".8517", "it starts with a separator"},
        {"8517.", "it ends with a separator"},
        {"8517..13", "two separators in a row"},
        {"8517. 13", "two separators in a row"},
        {"8517-13", "digits expected, found '-'"},
        {"8517,13", "digits expected, found ','"},
        {"HS 8517", "digits expected, found 'H'"},
        {"85é7", "digits expected, found 'é'"},
        {"8517130000000", "13 digits is too many"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        std::string why;
        CHECK_FALSE(HsCode::parse(c.text, &why).has_value());
        CHECK(why.find(c.message) != std::string::npos);
        CHECK_THROWS_AS(HsCode::parse_or_throw(c.text), HsCodeError);
    }
}

TEST_CASE("parse_or_throw carries the same message as parse") {
    std::string why;
    HsCode::parse("85x7", &why);
    try {
        HsCode::parse_or_throw("85x7");
        FAIL("no exception");
    } catch (const HsCodeError& e) {
        CHECK(std::string(e.what()) == why);
    }
}

TEST_CASE("codes format in trade, WCO and national notation") {
    struct Case {
        const char* text;
        const char* str;
        const char* wco;
        const char* full;
    };
    const Case cases[] = {
        {"85", "85", "85", "85"},
        {"8517", "8517", "85.17", "8517"},
        {"851713", "8517.13", "8517.13", "8517.13"},
        {"8517130010", "8517.13", "8517.13", "8517.13.00.10"},
        {"851713001", "8517.13", "8517.13", "8517.13.00.1"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        const HsCode code = HsCode::parse_or_throw(c.text);
        CHECK(code.str() == c.str);
        CHECK(code.wco_str() == c.wco);
        CHECK(code.full_str() == c.full);
    }
}

TEST_CASE("a code cut to a shallower level keeps its leading digits and drops national ones") {
    const HsCode code = HsCode::parse_or_throw("8517.13.00");
    CHECK(code.truncated(HsLevel::chapter).digits() == "85");
    CHECK(code.truncated(HsLevel::heading).digits() == "8517");
    CHECK(code.truncated(HsLevel::heading).national().empty());
    CHECK(code.truncated(HsLevel::subheading).national() == "00");
    CHECK(HsCode::parse_or_throw("85").truncated(HsLevel::subheading).digits() == "85");
}

TEST_CASE("codes compare by their six digits, not their national extension") {
    CHECK(HsCode::parse_or_throw("8517.13.00") == HsCode::parse_or_throw("851713"));
    CHECK_FALSE(HsCode::parse_or_throw("8517.13") == HsCode::parse_or_throw("8517.14"));
    CHECK(HsCode::parse_or_throw("0901") < HsCode::parse_or_throw("090121"));
    CHECK(HsCode::parse_or_throw("8517") < HsCode::parse_or_throw("8518"));
}

TEST_CASE("the digits of two codes agree down to the deepest shared level") {
    struct Case {
        const char* a;
        const char* b;
        HsAgreement agreement;
    };
    const Case cases[] = {
        {"8517.13", "8517.13", HsAgreement::subheading},
        {"8517.13.00", "8517.13.99", HsAgreement::subheading},
        {"8517.13", "8517.14", HsAgreement::heading},
        {"8517", "8517.13", HsAgreement::heading},
        {"8517.13", "8518.10", HsAgreement::chapter},
        {"85", "8517.13", HsAgreement::chapter},
        {"8517.13", "8471.30", HsAgreement::none},
        {"8517", "8518", HsAgreement::chapter},  // "851" is not a level: the heading differs
        {"0901", "0902", HsAgreement::chapter},
        {"09", "10", HsAgreement::none},
    };
    for (const Case& c : cases) {
        CAPTURE(c.a);
        CAPTURE(c.b);
        const HsCode a = HsCode::parse_or_throw(c.a);
        const HsCode b = HsCode::parse_or_throw(c.b);
        CHECK(hs_digit_agreement(a, b) == c.agreement);
        CHECK(hs_digit_agreement(b, a) == c.agreement);
    }
}

TEST_CASE("levels and agreements have names for messages and JSON") {
    CHECK(std::string(hs_level_name(HsLevel::section)) == "section");
    CHECK(std::string(hs_level_name(HsLevel::subheading)) == "subheading");
    CHECK(std::string(hs_agreement_name(HsAgreement::none)) == "none");
    CHECK(std::string(hs_agreement_name(HsAgreement::heading)) == "heading");
    CHECK(HsAgreement::heading > HsAgreement::chapter);
}

}  // TEST_SUITE
