// A small scenario built in C++ for the session, answer, attempt and autoplay tests: one step of
// every kind, with the primer's worked examples as facts, and an integrity dilemma whose
// consequence shows up two steps later through `when`.
//
//   intro (brief) -> hs (classify 8517.13) -> value (primer CIF example, EUR 47,000)
//   -> origin (RVC build-down 42% >= 40%) -> tax (whisky) -> docs (inspect: quantity conflict)
//   -> channel (risk: yellow) -> gift (choose: refuse / declare / accept)
//   -> favour (choose, when gift_taken: release -> end, or report) -> quiz (single choice)
//   -> rvc (numeric quiz, weighted to 5 points, 60 s limit)
#pragma once

#include <string>
#include <vector>

#include "core/hs_nomenclature.h"
#include "core/scenario.h"

namespace fixture {

using namespace clearance::core;

inline const HsNomenclature& hs() {
    static const HsNomenclature nom = HsNomenclature::load(CLEARANCE_SOURCE_ROOT "/assets/hs");
    return nom;
}

inline Money eur(const char* s) { return Money::parse(s, Currency::of("EUR")); }
inline Money usd(const char* s) { return Money::parse(s, Currency::of("USD")); }
inline Decimal dec(const char* s) { return Decimal::parse(s); }

inline CostItem cost(std::string id, CostKind kind, Money amount) {
    CostItem c;
    c.id = std::move(id);
    c.kind = kind;
    c.amount = amount;
    c.in_price = false;
    return c;
}

inline Step step(std::string id, StepBody body) {
    Step s;
    s.id = std::move(id);
    s.title = Text(s.id);
    s.prompt = Text{{"en", "Do the " + s.id + " step."}, {"fr", "Faites l'étape " + s.id + "."}};
    s.body = std::move(body);
    return s;
}

inline std::vector<Document> documents() {
    Invoice inv;
    inv.number = "SZ-2024-118";
    inv.date = "2024-03-14";
    inv.seller = {"Shenzhen Bright Electronics", "12 Keji Road, Shenzhen", "CN"};
    inv.buyer = {"Lagos Mobile Ltd", "4 Marina, Lagos", "NG"};
    inv.incoterm = Incoterm::FOB;
    inv.incoterm_place = "Shanghai";
    inv.currency = Currency::of("USD");
    inv.lines = {{"Smartphones, 6.1-inch, 128 GB", "8517.13", Decimal(1200), "pcs", usd("150"), usd("180000"), "CN"}};
    inv.charges = {{"Packing", usd("600")}};
    inv.total = usd("180600");
    inv.payment_terms = "30 days";

    PackingList pl;
    pl.number = "PL-118";
    pl.invoice_number = "SZ-2024-118";
    pl.lines = {{"BRIGHT/LAGOS 1-51", "Smartphones", 51, "cartons", Decimal(1020), "pcs", dec("459"), dec("612")}};
    pl.total_packages = 51;
    pl.total_net_kg = dec("459");
    pl.total_gross_kg = dec("612");

    TransportDocument bl;
    bl.kind = TransportKind::bill_of_lading;
    bl.number = "MSCU-SHA-7781";
    bl.vessel = "MSC Aurora 118W";
    bl.port_of_loading = "Shanghai";
    bl.port_of_discharge = "Lagos (Apapa)";
    bl.containers = {"MSCU1234567"};
    bl.packages = 51;
    bl.package_type = "cartons";
    bl.gross_kg = dec("640");

    ProductSheet ps;
    ps.product = "Smartphone";
    ps.brand = "Brite";
    ps.serial_numbers = {"BR-0001", "BR-0001"};

    Memo memo;
    memo.from = "Head of section";
    memo.subject = Text{{"en", "Your shift"}, {"fr", "Votre vacation"}};
    memo.body = Text{{"en", "A broker has a pending matter."}, {"fr", "Un transitaire a un dossier en cours."}};

    return {
        Document{"invoice", Text(), inv},
        Document{"packing", Text(), pl},
        Document{"bl", Text(), bl},
        Document{"product", Text(), ps},
        Document{"memo", Text{{"en", "Briefing"}, {"fr", "Consignes"}}, memo},
    };
}

// The primer's valuation example on a CIF basis: EUR 47,000.
inline ValueStep value_step() {
    ValueStep v;
    ValuationFacts& f = v.facts;
    f.price = eur("40000");
    f.incoterm = Incoterm::FOB;
    f.incoterm_place = "Shanghai";
    f.national = Currency::of("EUR");
    f.costs = {
        cost("agent", CostKind::buying_commission, eur("800")),
        cost("selling", CostKind::selling_commission, eur("1200")),
        cost("moulds", CostKind::assist_tools, eur("2500")),
        cost("freight", CostKind::main_freight, eur("3100")),
        cost("insurance", CostKind::insurance, eur("200")),
        cost("trucking", CostKind::post_import_transport, eur("450")),
    };
    return v;
}

// The primer's RVC example: ex-works 100, non-originating 58, RVC 42% against a 40% rule.
inline OriginStep origin_step() {
    OriginStep o;
    o.facts.product = "chocolate bars";
    o.facts.hs_code = HsCode::parse_or_throw("1806.32");
    o.facts.country = "GH";
    o.facts.ex_works_price = eur("100");
    o.facts.processing = {{"conching, tempering and moulding", Processing::manufacture}};
    o.facts.materials = {Material{"cocoa paste", HsCode::parse_or_throw("1803.10"), eur("58"), false, "CI"}};
    o.agreement.name = "Gulf of Guinea FTA";
    o.agreement.preferential = true;
    o.agreement.parties = {"GH", "CI"};
    o.agreement.default_rule.value_test = ValueTest::rvc_build_down;
    o.agreement.default_rule.value_percent = Decimal(40);
    o.value_asked = true;
    return o;
}

// The primer's whisky: duty 126, excise 5,040, VAT 2,293.20, total 7,459.20.
inline AssessStep assess_step() {
    AssessStep a;
    TaxFacts& f = a.facts;
    f.customs_value = eur("6300");
    f.quantities.items = dec("600");
    f.quantities.litres_per_item = dec("0.7");
    f.quantities.alcohol_strength = dec("0.40");
    f.duty = DutyRate{DutyKind::ad_valorem, dec("2%"), {}};
    f.excise.kind = ExciseKind::specific;
    f.excise.specific = SpecificRate{eur("30"), Decimal(1), Unit::litre_pure_alcohol};
    f.vat_rate = dec("20%");
    return a;
}

inline ChooseOptionSpec option(std::string id, double score, std::vector<Assignment> set = {},
                               std::optional<std::string> next = std::nullopt) {
    ChooseOptionSpec o;
    o.id = id;
    o.label = Text{{"en", "Option " + id}, {"fr", "Option " + id + " (fr)"}};
    o.score = score;
    o.feedback = Text("Feedback for " + id + ".");
    o.factors = {ArushaFactor::code_of_conduct};
    o.set = std::move(set);
    o.next = std::move(next);
    return o;
}

inline Scenario broker() {
    Scenario sc;
    sc.id = "fixture/broker";
    sc.version = 2;
    sc.title = Text{{"en", "The broker's gift"}, {"fr", "Le cadeau du transitaire"}};
    sc.topic = Topic::fraud;
    sc.languages = {"en", "fr"};
    sc.competencies = {"fraud.documents"};
    sc.content_hash = "c0ffee";
    sc.variables = {
        {"gift_taken", VarType::boolean, false, Text("the officer accepted the broker's gift")},
        {"lapses", VarType::number, 0.0, Text()},
        {"mood", VarType::string, std::string("calm"), Text()},
    };
    sc.documents = documents();

    Step intro = step("intro", BriefStep{});
    intro.documents = {"memo"};

    ClassifyStep classify;
    classify.goods = GoodsRef{"invoice", 1};
    classify.key.code = "8517.13";
    classify.key.level = HsLevel::subheading;
    classify.key.points = 10;
    Step hs_step = step("hs", classify);
    hs_step.competencies = {"hs.gir1", "hs.gir6"};
    hs_step.topic = Topic::classification;
    hs_step.hints = {{Text{{"en", "Look at chapter 85."}, {"fr", "Voyez le chapitre 85."}}, 1.0},
                     {Text("Heading 85.17 covers telephone sets."), 2.0}};

    Step value = step("value", value_step());
    value.competencies = {"cva.art8"};
    value.topic = Topic::valuation;

    Step origin = step("origin", origin_step());
    origin.topic = Topic::origin;

    Step tax = step("tax", assess_step());
    tax.topic = Topic::revenue;

    InspectStep inspect;
    inspect.key.findings = {{{"invoice.lines[1].quantity", "packing.lines[1].quantity"},
                             "the invoice says 1,200 pieces, the packing list 1,020", ""},
                            {{"product.serial_numbers[2]"}, "two phones share one serial number", "TRIPS Art. 51"}};
    inspect.key.decoys = {{"bl.gross_kg", "gross weight includes the pallets", ""}};
    inspect.key.fine_field_count = 20;
    Step docs = step("docs", inspect);
    docs.documents = {"invoice", "packing", "bl", "product"};

    RiskStep risk;
    risk.facts = std::vector<Indicator>{Indicator::price_below_reference, Indicator::new_importer};
    Step channel = step("channel", risk);
    channel.topic = Topic::security;

    ChooseStep gift_choice;
    gift_choice.options = {
        option("refuse", 10, {{"mood", AssignOp::set, std::string("proud")}}),
        option("declare", 4),
        option("accept", 0, {{"gift_taken", AssignOp::set, true}, {"lapses", AssignOp::add, 1.0}}),
    };
    gift_choice.shuffle = true;
    Step gift = step("gift", gift_choice);
    gift.topic = Topic::ethics;
    gift.competencies = {"ethics.gifts"};

    ChooseStep favour_choice;
    favour_choice.options = {option("release", 0, {{"lapses", AssignOp::add, 1.0}}, std::string(end_step_id)),
                             option("report", 6)};
    Step favour = step("favour", favour_choice);
    favour.when = Condition::parse("gift_taken and lapses >= 1", sc.variables);
    favour.topic = Topic::ethics;

    QuizStep q;
    q.kind = QuizKind::single_choice;
    q.points = 2;
    q.choices = {{"a", Text("Code of conduct"), true}, {"b", Text("Automation"), false}, {"c", Text("Audit"), false}};
    q.rule = "Revised Arusha Declaration";
    Step quiz = step("quiz", q);
    quiz.topic = Topic::ethics;

    QuizStep n;
    n.kind = QuizKind::numeric;
    n.value = 42;
    n.abs_tolerance = 0.5;
    n.unit = "%";
    Step rvc = step("rvc", n);
    rvc.points = 5.0;
    rvc.time_limit_ms = 60'000;
    rvc.topic = Topic::origin;

    sc.steps = {intro, hs_step, value, origin, tax, docs, channel, gift, favour, quiz, rvc};
    sc.walkthroughs = {{"takes the gift, then reports", {"accept", "report"}}};
    return sc;
}

}  // namespace fixture
