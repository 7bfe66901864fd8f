#include "core/risk.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace clearance::core {

namespace {

struct IndicatorInfo {
    Indicator indicator;
    std::string_view id;
    std::string_view label;
};

// Order must follow the enum: lookups index this table by the enum's value.
constexpr std::array<IndicatorInfo, indicator_count> indicator_table = {{
    {Indicator::price_below_reference, "price_below_reference", "price far below the reference price"},
    {Indicator::new_importer, "new_importer", "new importer with no history"},
    {Indicator::vague_description, "vague_description", "vague goods description"},
    {Indicator::origin_without_industry, "origin_without_industry", "origin country has no matching industry"},
    {Indicator::unusual_routing, "unusual_routing", "routing that makes no commercial sense"},
    {Indicator::weight_inconsistent, "weight_inconsistent", "weight or volume inconsistent with the goods"},
    {Indicator::documents_contradict, "documents_contradict", "documents contradict each other"},
    {Indicator::new_source_after_duty, "new_source_after_duty", "new source after an anti-dumping order"},
    {Indicator::split_shipment, "split_shipment", "split shipments to one address"},
    {Indicator::unusual_consignee, "unusual_consignee", "forwarder or private person as consignee of commercial quantities"},
    {Indicator::cash_payment, "cash_payment", "cash payment or payment outside the invoice"},
    {Indicator::poor_trader_history, "poor_trader_history", "trader history of offences"},
    {Indicator::intelligence_hit, "intelligence_hit", "intelligence hit"},
    {Indicator::random_selection, "random_selection", "random selection"},
    {Indicator::aeo_certified, "aeo_certified", "Authorised Economic Operator"},
    {Indicator::good_trader_history, "good_trader_history", "long compliant trader history"},
}};

const IndicatorInfo& info(Indicator i) { return indicator_table[static_cast<std::size_t>(i)]; }

std::string signed_points(int points) {
    return (points >= 0 ? "+" : "") + std::to_string(points);
}

// Generic words that say nothing about what the goods are: a description made only of these is
// the "parts" / "accessories" pattern of primer section 6. Joining words are included so that
// "parts and accessories" counts as vague while "parts of motor vehicles" does not.
constexpr std::array<std::string_view, 36> generic_words = {
    "parts",     "part",      "spare",     "spares",    "accessories", "accessory",
    "goods",     "items",     "item",      "articles",  "article",     "products",
    "product",   "merchandise", "general", "various",   "assorted",    "misc",
    "miscellaneous", "sundries", "sundry", "stuff",     "samples",     "sample",
    "materials", "material",  "equipment", "components", "component",  "commodities",
    "and",       "of",        "for",       "the",       "other",       "etc",
};

}  // namespace

std::string_view channel_id(Channel c) {
    switch (c) {
        case Channel::green: return "green";
        case Channel::blue: return "blue";
        case Channel::yellow: return "yellow";
        case Channel::red: return "red";
    }
    return "green";
}

std::optional<Channel> parse_channel(std::string_view id) {
    for (Channel c : {Channel::green, Channel::blue, Channel::yellow, Channel::red}) {
        if (channel_id(c) == id) return c;
    }
    return std::nullopt;
}

std::string_view channel_meaning(Channel c) {
    switch (c) {
        case Channel::green: return "release without checks";
        case Channel::blue: return "release now, post-clearance audit";
        case Channel::yellow: return "documentary check";
        case Channel::red: return "physical examination";
    }
    return "";
}

std::string_view indicator_id(Indicator i) { return info(i).id; }
std::string_view indicator_label(Indicator i) { return info(i).label; }

std::optional<Indicator> parse_indicator(std::string_view id) {
    for (const auto& row : indicator_table) {
        if (row.id == id) return row.indicator;
    }
    return std::nullopt;
}

// Default weights. The scale is set by the thresholds: one strong indicator (30) reaches yellow
// (20), two reach red (50). An intelligence hit (80) reaches red on its own and stays red for an
// AEO (80 - 20 = 60), because targeted intelligence outranks a trader's certification. AEO status
// (-20) takes one strong indicator back to the green band, which is the "fewer checks" benefit of
// SAFE pillar 2. Random selection adds no points: it is an override (see assess_indicators).
RiskProfile RiskProfile::standard() {
    RiskProfile p;
    p.set_weight(Indicator::price_below_reference, 30);
    p.set_weight(Indicator::new_importer, 15);
    p.set_weight(Indicator::vague_description, 15);
    p.set_weight(Indicator::origin_without_industry, 30);
    p.set_weight(Indicator::unusual_routing, 25);
    p.set_weight(Indicator::weight_inconsistent, 25);
    p.set_weight(Indicator::documents_contradict, 25);
    p.set_weight(Indicator::new_source_after_duty, 25);
    p.set_weight(Indicator::split_shipment, 20);
    p.set_weight(Indicator::unusual_consignee, 15);
    p.set_weight(Indicator::cash_payment, 10);
    p.set_weight(Indicator::poor_trader_history, 30);
    p.set_weight(Indicator::intelligence_hit, 80);
    p.set_weight(Indicator::random_selection, 0);
    p.set_weight(Indicator::aeo_certified, -20);
    p.set_weight(Indicator::good_trader_history, -10);
    return p;
}

bool is_vague_description(std::string_view description) {
    std::string word;
    bool any_word = false;
    auto word_is_generic = [&]() {
        if (word.empty()) return true;
        any_word = true;
        bool generic = std::find(generic_words.begin(), generic_words.end(), word) != generic_words.end();
        word.clear();
        return generic;
    };
    for (char ch : description) {
        auto u = static_cast<unsigned char>(ch);
        if (std::isalnum(u) || u >= 0x80) {
            word.push_back(static_cast<char>(std::tolower(u)));
        } else if (!word_is_generic()) {
            return false;
        }
    }
    if (!word_is_generic()) return false;
    return any_word;
}

std::vector<RiskContribution> detect_indicators(const RiskFacts& facts, const RiskProfile& profile) {
    std::array<std::string, indicator_count> reasons;
    std::array<bool, indicator_count> found{};
    auto mark = [&](Indicator i, std::string reason) {
        auto k = static_cast<std::size_t>(i);
        if (found[k]) return;
        found[k] = true;
        reasons[k] = std::move(reason);
    };

    if (facts.declared_unit_price && facts.reference_unit_price) {
        const Money& declared = *facts.declared_unit_price;
        const Money& reference = *facts.reference_unit_price;
        if (!declared.currency().empty() && !reference.currency().empty() &&
            !(declared.currency() == reference.currency())) {
            throw MoneyError("declared price " + declared.to_string() + " and reference price " +
                             reference.to_string() + " are in different currencies");
        }
        // Compare declared × 100 with reference × floor% exactly, without rounding either side.
        Decimal lhs = declared.amount() * Decimal(100);
        Decimal rhs = reference.amount() * Decimal(profile.price_floor_percent);
        if (lhs < rhs) {
            mark(Indicator::price_below_reference,
                 "declared unit price " + declared.to_string() + " is below " +
                     std::to_string(profile.price_floor_percent) + "% of the reference " +
                     reference.to_string());
        }
    }
    if (facts.importer_prior_declarations &&
        *facts.importer_prior_declarations < profile.new_importer_below) {
        mark(Indicator::new_importer, "the importer has " +
                                          std::to_string(*facts.importer_prior_declarations) +
                                          " earlier declarations");
    }
    if (facts.importer_prior_offences > 0) {
        mark(Indicator::poor_trader_history,
             "the importer has " + std::to_string(facts.importer_prior_offences) + " earlier offences");
    }
    if (facts.aeo) mark(Indicator::aeo_certified, "the importer is an Authorised Economic Operator");
    if (!facts.description.empty() && is_vague_description(facts.description)) {
        mark(Indicator::vague_description,
             "the description \"" + facts.description + "\" does not say what the goods are");
    }
    for (Indicator i : facts.flags) mark(i, std::string(indicator_label(i)));

    std::vector<RiskContribution> out;
    for (std::size_t k = 0; k < indicator_count; ++k) {
        if (!found[k]) continue;
        auto i = static_cast<Indicator>(k);
        out.push_back(RiskContribution{i, profile.weight(i), std::move(reasons[k])});
    }
    return out;
}

namespace {

RiskAssessment score(std::vector<RiskContribution> contributions, const RiskProfile& profile) {
    RiskAssessment a;
    bool random = false;
    for (const auto& c : contributions) {
        a.score += c.points;
        if (c.indicator == Indicator::random_selection) random = true;
        a.trail.push_back(std::string(indicator_id(c.indicator)) + ": " + signed_points(c.points) +
                          " (" + c.reason + ")");
    }
    a.contributions = std::move(contributions);

    std::string s = std::to_string(a.score);
    if (a.score >= profile.red_threshold) {
        a.channel = Channel::red;
        a.trail.push_back("score " + s + " >= red threshold " + std::to_string(profile.red_threshold) +
                          ": red, physical examination");
    } else if (a.score >= profile.yellow_threshold) {
        a.channel = Channel::yellow;
        a.trail.push_back("score " + s + " >= yellow threshold " +
                          std::to_string(profile.yellow_threshold) + ": yellow, documentary check");
    } else if (profile.use_blue && a.score >= profile.blue_threshold) {
        a.channel = Channel::blue;
        a.trail.push_back("score " + s + " >= blue threshold " + std::to_string(profile.blue_threshold) +
                          ": blue, release now and audit after clearance");
    } else {
        a.channel = Channel::green;
        a.trail.push_back("score " + s + " below every threshold: green, release without checks");
    }

    // A random selection must reach a real control, or it cannot measure what the profiles miss
    // (primer section 7); it never lowers a channel the score already raised.
    if (random && a.channel < profile.random_channel) {
        a.trail.push_back("random selection lifts " + std::string(channel_id(a.channel)) + " to " +
                          std::string(channel_id(profile.random_channel)) + " to measure the profiles");
        a.channel = profile.random_channel;
    }
    return a;
}

}  // namespace

RiskAssessment assess_risk(const RiskFacts& facts, const RiskProfile& profile) {
    return score(detect_indicators(facts, profile), profile);
}

RiskAssessment assess_indicators(const std::vector<Indicator>& present, const RiskProfile& profile) {
    RiskFacts facts;
    facts.flags = present;
    return score(detect_indicators(facts, profile), profile);
}

}  // namespace clearance::core
