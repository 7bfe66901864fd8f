// Validation: each rule with a broken fixture, asserting the exact file:line, field path and
// message an author reads (tests/script/fixtures/broken/*.lua), plus the routing rules on
// scenarios built in C++.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "core/hs_nomenclature.h"
#include "script/loader.h"
#include "script/validate.h"

namespace fs = std::filesystem;
using namespace clearance;
using namespace clearance::script;

namespace {

const core::HsNomenclature& hs() {
    static const core::HsNomenclature nom = core::HsNomenclature::load(CLEARANCE_SOURCE_ROOT "/assets/hs");
    return nom;
}

LoadResult load_broken(const std::string& name) {
    LoadOptions o;
    o.hs = &hs();
    o.seeds = default_check_seeds;
    const fs::path path = fs::path(CLEARANCE_TEST_DATA) / "script" / "fixtures" / "broken" / name;
    return load_scenario_file(path, "broken/" + name, o);
}

std::vector<std::string> formatted(const LoadResult& r) {
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics) out.push_back(core::format_diagnostic(d));
    return out;
}

struct Case {
    const char* file;
    const char* expected;  // one diagnostic, exactly as `clearance lint` prints it
};

}  // namespace

TEST_SUITE("script") {

TEST_CASE("each validation rule names the file, the line, the field path and the value") {
    const Case cases[] = {
        {"bad_hs_syntax.lua",
         "broken/bad_hs_syntax.lua:9: error: steps[3].answer: \"85x7\" is not an HS code: digits expected, found 'x'"},
        {"hs_not_in_2022.lua",
         "broken/hs_not_in_2022.lua:7: error: steps[1].answer: 8517.15 is not a code of HS 2022: heading 85.17 has "
         "no subheading 8517.15."},
        {"unknown_field.lua",
         "broken/unknown_field.lua:7: error: steps[1].facts.pirce: unknown field \"pirce\" (did you mean \"price\"?)"},
        {"next_unknown.lua",
         "broken/next_unknown.lua:7: error: steps[1].next: \"phnoes\" is not a step of this scenario (nor \"end\")"},
        {"unreachable.lua",
         "broken/unreachable.lua:8: error: steps[2]: step \"laptops\" is never reached: no route from the first step "
         "leads to it"},
        {"loop.lua",
         "broken/loop.lua:8: error: steps[2].next: routes back to step \"phones\", which can come earlier on the same "
         "route: no step is visited twice in an attempt, so this is a dead end"},
        {"option_nowhere.lua",
         "broken/option_nowhere.lua:7: error: steps[1].options[2].next: \"consequence\" is not a step of this "
         "scenario (nor \"end\")"},
        {"bad_enum.lua",
         "broken/bad_enum.lua:2: error: topic: \"valuaton\" is not one of \"classification\", \"valuation\", "
         "\"origin\", \"revenue\", \"fraud\", \"security\", \"facilitation\" or \"ethics\""},
        {"wrong_type.lua", "broken/wrong_type.lua:2: error: minutes: expected a whole number, got \"ten\""},
        {"wrong_type.lua", "broken/wrong_type.lua:8: error: steps[1].value: expected a number, got \"42\""},
        {"not_a_constructor.lua",
         "broken/not_a_constructor.lua:2: error: steps[1]: expected a step made by a constructor such as "
         "brief{...}, classify{...} or choose{...}, got a table"},
        {"not_a_scenario.lua",
         "broken/not_a_scenario.lua: error: the file must return scenario{ ... }, but it returned a table"},
        {"runtime_error.lua", "broken/runtime_error.lua:6: error: attempt to call a nil value (global 'clasify')"},
        {"duplicate_ids.lua", "broken/duplicate_ids.lua:8: error: steps[2].id: two steps are called \"gift\" (also steps[1])"},
        {"duplicate_ids.lua", "broken/duplicate_ids.lua:7: error: steps[1].options[2].id: two options are called \"a\""},
        {"when_unknown_variable.lua",
         "broken/when_unknown_variable.lua:9: error: steps[2].when: \"truts\": unknown variable \"truts\" (did you "
         "mean \"trust\"?) at column 1"},
        {"bad_goods_line.lua",
         "broken/bad_goods_line.lua:10: error: steps[1].goods.line: document \"invoice\" has 1 goods line(s), not 3"},
        {"inspect_bad_field.lua",
         "broken/inspect_bad_field.lua:10: error: steps[1].findings[1].fields[1]: invoice (invoice) has no field "
         "\"lines[4].quantity\""},
        {"bad_money.lua",
         "broken/bad_money.lua:7: error: steps[1].facts.customs_value: the number 6300 names no currency and none "
         "applies here: write it as \"EUR 6300\""},
        {"bad_money.lua",
         "broken/bad_money.lua:7: warning: steps[1].facts.vat_rate: is 20, that is 2000%; for 20% write \"20%\""},
        {"generated_sometimes.lua",
         "broken/generated_sometimes.lua:8: error: steps[1].answer: 8517.15 is not a code of HS 2022: heading 85.17 "
         "has no subheading 8517.15. (with seed 1)"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.file);
        const LoadResult r = load_broken(c.file);
        const auto lines = formatted(r);
        std::string shown;
        for (const auto& l : lines) shown += l + "\n";
        INFO(shown);
        CHECK(std::find(lines.begin(), lines.end(), std::string(c.expected)) != lines.end());
        if (std::string(c.expected).find(": error: ") != std::string::npos) CHECK_FALSE(r.ok());
    }
}

TEST_CASE("a missing translation is a warning and the scenario still loads") {
    const LoadResult r = load_broken("missing_translation.lua");
    REQUIRE(r.ok());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(core::format_diagnostic(r.diagnostics[0]) ==
          "broken/missing_translation.lua:8: warning: steps[1].prompt: missing translation: no \"fr\" text (English "
          "is shown instead)");
}

TEST_CASE("a competency outside the catalogue is a warning naming it, and the scenario still loads") {
    const LoadResult r = load_broken("unknown_competency.lua");
    REQUIRE(r.ok());
    const auto lines = formatted(r);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] ==
          "broken/unknown_competency.lua:2: warning: competencies[2]: \"ethics.gift\" is not in the competency "
          "catalogue: Progress will show it as written (the known ids are listed in docs/authoring.md)");
    CHECK(lines[1] ==
          "broken/unknown_competency.lua:8: warning: steps[1].competencies[1]: \"integrity.arusha\" is not in the "
          "competency catalogue: Progress will show it as written (the known ids are listed in docs/authoring.md)");
}

TEST_CASE("a file that is not a scenario gets one error, not follow-up noise") {
    const LoadResult r = load_broken("not_a_scenario.lua");
    CHECK(r.diagnostics.size() == 1);
}

TEST_CASE("a generated scenario broken for some seeds says which seed") {
    const LoadResult r = load_broken("generated_sometimes.lua");
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.instances.empty());  // the seeds that drew a real code still load
    CHECK(r.instances.size() < default_check_seeds.size());
}

TEST_CASE("flat_choice lints clean: only self-test catches it") {
    const LoadResult r = load_broken("flat_choice.lua");
    CHECK(r.ok());
    CHECK(r.diagnostics.empty());
}

TEST_CASE("a step behind a when condition can be skipped, so the one after it is reachable") {
    core::Scenario s;
    s.variables = {{"flag", core::VarType::boolean, false, {}}};
    core::Step a, b, c;
    a.id = "a";
    a.next = "b";
    b.id = "b";
    b.when = core::Condition::parse("flag", s.variables);
    b.next = "end";
    c.id = "c";  // reached only when b is skipped
    s.steps = {a, b, c};
    const auto reached = reachable_steps(s);
    CHECK(reached == std::vector<bool>{true, true, true});
    s.steps[1].when.reset();
    CHECK(reachable_steps(s) == std::vector<bool>{true, true, false});
}

TEST_CASE("a backward next that is not a loop is accepted") {
    // a -> c -> b -> end visits each step once.
    core::Scenario s;
    core::Step a, b, c;
    a.id = "a";
    a.next = "c";
    b.id = "b";
    b.next = "end";
    c.id = "c";
    c.next = "b";
    s.steps = {a, b, c};
    core::ClassifyStep cls;
    cls.key.code = "8517.13";
    s.steps[0].body = cls;
    ValidateOptions o;
    o.hs = &hs();
    const auto ds = validate_scenario(s, SourceMap{}, o);
    CHECK(core::count_errors(ds) == 0);
}

}  // TEST_SUITE
