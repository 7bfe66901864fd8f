// Risk grader: grades a trainee's channel choice and the indicators they give to justify it
// (DESIGN.md section 2, step kind `risk`) against a key, usually built from the risk engine.
//
// Used by the session for `risk` steps. Points: the channel is worth 6, the indicators 4.
// Channel errors are asymmetric: sending a declaration that needs control to a lighter channel
// (missing a real risk) costs more than a needless control of the same distance, because a
// missed risk lets fraud or unsafe goods through while a needless check costs a trader hours.
// The share of the 6 channel points lost (row: channel due, column: channel chosen):
//
//              chosen green  blue  yellow  red
//   due green        0       0.25  0.25    0.5
//   due blue         0.5     0     0.25    0.5
//   due yellow       0.75    0.5   0       0.25
//   due red          1       0.75  0.5     0
//
// Indicators are scored like inspect flags (flag_fraction): each key indicator named earns its
// share of 4, each named indicator not in the key costs `false_alarm_cost` of a share.
// Invariants: indicator ids are compared exactly after trimming; duplicates count once.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/grade.h"
#include "core/risk.h"

namespace clearance::core {

struct RiskKeyIndicator {
    std::string id;      // an indicator_id() or an author's own id
    std::string reason;  // why it applies to this declaration
};

struct RiskKey {
    Channel channel = Channel::green;
    std::vector<RiskKeyIndicator> indicators;  // the indicators that justify the channel
    std::string explanation;                   // shown after the channel line; may be empty
    double false_alarm_cost = 0.5;
};

struct RiskAnswer {
    Channel channel = Channel::green;
    std::vector<std::string> indicators;
};

inline constexpr double risk_channel_points = 6.0;
inline constexpr double risk_indicator_points = 4.0;

// The share of channel points lost when `chosen` is picked and `due` is right (table above).
double channel_cost(Channel due, Channel chosen);

// The key the engine's assessment implies: its channel and every contributing indicator.
RiskKey risk_key_from(const RiskAssessment& assessment);

// Grades channel then indicators; the channel line names the band rule, each indicator line
// says hit, missed or false alarm.
Grade grade_risk(const RiskKey& key, const RiskAnswer& answer);

}  // namespace clearance::core
