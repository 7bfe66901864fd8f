#include "app/bench_scenarios.h"

#include <chrono>
#include <fstream>
#include <iterator>
#include <memory>

#include "app/paths.h"
#include "core/autoplay.h"
#include "script/catalog.h"
#include "script/loader.h"

namespace clearance::app {

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

constexpr std::size_t scenario_count = 1000;

}  // namespace

std::vector<BenchFigure> bench_scenarios(const GlobalOptions& global) {
    std::vector<BenchFigure> figures;
    std::unique_ptr<core::HsNomenclature> hs;
    try {
        hs = std::make_unique<core::HsNomenclature>(core::HsNomenclature::load(find_paths().assets / "hs"));
    } catch (const std::exception&) {
        // Without the nomenclature classify keys cannot be checked; the figures would flatter.
        return figures;
    }
    script::LoadOptions options;
    options.hs = hs.get();
    options.seeds = script::default_check_seeds;

    // 1. The bundled set as `clearance lint` loads it (the HS data already in memory).
    auto t0 = Clock::now();
    const script::Catalog catalog = script::scan_catalog(global.scenario_dirs, options);
    const double load_ms = ms_since(t0);
    if (catalog.entries.empty()) return figures;
    figures.push_back({"load + lint of the " + std::to_string(catalog.entries.size()) + " bundled scenarios", load_ms,
                       "ms", ""});

    // 2. 1,000 scenarios: the bundled texts repeated, each linted and self-tested from scratch,
    // vetted in one batch as `clearance lint` and `test` vet a folder.
    std::vector<script::ScenarioSource> sources;
    for (std::size_t i = 0; i < scenario_count; ++i) {
        const script::CatalogEntry& e = catalog.entries[i % catalog.entries.size()];
        sources.push_back(script::read_scenario_source(e.path, std::to_string(i) + "/" + e.file));
    }
    core::AutoplayOptions ao;
    ao.hs = hs.get();
    std::size_t problems = 0;
    t0 = Clock::now();
    for (const script::LoadResult& r : script::load_scenario_sources(sources, options)) {
        problems += r.errors();
        for (const script::ScenarioInstance& inst : r.instances)
            problems += core::count_errors(core::autoplay(*inst.scenario, ao).problems);
    }
    const double total_s = ms_since(t0) / 1000.0;
    figures.push_back({"lint + self-test of 1,000 scenarios", total_s, "s", "< 5 s"});
    (void)problems;  // counted so the work cannot be optimised away; correctness is `clearance test`'s job
    return figures;
}

}  // namespace clearance::app
