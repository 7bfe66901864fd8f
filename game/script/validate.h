// Validation of a built scenario: the mistakes that only show once the whole scenario is read,
// each placed at file:line with its field path, e.g.
//     valuation/royalty.lua:42: error: steps[3].answer: 8517.15 is not a code of HS 2022: ...
//
// Used by the loader after the constructors' tables are built (lua_build.h), so by lint, the
// catalog, the watcher and `clearance test`. Type and field mistakes are found while building;
// this adds the rules across fields: unique ids (steps, documents, options, choices), `next` to
// an unknown step, a step no route reaches, a route that loops back, references to documents and
// goods lines that do not exist, classify keys and origin codes not in HS 2022, inspect fields
// that name no document field, quiz keys that cannot be answered, and every key the engines
// reject (scenario_grading.h's check_step_key). Never throws for the scenario's faults.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/hs_nomenclature.h"
#include "core/scenario.h"
#include "script/lua_build.h"

namespace clearance::script {

struct ValidateOptions {
    std::string file;                    // display name for the diagnostics
    const core::HsNomenclature* hs = nullptr;  // without it, HS existence checks are skipped
    std::string lang = "en";
    // By step index: reading the step already reported errors, so its key is not checked again
    // (a half-read key would only add confusing follow-up errors). May be shorter than steps.
    std::vector<bool> skip_key_check;
};

// Every cross-field problem of `scenario`, lines from `lines`.
std::vector<core::Diagnostic> validate_scenario(const core::Scenario& scenario, const SourceMap& lines,
                                                const ValidateOptions& options);

// The steps reachable from the start by any route (a `when` may hold or not), by index.
std::vector<bool> reachable_steps(const core::Scenario& scenario);

}  // namespace clearance::script
