#include "script/plain_data.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace clearance::script {

namespace {

class Walker {
public:
    Walker(lua_State* L, RunResult& result) : L_(L), result_(result) {}

    bool check_value(int index, const std::string& field, int depth) {
        if (++values_ > plain_data_max_values) return too_many_values();
        switch (lua_type(L_, index)) {
        case LUA_TNUMBER: {
            if (lua_isinteger(L_, index)) return true;
            const double v = lua_tonumber(L_, index);
            if (std::isnan(v)) return fail(field, "is NaN (not a number), for example the result of 0/0");
            if (std::isinf(v)) return fail(field, v > 0 ? "is infinite (math.huge or 1/0)" : "is infinite (-math.huge or -1/0)");
            return true;
        }
        case LUA_TSTRING: {
            std::size_t len = 0;
            const char* s = lua_tolstring(L_, index, &len);
            const std::size_t bad = core::invalid_utf8_offset(std::string_view(s, len));
            if (bad == std::string_view::npos) return true;
            char detail[96];
            std::snprintf(detail, sizeof detail, "is not valid UTF-8 text (byte 0x%02x at offset %zu)",
                          static_cast<unsigned char>(s[bad]), bad);
            return fail(field, detail);
        }
        case LUA_TBOOLEAN:
        case LUA_TFUNCTION: return true;
        case LUA_TTABLE: return check_table(index, field, depth + 1);
        default:
            return fail(field, std::string("is a ") + luaL_typename(L_, index) +
                                   " value; scenario data are text, numbers, booleans, tables and functions");
        }
    }

private:
    // Key order for the report: integers ascending, then names bytewise, then any other key.
    struct KeyOrder {
        lua_State* L;
        static int rank(lua_State* L, int i) {
            if (lua_type(L, i) == LUA_TNUMBER && lua_isinteger(L, i)) return 0;
            return lua_type(L, i) == LUA_TSTRING ? 1 : 2;
        }
        bool operator()(int a, int b) const {
            const int ra = rank(L, a), rb = rank(L, b);
            if (ra != rb) return ra < rb;
            if (ra == 0) return lua_tointeger(L, a) < lua_tointeger(L, b);
            if (ra == 2) return false;
            std::size_t la = 0, lb = 0;
            const char* sa = lua_tolstring(L, a, &la);
            const char* sb = lua_tolstring(L, b, &lb);
            const int c = std::memcmp(sa, sb, std::min(la, lb));
            return c != 0 ? c < 0 : la < lb;
        }
    };

    bool check_table(int index, const std::string& field, int depth) {
        const int t = lua_absindex(L_, index);
        if (depth > plain_data_max_depth)
            return fail(field, "nests tables more than " + std::to_string(plain_data_max_depth) + " levels deep");
        const void* self = lua_topointer(L_, t);
        if (std::find(path_.begin(), path_.end(), self) != path_.end())
            return fail(field, "is a table that contains itself (a cycle)");

        // Every key of t onto the stack (lua_next needs the previous key on top, so each key is
        // pushed twice and the copy consumed). lua_checkstack grows the stack or says no; it
        // never raises.
        const int keys_base = lua_gettop(L_);
        if (!lua_checkstack(L_, 4)) return fail(field, "is too large to check");
        lua_pushnil(L_);
        while (lua_next(L_, t) != 0) {
            lua_pop(L_, 1);
            if (values_ + (lua_gettop(L_) - keys_base) > plain_data_max_values) {
                lua_settop(L_, keys_base);
                return too_many_values();
            }
            if (!lua_checkstack(L_, 4)) {  // the memory budget refused a bigger stack
                lua_settop(L_, keys_base);
                return fail(field, "is too large to check");
            }
            lua_pushvalue(L_, -1);
        }
        std::vector<int> keys;
        for (int i = keys_base + 1; i <= lua_gettop(L_); ++i) keys.push_back(i);
        std::sort(keys.begin(), keys.end(), KeyOrder{L_});

        path_.push_back(self);
        bool ok = true;
        for (int k : keys) {
            std::string child;
            if (KeyOrder::rank(L_, k) == 0) {
                child = core::field_path_index(field, lua_tointeger(L_, k));
            } else if (lua_type(L_, k) == LUA_TSTRING) {
                std::size_t len = 0;
                const char* name = lua_tolstring(L_, k, &len);
                child = core::field_path_key(field, std::string_view(name, len));
                if (core::invalid_utf8_offset(std::string_view(name, len)) != std::string_view::npos) {
                    ok = fail(child, "is a field name that is not valid UTF-8 text");
                    break;
                }
            } else {
                std::string shown = luaL_typename(L_, k);
                if (lua_type(L_, k) == LUA_TNUMBER) {
                    char number[48];
                    std::snprintf(number, sizeof number, "%.14g", lua_tonumber(L_, k));
                    shown = number;
                } else if (lua_type(L_, k) == LUA_TBOOLEAN) {
                    shown = lua_toboolean(L_, k) ? "true" : "false";
                }
                ok = fail(field, "has the key " + shown + "; keys must be names or integer positions");
                break;
            }
            lua_pushvalue(L_, k);
            lua_rawget(L_, t);
            ok = check_value(-1, child, depth);
            lua_pop(L_, 1);
            if (!ok) break;
        }
        path_.pop_back();
        lua_settop(L_, keys_base);
        return ok;
    }

    bool too_many_values() {
        return fail({}, "the returned table holds more than " + std::to_string(plain_data_max_values) + " values");
    }

    bool fail(std::string field, std::string message) {
        result_.kind = ErrorKind::bad_result;
        result_.field = std::move(field);
        result_.message = std::move(message);
        return false;
    }

    lua_State* L_;
    RunResult& result_;
    std::vector<const void*> path_;  // tables from the root to the one being checked
    int values_ = 0;
};

}  // namespace

RunResult check_returned_table(Sandbox& sandbox, int index, std::string_view display_name) {
    lua_State* L = sandbox.lua();
    RunResult r;
    r.file = display_name;
    const int type = lua_type(L, index);
    if (type != LUA_TTABLE) {
        r.kind = ErrorKind::bad_result;
        r.message = type == LUA_TNIL
            ? std::string("the file returned nothing; it must end with `return scenario{ ... }`")
            : std::string("the file returned a ") + lua_typename(L, type) +
                  "; it must return a table, e.g. `return scenario{ ... }`";
        return r;
    }
    Walker walker(L, r);
    walker.check_value(index, {}, 0);
    return r;
}

}  // namespace clearance::script
