#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/risk.h"

using namespace clearance::core;

namespace {

Money eur(std::int64_t cents) { return Money(Currency::of("EUR"), cents); }

bool trail_mentions(const RiskAssessment& a, const std::string& text) {
    for (const auto& line : a.trail) {
        if (line.find(text) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("indicators and channels round-trip through their ids") {
    for (std::size_t k = 0; k < indicator_count; ++k) {
        auto i = static_cast<Indicator>(k);
        CAPTURE(indicator_id(i));
        REQUIRE(parse_indicator(indicator_id(i)).has_value());
        CHECK(*parse_indicator(indicator_id(i)) == i);
        CHECK_FALSE(indicator_label(i).empty());
    }
    for (Channel c : {Channel::green, Channel::blue, Channel::yellow, Channel::red}) {
        CHECK(parse_channel(channel_id(c)) == c);
    }
    CHECK_FALSE(parse_indicator("sunspots").has_value());
    CHECK_FALSE(parse_channel("purple").has_value());
}

TEST_CASE("the standard profile routes indicator sets to the documented channels") {
    using I = Indicator;
    struct Case {
        const char* name;
        std::vector<Indicator> present;
        int score;
        Channel channel;
    };
    const Case cases[] = {
        {"nothing known", {}, 0, Channel::green},
        {"one weak indicator stays green", {I::cash_payment}, 10, Channel::green},
        {"a new importer alone stays green", {I::new_importer}, 15, Channel::green},
        {"one strong indicator reaches yellow", {I::price_below_reference}, 30, Channel::yellow},
        {"exactly the yellow threshold is yellow", {I::split_shipment}, 20, Channel::yellow},
        {"two strong indicators reach red", {I::price_below_reference, I::origin_without_industry}, 60, Channel::red},
        {"exactly the red threshold is red", {I::unusual_routing, I::documents_contradict}, 50, Channel::red},
        {"an intelligence hit alone is red", {I::intelligence_hit}, 80, Channel::red},
        {"an intelligence hit stays red for an AEO", {I::intelligence_hit, I::aeo_certified}, 60, Channel::red},
        {"AEO status brings one strong indicator back to green", {I::price_below_reference, I::aeo_certified}, 10, Channel::green},
        {"a good history lowers the score", {I::split_shipment, I::good_trader_history}, 10, Channel::green},
        {"duplicates count once", {I::unusual_routing, I::unusual_routing}, 25, Channel::yellow},
        {"transshipment pattern", {I::unusual_routing, I::origin_without_industry, I::new_importer}, 70, Channel::red},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        RiskAssessment a = assess_indicators(c.present);
        CHECK(a.score == c.score);
        CHECK(a.channel == c.channel);
    }
}

TEST_CASE("a random selection lifts a green declaration to the profile's control channel") {
    RiskAssessment a = assess_indicators({Indicator::random_selection});
    CHECK(a.score == 0);
    CHECK(a.channel == Channel::red);
    CHECK(trail_mentions(a, "random selection lifts green to red"));

    RiskProfile p = RiskProfile::standard();
    p.random_channel = Channel::yellow;
    CHECK(assess_indicators({Indicator::random_selection}, p).channel == Channel::yellow);
    // It never lowers a channel the score already raised.
    CHECK(assess_indicators({Indicator::random_selection, Indicator::intelligence_hit}, p).channel ==
          Channel::red);
}

TEST_CASE("the blue band is used only when the profile enables it") {
    RiskProfile p = RiskProfile::standard();
    struct Case {
        bool use_blue;
        Indicator present;
        Channel channel;
    };
    const Case cases[] = {
        {false, Indicator::new_importer, Channel::green},  // 15
        {true, Indicator::new_importer, Channel::blue},    // 15 in [10, 20)
        {true, Indicator::cash_payment, Channel::blue},    // 10: the boundary is blue
        {true, Indicator::split_shipment, Channel::yellow},  // 20
    };
    for (const auto& c : cases) {
        CAPTURE(indicator_id(c.present));
        p.use_blue = c.use_blue;
        CHECK(assess_indicators({c.present}, p).channel == c.channel);
    }
    p.use_blue = true;
    CHECK(assess_indicators({}, p).channel == Channel::green);
}

TEST_CASE("weights and thresholds are configurable") {
    RiskProfile p = RiskProfile::standard();
    p.set_weight(Indicator::cash_payment, 55);
    CHECK(assess_indicators({Indicator::cash_payment}, p).channel == Channel::red);
    p.red_threshold = 60;
    CHECK(assess_indicators({Indicator::cash_payment}, p).channel == Channel::yellow);
    p.yellow_threshold = 56;
    CHECK(assess_indicators({Indicator::cash_payment}, p).channel == Channel::green);
}

TEST_CASE("measured facts become indicators with their reasons") {
    struct Case {
        const char* name;
        std::int64_t declared;
        std::int64_t reference;
        bool below;
    };
    // The standard floor is 70% of the reference price, exclusive.
    const Case prices[] = {
        {"half the reference", 500, 1000, true},
        {"just below the floor", 699, 1000, true},
        {"exactly at the floor", 700, 1000, false},
        {"at the reference", 1000, 1000, false},
    };
    for (const auto& c : prices) {
        CAPTURE(c.name);
        RiskFacts f;
        f.declared_unit_price = eur(c.declared);
        f.reference_unit_price = eur(c.reference);
        auto found = detect_indicators(f, RiskProfile::standard());
        CHECK(found.size() == (c.below ? 1u : 0u));
        if (c.below) {
            CHECK(found[0].indicator == Indicator::price_below_reference);
            CHECK(found[0].reason.find("below 70% of the reference") != std::string::npos);
        }
    }

    RiskFacts f;
    f.importer_prior_declarations = 0;
    f.importer_prior_offences = 2;
    f.aeo = true;
    f.description = "Spare parts";
    f.flags = {Indicator::unusual_routing};
    RiskAssessment a = assess_risk(f);
    // new importer 15 + vague 15 + routing 25 + history 30 - AEO 20
    CHECK(a.score == 65);
    CHECK(a.channel == Channel::red);
    REQUIRE(a.contributions.size() == 5);
    CHECK(a.contributions[0].indicator == Indicator::new_importer);
    CHECK(a.contributions[4].indicator == Indicator::aeo_certified);
    CHECK(a.contributions[4].points == -20);
    CHECK(trail_mentions(a, "poor_trader_history: +30 (the importer has 2 earlier offences)"));
    CHECK(trail_mentions(a, "aeo_certified: -20"));
    CHECK(trail_mentions(a, "score 65 >= red threshold 50: red"));

    RiskFacts known;
    known.importer_prior_declarations = 12;
    CHECK(assess_risk(known).contributions.empty());
}

TEST_CASE("prices in different currencies are refused") {
    RiskFacts f;
    f.declared_unit_price = eur(500);
    f.reference_unit_price = Money(Currency::of("USD"), 1000);
    CHECK_THROWS_AS(detect_indicators(f, RiskProfile::standard()), MoneyError);
}

TEST_CASE("a description made only of generic words is vague") {
    struct Case {
        const char* text;
        bool vague;
    };
    const Case cases[] = {
        {"parts", true},
        {"Spare parts", true},
        {"ACCESSORIES", true},
        {"parts and accessories", true},
        {"General merchandise, various", true},
        {"parts of motor vehicles", false},
        {"roasted coffee, not decaffeinated", false},
        {"smartphones", false},
        {"", false},
        {"  ,  ", false},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CHECK(is_vague_description(c.text) == c.vague);
    }
}

}  // TEST_SUITE
