// The progress store's part of `clearance bench` (DESIGN.md section 6): how long one answer
// takes to become durable, and how long the instructor's dashboard takes over 1,000,000 answers.
//
// Used by cmd_bench. Works in `scratch_dir` (created if missing) on real files, which it removes
// afterwards; generating the big store takes several seconds and about 100 MB of disk.
#pragma once

#include <filesystem>
#include <vector>

#include "app/bench.h"

namespace clearance::app {

// Throws store::StoreError when the scratch folder cannot be written.
std::vector<BenchFigure> bench_store(const std::filesystem::path& scratch_dir);

}  // namespace clearance::app
