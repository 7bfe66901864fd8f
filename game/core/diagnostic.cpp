#include "core/diagnostic.h"

#include <algorithm>

namespace clearance::core {

const char* severity_name(Severity s) {
    switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
    }
    return "error";
}

std::string format_diagnostic(const Diagnostic& d) {
    std::string out;
    if (!d.file.empty()) {
        out += escape_for_display(d.file);
        if (d.line > 0) out += ":" + std::to_string(d.line);
        out += ": ";
    }
    out += severity_name(d.severity);
    out += ": ";
    if (!d.field.empty()) {
        out += escape_for_display(d.field);
        out += ": ";
    }
    out += escape_for_display(d.message);
    return out;
}

namespace {

void append_hex_escape(std::string& out, unsigned char byte) {
    static const char digits[] = "0123456789abcdef";
    out += "\\x";
    out += digits[byte >> 4];
    out += digits[byte & 0x0f];
}

// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is not valid (overlong
// forms, surrogates and code points above U+10FFFF are invalid, as RFC 3629 says).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char b0 = byte(i);
    std::size_t n = 0;
    unsigned char lo = 0x80, hi = 0xbf;  // allowed range of the second byte
    if (b0 >= 0xc2 && b0 <= 0xdf) n = 2;
    else if (b0 == 0xe0) { n = 3; lo = 0xa0; }
    else if ((b0 >= 0xe1 && b0 <= 0xec) || b0 == 0xee || b0 == 0xef) n = 3;
    else if (b0 == 0xed) { n = 3; hi = 0x9f; }
    else if (b0 == 0xf0) { n = 4; lo = 0x90; }
    else if (b0 >= 0xf1 && b0 <= 0xf3) n = 4;
    else if (b0 == 0xf4) { n = 4; hi = 0x8f; }
    else return 0;
    if (i + n > text.size()) return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xbf) return 0;
    return n;
}

bool is_identifier(std::string_view name) {
    if (name.empty()) return false;
    const auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (!alpha(name[0])) return false;
    return std::all_of(name.begin(), name.end(), [&](char c) { return alpha(c) || digit(c); });
}

}  // namespace

std::string escape_for_display(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (c == '\n') out += "\\n";
            else if (c == '\t') out += "\\t";
            else if (c == '\r') out += "\\r";
            else if (c < 0x20 || c == 0x7f) append_hex_escape(out, c);
            else out += static_cast<char>(c);
            ++i;
            continue;
        }
        const std::size_t n = utf8_sequence_length(text, i);
        if (n == 0) {
            append_hex_escape(out, c);
            ++i;
            continue;
        }
        // C1 controls (U+0080..U+009F, encoded C2 80..C2 9F) act as terminal escapes too.
        if (c == 0xc2 && static_cast<unsigned char>(text[i + 1]) < 0xa0) {
            append_hex_escape(out, c);
            append_hex_escape(out, static_cast<unsigned char>(text[i + 1]));
        } else {
            out.append(text.substr(i, n));
        }
        i += n;
    }
    return out;
}

std::size_t invalid_utf8_offset(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t n = utf8_sequence_length(text, i);
        if (n == 0) return i;
        i += n;
    }
    return std::string_view::npos;
}

std::string field_path_key(std::string_view path, std::string_view name) {
    std::string out(path);
    if (is_identifier(name)) {
        if (!out.empty()) out += '.';
        out.append(name);
        return out;
    }
    out += "[\"";
    for (char c : name) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    out += "\"]";
    return out;
}

std::string field_path_index(std::string_view path, long long index) {
    std::string out(path);
    out += '[';
    out += std::to_string(index);
    out += ']';
    return out;
}

std::size_t count_errors(const std::vector<Diagnostic>& diagnostics) {
    return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
        [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

}  // namespace clearance::core
