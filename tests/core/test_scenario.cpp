// The scenario model: localized text, ids of kinds and levels, document fields, and the author
// checks on step keys.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "core/feedback_text.h"
#include "core/scenario.h"
#include "core/scenario_fields.h"
#include "core/scenario_grading.h"
#include "test_scenario_fixture.h"

using namespace clearance::core;

namespace {

const DocumentField* field(const std::vector<DocumentField>& fields, const std::string& id) {
    auto it = std::find_if(fields.begin(), fields.end(), [&](const DocumentField& f) { return f.id == id; });
    return it == fields.end() ? nullptr : &*it;
}

// One document of every kind, air waybill and bill of lading apart, each with one element in
// every list, so that every label document_fields() can give is given.
std::vector<Document> one_of_every_kind() {
    Invoice inv;
    inv.lines.resize(1);
    inv.charges.resize(1);
    PackingList pl;
    pl.lines.resize(1);
    TransportDocument bl, awb;
    bl.containers = bl.seals = awb.containers = awb.seals = {"1"};
    awb.kind = TransportKind::air_waybill;
    CertificateOfOrigin co;
    co.goods.resize(1);
    Declaration decl;
    decl.items.resize(1);
    ProductSheet ps;
    ps.marks = ps.photos = ps.serial_numbers = {"1"};
    return {Document{"invoice", Text(), inv}, Document{"packing", Text(), pl},   Document{"bl", Text(), bl},
            Document{"awb", Text(), awb},     Document{"co", Text(), co},        Document{"decl", Text(), decl},
            Document{"product", Text(), ps},  Document{"memo", Text(), Memo{}}};
}

// The parts of a composed label: "Line 2 · Quantity" gives "Line" and "Quantity" (the numbers of
// list elements are not words).
std::vector<std::string> label_parts(const std::string& label) {
    std::vector<std::string> out;
    std::size_t from = 0;
    for (;;) {
        const std::size_t sep = label.find(" · ", from);
        std::string part = label.substr(from, sep == std::string::npos ? std::string::npos : sep - from);
        const std::size_t space = part.rfind(' ');
        if (space != std::string::npos && part.find_first_not_of("0123456789", space + 1) == std::string::npos)
            part.resize(space);
        out.push_back(part);
        if (sep == std::string::npos) return out;
        from = sep + std::string_view(" · ").size();
    }
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("a text falls back to English, then to its first language") {
    const Text both{{"en", "Invoice"}, {"fr", "Facture"}};
    CHECK(both.get("fr") == "Facture");
    CHECK(both.get("pt") == "Invoice");
    CHECK(both.get() == "Invoice");
    CHECK(both.has("fr"));
    CHECK_FALSE(both.has("pt"));
    CHECK(both.languages() == std::vector<std::string>{"en", "fr"});

    const Text french_only{{"fr", "Facture"}, {"es", "Factura"}};
    CHECK(french_only.get("de") == "Factura");  // first in code order: es
    CHECK(Text().get("fr").empty());
    CHECK(Text().empty());
    CHECK(Text{{"en", ""}}.empty());

    const Text plain = "Invoice";
    CHECK(plain.languages() == std::vector<std::string>{"en"});
    Text t = plain;
    t.set("fr", "Facture");
    CHECK(t == both);
}

TEST_CASE("step kinds and levels read and print their scenario-file names") {
    for (StepKind k : {StepKind::brief, StepKind::classify, StepKind::value, StepKind::origin, StepKind::assess,
                       StepKind::inspect, StepKind::risk, StepKind::choose, StepKind::quiz}) {
        CAPTURE(step_kind_id(k));
        CHECK(parse_step_kind(step_kind_id(k)) == k);
    }
    CHECK_FALSE(parse_step_kind("classification").has_value());
    CHECK(parse_level("2") == Level::intermediate);
    CHECK(parse_level("advanced") == Level::advanced);
    CHECK_FALSE(parse_level("4").has_value());
    CHECK(level_id(Level::basic) == "basic");

    Step s;
    s.body = ValueStep{};
    CHECK(s.kind() == StepKind::value);
    CHECK(s.graded());
    s.body = BriefStep{};
    CHECK_FALSE(s.graded());
}

TEST_CASE("an invoice's fields are named by document, list index (from 1) and field") {
    const auto docs = fixture::documents();
    const auto fields = document_fields(docs[0]);
    struct Case {
        const char* id;
        const char* label;
        const char* value;
    };
    const Case cases[] = {
        {"invoice.number", "Invoice number", "SZ-2024-118"},
        {"invoice.seller.name", "Seller · Name", "Shenzhen Bright Electronics"},
        {"invoice.buyer.country", "Buyer · Country", "NG"},
        {"invoice.incoterm", "Incoterm", "FOB"},
        {"invoice.currency", "Currency", "USD"},
        {"invoice.lines[1].quantity", "Line 1 · Quantity", "1,200"},
        {"invoice.lines[1].unit_price", "Line 1 · Unit price", "150.00"},
        {"invoice.lines[1].amount", "Line 1 · Amount", "180,000.00"},
        {"invoice.charges[1].amount", "Charge 1 · Amount", "600.00"},
        {"invoice.total", "Total", "180,600.00"},
        {"invoice.notes", "Notes", ""},  // empty fields are listed: a missing entry can be the finding
    };
    for (const Case& c : cases) {
        CAPTURE(c.id);
        const DocumentField* f = field(fields, c.id);
        REQUIRE(f != nullptr);
        CHECK(f->label == c.label);
        CHECK(f->value == c.value);
    }
    CHECK(fields.front().id == "invoice.number");  // reading order
    CHECK(field(fields, "invoice.lines[2].quantity") == nullptr);
}

TEST_CASE("a transport document's labels follow its kind, and list fields are numbered") {
    TransportDocument t;
    t.kind = TransportKind::air_waybill;
    t.port_of_loading = "CDG";
    t.containers = {"A", "B"};
    Document d{"awb", Text(), t};
    auto fields = document_fields(d);
    CHECK(field(fields, "awb.port_of_loading")->label == "Airport of departure");
    CHECK(field(fields, "awb.containers[2]")->value == "B");
    CHECK(document_type_id(d) == "air_waybill");
    CHECK(document_title(d) == "Air waybill");
    std::get<TransportDocument>(d.content).kind = TransportKind::bill_of_lading;
    CHECK(field(document_fields(d), "awb.port_of_loading")->label == "Port of loading");
    CHECK(document_title(d, "fr") == "Connaissement");
}

TEST_CASE("every part of every field label and every kind's title has a French entry") {
    std::set<std::string> parts;
    int fields = 0;
    for (const Document& d : one_of_every_kind()) {
        CAPTURE(d.id);
        const auto english = document_fields(d);
        const auto french = document_fields(d, "en", "fr");
        REQUIRE(english.size() == french.size());
        for (std::size_t i = 0; i < english.size(); ++i) {
            ++fields;
            CAPTURE(english[i].label);
            std::string composed;
            const auto en_parts = label_parts(english[i].label);
            for (const std::string& part : en_parts) {
                parts.insert(part);
                const auto fr = find_phrase(part, "fr");
                CHECK_MESSAGE(fr.has_value(), "no French entry for \"" << part << "\"");
                if (!composed.empty()) composed += " · ";
                composed += fr.value_or(part);
            }
            // The French label is the French parts in the English order, list numbers kept.
            const auto fr_parts = label_parts(french[i].label);
            CHECK(fr_parts.size() == en_parts.size());
            std::string fr_words;
            for (const std::string& part : fr_parts) fr_words += (fr_words.empty() ? "" : " · ") + part;
            CHECK(fr_words == composed);
            CHECK(french[i].id == english[i].id);
            CHECK(french[i].value == english[i].value);
        }
        const std::string title = document_title(d);
        CAPTURE(title);
        CHECK(find_phrase(title, "fr").has_value());
        CHECK(document_title(d, "en", "fr") == find_phrase(title, "fr").value_or(""));
    }
    CHECK(fields > 150);       // the enumeration reached the lists' elements
    CHECK(parts.size() >= 90);  // and found the words at all
}

TEST_CASE("a field label reads in French when asked: parts translated, numbers and values kept") {
    const auto docs = fixture::documents();
    const auto f = find_document_field(docs, "invoice.lines[1].quantity", "fr");
    REQUIRE(f.has_value());
    CHECK(f->label == "Ligne 1 · Quantité");
    CHECK(f->value == "1,200");
    CHECK(find_document_field(docs, "invoice.seller.name", "fr")->label == "Vendeur · Nom");
    CHECK(find_document_field(docs, "bl.containers[1]", "fr")->label == "Conteneur 1");
    CHECK(find_document_field(docs, "packing.total_gross_kg", "fr")->label == "Poids brut total (kg)");
    // Scenario text and labels can follow two languages: the memo in English, its labels in French.
    const auto memo = find_document_field(docs, "memo.subject", "en", "fr");
    REQUIRE(memo.has_value());
    CHECK(memo->label == "Objet");
    CHECK(memo->value == "Your shift");
    CHECK(find_document_field(docs, "invoice.seller.name", "en")->label == "Seller · Name");
    CHECK(document_title(docs[0], "fr") == "Facture commerciale");
    CHECK(document_title(docs[4], "en", "fr") == "Briefing");  // the scenario's own title: its text language
}

TEST_CASE("a memo's fields are shown in the trainee's language") {
    const auto docs = fixture::documents();
    auto f = find_document_field(docs, " memo.body ", "fr");
    REQUIRE(f.has_value());
    CHECK(f->value == "Un transitaire a un dossier en cours.");
    CHECK(document_title(docs[4], "fr") == "Consignes");
    CHECK(find_document_field(docs, "memo.body")->value == "A broker has a pending matter.");
}

TEST_CASE("a field id that names nothing is explained") {
    const auto docs = fixture::documents();
    CHECK_FALSE(check_field_id(docs, "invoice.lines[1].quantity").has_value());
    CHECK_FALSE(check_field_id(docs, "product.serial_numbers[2]").has_value());
    CHECK(check_field_id(docs, "invoce.number") == "no document \"invoce\"");
    CHECK(check_field_id(docs, "invoice.lines[2].quantity") == "invoice (invoice) has no field \"lines[2].quantity\"");
    CHECK(check_field_id(docs, "bl") == "\"bl\" names a document, not one of its fields");
    CHECK(check_field_id(docs, "bl.weight") == "bl (bill_of_lading) has no field \"weight\"");
}

TEST_CASE("the fixture's steps all have keys the engines can grade") {
    const Scenario sc = fixture::broker();
    const GradeContext ctx{&fixture::hs(), "en"};
    for (const Step& s : sc.steps) {
        CAPTURE(s.id);
        CHECK(check_step_key(sc, s, ctx).empty());
    }
    CHECK(sc.find_step("gift") == &sc.steps[7]);
    CHECK(sc.step_index("quiz") == 9u);
    CHECK(sc.find_document("bl") == &sc.documents[2]);
    CHECK(sc.find_variable("lapses")->type == VarType::number);
    CHECK(sc.find_step("nope") == nullptr);
}

TEST_CASE("author mistakes in step keys are named one by one") {
    Scenario sc = fixture::broker();
    const GradeContext ctx{&fixture::hs(), "en"};
    auto problems = [&](const char* id) { return check_step_key(sc, *sc.find_step(id), ctx); };

    auto& inspect = std::get<InspectStep>(sc.steps[5].body);
    inspect.key.findings[0].fields[1] = "packing.lines[3].quantity";
    inspect.key.decoys[0].field = "bl.weight";
    CHECK(problems("docs") == std::vector<std::string>{
                                  "finding 1: packing (packing_list) has no field \"lines[3].quantity\"",
                                  "decoy: bl (bill_of_lading) has no field \"weight\""});

    auto& classify = std::get<ClassifyStep>(sc.steps[1].body);
    classify.goods = GoodsRef{"invoice", 4};
    classify.key.code = "8517.15";
    auto p = problems("hs");
    REQUIRE(p.size() == 2);
    CHECK(p[0].find("8517.15") != std::string::npos);
    CHECK(p[1] == "goods: invoice has no line 4");

    auto& value = std::get<ValueStep>(sc.steps[2].body);
    value.facts.price = fixture::usd("40000");  // a USD price with no rate to EUR
    REQUIRE(problems("value").size() == 1);

    auto& quiz = std::get<QuizStep>(sc.steps[9].body);
    quiz.choices[1].correct = true;
    CHECK(problems("quiz") == std::vector<std::string>{"a single-choice quiz needs exactly one correct choice, it has 2"});

    auto& origin = std::get<OriginStep>(sc.steps[3].body);
    origin.facts.ex_works_price.reset();
    CHECK_FALSE(problems("origin").empty());

    std::get<ChooseStep>(sc.steps[7].body).options.clear();
    CHECK(problems("gift") == std::vector<std::string>{"a choose step has no options"});
}

TEST_CASE("every text of a scenario is listed by its path, and missing translations are named") {
    const Scenario sc = fixture::broker();
    const auto texts = scenario_texts(sc);
    auto has_path = [&](const std::string& p) {
        return std::any_of(texts.begin(), texts.end(), [&](const TextRef& t) { return t.path == p; });
    };
    CHECK(texts.front().path == "title");
    CHECK(has_path("variables[1].description"));
    CHECK_FALSE(has_path("variables[2].description"));  // empty: nothing to translate
    CHECK(has_path("documents[5].body"));
    CHECK(has_path("steps[2].hints[2].text"));
    CHECK(has_path("steps[8].options[3].label"));
    CHECK(has_path("steps[10].choices[1].text"));

    const auto missing = missing_translations(sc);
    auto lacks = [&](const std::string& p, const std::string& lang) {
        return std::any_of(missing.begin(), missing.end(),
                           [&](const MissingTranslation& m) { return m.path == p && m.language == lang; });
    };
    CHECK(lacks("variables[1].description", "fr"));
    CHECK(lacks("steps[2].hints[2].text", "fr"));
    CHECK(lacks("steps[8].options[1].feedback", "fr"));
    CHECK_FALSE(lacks("steps[2].hints[1].text", "fr"));
    CHECK_FALSE(lacks("steps[8].options[1].label", "fr"));
    CHECK_FALSE(lacks("documents[5].body", "fr"));
    for (const auto& m : missing) {
        CAPTURE(m.path);
        CHECK(m.language == "fr");                               // English is everywhere
        CHECK(m.path.find("prompt") == std::string::npos);      // prompts are translated
    }
}

TEST_CASE("choose and quiz keys take their labels in the asked language") {
    const Scenario sc = fixture::broker();
    const ChooseKey k = choose_key(std::get<ChooseStep>(sc.find_step("gift")->body), "fr");
    REQUIRE(k.options.size() == 3);
    CHECK(k.options[0].label == "Option refuse (fr)");
    CHECK(k.options[0].feedback == "Feedback for refuse.");
    const QuizKey q = quiz_key(std::get<QuizStep>(sc.find_step("quiz")->body), "fr");
    CHECK(q.options[0].text == "Code of conduct");
    CHECK(q.points == 2);
}

}  // TEST_SUITE
