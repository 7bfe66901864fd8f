#include "script/catalog.h"

#include <algorithm>
#include <map>

namespace clearance::script {

namespace fs = std::filesystem;

const CatalogEntry* Catalog::find(std::string_view id) const {
    for (const CatalogEntry& e : entries)
        if (e.ok() && e.info.id == id) return &e;
    return nullptr;
}

std::vector<fs::path> scenario_files(const fs::path& folder, std::vector<core::Diagnostic>* problems) {
    std::vector<fs::path> out;
    std::error_code ec;
    auto report = [&](const std::string& message) {
        if (problems) problems->push_back({core::Severity::error, folder.generic_string(), 0, "", message});
    };
    if (fs::is_regular_file(folder, ec)) return {folder};
    if (!fs::is_directory(folder, ec)) {
        report("no such file or folder");
        return out;
    }
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        report("cannot read the folder: " + ec.message());
        return out;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) {
            report("cannot read the folder: " + ec.message());
            break;
        }
        // Hidden files and folders (editor backups, .git) are not scenarios.
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (it->path().extension() == ".lua" && it->is_regular_file(ec)) out.push_back(it->path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string display_name(const fs::path& folder, const fs::path& file) {
    std::error_code ec;
    if (fs::is_regular_file(folder, ec)) return file.generic_string();
    const fs::path rel = file.lexically_relative(folder);
    return rel.empty() ? file.generic_string() : rel.generic_string();
}

std::vector<CatalogEntry> load_entries(const std::vector<EntrySpec>& specs, const LoadOptions& options) {
    std::vector<CatalogEntry> entries(specs.size());
    std::vector<ScenarioSource> sources;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        CatalogEntry& e = entries[i];
        e.path = specs[i].file;
        e.folder = specs[i].folder;
        e.file = specs[i].display.empty() ? display_name(specs[i].folder, specs[i].file) : specs[i].display;
        sources.push_back(read_scenario_source(e.path, e.file));
    }
    std::vector<LoadResult> results = load_scenario_sources(sources, options);
    for (std::size_t i = 0; i < specs.size(); ++i) {
        CatalogEntry& e = entries[i];
        LoadResult& r = results[i];
        e.content_hash = r.content_hash;
        e.info = r.info;
        const bool loaded = r.ok();
        e.diagnostics = std::move(r.diagnostics);
        if (loaded) {
            e.scenario = r.scenario();
            e.line = r.instances.front().lines.scenario;
            e.instances = std::move(r.instances);
        }
    }
    return entries;
}

CatalogEntry load_entry(const fs::path& folder, const fs::path& file, const LoadOptions& options, std::string display) {
    return std::move(load_entries({EntrySpec{folder, file, std::move(display)}}, options).front());
}

void check_duplicate_ids(std::vector<CatalogEntry>& entries) {
    std::map<std::string, const CatalogEntry*> first;
    for (CatalogEntry& e : entries) {
        if (!e.ok()) continue;
        auto [it, fresh] = first.emplace(e.info.id, &e);
        if (fresh) continue;
        e.diagnostics.push_back({core::Severity::error, e.file, e.line, "id",
                                 "the id \"" + e.info.id + "\" is already used by " + it->second->file +
                                     " (in " + it->second->folder.generic_string() + "): give each scenario its own id"});
        e.scenario.reset();
        e.instances.clear();
    }
}

Catalog scan_catalog(const std::vector<fs::path>& folders, const LoadOptions& options) {
    Catalog c;
    std::vector<EntrySpec> specs;
    for (const fs::path& folder : folders) {
        for (const fs::path& file : scenario_files(folder, &c.problems)) specs.push_back({folder, file, {}});
    }
    c.entries = load_entries(specs, options);
    check_duplicate_ids(c.entries);
    return c;
}

}  // namespace clearance::script
