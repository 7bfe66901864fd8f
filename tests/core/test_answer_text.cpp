// Answers in words, as the debrief shows them beside the key.

#include <doctest/doctest.h>

#include "core/answer_text.h"
#include "test_scenario_fixture.h"

using namespace clearance::core;

namespace {

Scenario scenario_with(Step step) {
    Scenario s;
    s.id = "t/answers";
    s.steps.push_back(std::move(step));
    return s;
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("each kind of answer reads as a short line, and an empty one says so") {
    Step classify;
    classify.id = "hs";
    classify.body = ClassifyStep{};
    auto sc = scenario_with(classify);
    CHECK(answer_summary(sc, sc.steps[0], ClassifyAnswer{"0901.21"}) == "0901.21");
    CHECK(answer_summary(sc, sc.steps[0], ClassifyAnswer{""}) == "(no answer)");

    ValueWorksheet w;
    w.method = Method::transaction_value;
    w.base = Money::parse("USD 40,000.00");
    w.lines.push_back({"moulds", WorksheetAction::add, Money::parse("USD 2,500.00")});
    w.total = Money::parse("EUR 43,240.00");
    CHECK(answer_summary(sc, sc.steps[0], w) ==
          "Transaction value (CVA Art. 1) · price USD 40,000.00 · + moulds USD 2,500.00 · customs value EUR 43,240.00");
    CHECK(answer_summary(sc, sc.steps[0], w, "fr") == "Valeur transactionnelle (art. 1 de l'Accord) · prix USD 40,000.00 · "
                                                      "+ moulds USD 2,500.00 · valeur en douane EUR 43,240.00");

    OriginAnswer o;
    o.conferred = false;
    CHECK(answer_summary(sc, sc.steps[0], o) == "Not originating");
    CHECK(answer_summary(sc, sc.steps[0], o, "fr") == "Non originaire");
    o.conferred = true;
    o.country = "GH";
    o.value_percent = 42.5;
    CHECK(answer_summary(sc, sc.steps[0], o) == "Originating (GH) · 42.5 %");

    AssessAnswer a;
    a.duty = Money::parse("EUR 126.00");
    a.total = Money::parse("EUR 7,459.20");
    CHECK(answer_summary(sc, sc.steps[0], a) == "duty EUR 126.00 · total EUR 7,459.20");
    CHECK(answer_summary(sc, sc.steps[0], AssessAnswer{}) == "(no answer)");

    RiskAnswer r;
    r.channel = Channel::red;
    r.indicators = {"price_below_reference", "own_words"};
    const std::string risk = answer_summary(sc, sc.steps[0], r);
    CHECK(risk.rfind("Red channel: ", 0) == 0);
    CHECK(risk.find(std::string(indicator_label(Indicator::price_below_reference))) != std::string::npos);
    CHECK(risk.find("own_words") != std::string::npos);  // an author's own id is shown as is

    CHECK(answer_summary(sc, sc.steps[0], InspectAnswer{}) == "No field flagged");
    CHECK(answer_summary(sc, sc.steps[0], InspectAnswer{}, "fr") == "Aucun champ signalé");
    CHECK(answer_summary(sc, sc.steps[0], r, "fr").rfind("Circuit rouge : ", 0) == 0);
    CHECK(answer_summary(sc, sc.steps[0], AssessAnswer{}, "fr") == "(pas de réponse)");
}

TEST_CASE("an inspect answer names each document and field in the language asked, values as printed") {
    Step inspect;
    inspect.id = "docs";
    inspect.body = InspectStep{};
    auto sc = scenario_with(inspect);
    sc.documents = fixture::documents();
    const InspectAnswer a{{"invoice.lines[1].quantity", "memo.subject"}};
    CHECK(answer_summary(sc, sc.steps[0], a) ==
          "Commercial invoice · Line 1 · Quantity: 1,200; Briefing · Subject: Your shift");
    CHECK(answer_summary(sc, sc.steps[0], a, "fr") ==
          "Facture commerciale · Ligne 1 · Quantité : 1,200 ; Consignes · Objet : Votre vacation");
    // A field id that names nothing is shown as written.
    CHECK(answer_summary(sc, sc.steps[0], InspectAnswer{{"invoice.lines[9].quantity"}}, "fr") ==
          "invoice.lines[9].quantity");
}

TEST_CASE("options and choices read in the scenario's words, in the language asked") {
    Step choose;
    choose.id = "gift";
    ChooseStep body;
    ChooseOptionSpec refuse;
    refuse.id = "refuse";
    refuse.label = Text{{"en", "Refuse the gift"}, {"fr", "Refuser le cadeau"}};
    body.options.push_back(refuse);
    choose.body = body;
    auto sc = scenario_with(choose);
    CHECK(answer_summary(sc, sc.steps[0], ChooseAnswer{"refuse"}) == "Refuse the gift");
    CHECK(answer_summary(sc, sc.steps[0], ChooseAnswer{"refuse"}, "fr") == "Refuser le cadeau");
    CHECK(answer_summary(sc, sc.steps[0], ChooseAnswer{"unknown"}) == "unknown");

    Step quiz;
    quiz.id = "q";
    QuizStep q;
    q.choices.push_back({"a", Text{"Only subheadings at the same level"}, true});
    q.choices.push_back({"b", Text{"Chapter titles"}, false});
    q.unit = "working days";
    quiz.body = q;
    auto sq = scenario_with(quiz);
    QuizAnswer picked;
    picked.choices = {"a", "b"};
    CHECK(answer_summary(sq, sq.steps[0], picked) == "Only subheadings at the same level; Chapter titles");
    QuizAnswer n;
    n.number = 3;
    CHECK(answer_summary(sq, sq.steps[0], n) == "3 working days");
}

}  // TEST_SUITE
