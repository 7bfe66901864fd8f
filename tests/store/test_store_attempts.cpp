// Attempts and answers: durable one by one, resumable, append-only; and backups.

#include <doctest/doctest.h>

#include "store/sqlite_db.h"
#include "store_fixture.h"

using namespace clearance;
using namespace clearance::store;
using namespace clearance::store::testing;

TEST_SUITE("store") {

TEST_CASE("an unfinished attempt is offered for resume with its seed and its answers in order") {
    TempDir dir;
    const auto file = dir / "p.sqlite3";
    std::string profile, older, newer;
    {
        Store s = Store::open(file, test_options());
        profile = s.create_profile("Amina").uuid;
        core::AttemptRecord a = make_attempt(profile, "risk/channel", "security", 1000, core::AttemptMode::shift);
        a.seed = 0xFEEDFACECAFEBEEFull;  // above INT64_MAX: must survive SQLite's signed integers
        older = a.uuid;
        s.begin_attempt(a);
        core::AnswerRecord r = make_answer(a.uuid, 0, "channel", 1, 2, "yellow");
        r.hints = 2;
        r.evidence = {{"risk.channel", 1, 2}, {"risk.indicators", 0, 1}};
        s.record_answer(r);
        s.record_answer(make_answer(a.uuid, 1, "indicators", 2, 2));
        core::AttemptRecord b = make_attempt(profile, "origin/ctc", "origin", 2000);
        newer = b.uuid;
        s.begin_attempt(b);
        core::AttemptRecord done = make_attempt(profile, "origin/ctc", "origin", 500);
        s.begin_attempt(done);
        s.finish_attempt(done.uuid, 600, 0, 0);
    }
    Store s = Store::open(file, test_options());  // as after a crash or a restart
    const auto open = s.unfinished_attempts(profile);
    REQUIRE(open.size() == 2);
    CHECK(open[0].attempt.uuid == newer);  // newest first
    CHECK(open[1].attempt.uuid == older);
    const core::ResumableAttempt& r = open[1];
    CHECK(r.attempt.seed == 0xFEEDFACECAFEBEEFull);
    CHECK(r.attempt.mode == core::AttemptMode::shift);
    CHECK(r.attempt.score == doctest::Approx(3.0));  // running total of its answers
    REQUIRE(r.answers.size() == 2);
    CHECK(r.answers[0].seq == 0);
    CHECK(r.answers[0].option_id == "yellow");
    CHECK(r.answers[0].hints == 2);
    REQUIRE(r.answers[0].evidence.size() == 2);
    CHECK(r.answers[0].evidence[1].competency == "risk.indicators");
    CHECK(r.answers[1].step_id == "indicators");
    CHECK(open[0].answers.empty());
}

TEST_CASE("answers are append-only: a replayed answer is ignored and a finished attempt takes no more") {
    TempDir dir;
    Store s = Store::open(dir / "p.sqlite3", test_options());
    const std::string p = s.create_profile("Amina").uuid;
    const core::AttemptRecord a = make_attempt(p, "quiz/x", "revenue", 1);
    s.begin_attempt(a);
    CHECK(s.record_answer(make_answer(a.uuid, 0, "q", 1, 1)));
    core::AnswerRecord changed = make_answer(a.uuid, 0, "q", 0, 1);
    CHECK_FALSE(s.record_answer(changed));  // the first answer stands
    CHECK(s.answers(a.uuid).at(0).score == 1);
    CHECK(s.attempt(a.uuid)->score == 1);  // not counted twice
    s.finish_attempt(a.uuid, 10, 1, 1);
    s.finish_attempt(a.uuid, 99, 0, 1);  // no-op
    CHECK(s.attempt(a.uuid)->finished_ms == 10);
    CHECK_THROWS_AS(s.record_answer(make_answer(a.uuid, 1, "q2", 1, 1)), std::logic_error);
    CHECK_THROWS_AS(s.record_answer(make_answer("no-such-attempt", 0, "q", 1, 1)), std::invalid_argument);
    CHECK_THROWS_AS(s.begin_attempt(make_attempt("no-such-profile", "s", "fraud", 1)), std::invalid_argument);
}

TEST_CASE("hints taken on an unanswered step survive a reopen until that step's answer carries them") {
    TempDir dir;
    const auto file = dir / "p.sqlite3";
    std::string profile, uuid;
    {
        Store s = Store::open(file, test_options());
        profile = s.create_profile("Amina").uuid;
        const core::AttemptRecord a = make_attempt(profile, "risk/channel", "security", 1000);
        uuid = a.uuid;
        s.begin_attempt(a);
        s.record_answer(make_answer(uuid, 0, "channel", 2, 2));
        CHECK_FALSE(s.pending_hints(uuid));
        s.record_pending_hints({uuid, "indicators", 1, 5000});
        s.record_pending_hints({uuid, "indicators", 2, 6000});  // the total replaces the row
    }
    Store s = Store::open(file, test_options());  // as after leaving, a crash or a restart
    auto p = s.pending_hints(uuid);
    REQUIRE(p);
    CHECK(p->attempt_uuid == uuid);
    CHECK(p->step_id == "indicators");
    CHECK(p->hints == 2);
    CHECK(p->taken_ms == 6000);
    const auto open = s.unfinished_attempts(profile);
    REQUIRE(open.size() == 1);
    REQUIRE(open[0].pending);
    CHECK(open[0].pending->hints == 2);

    // An answer to another step leaves them; the answer to their step takes them over.
    core::AnswerRecord other = make_answer(uuid, 1, "bystander", 1, 1);
    s.record_answer(other);
    CHECK(s.pending_hints(uuid)->hints == 2);
    core::AnswerRecord r = make_answer(uuid, 2, "indicators", 0.5, 1);
    r.hints = 2;
    s.record_answer(r);
    CHECK_FALSE(s.pending_hints(uuid));
    CHECK(s.answers(uuid).at(2).hints == 2);

    // Zero clears; finishing the attempt clears; a finished or unknown attempt takes no hints.
    s.record_pending_hints({uuid, "proof", 1, 7000});
    s.record_pending_hints({uuid, "proof", 0, 7100});
    CHECK_FALSE(s.pending_hints(uuid));
    s.record_pending_hints({uuid, "proof", 1, 7200});
    s.finish_attempt(uuid, 8000, 3.5, 4);
    CHECK_FALSE(s.pending_hints(uuid));
    CHECK_THROWS_AS(s.record_pending_hints({uuid, "proof", 1, 9000}), std::logic_error);
    CHECK_THROWS_AS(s.record_pending_hints({"no-such-attempt", "proof", 1, 9000}), std::invalid_argument);
    CHECK(s.connection().scalar_int("SELECT count(*) FROM pending_hints") == 0);
}

TEST_CASE("a backup holds commits still in the WAL, and works from a read-only store without writing it") {
    TempDir dir;
    const auto file = dir / "p.sqlite3";
    Store s = Store::open(file, test_options());
    s.create_profile("Amina");  // in the -wal only: the store is still open
    s.backup_to(dir / "copy.sqlite3");
    CHECK_THROWS_AS(s.backup_to(dir / "copy.sqlite3"), StoreError);
    {
        OpenOptions ro = test_options();
        ro.read_only = true;
        Store copy = Store::open(dir / "copy.sqlite3", ro);
        CHECK(copy.profiles().size() == 1);
        copy.backup_to(dir / "copy2.sqlite3");
        CHECK_THROWS_AS(copy.create_profile("Bruno"), StoreError);  // still read-only after the backup
    }
    Store copy2 = Store::open(dir / "copy2.sqlite3", test_options());
    CHECK(copy2.profiles().size() == 1);
}

TEST_CASE("a second writable Store on the same file in one process is refused; readers are fine") {
    TempDir dir;
    const auto file = dir / "p.sqlite3";
    std::optional<Store> writer = Store::open(file, test_options());
    try {
        Store::open(file, test_options());
        FAIL("two writers on one file");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreErrorKind::locked);
        CHECK(std::string(e.what()).find("already open for writing in this program") != std::string::npos);
    }
    OpenOptions ro = test_options();
    ro.read_only = true;
    CHECK_NOTHROW(Store::open(file, ro));
    writer.reset();
    CHECK_NOTHROW(Store::open(file, test_options()));  // released with the first writer
}

}  // TEST_SUITE
