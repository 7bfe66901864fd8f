// Crashes, locks and full disks, provoked for real in child processes on real files.

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <map>
#include <random>
#include <set>
#include <vector>

#include "store/sqlite_db.h"
#include "store_fixture.h"

using namespace clearance;
using namespace clearance::store;
using namespace clearance::store::testing;

namespace {

// What a child acknowledges through the pipe once a call has returned: an answer (seq >= 0) or
// a finished attempt (seq == -1). 44 bytes, well under PIPE_BUF, so each write is atomic and a
// kill can never leave half a message.
struct Ack {
    char attempt[40];
    int seq;
};

void write_all(int fd, const void* p, std::size_t n) {
    const char* c = static_cast<const char*>(p);
    while (n > 0) {
        const ssize_t w = ::write(fd, c, n);
        if (w <= 0) _exit(80);
        c += w;
        n -= static_cast<std::size_t>(w);
    }
}

// The writer: resumes the profile's unfinished attempt (or starts one), answers until killed,
// finishing an attempt every 12 answers so finish_attempt and the summaries are hit by kills too.
[[noreturn]] void writer(const std::filesystem::path& file, const std::string& profile, int ack_fd) {
    try {
        OpenOptions o = test_options();
        o.busy_timeout_ms = 5000;
        Store s = Store::open(file, o);
        for (;;) {
            auto open = s.unfinished_attempts(profile);
            core::AttemptRecord a;
            int seq = 0;
            if (open.empty()) {
                a = make_attempt(profile, "fraud/seal-" + std::to_string(s.counts().attempts % 3), "fraud", s.now_ms());
                s.begin_attempt(a);
            } else {
                a = open.front().attempt;
                seq = static_cast<int>(open.front().answers.size());
            }
            for (; seq < 12; ++seq) {
                s.record_answer(make_answer(a.uuid, seq, "s" + std::to_string(seq), seq % 3, 2,
                                            seq % 4 == 0 ? "opt" + std::to_string(seq % 3) : ""));
                Ack ack{};
                std::strncpy(ack.attempt, a.uuid.c_str(), sizeof ack.attempt - 1);
                ack.seq = seq;
                write_all(ack_fd, &ack, sizeof ack);
            }
            s.finish_attempt(a.uuid, s.now_ms(), 11, 24);
            Ack ack{};
            std::strncpy(ack.attempt, a.uuid.c_str(), sizeof ack.attempt - 1);
            ack.seq = -1;
            write_all(ack_fd, &ack, sizeof ack);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "writer: %s\n", e.what());
        _exit(81);
    }
}

// Dumps the summary tables in a canonical text form (scores are small integers, so sums are exact).
std::string summaries(Store& s) {
    std::string out;
    for (const char* sql : {"SELECT profile_id || topic || attempts || '/' || score || '/' || max FROM profile_topic ORDER BY 1",
                            "SELECT scenario_id || step_id || n || '/' || sx || '/' || sxx || '/' || sy || '/' || syy || '/' || sxy || '/' || smax FROM item_stats ORDER BY 1",
                            "SELECT scenario_id || step_id || option_id || n || '/' || sx || '/' || sy FROM option_stats ORDER BY 1"}) {
        detail::Query q = s.connection().query(sql);
        while (q->step()) out += q->text(0) + "\n";
    }
    return out;
}

}  // namespace

TEST_SUITE("store") {

TEST_CASE("killing a writer with SIGKILL at random moments 60 times loses no acknowledged answer") {
    TempDir dir;
    const auto file = dir / "progress.sqlite3";
    std::string profile;
    {
        Store s = Store::open(file, test_options());
        profile = s.create_profile("Kofi").uuid;
    }
    const unsigned seed = std::random_device{}();
    INFO("kill schedule seed " << seed);
    std::mt19937 rng(seed);
    // One round in five waits 0-4 ms, which lands in open() (WAL recovery, the migration check);
    // the others wait up to 80 ms, which lands among commits (0.4 to 6 ms each, depending on
    // how fast this disk syncs).
    std::uniform_int_distribution<int> delay_us(0, 80000);
    std::map<std::string, std::set<int>> acked;
    std::set<std::string> finished;
    int total_acks = 0;
    for (int round = 0; round < 60; ++round) {
        int fds[2];
        REQUIRE(pipe(fds) == 0);
        const pid_t pid = fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            close(fds[0]);
            writer(file, profile, fds[1]);
        }
        close(fds[1]);
        usleep(static_cast<useconds_t>(round % 5 == 0 ? delay_us(rng) / 20 : delay_us(rng)));
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        CHECK_MESSAGE(WIFSIGNALED(status), "the writer stopped by itself in round " << round);
        Ack ack{};
        while (read(fds[0], &ack, sizeof ack) == static_cast<ssize_t>(sizeof ack)) {
            ++total_acks;
            if (ack.seq < 0) finished.insert(ack.attempt);
            else acked[ack.attempt].insert(ack.seq);
        }
        close(fds[0]);

        Store s = Store::open(file, test_options());  // quick_check runs here
        REQUIRE(s.integrity_check().empty());
        for (const auto& [attempt, seqs] : acked) {
            std::set<int> stored;
            for (const core::AnswerRecord& r : s.answers(attempt)) stored.insert(r.seq);
            for (int seq : seqs) CHECK_MESSAGE(stored.count(seq) == 1, "lost answer " << seq << " of " << attempt);
        }
        for (const std::string& attempt : finished) CHECK(s.attempt(attempt)->finished());
    }
    MESSAGE(total_acks << " acknowledged commits over 60 kills");
    CHECK(total_acks >= 60);  // on average one or more commits a round: kills do land among commits
    CHECK(finished.size() >= 2);
    // The incremental summaries must equal a rebuild from the history, kills or not.
    Store s = Store::open(file, test_options());
    const std::string incremental = summaries(s);
    s.rebuild_summaries();
    CHECK(summaries(s) == incremental);
}

TEST_CASE("a store held by another Clearance mid-write is reported locked and left byte-identical") {
    TempDir dir;
    const auto file = dir / "progress.sqlite3";
    { Store s = Store::open(file, test_options()); s.create_profile("Lea"); }
    const std::string before = file_bytes(file);
    int ready[2], done[2];
    REQUIRE(pipe(ready) == 0);
    REQUIRE(pipe(done) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        Store s = Store::open(file, test_options());
        s.connection().exec("BEGIN IMMEDIATE");  // holds the write lock, as a long write would
        char c = 'r';
        write_all(ready[1], &c, 1);
        (void)!read(done[0], &c, 1);
        _exit(0);
    }
    char c = 0;
    REQUIRE(read(ready[0], &c, 1) == 1);
    try {
        Store::open(file, test_options());
        FAIL("opened a store another process holds");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreErrorKind::locked);
        CHECK(std::string(e.what()).find("in use by another program") != std::string::npos);
    }
    write_all(done[1], &c, 1);
    waitpid(pid, nullptr, 0);
    CHECK(file_bytes(file) == before);
    for (int fd : {ready[0], ready[1], done[0], done[1]}) close(fd);
}

TEST_CASE("a store locked exclusively by another program is reported locked before any read") {
    TempDir dir;
    const auto file = dir / "progress.sqlite3";
    { Store s = Store::open(file, test_options()); s.create_profile("Lea"); }
    int ready[2], done[2];
    REQUIRE(pipe(ready) == 0);
    REQUIRE(pipe(done) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        detail::Connection raw(file, detail::open_read_write, 100);
        raw.exec("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; UPDATE profiles SET language = 'fr'");
        char c = 'r';
        write_all(ready[1], &c, 1);
        (void)!read(done[0], &c, 1);
        _exit(0);
    }
    char c = 0;
    REQUIRE(read(ready[0], &c, 1) == 1);
    const std::string before = file_bytes(file);
    try {
        Store::open(file, test_options());
        FAIL("opened a store another process locked exclusively");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreErrorKind::locked);
    }
    CHECK(file_bytes(file) == before);
    write_all(done[1], &c, 1);
    waitpid(pid, nullptr, 0);
    for (int fd : {ready[0], ready[1], done[0], done[1]}) close(fd);
}

// A full disk, for real: the child's file-size limit (RLIMIT_FSIZE) makes the kernel refuse
// writes past 512 KiB with EFBIG, as a full disk refuses them with ENOSPC.
TEST_CASE("a full disk is reported as disk full and every answer acknowledged before it survives") {
    TempDir dir;
    const auto file = dir / "progress.sqlite3";
    std::string profile, attempt;
    {
        Store s = Store::open(file, test_options());
        profile = s.create_profile("Ines").uuid;
        const core::AttemptRecord a = make_attempt(profile, "revenue/vat", "revenue", 1);
        attempt = a.uuid;
        s.begin_attempt(a);
    }
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        signal(SIGXFSZ, SIG_IGN);  // get EFBIG instead of being killed
        Store s = Store::open(file, test_options());
        rlimit lim{512 * 1024, 512 * 1024};
        if (setrlimit(RLIMIT_FSIZE, &lim) != 0) _exit(70);
        const std::string big(3000, 'r');  // a long free-text answer: the WAL fills in ~150 answers
        for (int seq = 0; seq < 100000; ++seq) {
            core::AnswerRecord r = make_answer(attempt, seq, "s", 1, 1);
            r.response = big;
            try {
                s.record_answer(r);
            } catch (const StoreError& e) {
                const bool says = std::string(e.what()).find("is full") != std::string::npos;
                _exit(e.kind() == StoreErrorKind::disk_full && says ? 0 : 71);
            }
            write_all(fds[1], &seq, sizeof seq);
        }
        _exit(72);
    }
    close(fds[1]);
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    std::vector<int> acked;
    int seq = 0;
    while (read(fds[0], &seq, sizeof seq) == static_cast<ssize_t>(sizeof seq)) acked.push_back(seq);
    close(fds[0]);
    CHECK(acked.size() > 10);
    Store s = Store::open(file, test_options());
    CHECK(s.integrity_check().empty());
    CHECK(s.answers(attempt).size() == acked.size());
}

// A full disk, for real, where the kernel allows it: the child makes a private mount namespace
// and puts a 1 MiB tmpfs on the test folder, so the rest of the machine is not affected.
TEST_CASE("a truly full file system is reported as disk full, loses nothing, and recovers once space is freed") {
    TempDir dir;
    const auto mnt = dir / "small-disk";
    std::filesystem::create_directory(mnt);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        if (unshare(CLONE_NEWNS) != 0 || mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
            mount("tmpfs", mnt.c_str(), "tmpfs", 0, "size=1m") != 0)
            _exit(77);  // not allowed here: skipped below
        const auto file = mnt / "progress.sqlite3";
        const auto filler = mnt / "filler";
        write_bytes(filler, std::string(64 * 1024, 'f'));
        std::string attempt;
        int acked = 0;
        try {
            Store s = Store::open(file, test_options());
            const auto p = s.create_profile("Ines");
            const core::AttemptRecord a = make_attempt(p.uuid, "revenue/vat", "revenue", 1);
            attempt = a.uuid;
            s.begin_attempt(a);
            for (int seq = 0; seq < 100000; ++seq) {
                core::AnswerRecord r = make_answer(attempt, seq, "s", 1, 1);
                r.response = std::string(2000, 'r');
                s.record_answer(r);
                acked = seq + 1;
            }
            _exit(60);
        } catch (const StoreError& e) {
            if (e.kind() != StoreErrorKind::disk_full) {
                std::fprintf(stderr, "%s\n", e.what());
                _exit(61);
            }
        }
        try {
            OpenOptions ro = test_options();
            ro.read_only = true;
            {
                Store s = Store::open(file, ro);
                if (!s.integrity_check().empty()) _exit(62);
                if (static_cast<int>(s.answers(attempt).size()) != acked) _exit(63);
            }
            std::filesystem::remove(filler);
            Store s = Store::open(file, test_options());
            if (!s.record_answer(make_answer(attempt, acked, "s", 1, 1))) _exit(64);
            if (static_cast<int>(s.answers(attempt).size()) != acked + 1) _exit(65);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "%s\n", e.what());
            _exit(66);
        }
        _exit(acked > 5 ? 0 : 67);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE(WIFEXITED(status));
    if (WEXITSTATUS(status) == 77) {
        MESSAGE("skipped: this machine does not allow a private tmpfs mount");
        return;
    }
    CHECK(WEXITSTATUS(status) == 0);
}

}  // TEST_SUITE
