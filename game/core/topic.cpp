#include "core/topic.h"

namespace clearance::core {

std::string_view topic_id(Topic t) {
    switch (t) {
        case Topic::classification: return "classification";
        case Topic::valuation: return "valuation";
        case Topic::origin: return "origin";
        case Topic::revenue: return "revenue";
        case Topic::fraud: return "fraud";
        case Topic::security: return "security";
        case Topic::facilitation: return "facilitation";
        case Topic::ethics: return "ethics";
    }
    return "classification";
}

std::optional<Topic> parse_topic(std::string_view id) {
    for (Topic t : all_topics)
        if (topic_id(t) == id) return t;
    return std::nullopt;
}

}  // namespace clearance::core
