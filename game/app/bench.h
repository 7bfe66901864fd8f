// `clearance bench`: performance figures measured on this machine (DESIGN.md section 6).
//
// Each layer that owns a target contributes a function returning its figures; cmd_bench runs them
// all and prints a table or JSON. Figures are measurements, never assertions: the targets are
// printed beside them so a reader sees the margin.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace clearance::app {

struct BenchFigure {
    std::string name;    // e.g. "hs search per query (median)"
    double value = 0.0;
    std::string unit;    // "ms", "%", "MB", "µs"
    std::string target;  // e.g. "< 2 ms"; empty when there is none
};

}  // namespace clearance::app
