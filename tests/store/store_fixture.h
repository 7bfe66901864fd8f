// Helpers for the store's tests: a temporary folder on the real file system, a settable clock,
// byte-exact file snapshots, and builders for attempts and answers.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "core/progress.h"
#include "store/store.h"

namespace clearance::store::testing {

// A fresh folder under $TMPDIR (default /tmp), removed with everything in it at scope exit.
class TempDir {
public:
    TempDir() {
        const char* base = std::getenv("TMPDIR");
        std::string tmpl = std::string(base && *base ? base : "/tmp") + "/clearance-store-XXXXXX";
        if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
        path_ = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

inline std::string file_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void write_bytes(const std::filesystem::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << bytes;
}

// A clock the test moves by hand; copies share the same time.
struct ManualClock {
    std::shared_ptr<std::int64_t> t = std::make_shared<std::int64_t>(1'700'000'000'000);
    Clock clock() const {
        auto p = t;
        return [p] { return *p; };
    }
    void advance(std::int64_t ms) { *t += ms; }
};

inline OpenOptions test_options(const ManualClock& c = {}) {
    OpenOptions o;
    o.clock = c.clock();
    o.hash_cost = HashCost::minimum;
    o.busy_timeout_ms = 200;
    return o;
}

inline core::AttemptRecord make_attempt(const std::string& profile_uuid, const std::string& scenario,
                                        const std::string& topic, std::int64_t started_ms,
                                        core::AttemptMode mode = core::AttemptMode::practice) {
    core::AttemptRecord a;
    a.uuid = new_uuid();
    a.profile_uuid = profile_uuid;
    a.scenario_id = scenario;
    a.scenario_version = "1";
    a.content_hash = "sha256:test";
    a.topic = topic;
    a.seed = 42;
    a.mode = mode;
    a.started_ms = started_ms;
    return a;
}

inline core::AnswerRecord make_answer(const std::string& attempt_uuid, int seq, const std::string& step,
                                      double score, double max, const std::string& option = {}) {
    core::AnswerRecord r;
    r.attempt_uuid = attempt_uuid;
    r.seq = seq;
    r.step_id = step;
    r.step_kind = option.empty() ? "quiz" : "choose";
    r.response = option.empty() ? "answer " + std::to_string(seq) : option;
    r.option_id = option;
    r.score = score;
    r.max = max;
    r.time_ms = 1000 * (seq + 1);
    r.answered_ms = 1'700'000'000'000 + seq;
    return r;
}

}  // namespace clearance::store::testing
