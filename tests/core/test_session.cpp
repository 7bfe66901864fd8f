// The session: pull-style play through every step kind, routing on state, hints, modes, time
// limits, weighting, results, and clear errors on misuse.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "core/session.h"
#include "test_scenario_fixture.h"

using namespace clearance::core;
using fixture::eur;

namespace {

SessionOptions opts(const char* lang = "en") { return SessionOptions{lang, &fixture::hs()}; }

// The right answer to every graded step of the fixture, written out by hand.
Answer right(const std::string& id) {
    if (id == "hs") return ClassifyAnswer{"8517.13"};
    if (id == "value") {
        ValueWorksheet w;
        w.method = Method::transaction_value;
        w.base = eur("40000");
        w.lines = {{"selling", WorksheetAction::add, eur("1200")},
                   {"moulds", WorksheetAction::add, eur("2500")},
                   {"freight", WorksheetAction::add, eur("3100")},
                   {"insurance", WorksheetAction::add, eur("200")}};
        w.total = eur("47000");
        return w;
    }
    if (id == "origin") return OriginAnswer{true, OriginCriterion::value_content, 42.0, "GH"};
    if (id == "tax") return AssessAnswer{eur("126"), eur("5040"), eur("2293.20"), eur("7459.20")};
    if (id == "docs") return InspectAnswer{{"invoice.lines[1].quantity", "product.serial_numbers[2]"}};
    if (id == "channel") return RiskAnswer{Channel::yellow, {"price_below_reference", "new_importer"}};
    if (id == "gift") return ChooseAnswer{"refuse"};
    if (id == "favour") return ChooseAnswer{"report"};
    if (id == "quiz") return QuizAnswer{{"a"}, std::nullopt, ""};
    if (id == "rvc") return QuizAnswer{{}, 42.0, ""};
    FAIL("no answer for " << id);
    return ClassifyAnswer{};
}

// Plays to the end with the right answers, except for the given choices.
void play(Session& s, const std::map<std::string, std::string>& choices = {}) {
    while (const Step* step = s.current()) {
        if (step->graded() && !s.answered()) {
            auto c = choices.find(step->id);
            s.submit(c != choices.end() ? Answer{ChooseAnswer{c->second}} : right(step->id), 1000);
        }
        s.advance();
    }
}

void go_to(Session& s, const std::string& id) {
    while (s.current() && s.current()->id != id) {
        if (s.current()->graded()) s.submit(right(s.current()->id), 1000);
        s.advance();
    }
    REQUIRE(s.current() != nullptr);
}

bool has_text(const Grade& g, const std::string& text) {
    return std::any_of(g.feedback.begin(), g.feedback.end(),
                       [&](const FeedbackLine& l) { return l.text.find(text) != std::string::npos; });
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("right answers to a step of every kind reach the scenario's maximum") {
    Session s(fixture::broker(), AttemptMode::practice, 7, opts());
    REQUIRE(s.current() != nullptr);
    CHECK(s.current()->id == "intro");  // a brief is shown first, without an answer
    struct Expect {
        const char* step;
        double max;
    };
    const Expect expected[] = {{"hs", 10},     {"value", 11},  {"origin", 10}, {"tax", 7}, {"docs", 2},
                               {"channel", 10}, {"gift", 10}, {"quiz", 2},     {"rvc", 5}};
    s.advance();
    for (const Expect& e : expected) {
        CAPTURE(e.step);
        REQUIRE(s.current() != nullptr);
        REQUIRE(s.current()->id == e.step);
        const Grade g = s.submit(right(e.step), 2000);
        CAPTURE(g.feedback.size());
        CHECK(g.max == doctest::Approx(e.max));
        CHECK(g.full_marks());
        REQUIRE(s.feedback() != nullptr);
        CHECK(s.feedback()->score == g.score);
        s.advance();
    }
    CHECK(s.finished());
    CHECK(s.current() == nullptr);
    const SessionResult r = s.result();
    CHECK(r.finished);
    CHECK(r.score == doctest::Approx(67));
    CHECK(r.max == doctest::Approx(67));
    CHECK(r.time_ms == 18000);
    CHECK(r.steps.size() == 9);
    CHECK(s.visited() == std::vector<std::string>{"intro", "hs", "value", "origin", "tax", "docs", "channel", "gift",
                                                  "quiz", "rvc"});
}

TEST_CASE("a dilemma's consequence shows up two steps later through when") {
    struct Case {
        const char* gift;
        const char* favour;  // "" when the favour step must not come
        std::vector<std::string> tail;
        bool gift_taken;
        double lapses;
    };
    const Case cases[] = {
        {"refuse", "", {"gift", "quiz", "rvc"}, false, 0},
        {"declare", "", {"gift", "quiz", "rvc"}, false, 0},
        {"accept", "report", {"gift", "favour", "quiz", "rvc"}, true, 1},
        {"accept", "release", {"gift", "favour"}, true, 2},  // release routes to `end`
    };
    for (const Case& c : cases) {
        CAPTURE(c.gift);
        CAPTURE(c.favour);
        Session s(fixture::broker(), AttemptMode::practice, 1, opts());
        std::map<std::string, std::string> choices{{"gift", c.gift}};
        if (*c.favour) choices["favour"] = c.favour;
        play(s, choices);
        CHECK(s.finished());
        const auto& v = s.visited();
        CHECK(std::vector<std::string>(v.end() - static_cast<std::ptrdiff_t>(c.tail.size()), v.end()) == c.tail);
        CHECK(std::get<bool>(s.state().get("gift_taken")) == c.gift_taken);
        CHECK(std::get<double>(s.state().get("lapses")) == c.lapses);
        CHECK(std::get<std::string>(s.state().get("mood")) == (std::string(c.gift) == "refuse" ? "proud" : "calm"));
    }
}

TEST_CASE("hints are shown in the trainee's language and their cost comes off that step only") {
    Session s(fixture::broker(), AttemptMode::practice, 1, opts("fr"));
    CHECK_FALSE(s.take_hint().has_value());  // a brief has no hints
    s.advance();
    CHECK(s.hints_left() == 2);
    auto h1 = s.take_hint();
    REQUIRE(h1);
    CHECK(h1->number == 1);
    CHECK(h1->text == "Voyez le chapitre 85.");
    CHECK(h1->cost == 1.0);
    auto h2 = s.take_hint();
    REQUIRE(h2);
    CHECK(h2->text == "Heading 85.17 covers telephone sets.");  // no French: English
    CHECK_FALSE(s.take_hint().has_value());
    CHECK(s.hints_taken() == 2);

    const Grade g = s.submit(ClassifyAnswer{"8517.13"}, 1000);
    CHECK(g.score == doctest::Approx(7));
    CHECK(g.max == doctest::Approx(10));
    CHECK(has_text(g, "2 hints taken: 3 points off."));
    CHECK_FALSE(s.take_hint().has_value());  // answered: no more hints
    CHECK(s.records().back().hint_cost == 3);
    s.advance();
    CHECK(s.hints_taken() == 0);
}

TEST_CASE("hints never take a step below zero") {
    Session s(fixture::broker(), AttemptMode::practice, 1, opts());
    s.advance();
    s.take_hint();
    s.take_hint();
    const Grade g = s.submit(ClassifyAnswer{"8518"}, 1000);  // the right chapter only: 2.5 of 10
    CHECK(g.score == 0);
    CHECK(s.records().back().hint_cost == doctest::Approx(2.5));
    CHECK(s.records().back().grader_score == doctest::Approx(2.5));
}

TEST_CASE("each mode offers hints and shows feedback as its rules say") {
    struct Case {
        AttemptMode mode;
        bool hints;
        bool immediate;
    };
    const Case cases[] = {{AttemptMode::practice, true, true},
                          {AttemptMode::review, true, true},
                          {AttemptMode::shift, true, false},
                          {AttemptMode::exam, false, false}};
    for (const Case& c : cases) {
        CAPTURE(attempt_mode_name(c.mode));
        CHECK(mode_rules(c.mode).hints == c.hints);
        CHECK(mode_rules(c.mode).immediate_feedback == c.immediate);
        Session s(fixture::broker(), c.mode, 1, opts());
        s.advance();
        CHECK(s.take_hint().has_value() == c.hints);
        CHECK(s.hints_left() == (c.hints ? 1 : 0));
        const Grade g = s.submit(right("hs"), 1000);
        CHECK((s.feedback() != nullptr) == c.immediate);
        CHECK(g.max == 10);  // submit always returns the grade, for the player and the store
        play(s);
        REQUIRE(s.feedback() != nullptr);  // every mode shows feedback once finished
        CHECK(s.feedback()->max == 5);     // the last step's
    }
}

TEST_CASE("misuse of the session is refused with a clear error and changes nothing") {
    Session s(fixture::broker(), AttemptMode::practice, 1, opts());
    CHECK_THROWS_WITH_AS(s.submit(ChooseAnswer{"refuse"}, 0), "step \"intro\" is a brief step and takes no answer",
                         SessionError);
    s.advance();
    CHECK_THROWS_WITH_AS(s.advance(), "step \"hs\" has not been answered: submit an answer first", SessionError);
    CHECK_THROWS_WITH_AS(s.submit(ChooseAnswer{"refuse"}, 0),
                         "step \"hs\" is a classify step; the answer given is for a choose step", SessionError);
    CHECK_THROWS_WITH_AS(s.submit(right("hs"), -1), "elapsed time cannot be negative", SessionError);
    CHECK(s.records().empty());
    s.submit(right("hs"), 0);
    CHECK_THROWS_WITH_AS(s.submit(right("hs"), 0), "step \"hs\" is already answered: call advance()", SessionError);
    play(s);
    CHECK_THROWS_WITH_AS(s.advance(), "the attempt is finished: there is nothing to advance to", SessionError);
    CHECK_THROWS_WITH_AS(s.submit(right("hs"), 0), "the attempt is finished: no step takes an answer", SessionError);
    CHECK_FALSE(s.take_hint().has_value());
}

TEST_CASE("an answer after a time limit scores nothing and says why") {
    Session s(fixture::broker(), AttemptMode::practice, 1, opts());
    go_to(s, "rvc");
    const Grade g = s.submit(right("rvc"), 61'000);
    CHECK(g.score == 0);
    CHECK(g.max == 5);
    CHECK(s.records().back().late);
    CHECK(has_text(g, "Answered after the step's time limit of 1 min: the answer scores 0."));

    Scenario timed = fixture::broker();
    timed.time_limit_ms = 2500;
    Session t(timed, AttemptMode::exam, 1, opts());
    t.advance();
    CHECK(t.submit(right("hs"), 2000).score == 10);
    t.advance();
    const Grade late = t.submit(right("value"), 1000);  // 3 s in all
    CHECK(late.score == 0);
    CHECK(has_text(late, "Answered after the scenario's time limit of 3 s: the answer scores 0."));
}

TEST_CASE("a step's points rescale its grader's score") {
    Session s(fixture::broker(), AttemptMode::practice, 1, opts());
    go_to(s, "rvc");
    const Grade g = s.submit(QuizAnswer{{}, 42.4, ""}, 0);
    CHECK(g.score == 5);
    CHECK(g.max == 5);
    CHECK(s.records().back().grader_max == 1);
    CHECK(s.records().back().grader_score == 1);
}

TEST_CASE("the result adds up scores per competency and per topic") {
    Session s(fixture::broker(), AttemptMode::practice, 1, opts());
    play(s, {{"gift", "declare"}});
    const SessionResult r = s.result();
    CHECK(r.score == doctest::Approx(61));
    CHECK(r.max == doctest::Approx(67));
    CHECK(r.competencies.at("hs.gir1").max == 10);
    CHECK(r.competencies.at("hs.gir6").score == 10);
    CHECK(r.competencies.at("cva.art8").max == 11);
    CHECK(r.competencies.at("ethics.gifts").score == 4);
    CHECK(r.competencies.at("ethics.gifts").max == 10);
    // Steps naming no competency count for the scenario's.
    CHECK(r.competencies.at("fraud.documents").max == doctest::Approx(10 + 7 + 2 + 10 + 2 + 5));
    CHECK(r.topics.at(Topic::classification).max == 10);
    CHECK(r.topics.at(Topic::ethics).max == 12);
    CHECK(r.topics.at(Topic::ethics).score == 6);
    CHECK(r.topics.at(Topic::origin).max == 15);
    CHECK(r.topics.at(Topic::fraud).max == 2);  // docs: the scenario's own topic
    CHECK(r.steps[6].option_id == "declare");
    CHECK(r.steps[6].topic == Topic::ethics);
}

TEST_CASE("routing to an unknown step or back to a visited one is an error that leaves the session as it was") {
    Scenario sc = fixture::broker();
    sc.steps[1].next = "vlaue";
    Session s(sc, AttemptMode::practice, 1, opts());
    s.advance();
    s.submit(right("hs"), 0);
    CHECK_THROWS_WITH_AS(s.advance(), "step \"hs\" routes to unknown step \"vlaue\"", SessionError);
    CHECK(s.current()->id == "hs");
    CHECK(s.answered());

    Scenario loop = fixture::broker();
    loop.steps[2].next = "hs";
    Session l(loop, AttemptMode::practice, 1, opts());
    go_to(l, "value");
    l.submit(right("value"), 0);
    CHECK_THROWS_WITH_AS(l.advance(),
                         "step \"hs\" would be visited twice (routed from step \"value\"): a scenario may not loop",
                         SessionError);
    CHECK(l.current()->id == "value");
}

TEST_CASE("a skipped step hands over to the step after it in the list, not to its own next") {
    Scenario sc = fixture::broker();
    sc.steps[8].next = "rvc";  // favour would jump over the quiz, but favour is skipped
    Session s(sc, AttemptMode::practice, 1, opts());
    play(s, {{"gift", "refuse"}});
    CHECK(s.visited().back() == "rvc");
    CHECK(std::find(s.visited().begin(), s.visited().end(), "quiz") != s.visited().end());
}

TEST_CASE("a session refuses a generated scenario of another seed, and classify steps without the nomenclature") {
    Scenario sc = fixture::broker();
    sc.generated = true;
    sc.seed = 42;
    CHECK_NOTHROW(Session(sc, AttemptMode::practice, 42, opts()));
    CHECK_THROWS_WITH_AS(Session(sc, AttemptMode::practice, 43, opts()),
                         "scenario \"fixture/broker\" was generated with seed 42, not 43: instantiate it with the "
                         "attempt's seed first",
                         SessionError);
    CHECK_THROWS_WITH_AS(Session(fixture::broker(), AttemptMode::practice, 1, SessionOptions{}),
                         "scenario \"fixture/broker\" has classify steps: the session needs the HS nomenclature",
                         SessionError);
    sc.variables[0].initial = 1.0;
    CHECK_THROWS_AS(Session(sc, AttemptMode::practice, 42, opts()), SessionError);
}

TEST_CASE("shuffled options come in an order drawn from the seed, the same on every replay") {
    const Scenario sc = fixture::broker();
    const Step& gift = *sc.find_step("gift");
    const Step& favour = *sc.find_step("favour");
    std::set<std::vector<std::size_t>> orders;
    for (std::uint64_t seed = 0; seed < 40; ++seed) {
        Session s(sc, AttemptMode::practice, seed, opts());
        auto order = s.option_order(gift);
        CHECK(order == Session(sc, AttemptMode::exam, seed, opts()).option_order(gift));
        auto sorted = order;
        std::sort(sorted.begin(), sorted.end());
        CHECK(sorted == std::vector<std::size_t>{0, 1, 2});
        orders.insert(order);
        CHECK(s.option_order(favour) == std::vector<std::size_t>{0, 1});  // not shuffled
    }
    CHECK(orders.size() == 6);  // 40 seeds reach every order of three options
}

TEST_CASE("copying a session forks the attempt") {
    Session s(fixture::broker(), AttemptMode::practice, 1, opts());
    go_to(s, "gift");
    Session fork = s;
    s.submit(ChooseAnswer{"accept"}, 0);
    fork.submit(ChooseAnswer{"refuse"}, 0);
    s.advance();
    fork.advance();
    CHECK(s.current()->id == "favour");
    CHECK(fork.current()->id == "quiz");
    CHECK(&s.scenario() == &fork.scenario());  // one shared, immutable scenario
}

}  // TEST_SUITE
