// Value grader: a worksheet per trap, scored against the valuation engine, with the feedback
// line that names the trap and its rule.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "core/grade_value.h"

using namespace clearance::core;

namespace {
const Currency EUR = Currency::of("EUR");
const Currency USD = Currency::of("USD");

Money usd(const char* s) { return Money::parse(s, USD); }
Money eur(const char* s) { return Money::parse(s, EUR); }

CostItem cost(std::string id, CostKind kind, Money amount, std::string label = {}) {
    CostItem c;
    c.id = std::move(id);
    c.kind = kind;
    c.amount = amount;
    c.in_price = false;
    c.label = std::move(label);
    return c;
}

// FOB USD 40,000 into the EU (CIF basis) at 0.92 EUR per USD:
// 40,000 + 1,000 + 2,500 + 3,000 + 200 = USD 46,700 -> EUR 42,964.
ValuationFacts shanghai() {
    ValuationFacts f;
    f.price = usd("40000");
    f.incoterm = Incoterm::FOB;
    f.incoterm_place = "Shanghai";
    f.national = EUR;
    f.rates = {{USD, Decimal::parse("0.92")}};
    CostItem moulds = cost("moulds", CostKind::assist_tools, usd("10000"), "moulds");
    moulds.lot_quantity = Decimal(1000);
    moulds.total_quantity = Decimal(4000);
    f.costs = {
        cost("agent", CostKind::buying_commission, usd("1200")),
        cost("selling", CostKind::selling_commission, usd("1000")),
        moulds,
        cost("freight", CostKind::main_freight, usd("3000"), "ocean freight"),
        cost("insurance", CostKind::insurance, usd("200")),
        cost("trucking", CostKind::post_import_transport, usd("450"), "trucking port to warehouse"),
    };
    return f;
}

void set_line(ValueWorksheet& w, const std::string& id, WorksheetAction a, Money amount) {
    w.lines.erase(std::remove_if(w.lines.begin(), w.lines.end(), [&](const WorksheetLine& l) { return l.id == id; }),
                  w.lines.end());
    w.lines.push_back({id, a, amount});
}

bool has_line(const Grade& g, Verdict v, const std::string& text, const std::string& rule) {
    for (const auto& l : g.feedback)
        if (l.verdict == v && l.text == text && l.rule == rule) return true;
    return false;
}

std::string dump(const Grade& g) {
    std::string s;
    for (const auto& l : g.feedback) s += std::string(verdict_name(l.verdict)) + " | " + l.text + " | " + l.rule + "\n";
    return s;
}
}  // namespace

TEST_SUITE("core") {

TEST_CASE("a perfect worksheet earns full marks and every line is judged correct") {
    const ValuationFacts f = shanghai();
    const ValuationResult key = value_consignment(f);
    CHECK(key.value == eur("42964"));
    const ValueWorksheet w = perfect_worksheet(f, key);
    CHECK(w.lines.size() == 4);
    CHECK(*w.rate == Decimal::parse("0.92"));
    Grade g = grade_value(f, w);
    CAPTURE(dump(g));
    CHECK(g.max == doctest::Approx(12.0));  // method 2, base 1, six costs 1 each, conversion 1, total 2
    CHECK(g.full_marks());
    for (const auto& l : g.feedback) CHECK(l.verdict == Verdict::correct);
    CHECK(has_line(g, Verdict::correct,
                   "Rightly left out: the buying commission of USD 1,200; buying commissions are not part of the "
                   "customs value.",
                   "CVA Art. 8.1(a)(i)"));
}

TEST_CASE("each trap costs its points and is named with its rule") {
    struct Row {
        const char* name;
        std::function<void(ValueWorksheet&)> change;
        double score;
        Verdict verdict;
        const char* text;
        const char* rule;
    };
    const std::vector<Row> rows = {
        {"buying commission added",
         [](ValueWorksheet& w) {
             set_line(w, "agent", WorksheetAction::add, usd("1200"));
             w.total = eur("44068");
         },
         9.0, Verdict::wrong,
         "The buying commission of USD 1,200 was added; buying commissions are not part of the customs value, CVA "
         "Art. 8.1(a)(i).",
         "CVA Art. 8.1(a)(i)"},
        {"moulds added in full instead of this lot's share",
         [](ValueWorksheet& w) {
             set_line(w, "moulds", WorksheetAction::add, usd("10000"));
             w.total = eur("49864");
         },
         9.5, Verdict::partial,
         "Wrong amount for the moulds: USD 10,000 was added; the amount is USD 2,500 (this lot's share: USD 10,000 × "
         "1,000 / 4,000), CVA Art. 8.1(b)(ii).",
         "CVA Art. 8.1(b)(ii)"},
        {"freight missed",
         [](ValueWorksheet& w) {
             std::erase_if(w.lines, [](const WorksheetLine& l) { return l.id == "freight"; });
             w.total = eur("40204");
         },
         9.0, Verdict::wrong,
         "Missed addition: the ocean freight of USD 3,000 must be added; freight to the place of importation is "
         "added on a CIF basis, CVA Art. 8.2(a).",
         "CVA Art. 8.2(a)"},
        {"selling commission deducted",
         [](ValueWorksheet& w) {
             set_line(w, "selling", WorksheetAction::deduct, usd("1000"));
             w.total = eur("41124");
         },
         9.0, Verdict::wrong,
         "The selling commission of USD 1,000 was deducted, but it must be added: selling commissions borne by the "
         "buyer are added to the price, CVA Art. 8.1(a)(i).",
         "CVA Art. 8.1(a)(i)"},
        {"post-importation trucking deducted although never in the price",
         [](ValueWorksheet& w) {
             set_line(w, "trucking", WorksheetAction::deduct, usd("450"));
             w.total = eur("42550");
         },
         9.0, Verdict::wrong,
         "The trucking port to warehouse of USD 450 was deducted, but it is not in the price, so there is nothing "
         "to take out; transport after importation is not part of the customs value when shown separately, CVA "
         "Note to Art. 1, para. 3(b).",
         "CVA Note to Art. 1, para. 3(b)"},
        {"post-importation trucking added",
         [](ValueWorksheet& w) {
             set_line(w, "trucking", WorksheetAction::add, usd("450"));
             w.total = eur("43378");
         },
         9.0, Verdict::wrong,
         "The trucking port to warehouse of USD 450 was added; transport after importation is not part of the "
         "customs value when shown separately, CVA Note to Art. 1, para. 3(b).",
         "CVA Note to Art. 1, para. 3(b)"},
        {"bank rate instead of the official rate",
         [](ValueWorksheet& w) {
             w.rate = Decimal::parse("0.95");
             w.total = eur("44365");
         },
         9.0, Verdict::wrong,
         "Converted at 0.95; the officially published rate, 0.92 EUR per USD, applies, not a bank's payment rate.",
         "CVA Art. 9"},
        {"rate inverted",
         [](ValueWorksheet& w) {
             w.rate = Decimal::parse("1.087");
             w.total = eur("50762.90");
         },
         9.0, Verdict::wrong, "The rate was inverted: 1.087 is USD per EUR; the official rate is 0.92 EUR per USD.",
         "CVA Art. 9"},
        {"total off by a rounding difference within tolerance",
         [](ValueWorksheet& w) { w.total = eur("42964.50"); }, 12.0, Verdict::correct, "Customs value EUR 42,964.",
         "CVA Art. 1"},
        {"total wrong by more than the tolerance", [](ValueWorksheet& w) { w.total = eur("42966"); }, 10.0,
         Verdict::wrong, "The total EUR 42,966 is above the customs value EUR 42,964 by EUR 2.", "CVA Art. 1"},
        {"total left in dollars", [](ValueWorksheet& w) { w.total = usd("46700"); }, 10.0, Verdict::wrong,
         "The total is in USD; the customs value is declared in EUR: EUR 42,964, CVA Art. 9.", "CVA Art. 9"},
        {"base taken as a CIF figure",
         [](ValueWorksheet& w) { w.base = usd("43200"); }, 11.0, Verdict::wrong,
         "The worksheet starts from USD 43,200; the value starts from the price actually paid or payable, USD "
         "40,000 FOB Shanghai.",
         "CVA Art. 1"},
        {"method wrong",
         [](ValueWorksheet& w) { w.method = Method::identical_goods; }, 10.0, Verdict::wrong,
         "The transaction value of identical goods (CVA Art. 2) was chosen, but the transaction value applies: a "
         "sale for export with no restriction, unquantifiable condition or unquantifiable proceeds, between "
         "unrelated parties.",
         "CVA Art. 1"},
        {"no method", [](ValueWorksheet& w) { w.method.reset(); }, 10.0, Verdict::wrong,
         "No method was chosen; the transaction value (CVA Art. 1) applies.", "CVA Art. 1"},
        {"a cost that is not on the documents", [](ValueWorksheet& w) { set_line(w, "bribe", WorksheetAction::add, usd("1")); },
         12.0, Verdict::wrong, "\"bribe\" is not one of this consignment's costs; it was not scored.", ""},
        {"an addition entered in euros", [](ValueWorksheet& w) { set_line(w, "insurance", WorksheetAction::add, eur("184")); },
         11.0, Verdict::wrong,
         "The insurance was entered in another currency; enter it as the documents give it, in USD, and convert the "
         "total once, CVA Art. 9.",
         "CVA Art. 8.2(c)"},
    };
    const ValuationFacts f = shanghai();
    const ValuationResult key = value_consignment(f);
    for (const auto& row : rows) {
        CAPTURE(row.name);
        ValueWorksheet w = perfect_worksheet(f, key);
        row.change(w);
        Grade g = grade_value(f, key, w);
        CAPTURE(dump(g));
        CHECK(g.max == doctest::Approx(12.0));
        CHECK(g.score == doctest::Approx(row.score));
        CHECK(has_line(g, row.verdict, row.text, row.rule));
    }
}

TEST_CASE("a blank worksheet scores nothing out of the same maximum") {
    const ValuationFacts f = shanghai();
    Grade g = grade_value(f, ValueWorksheet{});
    CHECK(g.score == 0.0);
    CHECK(g.max == doctest::Approx(12.0));
    REQUIRE(g.feedback.size() == 1);
    CHECK(g.feedback[0].text == "The worksheet is empty; the customs value is EUR 42,964 by the transaction value "
                                "(CVA Art. 1).");
}

TEST_CASE("costs already in the price, hidden in it, or deductible are graded both ways") {
    // A DAP price of EUR 50,000 with freight (in the DAP price), onward trucking shown separately
    // in it, interest hidden in it, and a 2% cash discount granted on top.
    ValuationFacts f;
    f.price = eur("50000");
    f.incoterm = Incoterm::DAP;
    f.national = EUR;
    CostItem freight = cost("freight", CostKind::main_freight, eur("2000"));
    freight.in_price.reset();
    CostItem onward = cost("onward", CostKind::post_import_transport, eur("600"), "onward trucking");
    onward.in_price.reset();
    CostItem interest = cost("interest", CostKind::financing_interest, eur("300"));
    interest.in_price = true;
    interest.shown_separately = false;
    CostItem discount = cost("discount", CostKind::discount, eur("1000"), "cash discount");
    f.costs = {freight, onward, interest, discount};
    const ValuationResult key = value_consignment(f);
    CHECK(key.value == eur("48400"));

    struct Row { const char* name; std::function<void(ValueWorksheet&)> change; double score; Verdict v; const char* text; };
    const std::vector<Row> rows = {
        {"perfect", [](ValueWorksheet&) {}, 9.0, Verdict::correct,
         "Rightly not added again: the main freight of EUR 2,000 is already in the price."},
        {"freight added again",
         [](ValueWorksheet& w) {
             set_line(w, "freight", WorksheetAction::add, eur("2000"));
             w.total = eur("50400");
         },
         6.0, Verdict::wrong,
         "The main freight of EUR 2,000 was added, but it is already in the DAP price; adding it counts it twice, "
         "CVA Art. 8.2(a)."},
        {"onward trucking left in",
         [](ValueWorksheet& w) {
             std::erase_if(w.lines, [](const WorksheetLine& l) { return l.id == "onward"; });
             w.total = eur("49000");
         },
         6.0, Verdict::wrong,
         "Missed deduction: the onward trucking of EUR 600 must be taken out of the price; transport after "
         "importation is not part of the customs value when shown separately, CVA Note to Art. 1, para. 3(b)."},
        {"hidden interest deducted",
         [](ValueWorksheet& w) {
             set_line(w, "interest", WorksheetAction::deduct, eur("300"));
             w.total = eur("48100");
         },
         6.0, Verdict::wrong,
         "The financing interest of EUR 300 was deducted, but it is not shown separately from the price, so it "
         "cannot be taken out; interest under a genuine financing arrangement is not part of the customs value when "
         "shown separately, CVA Decision 3.1 (interest charges)."},
        {"discount missed",
         [](ValueWorksheet& w) {
             std::erase_if(w.lines, [](const WorksheetLine& l) { return l.id == "discount"; });
             w.total = eur("49400");
         },
         6.0, Verdict::wrong,
         "Missed deduction: the cash discount of EUR 1,000 must be taken out of the price; discounts actually "
         "granted reduce the price actually paid or payable, CVA Art. 1 (price actually paid or payable)."},
        {"discount wrong amount",
         [](ValueWorksheet& w) {
             set_line(w, "discount", WorksheetAction::deduct, eur("100"));
             w.total = eur("49300");
         },
         6.5, Verdict::partial,
         "Wrong amount for the cash discount: EUR 100 was deducted; the amount is EUR 1,000, CVA Art. 1 (price "
         "actually paid or payable)."},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        ValueWorksheet w = perfect_worksheet(f, key);
        row.change(w);
        Grade g = grade_value(f, key, w);
        CAPTURE(dump(g));
        CHECK(g.max == doctest::Approx(9.0));  // method 2, base 1, four costs, total 2; no conversion
        CHECK(g.score == doctest::Approx(row.score));
        bool found = false;
        for (const auto& l : g.feedback) found = found || (l.verdict == row.v && l.text == row.text);
        CHECK(found);
    }
}

TEST_CASE("when another method applies, the method and the total are what count") {
    ValuationFacts f = shanghai();
    f.circumstances.relationship = Relationship::one_controls_other;
    f.circumstances.relationship_influenced_price = true;
    f.other_methods.identical_values = {eur("43000"), eur("42500")};
    f.other_methods.similar_values = {eur("41000")};
    const ValuationResult key = value_consignment(f);
    REQUIRE(key.method == Method::identical_goods);

    struct Row { const char* name; ValueWorksheet w; double score; Verdict v; const char* text; const char* rule; };
    ValueWorksheet right;
    right.method = Method::identical_goods;
    right.total = eur("42500");
    ValueWorksheet art1 = perfect_worksheet(shanghai(), value_consignment(shanghai()));
    ValueWorksheet similar = right;
    similar.method = Method::similar_goods;
    similar.total = eur("41000");
    ValueWorksheet highest = right;
    highest.total = eur("43000");
    const std::vector<Row> rows = {
        {"right", right, 4.0, Verdict::correct, "Customs value EUR 42,500.", "CVA Art. 2"},
        {"transaction value despite the relationship", art1, 0.0, Verdict::wrong,
         "Transaction value cannot be used: buyer and seller are related (one controls the other, Art. 15.4(e)) "
         "and the relationship influenced the price. The transaction value of identical goods (CVA Art. 2) applies.",
         "CVA Art. 1.1(d), 1.2(a)"},
        {"similar goods before identical goods", similar, 0.0, Verdict::wrong,
         "The transaction value of similar goods (CVA Art. 3) was chosen, but the methods are applied in order and "
         "the transaction value of identical goods (CVA Art. 2) can be used first.",
         "CVA Art. 2"},
        {"the higher identical value", highest, 2.0, Verdict::wrong,
         "The total EUR 43,000 is above the customs value EUR 42,500 by EUR 500.", "CVA Art. 2"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        Grade g = grade_value(f, key, row.w);
        CAPTURE(dump(g));
        CHECK(g.max == doctest::Approx(4.0));
        CHECK(g.score == doctest::Approx(row.score));
        CHECK(has_line(g, row.v, row.text, row.rule));
    }
    Grade g = grade_value(f, key, art1);
    CHECK(has_line(g, Verdict::info,
                   "Art. 8 adjustments apply to the transaction value only; the lines given were not scored.",
                   "CVA Art. 8"));
}

TEST_CASE("the Art. 4 order swap is named when deductive and computed are confused") {
    ValuationFacts f;
    f.price = eur("10000");
    f.incoterm = Incoterm::CIF;
    f.national = EUR;
    f.circumstances.unquantifiable_condition = true;
    f.other_methods.deductive = DeductiveData{eur("50"), eur("10"), eur("2"), eur("3"), Decimal(200)};
    f.other_methods.computed = ComputedData{eur("5000"), eur("1000"), eur("500")};
    f.other_methods.computed_before_deductive = true;
    ValueWorksheet w;
    w.method = Method::deductive;
    w.total = eur("7000");
    Grade g = grade_value(f, w);
    CAPTURE(dump(g));
    CHECK(g.score == 0.0);
    CHECK(g.feedback[0].rule == "CVA Art. 4");
}

TEST_CASE("worksheet action names round-trip") {
    CHECK(worksheet_action_from_name(worksheet_action_name(WorksheetAction::add)) == WorksheetAction::add);
    CHECK(worksheet_action_from_name("deduct") == WorksheetAction::deduct);
    CHECK_FALSE(worksheet_action_from_name("ignore").has_value());
}

}  // TEST_SUITE
