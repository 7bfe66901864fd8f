#include "core/scenario_state.h"

#include <charconv>

namespace clearance::core {

const char* var_type_name(VarType t) {
    switch (t) {
        case VarType::boolean: return "boolean";
        case VarType::number: return "number";
        case VarType::string: return "string";
    }
    return "boolean";
}

std::optional<VarType> parse_var_type(std::string_view id) {
    if (id == "boolean" || id == "bool") return VarType::boolean;
    if (id == "number") return VarType::number;
    if (id == "string") return VarType::string;
    return std::nullopt;
}

VarType type_of(const Value& v) { return static_cast<VarType>(v.index()); }

std::string value_literal(const Value& v) {
    if (const bool* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
    if (const double* d = std::get_if<double>(&v)) {
        char buf[32];
        auto [end, ec] = std::to_chars(buf, buf + sizeof buf, *d);  // shortest form that reads back
        return ec == std::errc() ? std::string(buf, end) : std::string("nan");
    }
    std::string out = "\"";
    for (char c : std::get<std::string>(v)) {
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

namespace {

const VariableDecl* find_decl(const std::vector<VariableDecl>& decls, std::string_view name) {
    for (const auto& d : decls)
        if (d.name == name) return &d;
    return nullptr;
}

}  // namespace

std::optional<std::string> check_assignment(const Assignment& a, const std::vector<VariableDecl>& decls) {
    const VariableDecl* d = find_decl(decls, a.variable);
    if (!d) return "unknown variable \"" + a.variable + "\"";
    const VarType given = type_of(a.value);
    if (a.op == AssignOp::add) {
        if (d->type != VarType::number)
            return "\"" + a.variable + "\" is a " + var_type_name(d->type) + ": only numbers can be added to";
        if (given != VarType::number)
            return "adding a " + std::string(var_type_name(given)) + " to the number \"" + a.variable + "\"";
        return std::nullopt;
    }
    if (given != d->type)
        return "\"" + a.variable + "\" is a " + var_type_name(d->type) + ", set to the " + var_type_name(given) +
               " " + value_literal(a.value);
    return std::nullopt;
}

State::State(const std::vector<VariableDecl>& decls) {
    for (const auto& d : decls) {
        if (type_of(d.initial) != d.type)
            throw StateError("variable \"" + d.name + "\" is a " + var_type_name(d.type) + " but starts as " +
                             value_literal(d.initial));
        if (!values_.emplace(d.name, d.initial).second)
            throw StateError("variable \"" + d.name + "\" is declared twice");
    }
}

const Value* State::find(std::string_view name) const {
    auto it = values_.find(name);
    return it == values_.end() ? nullptr : &it->second;
}

const Value& State::get(std::string_view name) const {
    if (const Value* v = find(name)) return *v;
    throw StateError("unknown variable \"" + std::string(name) + "\"");
}

void State::apply(const Assignment& a) {
    auto it = values_.find(a.variable);
    if (it == values_.end()) throw StateError("unknown variable \"" + a.variable + "\"");
    Value& target = it->second;
    if (a.op == AssignOp::add) {
        if (type_of(target) != VarType::number || type_of(a.value) != VarType::number)
            throw StateError("cannot add " + value_literal(a.value) + " to \"" + a.variable + "\"");
        std::get<double>(target) += std::get<double>(a.value);
        return;
    }
    if (type_of(target) != type_of(a.value))
        throw StateError("\"" + a.variable + "\" is a " + var_type_name(type_of(target)) + ", set to " +
                         value_literal(a.value));
    target = a.value;
}

}  // namespace clearance::core
