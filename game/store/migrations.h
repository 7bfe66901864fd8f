// Internal to game/store: the numbered schema migrations and the runner that applies them.
//
// Used by Store::open and by the store's tests (which run the runner on their own lists). The
// schema version lives in PRAGMA user_version; version 0 is an empty file. Invariants: each
// migration runs in one transaction together with the user_version bump, so a crash leaves the
// file at the old or the new version, never between; before a migration runs on a store that
// already holds a schema, a consistent copy is written beside it with VACUUM INTO.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

namespace clearance::store::detail {

class Connection;

struct Migration {
    int version = 0;           // the user_version after it ran; 1, 2, 3... without gaps
    const char* name = "";     // what it does, for backups' names and messages
    const char* sql = "";      // run inside the migration's transaction
    void (*after)(Connection&) = nullptr;  // optional data step, same transaction
};

// Clearance's migrations, oldest first.
const std::vector<Migration>& migrations();
int latest_schema_version();

// 'CLR1': marks a SQLite file as a Clearance store (PRAGMA application_id), so opening another
// program's database is refused instead of being given our tables.
inline constexpr std::int64_t application_id = 0x434C5231;

struct MigrationResult {
    int from_version = 0;
    int to_version = 0;
    std::vector<std::filesystem::path> backups;  // one per migration run on a non-empty store
};

// Brings the database up to the last version in `list`. Throws StoreError on failure; the
// migration that failed is rolled back and the file stays at the version before it.
MigrationResult migrate(Connection& db, const std::vector<Migration>& list, std::int64_t now_ms);

// "20250301T101500Z": the UTC time used in backup and set-aside file names.
std::string file_timestamp(std::int64_t ms);

}  // namespace clearance::store::detail
