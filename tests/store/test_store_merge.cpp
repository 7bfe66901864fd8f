// Merging laptops: idempotent, commutative for disjoint stores, name clashes reported.

#include <doctest/doctest.h>

#include "store/merge.h"
#include "store/migrations.h"
#include "store/report.h"
#include "store/sqlite_db.h"
#include "store_fixture.h"

using namespace clearance;
using namespace clearance::store;
using namespace clearance::store::testing;

namespace {

// A laptop's store: `names` profiles, each with one finished and one unfinished attempt.
void laptop(const std::filesystem::path& file, const std::vector<std::string>& names, std::int64_t t0) {
    Store s = Store::open(file, test_options());
    for (const std::string& name : names) {
        const std::string p = s.create_profile(name).uuid;
        core::AttemptRecord a = make_attempt(p, "fraud/seal", "fraud", t0++);
        s.begin_attempt(a);
        core::AnswerRecord r = make_answer(a.uuid, 0, "marks", 1, 2, "B");
        r.evidence.push_back({"ipr.marks", 1, 2});
        s.record_answer(r);
        s.record_answer(make_answer(a.uuid, 1, "channel", 1.5, 2));
        s.finish_attempt(a.uuid, t0++, 2.5, 4);
        core::AttemptRecord b = make_attempt(p, "origin/ctc", "origin", t0++);
        s.begin_attempt(b);
        s.record_answer(make_answer(b.uuid, 0, "rule", 0.5, 1));
    }
}

// Everything a store holds, by UUID and in a canonical order, without local integer ids.
std::string dump(Store& s) {
    std::string out;
    for (const char* sql : {
             "SELECT uuid || '|' || name || '|' || language || '|' || created_ms FROM profiles ORDER BY uuid",
             "SELECT a.uuid || '|' || p.uuid || '|' || scenario_id || '|' || topic || '|' || seed || '|' || mode || '|' || "
             "started_ms || '|' || coalesce(finished_ms, '-') || '|' || score || '|' || max "
             "FROM attempts a JOIN profiles p ON p.id = a.profile_id ORDER BY a.uuid",
             "SELECT a.uuid || '|' || seq || '|' || step_id || '|' || response || '|' || option_id || '|' || n.score "
             "FROM answers n JOIN attempts a ON a.id = n.attempt_id ORDER BY a.uuid, seq",
             "SELECT a.uuid || '|' || seq || '|' || competency || '|' || e.score FROM evidence e "
             "JOIN attempts a ON a.id = e.attempt_id ORDER BY 1",
             "SELECT p.uuid || '|' || topic || '|' || t.attempts || '|' || t.score || '|' || t.max FROM profile_topic t "
             "JOIN profiles p ON p.id = t.profile_id ORDER BY 1",
             "SELECT scenario_id || step_id || n || '/' || sx || '/' || sxx || '/' || sy || '/' || syy || '/' || sxy || '/' || smax FROM item_stats ORDER BY 1",
             "SELECT scenario_id || step_id || option_id || n || '/' || sx || '/' || sy FROM option_stats ORDER BY 1"}) {
        detail::Query q = s.connection().query(sql);
        while (q->step()) out += q->text(0) + "\n";
        out += "--\n";
    }
    return out;
}

}  // namespace

TEST_SUITE("store") {

TEST_CASE("merging a store twice adds nothing the second time") {
    TempDir dir;
    laptop(dir / "a.sqlite3", {"Amina", "Bruno"}, 1000);
    Store d = Store::open(dir / "centre.sqlite3", test_options());
    std::vector<std::int64_t> seen;
    const MergeReport first = merge_store(d, dir / "a.sqlite3", [&](std::int64_t done, std::int64_t total) {
        seen.push_back(done);
        CHECK(total == 4);
    });
    CHECK(first.profiles_added == 2);
    CHECK(first.attempts_added == 4);
    CHECK(first.answers_added == 6);
    CHECK(first.clashes.empty());
    CHECK(seen.back() == 4);
    const std::string after_first = dump(d);
    const MergeReport second = merge_store(d, dir / "a.sqlite3");
    CHECK(second.profiles_added == 0);
    CHECK(second.attempts_added == 0);
    CHECK(second.answers_added == 0);
    CHECK(dump(d) == after_first);
    // The merged store reports what the laptop reported.
    Store a = Store::open(dir / "a.sqlite3", test_options());
    CHECK(dump(a) == after_first);
}

TEST_CASE("merging disjoint stores in either order gives the same store") {
    TempDir dir;
    laptop(dir / "a.sqlite3", {"Amina", "Bruno"}, 1000);
    laptop(dir / "b.sqlite3", {"Chen", "Dana", "Eli"}, 5000);
    Store ab = Store::open(dir / "ab.sqlite3", test_options());
    merge_store(ab, dir / "a.sqlite3");
    merge_store(ab, dir / "b.sqlite3");
    Store ba = Store::open(dir / "ba.sqlite3", test_options());
    merge_store(ba, dir / "b.sqlite3");
    merge_store(ba, dir / "a.sqlite3");
    CHECK(dump(ab) == dump(ba));
    CHECK(ab.counts().profiles == 5);
    // The incremental summaries equal a rebuild from the merged history.
    const std::string merged = dump(ab);
    ab.rebuild_summaries();
    CHECK(dump(ab) == merged);
}

TEST_CASE("a different profile with a taken name is reported and imported under a free name, never joined") {
    TempDir dir;
    laptop(dir / "a.sqlite3", {"Amina"}, 1000);
    laptop(dir / "b.sqlite3", {"amina"}, 5000);  // another person, another UUID
    Store d = Store::open(dir / "a.sqlite3", test_options());
    const std::string local = d.profile_by_name("Amina")->uuid;
    const MergeReport r = merge_store(d, dir / "b.sqlite3");
    REQUIRE(r.clashes.size() == 1);
    CHECK(r.clashes[0].name == "amina");
    CHECK(r.clashes[0].local_uuid == local);
    CHECK(r.clashes[0].source_uuid != local);
    CHECK(r.clashes[0].imported_as == "amina (2)");
    CHECK(d.profiles().size() == 2);
    CHECK(d.attempts(local).size() == 2);  // the local profile got nothing of the other's
    CHECK(d.attempts(r.clashes[0].source_uuid).size() == 2);
    CHECK(merge_store(d, dir / "b.sqlite3").clashes.empty());  // matched by UUID now
}

TEST_CASE("an attempt unfinished here and finished in the source is finished once by the merge") {
    TempDir dir;
    laptop(dir / "a.sqlite3", {"Amina"}, 1000);
    std::filesystem::copy_file(dir / "a.sqlite3", dir / "copy.sqlite3");  // closed store: no -wal
    std::string open_uuid;
    {
        Store copy = Store::open(dir / "copy.sqlite3", test_options());
        const auto open = copy.unfinished_attempts(copy.profiles()[0].uuid);
        REQUIRE(open.size() == 1);
        open_uuid = open[0].attempt.uuid;
        copy.record_answer(make_answer(open_uuid, 1, "proof", 1, 1));
        copy.finish_attempt(open_uuid, 9000, 1.5, 2);
    }
    Store d = Store::open(dir / "a.sqlite3", test_options());
    const MergeReport r = merge_store(d, dir / "copy.sqlite3");
    CHECK(r.attempts_added == 0);
    CHECK(r.attempts_finished == 1);
    CHECK(r.answers_added == 1);
    CHECK(d.attempt(open_uuid)->finished());
    CHECK(d.attempt(open_uuid)->score == doctest::Approx(1.5));
    const std::string merged = dump(d);
    CHECK(merge_store(d, dir / "copy.sqlite3").attempts_finished == 0);
    CHECK(dump(d) == merged);
    d.rebuild_summaries();
    CHECK(dump(d) == merged);
}

TEST_CASE("hints pending on an unfinished attempt travel with it, and a merge never sheds their cost") {
    TempDir dir;
    laptop(dir / "a.sqlite3", {"Amina"}, 1000);
    std::string open_uuid;
    {
        Store a = Store::open(dir / "a.sqlite3", test_options());
        open_uuid = a.unfinished_attempts(a.profiles()[0].uuid).at(0).attempt.uuid;
        a.record_pending_hints({open_uuid, "proof", 1, 5000});
    }
    Store centre = Store::open(dir / "centre.sqlite3", test_options());
    merge_store(centre, dir / "a.sqlite3");
    REQUIRE(centre.pending_hints(open_uuid));
    CHECK(centre.pending_hints(open_uuid)->step_id == "proof");
    CHECK(centre.pending_hints(open_uuid)->hints == 1);

    // The laptop took a second hint: the larger count wins, whichever store had which.
    std::filesystem::copy_file(dir / "a.sqlite3", dir / "later.sqlite3");  // closed store: no -wal
    {
        Store later = Store::open(dir / "later.sqlite3", test_options());
        later.record_pending_hints({open_uuid, "proof", 2, 6000});
    }
    merge_store(centre, dir / "later.sqlite3");
    CHECK(centre.pending_hints(open_uuid)->hints == 2);
    merge_store(centre, dir / "a.sqlite3");  // the older laptop again: nothing taken back
    CHECK(centre.pending_hints(open_uuid)->hints == 2);

    // Then the step was answered there: the answer carries the hints, the pending row goes.
    {
        Store later = Store::open(dir / "later.sqlite3", test_options());
        core::AnswerRecord r = make_answer(open_uuid, 1, "proof", 0.5, 1);
        r.hints = 2;
        later.record_answer(r);
    }
    merge_store(centre, dir / "later.sqlite3");
    CHECK_FALSE(centre.pending_hints(open_uuid));
    CHECK(centre.answers(open_uuid).at(1).hints == 2);
    merge_store(centre, dir / "a.sqlite3");  // the old row for an answered step stays out
    CHECK_FALSE(centre.pending_hints(open_uuid));
}

TEST_CASE("a bad source is refused with its own message and the store merged into is unchanged") {
    TempDir dir;
    laptop(dir / "centre.sqlite3", {"Amina"}, 1000);
    write_bytes(dir / "junk.sqlite3", std::string(8192, 'j'));
    Store d = Store::open(dir / "centre.sqlite3", test_options());
    const std::string before = dump(d);
    try {
        merge_store(d, dir / "junk.sqlite3");
        FAIL("merged a file that is not a database");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreErrorKind::not_a_database);
        CHECK(std::string(e.what()).find("junk.sqlite3") != std::string::npos);
    }
    CHECK_THROWS_AS(merge_store(d, dir / "centre.sqlite3"), StoreError);  // itself
    CHECK(dump(d) == before);
    CHECK(file_bytes(dir / "junk.sqlite3") == std::string(8192, 'j'));
}

TEST_CASE("a source from an older schema is merged from a migrated copy and itself left byte-identical") {
    TempDir dir;
    const auto old = dir / "old.sqlite3";
    {
        detail::Connection raw(old, detail::open_read_write | detail::open_create, 100);
        detail::migrate(raw, {detail::migrations()[0]}, 0);
        raw.exec(R"sql(
            INSERT INTO profiles(uuid, name, created_ms) VALUES ('8d0f7c3e-0000-4000-8000-000000000001', 'Old Timer', 1);
            INSERT INTO attempts(uuid, profile_id, scenario_id, topic, seed, mode, started_ms, finished_ms, score, max)
                VALUES ('8d0f7c3e-0000-4000-8000-0000000000a1', 1, 'origin/ctc', 'origin', 7, 'exam', 10, 20, 3, 4);
            INSERT INTO answers(attempt_id, seq, step_id, score, max, answered_ms) VALUES (1, 0, 'rule', 3, 4, 15);)sql");
    }
    const std::string before = file_bytes(old);
    Store d = Store::open(dir / "centre.sqlite3", test_options());
    const MergeReport r = merge_store(d, old);
    CHECK(r.attempts_added == 1);
    CHECK(cohort_report(d).at(0).overall.value() == doctest::Approx(0.75));
    CHECK(file_bytes(old) == before);
    // No temporary copy is left behind.
    for (const auto& e : std::filesystem::directory_iterator(dir.path()))
        CHECK_MESSAGE(e.path().filename().string().find("merge-source") == std::string::npos, e.path());
}

}  // TEST_SUITE
