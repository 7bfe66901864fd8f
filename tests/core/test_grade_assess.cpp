// Assess grader: the primer's whisky assessment answered right, with each common slip, and the
// duty kinds' traps; every line shows the working.
#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include "core/grade_assess.h"

using namespace clearance::core;

namespace {
const Currency EUR = Currency::of("EUR");

Money eur(const char* s) { return Money::parse(s, EUR); }
Decimal dec(const char* s) { return Decimal::parse(s); }

TaxFacts whisky() {
    TaxFacts f;
    f.customs_value = eur("6300");
    f.quantities.items = dec("600");
    f.quantities.litres_per_item = dec("0.7");
    f.quantities.alcohol_strength = dec("0.40");
    f.duty = DutyRate{DutyKind::ad_valorem, dec("2%"), {}};
    f.excise.kind = ExciseKind::specific;
    f.excise.specific = SpecificRate{eur("30"), Decimal(1), Unit::litre_pure_alcohol};
    f.vat_rate = dec("20%");
    return f;
}

AssessAnswer answer(const char* duty, const char* excise, const char* vat, const char* total) {
    AssessAnswer a;
    if (duty) a.duty = eur(duty);
    if (excise) a.excise = eur(excise);
    if (vat) a.vat = eur(vat);
    if (total) a.total = eur(total);
    return a;
}

bool has_line(const Grade& g, Verdict v, const std::string& text) {
    for (const auto& l : g.feedback)
        if (l.verdict == v && l.text == text) return true;
    return false;
}

std::string dump(const Grade& g) {
    std::string s;
    for (const auto& l : g.feedback) s += std::string(verdict_name(l.verdict)) + " | " + l.text + " | " + l.rule + "\n";
    return s;
}

const char* kDutyText = "Duty: 0.02 × 6,300 = EUR 126.";
const char* kExciseWorking = "168 × 30 = EUR 5,040 (pure alcohol 600 × 0.7 × 0.40 = 168 l)";
const char* kVatWorking = "0.20 × 11,466 = EUR 2,293.20, on the base 6,300 + 126 + 5,040";
const char* kTotalWorking = "126 + 5,040 + 2,293.20 = EUR 7,459.20";
}  // namespace

TEST_SUITE("core") {

TEST_CASE("the primer's whisky assessment answered right earns full marks with the working shown") {
    const TaxFacts f = whisky();
    Grade g = grade_assess(f, perfect_assessment(assess_taxes(f)));
    CAPTURE(dump(g));
    CHECK(g.max == doctest::Approx(7.0));  // duty 2, excise 2, VAT 2, total 1
    CHECK(g.full_marks());
    REQUIRE(g.feedback.size() == 4);
    CHECK(g.feedback[0].text == kDutyText);
    CHECK(g.feedback[0].rule == "ad valorem duty: rate × customs value");
    CHECK(g.feedback[1].text == std::string("Excise: ") + kExciseWorking + ".");
    CHECK(g.feedback[2].text == std::string("VAT: ") + kVatWorking + ".");
    CHECK(g.feedback[2].rule == "import VAT base: customs value + duty + excise + other charges");
    CHECK(g.feedback[3].text == std::string("Total collected: ") + kTotalWorking + ".");
}

TEST_CASE("each slip in the whisky assessment costs its points and is explained") {
    struct Row { const char* name; AssessAnswer a; double score; Verdict v; std::string text; };
    const std::vector<Row> rows = {
        {"VAT on the customs value alone", answer("126", "5040", "1260", "6426"), 4.5, Verdict::wrong,
         std::string("VAT was charged on the customs value alone; the base adds the duty, excise and other import "
                     "charges; it is ") + kVatWorking + "."},
        {"the total follows from that VAT", answer("126", "5040", "1260", "6426"), 4.5, Verdict::partial,
         std::string("The total adds up your own figures correctly (EUR 6,426); with the right figures it is ") +
             kTotalWorking + "."},
        {"excise on the volume", answer("126", "12600", "3805.20", "16531.20"), 3.5, Verdict::wrong,
         std::string("Excise was charged on the volume, 420 l, not on the pure alcohol, 168 l; it is ") +
             kExciseWorking + "."},
        {"VAT carried forward from the wrong excise", answer("126", "12600", "3805.20", "16531.20"), 3.5,
         Verdict::partial,
         std::string("VAT follows correctly from your own duty and excise (0.20 × 19,026 = EUR 3,805.20); with the "
                     "right figures it is ") + kVatWorking + "."},
        {"excise left out of the VAT base", answer("126", "5040", "1285.20", "6451.20"), 4.5, Verdict::wrong,
         std::string("The excise was left out of the VAT base; it is ") + kVatWorking + "."},
        {"duty left out of the VAT base", answer("126", "5040", "2268", "7434"), 4.5, Verdict::wrong,
         std::string("The duty was left out of the VAT base; it is ") + kVatWorking + "."},
        {"VAT left out of the total", answer("126", "5040", "2293.20", "5166"), 6.0, Verdict::wrong,
         std::string("VAT was left out of the total collected; it is ") + kTotalWorking + "."},
        {"customs value counted in the total", answer("126", "5040", "2293.20", "13759.20"), 6.0, Verdict::wrong,
         std::string("The total includes the customs value; only duty, excise, other charges and VAT are collected; "
                     "it is ") + kTotalWorking + "."},
        {"a typo in the duty", answer("136", "5040", "2293.20", "7459.20"), 5.0, Verdict::wrong,
         "Duty: EUR 136 was entered; it is 0.02 × 6,300 = EUR 126."},
        {"a cent of rounding is tolerated", answer("126", "5040", "2293.21", "7459.21"), 7.0, Verdict::correct,
         std::string("VAT: ") + kVatWorking + "."},
        {"amounts left blank", answer("126", nullptr, nullptr, nullptr), 2.0, Verdict::wrong,
         std::string("No excise was given; it is ") + kExciseWorking + "."},
        {"an amount in another currency", [] {
             AssessAnswer a = answer(nullptr, "5040", "2293.20", "7459.20");
             a.duty = Money::parse("USD 126");
             return a;
         }(),
         5.0, Verdict::wrong, "Duty was given in USD; it is 0.02 × 6,300 = EUR 126."},
    };
    const TaxFacts f = whisky();
    const Assessment key = assess_taxes(f);
    for (const auto& row : rows) {
        CAPTURE(row.name);
        Grade g = grade_assess(f, key, row.a);
        CAPTURE(dump(g));
        CHECK(g.max == doctest::Approx(7.0));
        CHECK(g.score == doctest::Approx(row.score));
        CHECK(has_line(g, row.v, row.text));
    }
}

TEST_CASE("compound and alternative duties name the half-done or lower duty") {
    struct Row { const char* name; DutyKind kind; const char* specific; const char* given; std::string text; };
    const std::vector<Row> rows = {
        {"compound: ad valorem part only", DutyKind::compound, "1", "500",
         "Only the ad valorem part of the compound duty was charged; it is 0.05 × 10,000 = 500 plus 1,500 × 1 = "
         "1,500, so EUR 2,000."},
        {"compound: specific part only", DutyKind::compound, "1", "1500",
         "Only the specific part of the compound duty was charged; it is 0.05 × 10,000 = 500 plus 1,500 × 1 = "
         "1,500, so EUR 2,000."},
        {"alternative: the lower one", DutyKind::higher_of, "0.50", "500",
         "The lower of the two alternatives was charged; it is the higher of 0.05 × 10,000 = 500 and 1,500 × 0.50 "
         "= 750, so EUR 750."},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        TaxFacts f;
        f.customs_value = eur("10000");
        f.quantities.net_kg = dec("1500");
        f.duty = DutyRate{row.kind, dec("5%"), SpecificRate{eur(row.specific), Decimal(1), Unit::kg}};
        Grade g = grade_assess(f, answer(row.given, nullptr, nullptr, row.given));
        CAPTURE(dump(g));
        CHECK(g.max == doctest::Approx(3.0));  // duty 2, total 1
        CHECK(g.score == doctest::Approx(0.5));  // the total follows from the wrong duty
        CHECK(has_line(g, Verdict::wrong, row.text));
        CHECK(grade_assess(f, perfect_assessment(assess_taxes(f))).full_marks());
    }
}

TEST_CASE("taxes the goods do not bear are neither scored nor accepted") {
    TaxFacts f;
    f.customs_value = eur("1000");
    f.vat_rate = dec("19%");
    Grade g = grade_assess(f, answer("0", "10", "190", "190"));
    CAPTURE(dump(g));
    CHECK(g.max == doctest::Approx(5.0));  // duty 2, VAT 2, total 1
    CHECK(g.score == doctest::Approx(5.0));
    CHECK(has_line(g, Verdict::correct, "Duty: none, the goods are duty-free."));
    CHECK(has_line(g, Verdict::wrong, "No excise applies to these goods."));
    Grade blank = grade_assess(f, AssessAnswer{});
    CHECK(blank.score == 0.0);
    CHECK(blank.max == doctest::Approx(5.0));
}

}  // TEST_SUITE
