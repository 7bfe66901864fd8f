// Json: a small JSON value (RFC 8259) with a strict parser and a writer.
//
// Used across the app for answers files (`clearance play --answers`), `--json` outputs, the
// attempt text that saves and replays an attempt, and exports. Invariants: an object keeps its
// members in insertion order and never holds two members with the same key; integers that fit in
// int64 stay exact integers (never pass through a double); strings hold valid UTF-8 once parsed.
// The parser rejects everything RFC 8259 rejects (trailing commas, comments, single quotes,
// leading zeros, invalid escapes, lone surrogates, control characters, trailing garbage) and
// reports errors as "line:column: what", columns counted in characters from 1. It accepts
// one leading UTF-8 byte order mark, which Windows editors write.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace clearance::core {

// A malformed document: what() is "line:column: what"; line() and column() count from 1.
class JsonParseError : public std::runtime_error {
public:
    JsonParseError(std::size_t line, std::size_t column, const std::string& what);
    std::size_t line() const { return line_; }
    std::size_t column() const { return column_; }

private:
    std::size_t line_, column_;
};

// Asking a value for the wrong type, or for a key or index it does not have: what() says which.
class JsonTypeError : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

enum class JsonType { null, boolean, integer, real, string, array, object };

const char* json_type_name(JsonType t);  // "null", "boolean", "integer", "number", ...

enum class JsonStyle { compact, pretty };  // pretty: two-space indent, one member per line

class Json;
using JsonArray = std::vector<Json>;
using JsonMember = std::pair<std::string, Json>;
using JsonObject = std::vector<JsonMember>;

class Json {
public:
    static constexpr std::size_t default_max_depth = 256;

    Json() = default;  // null
    Json(std::nullptr_t) {}
    Json(bool b) : v_(b) {}
    Json(int i) : v_(std::int64_t{i}) {}
    Json(long i) : v_(static_cast<std::int64_t>(i)) {}
    Json(long long i) : v_(static_cast<std::int64_t>(i)) {}
    Json(unsigned u) : v_(std::int64_t{u}) {}
    Json(unsigned long u);       // a real when above INT64_MAX (sizes and counts fit)
    Json(unsigned long long u);  // likewise
    Json(double d) : v_(d) {}
    Json(const char* s) : v_(std::string(s)) {}
    Json(std::string s) : v_(std::move(s)) {}
    Json(std::string_view s) : v_(std::string(s)) {}
    Json(JsonArray a) : v_(std::move(a)) {}
    Json(JsonObject o);  // asserts that keys are unique

    static Json array(std::initializer_list<Json> items = {}) { return Json(JsonArray(items)); }
    static Json object() { return Json(JsonObject{}); }

    // Parses one complete document; throws JsonParseError. Nesting deeper than max_depth
    // arrays/objects is an error, so hostile input cannot exhaust the stack.
    static Json parse(std::string_view text, std::size_t max_depth = default_max_depth);

    // The document as text. Compact has no spaces; pretty ends without a newline. Strings are
    // escaped as JSON requires (quote, backslash, control characters) and otherwise written as
    // UTF-8; invalid UTF-8 bytes are written as U+FFFD so the output is always valid JSON.
    // Non-finite doubles are written as null; finite ones round-trip exactly.
    std::string dump(JsonStyle style = JsonStyle::compact) const;

    JsonType type() const { return static_cast<JsonType>(v_.index()); }
    bool is_null() const { return type() == JsonType::null; }
    bool is_bool() const { return type() == JsonType::boolean; }
    bool is_integer() const { return type() == JsonType::integer; }
    bool is_number() const { return type() == JsonType::integer || type() == JsonType::real; }
    bool is_string() const { return type() == JsonType::string; }
    bool is_array() const { return type() == JsonType::array; }
    bool is_object() const { return type() == JsonType::object; }

    // Typed access; each throws JsonTypeError naming the expected and the actual type.
    bool as_bool() const;
    std::int64_t as_int() const;  // an integer, or a real with an exact int64 value (3.0)
    double as_double() const;     // any number
    const std::string& as_string() const;
    const JsonArray& as_array() const;
    JsonArray& as_array();
    const JsonObject& as_object() const;
    JsonObject& as_object();

    // Arrays and objects: the number of elements or members; 0 for anything else.
    std::size_t size() const;

    // Objects: the member's value, or nullptr when absent (or when this is not an object).
    const Json* find(std::string_view key) const;
    Json* find(std::string_view key);
    bool contains(std::string_view key) const { return find(key) != nullptr; }
    // The member's value; throws JsonTypeError when absent or when this is not an object.
    const Json& at(std::string_view key) const;
    // Arrays: the element; throws JsonTypeError when out of range or not an array.
    const Json& at(std::size_t index) const;
    // Sets a member (replacing its value in place, or appending it); a null value becomes an
    // empty object first. Returns *this for chaining. Throws JsonTypeError on other types.
    Json& set(std::string key, Json value);
    // Appends to an array; a null value becomes an empty array first.
    Json& push_back(Json value);

    // Deep equality; an integer and a real are equal when their values are (1 == 1.0); member
    // order does not matter for objects.
    friend bool operator==(const Json& a, const Json& b);

private:
    std::variant<std::nullptr_t, bool, std::int64_t, double, std::string, JsonArray, JsonObject> v_;
};

// Appends `s` to `out` as a JSON string literal, quotes included (for writers that stream).
void append_json_string(std::string& out, std::string_view s);

}  // namespace clearance::core
