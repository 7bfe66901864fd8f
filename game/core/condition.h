// Condition: the small expression language of a step's `when`, e.g.
//     trusted_broker and not warned
//     lapses >= 2 or channel == "red"
//
// Written by instructors inside Lua files, so the syntax is Lua's: `true false`, numbers,
// strings in "double" or 'single' quotes, declared variables, `== ~= < <= > >=`, `and or not`,
// parentheses, unary minus on numbers. Precedence is Lua's: `or` < `and` < comparisons < `not`
// and unary minus, so `not a == b` means `(not a) == b`. Unlike Lua the language is strictly
// typed, because a silent truthiness rule hides authors' mistakes: `and`, `or` and `not` take
// booleans, `< <= > >=` take numbers, `==` and `~=` take two values of the same type, and the
// whole condition must be a boolean.
//
// Used by the scenario loader (parse once, when the file loads, against the declared
// variables), the session and autoplay (evaluate against the attempt's State) and the author's
// branch graph (variables()). Invariants: a parsed Condition has been type-checked against the
// declarations it was parsed with, so evaluating it against a State built from the same
// declarations never fails; a Condition is immutable and cheap to copy (the tree is shared).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/scenario_state.h"

namespace clearance::core {

// A condition that does not parse or type-check. what() is the whole message, e.g.
//     unknown variable "truts" at column 5 (did you mean "trust"?)
//     expected ')' at column 12
// column() is the 1-based column (in characters) where the problem was found; message() is
// what() without the column, for tools that place the column themselves.
class ConditionError : public std::runtime_error {
public:
    ConditionError(std::string message, std::size_t column);
    std::size_t column() const { return column_; }
    const std::string& message() const { return message_; }

private:
    std::string message_;
    std::size_t column_;
};

class Condition {
public:
    struct Node;  // the expression tree, defined in condition.cpp

    // Parses and type-checks `text` against `vars`. Throws ConditionError.
    static Condition parse(std::string_view text, const std::vector<VariableDecl>& vars);
    // As parse(), but returns nullopt and stores the error in `error` (when given).
    static std::optional<Condition> try_parse(std::string_view text, const std::vector<VariableDecl>& vars,
                                              std::optional<ConditionError>* error = nullptr);

    // The condition's value in `state`. Throws StateError only if `state` lacks a variable the
    // condition reads, which cannot happen with a State built from the parse's declarations.
    bool evaluate(const State& state) const;

    const std::string& source() const { return source_; }
    // The variables the condition reads, each once, in order of first appearance.
    const std::vector<std::string>& variables() const { return variables_; }

    // Same source text (the tree follows from it and the declarations).
    friend bool operator==(const Condition& a, const Condition& b) { return a.source_ == b.source_; }

private:
    Condition() = default;
    std::string source_;
    std::vector<std::string> variables_;
    std::shared_ptr<const Node> root_;
};

}  // namespace clearance::core
