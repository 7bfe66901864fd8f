#include "core/grade_risk.h"

#include <algorithm>
#include <set>

#include "core/grade_inspect.h"

namespace clearance::core {

namespace {

Message selectivity_rule() { return phrase("WCO SAFE Framework, risk management: selectivity"); }

// Rows: channel due; columns: channel chosen; both in Channel order (green, blue, yellow, red).
// Under-control n steps away always costs more than over-control n steps away; see the header.
constexpr std::array<std::array<double, 4>, 4> cost_table = {{
    {0.0, 0.25, 0.25, 0.5},
    {0.5, 0.0, 0.25, 0.5},
    {0.75, 0.5, 0.0, 0.25},
    {1.0, 0.75, 0.5, 0.0},
}};

std::string trim(const std::string& s) {
    auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

// "red (physical examination)"
Message channel_words(Channel c) {
    return msg("{0} ({1})", phrase(std::string(channel_id(c))), phrase(std::string(channel_meaning(c))));
}

// "price far below the reference price" for a known id, the id itself for an author's own.
std::string label_of(const std::string& id) {
    if (auto i = parse_indicator(id)) return std::string(indicator_label(*i));
    return id;
}

Message indicator_rule(const std::string& id) { return msg("risk indicator: {0}", phrase(label_of(id))); }


}  // namespace

double channel_cost(Channel due, Channel chosen) {
    return cost_table[static_cast<std::size_t>(due)][static_cast<std::size_t>(chosen)];
}

RiskKey risk_key_from(const RiskAssessment& assessment) {
    RiskKey key;
    key.channel = assessment.channel;
    for (const auto& c : assessment.contributions) {
        key.indicators.push_back(RiskKeyIndicator{std::string(indicator_id(c.indicator)), c.reason});
    }
    return key;
}

Grade grade_risk(const RiskKey& key, const RiskAnswer& answer) {
    Grade g;
    g.max = risk_channel_points + risk_indicator_points;

    double lost = channel_cost(key.channel, answer.channel);
    double channel_score = risk_channel_points * (1.0 - lost);
    if (answer.channel == key.channel) {
        g.add(Verdict::correct, msg("Channel {0} is right.", channel_words(answer.channel)), selectivity_rule());
    } else {
        bool under = answer.channel < key.channel;
        Message why = under ? msg("a real risk would go unchecked, the costlier error")
                            : msg("a needless control delays a trader and uses officers' time");
        g.add(channel_score > 0 ? Verdict::partial : Verdict::wrong,
              msg("Channel {0} chosen, {1} due: {2}.", channel_words(answer.channel), channel_words(key.channel), why),
              selectivity_rule());
    }
    if (!key.explanation.empty()) g.add(Verdict::info, key.explanation);

    std::set<std::string> named;
    for (const auto& raw : answer.indicators) {
        std::string id = trim(raw);
        if (!id.empty()) named.insert(id);
    }
    int hits = 0;
    for (const auto& ki : key.indicators) {
        std::string id = trim(ki.id);
        if (named.count(id)) {
            ++hits;
            g.add(Verdict::correct, msg("Indicator {0} applies: {1}.", id, phrase(ki.reason)), indicator_rule(id));
        } else {
            g.add(Verdict::wrong, msg("Indicator {0} was missed: {1}.", id, phrase(ki.reason)), indicator_rule(id));
        }
    }
    int false_alarms = 0;
    // Iterate the trainee's own order so feedback follows what they wrote.
    std::set<std::string> reported;
    for (const auto& raw : answer.indicators) {
        std::string id = trim(raw);
        if (id.empty() || !reported.insert(id).second) continue;
        bool in_key = std::any_of(key.indicators.begin(), key.indicators.end(),
                                  [&](const RiskKeyIndicator& k) { return trim(k.id) == id; });
        if (in_key) continue;
        ++false_alarms;
        g.add(Verdict::wrong, msg("Indicator {0} does not apply to this declaration.", id), indicator_rule(id));
    }
    if (key.indicators.empty() && false_alarms == 0) {
        g.add(Verdict::correct, msg("No risk indicator applies, and none was named."), selectivity_rule());
    }
    double fraction = flag_fraction(hits, static_cast<int>(key.indicators.size()), false_alarms,
                                    key.false_alarm_cost);
    g.score = channel_score + risk_indicator_points * fraction;
    return g;
}

}  // namespace clearance::core
