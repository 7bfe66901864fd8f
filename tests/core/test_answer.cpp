// Answers and their JSON form: canonical round trips, the shorthands of the answers file, and
// errors that name the path and the value.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/answer.h"
#include "test_scenario_fixture.h"

using namespace clearance::core;
using fixture::eur;

namespace {

const Scenario& sc() {
    static const Scenario s = fixture::broker();
    return s;
}
const Step& step(const char* id) { return *sc().find_step(id); }

Answer parse(const char* json, const char* step_id) {
    const Step& s = step(step_id);
    return answer_from_json(Json::parse(json), s.kind(), "answers." + std::string(step_id), &s);
}

std::string error_of(const char* json, const char* step_id) {
    try {
        parse(json, step_id);
    } catch (const AnswerError& e) {
        return e.what();
    }
    return "(no error)";
}

std::string file_error(const char* json) {
    try {
        parse_answers_file(std::string_view(json), sc());
    } catch (const AnswerError& e) {
        return e.what();
    }
    return "(no error)";
}

std::vector<Answer> one_of_each() {
    ValueWorksheet w;
    w.method = Method::transaction_value;
    w.base = eur("40000");
    w.lines = {{"moulds", WorksheetAction::add, eur("2500")}, {"agent", WorksheetAction::deduct, eur("800")}};
    w.rate = Decimal::parse("0.92");
    w.total = eur("47000");
    OriginAnswer o;
    o.conferred = true;
    o.criterion = OriginCriterion::value_content;
    o.value_percent = 42.25;
    o.country = "GH";
    AssessAnswer a;
    a.duty = eur("126");
    a.vat = eur("2293.20");
    QuizAnswer q1;
    q1.choices = {"a", "c"};
    QuizAnswer q2;
    q2.number = 0.1;
    QuizAnswer q3;
    q3.text = "royalty";
    return {ClassifyAnswer{"8517.13.00"}, w, o, a, InspectAnswer{{"invoice.lines[1].quantity", "bl.gross_kg"}},
            RiskAnswer{Channel::red, {"new_importer"}}, ChooseAnswer{"refuse"}, q1, q2, q3, QuizAnswer{},
            ValueWorksheet{}, AssessAnswer{}, OriginAnswer{}};
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("every answer round-trips through its canonical JSON, with or without the step") {
    for (const Answer& a : one_of_each()) {
        const Json j = answer_to_json(a);
        CAPTURE(j.dump());
        const Answer back = answer_from_json(Json::parse(j.dump()), answer_kind(a), "x");
        CHECK(same_answer(a, back));
        CHECK(answer_to_json(back).dump() == j.dump());
    }
}

TEST_CASE("canonical answers are written as the answers file documents them") {
    const auto all = one_of_each();
    CHECK(answer_to_json(all[0]).dump() == R"({"code":"8517.13.00"})");
    CHECK(answer_to_json(all[1]).dump() ==
          R"({"method":"transaction_value","base":"EUR 40,000.00","lines":[{"id":"moulds","action":"add","amount":"EUR 2,500.00"},{"id":"agent","action":"deduct","amount":"EUR 800.00"}],"rate":"0.92","total":"EUR 47,000.00"})");
    CHECK(answer_to_json(all[2]).dump() ==
          R"({"originating":true,"criterion":"value_content","value_percent":42.25,"country":"GH"})");
    CHECK(answer_to_json(all[3]).dump() == R"({"duty":"EUR 126.00","vat":"EUR 2,293.20"})");
    CHECK(answer_to_json(all[5]).dump() == R"({"channel":"red","indicators":["new_importer"]})");
    CHECK(answer_to_json(all[6]).dump() == R"({"option":"refuse"})");
    CHECK(answer_to_json(all[10]).dump() == R"({"choices":[]})");
}

TEST_CASE("the answers file's shorthands read as the full forms") {
    struct Case {
        const char* step;
        const char* shorthand;
        const char* full;
    };
    const Case cases[] = {
        {"hs", R"("8517.13")", R"({"code":"8517.13"})"},
        {"docs", R"(["bl.gross_kg"])", R"({"flagged":["bl.gross_kg"]})"},
        {"docs", R"({})", R"({"flagged":[]})"},
        {"channel", R"("yellow")", R"({"channel":"yellow","indicators":[]})"},
        {"gift", R"("declare")", R"({"option":"declare"})"},
        {"quiz", R"("b")", R"({"choices":["b"]})"},
        {"quiz", R"(["a","b"])", R"({"choices":["a","b"]})"},
        {"rvc", R"(42)", R"({"number":42})"},
        // Amounts without a currency take the step's; numbers are read exactly.
        {"tax", R"({"duty": 126, "vat": "2293.2", "total": 7459.2})",
         R"({"duty":"EUR 126.00","vat":"EUR 2,293.20","total":"EUR 7,459.20"})"},
        {"value", R"({"method": "art1", "base": "40,000", "lines": [{"id": "moulds", "action": "add", "amount": 2500}],
                      "rate": 1, "total": "EUR 47000"})",
         R"({"method":"transaction_value","base":"EUR 40,000.00","lines":[{"id":"moulds","action":"add","amount":"EUR 2,500.00"}],"rate":"1","total":"EUR 47,000.00"})"},
        // Another currency is kept as given: the grader says it is the wrong one.
        {"tax", R"({"duty": "USD 126"})", R"({"duty":"USD 126.00"})"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.shorthand);
        CHECK(answer_to_json(parse(c.shorthand, c.step)) == Json::parse(c.full));
    }
}

TEST_CASE("malformed answers name the path and the value") {
    struct Case {
        const char* step;
        const char* json;
        const char* error;
    };
    const Case cases[] = {
        {"value", R"({"lines": [{"id": "moulds", "action": "add", "amount": "12,5x"}]})",
         R"(answers.value.lines[1].amount: "12,5x" is not an amount)"},
        {"value", R"({"linse": []})", "answers.value.linse: unknown field (expected method, base, lines, rate, total)"},
        {"value", R"({"method": "art 9"})",
         R"(answers.value.method: "art 9" is not a valuation method (transaction_value, identical_goods, similar_goods, deductive, computed, fallback))"},
        {"value", R"({"lines": [{"id": "moulds", "action": "plus", "amount": 1}]})",
         R"(answers.value.lines[1].action: "plus" is not an action (add or deduct))"},
        {"value", R"({"lines": [{"id": "moulds", "amount": 1}]})", "answers.value.lines[1]: missing \"action\" (add or deduct)"},
        {"value", R"({"rate": "0,92x"})", R"(answers.value.rate: "0,92x" is not a rate)"},
        {"value", R"({"total": "1.234"})", R"(answers.value.total: "1.234" has 3 decimal places; EUR amounts have 2)"},
        {"value", R"([])", "answers.value: expected a valuation worksheet (an object), found a list"},
        {"tax", R"({"vat": true})", R"(answers.tax.vat: expected an amount (a string like "EUR 126.00" or a number), found true)"},
        {"hs", R"(8517)", "answers.hs: expected an HS code (a string) or {\"code\": ...}, found 8517"},
        {"origin", R"({"criterion": "tariff_shift"})", "answers.origin: missing \"originating\" (true or false)"},
        {"origin", R"({"originating": "yes"})", R"(answers.origin.originating: expected true or false, found "yes")"},
        {"origin", R"({"originating": true, "criterion": "ctc"})",
         R"(answers.origin.criterion: "ctc" is not an origin criterion (wholly_obtained, originating_materials, tariff_shift, value_content, minimal_operations, direct_transport))"},
        {"channel", R"("orange")", R"(answers.channel: "orange" is not a channel (green, blue, yellow or red))"},
        {"channel", R"({"indicators": ["x"]})", "answers.channel: missing \"channel\" (green, blue, yellow or red)"},
        {"docs", R"(["a", 3])", "answers.docs[2]: expected a string, found 3"},
        {"gift", R"({"choice": "refuse"})", "answers.gift.choice: unknown field (expected option)"},
        {"quiz", R"({"number": "42"})", R"(answers.quiz.number: expected a number, found "42")"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.json);
        CHECK(error_of(c.json, c.step) == c.error);
    }
}

TEST_CASE("without the step an amount must name its currency, and a quiz string must say what it is") {
    CHECK_THROWS_WITH_AS(answer_from_json(Json::parse(R"({"duty": "126"})"), StepKind::assess, "a"),
                         R"(a.duty: "126" names no currency (write e.g. "EUR 126"))", AnswerError);
    CHECK_THROWS_WITH_AS(answer_from_json(Json::parse(R"("b")"), StepKind::quiz, "q"),
                         "q: a string alone needs the quiz's kind: write {\"text\": ...} or {\"choices\": [...]}",
                         AnswerError);
    CHECK_THROWS_AS(answer_from_json(Json(), StepKind::brief, "b"), AnswerError);
}

TEST_CASE("an answer for another kind of step is named as such") {
    CHECK(answer_mismatch(step("hs"), ClassifyAnswer{"8517.13"}).empty());
    CHECK(answer_mismatch(step("hs"), ChooseAnswer{"refuse"}) ==
          "step \"hs\" is a classify step; the answer given is for a choose step");
    CHECK(answer_mismatch(step("intro"), ChooseAnswer{"refuse"}) == "step \"intro\" is a brief step and takes no answer");
    CHECK(answer_kind(Answer{QuizAnswer{}}) == StepKind::quiz);
    CHECK(answer_kind(Answer{ClassifyAnswer{}}) == StepKind::classify);
}

TEST_CASE("an answers file keyed by step id reads each answer for its step") {
    const auto entries = parse_answers_file(std::string_view(R"({"hs": "8517.13", "gift": "refuse", "rvc": 42.5})"), sc());
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].step == "hs");
    CHECK(std::get<ClassifyAnswer>(entries[0].answer).code == "8517.13");
    CHECK(std::get<ChooseAnswer>(entries[1].answer).option_id == "refuse");
    CHECK(std::get<QuizAnswer>(entries[2].answer).number == 42.5);
    CHECK(entries[0].hints == 0);
}

TEST_CASE("an answers file as a list carries hints and times, and round-trips") {
    const char* text = R"([{"step": "hs", "answer": "8517.13", "hints": 1, "time_ms": 42000},
                           {"step": "gift", "kind": "choose", "answer": {"option": "accept"}}])";
    const auto entries = parse_answers_file(std::string_view(text), sc());
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].hints == 1);
    CHECK(entries[0].time_ms == 42000);
    CHECK(entries[1].time_ms == 0);
    const Json written = answers_file_json(entries);
    CHECK(parse_answers_file(written, sc()) == entries);
    // Entries carry their kind, so they read back even without the scenario.
    CHECK(entry_from_json(written.at(1), "e", nullptr) == entries[1]);
}

TEST_CASE("a malformed answers file is refused with the place of the fault") {
    struct Case {
        const char* json;
        const char* error;
    };
    const Case cases[] = {
        {R"({"vlaue": {}})", R"(answers.vlaue: no step "vlaue" in scenario "fixture/broker")"},
        {R"({"intro": null})", R"(answers.intro: step "intro" is a brief step and takes no answer)"},
        {R"([{"step": "hs", "answer": "8517.13"}, {"step": "hs", "answer": "8517"}])",
         R"(answers[2].step: step "hs" is answered twice (first at answers[1]))"},
        {R"([{"step": "hs", "kind": "quiz", "answer": "8517.13"}])",
         R"(answers[1].kind: step "hs" is a classify step, not quiz)"},
        {R"([{"step": "hs"}])", R"(answers[1]: missing "answer")"},
        {R"([{"step": "hs", "answer": "1", "hint": 1}])",
         "answers[1].hint: unknown field (expected step, kind, answer, hints, time_ms)"},
        {R"([{"step": "hs", "answer": "1", "hints": -1}])",
         "answers[1].hints: expected a hint count (a whole number, 0 or more), found -1"},
        {R"([{"step": "value", "answer": {"lines": [{"id": "moulds", "action": "add", "amount": "12,5x"}]}}])",
         R"(answers[1].answer.lines[1].amount: "12,5x" is not an amount)"},
        {R"("hs")", "answers: expected an object keyed by step id or a list of entries, found string"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.json);
        CHECK(file_error(c.json) == c.error);
    }
    // The JSON parser's own words follow its position; only the frame is ours.
    CHECK(file_error(R"({"hs": "8517.13",})").rfind("answers: not valid JSON: 1:18: ", 0) == 0);
}

}  // TEST_SUITE
