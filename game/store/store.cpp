#include <fcntl.h>
#include <sodium.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <mutex>
#include <set>

#include "store/migrations.h"
#include "store/store_impl.h"
#include "store/summaries.h"

namespace clearance::store {

using detail::Connection;
using detail::Query;

std::int64_t system_now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

namespace {

StoreError make_error(StoreErrorKind kind, const std::filesystem::path& file, const std::string& msg) {
    return StoreError(kind, file, msg);
}

// Checks what SQLite cannot tell us before it writes: as a normal user a file without write
// permission makes SQLite fail later with less helpful codes, and in WAL mode the folder must
// be writable too (SQLite creates -wal and -shm beside the file). access() says nothing useful
// as root, which bypasses permissions; there a read-only mount still fails here (EROFS).
void check_writable(const std::filesystem::path& file, bool exists) {
    const std::filesystem::path dir = file.has_parent_path() ? file.parent_path() : ".";
    const auto deny = [&](const std::filesystem::path& what, int err) {
        return make_error(StoreErrorKind::read_only, file,
                          file.string() + " cannot be written: " + what.string() + " is not writable (" +
                              std::strerror(err) +
                              "). The file was not changed. Fix the permissions (the folder must be writable "
                              "too, for SQLite's -wal and -shm files), or copy the file to a writable place; "
                              "reports still work read-only.");
    };
    if (exists && access(file.c_str(), W_OK) != 0) throw deny(file, errno);
    if (access(dir.c_str(), W_OK) != 0) {
        if (errno == ENOENT)
            throw make_error(StoreErrorKind::io, file,
                             "Cannot create " + file.string() + ": the folder " + dir.string() +
                                 " does not exist. Create it or choose another file with --db.");
        throw deny(dir, errno);
    }
}

bool has_pending_wal(const std::filesystem::path& file) {
    std::filesystem::path wal = file;
    wal += "-wal";
    std::error_code ec;
    const auto size = std::filesystem::file_size(wal, ec);
    return !ec && size > 0;
}

// Reads only: the header fields and the schema table. Refuses what is not ours or too new.
int inspect(Connection& db, bool quick_check) {
    const std::filesystem::path& file = db.file();
    // The first read of a non-SQLite file fails here with SQLITE_NOTADB.
    const std::int64_t app_id = db.scalar_int("PRAGMA application_id");
    const int version = static_cast<int>(db.scalar_int("PRAGMA user_version"));
    const std::int64_t objects = db.scalar_int("SELECT count(*) FROM sqlite_schema");
    if (app_id != detail::application_id && (app_id != 0 || objects > 0 || version != 0))
        throw make_error(StoreErrorKind::not_a_database, file,
                         file.string() +
                             " is a SQLite database of another program, not a Clearance progress store. The "
                             "file was not changed. Choose another file with --db.");
    if (version > detail::latest_schema_version())
        throw make_error(StoreErrorKind::newer_schema, file,
                         file.string() + " was written by a newer Clearance (schema version " +
                             std::to_string(version) + "; this build knows up to " +
                             std::to_string(detail::latest_schema_version()) +
                             "). The file was not changed. Update Clearance to open it.");
    if (quick_check && objects > 0) {
        // quick_check skips the index-content cross-checks of integrity_check: O(N) instead of
        // O(N log N), and it still finds malformed pages, which is what a bit flip or a torn
        // copy produces. Ask for up to 5 problems to quote in the message.
        std::string problems;
        Query q = db.query("PRAGMA quick_check(5)");
        while (q->step()) {
            const std::string line = q->text(0);
            if (line == "ok") break;
            problems += (problems.empty() ? "" : "; ") + line;
        }
        if (!problems.empty())
            throw make_error(StoreErrorKind::corrupt, file,
                             file.string() + " is damaged: " + problems +
                                 ". The file was not changed or repaired. Restore a backup, or start a new store "
                                 "and keep the damaged file aside for recovery.");
    }
    return version;
}

}  // namespace

// --- one writer per file in this process ---------------------------------------------------
// SQLite 3.40.1 has a known WAL corruption bug that needs two connections writing one file at
// once (STACK.md), so two writable Stores on one file in one process are refused outright.

namespace {
std::mutex writers_mutex;
std::set<std::pair<dev_t, ino_t>> writers;
}  // namespace

detail::WriterClaim::WriterClaim(const std::filesystem::path& file) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) return;  // nothing to claim (SQLite has not created it)
    key_ = {st.st_dev, st.st_ino};
    std::lock_guard<std::mutex> lock(writers_mutex);
    if (!writers.insert(key_).second) {
        key_ = {};
        throw StoreError(StoreErrorKind::locked, file,
                         file.string() + " is already open for writing in this program; use that Store (one "
                                         "writing connection per file).");
    }
}

detail::WriterClaim::~WriterClaim() {
    if (key_ == std::pair<dev_t, ino_t>{}) return;
    std::lock_guard<std::mutex> lock(writers_mutex);
    writers.erase(key_);
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Store Store::open(const std::filesystem::path& file, const OpenOptions& options) {
    if (sodium_init() < 0)
        throw make_error(StoreErrorKind::io, file, "libsodium could not start (no entropy source?).");
    std::error_code ec;
    const bool exists = std::filesystem::exists(file, ec);
    if (exists && std::filesystem::is_directory(file, ec))
        throw make_error(StoreErrorKind::io, file,
                         file.string() + " is a folder, not a progress file. Name a file with --db.");
    if (!exists && (options.read_only || !options.create))
        throw make_error(StoreErrorKind::not_found, file,
                         file.string() + " does not exist. Check the path given with --db.");
    if (!options.read_only) check_writable(file, exists);

    auto impl = std::make_unique<Impl>();
    impl->options = options;
    impl->read_only = options.read_only;
    const int flags = options.read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    impl->db = std::make_unique<Connection>(file, flags, options.busy_timeout_ms);

    int version = 0;
    try {
        version = inspect(*impl->db, options.quick_check);
    } catch (const StoreError& e) {
        // Reading a WAL store needs its -shm index, which SQLite creates beside the file: in a
        // folder we cannot write (a read-only medium, another user's folder) that fails. When
        // no -wal with unsaved commits lies beside it, the main file is complete and can be read
        // as immutable (no locks, no -shm).
        if (!options.read_only || e.kind() != StoreErrorKind::read_only || has_pending_wal(file)) throw;
        impl->db = std::make_unique<Connection>(file, SQLITE_OPEN_READONLY, options.busy_timeout_ms,
                                                "file:" + detail::uri_path(file) + "?immutable=1");
        version = inspect(*impl->db, options.quick_check);
    }
    Connection& db = *impl->db;
    if (options.read_only) {
        if (version != detail::latest_schema_version())
            throw make_error(StoreErrorKind::read_only, file,
                             file.string() + " uses schema version " + std::to_string(version) +
                                 " and needs an upgrade, which cannot be done read-only. Open it once with "
                                 "write access (the upgrade keeps a backup beside it).");
        db.exec("PRAGMA query_only = ON");
        impl->schema_version = version;
        return Store(std::move(impl));
    }

    impl->claim = std::make_unique<detail::WriterClaim>(file);
    // Only now, with the file judged sound, does anything write. WAL with synchronous=FULL:
    // about 0.4 ms a commit here, and a commit is on disk when it returns; NORMAL is 10x faster
    // but may lose the last commits on power loss, which a training record must not.
    {
        Query q = db.query("PRAGMA journal_mode = WAL");
        if (!q->step() || q->text(0) != "wal")
            throw make_error(StoreErrorKind::io, file,
                             file.string() + " cannot use write-ahead logging (is it on a network drive?). "
                                             "Move it to a local disk.");
    }
    db.exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON");
    const detail::MigrationResult m = detail::migrate(db, detail::migrations(), impl->now());
    impl->backups = m.backups;
    impl->schema_version = m.to_version;
    // Take the write lock once, so another program holding it is reported now, at open, rather
    // than at the first answer.
    detail::Transaction probe(db);
    probe.commit();
    return Store(std::move(impl));
}

const std::filesystem::path& Store::file() const { return impl_->db->file(); }
bool Store::read_only() const { return impl_->read_only; }
int Store::schema_version() const { return impl_->schema_version; }
std::int64_t Store::now_ms() const { return impl_->now(); }
const std::vector<std::filesystem::path>& Store::migration_backups() const { return impl_->backups; }
Connection& Store::connection() { return *impl_->db; }

std::int64_t Store::Impl::profile_id(const std::string& uuid) {
    Query q = db->query("SELECT id FROM profiles WHERE uuid = ?1");
    q->bind(1, uuid);
    return q->step() ? q->int64(0) : 0;
}

std::int64_t Store::Impl::attempt_id(const std::string& uuid) {
    Query q = db->query("SELECT id FROM attempts WHERE uuid = ?1");
    q->bind(1, uuid);
    return q->step() ? q->int64(0) : 0;
}

// --- maintenance --------------------------------------------------------------------------

std::vector<std::string> Store::integrity_check() {
    std::vector<std::string> problems;
    Query q = impl_->db->query("PRAGMA integrity_check(100)");
    while (q->step()) {
        std::string line = q->text(0);
        if (line != "ok") problems.push_back(std::move(line));
    }
    return problems;
}

namespace {

void fsync_path(const std::filesystem::path& p, bool directory) {
    const int fd = ::open(p.c_str(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

void Store::backup_to(const std::filesystem::path& target) {
    std::error_code ec;
    if (std::filesystem::exists(target, ec))
        throw make_error(StoreErrorKind::io, target,
                         target.string() + " already exists; choose another name (a backup never overwrites).");
    std::filesystem::path tmp = target;
    tmp += ".tmp-" + std::to_string(::getpid());
    std::filesystem::remove(tmp, ec);
    // query_only also forbids VACUUM INTO; a read-only store's connection was opened with
    // SQLITE_OPEN_READONLY, so lifting query_only for this statement still cannot write it.
    if (impl_->read_only) impl_->db->exec("PRAGMA query_only = OFF");
    try {
        Query q = impl_->db->query("VACUUM INTO ?1");
        q->bind(1, tmp.string()).run();
    } catch (...) {
        if (impl_->read_only) impl_->db->exec("PRAGMA query_only = ON");
        std::filesystem::remove(tmp, ec);
        throw;
    }
    if (impl_->read_only) impl_->db->exec("PRAGMA query_only = ON");
    // VACUUM INTO does not sync its output in 3.40: sync it before the rename makes it visible,
    // then sync the folder so the rename itself survives a power cut.
    fsync_path(tmp, false);
    std::filesystem::rename(tmp, target, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        throw make_error(StoreErrorKind::io, target, "Cannot write the backup " + target.string() + ": " + ec.message());
    }
    fsync_path(target.has_parent_path() ? target.parent_path() : ".", true);
}

void Store::rebuild_summaries() {
    detail::Transaction tx(*impl_->db);
    detail::rebuild_summaries(*impl_->db);
    tx.commit();
}

StoreCounts Store::counts() {
    Connection& db = *impl_->db;
    StoreCounts c;
    c.profiles = db.scalar_int("SELECT count(*) FROM profiles");
    c.attempts = db.scalar_int("SELECT count(*) FROM attempts");
    c.unfinished = db.scalar_int("SELECT count(*) FROM attempts WHERE finished_ms IS NULL");
    c.answers = db.scalar_int("SELECT count(*) FROM answers");
    return c;
}

std::filesystem::path set_aside(const std::filesystem::path& file, std::int64_t now_ms) {
    std::filesystem::path target = file;
    target += ".broken-" + detail::file_timestamp(now_ms);
    for (int i = 2; std::filesystem::exists(target); ++i) {
        target = file;
        target += ".broken-" + detail::file_timestamp(now_ms) + "-" + std::to_string(i);
    }
    std::error_code ec;
    std::filesystem::rename(file, target, ec);
    if (ec)
        throw make_error(StoreErrorKind::io, file, "Cannot move " + file.string() + " aside: " + ec.message());
    // The -wal holds commits not yet in the main file: it moves with it, under the name SQLite
    // will look for. The -shm is only an index of the -wal and is rebuilt, but moves too.
    for (const char* suffix : {"-wal", "-shm"}) {
        std::filesystem::path side = file, side_target = target;
        side += suffix;
        side_target += suffix;
        if (std::filesystem::exists(side, ec)) std::filesystem::rename(side, side_target, ec);
    }
    return target;
}

std::string new_uuid() {
    if (sodium_init() < 0) throw StoreError(StoreErrorKind::io, {}, "libsodium could not start.");
    unsigned char b[16];
    randombytes_buf(b, sizeof b);
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);  // version 4
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);  // RFC 4122 variant
    static const char* hex = "0123456789abcdef";
    std::string s;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) s += '-';
        s += hex[b[i] >> 4];
        s += hex[b[i] & 15];
    }
    return s;
}

}  // namespace clearance::store
