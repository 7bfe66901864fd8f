// Store: the local progress store, one SQLite file per laptop (DESIGN.md section 5).
//
// Used by the app (the session records answers here, the progress and results screens read
// reports), by `clearance db|report|export|merge` and by the bench. Speaks core types only; only
// game/store/*.cpp includes sqlite3.h.
// Invariants:
// - A Store is the only writing connection of its process to its file (a second writable open
//   of the same file throws StoreError(locked)); WAL with synchronous=FULL: record_answer()
//   returns only once the answer is on disk, so a crash right after loses nothing.
// - Opening never changes a file it refuses (not a database, corrupt, newer schema, read-only,
//   locked): it throws StoreError and the bytes stay as they were. Nothing is repaired silently;
//   set_aside() moves a bad file away only when the user asks.
// - History is append-only and keyed by UUID, so stores of several laptops merge (merge.h).
// - PINs and the instructor passphrase are stored only as Argon2id hashes (libsodium), and wrong
//   guesses are throttled with a delay recorded in the store.
// A Store is not thread-safe: use it from one thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/progress.h"
#include "store/store_error.h"

namespace clearance::store {

namespace detail {
class Connection;
}

using Clock = std::function<std::int64_t()>;  // milliseconds since the Unix epoch
std::int64_t system_now_ms();

// Argon2id cost. interactive is libsodium's INTERACTIVE limits (about 0.16 s and 64 MiB here);
// minimum exists so tests that verify many wrong guesses stay fast. Hashes record their own
// parameters, so a store hashed with either verifies with either.
enum class HashCost { interactive, minimum };

struct OpenOptions {
    bool read_only = false;   // SQLITE_OPEN_READONLY: reports, `db check`, merge sources
    bool create = true;       // create a missing file (ignored when read_only)
    // PRAGMA quick_check before use. Linear in the file's size: about 0.2 s for a store of
    // 1,000,000 answers (~100 MB) on the bench machine, a few ms for a laptop's thousands.
    bool quick_check = true;
    int busy_timeout_ms = 3000;  // how long to wait for another program's lock
    Clock clock;                 // default system_now_ms; tests inject their own
    HashCost hash_cost = HashCost::interactive;
};

enum class AuthStatus {
    ok,         // the secret matched (or the profile has no PIN)
    wrong,      // it did not; the failure is recorded
    throttled,  // too many wrong guesses: not even checked; try after retry_after_ms
    not_set,    // no instructor passphrase exists yet
};

struct AuthResult {
    AuthStatus status = AuthStatus::wrong;
    std::int64_t retry_after_ms = 0;  // delay before the next guess is checked; 0 when none
    int failures = 0;                 // consecutive wrong guesses so far
    bool ok() const { return status == AuthStatus::ok; }
};

struct StoreCounts {
    std::int64_t profiles = 0, attempts = 0, unfinished = 0, answers = 0;
};

class Store {
public:
    // Opens (or creates) the store at `file`, migrating it to this build's schema. Throws
    // StoreError with a message for a person; the file is then untouched.
    static Store open(const std::filesystem::path& file, const OpenOptions& options = {});

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    const std::filesystem::path& file() const;
    bool read_only() const;
    int schema_version() const;
    std::int64_t now_ms() const;  // the store's clock
    // Backups written by migrations during open (one per migration run on a non-empty store).
    const std::vector<std::filesystem::path>& migration_backups() const;

    // --- profiles and roles (store_profiles.cpp) ---
    // Creates a profile with a new UUID. Throws std::invalid_argument when the name is empty or
    // already used (case-insensitive).
    core::Profile create_profile(const std::string& name, const std::string& language = "en",
                                 const std::optional<std::string>& pin = std::nullopt);
    std::vector<core::Profile> profiles();  // by name
    std::optional<core::Profile> profile_by_uuid(const std::string& uuid);
    std::optional<core::Profile> profile_by_name(const std::string& name);  // case-insensitive
    void set_pin(const std::string& profile_uuid, const std::optional<std::string>& pin);  // nullopt removes
    // ok when the profile has no PIN or `pin` matches; throttled guesses are not checked.
    AuthResult verify_pin(const std::string& profile_uuid, const std::string& pin);
    bool has_instructor_passphrase();
    // Sets or replaces the passphrase; the caller verifies the old one first (the UI does).
    void set_instructor_passphrase(const std::string& passphrase);
    AuthResult verify_instructor(const std::string& passphrase);

    // --- attempts and answers (store_attempts.cpp) ---
    // Records a started attempt. std::invalid_argument when its profile does not exist.
    void begin_attempt(const core::AttemptRecord& attempt);
    // Commits one answer durably before returning (the attempt's running score grows by it).
    // Returns false when (attempt, seq) was already recorded: replays are harmless.
    bool record_answer(const core::AnswerRecord& answer);
    // Marks the attempt finished with its final score; it then counts in reports. Finishing twice
    // is a no-op. std::invalid_argument when the attempt does not exist.
    void finish_attempt(const std::string& attempt_uuid, std::int64_t finished_ms, double score, double max);
    // Records durably, before returning, that `p.hints` hints have been taken on `p.step_id`, the
    // attempt's current unanswered step; replaces what was recorded for the attempt (0 clears it).
    // Cleared when that step's answer is recorded and when the attempt finishes.
    // std::invalid_argument when the attempt does not exist; std::logic_error when it is finished.
    void record_pending_hints(const core::PendingHints& p);
    // The hints recorded for the attempt's unanswered step; nullopt when there are none.
    std::optional<core::PendingHints> pending_hints(const std::string& attempt_uuid);
    // The profile's unfinished attempts, newest first, each with its answers in order and its
    // pending hints.
    std::vector<core::ResumableAttempt> unfinished_attempts(const std::string& profile_uuid);
    std::vector<core::AttemptRecord> attempts(const std::string& profile_uuid);  // oldest first
    std::optional<core::AttemptRecord> attempt(const std::string& attempt_uuid);
    std::vector<core::AnswerRecord> answers(const std::string& attempt_uuid);  // in seq order

    // --- maintenance (store.cpp) ---
    std::vector<std::string> integrity_check();  // PRAGMA integrity_check; empty when ok
    // A consistent copy at `target` (VACUUM INTO a temporary file, fsync, rename). Throws
    // StoreError(io) when `target` exists.
    void backup_to(const std::filesystem::path& target);
    void rebuild_summaries();  // recomputes the report tables from the history
    StoreCounts counts();

    detail::Connection& connection();  // for game/store's own files (reports, exports, merge)
    struct Impl;                       // opaque; defined in store_impl.h for game/store's files

private:
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// Moves a file the user chose to abandon (and its -wal and -shm) to
// "<file>.broken-<UTC time>" beside it and returns the new path, so a new store can start while
// the old one is kept for recovery. Throws StoreError(io) when the rename fails.
std::filesystem::path set_aside(const std::filesystem::path& file, std::int64_t now_ms);

// A new random (version 4) UUID, lowercase.
std::string new_uuid();

}  // namespace clearance::store
