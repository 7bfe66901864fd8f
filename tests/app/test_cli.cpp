#include "app/cli.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>

using clearance::app::run_cli;

namespace {

struct Run {
    int code;
    std::string out, err;
};

Run cli(std::vector<std::string> args) {
    std::ostringstream out, err;
    int code = run_cli(args, out, err);
    return {code, out.str(), err.str()};
}

}  // namespace

TEST_SUITE("app") {

TEST_CASE("the version and help go to stdout with exit 0") {
    auto v = cli({"--version"});
    CHECK(v.code == 0);
    CHECK(v.out == "clearance " CLEARANCE_VERSION "\n");
    auto h = cli({"help"});
    CHECK(h.code == 0);
    for (const char* command : {"list", "lint", "play", "test", "hs search", "report", "export xapi",
                                "merge", "bench"}) {
        CAPTURE(command);
        CHECK(h.out.find(command) != std::string::npos);
    }
}

TEST_CASE("usage errors print the usage to stderr and exit 2") {
    struct Case {
        std::vector<std::string> args;
        const char* message;
    };
    const Case cases[] = {
        {{"frobnicate"}, "unknown command \"frobnicate\""},
        {{"--nope"}, "unknown option --nope"},
        {{"--db"}, "--db needs a file path"},
        {{"--lang", "de"}, "--lang needs a language code: en or fr"},
        {{"--frames", "-3"}, "--frames needs a positive whole number, got \"-3\""},
        {{"--theme", "pink"}, "--theme needs light, dark or high-contrast"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.message);
        auto r = cli(c.args);
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find(c.message) != std::string::npos);
        CHECK(r.err.find("usage: clearance") != std::string::npos);
    }
}

TEST_CASE("without a display the window explains itself instead of crashing") {
    const char* saved = std::getenv("DISPLAY");
    std::string keep = saved ? saved : "";
    unsetenv("DISPLAY");
    unsetenv("WAYLAND_DISPLAY");
    unsetenv("SDL_VIDEODRIVER");
    auto r = cli({"--db", "/nonexistent/progress.sqlite3"});
    if (saved) setenv("DISPLAY", keep.c_str(), 1);
    CHECK(r.code == 1);
    CHECK(r.err.find("no display found") != std::string::npos);
    CHECK(r.err.find("hs search") != std::string::npos);  // shows the headless commands
}

}
