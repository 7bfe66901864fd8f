#include "script/lua_read.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "script/plain_data.h"

namespace clearance::script {

// ---- the raw copy ----------------------------------------------------------------------------

namespace {

class Mirror {
public:
    Mirror(lua_State* L, const void* tags_key, const std::vector<std::string_view>* kinds)
        : L_(L), tags_key_(tags_key), kinds_(kinds) {}

    bool copy(int index, LuaValue& out, std::string* why) {
        why_ = why;
        return value(lua_absindex(L_, index), out, 0);
    }

private:
    bool fail(const std::string& reason) {
        if (why_) *why_ = reason;
        return false;
    }

    bool value(int index, LuaValue& out, int depth) {
        if (++count_ > plain_data_max_values)
            return fail("the scenario holds more than " + std::to_string(plain_data_max_values) + " values");
        switch (lua_type(L_, index)) {
        case LUA_TNIL: out.type = LuaValue::Type::nil; return true;
        case LUA_TBOOLEAN:
            out.type = LuaValue::Type::boolean;
            out.boolean = lua_toboolean(L_, index) != 0;
            return true;
        case LUA_TNUMBER:
            out.type = LuaValue::Type::number;
            out.is_integer = lua_isinteger(L_, index) != 0;
            if (out.is_integer) {
                out.integer = lua_tointeger(L_, index);
                out.number = static_cast<double>(out.integer);
            } else {
                out.number = lua_tonumber(L_, index);
            }
            return true;
        case LUA_TSTRING: {
            std::size_t len = 0;
            const char* s = lua_tolstring(L_, index, &len);  // a string already: no conversion
            out.type = LuaValue::Type::string;
            out.string.assign(s, len);
            return true;
        }
        case LUA_TFUNCTION: out.type = LuaValue::Type::function; return true;
        case LUA_TTABLE: return table(index, out, depth);
        default: out.type = LuaValue::Type::other; return true;
        }
    }

    void read_tag(int t, LuaValue& out) {
        if (!tags_key_ || !kinds_) return;
        if (lua_rawgetp(L_, LUA_REGISTRYINDEX, tags_key_) == LUA_TTABLE) {
            lua_pushvalue(L_, t);
            if (lua_rawget(L_, -2) == LUA_TNUMBER) {  // an existing key: no allocation
                const long long code = lua_tointeger(L_, -1);
                const auto kind = static_cast<std::size_t>(code >> 32);
                if (kind < kinds_->size()) {
                    out.constructor = std::string((*kinds_)[kind]);
                    out.line = static_cast<int>(code & 0xffffffffLL);
                }
            }
            lua_pop(L_, 1);
        }
        lua_pop(L_, 1);
    }

    bool table(int t, LuaValue& out, int depth) {
        out.type = LuaValue::Type::table;
        if (depth > plain_data_max_depth + 1) return fail("tables nest too deeply");
        if (!lua_checkstack(L_, 4)) return fail("the Lua stack cannot grow");  // never raises
        read_tag(t, out);
        std::map<long long, LuaValue> numbered;
        lua_pushnil(L_);
        while (lua_next(L_, t) != 0) {
            // key at -2, value at -1; the key is never converted in place, so lua_next stays valid
            const int key_type = lua_type(L_, -2);
            if (key_type == LUA_TSTRING) {
                std::size_t len = 0;
                const char* k = lua_tolstring(L_, -2, &len);
                out.fields.emplace_back(std::string(k, len), LuaValue{});
                if (!value(lua_gettop(L_), out.fields.back().second, depth + 1)) return false;
            } else if (key_type == LUA_TNUMBER && lua_isinteger(L_, -2)) {
                LuaValue item;
                if (!value(lua_gettop(L_), item, depth + 1)) return false;
                numbered.emplace(lua_tointeger(L_, -2), std::move(item));
            } else if (key_type == LUA_TNUMBER) {
                out.stray_keys.push_back("[" + format_number(lua_tonumber(L_, -2)) + "]");
            } else {
                out.stray_keys.push_back(std::string("[") + lua_typename(L_, key_type) + " key]");
            }
            lua_pop(L_, 1);
        }
        long long expected = 1;
        for (auto& [k, v] : numbered) {
            if (k == expected) {
                out.items.push_back(std::move(v));
                ++expected;
            } else {
                out.stray_keys.push_back("[" + std::to_string(k) + "]");
            }
        }
        std::sort(out.fields.begin(), out.fields.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        return true;
    }

    lua_State* L_;
    const void* tags_key_;
    const std::vector<std::string_view>* kinds_;
    std::string* why_ = nullptr;
    long long count_ = 0;
};

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

std::string quote_text(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

bool valid_language_code(std::string_view code) {
    if (code.size() < 2 || code.size() > 16) return false;
    for (char c : code)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    return code[0] >= 'a' && code[0] <= 'z';
}

// A number as text for Decimal/Money parsing; exponent forms are refused by the parsers.
std::string number_text(const LuaValue& v) {
    return v.is_integer ? std::to_string(v.integer) : format_number(v.number);
}

}  // namespace

bool mirror_value(lua_State* L, int index, LuaValue& out, std::string* why, const void* tags_key,
                  const std::vector<std::string_view>* kinds) {
    Mirror m(L, tags_key, kinds);
    return m.copy(index, out, why);
}

const LuaValue* LuaValue::field(std::string_view name) const {
    auto it = std::lower_bound(fields.begin(), fields.end(), name,
                               [](const auto& f, std::string_view n) { return f.first < n; });
    if (it == fields.end() || it->first != name || it->second.is_nil()) return nullptr;
    return &it->second;
}

std::string LuaValue::describe() const {
    switch (type) {
    case Type::nil: return "nil";
    case Type::boolean: return boolean ? "true" : "false";
    case Type::number: return "the number " + (is_integer ? std::to_string(integer) : format_number(number));
    case Type::string: {
        std::string s = string.size() > 60 ? string.substr(0, 57) + "..." : string;
        return quote_text(s);
    }
    case Type::table: return constructor.empty() ? "a table" : "a " + constructor + "{} table";
    case Type::function: return "a function";
    case Type::other: return "a value of an unusable type";
    }
    return "a value";
}

std::string format_number(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    char buffer[40];
    if (v == std::floor(v) && std::fabs(v) < 1e15) {
        std::snprintf(buffer, sizeof buffer, "%.0f", v);
        return buffer;
    }
    for (int precision = 15; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, v);
        if (std::strtod(buffer, nullptr) == v) break;
    }
    return buffer;
}

std::string list_choices(const std::vector<std::string_view>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
        out += quote_text(names[i]);
    }
    return out;
}

void ReadContext::error(int line, const std::string& path, std::string message) {
    diagnostics.push_back({core::Severity::error, file, line, path, std::move(message)});
}

void ReadContext::warning(int line, const std::string& path, std::string message) {
    diagnostics.push_back({core::Severity::warning, file, line, path, std::move(message)});
}

// ---- free readers ----------------------------------------------------------------------------

std::optional<std::string> read_string(ReadContext& cx, const LuaValue& v, const std::string& path, int line) {
    if (v.type == LuaValue::Type::string) return v.string;
    cx.error(line, path, "expected a string, got " + v.describe());
    return std::nullopt;
}

std::optional<core::Decimal> read_decimal(ReadContext& cx, const LuaValue& v, const std::string& path, int line) {
    if (v.type != LuaValue::Type::number && v.type != LuaValue::Type::string) {
        cx.error(line, path, "expected a number or a decimal string such as \"0.92\" or \"20%\", got " + v.describe());
        return std::nullopt;
    }
    const std::string text = v.type == LuaValue::Type::number ? number_text(v) : v.string;
    std::string why;
    if (auto d = core::Decimal::try_parse(text, &why)) return d;
    cx.error(line, path, v.describe() + " is not a decimal number: " + why);
    return std::nullopt;
}

std::optional<core::Money> read_money(ReadContext& cx, const LuaValue& v, const core::Currency* context,
                                      const std::string& path, int line) {
    if (v.type != LuaValue::Type::number && v.type != LuaValue::Type::string) {
        cx.error(line, path, "expected an amount such as \"USD 1,200.00\", got " + v.describe());
        return std::nullopt;
    }
    std::string why;
    if (v.type == LuaValue::Type::string) {
        if (auto m = core::Money::try_parse(v.string, &why)) return m;
    }
    if (!context || context->empty()) {
        if (v.type == LuaValue::Type::number)
            cx.error(line, path, v.describe() + " names no currency and none applies here: write it as \"EUR " +
                                     number_text(v) + "\"");
        else
            cx.error(line, path, v.describe() + " is not an amount naming its currency (\"EUR 1,200.50\"): " + why);
        return std::nullopt;
    }
    const std::string text = v.type == LuaValue::Type::number ? number_text(v) : v.string;
    if (auto m = core::Money::try_parse(text, *context, &why)) return m;
    cx.error(line, path, v.describe() + " is not an amount in " + std::string(context->code()) + ": " + why);
    return std::nullopt;
}

core::Text read_text(ReadContext& cx, const LuaValue& v, const std::string& path, int line) {
    core::Text text;
    if (v.type == LuaValue::Type::string) {
        text = core::Text(v.string);
    } else if (v.type == LuaValue::Type::table && v.items.empty() && v.stray_keys.empty() && !v.fields.empty()) {
        for (const auto& [lang, value] : v.fields) {
            const std::string at = core::field_path_key(path, lang);
            if (!valid_language_code(lang)) {
                cx.error(line, at, quote_text(lang) + " is not a language code (write en, fr, pt-BR...)");
                continue;
            }
            if (value.type != LuaValue::Type::string) {
                cx.error(line, at, "expected a string, got " + value.describe());
                continue;
            }
            text.set(lang, value.string);
        }
    } else {
        cx.error(line, path, "expected text: a string or a table of languages { en = \"...\", fr = \"...\" }, got " +
                                 v.describe());
        return text;
    }
    if (text.empty()) return text;
    for (const std::string& lang : cx.languages) {
        if (!text.has(lang))
            cx.warning(line, path, "missing translation: no \"" + lang + "\" text (English is shown instead)");
    }
    return text;
}

// ---- Fields ----------------------------------------------------------------------------------

Fields::Fields(ReadContext& cx, const LuaValue& value, std::string path, int line,
               std::vector<std::string_view> known)
    : cx_(cx), value_(value), path_(std::move(path)), line_(line_of(value, line)),
      valid_(value.type == LuaValue::Type::table), known_(std::move(known)) {
    if (!valid_) cx_.error(line_, path_, "expected a table { ... }, got " + value.describe());
}

void Fields::error(std::string_view name, std::string message) const { cx_.error(line_, path_of(name), std::move(message)); }

void Fields::warning(std::string_view name, std::string message) const {
    cx_.warning(line_, path_of(name), std::move(message));
}

const LuaValue* Fields::get(std::string_view name) const {
    assert(std::find(known_.begin(), known_.end(), name) != known_.end() && "field read but not declared known");
    return valid_ ? value_.field(name) : nullptr;
}

std::optional<std::string> Fields::string(std::string_view name, bool required) const {
    const LuaValue* v = get(name);
    if (!v) return missing<std::string>(name, required);
    return read_string(cx_, *v, path_of(name), line_);
}

std::string Fields::string_or(std::string_view name, std::string fallback) const {
    auto s = string(name);
    return s ? *s : fallback;
}

core::Text Fields::text(std::string_view name, bool required) const {
    const LuaValue* v = get(name);
    if (!v) {
        if (required) error(name, "is required");
        return {};
    }
    core::Text t = read_text(cx_, *v, path_of(name), line_);
    if (required && t.empty()) error(name, "must not be empty");
    return t;
}

std::string Fields::one_language_text(std::string_view name) const {
    const LuaValue* v = get(name);
    if (!v) return {};
    std::vector<std::string> languages;
    languages.swap(cx_.languages);
    const core::Text t = read_text(cx_, *v, path_of(name), line_);
    languages.swap(cx_.languages);
    return t.get();
}

std::optional<double> Fields::number(std::string_view name, bool required) const {
    const LuaValue* v = get(name);
    if (!v) return missing<double>(name, required);
    if (v->type == LuaValue::Type::number) return v->number;
    error(name, "expected a number, got " + v->describe());
    return std::nullopt;
}

std::optional<long long> Fields::integer(std::string_view name, bool required) const {
    const LuaValue* v = get(name);
    if (!v) return missing<long long>(name, required);
    if (v->type == LuaValue::Type::number && v->is_integer) return v->integer;
    if (v->type == LuaValue::Type::number && v->number == std::floor(v->number) && std::fabs(v->number) < 1e15)
        return static_cast<long long>(v->number);
    error(name, "expected a whole number, got " + v->describe());
    return std::nullopt;
}

std::optional<bool> Fields::boolean(std::string_view name, bool required) const {
    const LuaValue* v = get(name);
    if (!v) return missing<bool>(name, required);
    if (v->type == LuaValue::Type::boolean) return v->boolean;
    error(name, "expected true or false, got " + v->describe());
    return std::nullopt;
}

std::optional<core::Decimal> Fields::decimal(std::string_view name, bool required) const {
    const LuaValue* v = get(name);
    if (!v) return missing<core::Decimal>(name, required);
    return read_decimal(cx_, *v, path_of(name), line_);
}

std::optional<core::Decimal> Fields::rate(std::string_view name, bool required) const {
    auto d = decimal(name, required);
    const LuaValue* v = get(name);
    if (d && v && v->type == LuaValue::Type::number && *d > core::Decimal(1))
        warning(name, "is " + number_text(*v) + ", that is " + d->to_percent() + "; for " + number_text(*v) +
                          "% write \"" + number_text(*v) + "%\"");
    return d;
}

std::optional<core::Money> Fields::money(std::string_view name, const core::Currency* context, bool required) const {
    const LuaValue* v = get(name);
    if (!v) return missing<core::Money>(name, required);
    return read_money(cx_, *v, context, path_of(name), line_);
}

std::optional<core::Currency> Fields::currency(std::string_view name, bool required) const {
    auto code = string(name, required);
    if (!code) return std::nullopt;
    if (auto c = core::Currency::find(*code)) return c;
    error(name, quote_text(*code) + " is not an ISO 4217 currency code (\"EUR\", \"USD\", \"GHS\"...)");
    return std::nullopt;
}

std::optional<core::HsCode> Fields::hs_code(std::string_view name, bool required) const {
    auto text = string(name, required);
    if (!text) return std::nullopt;
    std::string why;
    if (auto code = core::HsCode::parse(*text, &why)) return code;
    error(name, why);
    return std::nullopt;
}

std::vector<std::string> Fields::strings(std::string_view name) const {
    std::vector<std::string> out;
    each(name, [&](const LuaValue& item, const std::string& path, int line) {
        if (auto s = read_string(cx_, item, path, line)) out.push_back(*s);
    });
    return out;
}

const LuaValue* Fields::table(std::string_view name, bool required) const {
    const LuaValue* v = get(name);
    if (!v) return missing<const LuaValue*>(name, required).value_or(nullptr);
    if (v->is_table()) return v;
    error(name, "expected a table { ... }, got " + v->describe());
    return nullptr;
}

std::size_t Fields::each(std::string_view name,
                         const std::function<void(const LuaValue&, const std::string&, int)>& fn) const {
    const LuaValue* v = get(name);
    if (!v) return 0;
    if (!v->is_table() || !v->fields.empty()) {
        error(name, "expected a list { ..., ... }, got " + (v->is_table() ? std::string("a table with named fields")
                                                                         : v->describe()));
        return 0;
    }
    for (const std::string& k : v->stray_keys) error(name, "is not a list: it has the key " + k + " (a hole, or an index out of order)");
    const std::string base = path_of(name);
    for (std::size_t i = 0; i < v->items.size(); ++i) {
        const LuaValue& item = v->items[i];
        fn(item, core::field_path_index(base, static_cast<long long>(i + 1)), line_of(item, line_));
    }
    return v->items.size();
}

void Fields::finish() const {
    if (!valid_) return;
    for (const std::string& k : value_.stray_keys)
        cx_.error(line_, path_.empty() ? k : path_ + k, "unexpected entry " + k + ": this table takes named fields only");
    for (const auto& [name, v] : value_.fields) {
        if (v.is_nil() || std::find(known_.begin(), known_.end(), name) != known_.end()) continue;
        std::string message = "unknown field " + quote_text(name);
        std::string_view best;
        std::size_t best_distance = 3;  // suggest only close names: a typo, not another field
        for (std::string_view k : known_) {
            const std::size_t d = edit_distance(name, k);
            if (d < best_distance) best_distance = d, best = k;
        }
        if (!best.empty()) message += " (did you mean " + quote_text(best) + "?)";
        cx_.error(line_, core::field_path_key(path_, name), message);
    }
    if (!value_.items.empty())
        cx_.error(line_, path_, "unexpected list entries: this table takes named fields only");
}

}  // namespace clearance::script
