// `clearance db | report | export | merge`: the progress store's commands (DESIGN.md section 4).
//
// Reports and exports open the store read-only, so they work on a copy from a read-only medium
// and never take the write lock from a running game; merge opens it for writing. Every store
// failure is a StoreError whose message is printed as is: it already says what to do.

#include <ostream>
#include <stdexcept>

#include "app/commands.h"
#include "core/json.h"
#include "core/topic.h"
#include "store/atomic_file.h"
#include "store/csv_export.h"
#include "store/merge.h"
#include "store/report.h"
#include "store/store.h"
#include "store/xapi_export.h"

namespace clearance::app {

namespace {

constexpr const char* db_usage =
    "usage: clearance db check          check the progress file (SQLite integrity_check) and count its records\n"
    "       clearance db backup FILE    write a consistent copy of the progress file to FILE (never overwrites)\n"
    "       clearance db set-aside      move the progress file aside as <file>.broken-<time>, so the next start\n"
    "                                   begins a new one; the old file is kept for recovery\n";
constexpr const char* report_usage =
    "usage: clearance report [--profile NAME] [--format table|csv|json] [--table NAME]\n"
    "  without --profile: the class (profiles x topics) and the item analysis of every graded step\n"
    "  --table              with --format csv, which table: cohort (default), items, options;\n"
    "                       with --profile: profile (default) or trend\n";
constexpr const char* export_usage =
    "usage: clearance export xapi --out FILE [--base IRI] [--pass RATIO]\n"
    "       clearance export csv --out FOLDER    (writes cohort.csv, items.csv and options.csv)\n"
    "  --base IRI           where activities and extensions live (default https://clearance.example/xapi)\n"
    "  --pass RATIO         score / max needed to pass, 0..1 (default 0.7)\n";
constexpr const char* merge_usage = "usage: clearance merge SOURCE.sqlite3...   import other laptops' progress into --db\n";

int usage(CommandContext& ctx, const char* text, const std::string& problem = {}) {
    if (!problem.empty()) ctx.err << "clearance: " << problem << "\n";
    ctx.err << text;
    return exit_usage;
}

int failure(CommandContext& ctx, const std::string& message) {
    ctx.err << "clearance: " << message << "\n";
    return exit_failure;
}

// A store's own message, plus the command that does what it advises for a bad file.
int store_failure(CommandContext& ctx, const store::StoreError& e) {
    std::string message = e.what();
    if (e.kind() == store::StoreErrorKind::corrupt || e.kind() == store::StoreErrorKind::not_a_database)
        message += " To keep it aside and start a new store: clearance --db " + e.file().string() + " db set-aside";
    return failure(ctx, message);
}

store::Store open_read_only(const CommandContext& ctx) {
    store::OpenOptions o;
    o.read_only = true;
    return store::Store::open(ctx.global.db_path, o);
}

// "87.5%", or "-" when there is nothing to show.
std::string percent(const std::optional<double>& ratio) {
    return ratio ? store::format_number(100.0 * *ratio, 1) + "%" : "-";
}

std::size_t display_width(const std::string& s) {
    std::size_t n = 0;
    for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // UTF-8 lead bytes
    return n;
}

void print_table(std::ostream& out, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> width(header.size());
    for (std::size_t i = 0; i < header.size(); ++i) width[i] = display_width(header[i]);
    for (const auto& r : rows)
        for (std::size_t i = 0; i < r.size() && i < width.size(); ++i) width[i] = std::max(width[i], display_width(r[i]));
    const auto line = [&](const std::vector<std::string>& r) {
        std::string s;
        for (std::size_t i = 0; i < r.size(); ++i) {
            s += r[i];
            if (i + 1 < r.size()) s += std::string(width[i] - display_width(r[i]) + 2, ' ');
        }
        out << s << "\n";
    };
    line(header);
    for (const auto& r : rows) line(r);
}

core::Json opt_json(const std::optional<double>& v) { return v ? core::Json(*v) : core::Json(); }

// --- report ---------------------------------------------------------------------------------

core::Json profile_json(const core::ProfileReport& r) {
    core::Json j = core::Json::object();
    j.set("profile", r.profile.name).set("profile_id", r.profile.uuid);
    j.set("attempts", r.attempts).set("finished", r.finished).set("unfinished", r.unfinished);
    j.set("best_percent", opt_json(r.best_percent)).set("latest_percent", opt_json(r.latest_percent));
    j.set("time_ms", static_cast<long long>(r.time_ms)).set("trend_slope", opt_json(r.trend_slope));
    const auto mastery = [](const std::vector<core::MasteryRow>& rows) {
        core::Json a = core::Json::array();
        for (const core::MasteryRow& m : rows) {
            core::Json row = core::Json::object();
            row.set("id", m.key).set("count", m.count).set("score", m.score).set("max", m.max).set("mastery", opt_json(m.mastery));
            a.push_back(std::move(row));
        }
        return a;
    };
    j.set("topics", mastery(r.topics)).set("competencies", mastery(r.competencies));
    core::Json trend = core::Json::array();
    for (const core::TrendPoint& t : r.trend) {
        core::Json p = core::Json::object();
        p.set("attempt_id", t.attempt_uuid).set("scenario", t.scenario_id);
        p.set("finished", store::iso8601_timestamp(t.finished_ms)).set("percent", t.percent);
        trend.push_back(std::move(p));
    }
    j.set("trend", std::move(trend));
    return j;
}

core::Json class_json(const std::vector<core::CohortRow>& cohort, const core::ItemAnalysis& items) {
    core::Json j = core::Json::object();
    core::Json profiles = core::Json::array();
    for (const core::CohortRow& r : cohort) {
        core::Json row = core::Json::object();
        row.set("profile", r.name).set("profile_id", r.profile_uuid).set("attempts", r.attempts).set("overall", opt_json(r.overall));
        core::Json topics = core::Json::object();
        for (std::size_t i = 0; i < r.topics.size(); ++i) {
            core::Json cell = core::Json::object();
            cell.set("attempts", r.topics[i].attempts).set("mastery", opt_json(r.topics[i].mastery));
            topics.set(std::string(core::topic_id(core::all_topics[i])), std::move(cell));
        }
        row.set("topics", std::move(topics));
        profiles.push_back(std::move(row));
    }
    core::Json item_rows = core::Json::array();
    for (const core::ItemRow& r : items.items) {
        core::Json row = core::Json::object();
        row.set("scenario", r.scenario_id).set("step", r.step_id).set("kind", r.step_kind).set("responses", r.responses);
        row.set("mean_score", r.mean_score).set("max", r.max).set("facility", opt_json(r.facility));
        row.set("discrimination", opt_json(r.discrimination));
        item_rows.push_back(std::move(row));
    }
    core::Json option_rows = core::Json::array();
    for (const core::OptionRow& r : items.options) {
        core::Json row = core::Json::object();
        row.set("scenario", r.scenario_id).set("step", r.step_id).set("option", r.option_id).set("chosen", r.chosen);
        row.set("share", r.share).set("mean_score", r.mean_score).set("discrimination", opt_json(r.discrimination));
        option_rows.push_back(std::move(row));
    }
    j.set("profiles", std::move(profiles)).set("items", std::move(item_rows)).set("options", std::move(option_rows));
    j.set("discrimination", "corrected item-total correlation (point-biserial for 0/1 items)");
    return j;
}

void profile_table(std::ostream& out, const core::ProfileReport& r) {
    out << r.profile.name << "  (" << r.attempts << " attempts: " << r.finished << " finished, " << r.unfinished
        << " unfinished; time " << store::format_number(static_cast<double>(r.time_ms) / 60000.0, 1) << " min)\n";
    out << "best " << (r.best_percent ? store::format_number(*r.best_percent, 1) + "%" : "-") << ", latest "
        << (r.latest_percent ? store::format_number(*r.latest_percent, 1) + "%" : "-") << ", trend "
        << (r.trend_slope ? store::format_number(*r.trend_slope, 1) + " points per attempt" : "-") << "\n\n";
    std::vector<std::vector<std::string>> rows;
    for (const core::MasteryRow& m : r.topics) rows.push_back({m.key, std::to_string(m.count), percent(m.mastery)});
    print_table(out, {"topic", "attempts", "mastery"}, rows);
    if (!r.competencies.empty()) {
        rows.clear();
        for (const core::MasteryRow& m : r.competencies) rows.push_back({m.key, std::to_string(m.count), percent(m.mastery)});
        out << "\n";
        print_table(out, {"competency", "evidence", "mastery"}, rows);
    }
}

void class_table(std::ostream& out, const std::vector<core::CohortRow>& cohort, const core::ItemAnalysis& items) {
    std::vector<std::string> header = {"profile", "attempts", "overall"};
    for (core::Topic t : core::all_topics) header.emplace_back(core::topic_id(t));
    std::vector<std::vector<std::string>> rows;
    for (const core::CohortRow& r : cohort) {
        std::vector<std::string> row = {r.name, std::to_string(r.attempts), percent(r.overall)};
        for (const core::CohortCell& c : r.topics) row.push_back(percent(c.mastery));
        rows.push_back(std::move(row));
    }
    out << "Class: mastery per topic over finished attempts\n";
    print_table(out, header, rows);
    rows.clear();
    for (const core::ItemRow& r : items.items)
        rows.push_back({r.scenario_id, r.step_id, r.step_kind, std::to_string(r.responses), store::format_number(r.facility, 2),
                        r.discrimination ? store::format_number(*r.discrimination, 2) : "-"});
    out << "\nItems: facility (share of points earned) and discrimination (corrected item-total correlation)\n";
    print_table(out, {"scenario", "step", "kind", "responses", "facility", "discrimination"}, rows);
    if (items.options.empty()) return;
    rows.clear();
    for (const core::OptionRow& r : items.options)
        rows.push_back({r.scenario_id, r.step_id, r.option_id, std::to_string(r.chosen), percent(r.share),
                        r.discrimination ? store::format_number(*r.discrimination, 2) : "-"});
    out << "\nOptions of choose steps: how often each was picked\n";
    print_table(out, {"scenario", "step", "option", "chosen", "share", "discrimination"}, rows);
}

}  // namespace

int cmd_db(CommandContext& ctx) {
    const auto& a = ctx.args;
    if (a.empty()) return usage(ctx, db_usage, "db needs a subcommand");
    try {
        if (a[0] == "check" && a.size() == 1) {
            store::OpenOptions o;
            o.read_only = true;
            o.quick_check = false;  // integrity_check below is the thorough version
            store::Store s = store::Store::open(ctx.global.db_path, o);
            const std::vector<std::string> problems = s.integrity_check();
            const store::StoreCounts c = s.counts();
            ctx.out << ctx.global.db_path.string() << ": schema version " << s.schema_version() << ", " << c.profiles
                    << " profiles, " << c.attempts << " attempts (" << c.unfinished << " unfinished), " << c.answers
                    << " answers\n";
            if (problems.empty()) {
                ctx.out << "integrity check: ok\n";
                return exit_ok;
            }
            for (const std::string& p : problems) ctx.out << "integrity check: " << p << "\n";
            return failure(ctx, ctx.global.db_path.string() +
                                    " is damaged. It was not changed. Back it up (clearance db backup FILE), then "
                                    "`clearance db set-aside` to start a new store and keep this one for recovery.");
        }
        if (a[0] == "backup" && a.size() == 2) {
            store::Store s = open_read_only(ctx);
            s.backup_to(a[1]);
            ctx.out << "backed up " << ctx.global.db_path.string() << " to " << a[1] << "\n";
            return exit_ok;
        }
        if (a[0] == "set-aside" && a.size() == 1) {
            if (!std::filesystem::exists(ctx.global.db_path))
                return failure(ctx, ctx.global.db_path.string() + " does not exist; nothing to set aside.");
            const auto moved = store::set_aside(ctx.global.db_path, store::system_now_ms());
            ctx.out << "moved " << ctx.global.db_path.string() << " to " << moved.string()
                    << "; a new progress file starts at the next launch\n";
            return exit_ok;
        }
    } catch (const store::StoreError& e) {
        return store_failure(ctx, e);
    }
    return usage(ctx, db_usage, "unknown db subcommand or wrong arguments");
}

int cmd_report(CommandContext& ctx) {
    std::string profile_name, format = "table", table;
    for (std::size_t i = 0; i < ctx.args.size(); ++i) {
        const std::string& a = ctx.args[i];
        const bool has_value = i + 1 < ctx.args.size();
        if (a == "--profile" && has_value) profile_name = ctx.args[++i];
        else if (a == "--format" && has_value) format = ctx.args[++i];
        else if (a == "--table" && has_value) table = ctx.args[++i];
        else return usage(ctx, report_usage, "unexpected argument \"" + a + "\"");
    }
    if (format != "table" && format != "csv" && format != "json")
        return usage(ctx, report_usage, "--format must be table, csv or json");
    try {
        store::Store s = open_read_only(ctx);
        if (!profile_name.empty()) {
            const auto p = s.profile_by_name(profile_name);
            if (!p) {
                std::string names;
                for (const core::Profile& q : s.profiles()) names += (names.empty() ? "" : ", ") + q.name;
                return failure(ctx, "no profile named \"" + profile_name + "\" in " + ctx.global.db_path.string() +
                                        (names.empty() ? " (it has no profiles)" : "; profiles: " + names));
            }
            const core::ProfileReport r = store::profile_report(s, p->uuid);
            if (format == "json") ctx.out << profile_json(r).dump(core::JsonStyle::pretty) << "\n";
            else if (format == "table") profile_table(ctx.out, r);
            else if (table.empty() || table == "profile") ctx.out << store::profile_csv(r);
            else if (table == "trend") ctx.out << store::trend_csv(r);
            else return usage(ctx, report_usage, "with --profile, --table is profile or trend");
            return exit_ok;
        }
        const auto cohort = store::cohort_report(s);
        const auto items = store::item_analysis(s);
        if (format == "json") ctx.out << class_json(cohort, items).dump(core::JsonStyle::pretty) << "\n";
        else if (format == "table") class_table(ctx.out, cohort, items);
        else if (table.empty() || table == "cohort") ctx.out << store::cohort_csv(cohort);
        else if (table == "items") ctx.out << store::items_csv(items);
        else if (table == "options") ctx.out << store::options_csv(items);
        else return usage(ctx, report_usage, "--table is cohort, items or options");
        return exit_ok;
    } catch (const store::StoreError& e) {
        return store_failure(ctx, e);
    }
}

int cmd_export(CommandContext& ctx) {
    const auto& a = ctx.args;
    if (a.empty() || (a[0] != "xapi" && a[0] != "csv")) return usage(ctx, export_usage, "export needs xapi or csv");
    std::filesystem::path out;
    store::XapiOptions o;
    for (std::size_t i = 1; i < a.size(); ++i) {
        const bool has_value = i + 1 < a.size();
        if (a[i] == "--out" && has_value) {
            out = a[++i];
        } else if (a[i] == "--base" && has_value && a[0] == "xapi") {
            o.base_iri = a[++i];
            while (!o.base_iri.empty() && o.base_iri.back() == '/') o.base_iri.pop_back();
            if (o.base_iri.find("://") == std::string::npos)
                return usage(ctx, export_usage, "--base must be an absolute IRI such as https://academy.example/xapi");
        } else if (a[i] == "--pass" && has_value && a[0] == "xapi") {
            try {
                std::size_t used = 0;
                o.pass_threshold = std::stod(a[i + 1], &used);
                if (used != a[i + 1].size() || o.pass_threshold < 0 || o.pass_threshold > 1) throw std::invalid_argument("");
            } catch (const std::exception&) {
                return usage(ctx, export_usage, "--pass must be a number from 0 to 1, got \"" + a[i + 1] + "\"");
            }
            ++i;
        } else {
            return usage(ctx, export_usage, "unexpected argument \"" + a[i] + "\"");
        }
    }
    if (out.empty()) return usage(ctx, export_usage, "export needs --out");
    try {
        store::Store s = open_read_only(ctx);
        if (a[0] == "xapi") {
            const std::size_t n = store::export_xapi(s, out, o);
            ctx.out << "wrote " << n << " xAPI statements to " << out.string() << "\n";
            return exit_ok;
        }
        std::error_code ec;
        std::filesystem::create_directories(out, ec);
        if (ec) return failure(ctx, "cannot create the folder " + out.string() + ": " + ec.message());
        const auto cohort = store::cohort_report(s);
        const auto items = store::item_analysis(s);
        store::write_file_atomically(out / "cohort.csv", store::cohort_csv(cohort));
        store::write_file_atomically(out / "items.csv", store::items_csv(items));
        store::write_file_atomically(out / "options.csv", store::options_csv(items));
        ctx.out << "wrote cohort.csv, items.csv and options.csv to " << out.string() << "\n";
        return exit_ok;
    } catch (const store::StoreError& e) {
        return store_failure(ctx, e);
    }
}

int cmd_merge(CommandContext& ctx) {
    if (ctx.args.empty()) return usage(ctx, merge_usage, "merge needs at least one source file");
    for (const std::string& a : ctx.args)
        if (a.rfind("--", 0) == 0) return usage(ctx, merge_usage, "unexpected option \"" + a + "\"");
    int failed = 0;
    try {
        store::Store into = store::Store::open(ctx.global.db_path);
        for (const std::string& source : ctx.args) {
            try {
                bool shown = false;
                const store::MergeReport r =
                    store::merge_store(into, source, [&](std::int64_t done, std::int64_t total) {
                        // Progress on stderr, one line redrawn in place, so stdout stays a clean summary.
                        ctx.err << "\rmerging " << source << ": " << done << " / " << total << " attempts" << std::flush;
                        shown = true;
                    });
                if (shown) ctx.err << "\n";
                ctx.out << source << ": " << r.profiles_added << " profiles, " << r.attempts_added << " attempts, "
                        << r.answers_added << " answers added";
                if (r.attempts_finished) ctx.out << ", " << r.attempts_finished << " attempts finished";
                ctx.out << "\n";
                for (const store::NameClash& c : r.clashes)
                    ctx.err << "clearance: name clash: \"" << c.name << "\" in " << source << " (" << c.source_uuid
                            << ") is not the profile \"" << c.name << "\" here (" << c.local_uuid << "); imported as \""
                            << c.imported_as << "\". If they are one person, tell the instructor: profiles are never "
                            << "joined automatically.\n";
            } catch (const store::StoreError& e) {
                ++failed;
                ctx.err << "clearance: " << source << " was not merged: " << e.what() << "\n";
            }
        }
    } catch (const store::StoreError& e) {
        return store_failure(ctx, e);
    }
    return failed ? exit_failure : exit_ok;
}

}  // namespace clearance::app
