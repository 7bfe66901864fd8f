// The hostile corpus (tests/script/hostile/*.lua): each file gets a clear diagnostic within its
// budget, in process and in the vetting child, with no crash, no hang and no side effect, and a
// clean scenario loads right after it in the same process.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "script/plain_data.h"
#include "script/sandbox.h"
#include "script/vet.h"
#include "script_test_support.h"

using namespace clearance::script;
namespace fs = std::filesystem;

namespace {

struct HostileCase {
    const char* file;
    ErrorKind kind;
    const char* fragment;     // part of the message
    bool in_process = true;   // false: would hang the process (a C loop no hook sees); vet only
};

const char* const cpu = "CPU budget of 20,000,000 Lua instructions";
const char* const memory = "memory budget of 32 MB";

const HostileCase corpus[] = {
    // runaway loops, in every place a script might hide one
    {"infinite_loop.lua", ErrorKind::cpu_budget, cpu},
    {"loop_in_pcall.lua", ErrorKind::cpu_budget, cpu},
    {"xpcall_looping_handler.lua", ErrorKind::cpu_budget, cpu},
    {"xpcall_handler_on_error.lua", ErrorKind::cpu_budget, cpu},
    {"global_env_metatable.lua", ErrorKind::cpu_budget, cpu},
    {"print_flood.lua", ErrorKind::cpu_budget, cpu},
    {"close_unwind_storm.lua", ErrorKind::memory_budget, memory},  // 100,000 frames sit at the cap
    // C work the hook cannot see, charged to the budget
    {"table_move_bomb.lua", ErrorKind::cpu_budget, cpu},
    {"find_scan_loop.lua", ErrorKind::cpu_budget, cpu},
    {"insert_shift_loop.lua", ErrorKind::cpu_budget, cpu},
    {"len_metamethod_bomb.lua", ErrorKind::cpu_budget, cpu},
    {"pattern_bomb.lua", ErrorKind::timeout, "did not finish within", false},
    // recursion and memory
    {"deep_recursion.lua", ErrorKind::memory_budget, memory},
    {"c_stack_in_error_handling.lua", ErrorKind::runtime, "the interpreter survived"},
    {"table_growth.lua", ErrorKind::memory_budget, memory},
    {"string_doubling.lua", ErrorKind::memory_budget, memory},
    {"string_rep_bomb.lua", ErrorKind::runtime, "string.rep: the result would be longer than 1048576 bytes"},
    {"string_rep_empty.lua", ErrorKind::runtime, "string.rep: the result would be longer than 1048576 bytes"},
    // ways out of the sandbox
    {"os_execute.lua", ErrorKind::runtime, "attempt to index a nil value (global 'os')"},
    {"io_write.lua", ErrorKind::runtime, "attempt to index a nil value (global 'io')"},
    {"require_os.lua", ErrorKind::runtime, "attempt to call a nil value (global 'require')"},
    {"package_loadlib.lua", ErrorKind::runtime, "attempt to index a nil value (global 'package')"},
    {"dofile.lua", ErrorKind::runtime, "attempt to call a nil value (global 'dofile')"},
    {"loadfile.lua", ErrorKind::runtime, "attempt to call a nil value (global 'loadfile')"},
    {"debug_library.lua", ErrorKind::runtime, "attempt to index a nil value (global 'debug')"},
    {"reachable_escape_hunt.lua", ErrorKind::runtime, "nothing dangerous is reachable"},
    {"math_random.lua", ErrorKind::runtime, "attempt to call a nil value (field 'randomseed')"},
    // bytecode
    {"bytecode_file.lua", ErrorKind::syntax, "attempt to load a binary chunk (mode is 't')"},
    {"bytecode_via_load.lua", ErrorKind::runtime, "attempt to load a binary chunk (mode is 't')"},
    {"string_dump.lua", ErrorKind::runtime, "attempt to call a nil value (field 'dump')"},
    {"load_with_environment.lua", ErrorKind::runtime, "scenarios pass only the text to load"},
    // metatables and the collector
    {"string_metatable.lua", ErrorKind::runtime, "attempt to index a boolean value (local 'mt')"},
    {"string_global_poison.lua", ErrorKind::runtime, "string.rep: the result would be longer"},
    {"setmetatable_gc.lua", ErrorKind::runtime, "__gc is not allowed"},
    {"gc_late_finalizer.lua", ErrorKind::runtime, "only \"count\" is available in scenarios, not \"collect\""},
    {"close_metamethod.lua", ErrorKind::runtime, "__close is not allowed"},
    {"weak_table.lua", ErrorKind::runtime, "__mode is not allowed"},
    // coroutines
    {"deep_close.lua", ErrorKind::runtime, "attempt to index a nil value (global 'coroutine')"},
    {"coroutine_bomb.lua", ErrorKind::runtime, "attempt to index a nil value (global 'coroutine')"},
    // broken text
    {"syntax_error.lua", ErrorKind::syntax, "unexpected symbol near <eof>"},
    {"deep_nesting.lua", ErrorKind::syntax, "the code nests too deeply"},
    {"shebang.lua", ErrorKind::syntax, "unexpected symbol near '#'"},
    {"invalid_utf8_text.lua", ErrorKind::bad_result, "is not valid UTF-8 text (byte 0xe9 at offset 3)"},
    {"invalid_utf8_error.lua", ErrorKind::runtime, "bad \xff\xfe bytes \x1b[2J here"},
    // what the file returns
    {"nan_field.lua", ErrorKind::bad_result, "is NaN (not a number)"},
    {"inf_field.lua", ErrorKind::bad_result, "is infinite (math.huge or 1/0)"},
    {"wrong_key_type.lua", ErrorKind::bad_result, "has the key 1.5"},
    {"returns_function.lua", ErrorKind::bad_result, "the file returned a function"},
    {"returns_nothing.lua", ErrorKind::bad_result, "the file returned nothing"},
    {"error_table_tostring.lua", ErrorKind::runtime, "(error object is a table value)"},
    {"error_huge_message.lua", ErrorKind::runtime, "... (message cut)"},
};

const fs::path pwned = "/tmp/clearance-pwned";

// Budgets are 20 M instructions (~0.15 s) and 32 MB; this bound only guards against a hang on a
// loaded machine. Above the vetting child's wall-clock limit, which ends the pattern bomb.
const auto hang_guard = std::chrono::milliseconds(static_cast<long>(3000 * time_limit_scale));

// Loads a file the way the scenario loader will: constructors, run, check of the returned value.
RunResult load_in_process(Sandbox& sb, const fs::path& path, const std::string& display) {
    const RunResult registered = test::register_scenario(sb);
    if (!registered.ok()) return registered;
    RunResult r = sb.run_file(path, display);
    if (!r.ok()) return r;
    RunResult checked = check_returned_table(sb, -1, display);
    lua_pop(sb.lua(), 1);
    return checked;
}

VetOptions loader_options() {
    VetOptions o;
    o.prepare = [](Sandbox& sb) { return test::register_scenario(sb); };
    o.check = [](Sandbox& sb) { return check_returned_table(sb, -1, ""); };
    return o;
}

void expect(const RunResult& r, const HostileCase& c, const std::string& display) {
    CHECK_MESSAGE(r.kind == c.kind, "got ", std::string(error_kind_name(r.kind)), ": ", r.message);
    CHECK_MESSAGE(r.message.find(c.fragment) != std::string::npos, r.message);
    CHECK(r.file == display);
    const std::string shown = clearance::core::format_diagnostic(r.diagnostic());
    CHECK(shown.rfind(display + (r.line > 0 ? ":" + std::to_string(r.line) : std::string()) + ": error: ", 0) == 0);
    // One safe line: no raw control characters or invalid UTF-8 reach a terminal.
    CHECK(std::none_of(shown.begin(), shown.end(), [](char ch) { return ch == '\n' || ch == '\x1b'; }));
    CHECK(clearance::core::invalid_utf8_offset(shown) == std::string_view::npos);
}

void expect_clean_load() {
    Sandbox sb;
    REQUIRE(test::register_scenario(sb).ok());
    const RunResult r = sb.run_buffer(test::clean_scenario_source(), "clean.lua");
    REQUIRE_MESSAGE(r.ok(), r.message);
    CHECK(check_returned_table(sb, -1, "clean.lua").ok());
    lua_getfield(sb.lua(), -1, "id");
    CHECK(std::string(lua_tostring(sb.lua(), -1)) == "clean-royalty");
    lua_pop(sb.lua(), 2);
}

}  // namespace

TEST_SUITE("script") {

TEST_CASE("the hostile corpus lists every file in tests/script/hostile and has at least 25") {
    std::set<std::string> on_disk, listed;
    for (const auto& entry : fs::directory_iterator(test::hostile_dir()))
        if (entry.path().extension() == ".lua") on_disk.insert(entry.path().filename().string());
    for (const HostileCase& c : corpus) listed.insert(c.file);
    CHECK(on_disk == listed);
    CHECK(listed.size() >= 25);
}

TEST_CASE("each hostile file is contained in process and a clean scenario loads right after") {
    fs::remove(pwned);
    for (const HostileCase& c : corpus) {
        if (!c.in_process) continue;
        const std::string file = c.file;
        CAPTURE(file);
        const std::string display = std::string("hostile/") + c.file;
        const auto start = std::chrono::steady_clock::now();
        {
            Sandbox sb;
            const RunResult r = load_in_process(sb, test::hostile_dir() / c.file, display);
            expect(r, c, display);
            CHECK(lua_gettop(sb.lua()) == 0);
        }
        CHECK(std::chrono::steady_clock::now() - start < hang_guard);
        expect_clean_load();
    }
    CHECK_FALSE(fs::exists(pwned));
}

TEST_CASE("the hostile corpus vetted in one batch gets the same diagnostics, and the parent carries on") {
    fs::remove(pwned);
    std::vector<VetSource> sources;
    for (const HostileCase& c : corpus) {
        VetSource s;
        s.display_name = std::string("hostile/") + c.file;
        REQUIRE(read_source_file(test::hostile_dir() / c.file, s.display_name, s.text).ok());
        sources.push_back(std::move(s));
    }
    const auto start = std::chrono::steady_clock::now();
    const std::vector<RunResult> results = vet_batch(sources, loader_options());
    const auto took = std::chrono::steady_clock::now() - start;
    REQUIRE(results.size() == sources.size());
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const std::string file = corpus[i].file;
        CAPTURE(file);
        expect(results[i], corpus[i], sources[i].display_name);
    }
    CHECK(took < hang_guard * 4);  // about 25 budget-length runs plus one 2 s timeout
    CHECK_FALSE(fs::exists(pwned));
    expect_clean_load();
}

TEST_CASE("a hostile file vetted alone in its own child gets its diagnostic") {
    for (const char* name : {"os_execute.lua", "infinite_loop.lua", "table_growth.lua", "nan_field.lua"}) {
        const std::string file = name;
        CAPTURE(file);
        const HostileCase& c = *std::find_if(std::begin(corpus), std::end(corpus),
                                             [&](const HostileCase& h) { return file == h.file; });
        const std::string display = "hostile/" + file;
        expect(vet_file(test::hostile_dir() / name, display, loader_options()), c, display);
    }
}

TEST_CASE("hostile diagnostics point at the right line") {
    struct Where {
        const char* file;
        int line;
    };
    for (const Where w : {Where{"infinite_loop.lua", 2}, Where{"os_execute.lua", 2}, Where{"syntax_error.lua", 6},
                          Where{"string_doubling.lua", 4}, Where{"table_move_bomb.lua", 2},
                          Where{"bytecode_via_load.lua", 2}, Where{"shebang.lua", 1}}) {
        const std::string file = w.file;
        CAPTURE(file);
        Sandbox sb;
        CHECK(load_in_process(sb, test::hostile_dir() / w.file, w.file).line == w.line);
    }
}

TEST_CASE("invalid UTF-8 and terminal escapes in an error message are shown escaped") {
    Sandbox sb;
    const RunResult r = load_in_process(sb, test::hostile_dir() / "invalid_utf8_error.lua", "e.lua");
    CHECK(clearance::core::format_diagnostic(r.diagnostic()) == "e.lua:2: error: bad \\xff\\xfe bytes \\x1b[2J here");
}

TEST_CASE("a huge file is refused before it is read, in process and by vetting") {
    const fs::path path = fs::temp_directory_path() / "clearance_hostile_huge.lua";
    {
        // 2 MB of valid Lua: size alone must stop it.
        std::ofstream out(path, std::ios::binary);
        out << "local t = {\n";
        while (out.tellp() < static_cast<std::streamoff>(2 * source_max_bytes)) out << "  \"padding padding padding padding\",\n";
        out << "}\nreturn scenario{ id = 'huge' }\n";
    }
    Sandbox sb;
    const RunResult local = load_in_process(sb, path, "hostile/huge.lua");
    CHECK(local.kind == ErrorKind::file);
    CHECK(local.message.find("scenario files may have at most 1,048,576 bytes") != std::string::npos);
    const RunResult vetted = vet_file(path, "hostile/huge.lua", loader_options());
    CHECK(vetted.kind == ErrorKind::file);
    fs::remove(path);
    expect_clean_load();
}

TEST_CASE("a big but allowed generated file loads within the budgets") {
    // Just under the size limit: 1 MB of scenario-like data parses and runs in budget.
    std::string source = test::scenario_like_source(20000);
    while (source.size() > source_max_bytes) source = test::scenario_like_source(static_cast<int>(20000 * source_max_bytes / source.size()) - 100);
    Sandbox sb;
    REQUIRE(test::register_scenario(sb).ok());
    const RunResult r = sb.run_buffer(source, "big.lua");
    CHECK_MESSAGE(r.ok(), r.message);
    CHECK(r.instructions < instruction_budget);
    CHECK(sb.memory_peak() < memory_budget_bytes);
    lua_settop(sb.lua(), 0);
}

}  // TEST_SUITE
