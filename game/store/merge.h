// Merging laptops: imports the progress of other stores into this one (`clearance merge`).
//
// Used by `clearance merge SOURCE...` and the instructor's results screen. Invariants: records
// are matched by UUID, so merging the same source twice adds nothing and merging disjoint
// stores in either order gives the same content; a profile whose name is taken here by a
// different profile (another UUID) is never joined to it: it is imported under a free name
// ("Amina (2)") and reported as a clash, so the instructor can decide. A merge is one
// transaction: it lands whole or not at all. Sources are opened read-only and never changed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace clearance::store {

class Store;

struct NameClash {
    std::string name;         // the name both profiles use
    std::string local_uuid;   // the profile already here
    std::string source_uuid;  // the other one
    std::string imported_as;  // the name it was given here
};

struct MergeReport {
    std::filesystem::path source;
    int profiles_added = 0;
    int attempts_added = 0;
    int attempts_finished = 0;  // unfinished here, finished in the source
    std::int64_t answers_added = 0;
    std::vector<NameClash> clashes;
};

// Called now and then with attempts examined so far and the source's total.
using MergeProgress = std::function<void(std::int64_t done, std::int64_t total)>;

// Imports `source` into `into`. Throws StoreError when the source cannot be read (its message
// names the source) or when it is `into` itself; `into` is then unchanged.
MergeReport merge_store(Store& into, const std::filesystem::path& source, const MergeProgress& progress = {});

}  // namespace clearance::store
