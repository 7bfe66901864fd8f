#include "script/watcher.h"

#include <fstream>
#include <iterator>
#include <set>

namespace clearance::script {

namespace fs = std::filesystem;

namespace {

bool stamp_of(const fs::path& p, fs::file_time_type& mtime, std::uintmax_t& size) {
    std::error_code ec;
    mtime = fs::last_write_time(p, ec);
    if (ec) return false;
    size = fs::file_size(p, ec);
    return !ec;
}

// The file's content hash, or empty when it cannot be read (the loader then reports why).
std::string hash_of(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return {};
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return content_hash(text);
}

}  // namespace

const char* watch_event_name(WatchEvent::Kind k) {
    switch (k) {
    case WatchEvent::Kind::added: return "added";
    case WatchEvent::Kind::changed: return "changed";
    case WatchEvent::Kind::broken: return "broken";
    case WatchEvent::Kind::removed: return "removed";
    }
    return "changed";
}

Watcher::Watcher(std::vector<fs::path> folders, LoadOptions options)
    : folders_(std::move(folders)), options_(std::move(options)) {
    std::vector<EntrySpec> specs;
    for (const fs::path& folder : folders_) {
        for (const fs::path& file : scenario_files(folder, &catalog_.problems)) {
            Stamp s;
            stamp_of(file, s.mtime, s.size);
            stamps_[file] = s;
            specs.push_back({folder, file, {}});
        }
    }
    for (CatalogEntry& e : load_entries(specs, options_)) {
        const fs::path path = e.path;
        entries_[path] = std::move(e);
    }
    rebuild_catalog();
}

std::vector<WatchEvent> Watcher::poll() {
    std::vector<WatchEvent> events;
    std::set<fs::path> present;
    std::vector<core::Diagnostic> problems;
    for (const fs::path& folder : folders_) {
        for (const fs::path& file : scenario_files(folder, &problems)) {
            present.insert(file);
            Stamp now;
            if (!stamp_of(file, now.mtime, now.size)) continue;  // vanished between walk and stat
            auto known = stamps_.find(file);
            auto entry = entries_.find(file);
            if (known != stamps_.end() && entry != entries_.end()) {
                if (known->second.mtime == now.mtime && known->second.size == now.size) continue;
                known->second = now;
                if (hash_of(file) == entry->second.content_hash) continue;  // touched, not changed
                CatalogEntry fresh = load_entry(folder, file, options_);
                WatchEvent e;
                e.file = fresh.file;
                e.path = file;
                e.diagnostics = fresh.diagnostics;
                if (fresh.ok()) {
                    e.kind = WatchEvent::Kind::changed;
                    entry->second = std::move(fresh);
                } else {
                    // Keep the last good scenario playable; show the new version's diagnostics.
                    e.kind = WatchEvent::Kind::broken;
                    e.kept_last_good = entry->second.scenario != nullptr;
                    entry->second.diagnostics = std::move(fresh.diagnostics);
                    entry->second.content_hash = fresh.content_hash;
                    if (!entry->second.scenario) entry->second.info = fresh.info;
                }
                events.push_back(std::move(e));
                continue;
            }
            stamps_[file] = now;
            CatalogEntry fresh = load_entry(folder, file, options_);
            WatchEvent e;
            e.kind = WatchEvent::Kind::added;
            e.file = fresh.file;
            e.path = file;
            e.diagnostics = fresh.diagnostics;
            entries_[file] = std::move(fresh);
            events.push_back(std::move(e));
        }
    }
    for (auto it = entries_.begin(); it != entries_.end();) {
        if (present.count(it->first)) {
            ++it;
            continue;
        }
        WatchEvent e;
        e.kind = WatchEvent::Kind::removed;
        e.file = it->second.file;
        e.path = it->first;
        events.push_back(std::move(e));
        stamps_.erase(it->first);
        it = entries_.erase(it);
    }
    catalog_.problems = std::move(problems);
    if (!events.empty()) rebuild_catalog();
    return events;
}

void Watcher::rebuild_catalog() {
    std::vector<CatalogEntry> ordered;
    // Folder order first, then path order within the folder, as scan_catalog gives them.
    for (const fs::path& folder : folders_) {
        for (auto& [path, entry] : entries_) {
            if (entry.folder != folder) continue;
            ordered.push_back(entry);  // a copy: duplicate ids are marked on the copies only
        }
    }
    check_duplicate_ids(ordered);
    catalog_.entries = std::move(ordered);
}

}  // namespace clearance::script
