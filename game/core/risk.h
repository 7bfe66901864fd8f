// Risk: the selectivity engine that routes a declaration to a control channel (primer section 7).
//
// Used by generated `risk` steps (the key of the step comes from here), by the risk grader's
// callers and by the debrief. A declaration's facts become risk indicators (primer sections 6
// and 7: price far below the reference, new importer, vague description, origin with no matching
// industry, unusual routing, AEO status, trader history, intelligence hit, random selection...);
// each present indicator adds its weight from a RiskProfile to a score, and the score's band
// gives the channel: green (release), yellow (documentary check), red (physical examination) and,
// when the profile enables it, blue (release now, post-clearance audit).
// Invariants: deterministic (same facts and profile, same result, same trail order); weights and
// thresholds are plain integers an author can change; a random selection is a fact drawn by the
// scenario's seeded RNG, never drawn here.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/money.h"

namespace clearance::core {

// Control channels, in increasing order of control.
enum class Channel { green, blue, yellow, red };

std::string_view channel_id(Channel c);                 // "green", "blue", "yellow", "red"
std::optional<Channel> parse_channel(std::string_view id);  // nullopt when unknown
std::string_view channel_meaning(Channel c);            // "release without checks", ...

// The indicators the engine knows. Scenario files name them by indicator_id().
enum class Indicator {
    price_below_reference,    // declared price far below the reference/database price
    new_importer,             // no history with customs
    vague_description,        // "parts", "accessories", "general merchandise"
    origin_without_industry,  // claimed origin has no matching industry
    unusual_routing,          // a route that makes no commercial sense (transshipment)
    weight_inconsistent,      // weight or volume does not fit the declared goods
    documents_contradict,     // invoice, packing list, bill of lading disagree
    new_source_after_duty,    // sudden rise from a new source after an anti-dumping order
    split_shipment,           // many small consignments to one address
    unusual_consignee,        // forwarder or private person receiving commercial quantities
    cash_payment,             // payment in cash or outside the invoice
    poor_trader_history,      // earlier offences or irregularities
    intelligence_hit,         // a match with an intelligence alert or risk profile
    random_selection,         // drawn at random to measure the profiles
    aeo_certified,            // Authorised Economic Operator: lowers risk
    good_trader_history,      // long compliant record: lowers risk
};

inline constexpr std::size_t indicator_count = 16;

std::string_view indicator_id(Indicator i);                  // "price_below_reference", ...
std::string_view indicator_label(Indicator i);               // "price far below the reference"
std::optional<Indicator> parse_indicator(std::string_view id);  // nullopt when unknown

// Weights and thresholds. Scores are integer points; the bands are
// score >= red_threshold: red; >= yellow_threshold: yellow; >= blue_threshold (blue enabled):
// blue; otherwise green. A random selection lifts a lower channel to random_channel.
struct RiskProfile {
    std::array<int, indicator_count> weights{};
    int yellow_threshold = 20;
    int red_threshold = 50;
    bool use_blue = false;
    int blue_threshold = 10;
    Channel random_channel = Channel::red;
    int price_floor_percent = 70;  // price_below_reference when declared < this % of reference
    int new_importer_below = 1;    // new_importer when prior declarations < this

    // The default profile documented in risk.cpp.
    static RiskProfile standard();

    int weight(Indicator i) const { return weights[static_cast<std::size_t>(i)]; }
    void set_weight(Indicator i, int w) { weights[static_cast<std::size_t>(i)] = w; }
};

// What is known about one declaration. Measured facts (prices, history, description) are turned
// into indicators by the engine; the others are flags the scenario sets.
struct RiskFacts {
    std::optional<Money> declared_unit_price;
    std::optional<Money> reference_unit_price;  // same currency as the declared price
    std::optional<int> importer_prior_declarations;
    int importer_prior_offences = 0;
    bool aeo = false;
    std::string description;        // the goods description as declared; empty: not checked
    std::vector<Indicator> flags;   // indicators stated outright (routing, intelligence, ...)
};

// One indicator found, with why it was found and the points it added.
struct RiskContribution {
    Indicator indicator;
    int points = 0;
    std::string reason;
};

struct RiskAssessment {
    int score = 0;
    Channel channel = Channel::green;
    std::vector<RiskContribution> contributions;  // in indicator order, each indicator once
    std::vector<std::string> trail;               // contributions, then the band, then overrides
};

// True when every word of `description` is generic ("spare parts", "accessories", "goods").
bool is_vague_description(std::string_view description);

// The indicators the facts show, each once, in indicator order, with the reason.
// Throws MoneyError if the declared and reference prices are in different currencies.
std::vector<RiskContribution> detect_indicators(const RiskFacts& facts, const RiskProfile& profile);

// Scores the facts and picks the channel, with the explanation trail.
RiskAssessment assess_risk(const RiskFacts& facts, const RiskProfile& profile = RiskProfile::standard());

// Scores indicators already known (duplicates count once).
RiskAssessment assess_indicators(const std::vector<Indicator>& present,
                                 const RiskProfile& profile = RiskProfile::standard());

}  // namespace clearance::core
