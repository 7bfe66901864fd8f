// Valuation engine, transaction value (CVA Art. 1 and 8): the primer's worked examples, one
// table row per Art. 8 rule, every Incoterm on both valuation bases, and the trail's wording.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/valuation.h"

using namespace clearance::core;

namespace {
const Currency EUR = Currency::of("EUR");
const Currency USD = Currency::of("USD");

Money eur(const char* s) { return Money::parse(s, EUR); }
Money usd(const char* s) { return Money::parse(s, USD); }

CostItem cost(std::string id, CostKind kind, Money amount, std::optional<bool> in_price = false) {
    CostItem c;
    c.id = std::move(id);
    c.kind = kind;
    c.amount = amount;
    c.in_price = in_price;
    return c;
}

ValuationFacts eur_facts(Incoterm term, const char* price) {
    ValuationFacts f;
    f.price = eur(price);
    f.incoterm = term;
    f.national = EUR;
    return f;
}
}  // namespace

TEST_SUITE("core") {

TEST_CASE("the primer's CIF-basis example comes to EUR 47,000") {
    ValuationFacts f = eur_facts(Incoterm::FOB, "40000");
    f.costs = {
        cost("agent", CostKind::buying_commission, eur("800")),
        cost("selling", CostKind::selling_commission, eur("1200")),
        cost("moulds", CostKind::assist_tools, eur("2500")),
        cost("freight", CostKind::main_freight, eur("3100")),
        cost("insurance", CostKind::insurance, eur("200")),
        cost("trucking", CostKind::post_import_transport, eur("450")),
    };
    ValuationResult r = value_consignment(f);
    CHECK(r.method == Method::transaction_value);
    CHECK(r.value == eur("47000"));
    REQUIRE(r.value_in_invoice.has_value());
    CHECK(*r.value_in_invoice == eur("47000"));

    struct Row { const char* id; Treatment t; const char* amount; const char* rule; };
    const Row rows[] = {
        {"price", Treatment::base, "40000", "CVA Art. 1"},
        {"agent", Treatment::excluded, "800", "CVA Art. 8.1(a)(i)"},
        {"selling", Treatment::added, "1200", "CVA Art. 8.1(a)(i)"},
        {"moulds", Treatment::added, "2500", "CVA Art. 8.1(b)(ii)"},
        {"freight", Treatment::added, "3100", "CVA Art. 8.2(a)"},
        {"insurance", Treatment::added, "200", "CVA Art. 8.2(c)"},
        {"trucking", Treatment::excluded, "450", "CVA Note to Art. 1, para. 3(b)"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.id);
        const ValuationLine* l = r.line_for(row.id);
        REQUIRE(l != nullptr);
        CHECK(l->treatment == row.t);
        CHECK(l->amount == eur(row.amount));
        CHECK(l->rule == row.rule);
    }
    CHECK(r.line_for("agent")->why == "Not added: buying commissions are not part of the customs value.");
    CHECK(r.line_for("conversion:EUR") == nullptr);  // nothing to convert
}

TEST_CASE("the primer's EXW example converts USD 23,840 to EUR 21,932.80") {
    ValuationFacts f;
    f.price = usd("20000");
    f.incoterm = Incoterm::EXW;
    f.national = EUR;
    f.rates = {{USD, Decimal::parse("0.92")}};
    f.costs = {
        cost("packing", CostKind::packing, usd("600")),
        cost("truck", CostKind::inland_carriage, usd("350"), std::nullopt),
        cost("air", CostKind::main_freight, usd("2800"), std::nullopt),
        cost("insurance", CostKind::insurance, usd("90"), std::nullopt),
    };
    ValuationResult r = value_consignment(f);
    CHECK(r.method == Method::transaction_value);
    REQUIRE(r.value_in_invoice.has_value());
    CHECK(*r.value_in_invoice == usd("23840"));
    CHECK(r.value.to_string() == "EUR 21,932.80");
    for (const char* id : {"packing", "truck", "air", "insurance"}) {
        CAPTURE(id);
        CHECK(r.line_for(id)->treatment == Treatment::added);
    }
    const ValuationLine* conv = r.line_for("conversion:USD");
    REQUIRE(conv != nullptr);
    CHECK(conv->treatment == Treatment::converted);
    CHECK(conv->rule == "CVA Art. 9");
    CHECK(conv->amount == eur("21932.80"));
    CHECK(conv->why ==
          "USD 23,840 × 0.92 (official rate, EUR per USD) = EUR 21,932.80, rounded half-up to the minor unit.");
}

TEST_CASE("each Art. 8 rule and exclusion treats its cost as the Agreement says") {
    // A CIF price of EUR 10,000 on a CIF basis, and one cost at a time.
    struct Row {
        const char* rule_name;
        CostItem item;
        Treatment expected;
        const char* value;
    };
    auto shown_in_price = [](CostItem c, bool shown) {
        c.in_price = true;
        c.shown_separately = shown;
        return c;
    };
    CostItem tools_lot = cost("x", CostKind::assist_tools, eur("10000"));
    tools_lot.lot_quantity = Decimal(1000);
    tools_lot.total_quantity = Decimal(4000);
    CostItem tools_third = cost("x", CostKind::assist_tools, eur("1000"));
    tools_third.lot_quantity = Decimal(1);
    tools_third.total_quantity = Decimal(3);
    CostItem offered = cost("x", CostKind::discount, eur("500"));
    offered.granted = false;
    CostItem offered_in_price = shown_in_price(offered, true);

    const std::vector<Row> rows = {
        {"buying commission borne separately is not added", cost("x", CostKind::buying_commission, eur("500")),
         Treatment::excluded, "10000"},
        {"buying commission shown in the price is taken out",
         shown_in_price(cost("x", CostKind::buying_commission, eur("500")), true), Treatment::deducted, "9500"},
        {"selling commission paid by the buyer is added", cost("x", CostKind::selling_commission, eur("500")),
         Treatment::added, "10500"},
        {"selling commission already in the price stays", cost("x", CostKind::selling_commission, eur("500"), true),
         Treatment::in_price, "10000"},
        {"brokerage is added", cost("x", CostKind::brokerage, eur("300")), Treatment::added, "10300"},
        {"containers are added", cost("x", CostKind::containers, eur("200")), Treatment::added, "10200"},
        {"packing invoiced separately is added", cost("x", CostKind::packing, eur("400")), Treatment::added, "10400"},
        {"materials supplied by the buyer are added", cost("x", CostKind::assist_materials, eur("1000")),
         Treatment::added, "11000"},
        {"moulds are apportioned to this lot", tools_lot, Treatment::added, "12500"},
        {"an apportioned share is rounded half-up to the cent", tools_third, Treatment::added, "10333.33"},
        {"consumables supplied by the buyer are added", cost("x", CostKind::assist_consumables, eur("150")),
         Treatment::added, "10150"},
        {"design done abroad is added", cost("x", CostKind::assist_engineering_abroad, eur("2000")), Treatment::added,
         "12000"},
        {"design done in the importing country is not added",
         cost("x", CostKind::assist_engineering_local, eur("2000")), Treatment::excluded, "10000"},
        {"a royalty that is a condition of sale is added", cost("x", CostKind::royalty_condition_of_sale, eur("700")),
         Treatment::added, "10700"},
        {"a fee for the right to reproduce is not added", cost("x", CostKind::reproduction_rights_fee, eur("700")),
         Treatment::excluded, "10000"},
        {"proceeds of resale to the seller are added", cost("x", CostKind::resale_proceeds, eur("900")),
         Treatment::added, "10900"},
        {"transport after importation borne separately is not added",
         cost("x", CostKind::post_import_transport, eur("450")), Treatment::excluded, "10000"},
        {"transport after importation shown in the price is taken out",
         shown_in_price(cost("x", CostKind::post_import_transport, eur("450")), true), Treatment::deducted, "9550"},
        {"transport after importation hidden in the price stays in",
         shown_in_price(cost("x", CostKind::post_import_transport, eur("450")), false), Treatment::kept, "10000"},
        {"assembly after importation shown in the price is taken out",
         shown_in_price(cost("x", CostKind::post_import_services, eur("1500")), true), Treatment::deducted, "8500"},
        {"import duties shown in the price are taken out",
         shown_in_price(cost("x", CostKind::import_duties_taxes, eur("800")), true), Treatment::deducted, "9200"},
        {"financing interest shown in the price is taken out",
         shown_in_price(cost("x", CostKind::financing_interest, eur("250")), true), Treatment::deducted, "9750"},
        {"the buyer's own advertising is not added", cost("x", CostKind::buyer_advertising, eur("3000")),
         Treatment::excluded, "10000"},
        {"a discount granted on the invoice total is deducted", cost("x", CostKind::discount, eur("500")),
         Treatment::deducted, "9500"},
        {"a discount already netted in the price changes nothing", cost("x", CostKind::discount, eur("500"), true),
         Treatment::in_price, "10000"},
        {"a discount offered but not granted is not deducted", offered, Treatment::excluded, "10000"},
        {"a discount netted in the price but not granted is added back", offered_in_price, Treatment::added,
         "10500"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.rule_name);
        ValuationFacts f = eur_facts(Incoterm::CIF, "10000");
        f.costs = {row.item};
        ValuationResult r = value_consignment(f);
        CHECK(r.method == Method::transaction_value);
        CHECK(r.line_for("x")->treatment == row.expected);
        CHECK(r.value == eur(row.value));
    }
}

TEST_CASE("every Incoterm is brought to the CIF and the FOB basis") {
    // Price EUR 10,000; inland carriage 100, loading 50, main freight 1,000, insurance 20,
    // transport after importation 300, import duties 800. Whether each is in the price comes
    // from the Incoterm (primer section 3); all are shown separately.
    struct Row { Incoterm term; const char* cif_value; const char* fob_value; };
    const Row rows[] = {
        {Incoterm::EXW, "11170", "10150"}, {Incoterm::FCA, "11170", "10150"}, {Incoterm::FAS, "11070", "10050"},
        {Incoterm::FOB, "11020", "10000"}, {Incoterm::CFR, "10020", "9000"},  {Incoterm::CPT, "10020", "9000"},
        {Incoterm::CIF, "10000", "8980"},  {Incoterm::CIP, "10000", "8980"},  {Incoterm::DAP, "9700", "8680"},
        {Incoterm::DPU, "9700", "8680"},   {Incoterm::DDP, "8900", "7880"},
    };
    for (const auto& row : rows) {
        for (ValuationBasis basis : {ValuationBasis::cif, ValuationBasis::fob}) {
            CAPTURE(incoterm_name(row.term));
            CAPTURE(basis == ValuationBasis::cif ? "CIF basis" : "FOB basis");
            ValuationFacts f = eur_facts(row.term, "10000");
            f.basis = basis;
            f.costs = {
                cost("inland", CostKind::inland_carriage, eur("100"), std::nullopt),
                cost("loading", CostKind::loading, eur("50"), std::nullopt),
                cost("freight", CostKind::main_freight, eur("1000"), std::nullopt),
                cost("insurance", CostKind::insurance, eur("20"), std::nullopt),
                cost("after", CostKind::post_import_transport, eur("300"), std::nullopt),
                cost("duties", CostKind::import_duties_taxes, eur("800"), std::nullopt),
            };
            CHECK(value_consignment(f).value == eur(basis == ValuationBasis::cif ? row.cif_value : row.fob_value));
        }
    }
}

TEST_CASE("an explicit in_price overrides what the Incoterm implies") {
    // An FCA price whose named place is the port terminal: the seller paid the inland carriage.
    ValuationFacts f = eur_facts(Incoterm::FCA, "10000");
    f.costs = {cost("inland", CostKind::inland_carriage, eur("100"), true),
               cost("freight", CostKind::main_freight, eur("1000"), std::nullopt)};
    ValuationResult r = value_consignment(f);
    CHECK(r.value == eur("11000"));
    CHECK(r.line_for("inland")->treatment == Treatment::in_price);
    CHECK(r.line_for("inland")->why ==
          "Already in the price; no adjustment (transport up to the place of importation is added on a CIF basis).");
    CHECK(value_consignment(eur_facts(Incoterm::CIF, "1")).line_for("check:place") != nullptr);
}

TEST_CASE("the trail explains apportionment and reminds what the basis needs") {
    ValuationFacts f = eur_facts(Incoterm::CFR, "40000");
    CostItem moulds = cost("moulds", CostKind::assist_tools, eur("10000"));
    moulds.label = "moulds supplied free by the buyer";
    moulds.lot_quantity = Decimal(1000);
    moulds.total_quantity = Decimal(4000);
    f.costs = {moulds};
    ValuationResult r = value_consignment(f);
    const ValuationLine* l = r.line_for("moulds");
    CHECK(l->label == "moulds supplied free by the buyer");
    CHECK(l->why ==
          "Tools, dies and moulds the buyer supplies are assists, added and apportioned over the goods they "
          "served. This lot's share: EUR 10,000 × 1,000 / 4,000 = EUR 2,500.");
    const ValuationLine* ins = r.line_for("check:insurance");
    REQUIRE(ins != nullptr);
    CHECK(ins->treatment == Treatment::note);
    CHECK(r.line_for("check:main_freight") == nullptr);  // CFR includes the freight
    CHECK(r.value == eur("42500"));
}

TEST_CASE("costs in the national currency are added after the invoice currency is converted") {
    ValuationFacts f;
    f.price = usd("10000");
    f.incoterm = Incoterm::FOB;
    f.national = EUR;
    f.rates = {{USD, Decimal::parse("0.9")}};
    f.costs = {cost("freight", CostKind::main_freight, eur("500"))};
    ValuationResult r = value_consignment(f);
    CHECK(r.value == eur("9500"));
    CHECK_FALSE(r.value_in_invoice.has_value());
}

TEST_CASE("the conversion rounding can be half-even when the law says so") {
    ValuationFacts f;
    f.price = usd("0.01");
    f.incoterm = Incoterm::CIF;
    f.national = EUR;
    f.rates = {{USD, Decimal::parse("0.5")}};
    CHECK(value_consignment(f).value == eur("0.01"));
    f.conversion_rounding = Rounding::half_even;
    CHECK(value_consignment(f).value == eur("0.00"));
}

TEST_CASE("names of Incoterms, cost kinds, relationships and methods round-trip") {
    for (int i = 0; i <= static_cast<int>(Incoterm::DDP); ++i) {
        auto t = static_cast<Incoterm>(i);
        CHECK(incoterm_from_name(incoterm_name(t)) == t);
    }
    CHECK(incoterm_from_name("fob") == Incoterm::FOB);
    CHECK_FALSE(incoterm_from_name("FOQ").has_value());
    CHECK(all_cost_kinds().size() == 23);
    for (CostKind k : all_cost_kinds()) {
        CAPTURE(cost_kind_name(k));
        CHECK(cost_kind_from_name(cost_kind_name(k)) == k);
        CHECK_FALSE(cost_rule(k, ValuationBasis::cif).empty());
        CHECK_FALSE(cost_principle(k, ValuationBasis::fob).empty());
    }
    CHECK(relationship_from_name("same_family") == Relationship::same_family);
    CHECK(relationship_name(Relationship::voting_shares_5pct) == std::string("voting_shares_5pct"));
    CHECK(method_from_name("Art. 6") == Method::computed);
    CHECK(method_from_name("transaction_value") == Method::transaction_value);
    CHECK(method_from_name("2") == Method::identical_goods);
    CHECK_FALSE(method_from_name("4").has_value());  // Art. 4 is an order rule, not a method
    CHECK(method_title(Method::deductive) == "deductive value (CVA Art. 5)");
}

}  // TEST_SUITE
