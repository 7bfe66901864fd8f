// The `when` language: Lua syntax, strict types, errors that say where and what.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/condition.h"

using namespace clearance::core;

namespace {

std::vector<VariableDecl> decls() {
    return {
        {"trust", VarType::boolean, true, Text()},
        {"warned", VarType::boolean, false, Text()},
        {"lapses", VarType::number, 2.0, Text()},
        {"channel", VarType::string, std::string("red"), Text()},
    };
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("conditions evaluate with Lua's operators and precedence against the state") {
    const State s(decls());
    struct Case {
        const char* text;
        bool value;
    };
    const Case cases[] = {
        {"trust", true},
        {"not trust", false},
        {"trust and not warned", true},
        {"warned or lapses >= 2", true},
        {"lapses > 2", false},
        {"lapses < 2.5", true},
        {"lapses <= 2 and lapses >= 2", true},
        {"lapses == 2", true},
        {"lapses ~= 2", false},
        {"channel == \"red\"", true},
        {"channel ~= 'green'", true},
        {"-lapses < 0", true},
        {"lapses > -1e1", true},
        {"not warned == true", true},                  // (not warned) == true, as in Lua
        {"warned or trust and false", false},          // and binds tighter than or
        {"(warned or trust) and not (lapses < 1)", true},
        {"true", true},
        {"  false  ", false},
        {"channel == \"r\\\"ed\"", false},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        CHECK(Condition::parse(c.text, decls()).evaluate(s) == c.value);
    }
}

TEST_CASE("a condition follows the state as options change it") {
    const Condition c = Condition::parse("trust and lapses < 3", decls());
    State s(decls());
    CHECK(c.evaluate(s));
    s.apply({"lapses", AssignOp::add, 1.0});
    CHECK_FALSE(c.evaluate(s));
    s.apply({"lapses", AssignOp::set, 0.0});
    s.apply({"trust", AssignOp::set, false});
    CHECK_FALSE(c.evaluate(s));
}

TEST_CASE("a condition lists the variables it reads, once each, in order") {
    const Condition c = Condition::parse("lapses > 1 or (trust and lapses < 5) or channel == 'x'", decls());
    CHECK(c.variables() == std::vector<std::string>{"lapses", "trust", "channel"});
    CHECK(c.source() == "lapses > 1 or (trust and lapses < 5) or channel == 'x'");
}

TEST_CASE("malformed and ill-typed conditions are refused with the column and the reason") {
    struct Case {
        const char* text;
        const char* what;
        std::size_t column;
    };
    const Case cases[] = {
        {"truts", "unknown variable \"truts\" (did you mean \"trust\"?) at column 1", 1},
        {"trust and bribes", "unknown variable \"bribes\" at column 11", 11},
        {"(trust and warned", "expected ')' to close the '(' at column 1, found the end of the condition at column 18", 18},
        {"trust and (lapses > 1 or warned", "expected ')' to close the '(' at column 11, found the end of the condition at column 32", 32},
        {"", "the condition is empty at column 1", 1},
        {"trust and", "expected a value, found the end of the condition at column 10", 10},
        {"trust warned", "unexpected 'warned': expected 'and', 'or' or the end at column 7", 7},
        {"lapses != 2", "'!=' is not Lua: write '~=' at column 8", 8},
        {"trust && warned", "'&' is not Lua: write 'and' at column 7", 7},
        {"!trust", "'!' is not Lua: write 'not' at column 1", 1},
        {"lapses = 2", "'=' assigns in Lua: compare with '==' at column 8", 8},
        {"channel == \"red", "unfinished string at column 12", 12},
        {"lapses > 2x", "malformed number '2x' at column 10", 10},
        {"lapses", "a condition must be true or false, this one is a number at column 1", 1},
        {"lapses and trust", "'and' needs a boolean, found a number at column 1", 1},
        {"trust or channel", "'or' needs a boolean, found a string at column 10", 10},
        {"not lapses", "'not' needs a boolean, found a number at column 5", 5},
        {"channel < 'z'", "'<' needs a number, found a string at column 1", 1},
        {"lapses == '2'", "'==' compares a number with a string, which is never equal at column 8", 8},
        {"trust == 1", "'==' compares a boolean with a number, which is never equal at column 7", 7},
        {"-trust", "'-' needs a number, found a boolean at column 2", 2},
        {"trust -- comment", "comments are not allowed in a condition at column 7", 7},
        {"trust and ÿ", "unexpected character 'ÿ' at column 11", 11},
        {"channel == 'é' and ÿ", "unexpected character 'ÿ' at column 20", 20},  // columns count characters
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        std::optional<ConditionError> err;
        CHECK_FALSE(Condition::try_parse(c.text, decls(), &err).has_value());
        REQUIRE(err.has_value());
        CHECK(std::string(err->what()) == c.what);
        CHECK(err->column() == c.column);
    }
}

TEST_CASE("a scenario without variables says so when a condition names one") {
    std::optional<ConditionError> err;
    CHECK_FALSE(Condition::try_parse("trust", {}, &err));
    REQUIRE(err);
    CHECK(err->message() == "unknown variable \"trust\": the scenario declares no variables");
}

TEST_CASE("state assignments are checked against the declared types") {
    const auto d = decls();
    CHECK_FALSE(check_assignment({"trust", AssignOp::set, false}, d).has_value());
    CHECK_FALSE(check_assignment({"lapses", AssignOp::add, 1.0}, d).has_value());
    CHECK(check_assignment({"trust", AssignOp::set, 1.0}, d) == "\"trust\" is a boolean, set to the number 1");
    CHECK(check_assignment({"channel", AssignOp::add, 1.0}, d) ==
          "\"channel\" is a string: only numbers can be added to");
    CHECK(check_assignment({"nope", AssignOp::set, true}, d) == "unknown variable \"nope\"");
    State s(d);
    CHECK_THROWS_AS(s.apply({"trust", AssignOp::set, std::string("yes")}), StateError);
    CHECK(std::get<bool>(s.get("trust")));  // unchanged by the refused assignment
    CHECK_THROWS_AS(State({{"x", VarType::number, true, Text()}}), StateError);
}

TEST_CASE("values print as Lua literals") {
    CHECK(value_literal(true) == "true");
    CHECK(value_literal(2.5) == "2.5");
    CHECK(value_literal(3.0) == "3");
    CHECK(value_literal(std::string("say \"hi\"")) == "\"say \\\"hi\\\"\"");
}

}  // TEST_SUITE
