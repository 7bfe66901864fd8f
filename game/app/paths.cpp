#include "app/paths.h"

#include <cstdlib>
#include <system_error>

namespace clearance::app {

namespace {

std::filesystem::path exe_dir() {
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path{} : exe.parent_path();
}

bool has_assets(const std::filesystem::path& dir) {
    std::error_code ec;
    return !dir.empty() && std::filesystem::is_directory(dir / "assets", ec);
}

}  // namespace

Paths find_paths() {
    Paths p;
    if (const char* env = std::getenv("CLEARANCE_ROOT"); env && *env) {
        p.root = env;
    } else {
        // A build folder sits directly in the source tree (build/, build-asan/): look one and
        // two levels up from the executable before trusting the compiled-in source path.
        auto dir = exe_dir();
        for (int up = 0; up < 3 && !has_assets(dir) && !dir.empty(); ++up) dir = dir.parent_path();
        p.root = has_assets(dir) ? dir : std::filesystem::path(CLEARANCE_SOURCE_ROOT);
    }
    p.assets = p.root / "assets";
    p.scenarios = p.root / "scenarios" / "lua";
    p.default_db = p.root / "saves" / "progress.sqlite3";

    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
        p.config_dir = std::filesystem::path(xdg) / "clearance";
    else if (const char* home = std::getenv("HOME"); home && *home)
        p.config_dir = std::filesystem::path(home) / ".config" / "clearance";
    else
        p.config_dir = p.root / "saves" / "config";
    p.settings_file = p.config_dir / "settings.ini";
    p.imgui_ini = p.config_dir / "imgui.ini";
    return p;
}

}  // namespace clearance::app
