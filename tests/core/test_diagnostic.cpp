// Diagnostic: the one-line "file:line: severity: field: message" form authors and editors read.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/diagnostic.h"

using namespace clearance::core;

TEST_SUITE("core") {

TEST_CASE("a diagnostic formats as file:line: severity: field: message") {
    Diagnostic d;
    d.file = "valuation/royalty.lua";
    d.line = 42;
    d.field = "steps[3].answer";
    d.message = "\"85x7\" is not an HS code";
    CHECK(format_diagnostic(d) == "valuation/royalty.lua:42: error: steps[3].answer: \"85x7\" is not an HS code");
}

TEST_CASE("unknown parts of a diagnostic are left out") {
    Diagnostic d;
    d.message = "no scenarios found";
    CHECK(format_diagnostic(d) == "error: no scenarios found");
    d.file = "a.lua";
    CHECK(format_diagnostic(d) == "a.lua: error: no scenarios found");
    d.severity = Severity::warning;
    d.field = "title.fr";
    CHECK(format_diagnostic(d) == "a.lua: warning: title.fr: no scenarios found");
    d.severity = Severity::note;
    d.line = 7;
    d.field.clear();
    CHECK(format_diagnostic(d) == "a.lua:7: note: no scenarios found");
}

TEST_CASE("severities have their lowercase names") {
    CHECK(std::string(severity_name(Severity::error)) == "error");
    CHECK(std::string(severity_name(Severity::warning)) == "warning");
    CHECK(std::string(severity_name(Severity::note)) == "note");
}

TEST_CASE("control characters and invalid UTF-8 are escaped, valid UTF-8 is kept") {
    CHECK(escape_for_display("café Łódź Привет") == "café Łódź Привет");
    CHECK(escape_for_display("a\nb\tc\r") == "a\\nb\\tc\\r");
    CHECK(escape_for_display("\x1b[2Jclear") == "\\x1b[2Jclear");
    CHECK(escape_for_display("caf\xe9") == "caf\\xe9");
    CHECK(escape_for_display("\xff\xfe") == "\\xff\\xfe");
    CHECK(escape_for_display("\xc0\xaf") == "\\xc0\\xaf");              // overlong '/'
    CHECK(escape_for_display("\xed\xa0\x80") == "\\xed\\xa0\\x80");      // a UTF-16 surrogate
    CHECK(escape_for_display("\xc2\x9b") == "\\xc2\\x9b");              // C1 control CSI
    CHECK(escape_for_display(std::string("a\0b", 3)) == "a\\x00b");
    Diagnostic d;
    d.file = "evil\x1b]0;title\x07.lua";
    d.message = "bad\nline";
    CHECK(format_diagnostic(d) == "evil\\x1b]0;title\\x07.lua: error: bad\\nline");
}

TEST_CASE("the first invalid UTF-8 byte is found by its offset") {
    CHECK(invalid_utf8_offset("plain ascii") == std::string_view::npos);
    CHECK(invalid_utf8_offset("été") == std::string_view::npos);
    CHECK(invalid_utf8_offset("ab\xff") == 2);
    CHECK(invalid_utf8_offset("\xe2\x82") == 0);  // cut short
    CHECK(invalid_utf8_offset("\xf4\x90\x80\x80") == 0);  // above U+10FFFF
    CHECK(invalid_utf8_offset("\xf0\x9f\x98\x80") == std::string_view::npos);  // U+1F600
}

TEST_CASE("field paths use dots for names, brackets for indices and quotes for other keys") {
    CHECK(field_path_key("", "steps") == "steps");
    CHECK(field_path_index("steps", 3) == "steps[3]");
    CHECK(field_path_key(field_path_index("steps", 3), "answer") == "steps[3].answer");
    CHECK(field_path_key("prices", "unit price") == "prices[\"unit price\"]");
    CHECK(field_path_key("", "2nd") == "[\"2nd\"]");
    CHECK(field_path_key("a", "say \"hi\"") == "a[\"say \\\"hi\\\"\"]");
    CHECK(field_path_index("", -1) == "[-1]");
}

TEST_CASE("errors are counted apart from warnings and notes") {
    std::vector<Diagnostic> ds(4);
    ds[1].severity = Severity::warning;
    ds[2].severity = Severity::note;
    CHECK(count_errors(ds) == 2);
    CHECK(count_errors({}) == 0);
}

}  // TEST_SUITE
