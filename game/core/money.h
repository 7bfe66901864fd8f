// Money: exact decimal amounts for customs values, duties and taxes.
//
// Used by the valuation, origin and tariff engines, their graders and the scenario bindings.
// Amounts are whole numbers of a currency's minor unit (cents) in an int64, never binary
// floating point. Rates, percentages and quantities are `Decimal`s (an int64 mantissa and a
// power-of-ten scale), so "0.92", "20%" and "0.7" are exact. Rounding happens only where a
// function says so, to the minor unit of the result's currency, half-up (halves away from zero)
// unless half-even (banker's) is asked for.
//
// Invariants: a Money's minor-unit count fits int64; every operation that could leave that range
// throws MoneyError instead of wrapping. A non-zero Money always has a currency. A
// default-constructed Money is a zero with no currency: it adds to, subtracts from and compares
// with any currency's amounts as zero, so `Money total; total += x;` works.
// Bad input (unparsable text, mixed currencies, overflow, division by zero) throws MoneyError
// with a message a trainee or author can read; the try_parse functions report it instead.
#pragma once

#include <compare>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace clearance::core {

// Thrown on bad amounts, rates or currencies, on mixed currencies and on overflow.
class MoneyError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class Rounding {
    half_up,    // halves away from zero: 0.005 -> 0.01, -0.005 -> -0.01 (the default)
    half_even,  // halves to the even neighbour: 0.005 -> 0.00, 0.015 -> 0.02
};

// An ISO 4217 currency: three uppercase letters and the digits of its minor unit.
class Currency {
public:
    // No currency (empty code, 2 digits); only the currency of a default Money.
    constexpr Currency() = default;

    // The ISO 4217 currency with this code (case-insensitive), e.g. "EUR" (2), "JPY" (0),
    // "KWD" (3); nullopt if the code is not in the built-in table.
    static std::optional<Currency> find(std::string_view code);
    // As find(), but throws MoneyError naming the code if unknown or malformed.
    static Currency of(std::string_view code);
    // A currency not in the table (e.g. a fictional training currency): three letters A-Z,
    // 0 to 4 minor digits; throws MoneyError otherwise.
    static Currency custom(std::string_view code, int minor_digits);

    std::string_view code() const { return std::string_view(code_, len_); }
    int minor_digits() const { return digits_; }
    bool empty() const { return len_ == 0; }

    friend bool operator==(const Currency& a, const Currency& b) {
        return a.code() == b.code() && a.digits_ == b.digits_;
    }

private:
    char code_[3] = {0, 0, 0};
    std::uint8_t len_ = 0;
    std::uint8_t digits_ = 2;
};

// An exact decimal number: mantissa × 10^-scale, scale 0..18, kept without trailing zeros.
// Used for rates ("0.92" EUR per USD), percentages ("20%" = 0.2), quantities and factors.
class Decimal {
public:
    static constexpr int max_scale = 18;

    constexpr Decimal() = default;  // zero
    // The integer `units`.
    constexpr Decimal(std::int64_t units) : mantissa_(units) {}  // NOLINT: implicit on purpose
    // mantissa × 10^-scale; throws MoneyError if scale is outside 0..18.
    Decimal(std::int64_t mantissa, int scale);

    // Parses "0.92", "-3", "1,000.5", "20%" (= 0.2), "2.5 %"; thousands separators must be
    // groups of three. Throws MoneyError with the reason on anything else.
    static Decimal parse(std::string_view text);
    static std::optional<Decimal> try_parse(std::string_view text, std::string* error = nullptr);

    std::int64_t mantissa() const { return mantissa_; }
    int scale() const { return scale_; }
    bool is_zero() const { return mantissa_ == 0; }
    bool is_negative() const { return mantissa_ < 0; }
    bool is_integer() const { return scale_ == 0; }

    // "0.92", "168", "-0.5": plain digits, no grouping, no trailing zeros.
    std::string to_string() const;
    // Grouped like an amount, at least `min_decimals` decimals: "6,300", "0.70" (min 2).
    std::string to_grouped(int min_decimals = 0) const;
    // As a percentage: 0.2 -> "20%", 0.035 -> "3.5%".
    std::string to_percent() const;

    // Exact arithmetic; throws MoneyError if the result does not fit (mantissa or scale 18).
    friend Decimal operator+(const Decimal& a, const Decimal& b);
    friend Decimal operator-(const Decimal& a, const Decimal& b);
    friend Decimal operator*(const Decimal& a, const Decimal& b);
    Decimal operator-() const;
    // a / b rounded to `scale` decimals; throws MoneyError if b is zero.
    static Decimal divide(const Decimal& a, const Decimal& b, int scale, Rounding r = Rounding::half_up);
    // This value rounded to `scale` decimals (0..18).
    Decimal rounded(int scale, Rounding r = Rounding::half_up) const;

    friend bool operator==(const Decimal& a, const Decimal& b) {
        return a.mantissa_ == b.mantissa_ && a.scale_ == b.scale_;  // both normalised
    }
    friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);

private:
    std::int64_t mantissa_ = 0;
    int scale_ = 0;
};

// An amount of one currency in exact minor units.
class Money {
public:
    Money() = default;  // zero, no currency (see the header paragraph)
    // `minor` minor units of `currency` (e.g. 2193280 EUR cents = EUR 21,932.80).
    Money(Currency currency, std::int64_t minor) : currency_(currency), minor_(minor) {}

    static Money zero(Currency currency) { return Money(currency, 0); }
    // The Decimal `amount` of `currency` rounded to its minor unit; throws on overflow.
    static Money from_decimal(Currency currency, const Decimal& amount, Rounding r = Rounding::half_up);

    // Parses an amount of `currency`: "40000", "40,000.00", "21932.80", "-1,200.5", optionally
    // with that currency's code before or after ("EUR 40,000"). More decimals than the currency
    // has are refused unless they are zeros. Throws MoneyError with the reason.
    static Money parse(std::string_view text, Currency currency);
    // Parses an amount that names its currency: "EUR 21,932.80" or "21,932.80 EUR".
    static Money parse(std::string_view text);
    static std::optional<Money> try_parse(std::string_view text, Currency currency,
                                          std::string* error = nullptr);
    static std::optional<Money> try_parse(std::string_view text, std::string* error = nullptr);

    Currency currency() const { return currency_; }
    std::int64_t minor_units() const { return minor_; }
    // The amount as an exact Decimal in major units (EUR 21,932.80 -> 21932.8).
    Decimal amount() const;
    bool is_zero() const { return minor_ == 0; }
    bool is_negative() const { return minor_ < 0; }

    // "EUR 21,932.80", "JPY 1,000", "KWD -1.250". With `compact`, a whole amount drops its
    // zero decimals ("USD 1,200", as the primer writes them); others keep all ("EUR 2,293.20").
    std::string to_string(bool compact = false) const;
    // The amount alone, grouped: "21,932.80" (compact: "6,300").
    std::string format_amount(bool compact = false) const;

    // Same currency only (a currency-less zero adopts the other's); throws MoneyError on a
    // currency mismatch or overflow.
    friend Money operator+(const Money& a, const Money& b);
    friend Money operator-(const Money& a, const Money& b);
    Money& operator+=(const Money& b);
    Money& operator-=(const Money& b);
    Money operator-() const;
    Money abs() const;

    // This amount × factor, rounded to the minor unit ("0.02 × 6,300"); throws on overflow.
    Money times(const Decimal& factor, Rounding r = Rounding::half_up) const;
    // This amount × num / den, rounded once at the end; throws if den is zero or on overflow.
    Money scaled(const Decimal& num, const Decimal& den, Rounding r = Rounding::half_up) const;
    // This amount in currency `to`, where `rate` is units of `to` per one unit of this currency
    // (USD 23,840 at 0.92 -> EUR 21,932.80); rounded once, to `to`'s minor unit.
    Money converted(Currency to, const Decimal& rate, Rounding r = Rounding::half_up) const;

    // Equal if same currency and amount (a currency-less zero equals any zero).
    friend bool operator==(const Money& a, const Money& b);
    // Ordering; throws MoneyError when the currencies differ.
    friend std::strong_ordering operator<=>(const Money& a, const Money& b);

private:
    Currency currency_{};
    std::int64_t minor_ = 0;
};

// Splits `total` over `weights` (quantities, kilograms, values) in proportion, by the largest
// remainder method: the parts sum to `total` exactly, each is within one minor unit of its exact
// share, and leftover units go to the largest remainders (ties to the earlier weight).
// Throws MoneyError if a weight is negative or they sum to zero.
std::vector<Money> apportion(const Money& total, const std::vector<Decimal>& weights);

std::ostream& operator<<(std::ostream& os, const Decimal& d);
std::ostream& operator<<(std::ostream& os, const Money& m);
std::ostream& operator<<(std::ostream& os, const Currency& c);

}  // namespace clearance::core
