// Attempts: one plain value that round-trips to text exactly and replays to the same session.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "core/attempt.h"
#include "test_scenario_fixture.h"

using namespace clearance::core;
using fixture::eur;

namespace {

SessionOptions opts(const char* lang = "en") { return SessionOptions{lang, &fixture::hs()}; }

// Right, wrong and odd answers for each graded step of the fixture.
std::vector<Answer> pool(const std::string& id) {
    if (id == "hs") return {ClassifyAnswer{"8517.13"}, ClassifyAnswer{"8517"}, ClassifyAnswer{"8518"}, ClassifyAnswer{""},
                            ClassifyAnswer{"85x7"}};
    if (id == "value") {
        ValueWorksheet right;
        right.method = Method::transaction_value;
        right.base = eur("40000");
        right.lines = {{"selling", WorksheetAction::add, eur("1200")}, {"moulds", WorksheetAction::add, eur("2500")},
                       {"freight", WorksheetAction::add, eur("3100")}, {"insurance", WorksheetAction::add, eur("200")}};
        right.total = eur("47000");
        ValueWorksheet trap = right;
        trap.lines.push_back({"agent", WorksheetAction::add, eur("800")});
        trap.total = eur("47800");
        return {right, trap, ValueWorksheet{}};
    }
    if (id == "origin") return {OriginAnswer{true, OriginCriterion::value_content, 42.0, "GH"}, OriginAnswer{}};
    if (id == "tax") return {AssessAnswer{eur("126"), eur("5040"), eur("2293.20"), eur("7459.20")}, AssessAnswer{}};
    if (id == "docs")
        return {InspectAnswer{{"invoice.lines[1].quantity", "product.serial_numbers[2]"}},
                InspectAnswer{{"invoice.lines[1].quantity"}}, InspectAnswer{{"bl.gross_kg"}}, InspectAnswer{}};
    if (id == "channel")
        return {RiskAnswer{Channel::yellow, {"price_below_reference", "new_importer"}},
                RiskAnswer{Channel::yellow, {"new_importer"}}, RiskAnswer{Channel::green, {}}};
    if (id == "gift") return {ChooseAnswer{"refuse"}, ChooseAnswer{"declare"}, ChooseAnswer{"accept"}};
    if (id == "favour") return {ChooseAnswer{"release"}, ChooseAnswer{"report"}};
    if (id == "quiz") return {QuizAnswer{{"a"}, std::nullopt, ""}, QuizAnswer{{"b", "c"}, std::nullopt, ""}};
    return {QuizAnswer{{}, 42.0, ""}, QuizAnswer{{}, 0.1, ""}};
}

// Plays at random: random answers, hints and times, stopping at a random point, sometimes with
// hints taken on the step where it stops.
Session random_play(std::mt19937& rng, AttemptMode mode) {
    Session s(fixture::broker(), mode, rng() % 1000, opts(rng() % 2 ? "en" : "fr"));
    const int stop_after = static_cast<int>(rng() % 11);
    int answered = 0;
    while (const Step* step = s.current()) {
        if (!step->graded()) {
            s.advance();
            continue;
        }
        const int hints = static_cast<int>(rng() % 3);
        for (int h = 0; h < hints; ++h) s.take_hint();
        if (answered++ == stop_after) break;
        const auto answers = pool(step->id);
        s.submit(answers[rng() % answers.size()], static_cast<std::int64_t>(rng() % 90'000));
        s.advance();
    }
    return s;
}

void check_same(const Session& a, const Session& b) {
    REQUIRE(a.records().size() == b.records().size());
    for (std::size_t i = 0; i < a.records().size(); ++i) {
        const StepRecord& x = a.records()[i];
        const StepRecord& y = b.records()[i];
        CAPTURE(x.step_id);
        CHECK(x.step_id == y.step_id);
        CHECK(x.grade.score == y.grade.score);
        CHECK(x.grade.max == y.grade.max);
        REQUIRE(x.grade.feedback.size() == y.grade.feedback.size());
        for (std::size_t k = 0; k < x.grade.feedback.size(); ++k) CHECK(x.grade.feedback[k].text == y.grade.feedback[k].text);
        CHECK(x.hints == y.hints);
        CHECK(x.time_ms == y.time_ms);
        CHECK(same_answer(x.answer, y.answer));
    }
    CHECK(a.visited() == b.visited());
    CHECK(a.state() == b.state());
    CHECK(a.finished() == b.finished());
    CHECK(a.hints_taken() == b.hints_taken());
    CHECK(a.elapsed_ms() == b.elapsed_ms());
    if (a.current() && b.current()) CHECK(a.current()->id == b.current()->id);
    CHECK(a.result().score == b.result().score);
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("random attempts round-trip through text and replay to the same grades and position") {
    std::mt19937 rng(20240314);
    const Scenario sc = fixture::broker();
    for (int i = 0; i < 60; ++i) {
        CAPTURE(i);
        const AttemptMode mode = i % 4 == 0 ? AttemptMode::exam : i % 4 == 1 ? AttemptMode::shift : AttemptMode::practice;
        const Session original = random_play(rng, mode);
        const Attempt a = attempt_of(original);
        const std::string text = attempt_to_text(a);
        CAPTURE(text);

        const Attempt with_scenario = attempt_from_text(text, &sc);
        const Attempt free_standing = attempt_from_text(text);
        CHECK(with_scenario == a);
        CHECK(free_standing == a);
        CHECK(attempt_to_text(with_scenario) == text);

        const Session again = replay(sc, with_scenario, &fixture::hs());
        check_same(original, again);
        CHECK(attempt_to_text(attempt_of(again)) == text);
    }
}

TEST_CASE("an attempt's text names everything a replay needs") {
    Session s(fixture::broker(), AttemptMode::exam, 9, opts("fr"));
    s.advance();
    s.submit(ClassifyAnswer{"8517.13"}, 4200);
    s.advance();
    const Attempt a = attempt_of(s);
    CHECK(attempt_to_text(a) ==
          R"({"format":"clearance-attempt","format_version":1,"scenario":"fixture/broker","version":2,)"
          R"("content_hash":"c0ffee","seed":9,"mode":"exam","lang":"fr","answers":[{"step":"hs","kind":"classify",)"
          R"("answer":{"code":"8517.13"},"hints":0,"time_ms":4200}],"current":{"step":"value","hints":0}})");
}

TEST_CASE("hints taken on the current step survive a resume, so their cost cannot be shed") {
    Session s(fixture::broker(), AttemptMode::practice, 3, opts());
    s.advance();
    s.take_hint();
    const Attempt a = attempt_of(s);
    CHECK(a.current_step == "hs");
    CHECK(a.current_hints == 1);
    CHECK(attempt_to_text(a).find(R"("current":{"step":"hs","hints":1})") != std::string::npos);
    Session resumed = replay(fixture::broker(), attempt_from_text(attempt_to_text(a)), &fixture::hs());
    CHECK(resumed.current()->id == "hs");
    CHECK(resumed.hints_taken() == 1);
    CHECK(resumed.submit(ClassifyAnswer{"8517.13"}, 0).score == 9);
}

TEST_CASE("a resume lands on the step the session stood on, even before advancing or past a brief") {
    const Scenario sc = fixture::broker();
    Session fresh(sc, AttemptMode::practice, 1, opts());
    CHECK(replay(sc, attempt_of(fresh), &fixture::hs()).current()->id == "intro");
    fresh.advance();  // read the brief
    CHECK(replay(sc, attempt_of(fresh), &fixture::hs()).current()->id == "hs");

    fresh.submit(ClassifyAnswer{"8517"}, 10);  // feedback on screen, not moved on
    Session again = replay(sc, attempt_of(fresh), &fixture::hs());
    CHECK(again.current()->id == "hs");
    CHECK(again.answered());
    REQUIRE(again.feedback() != nullptr);
    CHECK(again.feedback()->score == fresh.feedback()->score);

    // Rows from the store carry no position: the attempt resumes where its answers lead.
    Attempt rows = attempt_of(fresh);
    rows.current_step.clear();
    CHECK(replay(sc, rows, &fixture::hs()).current()->id == "value");
    rows.current_step = "tax";
    CHECK_THROWS_WITH_AS(replay(sc, rows, &fixture::hs()),
                         "the attempt stood at step \"tax\", which its answers do not lead to", AttemptError);
}

TEST_CASE("a finished attempt reopens finished, with its feedback, in every mode") {
    for (AttemptMode mode : {AttemptMode::practice, AttemptMode::exam}) {
        Session s(fixture::broker(), mode, 5, opts());
        while (const Step* step = s.current()) {
            if (step->graded()) s.submit(pool(step->id).front(), 1000);
            s.advance();
        }
        Session again = replay(fixture::broker(), attempt_of(s), &fixture::hs());
        CHECK(again.finished());
        REQUIRE(again.feedback() != nullptr);
        CHECK(again.result().score == s.result().score);
        CHECK(again.result().score == again.result().max);
    }
}

TEST_CASE("seeds beyond int64 are written as digits and read back exactly") {
    Attempt a;
    a.scenario_id = "x";
    a.seed = 18446744073709551615ull;
    const std::string text = attempt_to_text(a);
    CHECK(text.find(R"("seed":"18446744073709551615")") != std::string::npos);
    CHECK(attempt_from_text(text).seed == a.seed);
    a.seed = 9223372036854775807ull;
    CHECK(attempt_to_text(a).find(R"("seed":9223372036854775807)") != std::string::npos);
    CHECK(attempt_from_text(attempt_to_text(a)) == a);
}

TEST_CASE("an attempt that does not fit the scenario is refused with the reason") {
    const Scenario sc = fixture::broker();
    Session s(sc, AttemptMode::practice, 1, opts());
    s.advance();
    s.submit(ClassifyAnswer{"8517.13"}, 0);
    s.advance();
    const Attempt good = attempt_of(s);

    Attempt other = good;
    other.scenario_id = "other";
    CHECK(attempt_mismatch(sc, other) == "the attempt is at scenario \"other\", not \"fixture/broker\"");
    other = good;
    other.scenario_version = 1;
    CHECK(attempt_mismatch(sc, other) ==
          "the attempt was made at version 1 of scenario \"fixture/broker\", which is now at version 2");
    other = good;
    other.content_hash = "beef";
    CHECK(attempt_mismatch(sc, other).find("has changed since the attempt was made") != std::string::npos);
    CHECK_THROWS_AS(replay(sc, other, &fixture::hs()), AttemptError);

    Scenario generated = sc;
    generated.generated = true;
    generated.seed = 2;
    CHECK(attempt_mismatch(generated, good) ==
          "scenario \"fixture/broker\" was instantiated with seed 2; the attempt needs seed 1");

    other = good;
    other.answers[0].step = "value";
    CHECK_THROWS_WITH_AS(replay(sc, other, &fixture::hs()),
                         "answer 1 (step \"value\"): the scenario reaches step \"hs\" here", AttemptError);
    other = good;
    other.answers[0].hints = 5;
    CHECK_THROWS_WITH_AS(replay(sc, other, &fixture::hs()),
                         "answer 1 (step \"hs\"): records 5 hints, the step offers fewer", AttemptError);
    other = good;
    other.answers[0].answer = ChooseAnswer{"x"};
    CHECK_THROWS_WITH_AS(replay(sc, other, &fixture::hs()),
                         "replaying attempt at \"fixture/broker\": step \"hs\" is a classify step; the answer given is "
                         "for a choose step",
                         AttemptError);
}

TEST_CASE("malformed attempt text is refused with the path of the fault") {
    const Scenario sc = fixture::broker();
    struct Case {
        const char* text;
        const char* error;
    };
    const char* head = R"({"format":"clearance-attempt","format_version":1,"scenario":"fixture/broker","version":2,)"
                       R"("content_hash":"","seed":1,"mode":"practice","lang":"en",)";
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"[]", "attempt: expected an object"},
        {"{", "attempt: not valid JSON: 1:2: "},
        {R"({"format":"x"})", "attempt.format: not an attempt"},
        {std::string(head) + R"("answers":[{"step":"hs","answer":{"code":1}}]})",
         "attempt.answers[1].answer.code: expected an HS code (a string), found 1"},
        {std::string(head) + R"("answers":[{"step":"nope","answer":"1"}]})",
         "attempt.answers[1].step: no step \"nope\" in scenario \"fixture/broker\""},
        {std::string(head) + R"("answers":[],"extra":1})", "attempt.extra: unknown field"},
        {std::string(head) + R"("answers":[],"current":{"step":"hs"}})",
         "attempt.current: expected {\"step\": a step id, \"hints\": a count of hints taken there}"},
        {std::string(R"({"format":"clearance-attempt","format_version":1,"scenario":"s","version":1,)") +
             R"("content_hash":"","seed":-4,"mode":"practice","lang":"en","answers":[]})",
         "attempt.seed: expected a seed (a whole number from 0 to 18446744073709551615), found -4"},
        {std::string(R"({"format":"clearance-attempt","format_version":1,"scenario":"s","version":1,)") +
             R"("content_hash":"","seed":1,"mode":"test","lang":"en","answers":[]})",
         "attempt.mode: \"test\" is not a mode (practice, exam, shift, review)"},
    };
    for (const auto& [text, error] : cases) {
        CAPTURE(text);
        try {
            attempt_from_text(text, &sc);
            FAIL("accepted");
        } catch (const AttemptError& e) {
            CHECK(std::string(e.what()).rfind(error, 0) == 0);
        }
    }
}

}  // TEST_SUITE
