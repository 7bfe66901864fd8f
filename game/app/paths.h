// Paths: where the app finds its data (assets, bundled scenarios), keeps progress by default,
// and keeps per-user settings.
//
// The data root is found once: $CLEARANCE_ROOT if set, else the folder above the executable's
// build folder that holds assets/, else the source tree the binary was built from.
#pragma once

#include <filesystem>

namespace clearance::app {

struct Paths {
    std::filesystem::path root;           // holds assets/, scenarios/, saves/
    std::filesystem::path assets;         // root/assets
    std::filesystem::path scenarios;      // root/scenarios/lua (bundled)
    std::filesystem::path default_db;     // root/saves/progress.sqlite3
    std::filesystem::path config_dir;     // $XDG_CONFIG_HOME/clearance or ~/.config/clearance
    std::filesystem::path settings_file;  // config_dir/settings.ini
    std::filesystem::path imgui_ini;      // config_dir/imgui.ini
};

// Resolves every path; never fails (folders that do not exist are reported by their users).
Paths find_paths();

}  // namespace clearance::app
