// Budgets and results of running scenario code: what every entry point of game/script returns.
//
// Used by the sandbox (sandbox.h), the child-process vetting (vet.h), the scenario loader, lint
// and the authoring guide (which quotes the budgets below). Invariants: a RunResult is ok() exactly
// when kind == ErrorKind::none, and then message is empty; otherwise message is one sentence
// without a "file:line:" prefix (file and line are separate fields).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/diagnostic.h"

namespace clearance::script {

// --- budgets (quoted in docs/authoring.md) ---------------------------------------------------

// Lua VM instructions (plus charged C work, below) one top-level run may use: loading a file, or
// one later call such as setup(ctx). Measured (tests/script/test_measure.cpp): a 300-line
// data-only scenario uses about 3,900, the same size with a setup() generating a 40-line invoice
// about 8,300. 20 M leaves room for generators 2,000 times heavier, and stops a runaway loop in
// about 0.14 s on the 2-core reference machine.
inline constexpr std::int64_t instruction_budget = 20'000'000;

// Bytes of Lua heap one scenario state may hold. Those 300-line scenarios peak at 60-75 KB, the
// empty sandbox at 16 KB.
inline constexpr std::size_t memory_budget_bytes = std::size_t{32} << 20;

// Sanitizer builds run the allocator-heavy paths 3-4x slower (measured: a table-growth bomb
// 0.29 s -> 0.94 s), so time limits scale with the build; instruction and memory budgets do not.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr double time_limit_scale = 4.0;
#else
inline constexpr double time_limit_scale = 1.0;
#endif

// Wall-clock backstop for one top-level run. The instruction budget is the real limit
// (deterministic); this only catches work the count hook cannot see, e.g. comparing two 8 MB
// strings is 1 instruction but ~1 ms. Below the vetting child's 2 s kill, so a vetted file still
// gets this message with its line instead of a bare timeout.
inline constexpr double run_seconds_backstop = 1.5 * time_limit_scale;

// Largest result of string.rep. Stock Lua would build any size up to memory, or spin in C on
// string.rep("", math.maxinteger) where no hook sees it.
inline constexpr std::size_t string_rep_max_bytes = std::size_t{1} << 20;

// Largest scenario source file read from disk. The biggest realistic scenario is ~30 KB.
inline constexpr std::size_t source_max_bytes = std::size_t{1} << 20;

// print() output kept per state (the rest is dropped, and printed_truncated() says so).
inline constexpr std::size_t printed_max_bytes = std::size_t{64} << 10;

// Work done inside C library functions and the allocator is charged to the instruction budget
// so loops of cheap-looking calls cannot hide seconds of C work: one instruction per this many
// bytes allocated, and per this many bytes scanned by string/utf8 functions.
inline constexpr std::size_t bytes_per_instruction_allocated = 32;
inline constexpr std::int64_t instructions_per_allocation = 4;  // malloc + free + GC work, ~30 ns
inline constexpr std::size_t bytes_per_instruction_scanned = 16;

struct Budgets {
    std::int64_t instructions = instruction_budget;
    std::size_t memory_bytes = memory_budget_bytes;
    double seconds = run_seconds_backstop;
};

// --- results --------------------------------------------------------------------------------

enum class ErrorKind {
    none,
    file,           // the file could not be read or is over source_max_bytes
    syntax,         // the Lua parser refused the text (also: binary chunks)
    runtime,        // error() or a Lua runtime error, including refused sandbox features
    cpu_budget,     // instruction budget (or the wall-clock backstop) exhausted
    memory_budget,  // memory budget exhausted (or the system refused memory)
    bad_result,     // ran fine but returned something that is not a scenario table of plain data
    crash,          // the vetting child died of a signal: an interpreter bug was triggered
    timeout,        // the vetting child ran out of wall-clock or CPU time
};

const char* error_kind_name(ErrorKind k);  // "none", "file", "syntax", ... as spelled above

struct RunResult {
    ErrorKind kind = ErrorKind::none;
    std::string file;       // display name of the chunk, e.g. "valuation/royalty.lua"
    int line = 0;           // 0 when unknown
    std::string field;      // field path for bad_result, e.g. "steps[3].price"
    std::string message;    // e.g. "attempt to index a nil value (global 'os')"
    std::string traceback;  // Lua frames, innermost first, one per line; may be empty
    std::int64_t instructions = 0;  // charged during the run (VM + C work)
    std::size_t peak_memory = 0;    // bytes of Lua heap at the highest point of the state

    bool ok() const { return kind == ErrorKind::none; }
    // The author-facing diagnostic (severity error). Precondition: !ok().
    core::Diagnostic diagnostic() const;
};

}  // namespace clearance::script
