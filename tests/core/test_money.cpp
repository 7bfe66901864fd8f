// Money, Currency and Decimal: parsing, formatting, exact arithmetic, conversion with stated
// rounding, apportionment, and the errors a trainee or author sees.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <random>
#include <string>

#include "core/money.h"

using namespace clearance::core;

namespace {
const Currency EUR = Currency::of("EUR");
const Currency USD = Currency::of("USD");
const Currency JPY = Currency::of("JPY");
const Currency KWD = Currency::of("KWD");

Money eur(const char* s) { return Money::parse(s, EUR); }

long double as_ld(const Decimal& d) {
    long double v = static_cast<long double>(d.mantissa());
    for (int i = 0; i < d.scale(); ++i) v /= 10;
    return v;
}
}  // namespace

TEST_SUITE("core") {

TEST_CASE("currencies know their ISO 4217 minor-unit digits") {
    struct Row { const char* code; int digits; };
    const Row rows[] = {{"EUR", 2}, {"usd", 2}, {"JPY", 0}, {"KRW", 0}, {"XOF", 0}, {"KWD", 3},
                        {"BHD", 3}, {"TND", 3}, {"GBP", 2}, {"CNY", 2}};
    for (const auto& r : rows) {
        CAPTURE(r.code);
        auto c = Currency::find(r.code);
        REQUIRE(c.has_value());
        CHECK(c->minor_digits() == r.digits);
        CHECK(c->code().size() == 3);
    }
    CHECK(Currency::of("usd").code() == "USD");
}

TEST_CASE("unknown or malformed currency codes are refused with a message") {
    CHECK_FALSE(Currency::find("ZZZ").has_value());
    CHECK_FALSE(Currency::find("EU").has_value());
    CHECK_THROWS_WITH_AS(Currency::of("ZZZ"), "unknown currency code 'ZZZ'", MoneyError);
    CHECK_THROWS_AS(Currency::of("E1R"), MoneyError);
    CHECK(Currency::custom("ZED", 2).code() == "ZED");
    CHECK_THROWS_AS(Currency::custom("ZED", 7), MoneyError);
}

TEST_CASE("amounts parse from the ways invoices write them") {
    struct Row { const char* text; Currency cur; std::int64_t minor; };
    const Row rows[] = {
        {"40000", EUR, 4000000},
        {"40,000.00", EUR, 4000000},
        {"21932.80", EUR, 2193280},
        {"21,932.8", EUR, 2193280},
        {"  1,234,567.89 ", EUR, 123456789},
        {"-1,200", EUR, -120000},
        {"+5", EUR, 500},
        {".5", EUR, 50},
        {"21932.800", EUR, 2193280},
        {"EUR 47,000", EUR, 4700000},
        {"47,000 EUR", EUR, 4700000},
        {"1,000", JPY, 1000},
        {"1.250", KWD, 1250},
        {"0.001", KWD, 1},
    };
    for (const auto& r : rows) {
        CAPTURE(r.text);
        Money m = Money::parse(r.text, r.cur);
        CHECK(m.minor_units() == r.minor);
        CHECK(m.currency() == r.cur);
    }
}

TEST_CASE("malformed amounts are refused with the reason") {
    struct Row { const char* text; Currency cur; const char* error; };
    const Row rows[] = {
        {"", EUR, "empty amount"},
        {"40,00", EUR, "'40,00': thousands separators must separate groups of three digits"},
        {"4,0000", EUR, "'4,0000': thousands separators must separate groups of three digits"},
        {"1234,567", EUR, "'1234,567': thousands separators must separate groups of three digits"},
        {"40.000,00", EUR, "'40.000,00' is not a number (',' after the decimal point)"},
        {"12a", EUR, "'12a' is not a number ('a' is not a digit)"},
        {"1.234", EUR, "'1.234' has 3 decimal places; EUR amounts have 2"},
        {"1.5", JPY, "'1.5' has 1 decimal place; JPY amounts have none"},
        {"5.", EUR, "'5.' has a decimal point with no digits after it"},
        {"USD 100", EUR, "'USD 100' is in USD, expected EUR"},
        {"abc", EUR, "'abc' is not an amount"},
        {"99999999999999999999", EUR, "'99999999999999999999' is too large"},
    };
    for (const auto& r : rows) {
        CAPTURE(r.text);
        std::string err;
        CHECK_FALSE(Money::try_parse(r.text, r.cur, &err).has_value());
        CHECK(err == r.error);
        CHECK_THROWS_AS(Money::parse(r.text, r.cur), MoneyError);
    }
}

TEST_CASE("an amount with its own currency code parses without being told the currency") {
    Money m = Money::parse("USD 23,840.00");
    CHECK(m.currency() == USD);
    CHECK(m.minor_units() == 2384000);
    CHECK(Money::parse("1,000 jpy").currency() == JPY);
    std::string err;
    CHECK_FALSE(Money::try_parse("23,840", &err).has_value());
    CHECK(err == "'23,840' names no currency (write e.g. 'EUR 40,000')");
}

TEST_CASE("amounts format with thousands separators, the minor digits and the code") {
    CHECK(eur("21932.8").to_string() == "EUR 21,932.80");
    CHECK(eur("47000").to_string() == "EUR 47,000.00");
    CHECK(eur("-1200").to_string() == "EUR -1,200.00");
    CHECK(eur("0.05").format_amount() == "0.05");
    CHECK(Money(JPY, 1234567).to_string() == "JPY 1,234,567");
    CHECK(Money(KWD, -1250).to_string() == "KWD -1.250");
    CHECK(Money(EUR, 100).to_string() == "EUR 1.00");
    CHECK(Money().to_string() == "0.00");
    CHECK(Money::parse("USD 1,200").to_string(true) == "USD 1,200");
    CHECK(eur("2293.20").to_string(true) == "EUR 2,293.20");
    CHECK(eur("6300").format_amount(true) == "6,300");
    CHECK(Money(JPY, 5).to_string(true) == "JPY 5");
}

TEST_CASE("sums and differences need one currency") {
    CHECK(eur("40000") + eur("1200") + eur("2500") + eur("3100") + eur("200") == eur("47000"));
    CHECK(eur("10") - eur("10.01") == eur("-0.01"));
    Money total;
    total += Money::parse("USD 20,000");
    total += Money::parse("USD 600");
    CHECK(total == Money::parse("USD 20,600"));
    CHECK_THROWS_WITH_AS(eur("1") + Money::parse("USD 1"),
                         "cannot add EUR 1.00 and USD 1.00: different currencies; convert one first",
                         MoneyError);
    CHECK_THROWS_AS((void)(eur("1") < Money::parse("USD 2")), MoneyError);
    CHECK(eur("1") != Money::parse("USD 1"));
    CHECK(eur("1") < eur("1.01"));
}

TEST_CASE("overflow is detected instead of wrapping") {
    Money big(EUR, INT64_MAX);
    CHECK_THROWS_AS(big + Money(EUR, 1), MoneyError);
    CHECK_THROWS_AS(Money(EUR, INT64_MIN) - Money(EUR, 1), MoneyError);
    CHECK_THROWS_AS(-Money(EUR, INT64_MIN), MoneyError);
    CHECK_THROWS_AS(big.times(Decimal(2)), MoneyError);
    CHECK_THROWS_AS(big.converted(JPY, Decimal::parse("150")), MoneyError);
    CHECK_THROWS_AS(Decimal(INT64_MAX) * Decimal(2), MoneyError);
    CHECK_THROWS_AS(Decimal(INT64_MAX) + Decimal(1), MoneyError);
}

TEST_CASE("decimals parse rates, percentages and quantities exactly") {
    struct Row { const char* text; std::int64_t mantissa; int scale; const char* shown; };
    const Row rows[] = {
        {"0.92", 92, 2, "0.92"},     {"20%", 2, 1, "0.2"},        {"2.5 %", 25, 3, "0.025"},
        {"0.70", 7, 1, "0.7"},       {"600", 600, 0, "600"},      {"1,000.5", 10005, 1, "1000.5"},
        {"-0.001", -1, 3, "-0.001"}, {"0", 0, 0, "0"},            {"100%", 1, 0, "1"},
    };
    for (const auto& r : rows) {
        CAPTURE(r.text);
        Decimal d = Decimal::parse(r.text);
        CHECK(d.mantissa() == r.mantissa);
        CHECK(d.scale() == r.scale);
        CHECK(d.to_string() == r.shown);
    }
    CHECK(Decimal::parse("0.2").to_percent() == "20%");
    CHECK(Decimal::parse("0.035").to_percent() == "3.5%");
    CHECK(Decimal(6300).to_grouped() == "6,300");
    CHECK(Decimal::parse("0.7").to_grouped(2) == "0.70");
    std::string err;
    CHECK_FALSE(Decimal::try_parse("x%", &err).has_value());
    CHECK(err == "'x' is not a number ('x' is not a digit)");
    CHECK_THROWS_AS(Decimal::parse("0.0000000000000000001"), MoneyError);
}

TEST_CASE("decimal arithmetic is exact") {
    // The primer's pure alcohol: 600 × 0.7 × 0.40 = 168 litres, exactly.
    Decimal pa = Decimal(600) * Decimal::parse("0.7") * Decimal::parse("0.40");
    CHECK(pa == Decimal(168));
    CHECK(Decimal::parse("0.1") + Decimal::parse("0.2") == Decimal::parse("0.3"));
    CHECK(Decimal::parse("1") - Decimal::parse("0.92") == Decimal::parse("0.08"));
    CHECK(Decimal::parse("0.92") < Decimal::parse("0.921"));
    CHECK(Decimal::divide(Decimal(2), Decimal(3), 4) == Decimal::parse("0.6667"));
    CHECK(Decimal::divide(Decimal(1), Decimal(8), 2, Rounding::half_even) == Decimal::parse("0.12"));
    CHECK(Decimal::divide(Decimal(1), Decimal(8), 2, Rounding::half_up) == Decimal::parse("0.13"));
    CHECK(Decimal::parse("2.345").rounded(2) == Decimal::parse("2.35"));
    CHECK(Decimal::parse("-2.345").rounded(2) == Decimal::parse("-2.35"));
    CHECK_THROWS_AS(Decimal::divide(Decimal(1), Decimal(), 2), MoneyError);
}

TEST_CASE("multiplying by a rate rounds once, half-up unless half-even is asked for") {
    struct Row { const char* amount; const char* factor; Rounding r; const char* expected; };
    const Row rows[] = {
        {"6300", "0.02", Rounding::half_up, "126"},
        {"11466", "20%", Rounding::half_up, "2293.20"},
        {"0.05", "0.5", Rounding::half_up, "0.03"},     // 0.025 -> up
        {"0.05", "0.5", Rounding::half_even, "0.02"},   // 0.025 -> even
        {"0.07", "0.5", Rounding::half_even, "0.04"},   // 0.035 -> even
        {"-0.05", "0.5", Rounding::half_up, "-0.03"},   // halves away from zero
        {"-0.05", "0.5", Rounding::half_even, "-0.02"},
        {"100", "0.333", Rounding::half_up, "33.30"},
        {"10.01", "0.3333", Rounding::half_up, "3.34"}, // 3.336333
    };
    for (const auto& r : rows) {
        CAPTURE(r.amount);
        CAPTURE(r.factor);
        CHECK(eur(r.amount).times(Decimal::parse(r.factor), r.r) == eur(r.expected));
    }
}

TEST_CASE("conversion at the published rate reproduces the primer's EXW example") {
    Money usd = Money::parse("USD 23,840");
    Money e = usd.converted(EUR, Decimal::parse("0.92"));
    CHECK(e.to_string() == "EUR 21,932.80");
}

TEST_CASE("conversion rounds to the target currency's minor unit") {
    struct Row { const char* from; const char* rate; Currency to; Rounding r; const char* expected; };
    const Row rows[] = {
        {"USD 100.00", "151.235", JPY, Rounding::half_up, "JPY 15,124"},      // 15,123.5
        {"USD 100.00", "151.235", JPY, Rounding::half_even, "JPY 15,124"},    // 15,123.5 -> even 15,124
        {"USD 100.00", "151.225", JPY, Rounding::half_even, "JPY 15,122"},    // 15,122.5 -> even 15,122
        {"JPY 1,000", "0.0061", EUR, Rounding::half_up, "EUR 6.10"},
        {"EUR 10.00", "0.30745", KWD, Rounding::half_up, "KWD 3.075"},        // 3.0745
        {"EUR 10.00", "0.30745", KWD, Rounding::half_even, "KWD 3.074"},
        {"KWD 1.000", "3.25", USD, Rounding::half_up, "USD 3.25"},
        {"USD 0.01", "0.5", EUR, Rounding::half_up, "EUR 0.01"},
        {"USD 0.01", "0.5", EUR, Rounding::half_even, "EUR 0.00"},
    };
    for (const auto& r : rows) {
        CAPTURE(r.from);
        CAPTURE(r.rate);
        CHECK(Money::parse(r.from).converted(r.to, Decimal::parse(r.rate), r.r) == Money::parse(r.expected));
    }
}

TEST_CASE("a decimal amount becomes money at the currency's minor unit") {
    CHECK(Money::from_decimal(EUR, Decimal::parse("5040")) == eur("5040"));
    CHECK(Money::from_decimal(EUR, Decimal::parse("2.345")) == eur("2.35"));
    CHECK(Money::from_decimal(EUR, Decimal::parse("2.345"), Rounding::half_even) == eur("2.34"));
    CHECK(Money::from_decimal(JPY, Decimal::parse("99.5")) == Money(JPY, 100));
    CHECK(eur("21932.80").amount() == Decimal::parse("21932.8"));
}

TEST_CASE("scaling computes a share of a lot with one rounding") {
    // Moulds costing EUR 10,000 used for 4,000 pieces, 1,000 in this lot: EUR 2,500.
    CHECK(eur("10000").scaled(Decimal(1000), Decimal(4000)) == eur("2500"));
    CHECK(eur("100").scaled(Decimal(1), Decimal(3)) == eur("33.33"));
    CHECK(eur("100").scaled(Decimal(2), Decimal(3)) == eur("66.67"));
    CHECK_THROWS_AS(eur("1").scaled(Decimal(1), Decimal()), MoneyError);
}

TEST_CASE("apportionment loses no cent and favours the largest remainders") {
    struct Row { const char* total; std::vector<Decimal> weights; std::vector<const char*> parts; };
    const std::vector<Row> rows = {
        {"100", {1, 1, 1}, {"33.34", "33.33", "33.33"}},
        {"10000", {1000, 3000}, {"2500", "7500"}},
        {"0.05", {1, 1, 1, 1}, {"0.02", "0.01", "0.01", "0.01"}},
        {"1", {Decimal::parse("0.5"), Decimal::parse("1.5"), 1}, {"0.17", "0.50", "0.33"}},
        {"-100", {1, 1, 1}, {"-33.34", "-33.33", "-33.33"}},
        {"100", {0, 1, 0}, {"0", "100", "0"}},
        {"10", {1, 2, 4}, {"1.43", "2.86", "5.71"}},
    };
    for (const auto& r : rows) {
        CAPTURE(r.total);
        auto parts = apportion(eur(r.total), r.weights);
        REQUIRE(parts.size() == r.parts.size());
        for (std::size_t i = 0; i < parts.size(); ++i) CHECK(parts[i] == eur(r.parts[i]));
    }
    CHECK_THROWS_AS(apportion(eur("1"), {}), MoneyError);
    CHECK_THROWS_AS(apportion(eur("1"), {0, 0}), MoneyError);
    CHECK_THROWS_AS(apportion(eur("1"), {1, -1}), MoneyError);
}

TEST_CASE("apportionment always sums to the total and stays within a cent of each exact share") {
    std::mt19937_64 rng(20240611);
    for (int trial = 0; trial < 3000; ++trial) {
        std::int64_t minor = static_cast<std::int64_t>(rng() % 100000000) - 20000000;
        std::size_t n = 1 + rng() % 7;
        std::vector<Decimal> w;
        long double wsum = 0;
        for (std::size_t i = 0; i < n; ++i) {
            std::int64_t m = static_cast<std::int64_t>(rng() % 5000);
            w.emplace_back(m, static_cast<int>(rng() % 3));
            wsum += as_ld(w.back());
        }
        if (wsum == 0) continue;
        auto parts = apportion(Money(EUR, minor), w);
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < n; ++i) {
            sum += parts[i].minor_units();
            long double exact = static_cast<long double>(minor) * as_ld(w[i]) / wsum;
            CHECK(std::abs(static_cast<long double>(parts[i].minor_units()) - exact) < 1.0L + 1e-6L);
        }
        CHECK(sum == minor);
    }
}

}  // TEST_SUITE
