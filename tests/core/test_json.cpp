#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>

#include "core/json.h"

using namespace clearance::core;

namespace {

std::string parse_error(const std::string& text, std::size_t max_depth = Json::default_max_depth) {
    try {
        Json::parse(text, max_depth);
    } catch (const JsonParseError& e) {
        return e.what();
    }
    return "(parsed)";
}

// A random document: every type, strings with quotes, backslashes, control characters and
// multi-byte UTF-8, integers at the edges of int64, doubles of every magnitude.
Json random_json(std::mt19937_64& rng, int depth) {
    const int kind = static_cast<int>(rng() % (depth > 3 ? 5 : 7));
    switch (kind) {
        case 0: return Json();
        case 1: return Json(rng() % 2 == 0);
        case 2: {
            const std::int64_t edges[] = {0, -1, std::numeric_limits<std::int64_t>::max(),
                                          std::numeric_limits<std::int64_t>::min(), 9007199254740993};
            return rng() % 3 == 0 ? Json(static_cast<long long>(edges[rng() % 5]))
                                  : Json(static_cast<long long>(static_cast<std::int64_t>(rng())));
        }
        case 3: {
            const double d = std::ldexp(static_cast<double>(rng() % 1000000) - 500000.0, static_cast<int>(rng() % 200) - 100);
            return Json(d);
        }
        case 4: {
            const char* pieces[] = {"a", "\"", "\\", "\n", "\t", "\x01", "\x1f", "é", "€", "😀", "/", " ", "\x7f"};
            std::string s;
            for (int k = static_cast<int>(rng() % 8); k > 0; --k) s += pieces[rng() % 13];
            return Json(s);
        }
        case 5: {
            Json a = Json::array();
            for (int k = static_cast<int>(rng() % 4); k > 0; --k) a.push_back(random_json(rng, depth + 1));
            return a;
        }
        default: {
            Json o = Json::object();
            for (int k = static_cast<int>(rng() % 4); k > 0; --k)
                o.set("k" + std::to_string(rng() % 6), random_json(rng, depth + 1));
            return o;
        }
    }
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("JSON values of every type parse to what they say") {
    const Json v = Json::parse(R"({"n": null, "t": true, "f": false, "i": -42, "d": 2.5, "e": 1e3,
                                   "s": "caf\u00e9 \ud83d\ude00", "a": [1, "x", []], "o": {}})");
    CHECK(v.at("n").is_null());
    CHECK(v.at("t").as_bool() == true);
    CHECK(v.at("f").as_bool() == false);
    CHECK(v.at("i").is_integer());
    CHECK(v.at("i").as_int() == -42);
    CHECK(v.at("d").as_double() == 2.5);
    CHECK(v.at("e").type() == JsonType::real);
    CHECK(v.at("e").as_int() == 1000);
    CHECK(v.at("s").as_string() == "café 😀");
    CHECK(v.at("a").size() == 3);
    CHECK(v.at("a").at(1).as_string() == "x");
    CHECK(v.at("o").is_object());
    CHECK(v.at("o").size() == 0);
}

TEST_CASE("integers stay exact across the whole int64 range") {
    struct Case {
        const char* text;
        std::int64_t value;
    };
    const Case cases[] = {
        {"9223372036854775807", std::numeric_limits<std::int64_t>::max()},
        {"-9223372036854775808", std::numeric_limits<std::int64_t>::min()},
        {"9007199254740993", 9007199254740993},  // not representable as a double
        {"0", 0},
        {"-0", 0},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        const Json v = Json::parse(c.text);
        CHECK(v.is_integer());
        CHECK(v.as_int() == c.value);
        CHECK(Json::parse(v.dump()).as_int() == c.value);
    }
    // Beyond int64 the magnitude survives as a double.
    const Json big = Json::parse("18446744073709551616");
    CHECK(big.type() == JsonType::real);
    CHECK(big.as_double() == 18446744073709551616.0);
    CHECK(Json(std::numeric_limits<std::uint64_t>::max()).type() == JsonType::real);
    CHECK(Json(std::size_t{7}).as_int() == 7);
}

TEST_CASE("numbers are written so they read back as the same type and value") {
    struct Case {
        Json value;
        const char* text;
    };
    const Case cases[] = {
        {Json(0.1), "0.1"},
        {Json(2.0), "2.0"},
        {Json(-0.0), "-0.0"},
        {Json(1e300), "1e+300"},
        {Json(123456789), "123456789"},
        {Json(std::nan("")), "null"},
        {Json(std::numeric_limits<double>::infinity()), "null"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        CHECK(c.value.dump() == c.text);
    }
    CHECK(Json::parse(Json(2.0).dump()).type() == JsonType::real);
    CHECK(Json::parse("1e-400").as_double() == 0.0);  // underflow is zero
}

TEST_CASE("objects keep their members in insertion order") {
    Json o = Json::object();
    o.set("zeta", 1).set("alpha", 2).set("mid", 3);
    CHECK(o.dump() == R"({"zeta":1,"alpha":2,"mid":3})");
    o.set("alpha", "two");  // replacing keeps the place
    CHECK(o.dump() == R"({"zeta":1,"alpha":"two","mid":3})");
    CHECK(Json::parse(R"({"b":1,"a":2})").dump() == R"({"b":1,"a":2})");
}

TEST_CASE("pretty output indents by two spaces and keeps empty containers on one line") {
    Json o = Json::object();
    o.set("name", "Coffee").set("codes", Json::array({"0901.21", 2})).set("empty", Json::array()).set("none", Json::object());
    CHECK(o.dump(JsonStyle::pretty) ==
          "{\n"
          "  \"name\": \"Coffee\",\n"
          "  \"codes\": [\n"
          "    \"0901.21\",\n"
          "    2\n"
          "  ],\n"
          "  \"empty\": [],\n"
          "  \"none\": {}\n"
          "}");
    CHECK(Json::parse(o.dump(JsonStyle::pretty)) == o);
}

TEST_CASE("strings are escaped as JSON requires and UTF-8 passes through") {
    struct Case {
        std::string value;
        const char* text;
    };
    const Case cases[] = {
        {"plain", R"("plain")"},
        {"say \"hi\"", R"("say \"hi\"")"},
        {"back\\slash", R"("back\\slash")"},
        {"line\nbreak\ttab\r", R"("line\nbreak\ttab\r")"},
        {std::string("\x01\x1f\b\f", 4), R"("\u0001\u001F\b\f")"},
        {"café 😀 €", "\"café 😀 €\""},
        {"a/b", "\"a/b\""},
        {std::string("bad\xFFutf8"), "\"bad\xEF\xBF\xBDutf8\""},  // invalid bytes become U+FFFD
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        CHECK(Json(c.value).dump() == c.text);
    }
    CHECK(Json::parse(R"("\"\\\/\b\f\n\r\t\u0041\u00E9")").as_string() == "\"\\/\b\f\n\r\tAé");
}

TEST_CASE("malformed JSON is reported as line:column: what") {
    struct Case {
        std::string text;
        const char* error;
    };
    const Case cases[] = {
        {"", "1:1: empty document, expected a value"},
        {R"({"a": 1,})", "1:9: trailing comma in an object"},
        {"[1, 2,]", "1:7: trailing comma in an array"},
        {R"({"a" 1})", "1:6: expected ':' after member name, found '1'"},
        {R"({"a": 1 "b": 2})", "1:9: expected ',' or '}' after object member, found '\"'"},
        {"{\n  \"a\": 1,\n  \"b\": [1 2]\n}", "3:11: expected ',' or ']' after array element, found '2'"},
        {"[1] x", "1:5: unexpected 'x' after the JSON value"},
        {"{} {}", "1:4: unexpected '{' after the JSON value"},
        {R"("abc)", "1:1: unterminated string"},
        {R"("a\qb")", "1:3: invalid escape '\\q' in string"},
        {R"("\u12G4")", "1:2: invalid \\u escape, expected 4 hex digits"},
        {R"("\ud800")", "1:2: unpaired surrogate \\uD800 in string"},
        {R"("\udc00x")", "1:2: unpaired surrogate \\uDC00 in string"},
        {R"("\ud800\u0041")", "1:2: unpaired surrogate \\uD800 in string"},
        {"\"a\tb\"", "1:3: control character U+0009 in string must be escaped"},
        {"\"a\nb\"", "1:3: unterminated string (a line break must be written as \\n)"},
        {"\"\xC3\x28\"", "1:2: invalid UTF-8 in string"},
        {"\"\xED\xA0\x80\"", "1:2: invalid UTF-8 in string"},  // a surrogate encoded in UTF-8
        {"01", "1:1: invalid number, leading zeros are not allowed"},
        {"-", "1:2: invalid number, expected a digit after '-'"},
        {"1.", "1:3: invalid number, expected a digit after '.'"},
        {"1e", "1:3: invalid number, expected a digit in the exponent"},
        {".5", "1:1: expected a value, found '.'"},
        {"+1", "1:1: expected a value, found '+'"},
        {"1e400", "1:1: number out of range"},
        {"tru", "1:1: invalid literal, expected true, false or null"},
        {"nulls", "1:1: invalid literal, expected true, false or null"},
        {"True", "1:1: expected a value, found 'T'"},
        {"['a']", "1:2: strings must be in double quotes"},
        {"// note\n1", "1:1: comments are not allowed in JSON"},
        {R"({"a":1,"a":2})", "1:8: duplicate member name \"a\""},
        {"[1,,2]", "1:4: expected a value, found ','"},
        {R"({"a":})", "1:6: expected a value, found '}'"},
        {"{", "1:2: expected a member name in double quotes, found end of input"},
        {"{1:2}", "1:2: expected a member name in double quotes, found '1'"},
        {"[", "1:2: unexpected end of input, expected a value"},
        {"[\"é\", x]", "1:7: expected a value, found 'x'"},  // columns count characters
        {"[1]\x01", "1:4: unexpected control character U+0001 after the JSON value"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        CHECK(parse_error(c.text) == c.error);
    }
}

TEST_CASE("parse errors carry their line and column") {
    try {
        Json::parse("{\n\n   x");
        FAIL("parsed");
    } catch (const JsonParseError& e) {
        CHECK(e.line() == 3);
        CHECK(e.column() == 4);
    }
}

TEST_CASE("nesting is limited so hostile input cannot exhaust the stack") {
    const std::string ok = std::string(256, '[') + std::string(256, ']');
    CHECK(Json::parse(ok).is_array());
    const std::string deep = std::string(257, '[') + std::string(257, ']');
    CHECK(parse_error(deep) == "1:257: nesting deeper than 256 levels");
    CHECK(parse_error(std::string(100000, '[')) == "1:257: nesting deeper than 256 levels");
    CHECK(parse_error(R"({"a":{"b":{}}})", 2) == "1:11: nesting deeper than 2 levels");
}

TEST_CASE("a leading byte order mark is accepted, one elsewhere is not") {
    CHECK(Json::parse("\xEF\xBB\xBF{\"a\":1}").at("a").as_int() == 1);
    CHECK(parse_error("[\xEF\xBB\xBF]") == "1:2: expected a value, found '\xEF\xBB\xBF'");
}

TEST_CASE("typed access names the expected and the actual type") {
    const Json v = Json::parse(R"({"n": 5, "d": 2.5, "s": "x", "a": [1]})");
    auto message = [](auto&& f) -> std::string {
        try {
            f();
        } catch (const JsonTypeError& e) {
            return e.what();
        }
        return "(no error)";
    };
    CHECK(message([&] { (void)v.at("n").as_string(); }) == "expected string, found integer");
    CHECK(message([&] { (void)v.at("s").as_int(); }) == "expected integer, found string");
    CHECK(message([&] { (void)v.at("d").as_int(); }) == "expected an integer, found the number 2.5");
    CHECK(message([&] { (void)v.at("missing"); }) == "missing member \"missing\"");
    CHECK(message([&] { (void)v.at("a").at(3); }) == "index 3 out of range (size 1)");
    CHECK(message([&] { (void)v.at("a").as_object(); }) == "expected object, found array");
    CHECK(message([&] { (void)v.at("n").at("x"); }) == "expected object, found integer");
    CHECK(message([&] { Json s("x"); s.push_back(1); }) == "expected array, found string");
    CHECK(v.find("missing") == nullptr);
    CHECK(v.at("s").find("x") == nullptr);
    CHECK(v.at("n").as_double() == 5.0);
}

TEST_CASE("null grows into an array or object on first use") {
    Json a;
    a.push_back(1).push_back("two");
    CHECK(a.dump() == R"([1,"two"])");
    Json o;
    o.set("k", true);
    CHECK(o.dump() == R"({"k":true})");
    CHECK(o.contains("k"));
}

TEST_CASE("equality is deep, numeric across integer and real, and ignores member order") {
    CHECK(Json(1) == Json(1.0));
    CHECK_FALSE(Json(1) == Json(1.5));
    CHECK_FALSE(Json(9007199254740993LL) == Json(9007199254740992.0));
    CHECK(Json::parse(R"({"a":1,"b":[true,null]})") == Json::parse(R"({"b":[true,null],"a":1.0})"));
    CHECK_FALSE(Json::parse(R"({"a":1})") == Json::parse(R"({"a":1,"b":2})"));
    CHECK_FALSE(Json::parse("[1,2]") == Json::parse("[2,1]"));
    CHECK_FALSE(Json("1") == Json(1));
    CHECK_FALSE(Json() == Json(false));
}

TEST_CASE("random documents survive a round trip through compact and pretty text") {
    std::mt19937_64 rng(42);
    for (int i = 0; i < 500; ++i) {
        const Json doc = random_json(rng, 0);
        const std::string compact = doc.dump();
        CAPTURE(compact);
        const Json back = Json::parse(compact);
        CHECK(back == doc);
        CHECK(back.dump() == compact);  // the writer is canonical for what the parser reads
        CHECK(Json::parse(doc.dump(JsonStyle::pretty)) == doc);
    }
}

TEST_CASE("damaged documents either parse or fail with a located error, never anything else") {
    std::mt19937_64 rng(7);
    const char alphabet[] = "{}[]\",:\\ \n0123456789-+.eEtrufalsn\x01\x7f\xC3\xA9\xED\xF0";
    std::size_t failed = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string text = random_json(rng, 0).dump(i % 2 ? JsonStyle::pretty : JsonStyle::compact);
        for (int k = 1 + static_cast<int>(rng() % 3); k > 0; --k) {
            const std::size_t at = text.empty() ? 0 : rng() % text.size();
            const char c = alphabet[rng() % (sizeof alphabet - 1)];
            switch (rng() % 3) {
                case 0: if (!text.empty()) text[at] = c; break;
                case 1: text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), c); break;
                default: if (!text.empty()) text.erase(at, 1); break;
            }
        }
        CAPTURE(text);
        try {
            const Json v = Json::parse(text);
            CHECK(Json::parse(v.dump()) == v);
        } catch (const JsonParseError& e) {
            const std::string what = e.what();
            CHECK(what.rfind(std::to_string(e.line()) + ":" + std::to_string(e.column()) + ": ", 0) == 0);
            CHECK(e.line() >= 1);
            CHECK(e.column() >= 1);
            ++failed;
        }
    }
    CHECK(failed > 1000);  // most damage is detected
}

}  // TEST_SUITE
