// The scenario engine's figures for `clearance bench` (DESIGN.md section 6): loading and linting
// the bundled scenarios, and lint plus self-test of 1,000 scenarios (target < 5 s on 2 cores).
// The 1,000 are the bundled files repeated, each loaded from its text as a fresh file would be:
// vetted in a child process, run in its own sandbox, built, validated, then played perfectly,
// imperfectly and along every branch.
#pragma once

#include <vector>

#include "app/bench.h"
#include "app/commands.h"

namespace clearance::app {

// Measures the figures; a folder without scenarios gives no figure rather than a misleading one.
std::vector<BenchFigure> bench_scenarios(const GlobalOptions& global);

}  // namespace clearance::app
