// `clearance list | lint | play | test` driven as the command line drives them, on the script
// layer's fixtures (tests/script/fixtures) and the bundled scenarios.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "app/bench_scenarios.h"
#include "app/commands.h"
#include "core/json.h"

namespace fs = std::filesystem;
using namespace clearance;

namespace {

struct Run {
    int code = 0;
    std::string out, err;
};

const fs::path fixtures = fs::path(CLEARANCE_TEST_DATA) / "script" / "fixtures";
const fs::path bundled = fs::path(CLEARANCE_SOURCE_ROOT) / "scenarios" / "lua";

Run run(int (*command)(app::CommandContext&), std::vector<std::string> args,
        std::vector<fs::path> folders = {fixtures / "good"}) {
    std::ostringstream out, err;
    app::GlobalOptions global;
    global.scenario_dirs = std::move(folders);
    app::CommandContext ctx{std::move(args), global, CLEARANCE_SOURCE_ROOT "/assets", out, err};
    Run r;
    r.code = command(ctx);
    r.out = out.str();
    r.err = err.str();
    return r;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string path_of(const std::string& rel) { return (fixtures / rel).generic_string(); }

// A temporary answers file, removed at the end of the test.
struct AnswersFile {
    fs::path path;
    explicit AnswersFile(const std::string& text) {
        static int n = 0;
        path = fs::temp_directory_path() / ("clearance-answers-" + std::to_string(::getpid()) + "-" +
                                            std::to_string(++n) + ".json");
        std::ofstream(path) << text;
    }
    ~AnswersFile() { fs::remove(path); }
};

// The tour fixture's answers: right everywhere except the value worksheet (no base, no
// additions), one missed finding and no risk indicators: 47 of 57.
const char* tour_answers = R"({
  "hs": "8517.13",
  "value": { "method": "transaction_value", "total": "EUR 47,000" },
  "origin": { "originating": true, "criterion": "value_content", "value_percent": 42 },
  "tax": { "duty": "126", "excise": "5040", "vat": "2293.20", "total": "7459.20" },
  "docs": ["invoice.lines[1].quantity"],
  "channel": "yellow",
  "gift": "refuse",
  "quiz": "a",
  "rvc": 42
})";

}  // namespace

TEST_SUITE("app") {

// ---- lint ------------------------------------------------------------------------------------

TEST_CASE("lint of clean files exits 0 and says so") {
    const Run r = run(app::cmd_lint, {path_of("good")});
    CHECK(r.code == app::exit_ok);
    CHECK(r.out == "2 files checked: 0 errors, 0 warnings\n");
}

TEST_CASE("lint of a broken file exits 1 with the exact file:line and field path") {
    const std::string file = path_of("broken/bad_hs_syntax.lua");
    const Run r = run(app::cmd_lint, {file});
    CHECK(r.code == app::exit_failure);
    CHECK(r.out == file + ":9: error: steps[3].answer: \"85x7\" is not an HS code: digits expected, found 'x'\n"
                          "1 file checked: 1 error, 0 warnings\n");
}

TEST_CASE("lint warnings do not fail") {
    const Run r = run(app::cmd_lint, {path_of("broken/missing_translation.lua")});
    CHECK(r.code == app::exit_ok);
    CHECK(contains(r.out, ":8: warning: steps[1].prompt: missing translation"));
    CHECK(contains(r.out, "1 file checked: 0 errors, 1 warning\n"));
}

TEST_CASE("lint without a path checks the scenario folders, named relative to their folder") {
    const Run r = run(app::cmd_lint, {}, {fixtures / "broken"});
    CHECK(r.code == app::exit_failure);
    CHECK(contains(r.out, "\nloop.lua:8: error: steps[2].next: routes back to step \"phones\""));
}

TEST_CASE("lint usage errors exit 2, a missing path exits 1") {
    const Run bad = run(app::cmd_lint, {"--strict"});
    CHECK(bad.code == app::exit_usage);
    CHECK(contains(bad.err, "unknown option --strict"));
    CHECK(contains(bad.err, "usage: clearance lint"));
    const Run missing = run(app::cmd_lint, {"no/such/folder"});
    CHECK(missing.code == app::exit_failure);
    CHECK(contains(missing.out, "no/such/folder: error: no such file or folder\n"));
}

// ---- list ------------------------------------------------------------------------------------

TEST_CASE("list shows each scenario with topic, level, languages and minutes") {
    const Run r = run(app::cmd_list, {});
    CHECK(r.code == app::exit_ok);
    CHECK(contains(r.out, "fixture/tour  [fraud, intermediate, en,fr, 20 min]  The broker's gift\n"));
    CHECK(contains(r.out, "fixture/generated  [valuation, intermediate, en, 10 min, generated]  Royalty on jeans\n"));
    CHECK(contains(r.out, "2 scenarios\n"));
}

TEST_CASE("list --json gives every file, broken ones with their diagnostics") {
    const Run r = run(app::cmd_list, {"--json"}, {fixtures / "good", fixtures / "broken"});
    CHECK(r.code == app::exit_ok);
    const core::Json j = core::Json::parse(r.out);
    REQUIRE(j.is_array());
    bool saw_tour = false, saw_broken = false;
    for (const core::Json& e : j.as_array()) {
        if (e.at("id").as_string() == "fixture/tour") {
            saw_tour = true;
            CHECK(e.at("ok").as_bool());
            CHECK(e.at("topic").as_string() == "fraud");
            CHECK(e.at("languages").size() == 2);
        }
        if (e.at("file").as_string() == "bad_hs_syntax.lua") {
            saw_broken = true;
            CHECK_FALSE(e.at("ok").as_bool());
            REQUIRE(e.at("diagnostics").size() == 1);
            CHECK(e.at("diagnostics").at(0).at("line").as_int() == 9);
            CHECK(e.at("diagnostics").at(0).at("field").as_string() == "steps[3].answer");
        }
    }
    CHECK(saw_tour);
    CHECK(saw_broken);
    CHECK(run(app::cmd_list, {"--all"}).code == app::exit_usage);
}

// ---- play ------------------------------------------------------------------------------------

TEST_CASE("play grades an answers file step by step") {
    AnswersFile answers(tour_answers);
    const Run r = run(app::cmd_play, {path_of("good/tour.lua"), "--answers", answers.path.string()});
    INFO(r.err);
    CHECK(r.code == app::exit_ok);
    CHECK(contains(r.out, "fixture/tour (version 2, seed 1)\n"));
    CHECK(contains(r.out, "\nhs [classify]: 1 / 1\n"));
    CHECK(contains(r.out, "\ntax [assess]: 7 / 7\n"));
    CHECK(contains(r.out, "  - Missed: two phones share one serial number (product.serial_numbers[2]). [TRIPS Art. 51]\n"));
    CHECK(contains(r.out, "\ntotal: 47 / 57\n"));
}

TEST_CASE("play --json gives the same result as data, and plays a catalog id") {
    AnswersFile answers(tour_answers);
    const Run r = run(app::cmd_play, {"fixture/tour", "--answers", answers.path.string(), "--json"});
    REQUIRE(r.code == app::exit_ok);
    const core::Json j = core::Json::parse(r.out);
    CHECK(j.at("scenario").as_string() == "fixture/tour");
    CHECK(j.at("finished").as_bool());
    CHECK(j.at("score").as_double() == doctest::Approx(47));
    CHECK(j.at("max").as_double() == doctest::Approx(57));
    REQUIRE(j.at("steps").size() == 9);  // graded steps answered: favour is skipped
    CHECK(j.at("steps").at(0).at("step").as_string() == "hs");
    CHECK(j.at("steps").at(0).at("answer").at("code").as_string() == "8517.13");
}

TEST_CASE("play stops where the answers file stops, and says so") {
    AnswersFile answers(R"({ "hs": "8517" })");
    const Run r = run(app::cmd_play, {path_of("good/tour.lua"), "--answers", answers.path.string()});
    CHECK(r.code == app::exit_ok);
    CHECK(contains(r.out, "not finished: the answers file has no answer for step \"value\"\n"));
}

TEST_CASE("play of a generated scenario uses the seed asked") {
    AnswersFile answers(R"({ "value": { "method": "transaction_value" } })");
    const Run a = run(app::cmd_play, {"fixture/generated", "--seed", "4", "--answers", answers.path.string(), "--json"});
    REQUIRE(a.code == app::exit_ok);
    CHECK(core::Json::parse(a.out).at("seed").as_int() == 4);
}

TEST_CASE("a malformed answers file is refused with its path and the place of the mistake") {
    AnswersFile wrong_type(R"({ "hs": "8517.13", "gift": { "option": 3 } })");
    Run r = run(app::cmd_play, {path_of("good/tour.lua"), "--answers", wrong_type.path.string()});
    CHECK(r.code == app::exit_failure);
    CHECK(r.err == "clearance play: " + wrong_type.path.string() +
                       ": answers.gift.option: expected an option id (a string), found 3\n");

    AnswersFile not_json(R"({ "hs": )");
    r = run(app::cmd_play, {path_of("good/tour.lua"), "--answers", not_json.path.string()});
    CHECK(r.code == app::exit_failure);
    CHECK(contains(r.err, not_json.path.string() + ": answers: not valid JSON: "));

    r = run(app::cmd_play, {path_of("good/tour.lua"), "--answers", "/no/such/answers.json"});
    CHECK(r.code == app::exit_failure);
    CHECK(contains(r.err, "cannot read the answers file /no/such/answers.json"));
}

TEST_CASE("play usage errors exit 2; an unknown id or a broken file exits 1") {
    CHECK(run(app::cmd_play, {}).code == app::exit_usage);
    CHECK(run(app::cmd_play, {"fixture/tour"}).code == app::exit_usage);
    CHECK(run(app::cmd_play, {"fixture/tour", "--answers", "a.json", "--seed", "x"}).code == app::exit_usage);
    AnswersFile answers("{}");
    Run r = run(app::cmd_play, {"no/such/id", "--answers", answers.path.string()});
    CHECK(r.code == app::exit_failure);
    CHECK(contains(r.err, "no scenario with the id \"no/such/id\""));
    r = run(app::cmd_play, {path_of("broken/loop.lua"), "--answers", answers.path.string()});
    CHECK(r.code == app::exit_failure);
    CHECK(contains(r.err, "loop.lua:8: error: steps[2].next"));
}

// ---- test ------------------------------------------------------------------------------------

TEST_CASE("test passes good scenarios with a summary per scenario and a final count") {
    const Run r = run(app::cmd_test, {path_of("good")});
    CHECK(r.code == app::exit_ok);
    CHECK(contains(r.out, "PASS  " + path_of("good/tour.lua") + " (fixture/tour): perfect 57/57, imperfect "));
    CHECK(contains(r.out, "PASS  " + path_of("good/generated.lua") + " (fixture/generated): "));
    CHECK(contains(r.out, ", 5 seeds\n"));
    CHECK(contains(r.out, "\n2 passed, 0 failed\n"));
}

TEST_CASE("test fails a dead end and a scenario that cannot be got wrong") {
    const Run r = run(app::cmd_test, {path_of("broken/loop.lua"), path_of("broken/flat_choice.lua")});
    CHECK(r.code == app::exit_failure);
    CHECK(contains(r.out, "FAIL  " + path_of("broken/loop.lua") + " (broken/loop)\n"));
    CHECK(contains(r.out, "this is a dead end"));
    CHECK(contains(r.out, "FAIL  " + path_of("broken/flat_choice.lua")));
    CHECK(contains(r.out, "flat_choice.lua:2: error: imperfect play scores full marks (1 of 1)"));
    CHECK(contains(r.out, "\n0 passed, 2 failed\n"));
}

TEST_CASE("test fails a scenario with a missing translation") {
    const Run r = run(app::cmd_test, {path_of("broken/missing_translation.lua")});
    CHECK(r.code == app::exit_failure);
    CHECK(contains(r.out, "missing translation"));
}

TEST_CASE("clearance test scenarios/lua passes: every bundled scenario is playable and fair") {
    if (!fs::exists(bundled)) return;
    const Run r = run(app::cmd_test, {bundled.string()});
    INFO(r.out);
    CHECK(r.code == app::exit_ok);
    CHECK(contains(r.out, " passed, 0 failed\n"));
}

TEST_CASE("the bundled scenarios lint clean") {
    if (!fs::exists(bundled)) return;
    const Run r = run(app::cmd_lint, {}, {bundled});
    INFO(r.out);
    CHECK(r.code == app::exit_ok);
}

TEST_CASE("the scenario bench measures load, lint and self-test") {
    app::GlobalOptions global;
    global.scenario_dirs = {fixtures / "good"};
    const auto figures = app::bench_scenarios(global);
    REQUIRE(figures.size() == 2);
    CHECK(figures[0].name == "load + lint of the 2 bundled scenarios");
    CHECK(figures[0].value > 0);
    CHECK(figures[1].name == "lint + self-test of 1,000 scenarios");
    CHECK(figures[1].target == "< 5 s");
}

}  // TEST_SUITE
