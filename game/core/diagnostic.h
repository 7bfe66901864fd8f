// Diagnostic: one message about a scenario file, for an author to read and act on.
//
// Produced by the script sandbox (syntax errors, budgets, crashes), the scenario validator and
// `clearance lint`; shown in the app and printed by the headless commands. The formatted form is
// the compiler convention every editor understands:
//     valuation/royalty.lua:42: error: steps[3].answer: "85x7" is not an HS code
// Invariants: line 0 means "no line known" and is omitted; an empty field path is omitted. The
// formatter escapes control characters and invalid UTF-8, because the text quotes scenario
// values and a shared file must not be able to drive the terminal that prints it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace clearance::core {

enum class Severity { error, warning, note };

const char* severity_name(Severity s);  // "error", "warning", "note"

struct Diagnostic {
    Severity severity = Severity::error;
    std::string file;     // as shown to the author, e.g. "valuation/royalty.lua"; may be empty
    int line = 0;         // 1-based; 0 when unknown
    std::string field;    // field path, e.g. "steps[3].answer"; empty when the file as a whole
    std::string message;  // one sentence, no trailing period needed, no file:line prefix
};

// "file:line: severity: field: message", leaving out the parts that are unknown. Never throws
// anything but std::bad_alloc.
std::string format_diagnostic(const Diagnostic& d);

// The text with C0 controls, DEL and bytes that are not valid UTF-8 written as \n, \t, \xNN, so
// it prints as one safe line. Valid multi-byte UTF-8 (é, Ł, Cyrillic) is kept as is.
std::string escape_for_display(std::string_view text);

// Offset of the first byte that does not start a valid UTF-8 sequence, or std::string_view::npos
// when the whole text is valid UTF-8 (RFC 3629: no overlong forms, surrogates or > U+10FFFF).
std::size_t invalid_utf8_offset(std::string_view text);

// Field paths as the validator builds them: "steps" + index 3 -> "steps[3]", then + "answer"
// -> "steps[3].answer". A name that is not a Lua identifier is quoted: ["unit price"].
std::string field_path_key(std::string_view path, std::string_view name);
std::string field_path_index(std::string_view path, long long index);

std::size_t count_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace clearance::core
