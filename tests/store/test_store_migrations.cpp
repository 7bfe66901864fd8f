// Numbered migrations, the backup before each, and keeping a bad file aside.

#include <doctest/doctest.h>

#include "store/migrations.h"
#include "store/sqlite_db.h"
#include "store_fixture.h"

using namespace clearance;
using namespace clearance::store;
using namespace clearance::store::testing;

TEST_SUITE("store") {

TEST_CASE("opening a version-1 store migrates it to the latest version after a VACUUM INTO backup") {
    TempDir dir;
    const auto file = dir / "progress.sqlite3";
    {
        detail::Connection raw(file, detail::open_read_write | detail::open_create, 100);
        raw.exec("PRAGMA journal_mode = WAL");
        detail::migrate(raw, {detail::migrations()[0]}, 0);
        raw.exec(R"sql(
            INSERT INTO profiles(uuid, name, created_ms) VALUES ('p-1', 'Amina', 1);
            INSERT INTO attempts(uuid, profile_id, scenario_id, topic, seed, mode, started_ms, finished_ms, score, max)
                VALUES ('a-1', 1, 'origin/ctc', 'origin', 7, 'exam', 10, 20, 3, 4);
            INSERT INTO answers(attempt_id, seq, step_id, score, max, answered_ms) VALUES (1, 0, 'rule', 3, 4, 15);)sql");
        CHECK(raw.scalar_int("PRAGMA user_version") == 1);
    }
    Store s = Store::open(file, test_options());
    CHECK(s.schema_version() == detail::latest_schema_version());
    REQUIRE(s.migration_backups().size() == 2);  // one before each migration: v2, then v3
    const auto backup = s.migration_backups()[0];
    CHECK(backup.filename().string().find("progress.sqlite3.before-v2-") == 0);
    CHECK(s.migration_backups()[1].filename().string().find("progress.sqlite3.before-v3-") == 0);
    // The backup is the store as it was: version 1, with its data.
    {
        detail::Connection raw(backup, detail::open_read_only, 100);
        CHECK(raw.scalar_int("PRAGMA user_version") == 1);
        CHECK(raw.scalar_int("SELECT count(*) FROM answers") == 1);
    }
    // Migration 2 filled the summary tables from the existing history.
    CHECK(s.connection().scalar_int("SELECT attempts FROM profile_topic WHERE topic = 'origin'") == 1);
    CHECK(s.connection().scalar_int("SELECT n FROM item_stats WHERE step_id = 'rule'") == 1);
    CHECK(s.profile_by_name("amina").has_value());
}

TEST_CASE("a version-2 store upgrades to pending hints and its unfinished attempt resumes as before") {
    TempDir dir;
    const auto file = dir / "progress.sqlite3";
    {
        detail::Connection raw(file, detail::open_read_write | detail::open_create, 100);
        raw.exec("PRAGMA journal_mode = WAL");
        detail::migrate(raw, {detail::migrations()[0], detail::migrations()[1]}, 0);
        raw.exec(R"sql(
            INSERT INTO profiles(uuid, name, created_ms) VALUES ('p-1', 'Amina', 1);
            INSERT INTO attempts(uuid, profile_id, scenario_id, topic, seed, mode, started_ms, score, max)
                VALUES ('a-1', 1, 'classification/tv_retail_set', 'classification', 7, 'practice', 10, 0.5, 1);
            INSERT INTO answers(attempt_id, seq, step_id, score, max, hints, answered_ms)
                VALUES (1, 0, 'hs', 0.5, 1, 2, 15);)sql");
        CHECK(raw.scalar_int("PRAGMA user_version") == 2);
        CHECK(raw.scalar_int("SELECT count(*) FROM sqlite_schema WHERE name = 'pending_hints'") == 0);
    }
    {
        Store s = Store::open(file, test_options());
        CHECK(s.schema_version() == detail::latest_schema_version());
        REQUIRE(s.migration_backups().size() == static_cast<std::size_t>(detail::latest_schema_version() - 2));
        CHECK(s.migration_backups()[0].filename().string().find("progress.sqlite3.before-v3-") == 0);
        const auto open = s.unfinished_attempts("p-1");
        REQUIRE(open.size() == 1);
        REQUIRE(open[0].answers.size() == 1);
        CHECK(open[0].answers[0].hints == 2);
        CHECK_FALSE(open[0].pending);
        s.record_pending_hints({"a-1", "rule", 1, 20});
    }
    Store s = Store::open(file, test_options());
    CHECK(s.migration_backups().empty());  // upgraded once
    REQUIRE(s.pending_hints("a-1"));
    CHECK(s.pending_hints("a-1")->step_id == "rule");
    CHECK(s.integrity_check().empty());
}

TEST_CASE("a new store gets no migration backup") {
    TempDir dir;
    Store s = Store::open(dir / "new.sqlite3", test_options());
    CHECK(s.migration_backups().empty());
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) <= 3);  // file, -wal, -shm
}

TEST_CASE("a migration that fails is rolled back and leaves the store at the version before it") {
    TempDir dir;
    const auto file = dir / "progress.sqlite3";
    { Store s = Store::open(file, test_options()); s.create_profile("Lea"); }
    std::vector<detail::Migration> list = detail::migrations();
    list.push_back({list.back().version + 1, "broken", "CREATE TABLE t3(x); INSERT INTO no_such_table VALUES (1);", nullptr});
    detail::Connection raw(file, detail::open_read_write, 100);
    CHECK_THROWS_AS(detail::migrate(raw, list, 0), StoreError);
    CHECK(raw.scalar_int("PRAGMA user_version") == detail::latest_schema_version());
    CHECK(raw.scalar_int("SELECT count(*) FROM sqlite_schema WHERE name = 't3'") == 0);
    CHECK(raw.scalar_int("SELECT count(*) FROM profiles") == 1);
}

TEST_CASE("set_aside moves a store and its WAL beside it, and a new store starts in its place") {
    TempDir dir;
    const auto file = dir / "progress.sqlite3";
    std::optional<Store> keep_wal = Store::open(file, test_options());  // kept open: its -wal holds the commits
    keep_wal->create_profile("Amina");
    REQUIRE(std::filesystem::exists(dir / "progress.sqlite3-wal"));
    const std::string main_bytes = file_bytes(file);
    const std::filesystem::path moved = set_aside(file, 1'700'000'000'000);
    CHECK(moved.filename() == "progress.sqlite3.broken-20231114T221320Z");
    CHECK_FALSE(std::filesystem::exists(file));
    CHECK(file_bytes(moved) == main_bytes);
    {
        Store fresh = Store::open(file, test_options());
        CHECK(fresh.profiles().empty());
    }
    keep_wal.reset();
    Store reopened = Store::open(moved, test_options());
    CHECK(reopened.profiles().size() == 1);  // the commit that was only in the -wal came along
}

}  // TEST_SUITE
