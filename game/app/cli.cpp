#include "app/cli.h"

#include "app/commands.h"
#include "app/gui_app.h"
#include "app/paths.h"
#include "ui/ui.h"

#include <charconv>
#include <functional>
#include <map>
#include <ostream>

namespace clearance::app {

namespace {

struct CommandInfo {
    const char* name;
    const char* synopsis;
    std::function<int(CommandContext&)> run;  // empty: not in this build yet
};

const std::vector<CommandInfo>& command_table() {
    static const std::vector<CommandInfo> table = {
        {"help", "help                          this text", nullptr},
        {"list", "list [--json]                 scenarios found, with topic, level, languages", cmd_list},
        {"lint", "lint [PATH...]                validate scenarios (exit 1 on errors)", cmd_lint},
        {"play", "play ID|FILE --answers FILE.json [--seed N] [--json]\n"
                 "                                play headless with scripted answers", cmd_play},
        {"test", "test [PATH...]                self-test scenarios: perfect, imperfect, every branch", cmd_test},
        {"hs", "hs search QUERY [--limit N] [--json] | hs show CODE\n"
               "                                search and browse the HS 2022 nomenclature", cmd_hs},
        {"report", "report [--profile NAME] [--format table|csv|json]\n"
                   "                                progress reports", cmd_report},
        {"export", "export xapi --out FILE | export csv --out DIR\n"
                   "                                xAPI 1.0.3 statements, or CSV report tables", cmd_export},
        {"merge", "merge SOURCE.sqlite3...       merge other laptops' progress into this one", cmd_merge},
        {"db", "db check | db backup FILE | db set-aside\n"
               "                                check, back up, or set aside the progress file", cmd_db},
        {"bench", "bench [--json]                performance figures on this machine", cmd_bench},
    };
    return table;
}

bool parse_int(const std::string& s, int& out) {
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && ptr == s.data() + s.size();
}

}  // namespace

std::string usage_text() {
    std::string text =
        "Clearance " CLEARANCE_VERSION " - customs officer training simulator\n"
        "\n"
        "usage: clearance [OPTIONS]                 open the game window\n"
        "       clearance [OPTIONS] COMMAND [ARGS]  run a command headless (no display needed)\n"
        "\n"
        "commands:\n";
    for (const auto& c : command_table()) text += std::string("  ") + c.synopsis + "\n";
    text +=
        "\n"
        "options:\n"
        "  --db PATH            progress file (default saves/progress.sqlite3)\n"
        "  --scenarios DIR      also load scenarios from DIR (repeatable)\n"
        "  --lang CODE          interface and scenario language: en, fr\n"
        "  --version            print the version and exit\n"
        "\n"
        "window options:\n"
        "  --screen NAME        open on a screen: profiles, start, browser, progress, settings, instructor\n"
        "  --theme NAME         light, dark or high-contrast for this run\n"
        "  --font-size N        text size in pixels for this run (12-32)\n"
        "  --frames N           quit after drawing N frames\n"
        "  --screenshot FILE    write the last frame to FILE (PNG) and quit\n"
        "  --developer          add the debug menu (ImGui demo and metrics)\n"
        "  --profile NAME       sign in this trainee at once (a profile with a PIN asks for it)\n"
        "  --play ID            start scenario ID at once (signs in the first profile, or a\n"
        "                       new \"Demo trainee\" when there is none)\n"
        "  --autoplay-to STEP   with --play: answer every step perfectly until STEP is shown\n"
        "                       (\"end\": to the debrief), for demonstrations and screenshots\n";
    return text;
}

int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const Paths paths = find_paths();
    GlobalOptions global;
    global.db_path = paths.default_db;
    global.scenario_dirs.push_back(paths.scenarios);
    GuiOptions gui;
    std::vector<std::string> rest;

    auto usage_error = [&](const std::string& what) {
        err << "clearance: " << what << "\n\n" << usage_text();
        return exit_usage;
    };

    // Global and window options may come anywhere before `--`; everything else is the command
    // and its own arguments, which the command parses.
    bool only_positional = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& into) {
            if (i + 1 >= args.size()) return false;
            into = args[++i];
            return true;
        };
        std::string v;
        if (only_positional) {
            rest.push_back(a);
        } else if (a == "--") {
            only_positional = true;
        } else if (a == "--version") {
            out << "clearance " CLEARANCE_VERSION "\n";
            return exit_ok;
        } else if (a == "-h" || a == "--help") {
            out << usage_text();
            return exit_ok;
        } else if (a == "--db") {
            if (!value(v)) return usage_error("--db needs a file path");
            global.db_path = v;
        } else if (a == "--scenarios") {
            if (!value(v)) return usage_error("--scenarios needs a folder");
            global.scenario_dirs.push_back(v);
        } else if (a == "--lang") {
            if (!value(v) || (v != "en" && v != "fr"))
                return usage_error("--lang needs a language code: en or fr");
            global.lang = v;
            global.lang_given = true;
        } else if (a == "--screen") {
            if (!value(gui.screen))
                return usage_error("--screen needs a name: profiles, start, browser, progress, settings");
            gui.screen_given = true;
        } else if (a == "--theme") {
            if (!value(v) || (v != "light" && v != "dark" && v != "high-contrast"))
                return usage_error("--theme needs light, dark or high-contrast");
            gui.theme = v;
        } else if (a == "--font-size") {
            int n = 0;
            if (!value(v) || !parse_int(v, n) || n < 12 || n > 32)
                return usage_error("--font-size needs a whole number from 12 to 32, got \"" + v + "\"");
            gui.font_size = n;
        } else if (a == "--frames") {
            int n = 0;
            if (!value(v) || !parse_int(v, n) || n < 1)
                return usage_error("--frames needs a positive whole number, got \"" + v + "\"");
            gui.frames = n;
        } else if (a == "--screenshot") {
            if (!value(gui.screenshot)) return usage_error("--screenshot needs a PNG file name");
        } else if (a == "--developer") {
            gui.developer = true;
        } else if (a == "--profile") {
            if (!value(gui.profile) || gui.profile.empty()) return usage_error("--profile needs a trainee's name");
        } else if (a == "--play") {
            if (!value(gui.play) || gui.play.empty()) return usage_error("--play needs a scenario id");
        } else if (a == "--autoplay-to") {
            if (!value(gui.autoplay_to) || gui.autoplay_to.empty())
                return usage_error("--autoplay-to needs a step id or \"end\"");
        } else if (a == "--probe") {
            if (!value(gui.probe_file)) return usage_error("--probe needs a file name");
        } else if (a == "--bench-window") {
            gui.bench = true;
        } else if (a.size() > 1 && a[0] == '-' && rest.empty()) {
            return usage_error("unknown option " + a);
        } else {
            rest.push_back(a);
        }
    }

    if (rest.empty()) {
        if (ui::Screen screen; !ui::parse_screen(gui.screen, screen))
            return usage_error("unknown screen \"" + gui.screen +
                               "\" (profiles, start, browser, player, debrief, progress, settings)");
        if (!gui.autoplay_to.empty() && gui.play.empty()) return usage_error("--autoplay-to needs --play ID");
        if (!display_available()) {
            err << "clearance: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the "
                   "window cannot open.\n"
                   "Run it from a desktop session, or use the headless commands:\n\n"
                << usage_text();
            return exit_failure;
        }
        return run_gui(gui, global, paths, err);
    }

    const std::string name = rest.front();
    if (name == "help") {
        out << usage_text();
        return exit_ok;
    }
    for (const auto& c : command_table()) {
        if (name != c.name) continue;
        if (!c.run) {
            err << "clearance: the `" << name << "` command is not available in this build yet\n";
            return exit_failure;
        }
        CommandContext ctx{{rest.begin() + 1, rest.end()}, global, paths.assets, out, err};
        return c.run(ctx);
    }
    return usage_error("unknown command \"" + name + "\"");
}

}  // namespace clearance::app
