// The sandbox: what a script can and cannot reach, the budgets, the protected runner.
#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>

#include "script/sandbox.h"
#include "script_test_support.h"

using namespace clearance::script;
using clearance::script::test::register_scenario;

namespace {

// Runs `source` in a fresh sandbox and returns the result; the returned value is discarded.
RunResult run(const std::string& source, Budgets budgets = {}) {
    Sandbox sb(budgets);
    RunResult r = sb.run_buffer(source, "t.lua");
    if (r.ok()) lua_pop(sb.lua(), 1);
    return r;
}

// Runs `source` (which must return one value) and returns that value as text.
std::string value_of(const std::string& source) {
    Sandbox sb;
    const RunResult r = sb.run_buffer(source, "t.lua");
    REQUIRE_MESSAGE(r.ok(), r.message);
    std::string text = lua_isnil(sb.lua(), -1) ? "nil" : lua_isboolean(sb.lua(), -1)
        ? (lua_toboolean(sb.lua(), -1) ? "true" : "false")
        : lua_tostring(sb.lua(), -1) ? lua_tostring(sb.lua(), -1) : luaL_typename(sb.lua(), -1);
    lua_pop(sb.lua(), 1);
    return text;
}

int add_upvalue(lua_State* L) {
    const lua_Integer base = lua_tointeger(L, lua_upvalueindex(1));
    lua_pushinteger(L, base + luaL_checkinteger(L, 1));
    return 1;
}

int throws_cpp(lua_State* L) {
    return guarded(L, [](lua_State*) -> int { throw std::runtime_error("the HS table is not loaded"); });
}

// A binding that does `n` units of C work and says so.
int busy_binding(lua_State* L) {
    Sandbox::charge(L, luaL_checkinteger(L, 1));
    return 0;
}

int make_userdata(lua_State* L) {
    lua_newuserdatauv(L, 16, 0);
    return 1;
}

}  // namespace

TEST_SUITE("script") {

TEST_CASE("a scenario file returns its table to the caller on top of the stack") {
    Sandbox sb;
    REQUIRE(register_scenario(sb).ok());
    const int before = lua_gettop(sb.lua());
    const RunResult r = sb.run_buffer("return scenario{ id = 'x', steps = { 1, 2, 3 } }", "a/b.lua");
    REQUIRE(r.ok());
    CHECK(r.file == "a/b.lua");
    CHECK(lua_gettop(sb.lua()) == before + 1);
    REQUIRE(lua_istable(sb.lua(), -1));
    lua_getfield(sb.lua(), -1, "id");
    CHECK(std::string(lua_tostring(sb.lua(), -1)) == "x");
    lua_pop(sb.lua(), 2);
}

TEST_CASE("the stack is unchanged after a failed run") {
    Sandbox sb;
    const int before = lua_gettop(sb.lua());
    CHECK(sb.run_buffer("error('no')", "t.lua").kind == ErrorKind::runtime);
    CHECK(sb.run_buffer("return {", "t.lua").kind == ErrorKind::syntax);
    CHECK(sb.run_buffer("while true do end", "t.lua").kind == ErrorKind::cpu_budget);
    CHECK(lua_gettop(sb.lua()) == before);
}

TEST_CASE("dangerous libraries and functions are not reachable") {
    for (const char* expr : {"io", "os", "package", "require", "debug", "dofile", "loadfile", "coroutine",
                             "warn", "string.dump", "string.pack", "string.unpack", "string.packsize",
                             "math.random", "math.randomseed", "utf8.dump"}) {
        CAPTURE(expr);
        CHECK(value_of(std::string("return ") + expr) == "nil");
    }
}

TEST_CASE("the safe libraries work as in stock Lua") {
    CHECK(value_of("return string.format('%05.1f|%s', 3.14159, 'x')") == "003.1|x");
    CHECK(value_of("return ('Hello'):upper() .. ('abc'):rep(2, '-')") == "HELLOabc-abc");
    CHECK(value_of("local t = {3, 1, 2} table.sort(t) return table.concat(t, ',')") == "1,2,3");
    CHECK(value_of("return utf8.char(233, 321) .. utf8.len('été')") == "éŁ3");
    CHECK(value_of("return math.floor(2.7) + math.max(1, 5)") == "7");
    CHECK(value_of("return select('#', pcall(function() return 1, 2 end))") == "3");
    CHECK(value_of("local ok, e = pcall(error, 'boom', 0) return tostring(ok) .. e") == "falseboom");
    CHECK(value_of("return xpcall(function() error('x', 0) end, function(e) return 'handled ' .. e end)") == "false");
    CHECK(value_of("return select(2, xpcall(function() error('x', 0) end, function(e) return 'handled ' .. e end))") == "handled x");
    CHECK(value_of("return select(2, xpcall(function(a, b) return a + b end, print, 2, 3))") == "5");
    CHECK(value_of("return load('return 40 + 2')()") == "42");
    CHECK(value_of("return math.type(collectgarbage('count'))") == "float");
    CHECK(value_of("return ('a,b,,c'):gsub(',', ';')") == "a;b;;c");
    CHECK(value_of("local n = 0 for w in ('one two three'):gmatch('%a+') do n = n + 1 end return n") == "3");
    CHECK(value_of("return table.unpack({1, 2, 3}, 2, 3)") == "2");
    CHECK(value_of("local t = table.move({1, 2, 3}, 1, 3, 2) return #t") == "4");
    CHECK(value_of("local t = {1, 2} table.insert(t, 1, 0) return table.remove(t, 1) + #t") == "2");
    CHECK(value_of("return string.byte('ABC', 2)") == "66");
}

TEST_CASE("load takes text only, never a binary chunk, a chunk name or an environment") {
    const RunResult binary = run("assert(load('\\27Lua\\84\\0\\25\\147\\13\\10\\26\\10\\4\\8\\8'))");
    CHECK(binary.kind == ErrorKind::runtime);
    CHECK(binary.message == "attempt to load a binary chunk (mode is 't')");
    const RunResult env = run("load('return 1', 'x', 't', {})");
    CHECK(env.message.find("only the text") != std::string::npos);
    CHECK(value_of("return select(2, load('return +'))") == "(load):1: unexpected symbol near '+'");
}

TEST_CASE("setmetatable refuses __gc, __close and __mode but keeps ordinary metatables") {
    CHECK(run("setmetatable({}, { __gc = function() end })").message.find("__gc is not allowed") != std::string::npos);
    CHECK(run("setmetatable({}, { __close = function() end })").message.find("__close is not allowed") != std::string::npos);
    CHECK(run("setmetatable({}, { __mode = 'k' })").message.find("__mode is not allowed") != std::string::npos);
    CHECK(value_of("local t = setmetatable({}, { __index = function(_, k) return k .. '!' end }) return t.hi") == "hi!");
    CHECK(value_of("local t = setmetatable({}, { __metatable = 'locked' }) return getmetatable(t)") == "locked");
    CHECK(run("local t = setmetatable({}, { __metatable = 1 }) setmetatable(t, {})").message ==
          "cannot change a protected metatable");
}

TEST_CASE("the string metatable is out of reach and string methods ignore the global string table") {
    CHECK(value_of("return getmetatable('')") == "false");
    CHECK(value_of("string.upper = function() return 'poisoned' end return ('abc'):upper()") == "ABC");
    CHECK(value_of("string = nil return ('abc'):len()") == "3");
}

TEST_CASE("print is captured in the sandbox and capped") {
    Sandbox sb;
    REQUIRE(sb.run_buffer("print('a', 1, nil, true) print(setmetatable({}, { __tostring = function() return 'T' end }))",
                          "t.lua").ok());
    CHECK(sb.printed() == "a\t1\tnil\ttrue\nT\n");
    CHECK_FALSE(sb.printed_truncated());
    REQUIRE(sb.run_buffer("for i = 1, 200 do print(('x'):rep(1000)) end", "t.lua").ok());
    CHECK(sb.printed().size() == printed_max_bytes);
    CHECK(sb.printed_truncated());
}

TEST_CASE("string.rep is capped and an empty result returns at once") {
    CHECK(value_of("return #('ab'):rep(1000, ',')") == "2999");
    CHECK(value_of("return #string.rep('x', 1 << 20)") == std::to_string(string_rep_max_bytes));
    CHECK(run("return string.rep('x', (1 << 20) + 1)").message.find("longer than 1048576 bytes") != std::string::npos);
    CHECK(run("return string.rep('', 3, ('y'):rep(1 << 20))").message.find("string.rep") != std::string::npos);
    const auto start = std::chrono::steady_clock::now();
    CHECK(value_of("return string.rep('', math.maxinteger)") == "");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(200));
}

TEST_CASE("collectgarbage answers only count") {
    CHECK(run("collectgarbage()").message.find("only \"count\"") != std::string::npos);
    CHECK(run("collectgarbage('stop')").message.find("not \"stop\"") != std::string::npos);
}

TEST_CASE("the instruction budget stops a runaway loop and names its line") {
    const RunResult r = run("local n = 0\nwhile true do\n  n = n + 1\nend\n");
    CHECK(r.kind == ErrorKind::cpu_budget);
    CHECK(r.line >= 2);
    CHECK(r.line <= 3);
    CHECK(r.message == "the scenario ran over its CPU budget of 20,000,000 Lua instructions (look for a loop that never ends)");
    CHECK(r.instructions > instruction_budget);
    CHECK(r.instructions < instruction_budget + 2 * 1000);
}

TEST_CASE("pcall, xpcall and load cannot catch a budget error") {
    CHECK(run("for i = 1, 1e9 do pcall(function() while true do end end) end").kind == ErrorKind::cpu_budget);
    CHECK(run("while true do xpcall(function() while true do end end, function() return 'caught' end) end").kind ==
          ErrorKind::cpu_budget);
    CHECK(run("xpcall(function() while true do end end, function() while true do end end)").kind == ErrorKind::cpu_budget);
    CHECK(run("local t = {} while true do pcall(function() t[#t + 1] = {} end) end").kind == ErrorKind::memory_budget);
    CHECK(run("local s = ('x'):rep(1 << 20) local t = {} while true do t[#t + 1] = load('return [[' .. s .. ']]') end").kind ==
          ErrorKind::memory_budget);
}

TEST_CASE("a smaller instruction budget is honoured") {
    Budgets small;
    small.instructions = 100'000;
    const RunResult r = run("for i = 1, 1e6 do end", small);
    CHECK(r.kind == ErrorKind::cpu_budget);
    CHECK(r.message.find("100,000 Lua instructions") != std::string::npos);
    CHECK(run("for i = 1, 1e4 do end", small).ok());
}

TEST_CASE("C work hidden in library calls is charged to the instruction budget") {
    CHECK(run("table.move({}, 1, math.maxinteger - 1, 2)").kind == ErrorKind::cpu_budget);
    CHECK(run("local s = ('x'):rep(1 << 20) while true do s:find('y', 1, true) end").kind == ErrorKind::cpu_budget);
    CHECK(run("table.insert(setmetatable({}, { __len = function() return 1 << 62 end }), 1, 0)").kind ==
          ErrorKind::cpu_budget);
    // ...while ordinary use of the same functions costs little.
    Sandbox sb;
    REQUIRE(sb.run_buffer(R"(
        local t = {}
        for i = 1, 2000 do table.insert(t, i) end
        local s = table.concat(t, ',')
        local n = 0
        for w in s:gmatch('%d+') do n = n + 1 end
        local pos = 1
        while true do
          local a, b = s:find(',', pos, true)
          if not a then break end
          pos = b + 1
        end
        table.sort(t, function(a, b) return a > b end)
        return n)", "t.lua").ok());
    CHECK(sb.instructions_used() < 1'000'000);
    lua_pop(sb.lua(), 1);
}

TEST_CASE("host bindings charge their C work to the same budget") {
    Sandbox sb;
    REQUIRE(sb.register_function("busy", busy_binding).ok());
    const RunResult small = sb.run_buffer("busy(1000) return 1", "t.lua");
    CHECK(small.ok());
    CHECK(small.instructions >= 1000);
    lua_pop(sb.lua(), 1);
    const RunResult r = sb.run_buffer("local n = 0\nfor i = 1, 100 do if pcall(busy, 1000000) then n = n + 1 end end", "t.lua");
    CHECK(r.kind == ErrorKind::cpu_budget);
    CHECK(r.line == 2);
}

TEST_CASE("the memory budget stops growth and the state stays usable") {
    Sandbox sb;
    const RunResult r = sb.run_buffer("local t = {}\nlocal i = 0\nwhile true do i = i + 1; t[i] = { i } end", "m.lua");
    CHECK(r.kind == ErrorKind::memory_budget);
    CHECK(r.line == 3);
    CHECK(r.message == "the scenario ran over its memory budget of 32 MB (look for a table or string that grows without end)");
    CHECK(sb.memory_peak() <= memory_budget_bytes + 256 * 1024);
    const RunResult again = sb.run_buffer("return 1 + 1", "m.lua");
    CHECK(again.ok());
    CHECK(lua_tointeger(sb.lua(), -1) == 2);
    lua_pop(sb.lua(), 1);
}

TEST_CASE("the wall-clock backstop stops work the hook cannot count") {
    Budgets b;
    b.instructions = INT64_MAX / 2;
    b.seconds = 0.2;
    const auto start = std::chrono::steady_clock::now();
    // Each comparison of two 4 MB strings is one instruction and about half a millisecond.
    const RunResult r = run("local s = ('x'):rep(1 << 20) s = s .. s .. s .. s\n"
                            "local t = s:sub(1, -2) .. 'y'\nwhile true do local same = (s == t) end", b);
    CHECK(r.kind == ErrorKind::cpu_budget);
    CHECK(r.message.find("more than 0.2 s") != std::string::npos);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(3));
}

TEST_CASE("each top-level run starts with a fresh instruction budget") {
    Sandbox sb;
    REQUIRE(sb.run_buffer("return function() for i = 1, 4e6 do end end", "t.lua").ok());
    for (int i = 0; i < 3; ++i) {
        lua_pushvalue(sb.lua(), -1);
        const RunResult r = sb.call(0, 0);
        CHECK(r.ok());
        CHECK(r.instructions >= 4'000'000);
        CHECK(r.instructions < instruction_budget);
    }
    lua_pop(sb.lua(), 1);
}

TEST_CASE("call runs a function the file returned, with arguments and results") {
    Sandbox sb;
    REQUIRE(sb.run_buffer("return { setup = function(ctx) return ctx.seed * 2, 'ok' end }", "gen.lua").ok());
    lua_getfield(sb.lua(), -1, "setup");
    lua_newtable(sb.lua());
    lua_pushinteger(sb.lua(), 21);
    lua_setfield(sb.lua(), -2, "seed");
    const int before = lua_gettop(sb.lua());
    REQUIRE(sb.call(1, 2).ok());
    CHECK(lua_gettop(sb.lua()) == before - 2 + 2);
    CHECK(lua_tointeger(sb.lua(), -2) == 42);
    CHECK(std::string(lua_tostring(sb.lua(), -1)) == "ok");
    lua_pop(sb.lua(), 3);

    lua_pushnil(sb.lua());
    const RunResult bad = sb.call(0, 0);
    CHECK(bad.kind == ErrorKind::runtime);
    CHECK(bad.message == "attempt to call a nil value");
    CHECK(lua_gettop(sb.lua()) == 0);
}

TEST_CASE("runtime errors give the file, the line, the message and a traceback") {
    const RunResult r = run("local function check(x)\n  if x > 1 then\n    error('too big: ' .. x)\n  end\nend\ncheck(5)\n");
    CHECK(r.kind == ErrorKind::runtime);
    CHECK(r.file == "t.lua");
    CHECK(r.line == 3);
    CHECK(r.message == "too big: 5");
    CHECK(r.traceback.find("t.lua:3: in ") != std::string::npos);
    CHECK(r.traceback.find("t.lua:6: in main chunk") != std::string::npos);
    CHECK(clearance::core::format_diagnostic(r.diagnostic()) == "t.lua:3: error: too big: 5");

    const RunResult level2 = run("local function f() error('from the caller', 2) end\n\nf()\n");
    CHECK(level2.line == 3);
    CHECK(run("error({ code = 1 })").message == "(error object is a table value)");
    CHECK(run("error(42)").message == "42");
    CHECK(run("error()").message == "(error object is a nil value)");
    CHECK(run("local x = nil\nreturn x.field").message == "attempt to index a nil value (local 'x')");
}

TEST_CASE("syntax errors give the line; a BOM is skipped; a leading # line is refused") {
    const RunResult r = run("return {\n  a = 1,\n  b = = 2,\n}\n");
    CHECK(r.kind == ErrorKind::syntax);
    CHECK(r.line == 3);
    CHECK(r.message == "unexpected symbol near '='");
    CHECK(value_of("\xEF\xBB\xBFreturn 'bom'") == "bom");
    const RunResult shebang = run("#!/usr/bin/lua\nreturn 1\n");
    CHECK(shebang.kind == ErrorKind::syntax);
    CHECK(shebang.line == 1);
    const RunResult deep = run("return " + std::string(300, '(') + "1" + std::string(300, ')'));
    CHECK(deep.kind == ErrorKind::syntax);
    CHECK(deep.message.find("nests too deeply") != std::string::npos);
}

TEST_CASE("long file names are matched the way Lua abbreviates them") {
    const std::string name = "instructors/shared/2024/autumn/valuation/royalties_and_licence_fees_advanced.lua";
    Sandbox sb;
    const RunResult r = sb.run_buffer("\n\nerror('late')", name);
    CHECK(r.file == name);
    CHECK(r.line == 3);
    CHECK(r.message == "late");
}

TEST_CASE("run_file reads a file and refuses a missing or oversized one") {
    Sandbox sb;
    const RunResult missing = sb.run_file("/nonexistent/clearance/x.lua", "x.lua");
    CHECK(missing.kind == ErrorKind::file);
    const auto path = std::filesystem::temp_directory_path() / "clearance_test_huge.lua";
    {
        std::ofstream out(path, std::ios::binary);
        const std::string line = "local x = 'padding padding padding padding padding padding'\n";
        for (std::size_t n = 0; n <= source_max_bytes; n += line.size()) out << line;
    }
    const RunResult huge = sb.run_file(path, "huge.lua");
    CHECK(huge.kind == ErrorKind::file);
    CHECK(huge.message.find("at most 1,048,576 bytes") != std::string::npos);
    std::filesystem::remove(path);
    CHECK(lua_gettop(sb.lua()) == 0);
}

TEST_CASE("register_function exposes a C closure over its upvalues") {
    Sandbox sb;
    lua_pushinteger(sb.lua(), 100);
    REQUIRE(sb.register_function("add", add_upvalue, 1).ok());
    CHECK(lua_gettop(sb.lua()) == 0);
    REQUIRE(sb.run_buffer("return add(23)", "t.lua").ok());
    CHECK(lua_tointeger(sb.lua(), -1) == 123);
    lua_pop(sb.lua(), 1);
    const RunResult bad = sb.run_buffer("return add('x')", "t.lua");
    CHECK(bad.message == "bad argument #1 to 'add' (number expected, got string)");
}

TEST_CASE("a C++ exception in a binding becomes a Lua error") {
    Sandbox sb;
    REQUIRE(sb.register_function("lookup", throws_cpp).ok());
    CHECK(sb.run_buffer("return select(2, pcall(lookup))", "t.lua").ok());
    CHECK(std::string(lua_tostring(sb.lua(), -1)).find("the HS table is not loaded") != std::string::npos);
    lua_pop(sb.lua(), 1);
    const RunResult r = sb.run_buffer("lookup()", "t.lua");
    CHECK(r.kind == ErrorKind::runtime);
    CHECK(r.message == "the HS table is not loaded");
}

TEST_CASE("Sandbox::from finds the sandbox that owns a state") {
    Sandbox a, b;
    CHECK(&Sandbox::from(a.lua()) == &a);
    CHECK(&Sandbox::from(b.lua()) == &b);
}

TEST_CASE("two sandboxes run side by side without sharing globals or budgets") {
    Sandbox a, b;
    REQUIRE(a.run_buffer("shared = 'a' string.rep = nil return 1", "a.lua").ok());
    REQUIRE(b.run_buffer("return shared", "b.lua").ok());
    CHECK(lua_isnil(b.lua(), -1));
    CHECK(b.run_buffer("return string.rep('x', 2)", "b.lua").ok());
    CHECK(a.run_buffer("while true do end", "a.lua").kind == ErrorKind::cpu_budget);
    CHECK(b.run_buffer("for i = 1, 1000 do end return 2", "b.lua").ok());
    CHECK(b.instructions_used() < 10'000);
    lua_settop(a.lua(), 0);
    lua_settop(b.lua(), 0);
}

TEST_CASE("sandboxes on different threads keep their own budgets") {
    RunResult looped, counted;
    std::thread a([&] {
        Sandbox sb;
        looped = sb.run_buffer("while true do end", "a.lua");
    });
    std::thread b([&] {
        Sandbox sb;
        counted = sb.run_buffer("local n = 0 for i = 1, 1e6 do n = n + i end return n", "b.lua");
        if (counted.ok()) lua_pop(sb.lua(), 1);
    });
    a.join();
    b.join();
    CHECK(looped.kind == ErrorKind::cpu_budget);
    CHECK(counted.ok());
    CHECK(counted.instructions < 5'000'000);
}

TEST_CASE("a userdata returned by a host function reaches the caller unchanged") {
    Sandbox sb;
    REQUIRE(sb.register_function("handle", make_userdata).ok());
    REQUIRE(sb.run_buffer("return handle()", "t.lua").ok());
    CHECK(lua_type(sb.lua(), -1) == LUA_TUSERDATA);
    lua_pop(sb.lua(), 1);
}

}  // TEST_SUITE
