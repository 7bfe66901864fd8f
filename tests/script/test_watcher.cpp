// Hot reload: a changed file reloads and reports its diagnostics; a broken edit keeps the last
// good version playable; files added and removed are noticed; a touch without change is not.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "script/watcher.h"

namespace fs = std::filesystem;
using namespace clearance;
using namespace clearance::script;

namespace {

struct Folder {
    fs::path path;
    Folder() {
        path = fs::temp_directory_path() / ("clearance-watch-" + std::to_string(::getpid()));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~Folder() { fs::remove_all(path); }

    // Writes the file and moves its modification time on, so a coarse file-system clock cannot
    // hide the change from the watcher.
    void write(const std::string& name, const std::string& text) {
        std::ofstream(path / name) << text;
        fs::last_write_time(path / name, fs::file_time_type::clock::now() + std::chrono::seconds(++tick_));
    }

private:
    int tick_ = 0;
};

std::string scenario_text(const std::string& title, const std::string& answer = "8517.13") {
    return "return scenario{ id = \"watch/phones\", title = \"" + title +
           "\", topic = \"classification\",\n"
           "  steps = {\n"
           "    classify{ id = \"hs\", answer = \"" + answer + "\" },\n"
           "  },\n"
           "}\n";
}

const CatalogEntry& only(const Watcher& w) {
    REQUIRE(w.catalog().entries.size() == 1);
    return w.catalog().entries[0];
}

}  // namespace

TEST_SUITE("script") {

TEST_CASE("the watcher reloads a changed file and raises no event when nothing changed") {
    Folder dir;
    dir.write("phones.lua", scenario_text("Phones"));
    Watcher w({dir.path});
    CHECK(only(w).ok());
    CHECK(w.poll().empty());

    dir.write("phones.lua", scenario_text("Smartphones"));
    const auto events = w.poll();
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == WatchEvent::Kind::changed);
    CHECK(events[0].file == "phones.lua");
    CHECK(events[0].diagnostics.empty());
    CHECK(only(w).scenario->title.get() == "Smartphones");
}

TEST_CASE("a broken edit reports its diagnostics and leaves the last good version playable") {
    Folder dir;
    dir.write("phones.lua", scenario_text("Phones"));
    Watcher w({dir.path});
    const auto good = only(w).scenario;
    REQUIRE(good);

    dir.write("phones.lua", scenario_text("Phones, edited", "85x7"));
    auto events = w.poll();
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == WatchEvent::Kind::broken);
    CHECK(events[0].kept_last_good);
    REQUIRE(events[0].diagnostics.size() == 1);
    CHECK(core::format_diagnostic(events[0].diagnostics[0]) ==
          "phones.lua:3: error: steps[1].answer: \"85x7\" is not an HS code: digits expected, found 'x'");
    CHECK(only(w).scenario == good);  // still playable
    CHECK(only(w).errors() == 1);     // and the author sees why the edit did not take
    CHECK(w.catalog().find("watch/phones") != nullptr);

    dir.write("phones.lua", scenario_text("Phones, fixed"));
    events = w.poll();
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == WatchEvent::Kind::changed);
    CHECK(only(w).errors() == 0);
    CHECK(only(w).scenario->title.get() == "Phones, fixed");
}

TEST_CASE("a syntax error or a crash-prone edit is contained like any broken edit") {
    Folder dir;
    dir.write("phones.lua", scenario_text("Phones"));
    Watcher w({dir.path});
    dir.write("phones.lua", "return scenario{ id = \"watch/phones\", \n while true do end");
    auto events = w.poll();
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == WatchEvent::Kind::broken);
    CHECK(only(w).ok());
    dir.write("phones.lua", "while true do end");
    events = w.poll();
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == WatchEvent::Kind::broken);
    REQUIRE_FALSE(events[0].diagnostics.empty());
    CHECK(events[0].diagnostics[0].message.find("CPU budget") != std::string::npos);
    CHECK(only(w).ok());
}

TEST_CASE("files added and removed are noticed") {
    Folder dir;
    Watcher w({dir.path});
    CHECK(w.catalog().entries.empty());
    dir.write("phones.lua", scenario_text("Phones"));
    auto events = w.poll();
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == WatchEvent::Kind::added);
    CHECK(only(w).ok());

    fs::remove(dir.path / "phones.lua");
    events = w.poll();
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == WatchEvent::Kind::removed);
    CHECK(w.catalog().entries.empty());
}

TEST_CASE("a file saved unchanged is not reloaded") {
    Folder dir;
    dir.write("phones.lua", scenario_text("Phones"));
    Watcher w({dir.path});
    const auto before = only(w).scenario;
    dir.write("phones.lua", scenario_text("Phones"));  // same bytes, new time
    CHECK(w.poll().empty());
    CHECK(only(w).scenario == before);
}

}  // TEST_SUITE
