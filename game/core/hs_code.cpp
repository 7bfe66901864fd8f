#include "core/hs_code.h"

#include <algorithm>
#include <cassert>

namespace clearance::core {

const char* hs_level_name(HsLevel level) {
    switch (level) {
        case HsLevel::section: return "section";
        case HsLevel::chapter: return "chapter";
        case HsLevel::heading: return "heading";
        case HsLevel::subheading: return "subheading";
    }
    return "subheading";
}

const char* hs_agreement_name(HsAgreement a) {
    switch (a) {
        case HsAgreement::none: return "none";
        case HsAgreement::section: return "section";
        case HsAgreement::chapter: return "chapter";
        case HsAgreement::heading: return "heading";
        case HsAgreement::subheading: return "subheading";
    }
    return "none";
}

namespace {

// National extensions run to 8 (EU CN), 9 (Japan), 10 (US HTS, TARIC) and at most 12 digits in
// the tariffs we know of; anything longer is a typing accident rather than a code.
constexpr std::size_t max_total_digits = 12;

bool is_space(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

// The offending character as the trainee typed it: a whole UTF-8 sequence, not one byte of it.
std::string char_at(std::string_view s, std::size_t i) {
    std::size_t n = 1;
    const auto lead = static_cast<unsigned char>(s[i]);
    if (lead >= 0xF0) n = 4;
    else if (lead >= 0xE0) n = 3;
    else if (lead >= 0xC0) n = 2;
    return std::string(s.substr(i, n));
}

}  // namespace

std::optional<HsCode> HsCode::parse(std::string_view text, std::string* why) {
    auto fail = [&](const std::string& reason) -> std::optional<HsCode> {
        if (why) *why = "\"" + std::string(text) + "\" is not an HS code: " + reason;
        return std::nullopt;
    };
    const std::string_view s = trim(text);
    if (s.empty()) return fail("it is empty");

    std::string all;
    bool after_separator = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            all.push_back(c);
            after_separator = false;
            continue;
        }
        if (c == '.' || is_space(c)) {
            if (all.empty()) return fail("it starts with a separator");
            // A run of spaces is one separator; a dot next to another separator is a typo.
            if (after_separator && !(is_space(c) && is_space(s[i - 1])))
                return fail("two separators in a row");
            if (all.size() % 2 != 0)
                return fail("a separator may only follow 2, 4 or 6 digits (as in 85.17 or "
                            "8517.13), not " + std::to_string(all.size()));
            after_separator = true;
            continue;
        }
        return fail("digits expected, found '" + char_at(s, i) + "'");
    }
    if (after_separator) return fail("it ends with a separator");
    const std::size_t n = all.size();
    if (n > max_total_digits)
        return fail(std::to_string(n) + " digits is too many (6 for the HS, at most " +
                    std::to_string(max_total_digits) + " with national digits)");
    if (n < 6 && n % 2 != 0)
        return fail(std::to_string(n) + (n == 1 ? " digit" : " digits") +
                    "; an HS code has 2 (chapter), 4 (heading) or 6 (subheading)");
    HsCode code;
    code.digits_ = all.substr(0, std::min<std::size_t>(n, 6));
    if (n > 6) code.national_ = all.substr(6);
    return code;
}

HsCode HsCode::parse_or_throw(std::string_view text) {
    std::string why;
    auto code = parse(text, &why);
    if (!code) throw HsCodeError(why);
    return *code;
}

HsLevel HsCode::level() const {
    switch (digits_.size()) {
        case 2: return HsLevel::chapter;
        case 4: return HsLevel::heading;
        default: return HsLevel::subheading;
    }
}

HsCode HsCode::truncated(HsLevel level) const {
    assert(level != HsLevel::section && "a section has no digits to cut a code to");
    const std::size_t keep = level == HsLevel::chapter ? 2 : level == HsLevel::heading ? 4 : 6;
    if (keep >= digits_.size()) return *this;
    HsCode cut;
    cut.digits_ = digits_.substr(0, keep);
    return cut;
}

std::string HsCode::str() const {
    if (digits_.size() == 6) return digits_.substr(0, 4) + "." + digits_.substr(4);
    return digits_;
}

std::string HsCode::wco_str() const {
    if (digits_.size() == 4) return digits_.substr(0, 2) + "." + digits_.substr(2);
    return str();
}

std::string HsCode::full_str() const {
    std::string out = str();
    // National digits are conventionally written in pairs: 8517.13.00.10.
    for (std::size_t i = 0; i < national_.size(); i += 2) out += "." + national_.substr(i, 2);
    return out;
}

HsAgreement hs_digit_agreement(const HsCode& a, const HsCode& b) {
    const std::string& x = a.digits();
    const std::string& y = b.digits();
    std::size_t same = 0;
    const std::size_t n = std::min(x.size(), y.size());
    while (same < n && x[same] == y[same]) ++same;
    // Agreement counts whole digit pairs only: 8517 and 8518 share "851" but not a heading.
    if (same >= 6) return HsAgreement::subheading;
    if (same >= 4) return HsAgreement::heading;
    if (same >= 2) return HsAgreement::chapter;
    return HsAgreement::none;
}

}  // namespace clearance::core
