// The hostile corpus (tests/script/hostile) through the real loader and constructors, vetted in
// one batch as `clearance lint` does: each file gets a clear error, nothing crashes or hangs, and
// a clean scenario loads right after.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "script/catalog.h"

namespace fs = std::filesystem;
using namespace clearance;
using namespace clearance::script;

TEST_SUITE("script") {

TEST_CASE("every hostile file is refused with one clear diagnostic, and good files load after them") {
    const fs::path hostile = fs::path(CLEARANCE_TEST_DATA) / "script" / "hostile";
    const fs::path good = fs::path(CLEARANCE_TEST_DATA) / "script" / "fixtures" / "good";
    const auto t0 = std::chrono::steady_clock::now();
    const Catalog c = scan_catalog({hostile, good});
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    CHECK(seconds < 30.0);  // each file is stopped by its own budget; no run waits on another
    std::size_t refused = 0;
    for (const CatalogEntry& e : c.entries) {
        CAPTURE(e.file);
        if (e.folder == good) {
            CHECK(e.ok());
            continue;
        }
        ++refused;
        CHECK_FALSE(e.ok());
        REQUIRE(e.errors() >= 1);
        const std::string shown = core::format_diagnostic(e.diagnostics.front());
        CHECK(shown.rfind(e.file, 0) == 0);
        // One safe line: no raw control characters or invalid UTF-8 reach a terminal.
        CHECK(std::none_of(shown.begin(), shown.end(), [](char ch) { return ch == '\n' || ch == '\x1b'; }));
        CHECK(core::invalid_utf8_offset(shown) == std::string_view::npos);
    }
    CHECK(refused >= 25);
    CHECK(c.find("fixture/tour") != nullptr);
}

}  // TEST_SUITE
