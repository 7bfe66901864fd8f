#include <doctest/doctest.h>

#include <string>

#include "core/grade_origin.h"

using namespace clearance::core;

namespace {

Money eur(const char* amount) { return Money::parse(amount, Currency::of("EUR")); }
HsCode hs(const char* code) { return HsCode::parse_or_throw(code); }

Agreement fta() {
    Agreement a;
    a.name = "Gulf of Guinea FTA";
    a.preferential = true;
    a.parties = {"GH", "CI"};
    a.default_rule.ctc = CtcLevel::heading;
    a.default_rule.value_test = ValueTest::rvc_build_down;
    a.default_rule.value_percent = Decimal(40);
    a.default_rule.join = RuleJoin::either;
    return a;
}

// Leather shoes made in Ghana: the leather changes heading (4107 -> 6403) and the build-down RVC
// is (100 - 58) / 100 = 42%, so both tests of "CTH or RVC >= 40%" pass.
OriginResult shoes_pass() {
    OriginCase c;
    c.product = "leather shoes";
    c.hs_code = hs("6403.59");
    c.country = "GH";
    c.ex_works_price = eur("100");
    c.processing = {{"cutting, stitching, lasting", Processing::manufacture}};
    c.materials = {{"tanned leather", hs("4107.11"), eur("58"), false, "IT"}};
    return determine_origin(c, fta());
}

// Shoes only repacked in Ghana: minimal operations.
OriginResult shoes_repacked() {
    OriginCase c;
    c.product = "leather shoes";
    c.hs_code = hs("6403.59");
    c.country = "GH";
    c.ex_works_price = eur("100");
    c.processing = {{"boxing", Processing::packing}};
    c.materials = {{"shoes in bulk", hs("6403.59"), eur("80"), false, "CN"}};
    return determine_origin(c, fta());
}

bool has_line(const Grade& g, Verdict v, const std::string& text, const std::string& rule = {}) {
    for (const auto& l : g.feedback) {
        if (l.verdict == v && l.text.find(text) != std::string::npos &&
            (rule.empty() || l.rule.find(rule) != std::string::npos)) {
            return true;
        }
    }
    return false;
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("origin grades verdict and criterion out of 10") {
    using C = OriginCriterion;
    struct Case {
        const char* name;
        bool repacked;
        OriginAnswer answer;
        double score;
    };
    const Case cases[] = {
        {"right verdict, tariff shift", false, {true, C::tariff_shift, {}, ""}, 10.0},
        {"right verdict, value content also decides", false, {true, C::value_content, {}, ""}, 10.0},
        {"right verdict, wrong criterion", false, {true, C::wholly_obtained, {}, ""}, 6.0},
        {"right verdict, no criterion", false, {true, std::nullopt, {}, ""}, 6.0},
        {"right verdict, right country", false, {true, C::tariff_shift, {}, "gh"}, 10.0},
        {"right verdict, wrong country", false, {true, C::tariff_shift, {}, "IT"}, 7.0},
        {"wrong verdict earns no criterion points", false, {false, C::tariff_shift, {}, ""}, 0.0},
        {"repacking: right verdict and criterion", true, {false, C::minimal_operations, {}, ""}, 10.0},
        {"repacking: right verdict, tariff shift named", true, {false, C::tariff_shift, {}, ""}, 6.0},
        {"repacking: thought it originating", true, {true, C::tariff_shift, {}, ""}, 0.0},
    };
    for (const auto& k : cases) {
        CAPTURE(k.name);
        OriginKey key{k.repacked ? shoes_repacked() : shoes_pass(), false, 0.5};
        Grade g = grade_origin(key, k.answer);
        CHECK(g.max == doctest::Approx(10.0));
        CHECK(g.score == doctest::Approx(k.score));
    }
}

TEST_CASE("origin grades the computed value content when the step asks for it") {
    struct Case {
        std::optional<double> percent;
        double score;
    };
    // verdict 5 + criterion 3 + percentage 2; the tolerance is 0.5 percentage points.
    const Case cases[] = {{42.0, 10.0}, {42.5, 10.0}, {41.6, 10.0}, {43.0, 8.0}, {35.0, 8.0}, {std::nullopt, 8.0}};
    for (const auto& k : cases) {
        CAPTURE(k.percent.value_or(-1));
        OriginKey key{shoes_pass(), true, 0.5};
        Grade g = grade_origin(key, OriginAnswer{true, OriginCriterion::value_content, k.percent, ""});
        CHECK(g.max == doctest::Approx(10.0));
        CHECK(g.score == doctest::Approx(k.score));
    }
    // When no value test was evaluated there is no percentage to grade.
    OriginKey key{shoes_repacked(), true, 0.5};
    CHECK(grade_origin(key, OriginAnswer{false, OriginCriterion::minimal_operations, 50.0, ""}).score ==
          doctest::Approx(10.0));
}

TEST_CASE("origin feedback names the agreement and the rule that decides") {
    OriginKey key{shoes_pass(), true, 0.5};
    Grade g = grade_origin(key, OriginAnswer{true, OriginCriterion::tariff_shift, 40.0, ""});
    CHECK(has_line(g, Verdict::correct, "originating in GH under Gulf of Guinea FTA",
                   "Gulf of Guinea FTA, CTH or RVC >= 40% (build-down)"));
    CHECK(has_line(g, Verdict::correct, "change of tariff classification decides",
                   "Gulf of Guinea FTA, CTH: heading 6403 differs from 4107"));
    CHECK(has_line(g, Verdict::wrong, "You computed 40%; it is 42%", "RVC >= 40% (build-down): RVC = 42% >= 40%"));

    OriginKey repacked{shoes_repacked(), false, 0.5};
    Grade w = grade_origin(repacked, OriginAnswer{true, OriginCriterion::tariff_shift, {}, ""});
    CHECK(has_line(w, Verdict::wrong, "You said originating; the goods are not originating"));
    CHECK(has_line(w, Verdict::wrong, "what decides is minimal operations",
                   "minimal operations never confer origin: only packing (boxing) in GH"));
}

TEST_CASE("an undetermined key grades nothing and says why") {
    OriginCase c;
    c.product = "shoes";
    c.hs_code = hs("6403.59");
    c.country = "GH";
    OriginKey key{determine_origin(c, fta()), false, 0.5};
    Grade g = grade_origin(key, OriginAnswer{true, OriginCriterion::tariff_shift, {}, ""});
    CHECK(g.max == 0.0);
    CHECK(g.score == 0.0);
    CHECK(has_line(g, Verdict::info, "cannot be graded: the ex-works price is missing"));
}

}  // TEST_SUITE
