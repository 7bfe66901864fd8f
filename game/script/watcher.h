// Hot reload: a watcher over the scenario folders that reloads a file when it changes and reports
// its diagnostics, keeping the last good version playable when the edit is broken.
//
// Used by the window (the instructor's author screen polls it between frames) and the instructor
// tools. It polls: one stat() per file and a directory walk per poll, about 0.1 ms for the bundled
// set, so polling twice a second costs nothing and works on every file system (inotify misses
// changes on network and FUSE mounts, where training centres often keep shared scenarios). A
// change of modification time or size is confirmed by the content hash, so a file merely touched
// or saved unchanged is not reloaded. Not thread-safe: poll from one thread.
// Invariants: catalog() always holds every file seen in the folders; an entry's scenario is the
// last version that loaded without error (null only if no version ever did), and its diagnostics
// are those of the file as it is now on disk.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "script/catalog.h"

namespace clearance::script {

struct WatchEvent {
    enum class Kind {
        added,    // a new file, loaded (or broken: see diagnostics)
        changed,  // reloaded without error: the new version replaces the old
        broken,   // reloaded with errors: the last good version stays (kept_last_good)
        removed,  // the file is gone, and its scenario with it
    };
    Kind kind = Kind::changed;
    std::string file;  // display name
    std::filesystem::path path;
    std::vector<core::Diagnostic> diagnostics;  // of the new version
    bool kept_last_good = false;                // broken: an earlier good version is still playable
};

const char* watch_event_name(WatchEvent::Kind k);  // "added", "changed", "broken", "removed"

class Watcher {
public:
    // Loads every file of `folders` now (the initial catalog raises no events).
    Watcher(std::vector<std::filesystem::path> folders, LoadOptions options = {});

    // Looks for added, changed and removed files and reloads them; returns what happened, in
    // path order. Never throws for a file's faults.
    std::vector<WatchEvent> poll();

    // The current catalog, in folder and path order.
    const Catalog& catalog() const { return catalog_; }

private:
    struct Stamp {
        std::filesystem::file_time_type mtime{};
        std::uintmax_t size = 0;
    };

    void rebuild_catalog();

    std::vector<std::filesystem::path> folders_;
    LoadOptions options_;
    std::map<std::filesystem::path, Stamp> stamps_;
    std::map<std::filesystem::path, CatalogEntry> entries_;  // by path
    Catalog catalog_;
};

}  // namespace clearance::script
