// The scenario catalog: every scenario file found in the scenario folders, loaded and checked,
// with what the scenario list shows (id, title, topic, level, languages, minutes) and its
// diagnostics.
//
// Used by `clearance list`, `lint` and `play ID`, the window's scenario list and the watcher
// (watcher.h keeps one up to date). Broken files are listed with their diagnostics, never dropped,
// so an author sees every file they wrote. Invariants: entries are in folder order, then path
// order within a folder; an entry has a scenario only when its file loaded without error; no two
// entries with a scenario share an id (the later file gets an error naming the earlier one).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/scenario.h"
#include "script/loader.h"

namespace clearance::script {

struct CatalogEntry {
    std::filesystem::path path;    // the file on disk
    std::filesystem::path folder;  // the scenario folder it was found in
    std::string file;              // display name, relative to the folder: "valuation/royalty.lua"
    std::string content_hash;
    int line = 0;  // of the scenario{} call, when the file loaded
    ScenarioInfo info;
    std::vector<core::Diagnostic> diagnostics;
    std::shared_ptr<const core::Scenario> scenario;  // null when the file has errors
    std::vector<ScenarioInstance> instances;          // every seed loaded (the first is `scenario`)

    bool ok() const { return scenario != nullptr; }
    std::size_t errors() const { return core::count_errors(diagnostics); }
};

struct Catalog {
    std::vector<CatalogEntry> entries;
    std::vector<core::Diagnostic> problems;  // folders that do not exist or cannot be read

    // The loaded entry with this id, or nullptr.
    const CatalogEntry* find(std::string_view id) const;
};

// The .lua files under `folder` (recursively), sorted by path; a file given directly is returned
// alone. Unreadable folders are reported in `problems` (when given) and skipped.
std::vector<std::filesystem::path> scenario_files(const std::filesystem::path& folder,
                                                  std::vector<core::Diagnostic>* problems = nullptr);

// Display name of `file` found under `folder`: its path relative to the folder, '/'-separated.
std::string display_name(const std::filesystem::path& folder, const std::filesystem::path& file);

// Loads every file of every folder (in that order) with `options`.
Catalog scan_catalog(const std::vector<std::filesystem::path>& folders, const LoadOptions& options = {});

// Loads one file as a catalog entry (used by scan_catalog, the watcher and lint). `display`
// names it in diagnostics; empty: display_name(folder, file).
CatalogEntry load_entry(const std::filesystem::path& folder, const std::filesystem::path& file,
                        const LoadOptions& options, std::string display = {});

// A file to load as a catalog entry: where it was found and how diagnostics name it (empty:
// display_name(folder, file)).
struct EntrySpec {
    std::filesystem::path folder;
    std::filesystem::path file;
    std::string display;
};

// Loads many files as catalog entries, vetting them in one batch (load_scenario_sources).
std::vector<CatalogEntry> load_entries(const std::vector<EntrySpec>& specs, const LoadOptions& options);

// Marks entries whose id an earlier loaded entry already uses: error, scenario dropped.
void check_duplicate_ids(std::vector<CatalogEntry>& entries);

}  // namespace clearance::script
