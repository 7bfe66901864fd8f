// Scenario state: the variables a scenario declares (with a type and a default), the values they
// hold during an attempt, and the assignments choose options make to them.
//
// Used by the scenario model (declarations and options' `set`), the condition language
// (condition.h type-checks against the declarations and evaluates against a State), the session
// (applies a chosen option's assignments) and the author's variable inspector.
// Invariants: a State holds exactly the declared variables, each with a value of its declared
// type; apply() refuses an assignment that would break that, so a condition that type-checked at
// load time can never meet a value of the wrong type. Numbers are Lua numbers (doubles): state is
// for counters and flags, never for money.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/scenario_text.h"

namespace clearance::core {

enum class VarType { boolean, number, string };

const char* var_type_name(VarType t);                        // "boolean", "number", "string"
std::optional<VarType> parse_var_type(std::string_view id);  // also "bool"; nullopt when unknown

// A variable's value; the alternative's index is the VarType.
using Value = std::variant<bool, double, std::string>;

VarType type_of(const Value& v);
// As Lua would write the literal: true, 3, 2.5, "text" (quoted, with \" and \\ escaped).
std::string value_literal(const Value& v);

struct VariableDecl {
    std::string name;  // a Lua identifier, unique in the scenario
    VarType type = VarType::boolean;
    Value initial = false;  // must be of `type`
    Text description;       // for the author's variable inspector; may be empty
};

// `set` replaces the value; `add` adds a number to a number variable (a counter of lapses).
enum class AssignOp { set, add };

struct Assignment {
    std::string variable;
    AssignOp op = AssignOp::set;
    Value value = true;
};

// Why an assignment cannot apply to these declarations (unknown variable, wrong type, `add` on a
// non-number), or nullopt when it can. The validator reports it; State::apply relies on it.
std::optional<std::string> check_assignment(const Assignment& a, const std::vector<VariableDecl>& decls);

// Thrown by State when asked for an undeclared variable or given a value of the wrong type;
// a validated scenario never triggers it.
class StateError : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

class State {
public:
    State() = default;
    // Every declared variable at its initial value. Throws StateError if an initial value does
    // not have its declared type or a name is declared twice.
    explicit State(const std::vector<VariableDecl>& decls);

    // The variable's value, or nullptr when it is not declared.
    const Value* find(std::string_view name) const;
    // The variable's value; throws StateError when it is not declared.
    const Value& get(std::string_view name) const;
    // Applies the assignment; throws StateError as check_assignment would describe.
    void apply(const Assignment& a);

    const std::map<std::string, Value, std::less<>>& values() const { return values_; }
    friend bool operator==(const State& a, const State& b) { return a.values_ == b.values_; }

private:
    std::map<std::string, Value, std::less<>> values_;
};

}  // namespace clearance::core
