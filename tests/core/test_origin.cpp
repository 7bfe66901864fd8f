#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/feedback_text.h"
#include "core/origin.h"

using namespace clearance::core;

namespace {

Money eur(const char* amount) { return Money::parse(amount, Currency::of("EUR")); }
HsCode hs(const char* code) { return HsCode::parse_or_throw(code); }

Material non_orig(const char* what, const char* code, const char* value, const char* country = "CN") {
    return Material{what, hs(code), eur(value), false, country};
}
Material orig(const char* what, const char* code, const char* value, const char* country = "GH") {
    return Material{what, hs(code), eur(value), true, country};
}

OriginRule ctc(CtcLevel level, int tolerance = 0) {
    OriginRule r;
    r.ctc = level;
    r.tolerance_percent = Decimal(tolerance);
    return r;
}
OriginRule value(ValueTest test, int percent) {
    OriginRule r;
    r.value_test = test;
    r.value_percent = Decimal(percent);
    return r;
}
OriginRule combined(CtcLevel level, ValueTest test, int percent, RuleJoin join) {
    OriginRule r = value(test, percent);
    r.ctc = level;
    r.join = join;
    return r;
}

// A fictional agreement between Ghana and Côte d'Ivoire, with Nigeria for diagonal cumulation.
// Rules are invented for training, as the primer's amounts are.
Agreement fta(Cumulation cumulation = Cumulation::bilateral) {
    Agreement a;
    a.name = "Gulf of Guinea FTA";
    a.preferential = true;
    a.parties = {"GH", "CI"};
    a.cumulation = cumulation;
    a.diagonal_countries = {"NG"};
    a.default_rule = ctc(CtcLevel::heading, 10);
    return a;
}

// Chocolate made in Ghana with an ex-works price of EUR 100 (primer section 4's figures).
OriginCase chocolate() {
    OriginCase c;
    c.product = "chocolate bars";
    c.hs_code = hs("1806.32");
    c.country = "GH";
    c.ex_works_price = eur("100");
    c.processing = {{"conching, tempering and moulding", Processing::manufacture}};
    return c;
}

bool trail_has(const OriginResult& r, const std::string& text) {
    return std::any_of(r.trail.begin(), r.trail.end(),
                       [&](const std::string& l) { return l.find(text) != std::string::npos; });
}

bool decided_by(const OriginResult& r, OriginCriterion c) {
    return std::find(r.deciding.begin(), r.deciding.end(), c) != r.deciding.end();
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("the primer's RVC example: build-down 42% passes 40%, build-up 35% fails") {
    OriginCase c = chocolate();
    c.materials = {non_orig("cocoa paste", "1803.10", "58"), orig("cocoa beans", "1801.00", "35")};

    c.rule = value(ValueTest::rvc_build_down, 40);
    OriginResult down = determine_origin(c, fta());
    CHECK(down.determined);
    CHECK(down.conferred);
    CHECK(down.country == "GH");
    REQUIRE(down.value_percent.has_value());
    CHECK(*down.value_percent == Decimal(42));
    CHECK(trail_has(down, "RVC build-down = (100.00 - 58.00) / 100.00 = 42% >= 40%: passes"));
    CHECK(decided_by(down, OriginCriterion::value_content));

    c.rule = value(ValueTest::rvc_build_up, 40);
    OriginResult up = determine_origin(c, fta());
    CHECK_FALSE(up.conferred);
    CHECK(*up.value_percent == Decimal(35));
    CHECK(trail_has(up, "RVC build-up = 35.00 / 100.00 = 35% < 40%: fails"));
    CHECK(up.reason.find("the MFN rate applies") != std::string::npos);
}

TEST_CASE("each rule kind decides as its definition says") {
    struct Case {
        const char* name;
        OriginRule rule;
        std::vector<Material> materials;
        bool conferred;
        OriginCriterion decides;
    };
    const Case cases[] = {
        {"CC passes when every non-originating material changes chapter",
         ctc(CtcLevel::chapter), {non_orig("sugar", "1701.99", "20")}, true, OriginCriterion::tariff_shift},
        {"CC fails when a material stays in the chapter",
         ctc(CtcLevel::chapter), {non_orig("cocoa paste", "1803.10", "20")}, false, OriginCriterion::tariff_shift},
        {"CTH passes on a change of heading within the chapter",
         ctc(CtcLevel::heading), {non_orig("cocoa paste", "1803.10", "20")}, true, OriginCriterion::tariff_shift},
        {"CTH fails on a change of subheading only",
         ctc(CtcLevel::heading), {non_orig("chocolate in blocks", "1806.20", "20")}, false, OriginCriterion::tariff_shift},
        {"CTSH passes on a change of subheading",
         ctc(CtcLevel::subheading), {non_orig("chocolate in blocks", "1806.20", "20")}, true, OriginCriterion::tariff_shift},
        {"CTSH fails when the subheading stays",
         ctc(CtcLevel::subheading), {non_orig("filled chocolate", "1806.32", "20")}, false, OriginCriterion::tariff_shift},
        {"max non-originating passes at exactly the maximum",
         value(ValueTest::max_non_originating, 50), {non_orig("cocoa paste", "1803.10", "50")}, true, OriginCriterion::value_content},
        {"max non-originating fails one cent over",
         value(ValueTest::max_non_originating, 50), {non_orig("cocoa paste", "1803.10", "50.01")}, false, OriginCriterion::value_content},
        {"RVC build-down passes at exactly the minimum",
         value(ValueTest::rvc_build_down, 40), {non_orig("cocoa paste", "1803.10", "60")}, true, OriginCriterion::value_content},
        {"RVC build-down fails one cent under",
         value(ValueTest::rvc_build_down, 40), {non_orig("cocoa paste", "1803.10", "60.01")}, false, OriginCriterion::value_content},
        {"CTH or RVC: the RVC rescues a failed CTH",
         combined(CtcLevel::heading, ValueTest::rvc_build_down, 40, RuleJoin::either),
         {non_orig("chocolate in blocks", "1806.20", "30")}, true, OriginCriterion::value_content},
        {"CTH and RVC: a failed RVC refuses despite the CTH",
         combined(CtcLevel::heading, ValueTest::rvc_build_down, 40, RuleJoin::both),
         {non_orig("cocoa paste", "1803.10", "70")}, false, OriginCriterion::value_content},
        {"CTH and RVC: both pass",
         combined(CtcLevel::heading, ValueTest::rvc_build_down, 40, RuleJoin::both),
         {non_orig("cocoa paste", "1803.10", "30")}, true, OriginCriterion::tariff_shift},
        {"CTH or RVC: both fail",
         combined(CtcLevel::heading, ValueTest::rvc_build_down, 40, RuleJoin::either),
         {non_orig("chocolate in blocks", "1806.20", "70")}, false, OriginCriterion::tariff_shift},
    };
    for (const auto& k : cases) {
        CAPTURE(k.name);
        OriginCase c = chocolate();
        c.rule = k.rule;
        c.materials = k.materials;
        OriginResult r = determine_origin(c, fta());
        CHECK(r.determined);
        CHECK(r.rule_met == k.conferred);
        CHECK(r.conferred == k.conferred);
        CHECK(decided_by(r, k.decides));
        CHECK(r.country == (k.conferred ? "GH" : ""));
    }
}

TEST_CASE("a rule met by either of two tests lets either decide") {
    OriginCase c = chocolate();
    c.rule = combined(CtcLevel::heading, ValueTest::rvc_build_down, 40, RuleJoin::either);
    c.materials = {non_orig("cocoa paste", "1803.10", "30")};
    OriginResult r = determine_origin(c, fta());
    CHECK(r.conferred);
    CHECK(decided_by(r, OriginCriterion::tariff_shift));
    CHECK(decided_by(r, OriginCriterion::value_content));
    CHECK(trail_has(r, "either test suffices: rule met"));
}

TEST_CASE("the de minimis tolerance covers failing materials up to its limit") {
    struct Case {
        const char* cocoa_value;
        int tolerance;
        bool met;
        const char* line;
    };
    const Case cases[] = {
        {"7", 10, true, "materials failing CC total 7.00 = 7% of the ex-works price 100.00, within the 10% tolerance: CC met"},
        {"10", 10, true, "= 10% of the ex-works price 100.00, within the 10% tolerance: CC met"},
        {"10.01", 10, false, "= 10.01% of the ex-works price 100.00, over the 10% tolerance: CC not met"},
        {"7", 0, false, "= 7% of the ex-works price 100.00; no tolerance: CC not met"},
        {"15", 15, true, "within the 15% tolerance"},
    };
    for (const auto& k : cases) {
        CAPTURE(k.cocoa_value);
        CAPTURE(k.tolerance);
        OriginCase c = chocolate();
        c.rule = ctc(CtcLevel::chapter, k.tolerance);
        c.materials = {non_orig("cocoa beans", "1801.00", k.cocoa_value), non_orig("sugar", "1701.99", "20"),
                       orig("milk powder", "0402.21", "15")};
        OriginResult r = determine_origin(c, fta());
        CHECK(r.conferred == k.met);
        CHECK(trail_has(r, "non-originating material 'cocoa beans' 1801.00 does not change chapter (18 -> 18): fails CC"));
        CHECK(trail_has(r, "non-originating material 'sugar' 1701.99 changes chapter (17 -> 18): passes CC"));
        CHECK(trail_has(r, k.line));
    }
    OriginCase c = chocolate();
    c.rule = ctc(CtcLevel::chapter, 10);
    c.materials = {non_orig("cocoa beans", "1801.00", "7"), non_orig("sugar", "1701.99", "20")};
    OriginResult r = determine_origin(c, fta());
    REQUIRE(r.findings.size() == 2);  // the tariff shift, then direct transport
    CHECK(r.findings[0].detail ==
          "'cocoa beans' stays in chapter 18, but at 7% of the ex-works price within the 10% tolerance");
}

TEST_CASE("minimal operations never confer origin, whatever the classification does") {
    struct Case {
        const char* name;
        std::vector<ProcessStep> processing;
        bool conferred;
    };
    const Case cases[] = {
        {"repacking and labelling", {{"retail boxes", Processing::packing}, {"labels", Processing::labelling}}, false},
        {"sorting", {{"by size", Processing::sorting}}, false},
        {"simple mixing", {{"blending", Processing::simple_mixing}}, false},
        {"simple assembly", {{"screwing on a lid", Processing::simple_assembly}}, false},
        {"preservation for transport", {{"chilling", Processing::preservation_for_transport}}, false},
        {"no processing at all", {}, false},
        {"real manufacture after packing", {{"retail boxes", Processing::packing}, {"moulding", Processing::manufacture}}, true},
    };
    for (const auto& k : cases) {
        CAPTURE(k.name);
        OriginCase c = chocolate();
        c.rule = ctc(CtcLevel::heading);  // the cocoa paste below changes heading
        c.materials = {non_orig("cocoa paste", "1803.10", "60")};
        c.processing = k.processing;
        OriginResult r = determine_origin(c, fta());
        CHECK(r.conferred == k.conferred);
        if (!k.conferred) {
            CHECK(r.deciding == std::vector<OriginCriterion>{OriginCriterion::minimal_operations});
            CHECK(trail_has(r, "minimal operations never confer origin"));
        }
    }
}

TEST_CASE("wholly obtained goods originate whatever the rule") {
    const WhollyObtained kinds[] = {WhollyObtained::grown_and_harvested, WhollyObtained::born_and_raised,
                                    WhollyObtained::mined, WhollyObtained::caught_by_national_vessel,
                                    WhollyObtained::waste_from_production};
    for (WhollyObtained w : kinds) {
        CAPTURE(wholly_obtained_name(w));
        OriginCase c;
        c.product = "cocoa beans";
        c.hs_code = hs("1801.00");
        c.country = "GH";
        c.wholly_obtained = w;
        OriginResult r = determine_origin(c, fta());
        CHECK(r.determined);
        CHECK(r.conferred);
        CHECK(r.deciding == std::vector<OriginCriterion>{OriginCriterion::wholly_obtained});
        CHECK(trail_has(r, std::string(wholly_obtained_name(w))));
    }
    OriginCase made = chocolate();
    OriginRule wo;
    wo.wholly_obtained_only = true;
    made.rule = wo;
    made.materials = {orig("cocoa beans", "1801.00", "40")};
    OriginResult r = determine_origin(made, fta());
    CHECK_FALSE(r.conferred);
    CHECK(r.deciding == std::vector<OriginCriterion>{OriginCriterion::wholly_obtained});
}

TEST_CASE("goods made only from originating materials originate") {
    OriginCase c = chocolate();
    c.rule = ctc(CtcLevel::chapter);
    c.materials = {orig("cocoa beans", "1801.00", "40"), orig("sugar", "1701.99", "10")};
    OriginResult r = determine_origin(c, fta());
    CHECK(r.conferred);
    CHECK(r.deciding == std::vector<OriginCriterion>{OriginCriterion::originating_materials});
}

TEST_CASE("cumulation counts partner materials as originating") {
    struct Case {
        const char* name;
        Cumulation cumulation;
        const char* cocoa_from;
        bool conferred;
    };
    // Cocoa paste worth 58 of a 100 price: originating it gives RVC 100%, otherwise 42% < 45%.
    const Case cases[] = {
        {"no cumulation: a partner's material is foreign", Cumulation::none, "CI", false},
        {"bilateral: the other party's material counts", Cumulation::bilateral, "CI", true},
        {"bilateral: a diagonal country's does not", Cumulation::bilateral, "NG", false},
        {"diagonal: the diagonal country's material counts", Cumulation::diagonal, "NG", true},
        {"diagonal: a third country never counts", Cumulation::diagonal, "BR", false},
    };
    for (const auto& k : cases) {
        CAPTURE(k.name);
        OriginCase c = chocolate();
        c.rule = value(ValueTest::rvc_build_down, 45);
        c.materials = {orig("cocoa paste", "1803.10", "58", k.cocoa_from)};
        OriginResult r = determine_origin(c, fta(k.cumulation));
        CHECK(r.conferred == k.conferred);
        CHECK(r.non_originating_value == (k.conferred ? eur("0") : eur("58")));
        if (k.conferred) CHECK(trail_has(r, "counts as originating by"));
    }
}

TEST_CASE("direct transport decides the preference, not the origin") {
    struct Case {
        const char* name;
        Transport transport;
        bool conferred;
    };
    const Case cases[] = {
        {"shipped directly", {}, true},
        {"transit under customs control", {{"TG"}, false, true}, true},
        {"processed in transit", {{"TG"}, true, true}, false},
        {"transit without proof", {{"TG"}, false, false}, false},
    };
    for (const auto& k : cases) {
        CAPTURE(k.name);
        OriginCase c = chocolate();
        c.materials = {non_orig("cocoa paste", "1803.10", "30")};
        c.transport = k.transport;
        OriginResult r = determine_origin(c, fta());
        CHECK(r.rule_met);
        CHECK(r.conferred == k.conferred);
        if (!k.conferred) CHECK(r.deciding == std::vector<OriginCriterion>{OriginCriterion::direct_transport});
    }
    // Non-preferential origin has no direct transport rule.
    OriginCase c = chocolate();
    c.materials = {non_orig("cocoa paste", "1803.10", "30")};
    c.transport = {{"TG"}, true, false};
    CHECK(determine_origin(c, non_preferential_agreement()).conferred);
}

TEST_CASE("non-preferential origin follows the last substantial transformation") {
    OriginCase shoes;
    shoes.product = "leather shoes";
    shoes.hs_code = hs("6403.59");
    shoes.country = "VN";
    shoes.ex_works_price = eur("20");
    shoes.processing = {{"cutting, stitching, lasting", Processing::manufacture}};
    shoes.materials = {non_orig("tanned leather", "4107.11", "8", "IT")};
    OriginResult r = determine_origin(shoes, non_preferential_agreement());
    CHECK(r.conferred);
    CHECK(r.country == "VN");
    CHECK(trail_has(r, "non-originating material 'tanned leather' 4107.11 changes heading (4107 -> 6403): passes CTH"));
    REQUIRE_FALSE(r.findings.empty());
    CHECK(r.findings[0].detail == "heading 6403 differs from 4107");

    shoes.materials = {non_orig("finished shoes in bulk", "6403.59", "15", "CN")};
    shoes.processing = {{"boxing", Processing::packing}};
    OriginResult repacked = determine_origin(shoes, non_preferential_agreement());
    CHECK_FALSE(repacked.conferred);
    CHECK(repacked.country.empty());
    CHECK(repacked.reason.find("not a substantial transformation") != std::string::npos);
}

TEST_CASE("percentages are taken on the price the agreement names") {
    OriginCase c = chocolate();
    c.fob_price = eur("120");
    c.rule = value(ValueTest::rvc_build_down, 40);
    c.materials = {non_orig("cocoa paste", "1803.10", "66")};
    Agreement a = fta();
    CHECK_FALSE(determine_origin(c, a).conferred);  // (100 - 66) / 100 = 34%
    a.basis = ValueBasis::fob;
    OriginResult r = determine_origin(c, a);
    CHECK(r.conferred);  // (120 - 66) / 120 = 45%
    CHECK(*r.value_percent == Decimal(45));
    CHECK(trail_has(r, "price basis: FOB price EUR 120.00"));
}

TEST_CASE("the most specific product rule applies") {
    Agreement a = fta();
    a.product_rules = {{hs("18"), ctc(CtcLevel::chapter)}, {hs("1806"), value(ValueTest::rvc_build_down, 50)},
                       {hs("1806.90"), ctc(CtcLevel::subheading)}};
    CHECK(rule_for(a, hs("1806.32")).value_test == ValueTest::rvc_build_down);
    CHECK(rule_for(a, hs("1806.90")).ctc == CtcLevel::subheading);
    CHECK(rule_for(a, hs("1803.10")).ctc == CtcLevel::chapter);
    CHECK(rule_for(a, hs("6403.59")).ctc == CtcLevel::heading);  // the default rule

    OriginCase c = chocolate();
    c.materials = {non_orig("cocoa paste", "1803.10", "55")};
    OriginResult r = determine_origin(c, a);
    CHECK(r.rule_text == "RVC >= 50% (build-down)");
    CHECK_FALSE(r.conferred);  // 45% < 50%
}

TEST_CASE("rules describe themselves as written in agreements, in English and through the phrase table in French") {
    OriginRule wo;
    wo.wholly_obtained_only = true;
    struct Case {
        OriginRule rule;
        const char* text;
        const char* french;
    };
    const Case cases[] = {
        {ctc(CtcLevel::heading), "CTH", "CTH"},
        {ctc(CtcLevel::chapter, 10), "CC (tolerance 10%)", "CC (tolérance 10 %)"},
        {value(ValueTest::max_non_originating, 50), "non-originating content <= 50%",
         "teneur en matières non originaires <= 50 %"},
        {value(ValueTest::rvc_build_down, 40), "RVC >= 40% (build-down)", "TVR >= 40 % (méthode de déduction)"},
        {combined(CtcLevel::heading, ValueTest::rvc_build_down, 40, RuleJoin::either), "CTH or RVC >= 40% (build-down)",
         "CTH ou TVR >= 40 % (méthode de déduction)"},
        {combined(CtcLevel::subheading, ValueTest::rvc_build_up, 35, RuleJoin::both), "CTSH and RVC >= 35% (build-up)",
         "CTSH et TVR >= 35 % (méthode d'accumulation)"},
        {wo, "WO (wholly obtained)", "EO (entièrement obtenu)"},
    };
    for (const auto& k : cases) {
        CHECK(describe_rule(k.rule) == k.text);
        CHECK(translate_phrase(describe_rule(k.rule), "fr") == k.french);
    }
}

TEST_CASE("cases the engine cannot decide report problems instead of a verdict") {
    struct Case {
        const char* name;
        OriginCase c;
        const char* problem;
    };
    OriginCase no_price = chocolate();
    no_price.ex_works_price.reset();
    OriginCase no_code = chocolate();
    no_code.materials = {Material{"cocoa paste", std::nullopt, eur("30"), false, "CN"}};
    OriginCase outsider = chocolate();
    outsider.country = "BR";
    OriginCase coarse = chocolate();
    coarse.rule = ctc(CtcLevel::subheading);
    coarse.materials = {non_orig("chocolate", "1806", "30")};
    const Case cases[] = {
        {"no price", no_price, "the ex-works price is missing"},
        {"no material code", no_code, "material 'cocoa paste' has no HS code"},
        {"producer outside the agreement", outsider, "BR is not a party to Gulf of Guinea FTA"},
        {"material code too coarse for CTSH", coarse, "material 'chocolate' code 1806 is too coarse for a CTSH rule"},
    };
    for (const auto& k : cases) {
        CAPTURE(k.name);
        OriginResult r = determine_origin(k.c, fta());
        CHECK_FALSE(r.determined);
        CHECK_FALSE(r.conferred);
        REQUIRE_FALSE(r.problems.empty());
        CHECK(r.problems.front().rfind(k.problem, 0) == 0);  // starts with
    }
    // A shallow code still decides when it already differs: chapter 17 is not heading 1806.
    OriginCase shallow = chocolate();
    shallow.rule = ctc(CtcLevel::subheading);
    shallow.materials = {non_orig("sugar", "17", "30")};
    CHECK(determine_origin(shallow, fta()).conferred);
}

TEST_CASE("a case mixing currencies is refused") {
    OriginCase c = chocolate();
    c.rule = value(ValueTest::rvc_build_down, 40);
    c.materials = {Material{"cocoa paste", hs("1803.10"), Money::parse("30", Currency::of("USD")), false, "CN"},
                   non_orig("sugar", "1701.99", "10")};
    CHECK_THROWS_AS(determine_origin(c, fta()), MoneyError);
}

TEST_CASE("origin criteria round-trip through their ids") {
    for (auto c : {OriginCriterion::wholly_obtained, OriginCriterion::originating_materials,
                   OriginCriterion::tariff_shift, OriginCriterion::value_content,
                   OriginCriterion::minimal_operations, OriginCriterion::direct_transport}) {
        CHECK(parse_origin_criterion(origin_criterion_id(c)) == c);
    }
    CHECK_FALSE(parse_origin_criterion("vibes").has_value());
    CHECK(is_minimal(Processing::labelling));
    CHECK_FALSE(is_minimal(Processing::manufacture));
}

}  // TEST_SUITE
