#include "core/settings.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

namespace clearance::core {

namespace {

std::string trim(const std::string& s) {
    const char* ws = " \t\r\n";
    auto b = s.find_first_not_of(ws);
    if (b == std::string::npos) return {};
    auto e = s.find_last_not_of(ws);
    return s.substr(b, e - b + 1);
}

bool parse_int(const std::string& s, int& out) {
    if (s.empty() || s.size() > 9) return false;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

}  // namespace

const char* theme_name(Theme t) {
    switch (t) {
        case Theme::light: return "light";
        case Theme::dark: return "dark";
        case Theme::high_contrast: return "high-contrast";
    }
    return "light";
}

std::optional<Theme> parse_theme(const std::string& name) {
    for (Theme t : {Theme::light, Theme::dark, Theme::high_contrast})
        if (name == theme_name(t)) return t;
    return std::nullopt;
}

SettingsParse parse_settings(const std::string& text, const std::string& file_name) {
    SettingsParse result;
    Settings& s = result.settings;
    std::istringstream in(text);
    std::string raw;
    int line_no = 0;
    auto problem = [&](const std::string& what) {
        result.problems.push_back(file_name + ":" + std::to_string(line_no) + ": " + what);
    };
    while (std::getline(in, raw)) {
        ++line_no;
        std::string line = trim(raw);
        if (line.empty() || line[0] == '#') continue;
        auto eq = line.find('=');
        if (eq == std::string::npos) {
            problem("expected `key = value`, got \"" + line + "\"");
            continue;
        }
        std::string key = trim(line.substr(0, eq));
        std::string value = trim(line.substr(eq + 1));
        if (key == "theme") {
            if (auto t = parse_theme(value)) s.theme = *t;
            else problem("theme: unknown theme \"" + value + "\" (light, dark, high-contrast)");
        } else if (key == "font_size") {
            int v = 0;
            if (parse_int(value, v) && v >= Settings::min_font_size && v <= Settings::max_font_size)
                s.font_size = v;
            else
                problem("font_size: \"" + value + "\" is not a whole number from " +
                        std::to_string(Settings::min_font_size) + " to " +
                        std::to_string(Settings::max_font_size));
        } else if (key == "language") {
            if (value == "en" || value == "fr") s.language = value;
            else problem("language: \"" + value + "\" is not available (en, fr)");
        } else if (key == "db_path") {
            s.db_path = value;
        } else if (key == "scenario_dir") {
            if (value.empty()) problem("scenario_dir: empty folder name");
            else s.scenario_dirs.push_back(value);
        } else {
            problem("unknown setting \"" + key +
                    "\" (theme, font_size, language, db_path, scenario_dir)");
        }
    }
    return result;
}

std::string format_settings(const Settings& s) {
    std::ostringstream out;
    out << "# Clearance settings. Edited by the app; hand edits are kept if valid.\n";
    out << "theme = " << theme_name(s.theme) << "\n";
    out << "font_size = " << s.font_size << "\n";
    out << "language = " << s.language << "\n";
    if (!s.db_path.empty()) out << "db_path = " << s.db_path << "\n";
    for (const auto& dir : s.scenario_dirs) out << "scenario_dir = " << dir << "\n";
    return out.str();
}

std::string save_settings_file(const Settings& s, const std::filesystem::path& file) {
    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
    if (ec) return "cannot create " + file.parent_path().string() + ": " + ec.message();
    auto tmp = file;
    tmp += ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return "cannot write " + tmp.string() + ": " + std::strerror(errno);
        out << format_settings(s);
        out.flush();
        if (!out) return "cannot write " + tmp.string() + " (disk full?)";
    }
    std::filesystem::rename(tmp, file, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        return "cannot replace " + file.string() + ": " + ec.message();
    }
    return {};
}

SettingsParse load_settings_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return {};
    std::ostringstream text;
    text << in.rdbuf();
    return parse_settings(text.str(), file.string());
}

}  // namespace clearance::core
