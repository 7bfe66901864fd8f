// Reading scenario data out of Lua: a raw copy of a Lua value (LuaValue), and typed field readers
// that turn it into core values while collecting the author's mistakes as diagnostics.
//
// Used by the constructor bindings (lua_scenario.cpp, lua_documents.cpp, lua_steps.cpp,
// lua_facts.cpp) and the engines offered to setup(ctx) (lua_engines.cpp). The copy is made with
// raw access only (lua_next, lua_rawget), so no metamethod, hence no script code, runs, and no
// Lua API call that can raise is made: it may run outside the protected runner, like
// check_returned_table (plain_data.h), which must have accepted the value first.
// Readers never throw for the author's mistakes: each problem becomes one core::Diagnostic with
// the field path ("steps[3].answer") and the line of the nearest enclosing constructor call, and
// the reader returns nullopt or a default so reading goes on and lint shows every mistake at once.
#pragma once

#include <lua.hpp>

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.h"
#include "core/hs_code.h"
#include "core/money.h"
#include "core/scenario_text.h"

namespace clearance::script {

// A copy of one Lua value. Tables keep their sequence part (t[1..n]) and their string keys
// apart; any other key is kept only as a description, for the error it deserves.
struct LuaValue {
    enum class Type { nil, boolean, number, string, table, function, other };

    Type type = Type::nil;
    bool boolean = false;
    double number = 0.0;
    bool is_integer = false;  // a Lua integer (then `integer` holds it exactly)
    long long integer = 0;
    std::string string;
    std::vector<LuaValue> items;                           // t[1..n]
    std::vector<std::pair<std::string, LuaValue>> fields;  // string keys, sorted bytewise
    std::vector<std::string> stray_keys;                   // other keys, e.g. "[7]", "[2.5]"
    std::string constructor;  // "invoice" when a host constructor made the table, else empty
    int line = 0;             // the line the constructor was called on; 0 for plain tables

    bool is_nil() const { return type == Type::nil; }
    bool is_table() const { return type == Type::table; }
    // The field `name` of a table, or nullptr (also for a value that is not a table).
    const LuaValue* field(std::string_view name) const;
    // For messages: `a string ("85x7")`, `a number (42)`, `a table`, `a function`.
    std::string describe() const;
};

// Copies the value at `index` (stack unchanged). The registry key `tags_key`, when not null,
// names a table mapping constructor-made tables to tag_code(kind, line); `kinds` gives the kind
// names. Returns false with a reason when the Lua stack cannot grow or the value holds more than
// plain_data_max_values values; never raises.
bool mirror_value(lua_State* L, int index, LuaValue& out, std::string* why,
                  const void* tags_key = nullptr, const std::vector<std::string_view>* kinds = nullptr);

// The integer stored for a tagged table: kind index and line in one lua_Integer.
inline long long tag_code(int kind, int line) { return (static_cast<long long>(kind) << 32) | (line & 0xffffffffLL); }

// Lua numbers as authors read them: integers plainly, others in the shortest form that reads back.
std::string format_number(double v);

// Collects diagnostics for one file, and knows the scenario's languages for translation warnings.
struct ReadContext {
    std::string file;
    std::vector<std::string> languages = {"en"};
    std::vector<core::Diagnostic> diagnostics;

    void error(int line, const std::string& path, std::string message);
    void warning(int line, const std::string& path, std::string message);
};

// An enum's accepted names, for choice().
template <class E>
using Choices = std::vector<std::pair<std::string_view, E>>;

// "a, b or c": the valid values listed in an error message.
std::string list_choices(const std::vector<std::string_view>& names);

// The fields of one table being read. The known field names are given up front: a field not in
// that list is reported by finish() as unknown, with the nearest known name as a suggestion.
class Fields {
public:
    // `value` must be a table; when it is not, the error is reported here and every read
    // returns nothing. `line` is used unless `value` carries its own constructor line.
    Fields(ReadContext& cx, const LuaValue& value, std::string path, int line,
           std::vector<std::string_view> known);

    ReadContext& cx() const { return cx_; }
    bool valid() const { return valid_; }
    int line() const { return line_; }
    const std::string& path() const { return path_; }
    std::string path_of(std::string_view name) const { return core::field_path_key(path_, name); }
    void error(std::string_view name, std::string message) const;
    void warning(std::string_view name, std::string message) const;

    // The field's value, or nullptr when it is absent (nil). Asserts `name` is known.
    const LuaValue* get(std::string_view name) const;
    bool has(std::string_view name) const { return get(name) != nullptr; }

    std::optional<std::string> string(std::string_view name, bool required = false) const;
    std::string string_or(std::string_view name, std::string fallback = {}) const;
    // A string or { en = ..., fr = ... }. Warns for each scenario language it lacks.
    core::Text text(std::string_view name, bool required = false) const;
    // Text where the core keeps one language (an inspect finding's explanation): a string, or a
    // table of languages of which English (else the first) is kept; no translation warnings.
    std::string one_language_text(std::string_view name) const;
    std::optional<double> number(std::string_view name, bool required = false) const;
    std::optional<long long> integer(std::string_view name, bool required = false) const;
    std::optional<bool> boolean(std::string_view name, bool required = false) const;
    std::optional<core::Decimal> decimal(std::string_view name, bool required = false) const;
    // A decimal that is a rate or share (vat_rate, alcohol_strength): warns above 1 for a number.
    std::optional<core::Decimal> rate(std::string_view name, bool required = false) const;
    // An amount naming its currency, or a bare one in `context` (when not null).
    std::optional<core::Money> money(std::string_view name, const core::Currency* context,
                                     bool required = false) const;
    std::optional<core::Currency> currency(std::string_view name, bool required = false) const;
    std::optional<core::HsCode> hs_code(std::string_view name, bool required = false) const;
    std::vector<std::string> strings(std::string_view name) const;

    template <class E>
    std::optional<E> choice(std::string_view name, const Choices<E>& choices, bool required = false) const {
        const LuaValue* v = get(name);
        if (!v) return missing<E>(name, required);
        std::string text = v->type == LuaValue::Type::number && v->is_integer ? std::to_string(v->integer) : v->string;
        if (v->type == LuaValue::Type::string || v->type == LuaValue::Type::number) {
            for (const auto& [id, e] : choices)
                if (id == text) return e;
        }
        std::vector<std::string_view> names;
        for (const auto& c : choices) names.push_back(c.first);
        error(name, v->describe() + " is not one of " + list_choices(names));
        return std::nullopt;
    }

    // Calls fn(item, path, line) for each element of the list `name`. Reports a field that is
    // not a list (a table with string keys or holes) and returns how many items there were.
    std::size_t each(std::string_view name,
                     const std::function<void(const LuaValue&, const std::string&, int)>& fn) const;
    // The table `name`, or nullptr when absent or (reported) not a table.
    const LuaValue* table(std::string_view name, bool required = false) const;

    // Reports the fields that are not known. Call once, after reading.
    void finish() const;

private:
    template <class T>
    std::optional<T> missing(std::string_view name, bool required) const {
        if (required) error(name, "is required");
        return std::nullopt;
    }

    ReadContext& cx_;
    const LuaValue& value_;
    std::string path_;
    int line_;
    bool valid_;
    std::vector<std::string_view> known_;
};

// Readers for values that are not a field of a Fields (list items, map values). Each reports
// under `path` at `line` and returns nullopt on a mistake.
std::optional<std::string> read_string(ReadContext& cx, const LuaValue& v, const std::string& path, int line);
std::optional<core::Decimal> read_decimal(ReadContext& cx, const LuaValue& v, const std::string& path, int line);
std::optional<core::Money> read_money(ReadContext& cx, const LuaValue& v, const core::Currency* context,
                                      const std::string& path, int line);
core::Text read_text(ReadContext& cx, const LuaValue& v, const std::string& path, int line);

// The line to report for `v`: its own constructor line when it has one, else `fallback`.
inline int line_of(const LuaValue& v, int fallback) { return v.line > 0 ? v.line : fallback; }

}  // namespace clearance::script
