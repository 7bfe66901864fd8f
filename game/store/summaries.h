// Internal to game/store: the summary tables behind the instructor's reports (migration 2).
//
// Used by Store::finish_attempt, merge and migration 2. Invariant: the summary tables equal what
// rebuild_summaries computes from the finished attempts and their answers; every function here
// runs inside the caller's transaction.
#pragma once

#include <cstdint>

namespace clearance::store::detail {

class Connection;

// Adds one attempt, just marked finished, to profile_topic, item_stats and option_stats.
void add_finished_attempt(Connection& db, std::int64_t attempt_id);

// Recomputes every summary table from the history (migration 2, the bench generator, tests).
void rebuild_summaries(Connection& db);

}  // namespace clearance::store::detail
