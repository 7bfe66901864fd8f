// Opening any file safely: each bad file gets its own message and stays byte-identical.

#include <doctest/doctest.h>
#include <pwd.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>

#include "store/migrations.h"
#include "store/sqlite_db.h"
#include "store_fixture.h"

using namespace clearance;
using namespace clearance::store;
using namespace clearance::store::testing;

namespace {

// Builds a closed store holding one profile and one attempt with `answers` answers.
void make_store(const std::filesystem::path& file, int answers = 3) {
    Store s = Store::open(file, test_options());
    const core::Profile p = s.create_profile("Amina");
    const core::AttemptRecord a = make_attempt(p.uuid, "valuation/royalties", "valuation", 1000);
    s.begin_attempt(a);
    for (int i = 0; i < answers; ++i) s.record_answer(make_answer(a.uuid, i, "step" + std::to_string(i), 1, 2));
}

// Opens `file` expecting a StoreError; returns it (fails the test when none is thrown).
StoreError open_error(const std::filesystem::path& file, OpenOptions o = test_options()) {
    try {
        Store::open(file, o);
    } catch (const StoreError& e) {
        return e;
    }
    FAIL("opening " << file << " did not fail");
    return StoreError(StoreErrorKind::io, file, "");
}

std::string journal_mode(Store& s) {
    detail::Query q = s.connection().query("PRAGMA journal_mode");
    return q->step() ? q->text(0) : "";
}

}  // namespace

TEST_SUITE("store") {

TEST_CASE("a new store on a real file uses WAL, is at the latest schema and keeps what was written") {
    TempDir dir;
    const auto file = dir / "progress.sqlite3";
    make_store(file, 2);
    Store s = Store::open(file, test_options());
    CHECK(s.schema_version() == detail::latest_schema_version());
    CHECK(journal_mode(s) == "wal");
    CHECK(s.connection().scalar_int("PRAGMA synchronous") == 2);  // FULL
    CHECK(s.connection().scalar_int("PRAGMA application_id") == detail::application_id);
    const StoreCounts c = s.counts();
    CHECK(c.profiles == 1);
    CHECK(c.attempts == 1);
    CHECK(c.answers == 2);
    CHECK(s.integrity_check().empty());
}

TEST_CASE("a zero-byte file is an empty database and becomes a store") {
    TempDir dir;
    const auto file = dir / "empty.sqlite3";
    write_bytes(file, "");
    Store s = Store::open(file, test_options());
    CHECK(s.schema_version() == detail::latest_schema_version());
}

TEST_CASE("a text file is refused as not a database and left byte-identical") {
    TempDir dir;
    const auto file = dir / "notes.sqlite3";
    const std::string text(10000, 'x');
    write_bytes(file, "These are my notes, not a database.\n" + text);
    const std::string before = file_bytes(file);
    const StoreError e = open_error(file);
    CHECK(e.kind() == StoreErrorKind::not_a_database);
    CHECK(std::string(e.what()).find("not a SQLite database") != std::string::npos);
    CHECK(std::string(e.what()).find("was not changed") != std::string::npos);
    CHECK(file_bytes(file) == before);
}

TEST_CASE("a store whose header was overwritten is refused as not a database and left byte-identical") {
    TempDir dir;
    const auto file = dir / "progress.sqlite3";
    make_store(file);
    std::string bytes = file_bytes(file);
    std::memcpy(bytes.data(), "Clearance saves!", 16);
    write_bytes(file, bytes);
    const StoreError e = open_error(file);
    CHECK(e.kind() == StoreErrorKind::not_a_database);
    CHECK(file_bytes(file) == bytes);
}

TEST_CASE("another program's SQLite database is refused and left byte-identical") {
    TempDir dir;
    const auto file = dir / "other.sqlite3";
    {
        detail::Connection raw(file, detail::open_read_write | detail::open_create, 100);
        raw.exec("CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('Ana')");
    }
    const std::string before = file_bytes(file);
    const StoreError e = open_error(file);
    CHECK(e.kind() == StoreErrorKind::not_a_database);
    CHECK(std::string(e.what()).find("another program") != std::string::npos);
    CHECK(file_bytes(file) == before);
}

TEST_CASE("a store with damaged pages is reported corrupt by quick_check and left byte-identical") {
    TempDir dir;
    const auto file = dir / "progress.sqlite3";
    make_store(file, 400);  // spans many pages
    std::string bytes = file_bytes(file);
    const std::size_t page = 4096;
    REQUIRE(bytes.size() > 6 * page);
    // Garbage over the middle of pages 3 to 5: cell pointers and cell contents, not the header.
    for (std::size_t i = 2 * page + 16; i < 5 * page; ++i) bytes[i] = static_cast<char>(0xA5 ^ (i & 0xff));
    write_bytes(file, bytes);
    const StoreError e = open_error(file);
    CHECK(e.kind() == StoreErrorKind::corrupt);
    CHECK(std::string(e.what()).find("damaged") != std::string::npos);
    CHECK(std::string(e.what()).find("not changed or repaired") != std::string::npos);
    CHECK(file_bytes(file) == bytes);
}

TEST_CASE("a store from a newer Clearance is refused with both versions named and left byte-identical") {
    TempDir dir;
    const auto file = dir / "progress.sqlite3";
    make_store(file);
    {
        detail::Connection raw(file, detail::open_read_write, 100);
        raw.exec("PRAGMA user_version = 99");
    }
    const std::string before = file_bytes(file);
    const StoreError e = open_error(file);
    CHECK(e.kind() == StoreErrorKind::newer_schema);
    CHECK(std::string(e.what()).find("schema version 99") != std::string::npos);
    CHECK(std::string(e.what()).find("Update Clearance") != std::string::npos);
    CHECK(file_bytes(file) == before);
}

TEST_CASE("a missing folder or a folder given as the file is an io error that says what to do") {
    TempDir dir;
    CHECK(open_error(dir / "no-such-folder" / "p.sqlite3").kind() == StoreErrorKind::io);
    CHECK(open_error(dir.path()).kind() == StoreErrorKind::io);
    OpenOptions no_create = test_options();
    no_create.create = false;
    CHECK(open_error(dir / "absent.sqlite3", no_create).kind() == StoreErrorKind::not_found);
    CHECK_FALSE(std::filesystem::exists(dir / "absent.sqlite3"));
}

TEST_CASE("a store opened read-only refuses writes with a read-only error and stays byte-identical") {
    TempDir dir;
    const auto file = dir / "progress.sqlite3";
    make_store(file);
    const std::string before = file_bytes(file);
    OpenOptions ro = test_options();
    ro.read_only = true;
    Store s = Store::open(file, ro);
    CHECK(s.read_only());
    CHECK(s.profiles().size() == 1);
    try {
        s.create_profile("Bruno");
        FAIL("a read-only store accepted a write");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreErrorKind::read_only);
        CHECK(std::string(e.what()).find("cannot be written") != std::string::npos);
    }
    CHECK(file_bytes(file) == before);
}

// As root, chmod 444 does not stop writes, so the honest test drops to an unprivileged user in a
// child process, where the permission bits apply, and reports the error kind through its exit code.
TEST_CASE("a file without write permission is refused as read-only for an unprivileged user, who can still read it") {
    TempDir dir;
    const auto file = dir / "progress.sqlite3";
    make_store(file);
    std::filesystem::permissions(dir.path(), std::filesystem::perms(0755));
    std::filesystem::permissions(file, std::filesystem::perms(0444));
    const std::string before = file_bytes(file);
    const passwd* nobody = getpwnam("nobody");
    if (geteuid() == 0 && nobody) {
        const pid_t pid = fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            if (setgid(nobody->pw_gid) != 0 || setuid(nobody->pw_uid) != 0) _exit(90);
            try {
                Store::open(file, test_options());
                _exit(91);
            } catch (const StoreError& e) {
                const bool says = std::string(e.what()).find("not writable") != std::string::npos;
                if (e.kind() != StoreErrorKind::read_only || !says) _exit(92);
            } catch (...) {
                _exit(93);
            }
            // Reports still work: read-only, although SQLite cannot create its -shm here.
            try {
                OpenOptions ro = test_options();
                ro.read_only = true;
                Store s = Store::open(file, ro);
                _exit(s.profiles().size() == 1 ? 0 : 94);
            } catch (...) {
                _exit(95);
            }
        }
        int status = 0;
        waitpid(pid, &status, 0);
        REQUIRE(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
    } else if (geteuid() != 0) {
        CHECK(open_error(file).kind() == StoreErrorKind::read_only);
    }
    CHECK(file_bytes(file) == before);
}

}  // TEST_SUITE
