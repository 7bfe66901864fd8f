// Settings: the user's own preferences (theme, text size, language, progress file, extra
// scenario folders), stored as a small `key = value` text file in the per-user config folder.
//
// Used by the app shell (load at start, save on change) and the settings screen. Parsing never
// throws on bad content: each problem becomes a message with `file:line`, the offending line is
// ignored and its default kept, so a hand-edited file with one typo still starts the app.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace clearance::core {

enum class Theme { light, dark, high_contrast };

const char* theme_name(Theme t);                           // "light", "dark", "high-contrast"
std::optional<Theme> parse_theme(const std::string& name);  // nullopt when unknown

struct Settings {
    Theme theme = Theme::light;
    int font_size = 17;  // pixels; 12..32
    std::string language = "en";  // interface language: "en" or "fr"
    std::string db_path;           // empty: the default progress file
    std::vector<std::string> scenario_dirs;  // added to the bundled folder

    static constexpr int min_font_size = 12;
    static constexpr int max_font_size = 32;
};

struct SettingsParse {
    Settings settings;
    std::vector<std::string> problems;  // "settings.ini:4: unknown theme "pink" (light, dark, high-contrast)"
};

// Parses `text` (the content of `file_name`, used only in messages).
SettingsParse parse_settings(const std::string& text, const std::string& file_name);

// The text form; parse_settings(format_settings(s)) gives back s.
std::string format_settings(const Settings& s);

// Writes atomically (temporary file then rename), creating the folder. Returns an error message,
// or an empty string on success; the old file is untouched on failure.
std::string save_settings_file(const Settings& s, const std::filesystem::path& file);

// Reads the file; a missing file gives defaults and no problem.
SettingsParse load_settings_file(const std::filesystem::path& file);

}  // namespace clearance::core
