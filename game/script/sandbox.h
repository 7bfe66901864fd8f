// Sandbox: one Lua 5.4 state for one scenario file, with only safe libraries and hard budgets.
//
// Used by the scenario loader (register constructors, run the file, read the returned table),
// by vet.h (the same sandbox inside a forked child), lint and the tests. What a script sees:
//   base     without dofile, loadfile, warn; load() takes one text chunk (never binary, fixed
//            environment); collectgarbage() answers only "count"; print() is captured (printed());
//            pcall/xpcall cannot catch a budget error; setmetatable() refuses __gc, __close, __mode
//   string   without dump, pack, unpack, packsize; rep() capped at string_rep_max_bytes; the
//            global `string` is a copy, and getmetatable("") is false, so a script cannot reach
//            or change the metatable that string methods use
//   table, utf8, math (without random and randomseed: scenarios get a seeded ctx.rng)
//   no io, os, package/require, debug, coroutine (see sandbox.cpp for why no coroutine).
// Budgets (run_result.h): instructions per top-level run, C work charged to the same count
// (allocation, string scans, table shifts), a wall-clock backstop, and heap bytes per state.
// Not stopped in process, hence vet.h: a pathological string pattern backtracks inside C where
// neither the hook nor a charge reaches; a __close added to a metatable after setmetatable still
// runs (harmless here: the known crash needs coroutine.close, and the budgets still apply).
// Invariants: the count hook is installed before any script code runs; every call into Lua goes
// through call(), which returns a RunResult and never lets a Lua error or C++ exception escape;
// each state is independent (no globals in this layer), so two sandboxes can run side by side,
// also on different threads. A Sandbox never moves (the state holds a pointer to it).
#pragma once

#include <lua.hpp>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "script/run_result.h"

namespace clearance::script {

struct SandboxCore;  // state shared with the allocator, the hook and the safe libraries

class Sandbox {
public:
    // Creates the state, installs the allocator, the hook and the safe libraries.
    // Throws std::runtime_error when the system cannot provide a Lua state (out of memory).
    explicit Sandbox(Budgets budgets = {});
    ~Sandbox();
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    lua_State* lua() const { return L_; }

    // The Sandbox owning L (a state made by this class), for host bindings; never null.
    static Sandbox& from(lua_State* L);

    // Sets global `name` to a C closure of fn over the `nupvalues` values on top of the stack
    // (popped). For host constructors (scenario{}, invoice{}...); call before running the file.
    // Runs protected: returns !ok() (memory) instead of raising. Stack: -nupvalues.
    RunResult register_function(const char* name, lua_CFunction fn, int nupvalues = 0);

    // Reads `path` (at most source_max_bytes) and runs it as run_buffer does.
    RunResult run_file(const std::filesystem::path& path, std::string_view display_name);

    // Compiles `source` as text only (a UTF-8 BOM is skipped; binary chunks and a leading '#'
    // line are syntax errors) under the chunk name display_name, then runs it through call().
    // Stack: +1 on success (the chunk's first returned value, nil if none), 0 on failure.
    RunResult run_buffer(std::string_view source, std::string_view display_name);

    // The one protected runner. Stack before: [..., function, arg1..argN]. After: the function and
    // arguments are replaced by nresults values on success, by nothing on failure. A top-level
    // call (not made from inside another call) starts with a fresh instruction budget. A nested
    // call (a binding calling back into Lua) counts against the enclosing run; when it fails on a
    // budget, the binding should raise (the limit stays hit, so the next instruction raises anyway).
    RunResult call(int nargs, int nresults);

    // For host bindings that loop in C (an engine search, a long conversion): charges that work
    // to the running file's instruction budget. Raises the budget error (a Lua error, so it
    // longjmps) once the budget is exhausted. Call only from a C function Lua called.
    static void charge(lua_State* L, std::int64_t instructions);

    // The display name of the chunk run last (run_file / run_buffer), "" before any.
    std::string chunk_name() const;

    // Text written by print() so far (at most printed_max_bytes).
    const std::string& printed() const;
    bool printed_truncated() const;

    std::size_t memory_used() const;  // bytes of Lua heap now
    std::size_t memory_peak() const;
    std::int64_t instructions_used() const;  // in the current or last top-level run

private:
    std::unique_ptr<SandboxCore> core_;
    lua_State* L_ = nullptr;
};

// Reads a scenario file into `text`. Returns !ok() with kind file when it cannot be read or is
// over source_max_bytes (checked before reading, so a huge file costs nothing).
RunResult read_source_file(const std::filesystem::path& path, std::string_view display_name, std::string& text);

// Copies `what` into out, cut to size - 1 bytes (for guarded, which must not hold a std::string
// when it raises).
void copy_exception_message(char* out, std::size_t size, const char* what) noexcept;

// Converts a C++ exception thrown by body(L) into a Lua error naming it, so exceptions never
// cross Lua. Rule for body: finish all luaL_check* calls (which raise by longjmp) before building
// any object with a destructor, and do not raise Lua errors while such objects are alive.
template <class Body>
int guarded(lua_State* L, Body&& body) {
    char message[256];
    try {
        return body(L);
    } catch (const std::exception& e) {
        copy_exception_message(message, sizeof message, e.what());
    } catch (...) {
        copy_exception_message(message, sizeof message, "unknown C++ exception");
    }
    return luaL_error(L, "%s", message);  // outside the catch block: longjmp skips no cleanup
}

}  // namespace clearance::script
