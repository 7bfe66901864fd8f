// Review: the scenarios a trainee missed points in come back, spaced out over time, until they
// are answered in full several times running (Leitner's boxes, as flash-card schedules use).
//
// The rule, per scenario, over the trainee's finished attempts in time order: an attempt that
// misses points (hints and lateness count) puts the scenario in box 0; one with full marks moves
// it up a box. A scenario never missed has no review; one in box 0 is due a day after its latest
// attempt, box 1 after 3 days, box 2 after 7, box 3 after 21; box 4 is mastered and leaves the
// schedule. Attempts of any mode count, so a review attempt moves the scenario on like another.
// Standard library only; used by the game (Home's review card) and the tests.
#pragma once

#include "core/progress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace clearance::core {

inline constexpr std::int64_t review_day_ms = 24LL * 60 * 60 * 1000;
inline constexpr int review_boxes = 4;  // boxes 0..3 are reviewed; box 4 is mastered

// The wait after an attempt that leaves a scenario in `box` (0..3).
std::int64_t review_interval_ms(int box);

struct ReviewEntry {
    std::string scenario_id;
    int box = 0;
    std::int64_t last_ms = 0;  // when the latest finished attempt ended
    double last_percent = 0;   // its score, 0..100
    std::int64_t due_ms = 0;   // last_ms + review_interval_ms(box)
};

// The scenarios under review from one trainee's attempts (any order; unfinished ones and those
// with nothing to score are ignored), soonest due first, then by scenario id.
std::vector<ReviewEntry> review_schedule(const std::vector<AttemptRecord>& attempts);

}  // namespace clearance::core
