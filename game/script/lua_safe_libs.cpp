// The sandbox's library: base, string, table, math and utf8 as stock Lua 5.4 opens them, then
// trimmed and wrapped. Each replacement reaches its SandboxCore through upvalue 1.
//
// Three rules shape this file:
//   1. A script must not be able to catch a budget error: pcall, xpcall and load re-raise once a
//      limit is hit, and xpcall never runs the script's handler for a budget error (Lua would run
//      it with hooks off, so a looping handler would never be stopped).
//   2. Work done in C must be paid for: stock functions that loop in C over their arguments
//      (pattern scans, table shifts, table.move over nils, string.rep) are charged to the
//      instruction budget before they run, in proportion to the work.
//   3. What scenarios do not need is not offered (STACK.md: Debian's 5.4.4 has crash bugs).
#include <algorithm>
#include <cmath>
#include <cstring>
#include <initializer_list>

#include "script/sandbox_internal.h"

namespace clearance::script {

namespace {

SandboxCore* upvalue_core(lua_State* L) {
    return static_cast<SandboxCore*>(lua_touserdata(L, lua_upvalueindex(1)));
}

// After a protected call inside the script: a budget error goes on up, anything else is caught.
// Stack: [..., error object]. Returns the results count for pcall/xpcall.
int caught_or_raised(lua_State* L, SandboxCore* c, int status) {
    if (status == LUA_ERRMEM) c->hit_memory();
    if (c->limit_hit()) return lua_error(L);
    lua_pushboolean(L, 0);
    lua_pushvalue(L, -2);
    return 2;  // false, error object
}

// pcall(f, ...): stack [f, args...] -> [true, f, args...] -> [true, results...] on success.
int safe_pcall(lua_State* L) {
    SandboxCore* c = upvalue_core(L);
    luaL_checkany(L, 1);
    lua_pushboolean(L, 1);
    lua_insert(L, 1);
    const int status = lua_pcall(L, lua_gettop(L) - 2, LUA_MULTRET, 0);
    if (status == LUA_OK) return lua_gettop(L);
    return caught_or_raised(L, c, status);
}

// The handler xpcall really installs. Upvalue 2: the script's handler.
int xpcall_handler(lua_State* L) {
    SandboxCore* c = upvalue_core(L);
    if (c->limit_hit()) return 1;  // the budget error, unchanged; the script's handler is not run
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

// xpcall(f, handler, ...): stack becomes [f, wrapped handler, true, f, args...].
int safe_xpcall(lua_State* L) {
    SandboxCore* c = upvalue_core(L);
    const int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushlightuserdata(L, c);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, xpcall_handler, 2);
    lua_replace(L, 2);
    lua_pushboolean(L, 1);
    lua_pushvalue(L, 1);
    lua_rotate(L, 3, 2);
    const int status = lua_pcall(L, n - 2, LUA_MULTRET, 2);
    if (status == LUA_OK) return lua_gettop(L) - 2;
    return caught_or_raised(L, c, status);
}

// load(text): text chunks only, in the global environment; no reader functions, chunk names,
// modes or environments, so neither bytecode nor a forged file name can come in this way.
int safe_load(lua_State* L) {
    SandboxCore* c = upvalue_core(L);
    std::size_t len = 0;
    const char* text = luaL_checklstring(L, 1, &len);
    luaL_argcheck(L, lua_isnoneornil(L, 2) && lua_isnoneornil(L, 3) && lua_isnoneornil(L, 4), 2,
                  "scenarios pass only the text to load (no chunk name, mode or environment)");
    const int status = luaL_loadbufferx(L, text, len, "=(load)", "t");
    if (status == LUA_OK) return 1;
    if (status == LUA_ERRMEM) {
        c->hit_memory();
        return lua_error(L);
    }
    luaL_pushfail(L);
    lua_insert(L, -2);
    return 2;  // fail, message
}

int safe_setmetatable(lua_State* L) {
    struct Refused {
        const char* field;
        const char* why;
    };
    static const Refused refused[] = {
        {"__gc", "finalizers run outside the sandbox's budgets"},
        {"__close", "to-be-closed variables are not available in scenarios"},
        {"__mode", "weak tables would make a scenario depend on when memory is collected"},
    };
    luaL_checktype(L, 1, LUA_TTABLE);
    const int type = lua_type(L, 2);
    luaL_argexpected(L, type == LUA_TNIL || type == LUA_TTABLE, 2, "nil or table");
    if (type == LUA_TTABLE) {
        for (const Refused& r : refused) {
            lua_pushstring(L, r.field);
            const bool present = lua_rawget(L, 2) != LUA_TNIL;
            lua_pop(L, 1);
            if (present) return luaL_argerror(L, 2, lua_pushfstring(L, "%s is not allowed: %s", r.field, r.why));
        }
    }
    if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL)
        return luaL_error(L, "cannot change a protected metatable");
    lua_settop(L, 2);
    lua_setmetatable(L, 1);
    return 1;
}

int safe_collectgarbage(lua_State* L) {
    const char* option = luaL_optstring(L, 1, "collect");
    if (std::strcmp(option, "count") != 0)
        return luaL_argerror(L, 1, lua_pushfstring(L, "only \"count\" is available in scenarios, not \"%s\"", option));
    const int kilobytes = lua_gc(L, LUA_GCCOUNT);
    const int bytes = lua_gc(L, LUA_GCCOUNTB);
    lua_pushnumber(L, static_cast<lua_Number>(kilobytes) + static_cast<lua_Number>(bytes) / 1024.0);
    return 1;
}

// print(...): same text as stock print, kept in the sandbox instead of written to stdout.
int safe_print(lua_State* L) {
    SandboxCore* c = upvalue_core(L);
    const int n = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; ++i) {
        if (i > 1) luaL_addchar(&b, '\t');
        luaL_tolstring(L, i, nullptr);
        luaL_addvalue(&b);
    }
    luaL_addchar(&b, '\n');
    luaL_pushresult(&b);
    std::size_t len = 0;
    const char* text = lua_tolstring(L, -1, &len);
    c->append_printed(text, len);
    return 0;
}

// string.rep(s, n [, sep]) with the result capped at string_rep_max_bytes. An empty result
// returns at once (stock Lua loops n times in C for string.rep("", math.maxinteger)).
int safe_rep(lua_State* L) {
    std::size_t len = 0, sep_len = 0;
    const char* s = luaL_checklstring(L, 1, &len);
    const lua_Integer n = luaL_checkinteger(L, 2);
    const char* sep = luaL_optlstring(L, 3, "", &sep_len);
    if (n <= 0 || (len == 0 && sep_len == 0)) {
        lua_pushliteral(L, "");
        return 1;
    }
    const std::size_t cap = string_rep_max_bytes;
    const auto count = static_cast<unsigned long long>(n);
    bool over = len > 0 && count > cap / len;
    std::size_t total = over ? 0 : static_cast<std::size_t>(count) * len;
    if (!over && sep_len > 0) {
        over = count - 1 > (cap - total) / sep_len;
        if (!over) total += static_cast<std::size_t>(count - 1) * sep_len;
    }
    if (over)
        return luaL_error(L, "string.rep: the result would be longer than %d bytes, the limit for scenarios",
                          static_cast<int>(cap));
    // result = s .. (sep .. s) * (n - 1). The pieces are doubled by copying what is already
    // written, so the work is a few large memcpy calls: ("x"):rep(1000) one byte at a time cost
    // 5 us, 200 times what the allocator charges for 1 KB.
    luaL_Buffer b;
    char* out = luaL_buffinitsize(L, &b, total);  // allocation: charged by the allocator
    std::memcpy(out, s, len);
    const std::size_t piece = sep_len + len;
    const auto pieces = static_cast<std::size_t>(n - 1);
    if (pieces > 0 && piece > 0) {
        char* first = out + len;
        std::memcpy(first, sep, sep_len);
        std::memcpy(first + sep_len, s, len);
        std::size_t done = 1;
        while (done < pieces) {
            const std::size_t more = std::min(done, pieces - done);
            std::memcpy(first + done * piece, first, more * piece);
            done += more;
        }
    }
    luaL_pushresultsize(&b, total);
    return 1;
}

// --- charged wrappers ----------------------------------------------------------------------------

// scan_all: the whole subject (gsub, utf8.len, utf8.offset); scan_from: from the init argument 3
// on (find, match, gmatch); slice: one value pushed per byte of s[i..j] (string.byte,
// utf8.codepoint). Charging the whole subject on every find(s, p, init) would make a legitimate
// left-to-right parse quadratic.
enum class Cost : int { scan_all, scan_from, slice, insert, remove, concat, unpack, move, sort };

// Number of elements from first to last inclusive, without overflow, at most INT64_MAX.
std::int64_t span(lua_Integer first, lua_Integer last) {
    if (last < first) return 0;
    const auto n = static_cast<lua_Unsigned>(last) - static_cast<lua_Unsigned>(first);
    return n >= static_cast<lua_Unsigned>(INT64_MAX) ? INT64_MAX : static_cast<std::int64_t>(n + 1);
}

// A shifted or moved element is a lua_geti plus a lua_seti through the API, measured at about
// twice the time of one VM instruction (insert at the front of 100,000 elements in a loop).
constexpr std::int64_t instructions_per_moved_element = 2;

std::int64_t moved(std::int64_t elements) {
    return elements > INT64_MAX / instructions_per_moved_element ? INT64_MAX
                                                                 : elements * instructions_per_moved_element;
}

// Integer argument k, or fallback when absent. Sets ok to false when it is not an integer: the
// stock function will then raise its own precise error, so nothing is charged.
lua_Integer integer_arg(lua_State* L, int k, lua_Integer fallback, bool& ok) {
    if (lua_isnoneornil(L, k)) return fallback;
    int isnum = 0;
    const lua_Integer v = lua_tointegerx(L, k, &isnum);
    if (!isnum) ok = false;
    return v;
}

// A string position as lstrlib reads it: negative counts from the end, 0 and below become 1.
lua_Integer position(lua_Integer pos, lua_Integer len) {
    if (pos > 0) return pos;
    if (pos == 0 || pos < -len) return 1;
    return len + pos + 1;
}

// The work the stock function is about to do, in instructions. Stack untouched (luaL_len pushes
// nothing); may run a __len metamethod, which the stock function would run too.
std::int64_t estimate(lua_State* L, Cost cost) {
    bool ok = true;
    if (cost == Cost::scan_all || cost == Cost::scan_from || cost == Cost::slice) {
        if (lua_type(L, 1) != LUA_TSTRING) return 0;  // numbers are short; others raise
        std::size_t size = 0;
        lua_tolstring(L, 1, &size);
        const auto len = static_cast<lua_Integer>(size);
        if (cost == Cost::scan_all) return static_cast<std::int64_t>(size / bytes_per_instruction_scanned);
        const lua_Integer first = position(integer_arg(L, cost == Cost::slice ? 2 : 3, 1, ok), len);
        if (!ok) return 0;
        if (cost == Cost::scan_from)
            return first > len ? 0 : span(first, len) / static_cast<std::int64_t>(bytes_per_instruction_scanned);
        const lua_Integer last = position(integer_arg(L, 3, first, ok), len);
        return ok ? span(first, last < len ? last : len) : 0;
    }
    if (lua_type(L, 1) != LUA_TTABLE) return 0;  // the stock function raises its own error
    switch (cost) {
    case Cost::insert: {  // table.insert(t, pos, v) shifts #t - pos + 1 elements
        if (lua_gettop(L) != 3) return 1;
        const lua_Integer pos = integer_arg(L, 2, 1, ok);
        return ok ? moved(span(pos, luaL_len(L, 1))) : 0;
    }
    case Cost::remove: {  // table.remove(t, pos) shifts #t - pos elements
        if (lua_gettop(L) < 2) return 1;
        const lua_Integer pos = integer_arg(L, 2, 1, ok);
        return ok ? moved(span(pos, luaL_len(L, 1))) : 0;
    }
    case Cost::concat: {
        const lua_Integer first = integer_arg(L, 3, 1, ok);
        const lua_Integer last = lua_isnoneornil(L, 4) ? luaL_len(L, 1) : integer_arg(L, 4, 0, ok);
        return ok ? span(first, last) : 0;
    }
    case Cost::unpack: {
        const lua_Integer first = integer_arg(L, 2, 1, ok);
        const lua_Integer last = lua_isnoneornil(L, 3) ? luaL_len(L, 1) : integer_arg(L, 3, 0, ok);
        return ok ? span(first, last) : 0;
    }
    case Cost::move: {  // table.move(a1, f, e, t [, a2]) copies e - f + 1 elements, nils included
        const lua_Integer first = integer_arg(L, 2, 0, ok);
        const lua_Integer last = integer_arg(L, 3, -1, ok);
        return ok ? moved(span(first, last)) : 0;
    }
    case Cost::sort: {  // about n log2 n comparisons
        const lua_Integer n = luaL_len(L, 1);
        if (n <= 1) return 1;
        return static_cast<std::int64_t>(static_cast<double>(n) * std::ceil(std::log2(static_cast<double>(n))));
    }
    case Cost::scan_all:
    case Cost::scan_from:
    case Cost::slice: break;
    }
    return 0;
}

// Upvalues: 1 core, 2 the stock function, 3 its Cost. Calls the stock function directly, in
// this frame, so its argument errors still name the function the script called.
int charged_call(lua_State* L) {
    SandboxCore* c = upvalue_core(L);
    const auto cost = static_cast<Cost>(lua_tointeger(L, lua_upvalueindex(3)));
    c->charge(L, estimate(L, cost));
    const lua_CFunction stock = lua_tocfunction(L, lua_upvalueindex(2));
    return stock(L);
}

// --- opening ---------------------------------------------------------------------------------

// t[name] = closure of fn over the core (and extra upvalues already pushed). Stack: table at t.
void set_closure(lua_State* L, SandboxCore* c, int t, const char* name, lua_CFunction fn) {
    lua_pushlightuserdata(L, c);
    lua_pushcclosure(L, fn, 1);
    lua_setfield(L, t, name);
}

void remove_fields(lua_State* L, int t, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        lua_pushnil(L);
        lua_setfield(L, t, name);
    }
}

void wrap_charged(lua_State* L, SandboxCore* c, int t, std::initializer_list<const char*> names, Cost cost) {
    for (const char* name : names) {
        lua_getfield(L, t, name);
        const lua_CFunction stock = lua_tocfunction(L, -1);
        lua_pop(L, 1);
        if (!stock) luaL_error(L, "sandbox: %s is not a C function", name);  // a Lua upgrade changed it
        lua_pushlightuserdata(L, c);
        lua_pushcfunction(L, stock);
        lua_pushinteger(L, static_cast<lua_Integer>(cost));
        lua_pushcclosure(L, charged_call, 3);
        lua_setfield(L, t, name);
    }
}

// Opens library `name` as stock Lua does and leaves its table on top of the stack.
int open_stock(lua_State* L, const char* name, lua_CFunction open) {
    luaL_requiref(L, name, open, 1);
    return lua_gettop(L);
}

}  // namespace

void open_safe_libraries(lua_State* L, SandboxCore* c) {
    const int base = lua_gettop(L);

    const int g = open_stock(L, LUA_GNAME, luaopen_base);
    remove_fields(L, g, {"dofile", "loadfile", "warn"});
    set_closure(L, c, g, "pcall", safe_pcall);
    set_closure(L, c, g, "xpcall", safe_xpcall);
    set_closure(L, c, g, "load", safe_load);
    set_closure(L, c, g, "setmetatable", safe_setmetatable);
    set_closure(L, c, g, "collectgarbage", safe_collectgarbage);
    set_closure(L, c, g, "print", safe_print);

    // The stock string table stays the __index of the string metatable, which scripts cannot
    // reach (__metatable = false); the global `string` is a copy, so poisoning it changes nothing
    // for method calls like ("x"):rep(3).
    const int s = open_stock(L, LUA_STRLIBNAME, luaopen_string);
    remove_fields(L, s, {"dump", "pack", "unpack", "packsize"});
    set_closure(L, c, s, "rep", safe_rep);
    wrap_charged(L, c, s, {"find", "match", "gmatch"}, Cost::scan_from);
    wrap_charged(L, c, s, {"gsub"}, Cost::scan_all);
    wrap_charged(L, c, s, {"byte"}, Cost::slice);  // upper, lower, rep... allocate: the allocator charges
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, s) != 0) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
    }
    lua_setfield(L, g, LUA_STRLIBNAME);

    const int t = open_stock(L, LUA_TABLIBNAME, luaopen_table);
    wrap_charged(L, c, t, {"insert"}, Cost::insert);
    wrap_charged(L, c, t, {"remove"}, Cost::remove);
    wrap_charged(L, c, t, {"concat"}, Cost::concat);
    wrap_charged(L, c, t, {"unpack"}, Cost::unpack);
    wrap_charged(L, c, t, {"move"}, Cost::move);
    wrap_charged(L, c, t, {"sort"}, Cost::sort);

    const int m = open_stock(L, LUA_MATHLIBNAME, luaopen_math);
    remove_fields(L, m, {"random", "randomseed"});  // scenarios draw from the seeded ctx.rng

    const int u = open_stock(L, LUA_UTF8LIBNAME, luaopen_utf8);
    wrap_charged(L, c, u, {"len", "offset"}, Cost::scan_all);
    wrap_charged(L, c, u, {"codepoint"}, Cost::slice);

    lua_settop(L, base);
}

}  // namespace clearance::script
