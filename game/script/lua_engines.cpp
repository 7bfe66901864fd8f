// setup(ctx): the seeded ctx.rng and ctx.engines, the core's engines offered to generated
// scenarios so keys and figures are computed, never typed (docs/authoring.md, "setup(ctx)").
//
// The generator is splitmix64 (Steele, Lea and Flood 2014): 64 bits of state, so an attempt
// replays from its seed alone, and the same seed gives the same draws on every machine (no
// std::uniform_int_distribution, whose output the standard leaves to the library).
// Engine functions read their argument from a raw copy (lua_read.h), run the core outside any
// Lua call, and push the result through a nested protected call, so a memory error while pushing
// cannot skip the destructors of C++ objects: they are gone before the error is raised again.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/grade_risk.h"
#include "core/origin.h"
#include "core/risk.h"
#include "core/tariff.h"
#include "core/valuation.h"
#include "script/lua_build.h"
#include "script/sandbox.h"

namespace clearance::script {

namespace {

// ---- rng -------------------------------------------------------------------------------------

struct Rng {
    std::uint64_t state;

    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n), n > 0, without modulo bias (rejection of the short top range).
    std::uint64_t below(std::uint64_t n) {
        const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
        std::uint64_t x;
        do x = next();
        while (x >= limit);
        return x % n;
    }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
};

Rng& rng_of(lua_State* L) { return *static_cast<Rng*>(lua_touserdata(L, lua_upvalueindex(1))); }

// Work done in C per element, charged like the sandbox's own library functions.
void charge(lua_State* L, std::int64_t amount) { Sandbox::charge(L, amount); }

lua_Integer list_length(lua_State* L, int arg) {
    luaL_checktype(L, arg, LUA_TTABLE);
    const auto n = static_cast<lua_Integer>(lua_rawlen(L, arg));
    charge(L, n);
    return n;
}

// rng.int(a, b): an integer in [a, b].
int rng_int(lua_State* L) {
    const lua_Integer a = luaL_checkinteger(L, 1);
    const lua_Integer b = luaL_checkinteger(L, 2);
    luaL_argcheck(L, a <= b, 2, "the upper bound must not be below the lower bound");
    const std::uint64_t span = static_cast<std::uint64_t>(b) - static_cast<std::uint64_t>(a);
    const std::uint64_t draw = span == UINT64_MAX ? rng_of(L).next() : rng_of(L).below(span + 1);
    lua_pushinteger(L, static_cast<lua_Integer>(static_cast<std::uint64_t>(a) + draw));
    return 1;
}

// rng.chance(p): true with probability p.
int rng_chance(lua_State* L) {
    const lua_Number p = luaL_checknumber(L, 1);
    luaL_argcheck(L, p >= 0.0 && p <= 1.0, 1, "a probability between 0 and 1 expected");
    lua_pushboolean(L, rng_of(L).unit() < p);
    return 1;
}

// rng.pick(list): one element.
int rng_pick(lua_State* L) {
    const lua_Integer n = list_length(L, 1);
    luaL_argcheck(L, n > 0, 1, "the list is empty");
    lua_rawgeti(L, 1, 1 + static_cast<lua_Integer>(rng_of(L).below(static_cast<std::uint64_t>(n))));
    return 1;
}

// A new table with the first `k` elements of a Fisher-Yates shuffle of list 1. Stack: +1.
void push_shuffled(lua_State* L, lua_Integer n, lua_Integer k) {
    lua_createtable(L, static_cast<int>(n), 0);
    for (lua_Integer i = 1; i <= n; ++i) {
        lua_rawgeti(L, 1, i);
        lua_rawseti(L, -2, i);
    }
    Rng& rng = rng_of(L);
    for (lua_Integer i = 1; i <= k && i < n; ++i) {
        const lua_Integer j = i + static_cast<lua_Integer>(rng.below(static_cast<std::uint64_t>(n - i + 1)));
        lua_rawgeti(L, -1, i);
        lua_rawgeti(L, -2, j);
        lua_rawseti(L, -3, i);
        lua_rawseti(L, -2, j);
    }
    for (lua_Integer i = n; i > k; --i) {
        lua_pushnil(L);
        lua_rawseti(L, -2, i);
    }
}

// rng.shuffle(list): a new list in a random order.
int rng_shuffle(lua_State* L) {
    const lua_Integer n = list_length(L, 1);
    push_shuffled(L, n, n);
    return 1;
}

// rng.sample(list, k): a new list of k distinct elements.
int rng_sample(lua_State* L) {
    const lua_Integer n = list_length(L, 1);
    const lua_Integer k = luaL_checkinteger(L, 2);
    luaL_argcheck(L, k >= 0 && k <= n, 2, "cannot draw more elements than the list has");
    push_shuffled(L, n, k);
    return 1;
}

// ---- pushing results -------------------------------------------------------------------------

void push_value(lua_State* L, const LuaValue& v) {
    switch (v.type) {
    case LuaValue::Type::boolean: lua_pushboolean(L, v.boolean); return;
    case LuaValue::Type::number:
        if (v.is_integer) lua_pushinteger(L, v.integer);
        else lua_pushnumber(L, v.number);
        return;
    case LuaValue::Type::string: lua_pushlstring(L, v.string.data(), v.string.size()); return;
    case LuaValue::Type::table:
        luaL_checkstack(L, 3, "result too deep");
        lua_createtable(L, static_cast<int>(v.items.size()), static_cast<int>(v.fields.size()));
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            push_value(L, v.items[i]);
            lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
        }
        for (const auto& [k, f] : v.fields) {
            if (f.is_nil()) continue;
            lua_pushlstring(L, k.data(), k.size());
            push_value(L, f);
            lua_rawset(L, -3);
        }
        return;
    default: lua_pushnil(L); return;
    }
}

int push_value_protected(lua_State* L) {
    const auto* v = static_cast<const LuaValue*>(lua_touserdata(L, 1));
    push_value(L, *v);
    return 1;
}

LuaValue str(std::string s) {
    LuaValue v;
    v.type = LuaValue::Type::string;
    v.string = std::move(s);
    return v;
}

LuaValue num(double d) {
    LuaValue v;
    v.type = LuaValue::Type::number;
    v.number = d;
    return v;
}

LuaValue boolean(bool b) {
    LuaValue v;
    v.type = LuaValue::Type::boolean;
    v.boolean = b;
    return v;
}

LuaValue table(std::vector<std::pair<std::string, LuaValue>> fields) {
    LuaValue v;
    v.type = LuaValue::Type::table;
    v.fields = std::move(fields);
    return v;
}

// An author's mistake in an engine argument: becomes "bad argument #n to 'f' (message)".
struct ArgumentError {
    int arg;
    std::string message;
};

// Reads argument `arg` (a table) with `read`; throws ArgumentError with the first problem.
template <class T, class Read>
T read_arg(lua_State* L, int arg, Read read) {
    LuaValue v;
    std::string why;
    if (!mirror_value(L, arg, v, &why)) throw ArgumentError{arg, why};
    ReadContext cx;
    cx.languages.clear();
    auto result = read(cx, v, std::string(), 0);
    for (const core::Diagnostic& d : cx.diagnostics) {
        if (d.severity == core::Severity::error)
            throw ArgumentError{arg, d.field.empty() ? d.message : d.field + ": " + d.message};
    }
    if (!result) throw ArgumentError{arg, "cannot be read"};
    return *result;
}

// Runs work(result) outside Lua, then pushes the result (see the file comment). Call after every
// luaL_check* of the function.
template <class Work>
int host_call(lua_State* L, Work&& work) {
    char message[600] = "";
    int arg = 0;
    int status = LUA_OK;
    {
        LuaValue result;
        try {
            work(result);
        } catch (const ArgumentError& e) {
            arg = e.arg;
            copy_exception_message(message, sizeof message, e.message.c_str());
        } catch (const std::exception& e) {
            copy_exception_message(message, sizeof message, e.what());
        }
        if (message[0] == '\0') {
            lua_pushcfunction(L, push_value_protected);
            lua_pushlightuserdata(L, &result);
            status = lua_pcall(L, 1, 1, 0);
        }
    }
    if (message[0] != '\0') {
        if (arg > 0) return luaL_argerror(L, arg, message);
        return luaL_error(L, "%s", message);
    }
    if (status != LUA_OK) return lua_error(L);
    return 1;
}

core::Money money_arg(lua_State* L, int arg) {
    std::size_t len = 0;
    const char* s = lua_tolstring(L, arg, &len);
    std::string why;
    if (auto m = core::Money::try_parse(std::string_view(s, len), &why)) return *m;
    throw ArgumentError{arg, "\"" + std::string(s, len) + "\" is not an amount naming its currency: " + why};
}

double decimal_to_double(const core::Decimal& d) { return std::strtod(d.to_string().c_str(), nullptr); }

// ---- engines ---------------------------------------------------------------------------------

int engine_customs_value(lua_State* L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    return host_call(L, [&](LuaValue& out) {
        const auto facts = read_arg<core::ValuationFacts>(L, 1, read_valuation_facts);
        out = str(core::value_consignment(facts).value.to_string());
    });
}

int engine_valuation(lua_State* L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    return host_call(L, [&](LuaValue& out) {
        const auto facts = read_arg<core::ValuationFacts>(L, 1, read_valuation_facts);
        const core::ValuationResult r = core::value_consignment(facts);
        std::vector<std::pair<std::string, LuaValue>> fields = {{"method", str(core::method_name(r.method))},
                                                               {"value", str(r.value.to_string())}};
        if (r.value_in_invoice) fields.emplace_back("value_in_invoice", str(r.value_in_invoice->to_string()));
        std::sort(fields.begin(), fields.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        out = table(std::move(fields));
    });
}

int engine_assess(lua_State* L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    return host_call(L, [&](LuaValue& out) {
        const auto facts = read_arg<core::TaxFacts>(L, 1, read_tax_facts);
        const core::Assessment a = core::assess_taxes(facts);
        out = table({{"duty", str(a.duty.to_string())},
                     {"excise", str(a.excise.to_string())},
                     {"other_charges", str(a.other_charges.to_string())},
                     {"total", str(a.total.to_string())},
                     {"vat", str(a.vat.to_string())},
                     {"vat_base", str(a.vat_base.to_string())}});
    });
}

int engine_origin(lua_State* L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_argexpected(L, lua_type(L, 2) == LUA_TTABLE || lua_type(L, 2) == LUA_TSTRING, 2, "agreement table or string");
    return host_call(L, [&](LuaValue& out) {
        const auto facts = read_arg<core::OriginCase>(L, 1, read_origin_case);
        const auto agreement = read_arg<core::Agreement>(L, 2, read_agreement);
        const core::OriginResult r = core::determine_origin(facts, agreement);
        std::vector<std::pair<std::string, LuaValue>> fields = {
            {"conferred", boolean(r.conferred)}, {"country", str(r.country)}, {"determined", boolean(r.determined)},
            {"reason", str(r.reason)},           {"rule", str(r.rule_text)}};
        if (r.value_percent) fields.emplace_back("value_percent", num(decimal_to_double(*r.value_percent)));
        std::sort(fields.begin(), fields.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        out = table(std::move(fields));
    });
}

int engine_risk(lua_State* L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    const bool has_profile = !lua_isnoneornil(L, 2);
    if (has_profile) luaL_checktype(L, 2, LUA_TTABLE);
    return host_call(L, [&](LuaValue& out) {
        core::RiskProfile profile = core::RiskProfile::standard();
        if (has_profile) profile = read_arg<core::RiskProfile>(L, 2, read_risk_profile);
        // A list of indicator ids, or the facts the engine reads indicators from.
        const bool is_list = lua_rawlen(L, 1) > 0;
        const core::RiskAssessment a =
            is_list ? core::assess_indicators(read_arg<std::vector<core::Indicator>>(L, 1, read_indicators), profile)
                    : core::assess_risk(read_arg<core::RiskFacts>(L, 1, read_risk_facts), profile);
        LuaValue ids;
        ids.type = LuaValue::Type::table;
        for (const core::RiskContribution& c : a.contributions) ids.items.push_back(str(std::string(core::indicator_id(c.indicator))));
        LuaValue score = num(a.score);
        score.is_integer = true;
        score.integer = a.score;
        out = table({{"channel", str(std::string(core::channel_id(a.channel)))}, {"indicators", ids}, {"score", score}});
    });
}

int engine_add(lua_State* L) {
    const int n = lua_gettop(L);
    luaL_argcheck(L, n > 0, 1, "at least one amount expected");
    for (int i = 1; i <= n; ++i) luaL_checkstring(L, i);
    return host_call(L, [&](LuaValue& out) {
        core::Money sum;
        for (int i = 1; i <= n; ++i) sum += money_arg(L, i);
        out = str(sum.to_string());
    });
}

int engine_times(lua_State* L) {
    luaL_checkstring(L, 1);
    luaL_checkstring(L, 2);  // numbers are converted to their text by luaL_checkstring
    return host_call(L, [&](LuaValue& out) {
        const core::Money m = money_arg(L, 1);
        std::string why;
        auto factor = core::Decimal::try_parse(lua_tostring(L, 2), &why);
        if (!factor) throw ArgumentError{2, why};
        out = str(m.times(*factor).to_string());
    });
}

int engine_convert(lua_State* L) {
    luaL_checkstring(L, 1);
    luaL_checkstring(L, 2);
    luaL_checkstring(L, 3);
    return host_call(L, [&](LuaValue& out) {
        const core::Money m = money_arg(L, 1);
        auto currency = core::Currency::find(lua_tostring(L, 2));
        if (!currency) throw ArgumentError{2, "not an ISO 4217 currency code"};
        std::string why;
        auto rate = core::Decimal::try_parse(lua_tostring(L, 3), &why);
        if (!rate) throw ArgumentError{3, why};
        out = str(m.converted(*currency, *rate).to_string());
    });
}

int engine_amount(lua_State* L) {
    luaL_checkstring(L, 1);
    return host_call(L, [&](LuaValue& out) { out = num(decimal_to_double(money_arg(L, 1).amount())); });
}

int engine_hs(lua_State* L) {
    luaL_checkstring(L, 1);
    const auto* hs = static_cast<const core::HsNomenclature*>(lua_touserdata(L, lua_upvalueindex(1)));
    return host_call(L, [&](LuaValue& out) {
        if (!hs) throw std::runtime_error("the HS nomenclature is not loaded");
        auto code = core::HsCode::parse(lua_tostring(L, 1));
        const core::HsNode* node = code ? hs->find(*code) : nullptr;
        if (node) out = str(node->description);
    });
}

// Stack: (setup, seed, hs) -> setup(ctx)'s first result. Runs inside the sandbox's runner.
int call_setup(lua_State* L) {
    const lua_Integer seed = lua_tointeger(L, 2);
    void* hs = lua_touserdata(L, 3);
    lua_settop(L, 1);
    lua_createtable(L, 0, 3);  // ctx
    lua_pushinteger(L, seed);
    lua_setfield(L, -2, "seed");

    lua_createtable(L, 0, 5);  // ctx.rng
    auto* rng = static_cast<Rng*>(lua_newuserdatauv(L, sizeof(Rng), 0));
    rng->state = static_cast<std::uint64_t>(seed) ^ 0x5EED5EED5EED5EEDULL;
    const luaL_Reg rng_functions[] = {{"int", rng_int},         {"chance", rng_chance}, {"pick", rng_pick},
                                      {"shuffle", rng_shuffle}, {"sample", rng_sample}, {nullptr, nullptr}};
    luaL_setfuncs(L, rng_functions, 1);  // each closes over the state userdata
    lua_setfield(L, -2, "rng");

    lua_createtable(L, 0, 10);  // ctx.engines
    lua_pushlightuserdata(L, hs);
    const luaL_Reg engine_functions[] = {{"customs_value", engine_customs_value},
                                         {"valuation", engine_valuation},
                                         {"assess", engine_assess},
                                         {"origin", engine_origin},
                                         {"risk", engine_risk},
                                         {"add", engine_add},
                                         {"times", engine_times},
                                         {"convert", engine_convert},
                                         {"amount", engine_amount},
                                         {"hs", engine_hs},
                                         {nullptr, nullptr}};
    luaL_setfuncs(L, engine_functions, 1);  // hs for engines.hs; the others ignore it
    lua_setfield(L, -2, "engines");

    lua_call(L, 1, 1);
    return 1;
}

}  // namespace

RunResult run_setup(Sandbox& sandbox, std::uint64_t seed, const core::HsNomenclature* hs) {
    lua_State* L = sandbox.lua();
    lua_pushcfunction(L, call_setup);
    lua_insert(L, -2);
    lua_pushinteger(L, static_cast<lua_Integer>(seed));
    lua_pushlightuserdata(L, const_cast<core::HsNomenclature*>(hs));
    return sandbox.call(3, 1);
}

}  // namespace clearance::script
