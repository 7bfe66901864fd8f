// Autoplay: perfect and imperfect answers from the keys, every branch, walkthroughs, and the
// problems `clearance test` reports with the step ids.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/autoplay.h"
#include "test_scenario_fixture.h"

using namespace clearance::core;

namespace {

AutoplayOptions opts() {
    AutoplayOptions o;
    o.hs = &fixture::hs();
    return o;
}

std::string problems(const AutoplayReport& r) {
    std::string out;
    for (const auto& d : r.problems) out += format_diagnostic(d) + "\n";
    return out;
}

bool has_problem(const AutoplayReport& r, Severity sev, const std::string& field, const std::string& text) {
    return std::any_of(r.problems.begin(), r.problems.end(), [&](const Diagnostic& d) {
        return d.severity == sev && d.field == field && d.message.find(text) != std::string::npos;
    });
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("the engines' perfect answer earns full marks and the imperfect one less, for every step kind") {
    const Scenario sc = fixture::broker();
    const GradeContext ctx{&fixture::hs(), "en"};
    for (const Step& step : sc.steps) {
        CAPTURE(step.id);
        const auto perfect = perfect_answer(sc, step, ctx);
        const auto imperfect = imperfect_answer(sc, step, ctx);
        if (!step.graded()) {
            CHECK_FALSE(perfect.has_value());
            CHECK_FALSE(imperfect.has_value());
            continue;
        }
        REQUIRE(perfect.has_value());
        REQUIRE(imperfect.has_value());
        const Grade best = grade_step(step, *perfect, ctx);
        const Grade worse = grade_step(step, *imperfect, ctx);
        CHECK(best.full_marks());
        CHECK(worse.score < best.score);
        CHECK(worse.max == best.max);
    }
}

TEST_CASE("imperfect answers make the mistakes trainees make") {
    const Scenario sc = fixture::broker();
    const GradeContext ctx{&fixture::hs(), "en"};
    auto imperfect = [&](const char* id) { return *imperfect_answer(sc, *sc.find_step(id), ctx); };

    const auto hs = std::get<ClassifyAnswer>(imperfect("hs"));
    CHECK(hs.code.substr(0, 2) == "85");  // same chapter...
    CHECK(hs.code.substr(0, 4) != "8517");  // ...another heading

    const auto w = std::get<ValueWorksheet>(imperfect("value"));
    CHECK(w.lines.size() == 3);  // the selling commission, the first addition, is missed
    CHECK(*w.total == fixture::eur("45800"));

    CHECK(std::get<OriginAnswer>(imperfect("origin")).conferred == false);
    CHECK(*std::get<AssessAnswer>(imperfect("tax")).vat == fixture::eur("1260"));  // VAT on the customs value alone
    CHECK(std::get<InspectAnswer>(imperfect("docs")).flagged == std::vector<std::string>{"product.serial_numbers[2]"});
    CHECK(std::get<RiskAnswer>(imperfect("channel")).channel == Channel::green);  // a missed risk
    CHECK(std::get<ChooseAnswer>(imperfect("gift")).option_id == "accept");
    CHECK(std::get<QuizAnswer>(imperfect("quiz")).choices == std::vector<std::string>{"b"});
    CHECK(*std::get<QuizAnswer>(imperfect("rvc")).number == doctest::Approx(44));
}

TEST_CASE("a clean consignment's imperfect inspection raises a false alarm on a decoy") {
    Scenario sc = fixture::broker();
    auto& inspect = std::get<InspectStep>(sc.steps[5].body);
    inspect.key.findings.clear();
    const GradeContext ctx{&fixture::hs(), "en"};
    CHECK(std::get<InspectAnswer>(*perfect_answer(sc, sc.steps[5], ctx)).flagged.empty());
    CHECK(std::get<InspectAnswer>(*imperfect_answer(sc, sc.steps[5], ctx)).flagged ==
          std::vector<std::string>{"bl.gross_kg"});
    inspect.key.decoys.clear();
    CHECK(std::get<InspectAnswer>(*imperfect_answer(sc, sc.steps[5], ctx)).flagged ==
          std::vector<std::string>{"invoice.number"});
}

TEST_CASE("the fixture plays perfectly to its maximum, imperfectly below it, and along every branch") {
    const AutoplayReport r = autoplay(fixture::broker(), opts());
    CAPTURE(problems(r));
    CHECK(r.ok());
    CHECK(r.problems.empty());
    CHECK(r.perfect.finished);
    CHECK(r.perfect.score == doctest::Approx(67));
    CHECK(r.perfect.max == doctest::Approx(67));
    CHECK(r.perfect.choices == std::vector<std::string>{"gift=refuse"});
    CHECK(r.imperfect.finished);
    CHECK(r.imperfect.score < r.imperfect.max);
    CHECK(r.imperfect.choices == std::vector<std::string>{"gift=accept", "favour=release"});

    std::vector<std::string> names;
    for (const auto& b : r.branches) {
        CAPTURE(b.name);
        CHECK(b.finished);
        CHECK(b.error.empty());
        CHECK(b.score >= 0);
        CHECK(b.score <= b.max);
        names.push_back(b.name);
    }
    CHECK(names == std::vector<std::string>{"branch gift=refuse", "branch gift=declare",
                                            "branch gift=accept, favour=release", "branch gift=accept, favour=report"});
    CHECK(r.branches[2].path.back() == "favour");  // release ends the attempt

    REQUIRE(r.walkthroughs.size() == 1);
    CHECK(r.walkthroughs[0].finished);
    CHECK(r.walkthroughs[0].name == "takes the gift, then reports");
    CHECK(r.walkthroughs[0].choices == std::vector<std::string>{"gift=accept", "favour=report"});
}

TEST_CASE("a step that no branch reaches is reported with its id and why") {
    Scenario sc = fixture::broker();
    sc.steps[9].when = Condition::parse("mood == \"angry\"", sc.variables);
    AutoplayReport r = autoplay(sc, opts());
    CAPTURE(problems(r));
    CHECK(has_problem(r, Severity::error, "steps[10]",
                      "step \"quiz\" is never reached (its when condition is false whenever a run gets there: mood == \"angry\")"));

    Scenario jump = fixture::broker();
    jump.steps[2].next = "tax";  // nothing leads to origin any more
    r = autoplay(jump, opts());
    CHECK(has_problem(r, Severity::error, "steps[4]", "step \"origin\" is never reached (no run routes to it)"));
    CHECK_FALSE(r.ok());
}

TEST_CASE("dead ends are reported once, with the branch that meets them") {
    Scenario sc = fixture::broker();
    std::get<ChooseStep>(sc.steps[8].body).options[1].next = "nowhere";
    const AutoplayReport r = autoplay(sc, opts());
    CAPTURE(problems(r));
    CHECK(has_problem(r, Severity::error, "steps[9]",
                      "step \"favour\" routes to unknown step \"nowhere\" (on branch gift=accept, favour=report)"));
    const auto failed = std::count_if(r.branches.begin(), r.branches.end(), [](const PlayRun& b) { return !b.finished; });
    CHECK(failed == 1);
    // The walkthrough takes the same route, and fails there too.
    CHECK_FALSE(r.walkthroughs[0].finished);

    Scenario loop = fixture::broker();
    loop.steps[9].next = "gift";
    const AutoplayReport l = autoplay(loop, opts());
    CHECK(has_problem(l, Severity::error, "steps[10]",
                      "step \"gift\" would be visited twice (routed from step \"quiz\"): a scenario may not loop"));
}

TEST_CASE("a scenario no one can get wrong, or one that grades nothing, is reported") {
    Scenario sc = fixture::broker();
    sc.steps = {sc.steps[0], sc.steps[8]};  // a brief, then a dilemma whose options all score 0
    sc.steps[1].when.reset();
    for (auto& o : std::get<ChooseStep>(sc.steps[1].body).options) o.score = 0;
    sc.walkthroughs.clear();
    const AutoplayReport r = autoplay(sc, opts());
    CAPTURE(problems(r));
    CHECK(has_problem(r, Severity::warning, "", "perfect play scores 0 of 0: the scenario grades nothing"));

    Scenario easy = fixture::broker();
    easy.steps = {easy.steps[7]};
    for (auto& o : std::get<ChooseStep>(easy.steps[0].body).options) o.score = 5;  // every option is as good
    const AutoplayReport e = autoplay(easy, opts());
    CAPTURE(problems(e));
    CHECK(has_problem(e, Severity::error, "", "imperfect play scores full marks (5 of 5): no step on its path can be got wrong"));
}

TEST_CASE("a perfect answer the grader does not accept in full is reported with the grader's words") {
    Scenario sc = fixture::broker();
    std::get<ClassifyStep>(sc.steps[1].body).key.code = "8517.13.00";
    std::get<ClassifyStep>(sc.steps[1].body).key.alternatives = {};
    AutoplayReport r = autoplay(sc, opts());
    CHECK(r.ok());  // national digits are not graded

    std::get<OriginStep>(sc.steps[3].body).facts.ex_works_price.reset();  // origin cannot be decided
    r = autoplay(sc, opts());
    CAPTURE(problems(r));
    CHECK(has_problem(r, Severity::error, "steps[4]", "step \"origin\": origin cannot be decided"));
}

TEST_CASE("walkthroughs that do not fit the scenario are reported") {
    struct Case {
        std::vector<std::string> choices;
        const char* problem;
    };
    const Case cases[] = {
        {{"accept"}, "walkthrough \"w\" has no choice left for choose step \"favour\""},
        {{"accpet"}, "walkthrough \"w\": choose step \"gift\" has no option \"accpet\" (options: refuse, declare, accept)"},
        {{"refuse", "report"}, "walkthrough \"w\" ends with choices left over: report"},
    };
    for (const Case& c : cases) {
        Scenario sc = fixture::broker();
        sc.walkthroughs = {{"w", c.choices}};
        const AutoplayReport r = autoplay(sc, opts());
        CAPTURE(problems(r));
        const bool found = has_problem(r, Severity::error, "", c.problem) ||
                           has_problem(r, Severity::error, "steps[9]", c.problem) ||
                           has_problem(r, Severity::error, "steps[8]", c.problem);
        CHECK(found);
        CHECK_FALSE(r.walkthroughs[0].error.empty());
    }
}

TEST_CASE("exploring stops at the branch budget and says so") {
    AutoplayOptions o = opts();
    o.max_branches = 2;
    const AutoplayReport r = autoplay(fixture::broker(), o);
    CHECK(r.truncated);
    CHECK(r.branches.size() == 2);
    CHECK(has_problem(r, Severity::warning, "", "more than 2 branches"));
}

TEST_CASE("without the nomenclature a classifying scenario cannot be played, and says why") {
    const AutoplayReport r = autoplay(fixture::broker(), AutoplayOptions{});
    CHECK_FALSE(r.ok());
    CHECK(has_problem(r, Severity::error, "", "has classify steps: the session needs the HS nomenclature"));
}

TEST_CASE("an answers file drives the session to the end, or to the first step it does not answer") {
    const Scenario sc = fixture::broker();
    const auto entries = parse_answers_file(std::string_view(R"({"hs": "8517.13", "gift": "accept", "favour": "release",
        "value": {"method": "transaction_value", "total": "47000"}, "origin": {"originating": true},
        "tax": {}, "docs": [], "channel": "red", "quiz": "a"})"),
                                            sc);
    Session s(sc, AttemptMode::practice, 1, SessionOptions{"en", &fixture::hs()});
    ScriptedPlay p = play_answers(s, entries);
    CHECK(p.finished);
    CHECK(p.unused == std::vector<std::string>{"quiz"});  // release ended the attempt before the quiz
    CHECK(s.result().steps.size() == 8);

    Session t(sc, AttemptMode::practice, 1, SessionOptions{"en", &fixture::hs()});
    p = play_answers(t, parse_answers_file(std::string_view(R"([{"step": "hs", "answer": "8517.13", "hints": 1}])"), sc));
    CHECK_FALSE(p.finished);
    CHECK(p.stopped_at == "value");
    CHECK(t.records()[0].grade.score == 9);
}

}  // TEST_SUITE
