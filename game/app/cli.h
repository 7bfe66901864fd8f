// The command line of `clearance` (DESIGN.md section 4): global options, the window options,
// and dispatch to the headless commands.
//
// main.cpp calls run_cli; the app tests call it too, with string streams.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace clearance::app {

// Runs `clearance ARGS...` (args excludes the program name) and returns the exit code:
// 0 success, 1 failure, 2 usage error (usage printed to err).
int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// The text of `clearance help`.
std::string usage_text();

}  // namespace clearance::app
