// Inspect grader: grades the fields a trainee flagged on a consignment's documents (DESIGN.md
// section 2, step kind `inspect`) against the findings that are truly wrong.
//
// Used by the session for `inspect` steps and by progress statistics (d′ over time). A finding
// is a conflict between fields of different documents (invoice vs packing list vs bill of lading
// vs certificate), found by flagging any of its fields, or a counterfeit mark (one field id).
// Scoring: each finding found earns `points_per_finding`; a missed finding earns nothing; each
// flag on a field that belongs to no finding is a false alarm costing `false_alarm_cost` of a
// finding's points; the score never goes below zero. With no findings at all (a clean
// consignment), the step is worth one finding's points and only false alarms cost.
// Invariants: field ids are compared after trimming surrounding spaces; a field flagged twice
// counts once; flagging both sides of one conflict finds it once and is no false alarm.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/grade.h"

namespace clearance::core {

// Something truly wrong on the documents.
struct InspectFinding {
    std::vector<std::string> fields;  // e.g. {"invoice.lines[2].quantity", "packing_list.lines[2].quantity"}
    std::string explanation;          // "the invoice says 1,200 pairs, the packing list 1,020"
    std::string rule;                 // what decides, e.g. "TRIPS Art. 51" for a counterfeit mark
};

// A field that looks suspicious but is fine, with why; used to explain a false alarm.
struct InspectDecoy {
    std::string field;
    std::string explanation;
    std::string rule;
};

struct InspectKey {
    std::vector<InspectFinding> findings;
    std::vector<InspectDecoy> decoys;
    // How many flaggable fields are fine (the noise trials of d′); 0 when unknown.
    int fine_field_count = 0;
    double points_per_finding = 1.0;
    double false_alarm_cost = 0.5;  // fraction of a finding's points lost per false alarm
};

struct InspectAnswer {
    std::vector<std::string> flagged;  // field ids, in the order the trainee flagged them
};

// Signal-detection tallies; they add up across steps for statistics over time.
struct SignalCounts {
    int hits = 0;
    int misses = 0;
    int false_alarms = 0;
    int correct_rejections = 0;

    SignalCounts& operator+=(const SignalCounts& o);
};

// The tallies for one answer. Correct rejections are fine_field_count minus false alarms
// (never below zero), so they are 0 when the key does not know its fine fields.
SignalCounts count_signals(const InspectKey& key, const InspectAnswer& answer);

// hits / (hits + false alarms); nullopt when nothing was flagged.
std::optional<double> precision(const SignalCounts& c);
// hits / (hits + misses); nullopt when there was nothing to find.
std::optional<double> recall(const SignalCounts& c);

// Sensitivity d′ = z(hit rate) − z(false-alarm rate), with the log-linear correction (Hautus
// 1995: add 0.5 to each count and 1 to each total) so rates of 0 or 1 stay finite. nullopt when
// there are no signal trials or no noise trials.
std::optional<double> d_prime(const SignalCounts& c);

// The inverse of the standard normal distribution function, for 0 < p < 1.
double inverse_normal_cdf(double p);

// Share of a flag-based part earned, in [0, 1]: (hits − cost × false alarms) / key_size, or
// 1 − cost × false alarms when key_size is 0. Shared with the risk grader's indicators.
double flag_fraction(int hits, int key_size, int false_alarms, double cost);

// Grades the flagged fields: one line per finding (found or missed) naming its rule, one per
// false alarm, then precision, recall and, when the fine fields are known, d′.
Grade grade_inspect(const InspectKey& key, const InspectAnswer& answer);

}  // namespace clearance::core
