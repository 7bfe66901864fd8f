// StoreError: the one exception the progress store throws, for environment failures (a bad file,
// a full disk, another program holding the lock). Caught at the app boundary and shown as is.
//
// Invariant: what() is a complete message for a person: it names the file, says what is wrong
// and what to do, and says whether the file was left untouched. kind() lets callers choose a
// recovery (offer "start a new store" for corrupt, retry for locked, and so on).
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace clearance::store {

enum class StoreErrorKind {
    not_a_database,  // not SQLite at all, or SQLite but not a Clearance store
    corrupt,         // SQLite reports damage or quick_check finds problems
    newer_schema,    // written by a newer Clearance than this build
    read_only,       // the file or its folder cannot be written
    locked,          // another program held the database past the busy timeout
    disk_full,       // no space left (or a file size limit was hit)
    io,              // anything else from the operating system; also a missing file
    not_found,       // a profile, attempt or name asked for does not exist
};

const char* store_error_kind_name(StoreErrorKind k);  // "not_a_database", ...

class StoreError : public std::runtime_error {
public:
    StoreError(StoreErrorKind kind, std::filesystem::path file, const std::string& message)
        : std::runtime_error(message), kind_(kind), file_(std::move(file)) {}

    StoreErrorKind kind() const { return kind_; }
    const std::filesystem::path& file() const { return file_; }

private:
    StoreErrorKind kind_;
    std::filesystem::path file_;
};

}  // namespace clearance::store
