#include "core/json.h"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <unordered_set>

namespace clearance::core {

// --- errors and names ---------------------------------------------------------------------

JsonParseError::JsonParseError(std::size_t line, std::size_t column, const std::string& what)
    : std::runtime_error(std::to_string(line) + ":" + std::to_string(column) + ": " + what),
      line_(line), column_(column) {}

const char* json_type_name(JsonType t) {
    switch (t) {
        case JsonType::null: return "null";
        case JsonType::boolean: return "boolean";
        case JsonType::integer: return "integer";
        case JsonType::real: return "number";
        case JsonType::string: return "string";
        case JsonType::array: return "array";
        case JsonType::object: return "object";
    }
    return "null";
}

namespace {

// 2^63 as a double: the first value beyond int64's range, exactly representable.
constexpr double two_pow_63 = 9223372036854775808.0;

bool double_to_int(double d, std::int64_t& out) {
    if (!(d >= -two_pow_63 && d < two_pow_63) || d != std::floor(d)) return false;
    out = static_cast<std::int64_t>(d);
    return true;
}

// Decodes one UTF-8 sequence at s[i] and advances i; returns -1 for invalid, overlong,
// surrogate or truncated sequences (and then advances by one byte).
long decode_utf8(std::string_view s, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) { ++i; return b0; }
    std::size_t n = 0;
    long cp = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) { n = 1; cp = b0 & 0x1F; }
    else if (b0 >= 0xE0 && b0 <= 0xEF) { n = 2; cp = b0 & 0x0F; }
    else if (b0 >= 0xF0 && b0 <= 0xF4) { n = 3; cp = b0 & 0x07; }
    else { ++i; return -1; }
    if (i + n >= s.size()) { ++i; return -1; }
    for (std::size_t k = 1; k <= n; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) { ++i; return -1; }
        cp = (cp << 6) | (b & 0x3F);
    }
    const long min = n == 1 ? 0x80 : n == 2 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { ++i; return -1; }
    i += n + 1;
    return cp;
}

void append_utf8(std::string& out, unsigned long cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string hex4(unsigned long v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04lX", v & 0xFFFFu);
    return buf;
}

// --- parser -------------------------------------------------------------------------------

class Parser {
public:
    Parser(std::string_view text, std::size_t max_depth) : s_(text), max_depth_(max_depth) {}

    Json document() {
        if (s_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;
        skip_space();
        if (i_ >= s_.size()) fail("empty document, expected a value");
        Json v = value(0);
        skip_space();
        if (i_ < s_.size()) fail("unexpected " + describe() + " after the JSON value");
        return v;
    }

private:
    // Line and column are worked out only when failing, so parsing pays nothing for them.
    [[noreturn]] void fail(const std::string& what) const { fail_at(i_, what); }
    [[noreturn]] void fail_at(std::size_t at, const std::string& what) const {
        std::size_t line = 1, column = 1;
        for (std::size_t k = 0; k < at && k < s_.size(); ++k) {
            const auto c = static_cast<unsigned char>(s_[k]);
            if (c == '\n') { ++line; column = 1; }
            else if ((c & 0xC0) != 0x80) ++column;  // count characters, not UTF-8 bytes
        }
        throw JsonParseError(line, column, what);
    }

    // The character at the cursor as an error message shows it.
    std::string describe() const {
        if (i_ >= s_.size()) return "end of input";
        const auto c = static_cast<unsigned char>(s_[i_]);
        if (c < 0x20 || c == 0x7F) return "control character U+" + hex4(c);
        std::size_t k = i_;
        if (decode_utf8(s_, k) < 0) return "invalid UTF-8 byte";
        return "'" + std::string(s_.substr(i_, k - i_)) + "'";
    }

    void skip_space() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
    }

    Json value(std::size_t depth) {
        if (i_ >= s_.size()) fail("unexpected end of input, expected a value");
        switch (s_[i_]) {
            case '{': return object(depth + 1);
            case '[': return array(depth + 1);
            case '"': return Json(string());
            case 't': literal("true"); return Json(true);
            case 'f': literal("false"); return Json(false);
            case 'n': literal("null"); return Json();
            case '\'': fail("strings must be in double quotes");
            case '/': fail("comments are not allowed in JSON");
            default:
                if (s_[i_] == '-' || (s_[i_] >= '0' && s_[i_] <= '9')) return number();
                fail("expected a value, found " + describe());
        }
    }

    void literal(std::string_view word) {
        const std::size_t start = i_;
        i_ += word.size();
        if (s_.substr(start, word.size()) != word ||
            (i_ < s_.size() && std::isalnum(static_cast<unsigned char>(s_[i_]))))
            fail_at(start, "invalid literal, expected true, false or null");
    }

    void enter(std::size_t depth) const {
        if (depth > max_depth_) fail("nesting deeper than " + std::to_string(max_depth_) + " levels");
    }

    Json array(std::size_t depth) {
        enter(depth);
        ++i_;  // '['
        JsonArray items;
        skip_space();
        if (i_ < s_.size() && s_[i_] == ']') { ++i_; return Json(std::move(items)); }
        for (;;) {
            skip_space();
            if (i_ < s_.size() && s_[i_] == ']' && !items.empty()) fail("trailing comma in an array");
            items.push_back(value(depth));
            skip_space();
            if (i_ < s_.size() && s_[i_] == ',') { ++i_; continue; }
            if (i_ < s_.size() && s_[i_] == ']') { ++i_; return Json(std::move(items)); }
            fail("expected ',' or ']' after array element, found " + describe());
        }
    }

    Json object(std::size_t depth) {
        enter(depth);
        ++i_;  // '{'
        JsonObject members;
        std::unordered_set<std::string> keys;  // duplicates are almost always an author's slip
        skip_space();
        if (i_ < s_.size() && s_[i_] == '}') { ++i_; return Json(std::move(members)); }
        for (;;) {
            skip_space();
            if (i_ < s_.size() && s_[i_] == '}' && !members.empty()) fail("trailing comma in an object");
            if (i_ >= s_.size() || s_[i_] != '"')
                fail("expected a member name in double quotes, found " + describe());
            const std::size_t key_at = i_;
            std::string key = string();
            if (!keys.insert(key).second) fail_at(key_at, "duplicate member name \"" + key + "\"");
            skip_space();
            if (i_ >= s_.size() || s_[i_] != ':') fail("expected ':' after member name, found " + describe());
            ++i_;
            skip_space();
            Json v = value(depth);
            members.emplace_back(std::move(key), std::move(v));
            skip_space();
            if (i_ < s_.size() && s_[i_] == ',') { ++i_; continue; }
            if (i_ < s_.size() && s_[i_] == '}') { ++i_; return Json(std::move(members)); }
            fail("expected ',' or '}' after object member, found " + describe());
        }
    }

    unsigned long hex_escape() {  // at the 'u' of \uXXXX
        unsigned long v = 0;
        for (int k = 1; k <= 4; ++k) {
            const char c = i_ + k < s_.size() ? s_[i_ + k] : '\0';
            int d = -1;
            if (c >= '0' && c <= '9') d = c - '0';
            else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
            if (d < 0) fail_at(i_ - 1, "invalid \\u escape, expected 4 hex digits");
            v = v * 16 + static_cast<unsigned long>(d);
        }
        i_ += 5;
        return v;
    }

    std::string string() {
        const std::size_t start = i_++;
        std::string out;
        for (;;) {
            // Copy runs of plain characters at once; stop at anything needing a look.
            std::size_t run = i_;
            while (run < s_.size() && s_[run] != '"' && s_[run] != '\\' &&
                   static_cast<unsigned char>(s_[run]) >= 0x20 && static_cast<unsigned char>(s_[run]) < 0x80)
                ++run;
            out.append(s_.data() + i_, run - i_);
            i_ = run;
            if (i_ >= s_.size()) fail_at(start, "unterminated string");
            const auto c = static_cast<unsigned char>(s_[i_]);
            if (c == '"') { ++i_; return out; }
            if (c >= 0x80) {
                const std::size_t at = i_;
                if (decode_utf8(s_, i_) < 0) fail_at(at, "invalid UTF-8 in string");
                out.append(s_.data() + at, i_ - at);
                continue;
            }
            if (c < 0x20) {
                if (c == '\n') fail("unterminated string (a line break must be written as \\n)");
                fail("control character U+" + hex4(c) + " in string must be escaped");
            }
            // A backslash escape.
            ++i_;
            if (i_ >= s_.size()) fail_at(start, "unterminated string");
            const char e = s_[i_];
            switch (e) {
                case '"': out.push_back('"'); ++i_; continue;
                case '\\': out.push_back('\\'); ++i_; continue;
                case '/': out.push_back('/'); ++i_; continue;
                case 'b': out.push_back('\b'); ++i_; continue;
                case 'f': out.push_back('\f'); ++i_; continue;
                case 'n': out.push_back('\n'); ++i_; continue;
                case 'r': out.push_back('\r'); ++i_; continue;
                case 't': out.push_back('\t'); ++i_; continue;
                case 'u': break;
                default: --i_; fail("invalid escape '\\" + describe_escape(e) + "' in string");
            }
            const std::size_t esc = i_ - 1;
            unsigned long cp = hex_escape();
            if (cp >= 0xDC00 && cp <= 0xDFFF) fail_at(esc, "unpaired surrogate \\u" + hex4(cp) + " in string");
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                // A high surrogate must be followed at once by a low one; together one code point.
                if (s_.substr(i_, 2) != "\\u") fail_at(esc, "unpaired surrogate \\u" + hex4(cp) + " in string");
                ++i_;
                const unsigned long low = hex_escape();
                if (low < 0xDC00 || low > 0xDFFF) fail_at(esc, "unpaired surrogate \\u" + hex4(cp) + " in string");
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            append_utf8(out, cp);
        }
    }

    static std::string describe_escape(char e) {
        const auto c = static_cast<unsigned char>(e);
        if (c < 0x20 || c >= 0x7F) return "U+" + hex4(c);
        return std::string(1, e);
    }

    Json number() {
        const std::size_t start = i_;
        auto digit = [&] { return i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9'; };
        bool integral = true;
        if (s_[i_] == '-') {
            ++i_;
            if (!digit()) fail("invalid number, expected a digit after '-'");
        }
        if (s_[i_] == '0') {
            ++i_;
            if (digit()) fail_at(start, "invalid number, leading zeros are not allowed");
        } else {
            while (digit()) ++i_;
        }
        if (i_ < s_.size() && s_[i_] == '.') {
            integral = false;
            ++i_;
            if (!digit()) fail("invalid number, expected a digit after '.'");
            while (digit()) ++i_;
        }
        bool negative_exponent = false;
        if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
            integral = false;
            ++i_;
            if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) negative_exponent = s_[i_++] == '-';
            if (!digit()) fail("invalid number, expected a digit in the exponent");
            while (digit()) ++i_;
        }
        const char* first = s_.data() + start;
        const char* last = s_.data() + i_;
        if (integral) {
            std::int64_t v = 0;
            const auto [ptr, ec] = std::from_chars(first, last, v);
            if (ec == std::errc() && ptr == last) return Json(static_cast<long long>(v));
            // Beyond int64: keep the magnitude as a double rather than reject the document.
        }
        double d = 0.0;
        const auto [ptr, ec] = std::from_chars(first, last, d);
        if (ec == std::errc::result_out_of_range) {
            if (!negative_exponent) fail_at(start, "number out of range");
            d = *first == '-' ? -0.0 : 0.0;  // an underflow is zero for all practical purposes
        } else if (ec != std::errc() || ptr != last) {
            fail_at(start, "invalid number");
        }
        return Json(d);
    }

    std::string_view s_;
    std::size_t max_depth_;
    std::size_t i_ = 0;
};

// --- writer -------------------------------------------------------------------------------

void write_double(std::string& out, double d) {
    if (!std::isfinite(d)) { out += "null"; return; }
    char buf[32];
    const auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, d);  // shortest round-trip form
    std::string_view text(buf, static_cast<std::size_t>(ptr - buf));
    out += text;
    // Keep the value a real when read back: "2" would come back as an integer.
    if (text.find_first_of(".eE") == std::string_view::npos) out += ".0";
}

void newline(std::string& out, JsonStyle style, std::size_t depth) {
    if (style != JsonStyle::pretty) return;
    out.push_back('\n');
    out.append(depth * 2, ' ');
}

void write(std::string& out, const Json& v, JsonStyle style, std::size_t depth) {
    switch (v.type()) {
        case JsonType::null: out += "null"; return;
        case JsonType::boolean: out += v.as_bool() ? "true" : "false"; return;
        case JsonType::integer: out += std::to_string(v.as_int()); return;
        case JsonType::real: write_double(out, v.as_double()); return;
        case JsonType::string: append_json_string(out, v.as_string()); return;
        case JsonType::array: {
            const JsonArray& a = v.as_array();
            if (a.empty()) { out += "[]"; return; }
            out.push_back('[');
            for (std::size_t k = 0; k < a.size(); ++k) {
                if (k) out.push_back(',');
                newline(out, style, depth + 1);
                write(out, a[k], style, depth + 1);
            }
            newline(out, style, depth);
            out.push_back(']');
            return;
        }
        case JsonType::object: {
            const JsonObject& o = v.as_object();
            if (o.empty()) { out += "{}"; return; }
            out.push_back('{');
            for (std::size_t k = 0; k < o.size(); ++k) {
                if (k) out.push_back(',');
                newline(out, style, depth + 1);
                append_json_string(out, o[k].first);
                out += style == JsonStyle::pretty ? ": " : ":";
                write(out, o[k].second, style, depth + 1);
            }
            newline(out, style, depth);
            out.push_back('}');
            return;
        }
    }
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    out.push_back('"');
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            const std::size_t at = i;
            if (decode_utf8(s, i) < 0) out += "\xEF\xBF\xBD";  // U+FFFD keeps the output valid UTF-8
            else out.append(s.data() + at, i - at);
            continue;
        }
        ++i;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) out += "\\u" + hex4(c);
                else out.push_back(static_cast<char>(c));
        }
    }
    out.push_back('"');
}

// --- value --------------------------------------------------------------------------------

Json::Json(unsigned long u) : Json(static_cast<unsigned long long>(u)) {}

Json::Json(unsigned long long u) {
    if (u <= static_cast<unsigned long long>(std::numeric_limits<std::int64_t>::max()))
        v_ = static_cast<std::int64_t>(u);
    else
        v_ = static_cast<double>(u);
}

Json::Json(JsonObject o) {
#ifndef NDEBUG
    std::unordered_set<std::string_view> keys;
    for (const auto& m : o) assert(keys.insert(m.first).second && "duplicate key in a JSON object");
#endif
    v_ = std::move(o);
}

Json Json::parse(std::string_view text, std::size_t max_depth) { return Parser(text, max_depth).document(); }

std::string Json::dump(JsonStyle style) const {
    std::string out;
    write(out, *this, style, 0);
    return out;
}

namespace {
[[noreturn]] void wrong_type(const char* expected, const Json& v) {
    throw JsonTypeError(std::string("expected ") + expected + ", found " + json_type_name(v.type()));
}
}  // namespace

bool Json::as_bool() const {
    if (!is_bool()) wrong_type("boolean", *this);
    return std::get<bool>(v_);
}

std::int64_t Json::as_int() const {
    if (is_integer()) return std::get<std::int64_t>(v_);
    std::int64_t out = 0;
    if (type() == JsonType::real && double_to_int(std::get<double>(v_), out)) return out;
    if (type() == JsonType::real)
        throw JsonTypeError("expected an integer, found the number " + dump());
    wrong_type("integer", *this);
}

double Json::as_double() const {
    if (is_integer()) return static_cast<double>(std::get<std::int64_t>(v_));
    if (type() != JsonType::real) wrong_type("number", *this);
    return std::get<double>(v_);
}

const std::string& Json::as_string() const {
    if (!is_string()) wrong_type("string", *this);
    return std::get<std::string>(v_);
}

const JsonArray& Json::as_array() const {
    if (!is_array()) wrong_type("array", *this);
    return std::get<JsonArray>(v_);
}

JsonArray& Json::as_array() {
    if (!is_array()) wrong_type("array", *this);
    return std::get<JsonArray>(v_);
}

const JsonObject& Json::as_object() const {
    if (!is_object()) wrong_type("object", *this);
    return std::get<JsonObject>(v_);
}

JsonObject& Json::as_object() {
    if (!is_object()) wrong_type("object", *this);
    return std::get<JsonObject>(v_);
}

std::size_t Json::size() const {
    if (is_array()) return std::get<JsonArray>(v_).size();
    if (is_object()) return std::get<JsonObject>(v_).size();
    return 0;
}

const Json* Json::find(std::string_view key) const {
    if (!is_object()) return nullptr;
    for (const auto& [k, v] : std::get<JsonObject>(v_))
        if (k == key) return &v;
    return nullptr;
}

Json* Json::find(std::string_view key) { return const_cast<Json*>(std::as_const(*this).find(key)); }

const Json& Json::at(std::string_view key) const {
    if (!is_object()) wrong_type("object", *this);
    const Json* v = find(key);
    if (!v) throw JsonTypeError("missing member \"" + std::string(key) + "\"");
    return *v;
}

const Json& Json::at(std::size_t index) const {
    const JsonArray& a = as_array();
    if (index >= a.size())
        throw JsonTypeError("index " + std::to_string(index) + " out of range (size " + std::to_string(a.size()) + ")");
    return a[index];
}

Json& Json::set(std::string key, Json value) {
    if (is_null()) v_ = JsonObject{};
    if (Json* existing = find(key)) {
        *existing = std::move(value);
    } else {
        as_object().emplace_back(std::move(key), std::move(value));
    }
    return *this;
}

Json& Json::push_back(Json value) {
    if (is_null()) v_ = JsonArray{};
    as_array().push_back(std::move(value));
    return *this;
}

bool operator==(const Json& a, const Json& b) {
    if (a.is_number() && b.is_number()) {
        if (a.is_integer() && b.is_integer()) return a.as_int() == b.as_int();
        if (!a.is_integer() && !b.is_integer()) return a.as_double() == b.as_double();
        const Json& i = a.is_integer() ? a : b;
        const Json& d = a.is_integer() ? b : a;
        std::int64_t exact = 0;
        return double_to_int(d.as_double(), exact) && exact == i.as_int();
    }
    if (a.type() != b.type()) return false;
    switch (a.type()) {
        case JsonType::null: return true;
        case JsonType::boolean: return a.as_bool() == b.as_bool();
        case JsonType::string: return a.as_string() == b.as_string();
        case JsonType::array: return a.as_array() == b.as_array();
        case JsonType::object: {
            if (a.size() != b.size()) return false;
            for (const auto& [k, v] : a.as_object()) {
                const Json* other = b.find(k);
                if (!other || !(*other == v)) return false;
            }
            return true;
        }
        default: return false;
    }
}

}  // namespace clearance::core
