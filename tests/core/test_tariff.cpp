// Tariff and taxes engine: the primer's whisky example line by line, one table row per duty
// kind, excise kinds and bases, the VAT base, and the errors an author sees.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/feedback_text.h"
#include "core/tariff.h"

using namespace clearance::core;

namespace {
const Currency EUR = Currency::of("EUR");

Money eur(const char* s) { return Money::parse(s, EUR); }
Decimal dec(const char* s) { return Decimal::parse(s); }

SpecificRate per(const char* amount, Unit unit, const char* per_qty = "1") {
    return SpecificRate{eur(amount), dec(per_qty), unit};
}

TaxFacts whisky() {
    TaxFacts f;
    f.customs_value = eur("6300");
    f.quantities.items = dec("600");
    f.quantities.litres_per_item = dec("0.7");
    f.quantities.alcohol_strength = dec("0.40");
    f.duty.kind = DutyKind::ad_valorem;
    f.duty.ad_valorem = dec("2%");
    f.excise.kind = ExciseKind::specific;
    f.excise.specific = per("30", Unit::litre_pure_alcohol);
    f.vat_rate = dec("20%");
    return f;
}
}  // namespace

TEST_SUITE("core") {

TEST_CASE("the primer's whisky example is assessed exactly, with its working") {
    Assessment a = assess_taxes(whisky());
    CHECK(a.duty == eur("126"));
    REQUIRE(a.pure_alcohol_litres.has_value());
    CHECK(*a.pure_alcohol_litres == Decimal(168));
    CHECK(a.excise == eur("5040"));
    CHECK(a.vat_base == eur("11466"));
    CHECK(a.vat == eur("2293.20"));
    CHECK(a.total == eur("7459.20"));

    struct Row { const char* id; const char* label; const char* working; const char* result; };
    const Row rows[] = {
        {"duty", "duty 2%", "0.02 × 6,300", "126"},
        {"pure_alcohol", "pure alcohol", "600 × 0.7 × 0.40", "168 l"},
        {"excise", "excise at 30 per l of pure alcohol", "168 × 30", "5,040"},
        {"vat_base", "VAT base", "6,300 + 126 + 5,040", "11,466"},
        {"vat", "VAT 20%", "0.20 × 11,466", "2,293.20"},
        {"total", "total collected", "126 + 5,040 + 2,293.20", "7,459.20"},
    };
    REQUIRE(a.trail.size() == 6);
    for (std::size_t i = 0; i < 6; ++i) {
        CAPTURE(rows[i].id);
        CHECK(a.trail[i].id == rows[i].id);
        CHECK(a.trail[i].label == rows[i].label);
        CHECK(a.trail[i].working == rows[i].working);
        CHECK(a.trail[i].result == rows[i].result);
        CHECK_FALSE(a.trail[i].rule.empty());
    }
    CHECK(a.has_excise);
    CHECK(a.has_vat);
}

TEST_CASE("each duty kind computes as the tariff states it") {
    // Customs value EUR 10,000; 2,000 items, 1,500 kg net, 500 l at 12% vol.
    struct Row { const char* name; DutyKind kind; const char* av; SpecificRate specific; const char* duty; const char* working; };
    const std::vector<Row> rows = {
        {"duty-free", DutyKind::none, "0", {}, "0", "duty-free"},
        {"ad valorem 5%", DutyKind::ad_valorem, "5%", {}, "500", "0.05 × 10,000"},
        {"ad valorem 3.7%", DutyKind::ad_valorem, "3.7%", {}, "370", "0.037 × 10,000"},
        {"specific per kg", DutyKind::specific, "0", per("2.50", Unit::kg), "3750", "1,500 × 2.50"},
        {"specific per 100 kg", DutyKind::specific, "0", per("12", Unit::kg, "100"), "180", "1,500 / 100 × 12"},
        {"specific per item", DutyKind::specific, "0", per("0.15", Unit::item), "300", "2,000 × 0.15"},
        {"specific per litre", DutyKind::specific, "0", per("0.40", Unit::litre), "200", "500 × 0.40"},
        {"specific per litre of pure alcohol", DutyKind::specific, "0", per("10", Unit::litre_pure_alcohol), "600",
         "60 × 10"},
        {"compound 5% + 1 per kg", DutyKind::compound, "5%", per("1", Unit::kg), "2000", "500 + 1,500"},
        {"5% but not less than 0.20 per kg: the percentage", DutyKind::higher_of, "5%", per("0.20", Unit::kg), "500",
         "the higher of 500 and 300"},
        {"5% but not less than 0.50 per kg: the minimum", DutyKind::higher_of, "5%", per("0.50", Unit::kg), "750",
         "the higher of 500 and 750"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        TaxFacts f;
        f.customs_value = eur("10000");
        f.quantities.items = dec("2000");
        f.quantities.net_kg = dec("1500");
        f.quantities.litres = dec("500");
        f.quantities.alcohol_strength = dec("0.12");
        f.duty = DutyRate{row.kind, dec(row.av), row.specific};
        Assessment a = assess_taxes(f);
        CHECK(a.duty == eur(row.duty));
        CHECK(a.line_for("duty")->working == row.working);
        CHECK(a.total == a.duty);  // no excise, no VAT
        CHECK_FALSE(a.has_vat);
    }
}

TEST_CASE("duty amounts round once to the cent, half-up unless half-even is asked for") {
    TaxFacts f;
    f.customs_value = eur("1234.56");
    f.duty = DutyRate{DutyKind::ad_valorem, dec("2.5%"), {}};
    CHECK(assess_taxes(f).duty == eur("30.86"));  // 30.864
    f.customs_value = eur("1.70");
    CHECK(assess_taxes(f).duty == eur("0.04"));  // 0.0425 -> 0.04
    f.customs_value = eur("1.00");
    f.duty.ad_valorem = dec("2.5%");
    CHECK(assess_taxes(f).duty == eur("0.03"));  // 0.025 half-up
    f.rounding = Rounding::half_even;
    CHECK(assess_taxes(f).duty == eur("0.02"));  // 0.025 half-even
}

TEST_CASE("excise is specific per 1,000 items or ad valorem on the base the law names") {
    struct Row { const char* name; ExciseRate excise; const char* amount; const char* working; };
    ExciseRate cigarettes{ExciseKind::specific, per("90", Unit::item, "1000"), {}, ExciseBase::customs_value, {}};
    ExciseRate on_value{ExciseKind::ad_valorem, {}, dec("10%"), ExciseBase::customs_value, {}};
    ExciseRate on_duty_paid{ExciseKind::ad_valorem, {}, dec("10%"), ExciseBase::duty_paid_value, {}};
    ExciseRate on_retail{ExciseKind::ad_valorem, {}, dec("10%"), ExciseBase::declared_amount, eur("15000")};
    const std::vector<Row> rows = {
        {"per 1,000 cigarettes", cigarettes, "1800", "20,000 / 1,000 × 90"},
        {"ad valorem on the customs value", on_value, "500", "0.10 × 5,000"},
        {"ad valorem on the duty-paid value", on_duty_paid, "540", "0.10 × 5,400"},
        {"ad valorem on a declared retail price", on_retail, "1500", "0.10 × 15,000"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        TaxFacts f;
        f.customs_value = eur("5000");
        f.quantities.items = dec("20000");
        f.duty = DutyRate{DutyKind::ad_valorem, dec("8%"), {}};
        f.excise = row.excise;
        f.vat_rate = dec("20%");
        Assessment a = assess_taxes(f);
        CHECK(a.duty == eur("400"));
        CHECK(a.excise == eur(row.amount));
        CHECK(a.line_for("excise")->working == row.working);
        CHECK(a.vat_base == eur("5400") + a.excise);
        CHECK(a.total == a.duty + a.excise + a.vat);
    }
}

TEST_CASE("other import charges and costs to the first destination enter the VAT base") {
    TaxFacts f = whisky();
    f.other_charges = {{"anti-dumping duty", eur("300")}};
    f.costs_to_destination = {{"carriage to the first destination", eur("150")}};
    Assessment a = assess_taxes(f);
    CHECK(a.vat_base == eur("11916"));  // 6,300 + 126 + 5,040 + 300 + 150
    CHECK(a.line_for("vat_base")->working == "6,300 + 126 + 5,040 + 300 + 150");
    CHECK(a.vat == eur("2383.20"));
    CHECK(a.other_charges == eur("300"));
    CHECK(a.total == eur("7849.20"));  // the destination costs are taxed, not collected
    CHECK(a.line_for("total")->working == "126 + 5,040 + 300 + 2,383.20");
    CHECK(a.line_for("charge:0")->amount == eur("300"));
    CHECK(a.line_for("destination:0")->label == "carriage to the first destination");
}

TEST_CASE("a duty-free good with VAT only shows the base and the tax") {
    TaxFacts f;
    f.customs_value = eur("1000");
    f.vat_rate = dec("19%");
    Assessment a = assess_taxes(f);
    CHECK(a.duty.is_zero());
    CHECK(a.vat == eur("190"));
    CHECK(a.line_for("vat_base")->working == "1,000");
    CHECK(a.line_for("total")->working == "190");
    CHECK(a.line_for("excise") == nullptr);
    CHECK_FALSE(a.has_excise);
}

TEST_CASE("quantities for specific rates come from the facts or are asked for by name") {
    GoodsQuantities q;
    q.items = dec("24");
    q.litres_per_item = dec("0.33");
    q.alcohol_strength = dec("0.05");
    CHECK(quantity_for(q, Unit::litre) == dec("7.92"));
    CHECK(quantity_for(q, Unit::litre_pure_alcohol) == dec("0.396"));
    CHECK(quantity_for(q, Unit::item) == Decimal(24));
    CHECK_THROWS_WITH_AS(quantity_for(q, Unit::kg), "the rate is per kg but the net mass is not given", TariffError);
    q.alcohol_strength = dec("40");
    CHECK_THROWS_WITH_AS(quantity_for(q, Unit::litre_pure_alcohol),
                         "the alcoholic strength 40 is above 1; give it as a fraction (0.40 for 40% vol)", TariffError);
}

TEST_CASE("facts an author got wrong are refused with a message") {
    struct Row { const char* name; TaxFacts facts; const char* message; };
    TaxFacts usd_rate = whisky();
    usd_rate.excise.specific.amount = Money::parse("USD 30");
    TaxFacts no_strength = whisky();
    no_strength.quantities.alcohol_strength.reset();
    TaxFacts negative_rate = whisky();
    negative_rate.duty.ad_valorem = dec("-2%");
    TaxFacts no_value;
    TaxFacts zero_per = whisky();
    zero_per.excise.specific.per = Decimal();
    const std::vector<Row> rows = {
        {"rate in another currency", usd_rate, "the excise rate is in USD; the customs value is in EUR"},
        {"no strength", no_strength, "the rate is per litre of pure alcohol but the alcoholic strength is not given"},
        {"negative rate", negative_rate, "the ad valorem duty rate is negative (-0.02)"},
        {"no customs value", no_value, "the customs value has no currency"},
        {"per zero", zero_per, "the excise rate: the 'per' quantity must be positive"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        CHECK_THROWS_WITH_AS(assess_taxes(row.facts), row.message, TariffError);
    }
}

TEST_CASE("unit and duty kind names round-trip") {
    for (int i = 0; i < 4; ++i) CHECK(unit_from_name(unit_name(static_cast<Unit>(i))) == static_cast<Unit>(i));
    for (int i = 0; i < 5; ++i)
        CHECK(duty_kind_from_name(duty_kind_name(static_cast<DutyKind>(i))) == static_cast<DutyKind>(i));
    CHECK_FALSE(unit_from_name("gallon").has_value());
    CHECK(unit_symbol(Unit::litre_pure_alcohol) == "l of pure alcohol");
}

TEST_CASE("unit symbols read in French where French writes them otherwise") {
    CHECK(translate_phrase(unit_symbol(Unit::litre_pure_alcohol), "fr") == "l d'alcool pur");
    CHECK(translate_phrase(unit_symbol(Unit::item), "fr") == "articles");
    CHECK(translate_phrase(unit_symbol(Unit::kg), "fr") == "kg");
}

}  // TEST_SUITE
