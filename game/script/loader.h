// The scenario loader: one scenario file -> checked core::Scenario values, or the author's
// mistakes as diagnostics at file:line.
//
// Used by the catalog (catalog.h), the hot-reload watcher (watcher.h), `clearance lint`, `play`
// and `test`, and the bench. Loading a file:
//   1. reads it (at most source_max_bytes) and hashes it (Scenario::content_hash);
//   2. vets it in a child process (vet.h): constructors registered, the file run, the returned
//      value checked, and for a generated scenario setup(ctx) run for every seed asked. A crash,
//      a timeout or a budget overrun there is the file's diagnostic and nothing runs in-process;
//   3. runs it again in a fresh sandbox in this process, per seed (one state per instance, so an
//      instance never sees another's globals), copies what the constructors built, runs setup(ctx)
//      for a generated scenario, and builds the core model (lua_build.h);
//   4. validates each instance (validate.h).
// Invariants: an instance is returned only when its build and validation found no error, so a
// session can rely on the scenario.h invariants; the loader never throws for a file's faults
// (only std::bad_alloc); the same text and seeds give the same result.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/hs_nomenclature.h"
#include "core/scenario.h"
#include "script/lua_build.h"

namespace clearance::script {

// The seeds a generated scenario is checked with by lint and test: enough to meet the branches
// an rng.chance() opens, few enough to keep lint instant.
inline const std::vector<std::uint64_t> default_check_seeds = {1, 2, 3, 4, 5};

struct LoadOptions {
    const core::HsNomenclature* hs = nullptr;  // for HS checks, classify keys, ctx.engines.hs
    // Seeds a generated scenario is instantiated with (one instance each). Static scenarios
    // ignore them and give one instance with seed 0.
    std::vector<std::uint64_t> seeds = {1};
    bool vet = true;        // run the file in a child process first; off only for trusted text
    bool validate = true;   // run validate_scenario on each instance
    std::string lang = "en";
};

// What the catalog lists: the static metadata, readable without running setup(ctx).
struct ScenarioInfo {
    std::string id;  // empty when the file is too broken to tell
    core::Text title;
    core::Text summary;
    core::Topic topic = core::Topic::classification;
    core::Level level = core::Level::basic;
    int minutes = 10;
    std::vector<std::string> languages;
    int version = 1;
    bool generated = false;
};

// One instantiation of a scenario.
struct ScenarioInstance {
    std::uint64_t seed = 0;
    std::shared_ptr<const core::Scenario> scenario;
    SourceMap lines;
};

struct LoadResult {
    std::string file;          // display name
    std::string content_hash;  // of the file's bytes; empty when unreadable
    ScenarioInfo info;
    std::vector<core::Diagnostic> diagnostics;  // every instance's, merged, in file order
    std::vector<ScenarioInstance> instances;    // the instances that loaded without error

    std::size_t errors() const { return core::count_errors(diagnostics); }
    bool ok() const { return errors() == 0 && !instances.empty(); }
    // The first instance's scenario, or nullptr.
    std::shared_ptr<const core::Scenario> scenario() const {
        return instances.empty() ? nullptr : instances.front().scenario;
    }
};

// Loads the file; `display_name` is how diagnostics name it ("valuation/royalty.lua").
LoadResult load_scenario_file(const std::filesystem::path& path, const std::string& display_name,
                              const LoadOptions& options = {});

// Loads scenario source text already in memory (the watcher, tests).
LoadResult load_scenario_source(std::string_view source, const std::string& display_name,
                                 const LoadOptions& options = {});

// A scenario file's text, read ahead so many files can be vetted together.
struct ScenarioSource {
    std::string display_name;
    std::string text;
    std::string unreadable;  // why the file could not be read; empty when `text` is the file
};

// Reads the file (at most source_max_bytes); a failure is kept in `unreadable`.
ScenarioSource read_scenario_source(const std::filesystem::path& path, const std::string& display_name);

// Loads many sources, vetting them all in one child process (vet_batch: fork() is paid once,
// which matters when the parent holds the HS data). One result per source, in order; each is
// what load_scenario_source would give.
std::vector<LoadResult> load_scenario_sources(const std::vector<ScenarioSource>& sources,
                                              const LoadOptions& options = {});

// The content hash of scenario text: 16 hex digits (FNV-1a, 64 bits), stable across runs.
std::string content_hash(std::string_view source);

// Sorts diagnostics by file, then line, errors before warnings at the same line.
void sort_diagnostics(std::vector<core::Diagnostic>& diagnostics);

}  // namespace clearance::script
