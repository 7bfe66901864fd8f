// A generated class history: many profiles, attempts and answers, written fast in batched
// transactions, for `clearance bench` (the dashboard over 1,000,000 answers) and load tests.
//
// Not for real data: scores are random but plausible (stronger trainees score higher, so item
// analysis finds positive discrimination), and every attempt is finished. Deterministic for a
// given seed.
#pragma once

#include <cstdint>

namespace clearance::store {

class Store;

struct SyntheticSpec {
    int profiles = 1000;
    int attempts_per_profile = 20;
    int answers_per_attempt = 50;  // 1000 x 20 x 50 = 1,000,000 answers
    int scenarios = 50;            // each with answers_per_attempt steps
    std::uint64_t seed = 1;
};

// Appends the history to `store` (empty or not) and rebuilds the summary tables. Throws
// StoreError like any write.
void generate_synthetic_history(Store& store, const SyntheticSpec& spec);

}  // namespace clearance::store
