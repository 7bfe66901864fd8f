// HsCode: one Harmonized System code as a value (chapter "85", heading "8517", subheading
// "8517.13"), parsed from what a trainee or an author types.
//
// Used by the nomenclature (lookup), the search (code prefixes), the classify grader and the
// script layer (keys in scenario files). Invariants of a parsed code: digits() holds exactly 2, 4
// or 6 ASCII digits; national() holds the digits typed beyond the sixth (a national tariff's
// 8- or 10-digit extension), never graded, only kept for display. A code says nothing about
// existence: ask HsNomenclature::contains(). Codes compare by their six-digit part only.
#pragma once

#include <compare>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace clearance::core {

// The levels of the HS tree, shallowest first. Sections have no digits of their own.
enum class HsLevel { section, chapter, heading, subheading };

const char* hs_level_name(HsLevel level);  // "section", "chapter", "heading", "subheading"

// How deep two codes agree. Ordered: a deeper agreement compares greater.
enum class HsAgreement { none, section, chapter, heading, subheading };

const char* hs_agreement_name(HsAgreement a);  // "none", "section", ...

// Thrown by HsCode::parse_or_throw; what() says what is wrong with the text.
class HsCodeError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

class HsCode {
public:
    // Parses "8517.13", "851713", "8517 13", "8517.13.00", "85.17", "0901", "09". Separators
    // ('.' or spaces) may only follow an even number of digits. Returns nullopt on malformed
    // text and, when `why` is given, stores a message such as
    // `"85x7" is not an HS code: digits expected, found 'x'`.
    static std::optional<HsCode> parse(std::string_view text, std::string* why = nullptr);
    // As parse(), but throws HsCodeError with the same message.
    static HsCode parse_or_throw(std::string_view text);

    const std::string& digits() const { return digits_; }      // "8517", "851713"
    const std::string& national() const { return national_; }  // "00" for "8517.13.00", else ""
    HsLevel level() const;                                     // chapter, heading or subheading

    // The code cut to a shallower level (chapter or heading); the same code when `level` is
    // not shallower. National digits are dropped when the code is cut. Asserts level != section.
    HsCode truncated(HsLevel level) const;

    std::string str() const;       // "85", "8517", "8517.13": the usual trade notation
    std::string wco_str() const;   // "85", "85.17", "8517.13": the notation of the WCO legal text
    std::string full_str() const;  // str() plus national digits in pairs: "8517.13.00"

    // Equal when the six-digit parts are equal; national digits are ignored.
    friend bool operator==(const HsCode& a, const HsCode& b) { return a.digits_ == b.digits_; }
    friend std::strong_ordering operator<=>(const HsCode& a, const HsCode& b) {
        return a.digits_ <=> b.digits_;
    }

private:
    HsCode() = default;
    std::string digits_;
    std::string national_;
};

// The deepest level at which a and b agree, looking only at digits (so never `section`): a
// heading and one of its subheadings agree at the heading. Use HsNomenclature::agreement() to
// also detect two chapters of the same section.
HsAgreement hs_digit_agreement(const HsCode& a, const HsCode& b);

}  // namespace clearance::core
