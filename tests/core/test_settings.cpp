#include "core/settings.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace clearance::core;

TEST_SUITE("core") {

TEST_CASE("settings round-trip through their text form") {
    Settings s;
    s.theme = Theme::high_contrast;
    s.font_size = 22;
    s.language = "fr";
    s.db_path = "/srv/centre/progress.sqlite3";
    s.scenario_dirs = {"/srv/centre/scenarios", "extra"};
    auto parsed = parse_settings(format_settings(s), "settings.ini");
    CHECK(parsed.problems.empty());
    CHECK(parsed.settings.theme == Theme::high_contrast);
    CHECK(parsed.settings.font_size == 22);
    CHECK(parsed.settings.language == "fr");
    CHECK(parsed.settings.db_path == s.db_path);
    CHECK(parsed.settings.scenario_dirs == s.scenario_dirs);
}

TEST_CASE("a bad settings line is reported with file:line and the rest is kept") {
    struct Case {
        const char* text;
        const char* problem;
    };
    const Case cases[] = {
        {"theme = pink\nfont_size = 20\n", "settings.ini:1: theme: unknown theme \"pink\""},
        {"# comment\nfont_size = 99\ntheme = dark\n", "settings.ini:2: font_size: \"99\" is not a whole number from 12 to 32"},
        {"font_size = 1x\n", "settings.ini:1: font_size: \"1x\""},
        {"\n\nlanguage = de\n", "settings.ini:3: language: \"de\" is not available"},
        {"colour = red\n", "settings.ini:1: unknown setting \"colour\""},
        {"theme dark\n", "settings.ini:1: expected `key = value`"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        auto parsed = parse_settings(c.text, "settings.ini");
        REQUIRE(parsed.problems.size() == 1);
        CHECK(parsed.problems[0].find(c.problem) == 0);
    }
    auto parsed = parse_settings("theme = pink\nfont_size = 20\n", "settings.ini");
    CHECK(parsed.settings.font_size == 20);
    CHECK(parsed.settings.theme == Theme::light);  // the default is kept for the bad line
}

TEST_CASE("saving settings replaces the file atomically and a missing file gives defaults") {
    auto dir = std::filesystem::temp_directory_path() / "clearance-settings-test";
    std::filesystem::remove_all(dir);
    auto file = dir / "sub" / "settings.ini";
    CHECK(load_settings_file(file).problems.empty());
    CHECK(load_settings_file(file).settings.font_size == Settings{}.font_size);

    Settings s;
    s.theme = Theme::dark;
    CHECK(save_settings_file(s, file).empty());
    CHECK(load_settings_file(file).settings.theme == Theme::dark);
    CHECK_FALSE(std::filesystem::exists(file.string() + ".tmp"));

    // A folder where the file should be cannot be replaced: the error says so.
    auto blocked = dir / "blocked";
    std::filesystem::create_directories(blocked / "settings.ini" / "x");
    CHECK_FALSE(save_settings_file(s, blocked / "settings.ini").empty());
    std::filesystem::remove_all(dir);
}

TEST_CASE("themes parse from their names only") {
    CHECK(parse_theme("dark") == Theme::dark);
    CHECK(parse_theme("high-contrast") == Theme::high_contrast);
    CHECK_FALSE(parse_theme("Dark").has_value());
    CHECK_FALSE(parse_theme("").has_value());
}

}
