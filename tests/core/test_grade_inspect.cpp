#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/grade_inspect.h"

using namespace clearance::core;

namespace {

// Three findings on a shoe consignment: a quantity conflict between two documents, a weight
// conflict, and a counterfeit mark; 20 other fields are fine.
InspectKey shoe_key() {
    InspectKey k;
    k.findings = {
        {{"invoice.lines[2].quantity", "packing_list.lines[2].quantity"},
         "the invoice says 1,200 pairs, the packing list 1,020",
         "documents must agree"},
        {{"bill_of_lading.gross_weight", "packing_list.gross_weight"},
         "gross weight 2,400 kg on the bill of lading, 1,900 kg on the packing list",
         "documents must agree"},
        {{"goods.logo"}, "the logo reads \"Adibas\"", "TRIPS Art. 51"},
    };
    k.decoys = {{"invoice.incoterm", "FOB is a normal term for sea freight", "Incoterms 2020"}};
    k.fine_field_count = 20;
    return k;
}

bool has_line(const Grade& g, Verdict v, const std::string& text, const std::string& rule = {}) {
    for (const auto& l : g.feedback) {
        if (l.verdict == v && l.text.find(text) != std::string::npos && (rule.empty() || l.rule == rule)) {
            return true;
        }
    }
    return false;
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("inspect scores hits, misses and false alarms") {
    struct Case {
        const char* name;
        std::vector<std::string> flagged;
        double score;
        int hits, misses, false_alarms;
    };
    const Case cases[] = {
        {"everything found", {"invoice.lines[2].quantity", "bill_of_lading.gross_weight", "goods.logo"}, 3.0, 3, 0, 0},
        {"either side of a conflict finds it", {"packing_list.lines[2].quantity", "packing_list.gross_weight", "goods.logo"}, 3.0, 3, 0, 0},
        {"both sides of one conflict count once", {"invoice.lines[2].quantity", "packing_list.lines[2].quantity"}, 1.0, 1, 2, 0},
        {"a miss earns nothing", {"goods.logo", "invoice.lines[2].quantity"}, 2.0, 2, 1, 0},
        {"a false alarm costs half a finding", {"goods.logo", "invoice.date"}, 0.5, 1, 2, 1},
        {"repeated and padded flags count once", {" goods.logo ", "goods.logo", "invoice.date", "invoice.date"}, 0.5, 1, 2, 1},
        {"nothing flagged", {}, 0.0, 0, 3, 0},
        {"the score never goes below zero", {"a", "b", "c", "goods.logo"}, 0.0, 1, 2, 3},
        {"all found with one false alarm", {"invoice.lines[2].quantity", "bill_of_lading.gross_weight", "goods.logo", "invoice.incoterm"}, 2.5, 3, 0, 1},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        InspectAnswer a{c.flagged};
        Grade g = grade_inspect(shoe_key(), a);
        CHECK(g.max == doctest::Approx(3.0));
        CHECK(g.score == doctest::Approx(c.score));
        SignalCounts s = count_signals(shoe_key(), a);
        CHECK(s.hits == c.hits);
        CHECK(s.misses == c.misses);
        CHECK(s.false_alarms == c.false_alarms);
        CHECK(s.correct_rejections == 20 - c.false_alarms);
    }
}

TEST_CASE("inspect feedback names the rule of each finding and explains false alarms") {
    Grade g = grade_inspect(shoe_key(), InspectAnswer{{"goods.logo", "invoice.incoterm", "invoice.date"}});
    CHECK(has_line(g, Verdict::correct, "Found: the logo reads", "TRIPS Art. 51"));
    CHECK(has_line(g, Verdict::wrong, "Missed: the invoice says 1,200 pairs", "documents must agree"));
    CHECK(has_line(g, Verdict::wrong, "invoice.lines[2].quantity vs packing_list.lines[2].quantity"));
    CHECK(has_line(g, Verdict::wrong, "False alarm on invoice.incoterm: FOB is a normal term", "Incoterms 2020"));
    CHECK(has_line(g, Verdict::wrong, "False alarm on invoice.date: this field agrees"));
    CHECK(has_line(g, Verdict::info, "Precision 33% (1 of 3 flags right), recall 33% (1 of 3 findings)"));
    CHECK(has_line(g, Verdict::info, "d' "));
}

TEST_CASE("a clean consignment rewards flagging nothing") {
    InspectKey k;
    k.fine_field_count = 10;
    struct Case {
        std::vector<std::string> flagged;
        double score;
    };
    const Case cases[] = {{{}, 1.0}, {{"invoice.date"}, 0.5}, {{"invoice.date", "invoice.total"}, 0.0},
                          {{"a", "b", "c"}, 0.0}};
    for (const auto& c : cases) {
        CAPTURE(c.flagged.size());
        Grade g = grade_inspect(k, InspectAnswer{c.flagged});
        CHECK(g.max == doctest::Approx(1.0));
        CHECK(g.score == doctest::Approx(c.score));
    }
    CHECK(has_line(grade_inspect(k, InspectAnswer{}), Verdict::correct, "Nothing was wrong"));
}

TEST_CASE("points per finding and false-alarm cost come from the key") {
    InspectKey k = shoe_key();
    k.points_per_finding = 2.0;
    k.false_alarm_cost = 1.0;
    Grade g = grade_inspect(k, InspectAnswer{{"goods.logo", "packing_list.gross_weight", "invoice.date"}});
    CHECK(g.max == doctest::Approx(6.0));
    CHECK(g.score == doctest::Approx(2.0));  // (2 hits - 1 false alarm) x 2 points
}

TEST_CASE("precision and recall follow their definitions") {
    struct Case {
        SignalCounts c;
        std::optional<double> precision, recall;
    };
    const Case cases[] = {
        {{3, 1, 1, 15}, 0.75, 0.75},
        {{0, 2, 0, 5}, std::nullopt, 0.0},
        {{0, 0, 2, 5}, 0.0, std::nullopt},
        {{4, 0, 0, 0}, 1.0, 1.0},
    };
    for (const auto& k : cases) {
        CAPTURE(k.c.hits);
        CHECK(precision(k.c).has_value() == k.precision.has_value());
        if (k.precision) CHECK(*precision(k.c) == doctest::Approx(*k.precision));
        CHECK(recall(k.c).has_value() == k.recall.has_value());
        if (k.recall) CHECK(*recall(k.c) == doctest::Approx(*k.recall));
    }
}

TEST_CASE("the inverse normal distribution matches known quantiles") {
    struct Case {
        double p, z;
    };
    const Case cases[] = {{0.5, 0.0},        {0.975, 1.959963985}, {0.025, -1.959963985},
                          {0.8413447461, 1.0}, {0.001, -3.090232306}, {0.999, 3.090232306},
                          {0.7, 0.5244005127}};
    for (const auto& c : cases) {
        CAPTURE(c.p);
        CHECK(inverse_normal_cdf(c.p) == doctest::Approx(c.z).epsilon(1e-8));
    }
}

TEST_CASE("d-prime uses the log-linear correction so perfect rates stay finite") {
    struct Case {
        SignalCounts c;
        double d;
    };
    // H = (h + 0.5) / (h + m + 1), F = (f + 0.5) / (f + cr + 1), d' = z(H) - z(F).
    const Case cases[] = {
        {{3, 1, 1, 15}, 0.5244005127 - inverse_normal_cdf(1.5 / 17.0)},  // H = 0.7
        {{5, 0, 0, 20}, inverse_normal_cdf(5.5 / 6.0) - inverse_normal_cdf(0.5 / 21.0)},
        {{2, 2, 2, 2}, 0.0},  // chance
        {{0, 4, 4, 0}, inverse_normal_cdf(0.1) - inverse_normal_cdf(0.9)},  // worse than chance
    };
    for (const auto& k : cases) {
        CAPTURE(k.c.hits);
        auto d = d_prime(k.c);
        REQUIRE(d.has_value());
        CHECK(std::isfinite(*d));
        CHECK(*d == doctest::Approx(k.d).epsilon(1e-9));
    }
    CHECK(*d_prime({5, 0, 0, 20}) > 3.0);
    CHECK(*d_prime({0, 4, 4, 0}) < 0.0);
    CHECK_FALSE(d_prime({0, 0, 1, 4}).has_value());  // no signal trials
    CHECK_FALSE(d_prime({2, 1, 0, 0}).has_value());  // no noise trials
}

TEST_CASE("signal counts add up across steps") {
    SignalCounts total;
    total += count_signals(shoe_key(), InspectAnswer{{"goods.logo"}});
    total += count_signals(shoe_key(), InspectAnswer{{"goods.logo", "invoice.date"}});
    CHECK(total.hits == 2);
    CHECK(total.misses == 4);
    CHECK(total.false_alarms == 1);
    CHECK(total.correct_rejections == 39);
}

TEST_CASE("flag fraction is clamped to the unit interval") {
    CHECK(flag_fraction(3, 3, 0, 0.5) == doctest::Approx(1.0));
    CHECK(flag_fraction(2, 4, 1, 0.5) == doctest::Approx(0.375));
    CHECK(flag_fraction(0, 2, 3, 0.5) == doctest::Approx(0.0));
    CHECK(flag_fraction(0, 0, 0, 0.5) == doctest::Approx(1.0));
    CHECK(flag_fraction(0, 0, 1, 0.5) == doctest::Approx(0.5));
}

}  // TEST_SUITE
