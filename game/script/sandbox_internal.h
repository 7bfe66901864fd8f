// SandboxCore: the per-state bookkeeping shared by sandbox.cpp (allocator, hook, runner) and
// lua_safe_libs.cpp (the replacement library functions). Private to game/script.
//
// Reached from the allocator and the hook through the allocator's user pointer (lua_getallocf:
// the one per-state slot both can read without touching the stack), and from the library
// functions through an upvalue. Never through a global, so states are independent.
// Invariants: memory_used is the exact sum of live Lua blocks; once a limit is hit in a run
// (limit != Limit::none) every pcall/xpcall/load in the script re-raises instead of catching,
// and the hook fires on every instruction and raises again, until the next top-level run.
#pragma once

#include <lua.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

#include "script/run_result.h"

namespace clearance::script {

class Sandbox;

enum class Limit { none, instructions, seconds, memory };

// The count hook fires every this many instructions while no limit is hit. Any count hook makes
// the VM trap on every instruction (about 2x on tight loops, STACK.md); the period only sets how
// often the C hook runs and how far past the budget a loop can go, so 1,000 costs nothing
// measurable and overshoots by at most 0.005 %.
inline constexpr int hook_period = 1000;

// Extra heap granted after the memory budget was hit, so the error can still be reported.
inline constexpr std::size_t memory_error_reserve = std::size_t{256} << 10;

// Longest error message kept (a script can raise a megabyte-long one).
inline constexpr std::size_t message_max_bytes = 1000;

struct SandboxCore {
    Budgets budgets;
    Sandbox* owner = nullptr;
    lua_State* L = nullptr;
    std::string chunk_source;  // "@" + display name of the file being run, for locating frames

    // memory
    std::size_t memory_used = 0;
    std::size_t memory_peak = 0;
    bool system_refused = false;   // malloc itself failed (not the budget)
    int memory_refused_line = 0;   // where the allocator last refused, 0 if unknown
    std::int64_t refusal_instructions = 0;  // charged for heap scans after refusals, this run

    // time
    std::int64_t instructions = 0;  // charged in this top-level run
    int hook_count = hook_period;   // the count the hook is armed with now
    std::chrono::steady_clock::time_point deadline{};
    int run_depth = 0;  // nesting of call(): 1 inside a top-level run
    int last_line = 0;  // line of the file's code seen by the last hook

    // the limit hit in this run, and where
    Limit limit = Limit::none;
    int limit_line = 0;

    // what the message handler recorded about the last runtime error
    bool error_recorded = false;
    std::string error_message;
    int error_frame_line = 0;  // first frame of the file's own code, 0 if none
    std::string traceback;

    std::string printed;
    bool printed_truncated = false;

    bool is_own_source(const char* source) const noexcept { return source && chunk_source == source; }
    bool limit_hit() const noexcept { return limit != Limit::none; }

    // Charges `amount` instructions of C work; raises the budget error (longjmp) when over.
    void charge(lua_State* L, std::int64_t amount);
    // Marks a limit as hit (first one wins), arms the hook on every instruction.
    void hit(Limit which, int line) noexcept;
    // Latches the memory limit after a LUA_ERRMEM status was seen by a catching function.
    void hit_memory() noexcept { hit(Limit::memory, memory_refused_line ? memory_refused_line : last_line); }
    // Pushes the message of the limit hit and raises it. Precondition: limit_hit().
    [[noreturn]] void raise_limit(lua_State* L);
    std::string limit_message() const;
    void append_printed(const char* text, std::size_t len) noexcept;
};

// The SandboxCore of a state made by Sandbox (through the allocator's user pointer).
SandboxCore* core_of(lua_State* L) noexcept;

// Opens base, string, table, math and utf8 and replaces or removes what scenarios must not
// have. Called once, protected, before any script code. Raises on memory failure.
void open_safe_libraries(lua_State* L, SandboxCore* core);

}  // namespace clearance::script
