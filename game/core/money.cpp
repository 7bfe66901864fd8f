#include "core/money.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <numeric>
#include <ostream>

namespace clearance::core {

namespace {

// Intermediate products need more than 64 bits: an int64 amount times an int64 rate mantissa
// reaches 8.5e37, which fits a 128-bit integer (1.7e38). GCC and Clang provide one; every
// result is checked back into int64 before it leaves this file.
__extension__ typedef __int128 i128;

// 10^0 .. 10^38 as 128-bit integers.
constexpr std::array<i128, 39> make_pow10() {
    std::array<i128, 39> p{};
    p[0] = 1;
    for (std::size_t i = 1; i < p.size(); ++i) p[i] = p[i - 1] * 10;
    return p;
}
constexpr auto kPow10 = make_pow10();

i128 pow10(int n) {
    if (n < 0 || n > 38) throw MoneyError("decimal exponent out of range");
    return kPow10[static_cast<std::size_t>(n)];
}

i128 mul(i128 a, i128 b) {
    i128 r = 0;
    if (__builtin_mul_overflow(a, b, &r)) throw MoneyError("amount overflow: the figures are too large");
    return r;
}

std::int64_t to_i64(i128 v) {
    if (v > INT64_MAX || v < INT64_MIN) throw MoneyError("amount overflow: the figures are too large");
    return static_cast<std::int64_t>(v);
}

i128 abs128(i128 v) { return v < 0 ? -v : v; }

// num / den rounded to an integer. den > 0 and den < 2^126 so that 2 × remainder cannot overflow.
i128 div_round(i128 num, i128 den, Rounding r) {
    if (den == 0) throw MoneyError("division by zero");
    if (den < 0) {
        num = -num;
        den = -den;
    }
    i128 q = num / den;
    i128 rem = abs128(num % den);
    if (rem == 0) return q;
    i128 twice = rem * 2;
    bool away = twice > den || (twice == den && (r == Rounding::half_up || (q % 2) != 0));
    if (away) q += (num < 0) ? -1 : 1;
    return q;
}

// --- number text ----------------------------------------------------------------------------

struct NumberText {
    bool negative = false;
    std::string int_digits;
    std::string frac_digits;
};

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

// Reads "[+-]digits[,ddd]*[.digits]". Commas are thousands separators only, in groups of three,
// because "40,000" is how invoices in the primer write amounts; "40.000,00" is refused rather
// than guessed at.
std::optional<NumberText> read_number(std::string_view s, std::string& error) {
    s = trim(s);
    NumberText out;
    const std::string quoted = "'" + std::string(s) + "'";
    if (s.empty()) {
        error = "empty amount";
        return std::nullopt;
    }
    if (s.front() == '-' || s.front() == '+') {
        out.negative = s.front() == '-';
        s.remove_prefix(1);
    }
    std::size_t dot = s.find('.');
    std::string_view int_part = s.substr(0, dot);
    std::string_view frac_part = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    if (int_part.empty() && frac_part.empty()) {
        error = quoted + " has no digits";
        return std::nullopt;
    }
    bool grouped = int_part.find(',') != std::string_view::npos;
    std::size_t group_len = 0;
    bool first_group = true;
    for (char c : int_part) {
        if (c == ',') {
            if (group_len == 0 || (first_group && group_len > 3) || (!first_group && group_len != 3)) {
                error = quoted + ": thousands separators must separate groups of three digits";
                return std::nullopt;
            }
            first_group = false;
            group_len = 0;
            continue;
        }
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            error = quoted + " is not a number ('" + std::string(1, c) + "' is not a digit)";
            return std::nullopt;
        }
        out.int_digits += c;
        ++group_len;
    }
    if (grouped && group_len != 3) {
        error = quoted + ": thousands separators must separate groups of three digits";
        return std::nullopt;
    }
    for (char c : frac_part) {
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            error = quoted + " is not a number ('" + std::string(1, c) + "' after the decimal point)";
            return std::nullopt;
        }
        out.frac_digits += c;
    }
    if (dot != std::string_view::npos && out.frac_digits.empty()) {
        error = quoted + " has a decimal point with no digits after it";
        return std::nullopt;
    }
    if (out.int_digits.empty()) out.int_digits = "0";
    return out;
}

// Digits -> integer, refusing values beyond int64.
std::optional<i128> digits_value(const std::string& digits) {
    i128 v = 0;
    for (char c : digits) {
        v = v * 10 + (c - '0');
        if (v > INT64_MAX) return std::nullopt;
    }
    return v;
}

// Inserts thousands separators into a run of digits.
std::string group_digits(const std::string& digits) {
    std::string out;
    std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

// |mantissa| split at `scale` into integer and fraction digit strings.
void split_digits(std::int64_t mantissa, int scale, std::string& int_part, std::string& frac_part) {
    i128 m = abs128(mantissa);
    std::string digits;
    do {
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(m % 10)));
        m /= 10;
    } while (m > 0);
    while (static_cast<int>(digits.size()) <= scale) digits.insert(digits.begin(), '0');
    int_part = digits.substr(0, digits.size() - static_cast<std::size_t>(scale));
    frac_part = digits.substr(digits.size() - static_cast<std::size_t>(scale));
}

// --- ISO 4217 table -------------------------------------------------------------------------

struct CurrencyRow {
    const char* code;
    int digits;
};

// Minor-unit digits from ISO 4217. Most currencies have 2; the exceptions matter for
// conversion, so every 0- and 3-digit currency in circulation is listed.
constexpr CurrencyRow kCurrencies[] = {
    // 0 digits
    {"BIF", 0}, {"CLP", 0}, {"DJF", 0}, {"GNF", 0}, {"ISK", 0}, {"JPY", 0}, {"KMF", 0},
    {"KRW", 0}, {"PYG", 0}, {"RWF", 0}, {"UGX", 0}, {"VND", 0}, {"VUV", 0}, {"XAF", 0},
    {"XOF", 0}, {"XPF", 0},
    // 3 digits
    {"BHD", 3}, {"IQD", 3}, {"JOD", 3}, {"KWD", 3}, {"LYD", 3}, {"OMR", 3}, {"TND", 3},
    // 2 digits
    {"AED", 2}, {"AFN", 2}, {"ALL", 2}, {"AMD", 2}, {"AOA", 2}, {"ARS", 2}, {"AUD", 2},
    {"AZN", 2}, {"BAM", 2}, {"BBD", 2}, {"BDT", 2}, {"BGN", 2}, {"BND", 2}, {"BOB", 2},
    {"BRL", 2}, {"BSD", 2}, {"BTN", 2}, {"BWP", 2}, {"BYN", 2}, {"BZD", 2}, {"CAD", 2},
    {"CDF", 2}, {"CHF", 2}, {"CNY", 2}, {"COP", 2}, {"CRC", 2}, {"CZK", 2}, {"DKK", 2},
    {"DOP", 2}, {"DZD", 2}, {"EGP", 2}, {"ETB", 2}, {"EUR", 2}, {"FJD", 2}, {"GBP", 2},
    {"GEL", 2}, {"GHS", 2}, {"GMD", 2}, {"GTQ", 2}, {"HKD", 2}, {"HNL", 2}, {"HTG", 2},
    {"HUF", 2}, {"IDR", 2}, {"ILS", 2}, {"INR", 2}, {"IRR", 2}, {"JMD", 2}, {"KES", 2},
    {"KGS", 2}, {"KHR", 2}, {"KZT", 2}, {"LAK", 2}, {"LBP", 2}, {"LKR", 2}, {"LRD", 2},
    {"LSL", 2}, {"MAD", 2}, {"MDL", 2}, {"MGA", 2}, {"MKD", 2}, {"MMK", 2}, {"MNT", 2},
    {"MOP", 2}, {"MRU", 2}, {"MUR", 2}, {"MVR", 2}, {"MWK", 2}, {"MXN", 2}, {"MYR", 2},
    {"MZN", 2}, {"NAD", 2}, {"NGN", 2}, {"NIO", 2}, {"NOK", 2}, {"NPR", 2}, {"NZD", 2},
    {"PAB", 2}, {"PEN", 2}, {"PGK", 2}, {"PHP", 2}, {"PKR", 2}, {"PLN", 2}, {"QAR", 2},
    {"RON", 2}, {"RSD", 2}, {"RUB", 2}, {"SAR", 2}, {"SBD", 2}, {"SCR", 2}, {"SDG", 2},
    {"SEK", 2}, {"SGD", 2}, {"SLE", 2}, {"SOS", 2}, {"SRD", 2}, {"SSP", 2}, {"SZL", 2},
    {"THB", 2}, {"TJS", 2}, {"TMT", 2}, {"TOP", 2}, {"TRY", 2}, {"TTD", 2}, {"TWD", 2},
    {"TZS", 2}, {"UAH", 2}, {"USD", 2}, {"UYU", 2}, {"UZS", 2}, {"VES", 2}, {"WST", 2},
    {"XCD", 2}, {"YER", 2}, {"ZAR", 2}, {"ZMW", 2},
};

bool three_letters(std::string_view code) {
    return code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) {
               return std::isalpha(static_cast<unsigned char>(c)) != 0;
           });
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

// Splits "EUR 40,000" or "40,000 EUR" into code and number; code is empty when absent.
void split_code(std::string_view text, std::string& code, std::string_view& number) {
    text = trim(text);
    code.clear();
    number = text;
    if (text.size() >= 3 && three_letters(text.substr(0, 3)) &&
        (text.size() == 3 || !std::isalpha(static_cast<unsigned char>(text[3])))) {
        code = upper(text.substr(0, 3));
        number = trim(text.substr(3));
    } else if (text.size() >= 3 && three_letters(text.substr(text.size() - 3)) &&
               (text.size() == 3 || !std::isalpha(static_cast<unsigned char>(text[text.size() - 4])))) {
        code = upper(text.substr(text.size() - 3));
        number = trim(text.substr(0, text.size() - 3));
    }
}

// Strips trailing zeros so that equal values have equal representations.
void normalise(i128& m, int& scale) {
    while (scale > 0 && m % 10 == 0) {
        m /= 10;
        --scale;
    }
}

Decimal make_decimal(i128 m, int scale) {
    normalise(m, scale);
    if (scale > Decimal::max_scale) throw MoneyError("too many decimal places (more than 18)");
    return Decimal(to_i64(m), scale);
}

}  // namespace

// --- Currency -------------------------------------------------------------------------------

std::optional<Currency> Currency::find(std::string_view code) {
    if (!three_letters(code)) return std::nullopt;
    std::string up = upper(code);
    for (const auto& row : kCurrencies) {
        if (up == row.code) return custom(up, row.digits);
    }
    return std::nullopt;
}

Currency Currency::of(std::string_view code) {
    if (auto c = find(code)) return *c;
    if (!three_letters(code))
        throw MoneyError("'" + std::string(code) + "' is not a currency code (three letters, e.g. EUR)");
    throw MoneyError("unknown currency code '" + std::string(code) + "'");
}

Currency Currency::custom(std::string_view code, int minor_digits) {
    if (!three_letters(code))
        throw MoneyError("'" + std::string(code) + "' is not a currency code (three letters, e.g. EUR)");
    if (minor_digits < 0 || minor_digits > 4)
        throw MoneyError("a currency's minor unit has 0 to 4 digits, not " + std::to_string(minor_digits));
    Currency c;
    std::string up = upper(code);
    for (std::size_t i = 0; i < 3; ++i) c.code_[i] = up[i];
    c.len_ = 3;
    c.digits_ = static_cast<std::uint8_t>(minor_digits);
    return c;
}

// --- Decimal --------------------------------------------------------------------------------

Decimal::Decimal(std::int64_t mantissa, int scale) : mantissa_(mantissa), scale_(scale) {
    if (scale < 0 || scale > max_scale) throw MoneyError("decimal scale must be 0 to 18");
    i128 m = mantissa_;
    normalise(m, scale_);
    mantissa_ = static_cast<std::int64_t>(m);
}

std::optional<Decimal> Decimal::try_parse(std::string_view text, std::string* error) {
    std::string err;
    std::string_view s = trim(text);
    bool percent = !s.empty() && s.back() == '%';
    if (percent) s = trim(s.substr(0, s.size() - 1));
    auto num = read_number(s, err);
    if (num) {
        std::string frac = num->frac_digits;
        while (!frac.empty() && frac.back() == '0') frac.pop_back();
        int scale = static_cast<int>(frac.size()) + (percent ? 2 : 0);
        auto v = digits_value(num->int_digits + frac);
        if (!v) {
            err = "'" + std::string(trim(text)) + "' is too large";
        } else if (scale > max_scale) {
            err = "'" + std::string(trim(text)) + "' has too many decimal places (at most 18)";
        } else {
            return make_decimal(num->negative ? -*v : *v, scale);
        }
    }
    if (error) *error = err;
    return std::nullopt;
}

Decimal Decimal::parse(std::string_view text) {
    std::string err;
    if (auto d = try_parse(text, &err)) return *d;
    throw MoneyError(err);
}

std::string Decimal::to_string() const {
    std::string ip, fp;
    split_digits(mantissa_, scale_, ip, fp);
    std::string out = mantissa_ < 0 ? "-" : "";
    out += ip;
    if (!fp.empty()) out += "." + fp;
    return out;
}

std::string Decimal::to_grouped(int min_decimals) const {
    std::string ip, fp;
    split_digits(mantissa_, scale_, ip, fp);
    while (static_cast<int>(fp.size()) < min_decimals) fp += '0';
    std::string out = mantissa_ < 0 ? "-" : "";
    out += group_digits(ip);
    if (!fp.empty()) out += "." + fp;
    return out;
}

std::string Decimal::to_percent() const {
    i128 m = mantissa_;
    int scale = scale_;
    // ×100 is a shift of the decimal point; only widen the mantissa when the scale runs out.
    if (scale >= 2) {
        scale -= 2;
    } else {
        m = mul(m, pow10(2 - scale));
        scale = 0;
    }
    normalise(m, scale);
    return Decimal(to_i64(m), scale).to_string() + "%";
}

Decimal operator+(const Decimal& a, const Decimal& b) {
    int s = std::max(a.scale_, b.scale_);
    i128 m = mul(a.mantissa_, pow10(s - a.scale_)) + mul(b.mantissa_, pow10(s - b.scale_));
    return make_decimal(m, s);
}

Decimal operator-(const Decimal& a, const Decimal& b) { return a + (-b); }

Decimal operator*(const Decimal& a, const Decimal& b) {
    return make_decimal(static_cast<i128>(a.mantissa_) * b.mantissa_, a.scale_ + b.scale_);
}

Decimal Decimal::operator-() const {
    if (mantissa_ == INT64_MIN) throw MoneyError("amount overflow: the figures are too large");
    return Decimal(-mantissa_, scale_);
}

Decimal Decimal::divide(const Decimal& a, const Decimal& b, int scale, Rounding r) {
    if (b.is_zero()) throw MoneyError("division by zero");
    if (scale < 0 || scale > max_scale) throw MoneyError("decimal scale must be 0 to 18");
    // result mantissa = a.m × 10^(b.s + scale - a.s) / b.m
    int e = b.scale_ + scale - a.scale_;
    i128 num = a.mantissa_;
    i128 den = b.mantissa_;
    if (e >= 0) num = mul(num, pow10(e));
    else den = mul(den, pow10(-e));
    return make_decimal(div_round(num, den, r), scale);
}

Decimal Decimal::rounded(int scale, Rounding r) const {
    if (scale < 0 || scale > max_scale) throw MoneyError("decimal scale must be 0 to 18");
    if (scale >= scale_) return *this;
    return make_decimal(div_round(mantissa_, pow10(scale_ - scale), r), scale);
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
    int s = std::max(a.scale_, b.scale_);
    i128 x = static_cast<i128>(a.mantissa_) * pow10(s - a.scale_);
    i128 y = static_cast<i128>(b.mantissa_) * pow10(s - b.scale_);
    return x < y ? std::strong_ordering::less : (x > y ? std::strong_ordering::greater : std::strong_ordering::equal);
}

// --- Money ----------------------------------------------------------------------------------

Money Money::from_decimal(Currency currency, const Decimal& amount, Rounding r) {
    int e = currency.minor_digits() - amount.scale();
    i128 minor = e >= 0 ? mul(amount.mantissa(), pow10(e)) : div_round(amount.mantissa(), pow10(-e), r);
    return Money(currency, to_i64(minor));
}

std::optional<Money> Money::try_parse(std::string_view text, Currency currency, std::string* error) {
    std::string code;
    std::string_view number;
    split_code(text, code, number);
    std::string err;
    const std::string quoted = "'" + std::string(trim(text)) + "'";
    if (!code.empty() && code != currency.code() && !Currency::find(code)) {
        err = quoted + " is not an amount";
    } else if (!code.empty() && code != currency.code()) {
        err = quoted + " is in " + code + ", expected " + std::string(currency.code());
    } else if (auto num = read_number(number, err)) {
        std::string frac = num->frac_digits;
        const auto digits = static_cast<std::size_t>(currency.minor_digits());
        // Extra decimals are accepted only as zeros: "21932.800" is exact, "1.234" EUR is not.
        while (frac.size() > digits && frac.back() == '0') frac.pop_back();
        if (frac.size() > digits) {
            const std::size_t given = num->frac_digits.size();
            err = quoted + " has " + std::to_string(given) + (given == 1 ? " decimal place; " : " decimal places; ") +
                  std::string(currency.code()) + " amounts have " +
                  (digits == 0 ? std::string("none") : std::to_string(digits));
        } else {
            frac.append(digits - frac.size(), '0');
            if (auto v = digits_value(num->int_digits + frac)) {
                return Money(currency, static_cast<std::int64_t>(num->negative ? -*v : *v));
            }
            err = quoted + " is too large";
        }
    }
    if (error) *error = err;
    return std::nullopt;
}

std::optional<Money> Money::try_parse(std::string_view text, std::string* error) {
    std::string code;
    std::string_view number;
    split_code(text, code, number);
    std::string err;
    if (code.empty()) {
        err = "'" + std::string(trim(text)) + "' names no currency (write e.g. 'EUR 40,000')";
    } else if (auto c = Currency::find(code)) {
        return try_parse(text, *c, error);
    } else {
        err = "unknown currency code '" + code + "'";
    }
    if (error) *error = err;
    return std::nullopt;
}

Money Money::parse(std::string_view text, Currency currency) {
    std::string err;
    if (auto m = try_parse(text, currency, &err)) return *m;
    throw MoneyError(err);
}

Money Money::parse(std::string_view text) {
    std::string err;
    if (auto m = try_parse(text, &err)) return *m;
    throw MoneyError(err);
}

Decimal Money::amount() const { return Decimal(minor_, currency_.minor_digits()); }

std::string Money::format_amount(bool compact) const {
    std::string ip, fp;
    split_digits(minor_, currency_.minor_digits(), ip, fp);
    if (compact && fp.find_first_not_of('0') == std::string::npos) fp.clear();
    std::string out = minor_ < 0 ? "-" : "";
    out += group_digits(ip);
    if (!fp.empty()) out += "." + fp;
    return out;
}

std::string Money::to_string(bool compact) const {
    if (currency_.empty()) return format_amount(compact);
    return std::string(currency_.code()) + " " + format_amount(compact);
}

namespace {

// The currency two amounts share; a currency-less zero takes the other's.
Currency common_currency(const Money& a, const Money& b, const char* what) {
    if (a.currency() == b.currency()) return a.currency();
    if (a.currency().empty() && a.is_zero()) return b.currency();
    if (b.currency().empty() && b.is_zero()) return a.currency();
    throw MoneyError(std::string("cannot ") + what + " " + a.to_string() + " and " + b.to_string() +
                     ": different currencies; convert one first");
}

}  // namespace

Money operator+(const Money& a, const Money& b) {
    Currency c = common_currency(a, b, "add");
    std::int64_t r = 0;
    if (__builtin_add_overflow(a.minor_, b.minor_, &r)) throw MoneyError("amount overflow: the figures are too large");
    return Money(c, r);
}

Money operator-(const Money& a, const Money& b) {
    Currency c = common_currency(a, b, "subtract");
    std::int64_t r = 0;
    if (__builtin_sub_overflow(a.minor_, b.minor_, &r)) throw MoneyError("amount overflow: the figures are too large");
    return Money(c, r);
}

// Out of line on purpose: inlined, GCC 12 at -O2 reports a false -Wstringop-overflow on the
// 16-byte copy into the 3-byte currency code of callers' objects.
Money& Money::operator+=(const Money& b) { return *this = *this + b; }
Money& Money::operator-=(const Money& b) { return *this = *this - b; }

Money Money::operator-() const {
    if (minor_ == INT64_MIN) throw MoneyError("amount overflow: the figures are too large");
    return Money(currency_, -minor_);
}

Money Money::abs() const { return minor_ < 0 ? -*this : *this; }

Money Money::times(const Decimal& factor, Rounding r) const {
    i128 num = static_cast<i128>(minor_) * factor.mantissa();
    return Money(currency_, to_i64(div_round(num, pow10(factor.scale()), r)));
}

Money Money::scaled(const Decimal& num, const Decimal& den, Rounding r) const {
    if (den.is_zero()) throw MoneyError("division by zero");
    // minor × (n.m / 10^n.s) / (d.m / 10^d.s) = minor × n.m × 10^d.s / (d.m × 10^n.s)
    i128 n = mul(mul(minor_, num.mantissa()), pow10(den.scale()));
    i128 d = mul(den.mantissa(), pow10(num.scale()));
    return Money(currency_, to_i64(div_round(n, d, r)));
}

Money Money::converted(Currency to, const Decimal& rate, Rounding r) const {
    // Minor units of `to` = minor × rate × 10^(to digits − from digits): one division, one rounding.
    int e = to.minor_digits() - currency_.minor_digits();
    i128 n = static_cast<i128>(minor_) * rate.mantissa();
    i128 d = pow10(rate.scale());
    if (e >= 0) n = mul(n, pow10(e));
    else d = mul(d, pow10(-e));
    return Money(to, to_i64(div_round(n, d, r)));
}

bool operator==(const Money& a, const Money& b) {
    if (a.currency_ == b.currency_) return a.minor_ == b.minor_;
    return a.is_zero() && b.is_zero() && (a.currency_.empty() || b.currency_.empty());
}

std::strong_ordering operator<=>(const Money& a, const Money& b) {
    (void)common_currency(a, b, "compare");
    return a.minor_ <=> b.minor_;
}

std::vector<Money> apportion(const Money& total, const std::vector<Decimal>& weights) {
    if (weights.empty()) throw MoneyError("nothing to apportion over: no quantities");
    int scale = 0;
    for (const auto& w : weights) {
        if (w.is_negative()) throw MoneyError("cannot apportion over a negative quantity (" + w.to_string() + ")");
        scale = std::max(scale, w.scale());
    }
    // Weights brought to one scale become integers, so each share is total × w / W exactly.
    std::vector<i128> iw;
    i128 sum = 0;
    for (const auto& w : weights) {
        iw.push_back(mul(w.mantissa(), pow10(scale - w.scale())));
        if (__builtin_add_overflow(sum, iw.back(), &sum)) throw MoneyError("amount overflow: the figures are too large");
    }
    if (sum == 0) throw MoneyError("cannot apportion over quantities that sum to zero");
    const bool neg = total.is_negative();
    const i128 t = abs128(total.minor_units());
    std::vector<i128> base(iw.size());
    std::vector<i128> rem(iw.size());
    i128 given = 0;
    for (std::size_t i = 0; i < iw.size(); ++i) {
        i128 p = mul(t, iw[i]);
        base[i] = p / sum;
        rem[i] = p % sum;
        given += base[i];
    }
    std::vector<std::size_t> order(iw.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rem[a] > rem[b]; });
    for (std::size_t k = 0; given < t; ++k, ++given) ++base[order[k]];
    std::vector<Money> out;
    out.reserve(iw.size());
    for (i128 b : base) out.emplace_back(total.currency(), to_i64(neg ? -b : b));
    return out;
}

std::ostream& operator<<(std::ostream& os, const Decimal& d) { return os << d.to_string(); }
std::ostream& operator<<(std::ostream& os, const Money& m) { return os << m.to_string(); }
std::ostream& operator<<(std::ostream& os, const Currency& c) {
    return os << (c.empty() ? std::string_view("(no currency)") : c.code());
}

}  // namespace clearance::core
