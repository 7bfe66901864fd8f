#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/grade_risk.h"

using namespace clearance::core;

namespace {

RiskKey undervaluation_key() {
    RiskKey k;
    k.channel = Channel::red;
    k.indicators = {{"price_below_reference", "USD 2.10 a pair against a reference of USD 9.00"},
                    {"new_importer", "first declaration by this importer"}};
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

TEST_CASE("missing a real risk costs more than a needless control of the same distance") {
    const Channel order[] = {Channel::green, Channel::blue, Channel::yellow, Channel::red};
    for (int due = 0; due < 4; ++due) {
        CHECK(channel_cost(order[due], order[due]) == 0.0);
        for (int d = 1; due - d >= 0 && due + d < 4; ++d) {
            CAPTURE(due);
            CAPTURE(d);
            CHECK(channel_cost(order[due], order[due - d]) > channel_cost(order[due], order[due + d]));
        }
    }
    // The extremes of the table.
    CHECK(channel_cost(Channel::red, Channel::green) == 1.0);
    CHECK(channel_cost(Channel::green, Channel::red) == 0.5);
}

TEST_CASE("risk grades the channel with the asymmetric cost table") {
    struct Case {
        Channel due, chosen;
        double channel_points;
        Verdict verdict;
    };
    const Case cases[] = {
        {Channel::red, Channel::red, 6.0, Verdict::correct},
        {Channel::red, Channel::yellow, 3.0, Verdict::partial},
        {Channel::red, Channel::blue, 1.5, Verdict::partial},
        {Channel::red, Channel::green, 0.0, Verdict::wrong},
        {Channel::green, Channel::red, 3.0, Verdict::partial},
        {Channel::green, Channel::yellow, 4.5, Verdict::partial},
        {Channel::yellow, Channel::green, 1.5, Verdict::partial},
        {Channel::yellow, Channel::red, 4.5, Verdict::partial},
        {Channel::blue, Channel::green, 3.0, Verdict::partial},
    };
    for (const auto& c : cases) {
        CAPTURE(channel_id(c.due));
        CAPTURE(channel_id(c.chosen));
        RiskKey k;
        k.channel = c.due;
        Grade g = grade_risk(k, RiskAnswer{c.chosen, {}});
        CHECK(g.max == doctest::Approx(10.0));
        // With no key indicator and none named, the indicator part is whole (4 points).
        CHECK(g.score == doctest::Approx(c.channel_points + 4.0));
        REQUIRE_FALSE(g.feedback.empty());
        CHECK(g.feedback[0].verdict == c.verdict);
        CHECK(g.feedback[0].rule == "WCO SAFE Framework, risk management: selectivity");
    }
}

TEST_CASE("risk grades indicators as hits and false alarms") {
    struct Case {
        const char* name;
        std::vector<std::string> named;
        double indicator_points;
    };
    const Case cases[] = {
        {"both named", {"price_below_reference", "new_importer"}, 4.0},
        {"one named", {"new_importer"}, 2.0},
        {"one named and one false alarm", {"new_importer", "cash_payment"}, 1.0},
        {"both named and one false alarm", {"price_below_reference", "new_importer", "aeo_certified"}, 3.0},
        {"only false alarms", {"cash_payment", "split_shipment"}, 0.0},
        {"nothing named", {}, 0.0},
        {"repeats count once", {"new_importer", "new_importer", " new_importer"}, 2.0},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        Grade g = grade_risk(undervaluation_key(), RiskAnswer{Channel::red, c.named});
        CHECK(g.score == doctest::Approx(6.0 + c.indicator_points));
    }
}

TEST_CASE("risk feedback explains each indicator and the direction of a channel error") {
    Grade g = grade_risk(undervaluation_key(), RiskAnswer{Channel::green, {"new_importer", "cash_payment"}});
    CHECK(has_line(g, Verdict::wrong, "a real risk would go unchecked"));
    CHECK(has_line(g, Verdict::correct, "Indicator new_importer applies",
                   "risk indicator: new importer with no history"));
    CHECK(has_line(g, Verdict::wrong, "Indicator price_below_reference was missed: USD 2.10 a pair",
                   "risk indicator: price far below the reference price"));
    CHECK(has_line(g, Verdict::wrong, "Indicator cash_payment does not apply"));

    RiskKey k;
    k.channel = Channel::green;
    Grade over = grade_risk(k, RiskAnswer{Channel::red, {}});
    CHECK(has_line(over, Verdict::partial, "a needless control delays a trader"));
}

TEST_CASE("the risk engine's assessment makes a key a perfect answer scores in full") {
    RiskFacts f;
    f.importer_prior_declarations = 0;
    f.flags = {Indicator::origin_without_industry, Indicator::unusual_routing};
    RiskAssessment a = assess_risk(f);
    RiskKey k = risk_key_from(a);
    CHECK(k.channel == Channel::red);
    REQUIRE(k.indicators.size() == 3);
    CHECK(k.indicators[0].id == "new_importer");

    RiskAnswer perfect{a.channel, {}};
    for (const auto& c : a.contributions) perfect.indicators.emplace_back(indicator_id(c.indicator));
    CHECK(grade_risk(k, perfect).full_marks());
    RiskAnswer partial{Channel::yellow, {"unusual_routing"}};
    CHECK_FALSE(grade_risk(k, partial).full_marks());
}

TEST_CASE("author-defined indicator ids are graded like built-in ones") {
    RiskKey k;
    k.channel = Channel::yellow;
    k.indicators = {{"consignee_address_is_a_flat", "a residential flat receives 40 pallets"}};
    Grade g = grade_risk(k, RiskAnswer{Channel::yellow, {"consignee_address_is_a_flat"}});
    CHECK(g.full_marks());
    CHECK(has_line(g, Verdict::correct, "applies", "risk indicator: consignee_address_is_a_flat"));
}

}  // TEST_SUITE
