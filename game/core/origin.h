// Origin: the rules-of-origin engine (primer section 4). Decides whether goods originate in the
// country that produced them under one agreement's rule set, and explains why line by line.
//
// Used by generated `origin` steps (the key comes from determine_origin), by the origin grader
// and by the debrief. An Agreement is one rule set: non-preferential (Kyoto Convention Annex K)
// or a named free-trade agreement, with its parties, cumulation, direct-transport requirement,
// the price the percentages are taken on (ex-works or FOB) and its product-specific rules keyed
// by HS code. A rule combines wholly obtained, a change of tariff classification (CC / CTH /
// CTSH) with a de minimis tolerance, and a value test (RVC build-down or build-up, or maximum
// non-originating content), joined by "or" or "and".
// Invariants: all amounts of one case are Money of one currency (mixing throws MoneyError);
// every percentage comparison is exact (cross-multiplied Decimals, never floating point); a
// boundary value passes (RVC equal to the minimum, failing materials equal to the tolerance,
// non-originating content equal to the maximum). Minimal operations never confer origin on
// non-originating materials. A case the engine cannot decide (missing price, missing HS code,
// producer outside the agreement) yields problems and determined == false, never a guess.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/hs_code.h"
#include "core/money.h"

namespace clearance::core {

// ---- the facts of a case -------------------------------------------------------------------

enum class WhollyObtained {
    no,
    grown_and_harvested,
    born_and_raised,
    mined,
    caught_by_national_vessel,
    waste_from_production,
};

std::string_view wholly_obtained_name(WhollyObtained w);  // "grown and harvested", ...

// What was done in the producing country. Every kind but `manufacture` is a minimal operation.
enum class Processing {
    manufacture,  // working beyond the minimal operations (cutting, sewing, moulding...)
    packing,
    labelling,
    sorting,
    simple_mixing,
    simple_assembly,
    preservation_for_transport,
};

std::string_view processing_name(Processing p);  // "manufacture", "packing", ...
bool is_minimal(Processing p);                   // true for all but manufacture

struct ProcessStep {
    std::string description;  // "cutting and stitching the uppers"
    Processing kind = Processing::manufacture;
};

struct Material {
    std::string description;         // "cocoa beans"
    std::optional<HsCode> hs_code;   // needed for a non-originating material under a CTC rule
    Money value;                     // as the agreement counts it (usually the customs value)
    bool originating = false;        // has originating status in `country`
    std::string country;             // ISO 3166 alpha-2, e.g. "GH"
};

struct Transport {
    std::vector<std::string> transit_countries;  // empty: shipped directly
    bool processed_in_transit = false;  // anything beyond unloading, reloading, preservation
    bool transit_proof = true;          // evidence the goods stayed under customs control
};

// ---- the rules -----------------------------------------------------------------------------

enum class CtcLevel { none, chapter, heading, subheading };
std::string_view ctc_abbrev(CtcLevel c);  // "", "CC", "CTH", "CTSH"

enum class ValueTest { none, rvc_build_down, rvc_build_up, max_non_originating };
enum class RuleJoin { either, both };  // how the CTC and the value test combine
enum class ValueBasis { ex_works, fob };
enum class Cumulation { none, bilateral, diagonal };

struct OriginRule {
    bool wholly_obtained_only = false;  // "WO": the product must be wholly obtained
    CtcLevel ctc = CtcLevel::none;
    Decimal tolerance_percent;          // de minimis for the CTC, % of the basis price
    ValueTest value_test = ValueTest::none;
    Decimal value_percent;              // RVC minimum, or non-originating maximum
    RuleJoin join = RuleJoin::either;   // used when both a CTC and a value test are set
};

// "CTH (tolerance 10%) or RVC >= 40% (build-down)", "WO", "max. non-originating 50%".
std::string describe_rule(const OriginRule& rule);

// A product-specific rule for the codes under `code` (a chapter, heading or subheading).
struct ProductRule {
    HsCode code;
    OriginRule rule;
};

struct Agreement {
    std::string name;                    // "EU-Ghana EPA", "non-preferential"
    bool preferential = false;
    std::vector<std::string> parties;    // ISO codes of the parties whose goods can originate
    Cumulation cumulation = Cumulation::none;
    std::vector<std::string> diagonal_countries;  // counted too under diagonal cumulation
    bool direct_transport_required = true;  // preferential agreements only
    ValueBasis basis = ValueBasis::ex_works;
    OriginRule default_rule;             // when no product rule matches
    std::vector<ProductRule> product_rules;
};

// Non-preferential origin (Kyoto Convention, Annex K): the last substantial transformation,
// tested here by a change of heading, the usual residual criterion; no preference, no cumulation.
Agreement non_preferential_agreement();

// The agreement's rule for `product`: the product rule with the longest matching code, or the
// default rule.
const OriginRule& rule_for(const Agreement& agreement, const HsCode& product);

struct OriginCase {
    std::string product;                // "chocolate bars"
    std::optional<HsCode> hs_code;      // the product's classification
    std::string country;                // where it was produced and exported from
    std::optional<Money> ex_works_price;
    std::optional<Money> fob_price;
    std::vector<Material> materials;    // the bill of materials
    WhollyObtained wholly_obtained = WhollyObtained::no;
    std::vector<ProcessStep> processing;
    Transport transport;
    std::optional<OriginRule> rule;     // overrides the agreement's rule for this product
};

// ---- the result ----------------------------------------------------------------------------

// The criteria a verdict can rest on; a trainee names one of them.
enum class OriginCriterion {
    wholly_obtained,       // conferred: wholly obtained; refused: the rule demands it
    originating_materials, // conferred: made only from originating materials
    tariff_shift,          // the CTC test (with its tolerance)
    value_content,         // the RVC or maximum non-originating content test
    minimal_operations,    // refused: only minimal operations on non-originating materials
    direct_transport,      // refused: direct transport / non-alteration broken
};

std::string_view origin_criterion_id(OriginCriterion c);  // "tariff_shift", ...
std::optional<OriginCriterion> parse_origin_criterion(std::string_view id);

// One criterion the engine evaluated.
struct OriginFinding {
    OriginCriterion criterion;
    bool passed = false;
    std::string rule;    // "CTH, tolerance 10%", "RVC build-down >= 40%", "wholly obtained"
    std::string detail;  // the decisive fact: "RVC = 42% >= 40%"
};

struct OriginResult {
    bool determined = false;  // false when problems prevented a verdict
    bool rule_met = false;    // the product rule (or wholly obtained) is satisfied
    bool conferred = false;   // the verdict: originating (and, for a preference, shipped directly)
    std::string country;      // the origin when conferred, else empty
    std::string agreement;    // the agreement's name
    std::string rule_text;    // describe_rule of the rule applied
    std::vector<OriginFinding> findings;          // in evaluation order
    std::vector<OriginCriterion> deciding;        // the criteria the verdict rests on
    std::optional<Decimal> value_percent;         // RVC % or non-originating %, 2 decimals
    Money non_originating_value;
    Money originating_value;
    std::string reason;                           // one sentence
    std::vector<std::string> trail;               // every step, in order
    std::vector<std::string> problems;            // why the case could not be decided
};

// Decides origin under `agreement`. Throws MoneyError if the case mixes currencies.
OriginResult determine_origin(const OriginCase& c, const Agreement& agreement);

}  // namespace clearance::core
