// The HS part of `clearance bench` (DESIGN.md section 6): how long the nomenclature takes to
// load (parse and index), and how long a search takes per keystroke over the whole of it.
//
// Used by cmd_bench. Reads assets_dir/hs only; writes nothing. Figures are measured on this
// machine, never asserted; each carries its target.
#pragma once

#include <filesystem>
#include <vector>

#include "app/bench.h"

namespace clearance::app {

// Three figures: the load time (median of 5 loads), and the median and worst per-keystroke
// search latency over every prefix of a few typical queries. Throws core::HsDataError when
// the HS data cannot be loaded.
std::vector<BenchFigure> bench_hs(const std::filesystem::path& assets_dir);

}  // namespace clearance::app
