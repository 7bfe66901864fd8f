// The scenario loader on good files: the model the constructors build, field by field, for the
// tour fixture (every document and step kind) and a generated scenario.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "core/autoplay.h"
#include "core/hs_nomenclature.h"
#include "script/loader.h"

namespace fs = std::filesystem;
using namespace clearance;
using namespace clearance::script;

namespace {

const core::HsNomenclature& hs() {
    static const core::HsNomenclature nom = core::HsNomenclature::load(CLEARANCE_SOURCE_ROOT "/assets/hs");
    return nom;
}

fs::path fixture(const std::string& name) { return fs::path(CLEARANCE_TEST_DATA) / "script" / "fixtures" / name; }

LoadOptions options(std::vector<std::uint64_t> seeds = {1}) {
    LoadOptions o;
    o.hs = &hs();
    o.seeds = std::move(seeds);
    return o;
}

std::string all(const std::vector<core::Diagnostic>& ds) {
    std::string out;
    for (const auto& d : ds) out += core::format_diagnostic(d) + "\n";
    return out;
}

core::Money eur(const char* s) { return core::Money::parse(s, core::Currency::of("EUR")); }
core::Money usd(const char* s) { return core::Money::parse(s, core::Currency::of("USD")); }

}  // namespace

TEST_SUITE("script") {

TEST_CASE("the tour fixture loads with no diagnostic at all") {
    const LoadResult r = load_scenario_file(fixture("good/tour.lua"), "good/tour.lua", options());
    INFO(all(r.diagnostics));
    REQUIRE(r.ok());
    CHECK(r.diagnostics.empty());
    CHECK(r.content_hash.size() == 16);
    REQUIRE(r.instances.size() == 1);
    CHECK(r.instances[0].seed == 0);
}

TEST_CASE("scenario metadata lands in the model as written") {
    const LoadResult r = load_scenario_file(fixture("good/tour.lua"), "good/tour.lua", options());
    REQUIRE(r.ok());
    const core::Scenario& s = *r.scenario();
    CHECK(s.id == "fixture/tour");
    CHECK(s.version == 2);
    CHECK(s.title.get("fr") == "Le cadeau du transitaire");
    CHECK(s.summary.get("en") == "Smartphones from Shenzhen.");
    CHECK(s.topic == core::Topic::fraud);
    CHECK(s.level == core::Level::intermediate);
    CHECK(s.minutes == 20);
    CHECK(s.languages == std::vector<std::string>{"en", "fr"});
    CHECK(s.competencies == std::vector<std::string>{"fraud.documents"});
    CHECK(s.references == std::vector<std::string>{"Revised Kyoto Convention"});
    CHECK(s.time_limit_ms == 1'800'000);
    CHECK_FALSE(s.generated);
    CHECK(s.source == "good/tour.lua");
    CHECK(s.content_hash == r.content_hash);
    CHECK(r.info.id == "fixture/tour");
    CHECK(r.info.languages == s.languages);
}

TEST_CASE("state variables are declared with their types and defaults, sorted by name") {
    const LoadResult r = load_scenario_file(fixture("good/tour.lua"), "good/tour.lua", options());
    REQUIRE(r.ok());
    const auto& v = r.scenario()->variables;
    REQUIRE(v.size() == 3);
    CHECK(v[0].name == "gift_taken");
    CHECK(v[0].type == core::VarType::boolean);
    CHECK(v[0].initial == core::Value(false));
    CHECK(v[0].description.get("fr") == "a pris le cadeau");
    CHECK(v[1].name == "lapses");
    CHECK(v[1].type == core::VarType::number);
    CHECK(v[1].initial == core::Value(0.0));
    CHECK(v[2].name == "mood");
    CHECK(v[2].initial == core::Value(std::string("calm")));
}

TEST_CASE("documents are read as printed, with the documented defaults") {
    const LoadResult r = load_scenario_file(fixture("good/tour.lua"), "good/tour.lua", options());
    REQUIRE(r.ok());
    const auto& docs = r.scenario()->documents;
    REQUIRE(docs.size() == 7);
    CHECK(docs[0].id == "invoice");  // the constructor's name when no id is given
    const auto& inv = std::get<core::Invoice>(docs[0].content);
    CHECK(inv.currency == core::Currency::of("USD"));
    CHECK(inv.seller.country == "CN");
    CHECK(inv.incoterm == core::Incoterm::FOB);
    REQUIRE(inv.lines.size() == 1);
    CHECK(inv.lines[0].quantity == core::Decimal(1200));
    CHECK(inv.lines[0].unit_price == usd("150"));
    CHECK(inv.lines[0].amount == usd("180000"));  // quantity × unit price
    CHECK(inv.total == usd("180600"));            // lines and charges
    const auto& pl = std::get<core::PackingList>(docs[1].content);
    CHECK(docs[1].id == "packing");
    CHECK(pl.total_packages == 51);
    CHECK(pl.total_gross_kg == core::Decimal(612));
    const auto& bl = std::get<core::TransportDocument>(docs[2].content);
    CHECK(bl.kind == core::TransportKind::bill_of_lading);
    CHECK(bl.containers == std::vector<std::string>{"MSCU1234567"});
    CHECK(std::get<core::CertificateOfOrigin>(docs[3].content).goods.at(0).quantity == "1,200 pcs");
    const auto& decl = std::get<core::Declaration>(docs[4].content);
    CHECK(decl.exchange_rate == core::Decimal(1450));
    CHECK(decl.items.at(0).value == usd("180600"));
    CHECK(std::get<core::ProductSheet>(docs[5].content).serial_numbers.size() == 2);
    CHECK(docs[6].id == "memo");
    CHECK(docs[6].title.get("fr") == "Consignes");
    CHECK(std::get<core::Memo>(docs[6].content).body.get("fr") == "Un transitaire a un dossier en cours.");
}

TEST_CASE("steps carry their common fields and kind-specific keys") {
    const LoadResult r = load_scenario_file(fixture("good/tour.lua"), "good/tour.lua", options());
    REQUIRE(r.ok());
    const core::Scenario& s = *r.scenario();
    REQUIRE(s.steps.size() == 11);
    CHECK(s.steps[0].kind() == core::StepKind::brief);
    CHECK(s.steps[0].documents == std::vector<std::string>{"memo"});

    const core::Step& hs_step = s.steps[1];
    const auto& c = std::get<core::ClassifyStep>(hs_step.body);
    CHECK(c.key.code == "8517.13");
    CHECK(c.key.level == core::HsLevel::subheading);
    REQUIRE(c.goods.has_value());
    CHECK(c.goods->document == "invoice");
    CHECK(c.goods->line == 1);
    REQUIRE(c.key.alternatives.size() == 1);
    CHECK(c.key.alternatives[0].credit == doctest::Approx(0.5));
    REQUIRE(hs_step.hints.size() == 1);
    CHECK(hs_step.hints[0].cost == doctest::Approx(1.0));
    CHECK(hs_step.topic == core::Topic::classification);

    const auto& v = std::get<core::ValueStep>(s.steps[2].body);
    CHECK(v.facts.price == eur("40000"));
    REQUIRE(v.facts.costs.size() == 6);
    CHECK(v.facts.costs[2].kind == core::CostKind::assist_tools);
    CHECK(core::value_consignment(v.facts).value == eur("47000"));  // the primer's CIF example

    const auto& o = std::get<core::OriginStep>(s.steps[3].body);
    CHECK(o.value_asked);
    CHECK(o.agreement.default_rule.value_test == core::ValueTest::rvc_build_down);
    CHECK(o.facts.materials.at(0).value == eur("58"));

    const auto& a = std::get<core::AssessStep>(s.steps[4].body);
    const core::Assessment tax = core::assess_taxes(a.facts);
    CHECK(tax.duty == eur("126"));
    CHECK(tax.excise == eur("5040"));
    CHECK(tax.total == eur("7459.20"));  // the primer's whisky

    const auto& i = std::get<core::InspectStep>(s.steps[5].body);
    CHECK(i.key.findings.size() == 2);
    CHECK(i.key.findings[1].rule == "TRIPS Art. 51");
    CHECK(i.key.fine_field_count == 20);

    const auto& risk = std::get<core::RiskStep>(s.steps[6].body);
    CHECK(std::get<std::vector<core::Indicator>>(risk.facts).size() == 2);

    const auto& gift = std::get<core::ChooseStep>(s.steps[7].body);
    CHECK(gift.shuffle);
    REQUIRE(gift.options.size() == 3);
    CHECK(gift.options[1].factors == std::vector<core::ArushaFactor>{core::ArushaFactor::code_of_conduct});
    REQUIRE(gift.options[2].set.size() == 2);
    CHECK(gift.options[2].set[0].variable == "gift_taken");
    CHECK(gift.options[2].set[1].op == core::AssignOp::add);

    const core::Step& favour = s.steps[8];
    REQUIRE(favour.when.has_value());
    CHECK(favour.when->source() == "gift_taken and lapses >= 1");
    CHECK(std::get<core::ChooseStep>(favour.body).options[0].next == std::optional<std::string>("end"));

    const auto& q = std::get<core::QuizStep>(s.steps[9].body);
    CHECK(q.kind == core::QuizKind::single_choice);
    CHECK(q.choices.at(0).correct);
    const core::Step& rvc = s.steps[10];
    CHECK(std::get<core::QuizStep>(rvc.body).kind == core::QuizKind::numeric);
    CHECK(rvc.points == std::optional<double>(5.0));
    CHECK(rvc.time_limit_ms == std::optional<std::int64_t>(60'000));
    CHECK(s.walkthroughs.at(0).choices == std::vector<std::string>{"accept", "report"});
}

TEST_CASE("the tour fixture plays perfectly, imperfectly and along every branch") {
    const LoadResult r = load_scenario_file(fixture("good/tour.lua"), "good/tour.lua", options());
    REQUIRE(r.ok());
    core::AutoplayOptions ao;
    ao.hs = &hs();
    const core::AutoplayReport report = core::autoplay(*r.scenario(), ao);
    INFO(all(report.problems));
    CHECK(report.ok());
    CHECK(report.perfect.score == doctest::Approx(report.perfect.max));
    CHECK(report.imperfect.score < report.imperfect.max);
}

TEST_CASE("a generated scenario is instantiated once per seed, deterministically") {
    const LoadResult r = load_scenario_file(fixture("good/generated.lua"), "good/generated.lua", options({1, 2, 3}));
    INFO(all(r.diagnostics));
    REQUIRE(r.ok());
    REQUIRE(r.instances.size() == 3);
    CHECK(r.info.generated);
    CHECK(r.info.level == core::Level::intermediate);
    for (const auto& inst : r.instances) {
        CHECK(inst.scenario->generated);
        CHECK(inst.scenario->seed == inst.seed);
        CHECK(inst.scenario->steps.size() == 3);
    }
    const LoadResult again = load_scenario_file(fixture("good/generated.lua"), "good/generated.lua", options({2}));
    REQUIRE(again.ok());
    const auto price = [](const core::Scenario& s) { return std::get<core::ValueStep>(s.steps[0].body).facts.price; };
    CHECK(price(*again.scenario()) == price(*r.instances[1].scenario));
}

TEST_CASE("keys computed by ctx.engines agree with the core's engines") {
    const LoadResult r = load_scenario_file(fixture("good/generated.lua"), "good/generated.lua", options({7}));
    REQUIRE(r.ok());
    const core::Scenario& s = *r.scenario();
    const auto& value = std::get<core::ValueStep>(s.steps[0].body);
    const auto& tax = std::get<core::AssessStep>(s.steps[1].body);
    CHECK(tax.facts.customs_value == core::value_consignment(value.facts).value);
    const double duty = std::get<core::QuizStep>(s.steps[2].body).value;
    CHECK(duty == doctest::Approx(std::stod(core::assess_taxes(tax.facts).duty.amount().to_string())));
}

TEST_CASE("a generated scenario whose setup fails is still listed with its metadata") {
    const LoadResult r = load_scenario_source(
        "return scenario{ id = \"t/failing\", title = \"Failing\", topic = \"origin\", level = \"advanced\",\n"
        "  setup = function(ctx)\n"
        "    error(\"no goods for seed \" .. ctx.seed)\n"
        "  end }\n",
        "failing.lua", options({3}));
    CHECK_FALSE(r.ok());
    CHECK(r.info.id == "t/failing");
    CHECK(r.info.generated);
    CHECK(r.info.level == core::Level::advanced);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(core::format_diagnostic(r.diagnostics[0]) ==
          "failing.lua:3: error: in setup(ctx) with seed 3: no goods for seed 3");
}

TEST_CASE("loading without vetting gives the same scenario") {
    LoadOptions o = options();
    o.vet = false;
    const LoadResult r = load_scenario_file(fixture("good/tour.lua"), "good/tour.lua", o);
    REQUIRE(r.ok());
    CHECK(r.scenario()->steps.size() == 11);
}

}  // TEST_SUITE
