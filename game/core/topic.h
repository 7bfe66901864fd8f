// Topic: the eight fields of work a scenario belongs to (DESIGN.md section 2), following the
// WCO's fields of work. The ids are the scenario format's `topic` values and the store's keys.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace clearance::core {

enum class Topic { classification, valuation, origin, revenue, fraud, security, facilitation, ethics };

inline constexpr std::array<Topic, 8> all_topics = {
    Topic::classification, Topic::valuation, Topic::origin,       Topic::revenue,
    Topic::fraud,          Topic::security,  Topic::facilitation, Topic::ethics};

std::string_view topic_id(Topic t);                        // "classification", ...
std::optional<Topic> parse_topic(std::string_view id);     // nullopt when unknown

}  // namespace clearance::core
