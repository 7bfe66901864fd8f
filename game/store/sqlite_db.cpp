#include "store/sqlite_db.h"

#include <sqlite3.h>

#include <sys/resource.h>
#include <sys/statvfs.h>

#include <cerrno>
#include <cstring>

namespace clearance::store {

const char* store_error_kind_name(StoreErrorKind k) {
    switch (k) {
        case StoreErrorKind::not_a_database: return "not_a_database";
        case StoreErrorKind::corrupt: return "corrupt";
        case StoreErrorKind::newer_schema: return "newer_schema";
        case StoreErrorKind::read_only: return "read_only";
        case StoreErrorKind::locked: return "locked";
        case StoreErrorKind::disk_full: return "disk_full";
        case StoreErrorKind::io: return "io";
        case StoreErrorKind::not_found: return "not_found";
    }
    return "io";
}

}  // namespace clearance::store

namespace clearance::store::detail {

static_assert(open_read_only == SQLITE_OPEN_READONLY && open_read_write == SQLITE_OPEN_READWRITE &&
              open_create == SQLITE_OPEN_CREATE);

// --- errors -------------------------------------------------------------------------------

namespace {

// True when the folder of `file` has under 1 MiB free for us, or when the process has a file
// size limit that the file or its WAL has (nearly) reached.
bool looks_full(const std::filesystem::path& file) {
    const std::filesystem::path dir = file.has_parent_path() ? file.parent_path() : ".";
    struct statvfs vfs {};
    if (statvfs(dir.c_str(), &vfs) == 0 && static_cast<double>(vfs.f_bavail) * vfs.f_frsize < 1024.0 * 1024.0)
        return true;
    rlimit lim{};
    if (getrlimit(RLIMIT_FSIZE, &lim) != 0 || lim.rlim_cur == RLIM_INFINITY) return false;
    for (const char* suffix : {"", "-wal"}) {
        std::error_code ec;
        std::filesystem::path p = file;
        p += suffix;
        const auto size = std::filesystem::file_size(p, ec);
        if (!ec && size + 64 * 1024 >= lim.rlim_cur) return true;
    }
    return false;
}

}  // namespace

StoreError error_for(int rc, int system_errno, const std::filesystem::path& file, std::string_view what,
                     std::string_view detail, int busy_timeout_ms) {
    const std::string f = file.string();
    const std::string d = detail.empty() ? std::string() : " (" + std::string(detail) + ")";
    const std::string w(what);
    switch (rc & 0xff) {
        case SQLITE_NOTADB:
            return StoreError(StoreErrorKind::not_a_database, file,
                              f + " is not a Clearance progress store: it is not a SQLite database" + d +
                                  ". The file was not changed. Choose another file with --db, or start a new "
                                  "store and keep this file aside.");
        case SQLITE_CORRUPT:
            return StoreError(StoreErrorKind::corrupt, file,
                              f + " is damaged: SQLite reports a malformed database while " + w + d +
                                  ". The file was not changed or repaired. Restore a backup, or start a new store "
                                  "and keep the damaged file aside for recovery.");
        case SQLITE_READONLY:
            return StoreError(StoreErrorKind::read_only, file,
                              f + " cannot be written while " + w + d +
                                  ". Check the permissions of the file and its folder (the folder must be writable "
                                  "too), or copy the file to a writable place; reports still work read-only.");
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return StoreError(StoreErrorKind::locked, file,
                              f + " is in use by another program (another Clearance window or tool) and stayed "
                                  "locked for " + std::to_string(busy_timeout_ms / 1000.0).substr(0, 3) +
                                  " s while " + w + ". Nothing was lost; close the other program and try again.");
        case SQLITE_FULL:
            return StoreError(StoreErrorKind::disk_full, file,
                              "The disk holding " + f + " is full while " + w + d +
                                  ": this change was not saved, everything saved before is safe. Free some space "
                                  "and try again.");
        case SQLITE_IOERR:
            // SQLite turns ENOSPC into SQLITE_FULL itself, but a write refused for EFBIG (a file
            // size limit) or EDQUOT (a quota) arrives as SQLITE_IOERR_WRITE, and by then errno is
            // often lost (measured: sqlite3_system_errno() gives 0). So look at the disk itself.
            if (system_errno == ENOSPC || system_errno == EFBIG || system_errno == EDQUOT || looks_full(file))
                return error_for(SQLITE_FULL, 0, file, what, system_errno ? std::strerror(system_errno) : "",
                                 busy_timeout_ms);
            return StoreError(StoreErrorKind::io, file,
                              "Reading or writing " + f + " failed while " + w + d +
                                  (system_errno ? std::string(": ") + std::strerror(system_errno) : std::string()) +
                                  ". The disk may be failing or removed; nothing was overwritten. Check the "
                                  "disk and try again.");
        case SQLITE_CANTOPEN:
            return StoreError(StoreErrorKind::io, file,
                              "Cannot open " + f + d +
                                  (system_errno ? std::string(": ") + std::strerror(system_errno) : std::string()) +
                                  ". Check that the folder exists and that the path names a file, not a folder.");
        default:
            return StoreError(StoreErrorKind::io, file,
                              "The progress store " + f + " failed while " + w + d + " (SQLite error " +
                                  std::to_string(rc) + ": " + sqlite3_errstr(rc) + ").");
    }
}

std::string uri_path(const std::filesystem::path& p) {
    // '%', '?' and '#' would otherwise be read as URI syntax.
    std::string out;
    for (const char c : std::filesystem::absolute(p).string()) {
        if (c == '%') out += "%25";
        else if (c == '?') out += "%3f";
        else if (c == '#') out += "%23";
        else out += c;
    }
    return out;
}

void Connection::fail(int rc, std::string_view what) {
    const char* msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    const int sys = db_ ? sqlite3_system_errno(db_) : 0;
    throw error_for(rc, sys, file_, what, msg ? msg : "", busy_timeout_ms_);
}

// --- connection ---------------------------------------------------------------------------

Connection::Connection(const std::filesystem::path& file, int flags, int busy_timeout_ms, const std::string& uri)
    : file_(file), busy_timeout_ms_(busy_timeout_ms) {
    const int rc = sqlite3_open_v2(uri.empty() ? file.c_str() : uri.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK) {
        const int sys = db_ ? sqlite3_system_errno(db_) : errno;
        std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close_v2(db_);
        db_ = nullptr;
        throw error_for(rc, sys, file_, "opening it", msg, busy_timeout_ms_);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, busy_timeout_ms);
}

Connection::~Connection() {
    cache_.clear();  // statements must be finalized before the connection closes
    if (db_) sqlite3_close_v2(db_);
}

void Connection::exec(std::string_view sql) {
    const std::string s(sql);
    char* err = nullptr;
    const int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string what = err ? err : "";
        sqlite3_free(err);
        throw error_for(rc, sqlite3_system_errno(db_), file_, "running " + s.substr(0, 40), what,
                        busy_timeout_ms_);
    }
}

Query Connection::query(const char* sql) {
    auto it = cache_.find(std::string_view(sql));
    if (it == cache_.end()) it = cache_.emplace(sql, std::make_unique<Statement>(*this, sql)).first;
    return Query(*it->second);
}

std::int64_t Connection::scalar_int(const char* sql) {
    Query q = query(sql);
    return q->step() ? q->int64(0) : 0;
}

std::int64_t Connection::changes() const { return sqlite3_changes64(db_); }
std::int64_t Connection::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }

// --- statement ----------------------------------------------------------------------------

Statement::Statement(Connection& db, std::string_view sql) : db_(db) {
    const int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (rc != SQLITE_OK) db.fail(rc, "preparing " + std::string(sql.substr(0, 60)));
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int i, std::int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
}
Statement& Statement::bind(int i, double v) {
    sqlite3_bind_double(stmt_, i, v);
    return *this;
}
Statement& Statement::bind(int i, std::string_view v) {
    sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}
Statement& Statement::bind_null(int i) {
    sqlite3_bind_null(stmt_, i);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    // Reset first so the statement releases its locks before the error travels up.
    sqlite3_reset(stmt_);
    const char* sql = sqlite3_sql(stmt_);
    db_.fail(rc, std::string("running ") + std::string(sql ? sql : "").substr(0, 48));
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::int64(int col) const { return sqlite3_column_int64(stmt_, col); }
double Statement::real(int col) const { return sqlite3_column_double(stmt_, col); }
std::string Statement::text(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
}
bool Statement::is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
std::optional<std::int64_t> Statement::opt_int64(int col) const {
    return is_null(col) ? std::nullopt : std::optional<std::int64_t>(int64(col));
}
std::optional<double> Statement::opt_real(int col) const {
    return is_null(col) ? std::nullopt : std::optional<double>(real(col));
}

// --- transaction --------------------------------------------------------------------------

Transaction::Transaction(Connection& db, bool immediate) : db_(db) {
    db_.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    open_ = true;
}

Transaction::~Transaction() {
    if (open_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec("COMMIT");
    open_ = false;
}

}  // namespace clearance::store::detail
