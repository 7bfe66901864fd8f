// check_returned_table: the returned value must be a table of plain data, read without running
// script code.
#include <doctest/doctest.h>

#include <string>

#include "script/plain_data.h"
#include "script/sandbox.h"
#include "script_test_support.h"

using namespace clearance::script;

namespace {

// Loads `source` and checks its returned value; the stack is left as it was.
RunResult check(const std::string& source) {
    Sandbox sb;
    REQUIRE(test::register_scenario(sb).ok());
    const RunResult loaded = sb.run_buffer(source, "p.lua");
    REQUIRE_MESSAGE(loaded.ok(), loaded.message);
    const int before = lua_gettop(sb.lua());
    RunResult r = check_returned_table(sb, -1, "p.lua");
    CHECK(lua_gettop(sb.lua()) == before);
    lua_pop(sb.lua(), 1);
    return r;
}

int make_userdata(lua_State* L) {
    lua_newuserdatauv(L, 8, 0);
    return 1;
}

}  // namespace

TEST_SUITE("script") {

TEST_CASE("nested plain data with functions passes") {
    CHECK(check(test::clean_scenario_source()).ok());
    CHECK(check("return { setup = function(ctx) return 1 end, n = 3, f = 2.5, b = false, t = { { 'é' } } }").ok());
    CHECK(check("return {}").ok());
}

TEST_CASE("a file that does not return a table is told what to return") {
    const RunResult nothing = check("local x = 1");
    CHECK(nothing.kind == ErrorKind::bad_result);
    CHECK(nothing.message == "the file returned nothing; it must end with `return scenario{ ... }`");
    CHECK(check("return function() end").message ==
          "the file returned a function; it must return a table, e.g. `return scenario{ ... }`");
    CHECK(check("return 'scenario'").message.find("returned a string") != std::string::npos);
    CHECK(check("return 42").message.find("returned a number") != std::string::npos);
}

TEST_CASE("NaN and infinities are reported with their field path") {
    const RunResult nan = check("return scenario{ id = 'n', price = 0/0 }");
    CHECK(nan.kind == ErrorKind::bad_result);
    CHECK(nan.field == "price");
    CHECK(nan.message.find("NaN") != std::string::npos);
    const RunResult inf = check("return { steps = { { kind = 'brief' }, { kind = 'value', quantity = -math.huge } } }");
    CHECK(inf.field == "steps[2].quantity");
    CHECK(inf.message == "is infinite (-math.huge or -1/0)");
    CHECK(clearance::core::format_diagnostic(inf.diagnostic()) ==
          "p.lua: error: steps[2].quantity: is infinite (-math.huge or -1/0)");
}

TEST_CASE("keys must be names or integer positions") {
    CHECK(check("return { steps = { [1.5] = 1 } }").message == "has the key 1.5; keys must be names or integer positions");
    CHECK(check("return { [true] = 1 }").message == "has the key true; keys must be names or integer positions");
    const RunResult table_key = check("return { x = { [{}] = 1 } }");
    CHECK(table_key.field == "x");
    CHECK(table_key.message.find("has the key table") == 0);
    CHECK(check("return { ['unit price'] = 0/0 }").field == "[\"unit price\"]");
}

TEST_CASE("text must be valid UTF-8, in values and in names") {
    const RunResult value = check("return { title = 'caf\\xe9' }");
    CHECK(value.field == "title");
    CHECK(value.message == "is not valid UTF-8 text (byte 0xe9 at offset 3)");
    CHECK(check("return { ['\\xff'] = 1 }").message == "is a field name that is not valid UTF-8 text");
}

TEST_CASE("a table that contains itself is refused but a shared table is fine") {
    const RunResult cycle = check("local t = { a = { } } t.a.back = t return t");
    CHECK(cycle.field == "a.back");
    CHECK(cycle.message == "is a table that contains itself (a cycle)");
    CHECK(check("local shared = { 1, 2 } return { a = shared, b = shared, c = { shared } }").ok());
}

TEST_CASE("depth and size are bounded") {
    std::string deep = "return ";
    for (int i = 0; i < plain_data_max_depth + 2; ++i) deep += "{ ";
    for (int i = 0; i < plain_data_max_depth + 2; ++i) deep += "} ";
    CHECK(check(deep).message.find("more than 32 levels deep") != std::string::npos);
    CHECK(check("local t = {} for i = 1, 250000 do t[i] = i end return t").message.find("more than 200000 values") !=
          std::string::npos);
}

TEST_CASE("the first problem is reported in key order: integers, then names") {
    CHECK(check("return { b = 0/0, a = 0/0, [2] = 0/0, [1] = 0/0 }").field == "[1]");
    CHECK(check("return { b = 0/0, a = 0/0 }").field == "a");
    CHECK(check("return { steps = { [10] = 0/0, [9] = 0/0 } }").field == "steps[9]");
}

TEST_CASE("metatables are not consulted, so no script code runs during the check") {
    CHECK(check("return setmetatable({ a = 1 }, { __index = function() while true do end end, "
                "__pairs = function() error('ran') end })").ok());
}

TEST_CASE("a userdata in the data is named") {
    Sandbox sb;
    REQUIRE(sb.register_function("handle", make_userdata).ok());
    REQUIRE(sb.run_buffer("return { h = handle() }", "u.lua").ok());
    const RunResult r = check_returned_table(sb, -1, "u.lua");
    CHECK(r.field == "h");
    CHECK(r.message.find("is a userdata value") == 0);
    lua_pop(sb.lua(), 1);
    REQUIRE(sb.run_buffer("return handle()", "u.lua").ok());
    CHECK(check_returned_table(sb, -1, "u.lua").message.find("returned a userdata") != std::string::npos);
    lua_pop(sb.lua(), 1);
}

}  // TEST_SUITE
