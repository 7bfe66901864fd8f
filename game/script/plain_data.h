// The first check a scenario file's returned value gets, before the typed validator reads it:
// it must be a table of plain data a host can read without running script code.
//
// Used by the scenario loader (right after Sandbox::run_file) and inside the vetting child.
// Accepted: tables whose keys are strings or integers; values that are strings (valid UTF-8),
// finite numbers, booleans, functions (setup(ctx) and friends) and such tables, nested at most
// max_depth deep, with no table containing itself, at most max_values values in all. Metatables
// are neither read nor refused (host constructors may tag their tables). The walk uses raw access
// only, so no metamethod, hence no script code, runs; it calls only Lua API functions that never
// raise, which is why it may run outside the protected runner.
#pragma once

#include <string_view>

#include "script/run_result.h"
#include "script/sandbox.h"

namespace clearance::script {

inline constexpr int plain_data_max_depth = 32;
inline constexpr int plain_data_max_values = 200'000;

// ok() when the value at `index` is such a table; otherwise kind bad_result naming the first
// problem in key order (integers ascending, then names) with its field path, e.g.
// field "steps[3].price", message "is NaN (not a number)". Stack unchanged.
RunResult check_returned_table(Sandbox& sandbox, int index, std::string_view display_name);

}  // namespace clearance::script
