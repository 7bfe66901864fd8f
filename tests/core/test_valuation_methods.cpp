// Valuation engine, the order of methods: when the transaction value is set aside (CVA Art. 1,
// 15.4), Art. 2, 3, 5, 6 (or 6 before 5 under Art. 4), 7; and the errors an author sees.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/valuation.h"

using namespace clearance::core;

namespace {
const Currency EUR = Currency::of("EUR");
const Currency USD = Currency::of("USD");

Money eur(const char* s) { return Money::parse(s, EUR); }

ValuationFacts base_facts() {
    ValuationFacts f;
    f.price = eur("10000");
    f.incoterm = Incoterm::CIF;
    f.national = EUR;
    return f;
}

OtherMethodsData all_methods() {
    OtherMethodsData o;
    o.identical_values = {eur("9800"), eur("9500")};
    o.similar_values = {eur("9900")};
    o.deductive = DeductiveData{eur("50"), eur("10"), eur("2"), eur("3"), Decimal(200)};
    o.computed = ComputedData{eur("5000"), eur("1000"), eur("500")};
    o.fallback_value = eur("8000");
    o.fallback_basis = "a flexible application of Art. 2 with goods exported 120 days apart";
    return o;
}
}  // namespace

TEST_SUITE("core") {

TEST_CASE("the method follows the order of the Agreement") {
    struct Row {
        const char* name;
        SaleCircumstances circumstances;
        int drop;  // data withheld, a bit mask: 1 identical, 2 similar, 4 deductive, 8 computed
        bool computed_first;
        Method method;
        const char* value;
    };
    SaleCircumstances related_influenced;
    related_influenced.relationship = Relationship::one_controls_other;
    related_influenced.relationship_influenced_price = true;
    SaleCircumstances related_fine;
    related_fine.relationship = Relationship::same_family;
    SaleCircumstances related_test = related_influenced;
    related_test.test_value_approximated = true;
    SaleCircumstances restricted;
    restricted.restrictions_on_use = true;
    SaleCircumstances condition;
    condition.unquantifiable_condition = true;
    SaleCircumstances proceeds;
    proceeds.unquantifiable_proceeds = true;
    SaleCircumstances no_sale;
    no_sale.sold_for_export = false;

    const std::vector<Row> rows = {
        {"unrelated parties: transaction value", {}, 0, false, Method::transaction_value, "10000"},
        {"related but price not influenced: transaction value", related_fine, 0, false, Method::transaction_value,
         "10000"},
        {"related and influenced, test value shown: transaction value", related_test, 0, false,
         Method::transaction_value, "10000"},
        {"related and influenced: lowest identical-goods value", related_influenced, 0, false,
         Method::identical_goods, "9500"},
        {"restricted use, no identical goods: similar goods", restricted, 1, false, Method::similar_goods, "9900"},
        {"unquantifiable condition, no comparable goods: deductive", condition, 3, false, Method::deductive,
         "7000"},
        {"Art. 4 request: computed before deductive", condition, 3, true, Method::computed, "6500"},
        {"unquantifiable proceeds, no resale data: computed", proceeds, 7, false, Method::computed, "6500"},
        {"Art. 4 request without production data: deductive after all", proceeds, 11, true, Method::deductive,
         "7000"},
        {"no sale for export, nothing else: fall-back", no_sale, 15, false, Method::fallback, "8000"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        ValuationFacts f = base_facts();
        f.circumstances = row.circumstances;
        f.other_methods = all_methods();
        f.other_methods.computed_before_deductive = row.computed_first;
        if (row.drop & 1) f.other_methods.identical_values.clear();
        if (row.drop & 2) f.other_methods.similar_values.clear();
        if (row.drop & 4) f.other_methods.deductive.reset();
        if (row.drop & 8) f.other_methods.computed.reset();
        ValuationResult r = value_consignment(f);
        CHECK(r.method == row.method);
        CHECK(r.value == eur(row.value));
        const ValuationLine* m = r.line_for("method");
        REQUIRE(m != nullptr);
        CHECK(m->label == method_title(row.method));
    }
}

TEST_CASE("the trail says why the transaction value was set aside and which methods were unavailable") {
    ValuationFacts f = base_facts();
    f.circumstances.relationship = Relationship::voting_shares_5pct;
    f.circumstances.relationship_influenced_price = true;
    f.circumstances.restrictions_on_use = true;
    f.other_methods.similar_values = {eur("9900")};
    ValuationResult r = value_consignment(f);
    CHECK(r.method == Method::similar_goods);
    std::vector<std::string> rules;
    for (const auto& l : r.trail)
        if (l.treatment == Treatment::note) rules.push_back(l.rule);
    CHECK(rules == std::vector<std::string>{"CVA Art. 1.1(a)", "CVA Art. 1.1(d), 1.2(a)", "CVA Art. 2", "CVA Art. 3"});
    CHECK(r.trail[1].why ==
          "Transaction value cannot be used: buyer and seller are related (someone holds 5% or more of the voting "
          "shares of both, Art. 15.4(d)) and the relationship influenced the price.");
    CHECK(r.line_for("art2")->why ==
          "No transaction value of identical goods is available, so the next method is tried.");
    CHECK(r.line_for("art3")->treatment == Treatment::base);
}

TEST_CASE("a relationship that did not influence the price is named with its Art. 15.4 letter") {
    ValuationFacts f = base_facts();
    f.circumstances.relationship = Relationship::employer_employee;
    ValuationResult r = value_consignment(f);
    const ValuationLine* m = r.line_for("method");
    CHECK(m->rule == "CVA Art. 1.2(a)");
    CHECK(m->why.find("employer and employee, Art. 15.4(c)") != std::string::npos);
}

TEST_CASE("Art. 8 costs are not applied when another method values the goods") {
    ValuationFacts f = base_facts();
    f.circumstances.sold_for_export = false;
    f.other_methods.identical_values = {eur("9500")};
    CostItem c;
    c.id = "selling";
    c.kind = CostKind::selling_commission;
    c.amount = eur("500");
    f.costs = {c};
    ValuationResult r = value_consignment(f);
    CHECK(r.method == Method::identical_goods);
    CHECK(r.value == eur("9500"));
    CHECK(r.line_for("selling") == nullptr);
}

TEST_CASE("deductive and computed values show their working") {
    ValuationFacts f = base_facts();
    f.circumstances.unquantifiable_condition = true;
    f.other_methods.deductive = DeductiveData{eur("50"), eur("10"), eur("2"), eur("3"), Decimal(200)};
    ValuationResult r = value_consignment(f);
    CHECK(r.line_for("art5:resale")->amount == eur("10000"));
    CHECK(r.line_for("art5:resale")->why ==
          "The unit price at which the goods are sold in the greatest aggregate quantity: EUR 50 × 200 = EUR 10,000.");
    CHECK(r.line_for("art5:profit")->treatment == Treatment::deducted);
    CHECK(r.line_for("art5:duties")->rule == "CVA Art. 5.1(a)(iv)");
    CHECK(r.value == eur("7000"));

    f.other_methods.deductive.reset();
    f.other_methods.computed = ComputedData{eur("5000"), eur("1000"), eur("500")};
    CHECK(value_consignment(f).value == eur("6500"));
    f.basis = ValuationBasis::fob;  // transport to the importing country stays out of an FOB-type value
    ValuationResult fob = value_consignment(f);
    CHECK(fob.value == eur("6000"));
    CHECK(fob.line_for("art6:transport")->treatment == Treatment::excluded);
}

TEST_CASE("another method's value in a foreign currency is converted at the official rate") {
    ValuationFacts f = base_facts();
    f.circumstances.restrictions_on_use = true;
    f.rates = {{USD, Decimal::parse("0.92")}};
    f.other_methods.identical_values = {Money::parse("USD 23,840")};
    ValuationResult r = value_consignment(f);
    CHECK(r.value.to_string() == "EUR 21,932.80");
    CHECK(r.line_for("conversion:USD") != nullptr);
}

TEST_CASE("facts an author got wrong are refused with a message naming the item") {
    struct Row { const char* name; ValuationFacts facts; const char* message; };
    auto with_cost = [](CostItem c) {
        ValuationFacts f = base_facts();
        f.costs = {c};
        return f;
    };
    CostItem a;
    a.id = "a";
    a.kind = CostKind::packing;
    a.amount = eur("10");
    CostItem usd_cost = a;
    usd_cost.amount = Money::parse("USD 10");
    CostItem negative = a;
    negative.amount = eur("-10");
    CostItem half_lot = a;
    half_lot.kind = CostKind::assist_tools;
    half_lot.lot_quantity = Decimal(1);
    CostItem big_lot = half_lot;
    big_lot.lot_quantity = Decimal(5);
    big_lot.total_quantity = Decimal(4);
    CostItem lot_on_packing = big_lot;
    lot_on_packing.kind = CostKind::packing;
    CostItem reserved = a;
    reserved.id = "price";
    ValuationFacts dup = with_cost(a);
    dup.costs.push_back(a);
    ValuationFacts nothing = base_facts();
    nothing.circumstances.sold_for_export = false;
    ValuationFacts no_national = base_facts();
    no_national.national = Currency();
    ValuationFacts too_much_discount = base_facts();
    CostItem d = a;
    d.kind = CostKind::discount;
    d.amount = eur("20000");
    too_much_discount.costs = {d};

    const std::vector<Row> rows = {
        {"duplicate ids", dup, "two costs have the id 'a'; give each cost its own id"},
        {"no rate", with_cost(usd_cost), "no exchange rate for USD to EUR"},
        {"negative amount", with_cost(negative),
         "cost 'a' is negative (EUR -10.00); give amounts as positive figures, the kind says which way they go"},
        {"lot without total", with_cost(half_lot), "cost 'a': give both lot_quantity and total_quantity, or neither"},
        {"lot above total", with_cost(big_lot),
         "cost 'a': the lot quantity 5 must lie between 0 and the total quantity 4, which must be positive"},
        {"lot on a non-assist", with_cost(lot_on_packing), "cost 'a': only assists are apportioned over quantities"},
        {"reserved id", with_cost(reserved), "cost id 'price' is reserved for the engine's own lines"},
        {"no method usable", nothing,
         "no valuation method can be used: transaction value is set aside and no identical, similar, deductive, "
         "computed or fall-back value is given"},
        {"no national currency", no_national, "the national currency is not set"},
        {"negative value", too_much_discount,
         "the customs value comes out negative (EUR -10,000.00); check the deductions"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        CHECK_THROWS_WITH_AS(value_consignment(row.facts), row.message, ValuationError);
    }
}

TEST_CASE("a cost without an id is known by its kind") {
    ValuationFacts f = base_facts();
    CostItem c;
    c.kind = CostKind::packing;
    c.amount = eur("10");
    f.costs = {c};
    ValuationResult r = value_consignment(f);
    REQUIRE(r.line_for("packing") != nullptr);
    CHECK(r.line_for("packing")->label == "packing");
}

}  // TEST_SUITE
