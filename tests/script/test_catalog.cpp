// The catalog: every file of the scenario folders listed with its metadata and diagnostics;
// broken files listed, never dropped; duplicate ids refused.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "core/hs_nomenclature.h"
#include "script/catalog.h"

namespace fs = std::filesystem;
using namespace clearance;
using namespace clearance::script;

namespace {

fs::path fixtures() { return fs::path(CLEARANCE_TEST_DATA) / "script" / "fixtures"; }

const core::HsNomenclature& hs() {
    static const core::HsNomenclature nom = core::HsNomenclature::load(CLEARANCE_SOURCE_ROOT "/assets/hs");
    return nom;
}

LoadOptions with_hs() {
    LoadOptions o;
    o.hs = &hs();
    o.seeds = default_check_seeds;
    return o;
}

struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / ("clearance-catalog-" + std::to_string(::getpid()));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    void write(const std::string& name, const std::string& text) const {
        fs::create_directories((path / name).parent_path());
        std::ofstream(path / name) << text;
    }
};

std::string scenario_text(const std::string& id, const std::string& title) {
    return "return scenario{ id = \"" + id + "\", title = \"" + title +
           "\", topic = \"classification\",\n  steps = { classify{ id = \"hs\", answer = \"8517.13\" } } }\n";
}

}  // namespace

TEST_SUITE("script") {

TEST_CASE("the catalog lists good files with their metadata and broken files with their diagnostics") {
    const Catalog c = scan_catalog({fixtures() / "good", fixtures() / "broken"}, with_hs());
    CHECK(c.problems.empty());
    REQUIRE(c.entries.size() >= 20);
    CHECK(c.entries[0].file == "generated.lua");  // folder order, then path order
    CHECK(c.entries[1].file == "tour.lua");
    const CatalogEntry* tour = c.find("fixture/tour");
    REQUIRE(tour != nullptr);
    CHECK(tour->ok());
    CHECK(tour->info.topic == core::Topic::fraud);
    CHECK(tour->info.level == core::Level::intermediate);
    CHECK(tour->info.minutes == 20);
    CHECK(tour->info.languages == std::vector<std::string>{"en", "fr"});
    CHECK(tour->content_hash.size() == 16);
    const CatalogEntry* generated = c.find("fixture/generated");
    REQUIRE(generated != nullptr);
    CHECK(generated->info.generated);

    std::size_t broken = 0;
    for (const CatalogEntry& e : c.entries) {
        if (e.folder != fixtures() / "broken") continue;
        if (e.file == "missing_translation.lua" || e.file == "flat_choice.lua" || e.file == "unknown_competency.lua") {
            CHECK(e.ok());
            continue;
        }
        CAPTURE(e.file);
        CHECK_FALSE(e.ok());
        CHECK(e.errors() > 0);
        ++broken;
    }
    CHECK(broken >= 15);
    CHECK(c.find("broken/bad_hs_syntax") == nullptr);  // listed, but not playable
}

TEST_CASE("a broken file's metadata is still listed when it can be read") {
    const Catalog c = scan_catalog({fixtures() / "broken"});
    for (const CatalogEntry& e : c.entries) {
        if (e.file != "bad_hs_syntax.lua") continue;
        CHECK(e.info.id == "broken/bad_hs_syntax");
        CHECK(e.info.title.get() == "Bad HS code");
    }
}

TEST_CASE("two files with one id: the second is refused with an error naming the first") {
    TempDir dir;
    dir.write("a/first.lua", scenario_text("same/id", "First"));
    dir.write("b/second.lua", scenario_text("same/id", "Second"));
    const Catalog c = scan_catalog({dir.path});
    REQUIRE(c.entries.size() == 2);
    CHECK(c.entries[0].ok());
    CHECK_FALSE(c.entries[1].ok());
    REQUIRE(c.entries[1].diagnostics.size() == 1);
    CHECK(core::format_diagnostic(c.entries[1].diagnostics[0]).find(
              "b/second.lua:1: error: id: the id \"same/id\" is already used by a/first.lua") == 0);
    CHECK(c.find("same/id")->info.title.get() == "First");
}

TEST_CASE("a folder that does not exist is reported, and hidden files are skipped") {
    TempDir dir;
    dir.write("ok.lua", scenario_text("t/ok", "OK"));
    dir.write(".backup.lua", scenario_text("t/hidden", "Hidden"));
    dir.write("notes.txt", "not a scenario");
    const Catalog c = scan_catalog({dir.path, dir.path / "missing"});
    REQUIRE(c.entries.size() == 1);
    CHECK(c.entries[0].file == "ok.lua");
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].message == "no such file or folder");
}

}  // TEST_SUITE
