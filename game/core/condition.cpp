#include "core/condition.h"

#include <algorithm>
#include <charconv>
#include <utility>

namespace clearance::core {

// ---- tree ------------------------------------------------------------------------------------

struct Condition::Node {
    enum class Op { literal, variable, not_, negate, and_, or_, eq, ne, lt, le, gt, ge };
    Op op = Op::literal;
    Value literal;
    std::string name;  // variable
    std::shared_ptr<const Node> left, right;
};

using Node = Condition::Node;
using Op = Node::Op;

ConditionError::ConditionError(std::string message, std::size_t column)
    : std::runtime_error(message + " at column " + std::to_string(column)), message_(std::move(message)),
      column_(column) {}

namespace {

// ---- lexer -----------------------------------------------------------------------------------

enum class Tok { ident, number, string, kw_true, kw_false, kw_and, kw_or, kw_not, eq, ne, lt, le, gt, ge, lparen,
                 rparen, minus, end };

struct Token {
    Tok kind = Tok::end;
    std::string text;  // identifier name, string contents, or the source of the token
    double number = 0;
    std::size_t column = 1;
};

// Columns count characters, not bytes, so a French string before the error does not shift it.
std::size_t column_of(std::string_view text, std::size_t byte) {
    std::size_t col = 1;
    for (std::size_t i = 0; i < byte && i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
    return col;
}

bool ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool ident_char(char c) { return ident_start(c) || (c >= '0' && c <= '9'); }
bool digit(char c) { return c >= '0' && c <= '9'; }

std::vector<Token> lex(std::string_view s) {
    std::vector<Token> out;
    std::size_t i = 0;
    auto fail = [&](const std::string& msg, std::size_t at) -> void { throw ConditionError(msg, column_of(s, at)); };
    while (i < s.size()) {
        const char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
            continue;
        }
        Token t;
        t.column = column_of(s, i);
        const std::size_t start = i;
        auto two = [&](char next) { return i + 1 < s.size() && s[i + 1] == next; };
        if (ident_start(c)) {
            while (i < s.size() && ident_char(s[i])) ++i;
            t.text = std::string(s.substr(start, i - start));
            t.kind = t.text == "true"    ? Tok::kw_true
                     : t.text == "false" ? Tok::kw_false
                     : t.text == "and"   ? Tok::kw_and
                     : t.text == "or"    ? Tok::kw_or
                     : t.text == "not"   ? Tok::kw_not
                                         : Tok::ident;
        } else if (digit(c) || (c == '.' && i + 1 < s.size() && digit(s[i + 1]))) {
            while (i < s.size() && (digit(s[i]) || s[i] == '.')) ++i;
            if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
                ++i;
                if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
                while (i < s.size() && digit(s[i])) ++i;
            }
            if (i < s.size() && ident_char(s[i])) {
                while (i < s.size() && ident_char(s[i])) ++i;
                fail("malformed number '" + std::string(s.substr(start, i - start)) + "'", start);
            }
            t.kind = Tok::number;
            t.text = std::string(s.substr(start, i - start));
            const char* first = t.text.data();
            const char* last = first + t.text.size();
            auto [end, ec] = std::from_chars(first, last, t.number);
            if (ec != std::errc() || end != last) fail("malformed number '" + t.text + "'", start);
        } else if (c == '"' || c == '\'') {
            ++i;
            bool closed = false;
            while (i < s.size()) {
                char ch = s[i++];
                if (ch == c) {
                    closed = true;
                    break;
                }
                if (ch == '\n') break;
                if (ch == '\\') {
                    if (i >= s.size()) break;
                    char e = s[i++];
                    switch (e) {
                        case 'n': t.text += '\n'; break;
                        case 't': t.text += '\t'; break;
                        case '\\': case '"': case '\'': t.text += e; break;
                        default: fail(std::string("unknown escape '\\") + e + "' in a string", i - 2);
                    }
                    continue;
                }
                t.text += ch;
            }
            if (!closed) fail("unfinished string", start);
            t.kind = Tok::string;
        } else if (c == '=' && two('=')) {
            t.kind = Tok::eq, i += 2;
        } else if (c == '~' && two('=')) {
            t.kind = Tok::ne, i += 2;
        } else if (c == '<') {
            t.kind = two('=') ? Tok::le : Tok::lt, i += two('=') ? 2 : 1;
        } else if (c == '>') {
            t.kind = two('=') ? Tok::ge : Tok::gt, i += two('=') ? 2 : 1;
        } else if (c == '(') {
            t.kind = Tok::lparen, ++i;
        } else if (c == ')') {
            t.kind = Tok::rparen, ++i;
        } else if (c == '-') {
            if (two('-')) fail("comments are not allowed in a condition", i);
            t.kind = Tok::minus, ++i;
        } else if (c == '!' && two('=')) {
            fail("'!=' is not Lua: write '~='", i);
        } else if (c == '!') {
            fail("'!' is not Lua: write 'not'", i);
        } else if (c == '&') {
            fail("'&' is not Lua: write 'and'", i);
        } else if (c == '|') {
            fail("'|' is not Lua: write 'or'", i);
        } else if (c == '=') {
            fail("'=' assigns in Lua: compare with '=='", i);
        } else {
            std::size_t len = 1;
            const auto lead = static_cast<unsigned char>(c);
            if (lead >= 0xC0) len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            fail("unexpected character '" + std::string(s.substr(i, len)) + "'", i);
        }
        if (t.text.empty() && t.kind != Tok::string) t.text = std::string(s.substr(start, i - start));
        out.push_back(std::move(t));
    }
    Token end;
    end.kind = Tok::end;
    end.column = column_of(s, s.size());
    out.push_back(end);
    return out;
}

std::string describe(const Token& t) {
    switch (t.kind) {
        case Tok::end: return "the end of the condition";
        case Tok::string: return "the string \"" + t.text + "\"";
        default: return "'" + t.text + "'";
    }
}

// ---- parser and type checker -----------------------------------------------------------------

// Edit distance, for "did you mean": names are short, so the quadratic table is fine.
std::size_t distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

const char* a_type(VarType t) {
    switch (t) {
        case VarType::boolean: return "a boolean";
        case VarType::number: return "a number";
        case VarType::string: return "a string";
    }
    return "a value";
}

struct Typed {
    std::shared_ptr<const Node> node;
    VarType type;
    std::size_t column;  // where the sub-expression starts
};

class Parser {
public:
    Parser(std::vector<Token> toks, const std::vector<VariableDecl>& vars) : toks_(std::move(toks)), vars_(vars) {}

    Typed parse_all(std::vector<std::string>& used) {
        if (peek().kind == Tok::end) throw ConditionError("the condition is empty", peek().column);
        Typed t = parse_or();
        if (peek().kind != Tok::end) {
            const Token& extra = peek();
            throw ConditionError("unexpected " + describe(extra) + ": expected 'and', 'or' or the end", extra.column);
        }
        if (t.type != VarType::boolean)
            throw ConditionError(std::string("a condition must be true or false, this one is ") + a_type(t.type),
                                 t.column);
        used = std::move(used_);
        return t;
    }

private:
    const Token& peek() const { return toks_[pos_]; }
    const Token& take() { return toks_[pos_ < toks_.size() - 1 ? pos_++ : pos_]; }

    static std::shared_ptr<const Node> make(Op op, std::shared_ptr<const Node> l, std::shared_ptr<const Node> r) {
        auto n = std::make_shared<Node>();
        n->op = op;
        n->left = std::move(l);
        n->right = std::move(r);
        return n;
    }

    void need(const Typed& t, VarType type, const std::string& what) {
        if (t.type != type)
            throw ConditionError(what + " needs " + a_type(type) + ", found " + a_type(t.type), t.column);
    }

    Typed parse_or() {
        Typed left = parse_and();
        while (peek().kind == Tok::kw_or) {
            take();
            Typed right = parse_and();
            need(left, VarType::boolean, "'or'");
            need(right, VarType::boolean, "'or'");
            left = Typed{make(Op::or_, left.node, right.node), VarType::boolean, left.column};
        }
        return left;
    }

    Typed parse_and() {
        Typed left = parse_compare();
        while (peek().kind == Tok::kw_and) {
            take();
            Typed right = parse_compare();
            need(left, VarType::boolean, "'and'");
            need(right, VarType::boolean, "'and'");
            left = Typed{make(Op::and_, left.node, right.node), VarType::boolean, left.column};
        }
        return left;
    }

    Typed parse_compare() {
        Typed left = parse_unary();
        for (;;) {
            const Token op = peek();
            Op o;
            switch (op.kind) {
                case Tok::eq: o = Op::eq; break;
                case Tok::ne: o = Op::ne; break;
                case Tok::lt: o = Op::lt; break;
                case Tok::le: o = Op::le; break;
                case Tok::gt: o = Op::gt; break;
                case Tok::ge: o = Op::ge; break;
                default: return left;
            }
            take();
            Typed right = parse_unary();
            if (o == Op::eq || o == Op::ne) {
                if (left.type != right.type)
                    throw ConditionError("'" + op.text + "' compares " + a_type(left.type) + " with " +
                                             a_type(right.type) + ", which is never equal",
                                         op.column);
            } else {
                need(left, VarType::number, "'" + op.text + "'");
                need(right, VarType::number, "'" + op.text + "'");
            }
            left = Typed{make(o, left.node, right.node), VarType::boolean, left.column};
        }
    }

    Typed parse_unary() {
        const Token t = peek();
        if (t.kind == Tok::kw_not) {
            take();
            Typed operand = parse_unary();
            need(operand, VarType::boolean, "'not'");
            return Typed{make(Op::not_, operand.node, nullptr), VarType::boolean, t.column};
        }
        if (t.kind == Tok::minus) {
            take();
            Typed operand = parse_unary();
            need(operand, VarType::number, "'-'");
            return Typed{make(Op::negate, operand.node, nullptr), VarType::number, t.column};
        }
        return parse_primary();
    }

    Typed parse_primary() {
        const Token t = take();
        auto literal = [&](Value v) {
            auto n = std::make_shared<Node>();
            n->op = Op::literal;
            n->literal = std::move(v);
            VarType type = type_of(n->literal);
            return Typed{n, type, t.column};
        };
        switch (t.kind) {
            case Tok::kw_true: return literal(true);
            case Tok::kw_false: return literal(false);
            case Tok::number: return literal(t.number);
            case Tok::string: return literal(t.text);
            case Tok::ident: return variable(t);
            case Tok::lparen: {
                Typed inner = parse_or();
                if (peek().kind != Tok::rparen)
                    throw ConditionError("expected ')' to close the '(' at column " + std::to_string(t.column) +
                                             ", found " + describe(peek()),
                                         peek().column);
                take();
                inner.column = t.column;
                return inner;
            }
            default: throw ConditionError("expected a value, found " + describe(t), t.column);
        }
    }

    Typed variable(const Token& t) {
        const VariableDecl* decl = nullptr;
        for (const auto& d : vars_)
            if (d.name == t.text) decl = &d;
        if (!decl) {
            std::string message = "unknown variable \"" + t.text + "\"";
            const VariableDecl* best = nullptr;
            std::size_t best_distance = 0;
            for (const auto& d : vars_) {
                std::size_t dist = distance(t.text, d.name);
                if (!best || dist < best_distance) best = &d, best_distance = dist;
            }
            // Two edits catch a swapped pair ("truts"); more would suggest unrelated names.
            if (best && best_distance <= 2 && best_distance < best->name.size())
                throw ConditionError(message + " (did you mean \"" + best->name + "\"?)", t.column);
            if (vars_.empty()) message += ": the scenario declares no variables";
            throw ConditionError(message, t.column);
        }
        if (std::find(used_.begin(), used_.end(), decl->name) == used_.end()) used_.push_back(decl->name);
        auto n = std::make_shared<Node>();
        n->op = Op::variable;
        n->name = decl->name;
        return Typed{n, decl->type, t.column};
    }

    std::vector<Token> toks_;
    std::size_t pos_ = 0;
    const std::vector<VariableDecl>& vars_;
    std::vector<std::string> used_;
};

// ---- evaluation ------------------------------------------------------------------------------

Value eval(const Node& n, const State& s) {
    switch (n.op) {
        case Op::literal: return n.literal;
        case Op::variable: return s.get(n.name);
        case Op::not_: return !std::get<bool>(eval(*n.left, s));
        case Op::negate: return -std::get<double>(eval(*n.left, s));
        case Op::and_: return std::get<bool>(eval(*n.left, s)) && std::get<bool>(eval(*n.right, s));
        case Op::or_: return std::get<bool>(eval(*n.left, s)) || std::get<bool>(eval(*n.right, s));
        case Op::eq: return eval(*n.left, s) == eval(*n.right, s);
        case Op::ne: return eval(*n.left, s) != eval(*n.right, s);
        default: break;
    }
    const double a = std::get<double>(eval(*n.left, s));
    const double b = std::get<double>(eval(*n.right, s));
    switch (n.op) {
        case Op::lt: return a < b;
        case Op::le: return a <= b;
        case Op::gt: return a > b;
        default: return a >= b;
    }
}

}  // namespace

Condition Condition::parse(std::string_view text, const std::vector<VariableDecl>& vars) {
    Parser p(lex(text), vars);
    Condition c;
    c.source_ = std::string(text);
    c.root_ = p.parse_all(c.variables_).node;
    return c;
}

std::optional<Condition> Condition::try_parse(std::string_view text, const std::vector<VariableDecl>& vars,
                                              std::optional<ConditionError>* error) {
    try {
        return parse(text, vars);
    } catch (const ConditionError& e) {
        if (error) error->emplace(e);
        return std::nullopt;
    }
}

bool Condition::evaluate(const State& state) const {
    // A State of the right declarations holds values of the declared types (State::apply checks),
    // so the std::get calls above cannot throw; a wrong State is reported as such.
    try {
        return std::get<bool>(eval(*root_, state));
    } catch (const std::bad_variant_access&) {
        throw StateError("condition \"" + source_ + "\" met a variable of another type than declared");
    }
}

}  // namespace clearance::core
