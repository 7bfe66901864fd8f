// The headless commands of `clearance` (DESIGN.md section 4), one function per command.
//
// main.cpp parses the global options and the command name, then calls one of these with the
// remaining arguments. Contract for every command: write results to ctx.out, diagnostics to
// ctx.err; return 0 on success, 1 when the work failed (lint errors, a failed test, a bad file),
// 2 on a usage error (after printing the command's usage to ctx.err). Commands never need a display.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace clearance::app {

struct GlobalOptions {
    std::filesystem::path db_path;                   // --db, default saves/progress.sqlite3
    std::vector<std::filesystem::path> scenario_dirs;  // bundled folder plus each --scenarios
    std::string lang = "en";                         // --lang
    bool lang_given = false;                         // --lang was on the command line
};

struct CommandContext {
    std::vector<std::string> args;  // arguments after the command name
    GlobalOptions global;
    std::filesystem::path assets_dir;  // holds hs/ and fonts
    std::ostream& out;
    std::ostream& err;
};

// Exit codes shared by all commands.
inline constexpr int exit_ok = 0;
inline constexpr int exit_failure = 1;
inline constexpr int exit_usage = 2;

int cmd_bench(CommandContext& ctx);  // bench [--json]
int cmd_hs(CommandContext& ctx);  // hs search QUERY [--limit N] [--json] | hs show CODE [--json]

// The progress store's commands (cmd_store.cpp).
int cmd_db(CommandContext& ctx);      // db check | db backup FILE | db set-aside
int cmd_report(CommandContext& ctx);  // report [--profile NAME] [--format table|csv|json] [--table NAME]
int cmd_export(CommandContext& ctx);  // export xapi --out FILE [--base IRI] [--pass RATIO] | export csv --out DIR
int cmd_merge(CommandContext& ctx);   // merge SOURCE.sqlite3...

// The scenario commands (cmd_scenarios.cpp).
int cmd_list(CommandContext& ctx);  // list [--json]
int cmd_lint(CommandContext& ctx);  // lint [PATH...]
int cmd_play(CommandContext& ctx);  // play ID|FILE --answers FILE.json [--seed N] [--json]
int cmd_test(CommandContext& ctx);  // test [PATH...]

}  // namespace clearance::app
