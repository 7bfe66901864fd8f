// The scenario commands (DESIGN.md section 4):
//
//   clearance list [--json]                   the catalog: id, topic, level, languages, minutes
//   clearance lint [PATH...]                  file:line: severity: path: message; exit 1 on errors
//   clearance play ID|FILE --answers FILE.json [--seed N] [--json]
//                                             a headless attempt, graded step by step
//   clearance test [PATH...]                  perfect, imperfect and every branch of each scenario
//
// PATH is a file or a folder (searched recursively for .lua files); without one, the scenario
// folders (the bundled scenarios/lua and each --scenarios DIR). Loading, validation and self-test
// live in game/script and game/core; this file parses arguments and prints.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <ostream>
#include <sstream>

#include "app/commands.h"
#include "core/attempt.h"
#include "core/autoplay.h"
#include "core/json.h"
#include "core/session.h"
#include "script/catalog.h"
#include "script/loader.h"

namespace clearance::app {

namespace {

namespace fs = std::filesystem;
using core::Diagnostic;
using core::Json;

constexpr const char* list_usage = "usage: clearance list [--json]\n";
constexpr const char* lint_usage = "usage: clearance lint [PATH...]   (files or folders; default: the scenario folders)\n";
constexpr const char* test_usage = "usage: clearance test [PATH...]   (files or folders; default: the scenario folders)\n";
constexpr const char* play_usage =
    "usage: clearance play ID|FILE --answers FILE.json [--seed N] [--json]\n"
    "The answers file is JSON: { \"step_id\": answer, ... } or a list of { \"step\", \"answer\", \"hints\",\n"
    "\"time_ms\" } entries; see docs/authoring.md.\n";

int usage_error(CommandContext& ctx, const char* command, const std::string& problem, const char* usage) {
    ctx.err << "clearance " << command << ": " << problem << "\n" << usage;
    return exit_usage;
}

// The nomenclature for HS checks; a missing asset is reported once and the checks are skipped.
std::unique_ptr<core::HsNomenclature> load_hs(CommandContext& ctx) {
    try {
        return std::make_unique<core::HsNomenclature>(core::HsNomenclature::load(ctx.assets_dir / "hs"));
    } catch (const std::exception& e) {
        ctx.err << "clearance: warning: the HS nomenclature could not be loaded, so HS codes are not checked: "
                << e.what() << "\n";
        return nullptr;
    }
}

script::LoadOptions load_options(const CommandContext& ctx, const core::HsNomenclature* hs,
                                 std::vector<std::uint64_t> seeds) {
    script::LoadOptions o;
    o.hs = hs;
    o.seeds = std::move(seeds);
    o.lang = ctx.global.lang;
    return o;
}

// Every scenario file named by `paths` (or the scenario folders), loaded. Files named on the
// command line keep the path as typed, so an editor can open `file:line`; files of the scenario
// folders are named relative to their folder, as the catalog names them.
std::vector<script::CatalogEntry> load_paths(const CommandContext& ctx, const std::vector<std::string>& paths,
                                             const script::LoadOptions& options, std::vector<Diagnostic>& problems) {
    std::vector<script::CatalogEntry> entries;
    if (paths.empty()) {
        script::Catalog c = script::scan_catalog(ctx.global.scenario_dirs, options);
        problems = std::move(c.problems);
        return std::move(c.entries);
    }
    std::vector<script::EntrySpec> specs;
    for (const std::string& arg : paths) {
        const fs::path root(arg);
        std::error_code ec;
        const bool is_file = fs::is_regular_file(root, ec);
        for (const fs::path& file : script::scenario_files(root, &problems)) {
            const std::string display = is_file ? arg : (root / file.lexically_relative(root)).generic_string();
            specs.push_back({root, file, display});
        }
    }
    entries = script::load_entries(specs, options);
    script::check_duplicate_ids(entries);
    return entries;
}

bool parse_paths(CommandContext& ctx, const char* command, const char* usage, std::vector<std::string>& paths,
                 int& exit_code) {
    bool options = true;
    for (const std::string& a : ctx.args) {
        if (options && a == "--") {
            options = false;
        } else if (options && a.size() > 1 && a[0] == '-') {
            exit_code = usage_error(ctx, command, "unknown option " + a, usage);
            return false;
        } else {
            paths.push_back(a);
        }
    }
    return true;
}

void print_diagnostics(std::ostream& out, const std::vector<Diagnostic>& ds) {
    for (const Diagnostic& d : ds) out << core::format_diagnostic(d) << "\n";
}

std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string figure(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", v);
    std::string s = buffer;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}

std::string languages_text(const std::vector<std::string>& langs) {
    std::string out;
    for (const auto& l : langs) out += (out.empty() ? "" : ",") + l;
    return out;
}

Json diagnostics_json(const std::vector<Diagnostic>& ds) {
    Json arr = Json::array();
    for (const Diagnostic& d : ds) {
        Json j = Json::object();
        j.set("severity", core::severity_name(d.severity));
        j.set("file", d.file);
        j.set("line", d.line);
        j.set("field", d.field);
        j.set("message", d.message);
        arr.push_back(std::move(j));
    }
    return arr;
}

}  // namespace

// ---- list ------------------------------------------------------------------------------------

int cmd_list(CommandContext& ctx) {
    bool json = false;
    for (const std::string& a : ctx.args) {
        if (a == "--json") json = true;
        else return usage_error(ctx, "list", "unexpected argument " + a, list_usage);
    }
    const auto hs = load_hs(ctx);
    const script::Catalog catalog = script::scan_catalog(ctx.global.scenario_dirs, load_options(ctx, hs.get(), {1}));
    const std::string& lang = ctx.global.lang;
    if (json) {
        Json arr = Json::array();
        for (const script::CatalogEntry& e : catalog.entries) {
            Json j = Json::object();
            j.set("id", e.info.id);
            j.set("file", e.file);
            j.set("path", e.path.generic_string());
            j.set("title", e.info.title.get(lang));
            j.set("topic", std::string(core::topic_id(e.info.topic)));
            j.set("level", std::string(core::level_id(e.info.level)));
            Json langs = Json::array();
            for (const auto& l : e.info.languages) langs.push_back(l);
            j.set("languages", std::move(langs));
            j.set("minutes", e.info.minutes);
            j.set("version", e.info.version);
            j.set("generated", e.info.generated);
            j.set("ok", e.ok());
            j.set("diagnostics", diagnostics_json(e.diagnostics));
            arr.push_back(std::move(j));
        }
        ctx.out << arr.dump(core::JsonStyle::pretty) << "\n";
    } else {
        std::size_t broken = 0;
        for (const script::CatalogEntry& e : catalog.entries) {
            if (!e.ok()) {
                ++broken;
                ctx.out << "BROKEN  " << e.file << " (" << plural(e.errors(), "error") << ")\n";
                continue;
            }
            ctx.out << e.info.id << "  [" << core::topic_id(e.info.topic) << ", " << core::level_id(e.info.level)
                    << ", " << languages_text(e.info.languages) << ", " << e.info.minutes << " min"
                    << (e.info.generated ? ", generated" : "") << "]  " << e.info.title.get(lang) << "\n";
        }
        ctx.out << plural(catalog.entries.size() - broken, "scenario");
        if (broken) ctx.out << ", " << broken << " broken (run `clearance lint` to see why)";
        ctx.out << "\n";
    }
    print_diagnostics(ctx.err, catalog.problems);
    return exit_ok;
}

// ---- lint ------------------------------------------------------------------------------------

int cmd_lint(CommandContext& ctx) {
    std::vector<std::string> paths;
    int code = exit_ok;
    if (!parse_paths(ctx, "lint", lint_usage, paths, code)) return code;
    const auto hs = load_hs(ctx);
    std::vector<Diagnostic> problems;
    const auto entries = load_paths(ctx, paths, load_options(ctx, hs.get(), script::default_check_seeds), problems);
    std::size_t errors = core::count_errors(problems), warnings = 0;
    print_diagnostics(ctx.out, problems);
    for (const script::CatalogEntry& e : entries) {
        print_diagnostics(ctx.out, e.diagnostics);
        errors += e.errors();
        warnings += e.diagnostics.size() - e.errors();
    }
    ctx.out << plural(entries.size(), "file") << " checked: " << plural(errors, "error") << ", "
            << plural(warnings, "warning") << "\n";
    return errors > 0 ? exit_failure : exit_ok;
}

// ---- play ------------------------------------------------------------------------------------

namespace {

struct PlayArgs {
    std::string target;
    std::string answers;
    std::uint64_t seed = 1;
    bool json = false;
};

// Loads the scenario to play: a file, or a catalog id (reloaded with the seed asked).
std::shared_ptr<const core::Scenario> scenario_to_play(CommandContext& ctx, const PlayArgs& a,
                                                       const core::HsNomenclature* hs) {
    const script::LoadOptions options = load_options(ctx, hs, {a.seed});
    std::error_code ec;
    script::LoadResult loaded;
    if (fs::is_regular_file(a.target, ec) || a.target.ends_with(".lua")) {
        loaded = script::load_scenario_file(a.target, a.target, options);
    } else {
        const script::Catalog catalog = script::scan_catalog(ctx.global.scenario_dirs, load_options(ctx, hs, {1}));
        const script::CatalogEntry* entry = catalog.find(a.target);
        if (!entry) {
            ctx.err << "clearance play: no scenario with the id \"" << a.target
                    << "\" (see `clearance list`; a broken file is not playable, see `clearance lint`)\n";
            return nullptr;
        }
        if (!entry->info.generated) return entry->scenario;
        loaded = script::load_scenario_file(entry->path, entry->file, options);
    }
    if (!loaded.ok()) {
        print_diagnostics(ctx.err, loaded.diagnostics);
        ctx.err << "clearance play: " << loaded.file << " cannot be played: it has errors\n";
        return nullptr;
    }
    return loaded.scenario();
}

Json grade_json(const core::StepRecord& r) {
    Json j = Json::object();
    j.set("step", r.step_id);
    j.set("kind", std::string(core::step_kind_id(r.kind)));
    j.set("answer", core::answer_to_json(r.answer));
    j.set("score", r.grade.score);
    j.set("max", r.grade.max);
    j.set("hints", r.hints);
    j.set("late", r.late);
    Json lines = Json::array();
    for (const auto& f : r.grade.feedback) {
        Json l = Json::object();
        l.set("verdict", core::verdict_name(f.verdict));
        l.set("text", f.text);
        l.set("rule", f.rule);
        lines.push_back(std::move(l));
    }
    j.set("feedback", std::move(lines));
    return j;
}

const char* verdict_mark(core::Verdict v) {
    switch (v) {
    case core::Verdict::correct: return "+";
    case core::Verdict::partial: return "~";
    case core::Verdict::wrong: return "-";
    case core::Verdict::info: return " ";
    }
    return " ";
}

}  // namespace

int cmd_play(CommandContext& ctx) {
    PlayArgs a;
    for (std::size_t i = 0; i < ctx.args.size(); ++i) {
        const std::string& arg = ctx.args[i];
        if (arg == "--json") {
            a.json = true;
        } else if (arg == "--answers") {
            if (i + 1 >= ctx.args.size()) return usage_error(ctx, "play", "--answers needs a file", play_usage);
            a.answers = ctx.args[++i];
        } else if (arg == "--seed") {
            if (i + 1 >= ctx.args.size()) return usage_error(ctx, "play", "--seed needs a number", play_usage);
            const std::string& v = ctx.args[++i];
            auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), a.seed);
            if (ec != std::errc{} || ptr != v.data() + v.size())
                return usage_error(ctx, "play", "--seed needs a whole number from 0, not \"" + v + "\"", play_usage);
        } else if (arg.size() > 1 && arg[0] == '-') {
            return usage_error(ctx, "play", "unknown option " + arg, play_usage);
        } else if (a.target.empty()) {
            a.target = arg;
        } else {
            return usage_error(ctx, "play", "one scenario at a time (got \"" + a.target + "\" and \"" + arg + "\")",
                               play_usage);
        }
    }
    if (a.target.empty()) return usage_error(ctx, "play", "which scenario? give an id or a file", play_usage);
    if (a.answers.empty()) return usage_error(ctx, "play", "--answers FILE.json is required", play_usage);

    const auto hs = load_hs(ctx);
    const auto scenario = scenario_to_play(ctx, a, hs.get());
    if (!scenario) return exit_failure;

    std::ifstream in(a.answers, std::ios::binary);
    if (!in) {
        ctx.err << "clearance play: cannot read the answers file " << a.answers << "\n";
        return exit_failure;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<core::AnswerEntry> answers;
    try {
        answers = core::parse_answers_file(std::string_view(text), *scenario);
    } catch (const core::AnswerError& e) {
        ctx.err << "clearance play: " << a.answers << ": " << core::escape_for_display(e.what()) << "\n";
        return exit_failure;
    }

    core::SessionOptions so;
    so.lang = ctx.global.lang;
    so.hs = hs.get();
    std::optional<core::Session> session;
    core::ScriptedPlay played;
    try {
        session.emplace(scenario, core::AttemptMode::practice, a.seed, so);
        played = core::play_answers(*session, answers);
    } catch (const std::exception& e) {
        ctx.err << "clearance play: " << scenario->source << ": " << core::escape_for_display(e.what()) << "\n";
        return exit_failure;
    }
    const core::SessionResult result = session->result();
    if (a.json) {
        Json j = Json::object();
        j.set("scenario", scenario->id);
        j.set("version", scenario->version);
        j.set("content_hash", scenario->content_hash);
        j.set("seed", static_cast<unsigned long long>(a.seed));
        j.set("finished", played.finished);
        if (!played.finished) j.set("stopped_at", played.stopped_at);
        Json unused = Json::array();
        for (const auto& u : played.unused) unused.push_back(u);
        j.set("unused", std::move(unused));
        j.set("score", result.score);
        j.set("max", result.max);
        Json steps = Json::array();
        for (const auto& r : result.steps) steps.push_back(grade_json(r));
        j.set("steps", std::move(steps));
        ctx.out << j.dump(core::JsonStyle::pretty) << "\n";
    } else {
        ctx.out << scenario->id << " (version " << scenario->version << ", seed " << a.seed << ")\n";
        for (const auto& r : result.steps) {
            ctx.out << "\n" << r.step_id << " [" << core::step_kind_id(r.kind) << "]: " << figure(r.grade.score)
                    << " / " << figure(r.grade.max) << (r.late ? " (late)" : "")
                    << (r.hints ? " (" + plural(static_cast<std::size_t>(r.hints), "hint") + ")" : "") << "\n";
            for (const auto& f : r.grade.feedback)
                ctx.out << "  " << verdict_mark(f.verdict) << " " << core::escape_for_display(f.text)
                        << (f.rule.empty() ? "" : " [" + core::escape_for_display(f.rule) + "]") << "\n";
        }
        ctx.out << "\ntotal: " << figure(result.score) << " / " << figure(result.max) << "\n";
        if (!played.finished)
            ctx.out << "not finished: the answers file has no answer for step \"" << played.stopped_at << "\"\n";
        for (const auto& u : played.unused) ctx.out << "unused: step \"" << u << "\" was answered but never reached\n";
    }
    return exit_ok;
}

// ---- test ------------------------------------------------------------------------------------

namespace {

bool is_translation_warning(const Diagnostic& d) {
    return d.severity == core::Severity::warning && d.message.rfind("missing translation", 0) == 0;
}

}  // namespace

int cmd_test(CommandContext& ctx) {
    std::vector<std::string> paths;
    int code = exit_ok;
    if (!parse_paths(ctx, "test", test_usage, paths, code)) return code;
    const auto hs = load_hs(ctx);
    std::vector<Diagnostic> problems;
    const script::LoadOptions options = load_options(ctx, hs.get(), script::default_check_seeds);
    const auto entries = load_paths(ctx, paths, options, problems);
    print_diagnostics(ctx.out, problems);
    std::size_t passed = 0, failed = core::count_errors(problems);
    core::AutoplayOptions ao;
    ao.hs = hs.get();
    ao.lang = ctx.global.lang;
    for (const script::CatalogEntry& e : entries) {
        std::vector<Diagnostic> found = e.diagnostics;
        std::string summary;
        if (e.ok()) {
            std::size_t branches = 0, walkthroughs = 0;
            double perfect = 0, imperfect = 0, max = 0;
            for (const script::ScenarioInstance& inst : e.instances) {
                const core::AutoplayReport report = core::autoplay(*inst.scenario, ao);
                for (Diagnostic d : report.problems) {
                    d.file = e.file;
                    d.line = d.line ? d.line : inst.lines.line_for(d.field);
                    if (inst.scenario->generated) d.message += " (with seed " + std::to_string(inst.seed) + ")";
                    found.push_back(std::move(d));
                }
                branches += report.branches.size();
                walkthroughs += report.walkthroughs.size();
                perfect = report.perfect.score;
                imperfect = report.imperfect.score;
                max = report.perfect.max;
            }
            summary = "perfect " + figure(perfect) + "/" + figure(max) + ", imperfect " + figure(imperfect) + "/" +
                      figure(max) + ", " + std::to_string(branches) + (branches == 1 ? " branch" : " branches") +
                      (walkthroughs ? ", " + plural(walkthroughs, "walkthrough") : "") +
                      (e.instances.size() > 1 ? ", " + std::to_string(e.instances.size()) + " seeds" : "");
        }
        // Bundled and shared scenarios must be complete: a missing translation fails the test too.
        const bool ok = e.ok() && std::none_of(found.begin(), found.end(), [](const Diagnostic& d) {
            return d.severity == core::Severity::error || is_translation_warning(d);
        });
        script::sort_diagnostics(found);
        ctx.out << (ok ? "PASS  " : "FAIL  ") << e.file;
        if (!e.info.id.empty()) ctx.out << " (" << e.info.id << ")";
        if (!summary.empty()) ctx.out << ": " << summary;
        ctx.out << "\n";
        for (const Diagnostic& d : found)
            if (!ok || d.severity == core::Severity::error || is_translation_warning(d))
                ctx.out << "    " << core::format_diagnostic(d) << "\n";
        (ok ? passed : failed)++;
    }
    ctx.out << passed << " passed, " << failed << " failed\n";
    return failed > 0 ? exit_failure : exit_ok;
}

}  // namespace clearance::app
