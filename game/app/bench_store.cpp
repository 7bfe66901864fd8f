#include "app/bench_store.h"

#include <algorithm>
#include <chrono>

#include "store/report.h"
#include "store/store.h"
#include "store/synthetic_history.h"

namespace clearance::app {

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

void remove_store(const std::filesystem::path& file) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        std::filesystem::path p = file;
        p += suffix;
        std::filesystem::remove(p, ec);
    }
}

// Runs `f` `runs` times and returns the median time in ms.
template <class F>
double median_ms(int runs, F&& f) {
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        f();
        t.push_back(ms_since(t0));
    }
    return median(t);
}

}  // namespace

std::vector<BenchFigure> bench_store(const std::filesystem::path& scratch_dir) {
    std::filesystem::create_directories(scratch_dir);
    std::vector<BenchFigure> figures;

    // --- one answer, committed durably (WAL, synchronous=FULL: one fsync per answer) ---
    const auto commit_file = scratch_dir / "bench-commit.sqlite3";
    remove_store(commit_file);
    {
        store::Store s = store::Store::open(commit_file);
        const core::Profile p = s.create_profile("Bench");
        core::AttemptRecord a;
        a.uuid = store::new_uuid();
        a.profile_uuid = p.uuid;
        a.scenario_id = "bench/commit";
        a.topic = "valuation";
        a.started_ms = s.now_ms();
        s.begin_attempt(a);
        std::vector<double> times;
        // 200 commits: enough for a stable median and 95th percentile at a few ms each.
        for (int i = 0; i < 200; ++i) {
            core::AnswerRecord r;
            r.attempt_uuid = a.uuid;
            r.seq = i;
            r.step_id = "step-" + std::to_string(i % 10);
            r.step_kind = "quiz";
            r.response = "4202.21";
            r.score = 1;
            r.max = 2;
            r.answered_ms = s.now_ms();
            r.evidence.push_back({"hs.gir1", 1, 2});
            const auto t0 = Clock::now();
            s.record_answer(r);
            times.push_back(ms_since(t0));
        }
        figures.push_back({"answer committed durably (median)", median(times), "ms", "< 2 ms"});
        figures.push_back({"answer committed durably (95th percentile)", percentile(times, 0.95), "ms", ""});
    }
    remove_store(commit_file);

    // --- the instructor's dashboard over 1,000,000 answers ---
    const auto big_file = scratch_dir / "bench-1m.sqlite3";
    remove_store(big_file);
    {
        store::Store s = store::Store::open(big_file);
        const auto t0 = Clock::now();
        store::generate_synthetic_history(s, {});
        figures.push_back({"generate a store of 1,000,000 answers", ms_since(t0) / 1000.0, "s", ""});
    }
    {
        auto t0 = Clock::now();
        store::Store s = store::Store::open(big_file);  // with quick_check
        figures.push_back({"open the 1,000,000-answer store (quick_check)", ms_since(t0), "ms", ""});
        std::size_t rows = 0;
        store::cohort_report(s);  // warm the page cache once: the dashboard is opened on a running app
        figures.push_back({"cohort report over 1,000,000 answers (median)",
                           median_ms(7, [&] { rows += store::cohort_report(s).size(); }), "ms", "< 100 ms"});
        figures.push_back({"item analysis over 1,000,000 answers (median)",
                           median_ms(7, [&] { rows += store::item_analysis(s).items.size(); }), "ms", "< 100 ms"});
        figures.push_back({"instructor dashboard: cohort + item analysis (median)", median_ms(7, [&] {
                               rows += store::cohort_report(s).size();
                               rows += store::item_analysis(s).options.size();
                           }),
                           "ms", "< 100 ms"});
        const std::string someone = s.profiles().front().uuid;
        figures.push_back({"one trainee's report in that store (median)",
                           median_ms(7, [&] { rows += store::profile_report(s, someone).trend.size(); }), "ms", ""});
        (void)rows;
    }
    remove_store(big_file);
    return figures;
}

}  // namespace clearance::app
