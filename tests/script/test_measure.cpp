// Measurements behind the budgets in run_result.h and vet.h. Skipped by default (timings are not
// assertions); run with: test_script -tc="measure*" --no-skip
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "script/plain_data.h"
#include "script/sandbox.h"
#include "script/vet.h"
#include "script_test_support.h"

using namespace clearance::script;

namespace {

template <class F>
double median_us(int runs, F&& f) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        f();
        times.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

TEST_SUITE("script") {

TEST_CASE("measure the sandbox's costs and a scenario's use of its budgets" * doctest::skip()) {
    const std::string plain200 = test::scenario_like_source(200);
    const std::string plain300 = test::scenario_like_source(300);
    const std::string generated300 = test::generated_scenario_source(300);

    const double create = median_us(200, [] { Sandbox sb; });
    const double load200 = median_us(200, [&] {
        Sandbox sb;
        test::register_scenario(sb);
        const RunResult r = sb.run_buffer(plain200, "plain200.lua");
        REQUIRE(r.ok());
    });
    VetOptions options;
    options.prepare = [](Sandbox& sb) { return test::register_scenario(sb); };
    options.check = [](Sandbox& sb) { return check_returned_table(sb, -1, ""); };
    const double vet200 = median_us(100, [&] { REQUIRE(vet_buffer(plain200, "plain200.lua", options).ok()); });
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 100; ++i) REQUIRE(vet_buffer(plain200, "plain200.lua", options).ok());
    const double vet100_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();

    std::vector<VetSource> hundred(100, VetSource{"plain200.lua", plain200});
    const double batch100_ms = median_us(3, [&] {
        for (const RunResult& r : vet_batch(hundred, options)) REQUIRE(r.ok());
    }) / 1000.0;

    auto use = [](const std::string& source, const char* name) {
        Sandbox sb;
        test::register_scenario(sb);
        const RunResult r = sb.run_buffer(source, name);
        REQUIRE_MESSAGE(r.ok(), r.message);
        std::printf("  %-28s %6zu bytes  %9lld instructions (%.3f%% of budget)  peak heap %zu KB\n", name,
                    source.size(), static_cast<long long>(r.instructions),
                    100.0 * static_cast<double>(r.instructions) / static_cast<double>(instruction_budget),
                    sb.memory_peak() / 1024);
    };
    const double loop_ms = median_us(3, [] {
        Sandbox sb;
        CHECK(sb.run_buffer("while true do end", "loop.lua").kind == ErrorKind::cpu_budget);
    }) / 1000.0;

    std::printf("sandbox measurements (median):\n");
    std::printf("  new sandboxed state             %8.1f us\n", create);
    std::printf("  new state + load 200-line file  %8.1f us\n", load200);
    std::printf("  vet one 200-line file (fork)    %8.1f us\n", vet200);
    std::printf("  vet 100 files in sequence       %8.1f ms\n", vet100_ms);
    std::printf("  vet 100 files in one batch      %8.1f ms\n", batch100_ms);
    std::printf("  runaway loop to the budget      %8.1f ms\n", loop_ms);
    use(plain300, "plain 300-line scenario");
    use(generated300, "generated 300-line scenario");
}

}  // TEST_SUITE
