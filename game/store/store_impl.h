// Internal to game/store: the state behind a Store, shared by its .cpp files.
// Invariant: a writable Store holds a WriterClaim on its file (device and inode) for as long as
// its connection is open, so one process never has two writing connections to one file.
#pragma once

#include <sys/types.h>

#include <utility>

#include "store/sqlite_db.h"
#include "store/store.h"

namespace clearance::store {

namespace detail {

// Claims `file` as written by this process; throws StoreError(locked) when another Store of this
// process already writes it. Released by the destructor.
class WriterClaim {
public:
    explicit WriterClaim(const std::filesystem::path& file);
    ~WriterClaim();
    WriterClaim(const WriterClaim&) = delete;
    WriterClaim& operator=(const WriterClaim&) = delete;

private:
    std::pair<dev_t, ino_t> key_{};
};

}  // namespace detail

struct Store::Impl {
    std::unique_ptr<detail::WriterClaim> claim;  // declared first: released after db closes
    std::unique_ptr<detail::Connection> db;
    OpenOptions options;
    bool read_only = false;
    int schema_version = 0;
    std::vector<std::filesystem::path> backups;

    std::int64_t now() const { return options.clock ? options.clock() : system_now_ms(); }
    std::int64_t profile_id(const std::string& uuid);  // 0 when unknown
    std::int64_t attempt_id(const std::string& uuid);  // 0 when unknown
};

}  // namespace clearance::store
