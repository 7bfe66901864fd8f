#include "script/loader.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <tuple>

#include "script/plain_data.h"
#include "script/sandbox.h"
#include "script/validate.h"
#include "script/vet.h"

namespace clearance::script {

namespace {

// Pushes t[name] found by a raw walk (lua_next only: no allocation, nothing that raises), or
// nothing. Returns whether it pushed. Stack: +1 or 0.
bool push_raw_field(lua_State* L, int t, std::string_view name) {
    t = lua_absindex(L, t);
    if (!lua_checkstack(L, 3)) return false;
    lua_pushnil(L);
    while (lua_next(L, t) != 0) {
        if (lua_type(L, -2) == LUA_TSTRING) {
            std::size_t len = 0;
            const char* k = lua_tolstring(L, -2, &len);
            if (std::string_view(k, len) == name) {
                lua_remove(L, -2);  // keep the value, drop the key: the walk ends here
                return true;
            }
        }
        lua_pop(L, 1);
    }
    return false;
}

RunResult located(RunResult r, const std::string& display_name) {
    if (r.file.empty()) r.file = display_name;
    return r;
}

// Runs setup(ctx) of the scenario table on top of the stack for `seed`. On success the result is
// pushed above the table and checked as plain data. Stack: +1 on success, 0 on failure.
RunResult instantiate(Sandbox& sb, std::uint64_t seed, const core::HsNomenclature* hs, const std::string& display) {
    lua_State* L = sb.lua();
    if (!push_raw_field(L, -1, "setup")) {
        RunResult r;
        r.kind = ErrorKind::bad_result;
        r.message = "setup is missing";
        return located(r, display);
    }
    RunResult r = run_setup(sb, seed, hs);
    if (!r.ok()) {
        r.message = "in setup(ctx) with seed " + std::to_string(seed) + ": " + r.message;
        return located(r, display);
    }
    RunResult checked = check_returned_table(sb, -1, display);
    if (!checked.ok()) {
        lua_pop(L, 1);
        checked.field = checked.field.empty() ? "setup(ctx)" : "setup(ctx)." + checked.field;
        return located(checked, display);
    }
    return checked;
}

bool is_generated(lua_State* L, int index) {
    if (!push_raw_field(L, index, "setup")) return false;
    const bool fn = lua_type(L, -1) == LUA_TFUNCTION;
    lua_pop(L, 1);
    return fn;
}

// Runs the file in `sb`: constructors, the chunk, the plain-data check. Stack: +1 on success.
RunResult run_scenario_chunk(Sandbox& sb, std::string_view source, const std::string& display) {
    RunResult r = register_constructors(sb);
    if (!r.ok()) return located(r, display);
    r = sb.run_buffer(source, display);
    if (!r.ok()) return located(r, display);
    RunResult checked = check_returned_table(sb, -1, display);
    if (!checked.ok()) lua_pop(sb.lua(), 1);
    return located(checked, display);
}

// The vetting child's check: setup(ctx) for every seed, each in a fresh state as the parent will.
// `texts` maps display names to sources, since one child vets a whole batch; the file being
// vetted is the sandbox's current chunk.
RunResult vet_check(Sandbox& sb, const std::map<std::string, std::string_view>& texts, const LoadOptions& o) {
    const std::string display = sb.chunk_name();
    RunResult r = check_returned_table(sb, -1, display);
    if (!r.ok() || !is_generated(sb.lua(), -1)) return located(r, display);
    const auto text = texts.find(display);
    for (std::size_t i = 0; i < o.seeds.size(); ++i) {
        if (i == 0) {
            r = instantiate(sb, o.seeds[i], o.hs, display);
            if (r.ok()) lua_pop(sb.lua(), 1);
        } else if (text != texts.end()) {
            Sandbox fresh;
            r = run_scenario_chunk(fresh, text->second, display);
            if (r.ok()) r = instantiate(fresh, o.seeds[i], o.hs, display);
        }
        if (!r.ok()) return r;
    }
    return r;
}

// The static metadata of a source whose main chunk runs, without setup(ctx); empty if it fails.
ScenarioInfo read_info(std::string_view source, const std::string& display) {
    ScenarioInfo info;
    Sandbox sb;
    if (!run_scenario_chunk(sb, source, display).ok()) return info;
    LuaValue root;
    std::string why;
    const bool copied = mirror_scenario_value(sb.lua(), -1, root, &why);
    lua_pop(sb.lua(), 1);
    if (!copied || root.constructor != "scenario") return info;
    ReadContext quiet;
    core::Scenario meta;
    read_scenario_metadata(quiet, root, meta);
    return {meta.id, meta.title, meta.summary, meta.topic, meta.level, meta.minutes, meta.languages, meta.version,
            meta.generated};
}

// Builds and validates, in this process, a source the vetting child accepted.
LoadResult load_vetted(std::string_view source, const std::string& display_name, const LoadOptions& options);

using DiagnosticKey = std::tuple<int, int, std::string, std::string>;

DiagnosticKey key_of(const core::Diagnostic& d) {
    return {static_cast<int>(d.severity), d.line, d.field, d.message};
}

}  // namespace

std::string content_hash(std::string_view source) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : source) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    char out[17];
    std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
    return out;
}

void sort_diagnostics(std::vector<core::Diagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const core::Diagnostic& a, const core::Diagnostic& b) {
        if (a.file != b.file) return a.file < b.file;
        if (a.line != b.line) return a.line < b.line;
        return static_cast<int>(a.severity) < static_cast<int>(b.severity);
    });
}

ScenarioSource read_scenario_source(const std::filesystem::path& path, const std::string& display_name) {
    ScenarioSource src;
    src.display_name = display_name;
    const RunResult r = read_source_file(path, display_name, src.text);
    if (!r.ok()) src.unreadable = r.message.empty() ? "cannot read the file" : r.message;
    return src;
}

LoadResult load_scenario_file(const std::filesystem::path& path, const std::string& display_name,
                              const LoadOptions& options) {
    return load_scenario_sources({read_scenario_source(path, display_name)}, options).front();
}

LoadResult load_scenario_source(std::string_view source, const std::string& display_name, const LoadOptions& options) {
    return load_scenario_sources({ScenarioSource{display_name, std::string(source), {}}}, options).front();
}

std::vector<LoadResult> load_scenario_sources(const std::vector<ScenarioSource>& sources, const LoadOptions& options) {
    std::vector<LoadResult> results(sources.size());
    std::vector<RunResult> vetted(sources.size());
    LoadOptions checked = options;
    if (checked.seeds.empty()) checked.seeds = {1};
    if (options.vet) {
        std::vector<VetSource> batch;
        std::vector<std::size_t> index;  // batch position -> source position
        std::map<std::string, std::string_view> texts;
        for (std::size_t i = 0; i < sources.size(); ++i) {
            if (!sources[i].unreadable.empty()) continue;
            batch.push_back({sources[i].display_name, sources[i].text});
            index.push_back(i);
            texts.emplace(sources[i].display_name, sources[i].text);
        }
        VetOptions vo;
        vo.prepare = [](Sandbox& sb) { return register_constructors(sb); };
        vo.check = [&](Sandbox& sb) { return vet_check(sb, texts, checked); };
        std::vector<RunResult> out = batch.empty() ? std::vector<RunResult>{} : vet_batch(batch, vo);
        for (std::size_t k = 0; k < out.size() && k < index.size(); ++k) vetted[index[k]] = std::move(out[k]);
    }
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const ScenarioSource& src = sources[i];
        if (!src.unreadable.empty()) {
            results[i].file = src.display_name;
            results[i].diagnostics.push_back({core::Severity::error, src.display_name, 0, "", src.unreadable});
        } else if (!vetted[i].ok()) {
            results[i].file = src.display_name;
            results[i].content_hash = content_hash(src.text);
            results[i].diagnostics.push_back(located(vetted[i], src.display_name).diagnostic());
            // A Lua error (in setup, say) is safe to meet again in process, so the catalog can
            // still list the file by its id and title. Crashes, timeouts and budget overruns are not
            // run again: the first would harm the app, the others only cost time.
            const ErrorKind k = vetted[i].kind;
            if (k == ErrorKind::runtime || k == ErrorKind::bad_result) results[i].info = read_info(src.text, src.display_name);
        } else {
            try {
                results[i] = load_vetted(src.text, src.display_name, checked);
            } catch (const std::exception& e) {
                // A host bug or exhausted memory while building: this file's problem, not the app's.
                results[i] = LoadResult{};
                results[i].file = src.display_name;
                results[i].content_hash = content_hash(src.text);
                results[i].diagnostics.push_back({core::Severity::error, src.display_name, 0, "",
                                                  std::string("the scenario could not be built: ") + e.what()});
            }
        }
    }
    return results;
}

namespace {

LoadResult load_vetted(std::string_view source, const std::string& display_name, const LoadOptions& options) {
    LoadResult result;
    result.file = display_name;
    result.content_hash = content_hash(source);
    const std::vector<std::uint64_t>& seeds = options.seeds;

    // Per instance: its diagnostics, so those that depend on the seed can say which seed.
    std::vector<std::vector<core::Diagnostic>> per_seed;
    bool generated = false;
    for (std::size_t i = 0; i < seeds.size(); ++i) {
        Sandbox sb;
        lua_State* L = sb.lua();
        std::vector<core::Diagnostic> diags;
        RunResult r = run_scenario_chunk(sb, source, display_name);
        if (!r.ok()) {
            result.diagnostics.push_back(r.diagnostic());
            break;
        }
        LuaValue root, made;
        std::string why;
        if (!mirror_scenario_value(L, -1, root, &why)) {
            result.diagnostics.push_back({core::Severity::error, display_name, 0, "", why});
            break;
        }
        generated = is_generated(L, -1);
        const std::uint64_t seed = generated ? seeds[i] : 0;
        if (i == 0 && root.constructor == "scenario") {
            // The static metadata, listed even when setup(ctx) fails for this seed.
            ReadContext quiet;
            core::Scenario meta;
            read_scenario_metadata(quiet, root, meta);
            result.info = {meta.id, meta.title, meta.summary, meta.topic, meta.level, meta.minutes, meta.languages,
                           meta.version, meta.generated};
        }
        if (generated) {
            r = instantiate(sb, seed, options.hs, display_name);
            if (!r.ok()) {
                r.line = r.line ? r.line : root.line;
                per_seed.push_back({r.diagnostic()});
                continue;
            }
            if (!mirror_scenario_value(L, -1, made, &why)) {
                per_seed.push_back({{core::Severity::error, display_name, root.line, "setup(ctx)", why}});
                continue;
            }
        }
        ReadContext cx;
        cx.file = display_name;
        BuiltScenario built = build_scenario(cx, root, generated ? &made : nullptr);
        if (i == 0) result.info.summary = built.scenario.summary;  // setup(ctx) may write it
        built.scenario.content_hash = result.content_hash;
        built.scenario.source = display_name;
        built.scenario.generated = generated;
        built.scenario.seed = seed;
        diags = std::move(cx.diagnostics);
        if (options.validate && root.constructor == "scenario") {
            ValidateOptions vo;
            vo.file = display_name;
            vo.hs = options.hs;
            vo.lang = options.lang;
            vo.skip_key_check = built.step_has_errors;
            auto more = validate_scenario(built.scenario, built.lines, vo);
            diags.insert(diags.end(), more.begin(), more.end());
        }
        if (core::count_errors(diags) == 0)
            result.instances.push_back({seed, std::make_shared<const core::Scenario>(std::move(built.scenario)), built.lines});
        per_seed.push_back(std::move(diags));
        if (!generated) break;  // a static scenario has one instance whatever the seeds
    }

    // Merge: a diagnostic every instance shares is shown once; one that depends on the seed says
    // with which seed it first appeared.
    std::map<DiagnosticKey, std::size_t> count;
    for (const auto& diags : per_seed) {
        std::set<DiagnosticKey> once;
        for (const auto& d : diags) once.insert(key_of(d));
        for (const auto& k : once) ++count[k];
    }
    std::set<DiagnosticKey> shown;
    for (std::size_t i = 0; i < per_seed.size(); ++i) {
        for (core::Diagnostic d : per_seed[i]) {
            const DiagnosticKey k = key_of(d);
            if (!shown.insert(k).second) continue;
            if (generated && count[k] < per_seed.size()) d.message += " (with seed " + std::to_string(seeds[i]) + ")";
            result.diagnostics.push_back(std::move(d));
        }
    }
    sort_diagnostics(result.diagnostics);
    return result;
}

}  // namespace

}  // namespace clearance::script
