// Vetting: run an untrusted scenario file once in a forked child process before the app loads it.
//
// Debian's Lua 5.4.4 has crash bugs that scripts can trigger (STACK.md), and some C loops (a
// pathological string pattern) are invisible to the count hook. So the loader first runs the file
// in a child: fork() without exec, the same Sandbox with the same budgets, plus setrlimit (CPU
// seconds, address space, no core file, no file writes) and a wall-clock timeout. The child sends
// its RunResult back through a pipe; a death by signal, a timeout or a silent exit becomes that
// file's diagnostic, e.g. "the scenario crashed the Lua interpreter (signal 11: SIGSEGV) while
// loading", and the parent carries on. The sandbox is deterministic (no clock, no random, no I/O),
// so a file that passes vetting behaves the same when the parent then loads it.
//
// Used by the scenario loader, lint and the hot-reload watcher. Safe to call from any thread; the
// child only touches memory it owns. `prepare` and `check` run in the child, after fork(): they
// must not wait for locks other threads of the parent might hold (glibc's malloc is fine).
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "script/run_result.h"
#include "script/sandbox.h"

namespace clearance::script {

// Wall-clock limit of one vetting child. A clean 200-line scenario vets in under 1 ms (fork,
// fresh state, load, check) and the instruction budget stops a Lua loop in about 0.14 s, so only
// C-level runaways (a pathological string pattern) get near it.
inline constexpr std::chrono::milliseconds vet_wall_timeout{static_cast<long>(2000 * time_limit_scale)};

// RLIMIT_CPU of the child: the kernel sends SIGXCPU after this many seconds of CPU time even if
// the wall clock is stretched by a loaded machine.
inline constexpr int vet_cpu_seconds = static_cast<int>(2 * time_limit_scale);

// RLIMIT_AS headroom over the parent's address space at fork time: the memory budget plus room
// for the C stack, glibc's arenas and the pipe message.
inline constexpr std::size_t vet_address_space_headroom = std::size_t{256} << 20;

struct VetOptions {
    Budgets budgets;
    std::chrono::milliseconds wall_timeout = vet_wall_timeout;
    int cpu_seconds = vet_cpu_seconds;
    std::string activity = "loading";  // for messages: "... while loading"
    // Runs in the child before the file: registers the host constructors.
    std::function<RunResult(Sandbox&)> prepare;
    // Runs in the child after a successful load, with the returned value on top of the stack:
    // e.g. check_returned_table, the validator, or setup(ctx) for a few seeds.
    std::function<RunResult(Sandbox&)> check;
};

// One file to vet: its text (read by the caller, see read_source_file) and its display name.
struct VetSource {
    std::string display_name;
    std::string text;
};

// Vets many files with one child process, each in a fresh Sandbox, so fork() is paid once: its
// cost grows with the memory the parent holds. Measured for 100 small files (2-core machine,
// under load): one child per file 0.17 s from a small parent, 1.7 s from a parent holding
// 100 MB; one batch 6 ms and 55 ms. Returns one result per source, in order. Each file has its own wall-clock and CPU limits. When the child dies or times out, that
// file gets the crash or timeout diagnostic and a new child carries on with the next file; a
// crash after other files ran in the same child is confirmed by vetting the file again alone
// (the result of that run is the one reported).
std::vector<RunResult> vet_batch(const std::vector<VetSource>& sources, const VetOptions& options = {});

// Reads the file in the parent (kind file on failure, see read_source_file) and vets the text.
RunResult vet_file(const std::filesystem::path& path, std::string_view display_name,
                   const VetOptions& options = {});

// Runs prepare, run_buffer(source, display_name) and check in a child process and returns the
// child's RunResult; or kind crash (signal, silent exit) or timeout (wall clock, SIGXCPU).
// Returns kind crash with a message naming the system call when fork() or pipe() fail.
RunResult vet_buffer(std::string_view source, std::string_view display_name,
                     const VetOptions& options = {});

}  // namespace clearance::script
