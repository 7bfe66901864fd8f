// The scenario format's host side: the constructors a scenario file calls (`scenario{}`,
// `invoice{}`, `classify{}`...), and the builders that turn what they tagged into the core model.
//
// Used by the loader (loader.h) and the engines offered to setup(ctx) (lua_engines.cpp). The
// constructors do no more than check their argument, remember the line they were called on and
// tag the table with its kind (in a registry table, out of the script's reach); the builders read
// the tagged tables afterwards from a raw copy (lua_read.h), so one pass reports every mistake of a
// file, each at its constructor's line with its field path. docs/authoring.md ("Reference") lists
// every field read here; keep the two in step.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/hs_nomenclature.h"
#include "core/origin.h"
#include "core/risk.h"
#include "core/scenario.h"
#include "core/tariff.h"
#include "core/valuation.h"
#include "script/lua_read.h"
#include "script/run_result.h"
#include "script/sandbox.h"

namespace clearance::script {

// ---- constructors (lua_scenario.cpp) ---------------------------------------------------------

// Every constructor name, in tag order: "scenario", the document kinds, then the step kinds.
const std::vector<std::string_view>& constructor_kinds();
// The registry key of the table that maps constructed tables to their tags.
const void* constructor_tags_key();

// Sets every constructor as a global of the sandbox. Call before running the file.
RunResult register_constructors(Sandbox& sandbox);

// Copies the value at `index` with its constructor tags (mirror_value with this format's tags).
bool mirror_scenario_value(lua_State* L, int index, LuaValue& out, std::string* why);

// ---- where things are in the file --------------------------------------------------------------

// The line of each part of a scenario, so problems found after building (by the validator or by
// autoplay, which know only field paths) can be placed at file:line.
struct SourceMap {
    int scenario = 0;            // the scenario{} call
    std::vector<int> documents;  // by index in Scenario::documents
    std::vector<int> steps;      // by index in Scenario::steps

    // The line for a field path: "steps[3].answer" -> the line of step 3; otherwise the scenario's.
    int line_for(std::string_view field) const;
};

// ---- builders --------------------------------------------------------------------------------

// The static fields of scenario{} (everything but documents, steps and walkthroughs), read
// without running setup(): what the catalog lists. Sets cx.languages.
void read_scenario_metadata(ReadContext& cx, const LuaValue& root, core::Scenario& out);

struct BuiltScenario {
    core::Scenario scenario;
    SourceMap lines;
    std::vector<bool> step_has_errors;  // by step index: reading it reported an error
};

// Builds the whole scenario from the file's returned table and, for a generated scenario, the
// table setup(ctx) returned (`generated` null otherwise). Reports into cx; always returns what
// could be read, so the validator can go on looking for further mistakes.
BuiltScenario build_scenario(ReadContext& cx, const LuaValue& root, const LuaValue* generated);

// One document made by a document constructor (lua_documents.cpp).
std::optional<core::Document> read_document(ReadContext& cx, const LuaValue& v, const std::string& path, int line);

// One step made by a step constructor (lua_steps.cpp). `index` is 1-based (for the default id).
// Sets *had_errors when reading it reported an error.
std::optional<core::Step> read_step(ReadContext& cx, const LuaValue& v, const std::string& path, int line,
                                    std::size_t index, const std::vector<core::VariableDecl>& variables,
                                    bool* had_errors);

// ---- engine facts (lua_facts.cpp), shared by steps and ctx.engines ---------------------------

std::optional<core::ValuationFacts> read_valuation_facts(ReadContext& cx, const LuaValue& v, const std::string& path,
                                                         int line);
std::optional<core::OriginCase> read_origin_case(ReadContext& cx, const LuaValue& v, const std::string& path, int line);
// A table or the string "non_preferential".
std::optional<core::Agreement> read_agreement(ReadContext& cx, const LuaValue& v, const std::string& path, int line);
std::optional<core::TaxFacts> read_tax_facts(ReadContext& cx, const LuaValue& v, const std::string& path, int line);
std::optional<core::RiskFacts> read_risk_facts(ReadContext& cx, const LuaValue& v, const std::string& path, int line);
std::optional<core::RiskProfile> read_risk_profile(ReadContext& cx, const LuaValue& v, const std::string& path,
                                                   int line);
// A list of indicator ids.
std::optional<std::vector<core::Indicator>> read_indicators(ReadContext& cx, const LuaValue& v,
                                                            const std::string& path, int line);

// ---- setup(ctx) (lua_engines.cpp) -------------------------------------------------------------

// Calls the function on top of the stack as setup(ctx), ctx holding the seeded ctx.rng and
// ctx.engines (docs/authoring.md), through the sandbox's runner. Stack: the function is replaced
// by its first result on success, removed on failure. `hs` (may be null) serves ctx.engines.hs.
RunResult run_setup(Sandbox& sandbox, std::uint64_t seed, const core::HsNomenclature* hs);

}  // namespace clearance::script
