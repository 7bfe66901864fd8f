#include "app/gui_app.h"

#include "app/game.h"
#include "app/instructor_desk.h"
#include "core/answer_derive.h"
#include "core/scenario_grading.h"

#include "core/hs_nomenclature.h"
#include "core/settings.h"
#include "platform/window.h"
#include "store/store.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/ui.h"

#include <imgui.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <future>
#include <iostream>
#include <memory>
#include <vector>

namespace clearance::app {

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

double cpu_seconds() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

double peak_rss_mb() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss / 1024.0;  // Linux reports kilobytes
}

// The hidden --bench-window mode, driven by `clearance bench` in a child process: it prints
// the start to first frame, lets the window settle for half a second (late exposure and focus
// events from the X server), then lets the real loop sit in its event wait for 3 s and reports
// the CPU the process used, then draws 120 frames back to back for the median frame time.
// The waits end on their own deadline (a timed event wait), so nothing wakes the loop early.
struct Bench {
    enum Phase { before_first_frame, settle, idle, frames, done } phase = before_first_frame;
    double cpu0 = 0.0;
    Clock::time_point phase_start;
    std::vector<double> frame_ms;

    void enter(Phase p) {
        phase = p;
        phase_start = Clock::now();
        if (p == idle) cpu0 = cpu_seconds();
    }
    double deadline_ms() const { return phase == settle ? 500.0 : phase == idle ? 3000.0 : 0.0; }

    // How long the loop may sleep before the bench needs to look again; -1 when not waiting.
    int wait_ms() const {
        if (phase != settle && phase != idle) return -1;
        return std::max(0, static_cast<int>(deadline_ms() - ms_since(phase_start)) + 1);
    }

    // Called after every wait; moves through the timed phases.
    void tick() {
        if ((phase == settle || phase == idle) && ms_since(phase_start) >= deadline_ms()) {
            if (phase == idle)
                std::cout << "idle_cpu_percent "
                          << (cpu_seconds() - cpu0) / (ms_since(phase_start) / 1000.0) * 100.0
                          << std::endl;
            enter(phase == settle ? idle : frames);
        }
    }

    // Called after each frame; returns true when the bench is done.
    bool frame_drawn(Clock::time_point start, double last_frame_ms) {
        if (phase == before_first_frame) {
            std::cout << "first_frame_ms " << ms_since(start) << std::endl;
            enter(settle);
        } else if (phase == frames) {
            frame_ms.push_back(last_frame_ms);
            if (frame_ms.size() >= 120) {
                std::sort(frame_ms.begin(), frame_ms.end());
                std::cout << "frame_ms " << frame_ms[frame_ms.size() / 2] << "\n"
                          << "peak_rss_mb " << peak_rss_mb() << std::endl;
                phase = done;
            }
        }
        return phase == done;
    }
};

// The app's side of the loop: the model the views read and the settings it persists.
class GuiApp {
public:
    GuiApp(const GuiOptions& options, const GlobalOptions& global, const Paths& paths,
           std::ostream& err)
        : options_(options), paths_(paths), err_(err) {
        auto loaded = core::load_settings_file(paths.settings_file);
        for (const auto& problem : loaded.problems) err << "clearance: settings: " << problem << "\n";
        model_.settings = loaded.settings;
        if (options.theme) {
            if (auto t = core::parse_theme(*options.theme)) model_.settings.theme = *t;
        }
        if (options.font_size) model_.settings.font_size = *options.font_size;
        if (global.lang_given) model_.settings.language = global.lang;
        persist_ = !options.theme && !options.font_size && !global.lang_given && options.screenshot.empty() && !options.bench;
        model_.db_path = global.db_path.string();
        db_path_ = global.db_path;
        model_.developer = options.developer;
        ui::parse_screen(options.screen, model_.screen);
        open_store();
        // With --screen the tests ask for a particular screen; otherwise nobody is signed in yet.
        if (!options.screen_given) model_.screen = ui::Screen::profiles;
        // The HS data and the scenarios load on a second core while run() opens the window and
        // builds the font atlas (some 40 ms of glyph rasterising); finish_loading() joins them.
        loading_ = std::async(std::launch::async, [folders = global.scenario_dirs, hs_dir = paths.assets / "hs"] {
            Loaded l;
            try {
                l.hs = std::make_unique<core::HsNomenclature>(core::HsNomenclature::load(hs_dir));
            } catch (const core::HsDataError& e) {
                l.hs_error = e.what();
            }
            GameOptions go;
            go.folders = folders;
            go.hs = l.hs.get();
            l.game = std::make_unique<Game>(go);
            return l;
        });
    }

    // Takes what the loading thread loaded, then signs in and starts a demo as the command line
    // asked. Rethrows what the loading thread threw.
    void finish_loading() {
        Loaded l = loading_.get();
        hs_ = std::move(l.hs);
        if (hs_) {
            model_.hs_subheadings = static_cast<int>(hs_->count(core::HsLevel::subheading));
        } else {
            err_ << "clearance: " << l.hs_error << "\n";
            startup_notices_.push_back("HS data not loaded: reinstall assets/hs");
            model_.notices.push_back(startup_notices_.back());
        }
        model_.hs = hs_.get();
        game_ = std::move(l.game);
        game_->set_store(store_.get());
        for (const auto& d : game_->catalog().problems) err_ << "clearance: " << core::format_diagnostic(d) << "\n";
        if (!options_.profile.empty()) sign_in_by_name(options_.profile);
        if (!options_.play.empty()) start_demo(options_.play, options_.autoplay_to);
        // --screen with --profile or --play shows that screen with the trainee's records.
        ui::Screen asked;
        if (model_.profile && options_.screen_given && ui::parse_screen(options_.screen, asked)) model_.screen = asked;
        if (model_.screen == ui::Screen::instructor) desk_.refresh(model_);
        game_->fill(model_);
    }

    int run() {
        const auto t0 = Clock::now();
        platform::WindowOptions wo;
        platform::Window window(wo);
        ImGuiIO& io = ImGui::GetIO();
        ini_path_ = paths_.imgui_ini.string();
        std::error_code ec;
        std::filesystem::create_directories(paths_.config_dir, ec);
        io.IniFilename = ec ? nullptr : ini_path_.c_str();
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        io.ConfigInputTextCursorBlink = false;  // a blinking caret would wake the loop twice a second
        apply_look(window);
        finish_loading();
        window.ignore_mouse(!options_.screenshot.empty() && options_.probe_file.empty());

        std::vector<ui::Intent> intents;
        int drawn = 0;
        Bench bench;
        ui::set_probing(!options_.probe_file.empty());
        auto last_poll = Clock::now();
        while (true) {
            // A scripted run (--frames) draws back to back so it ends; otherwise the loop sleeps,
            // waking twice a second to look for edited scenario files and once a second while a
            // countdown is shown.
            const bool animating = (options_.bench && bench.phase == Bench::frames) || options_.frames > 0;
            int wait = options_.bench && bench.wait_ms() >= 0 ? std::min(bench.wait_ms(), poll_interval_ms)
                                                              : poll_interval_ms;
            const bool on_player = model_.screen == ui::Screen::player;
            const int tick = on_player ? game_->tick_ms() : -1;
            if (tick >= 0) wait = std::min(wait, tick);
            auto events = window.wait_for_work(animating, wait);
            if (events.quit) break;
            if (options_.bench) bench.tick();
            if (options_.bench && bench.phase == Bench::frames) events.redraw = true;
            if (ms_since(last_poll) >= poll_interval_ms) {
                last_poll = Clock::now();
                if (game_->poll(model_)) events.redraw = true;
            }
            // The player's clock: a redraw when its shown value changes (see Game::tick_ms).
            if (on_player && tick >= 0 && game_->tick_ms() > tick) events.redraw = true;
            if (!events.redraw) continue;
            const auto f0 = Clock::now();
            model_.now_ms = store::system_now_ms();
            game_->fill_clock(model_);
            window.begin_frame();
            intents.clear();
            ui::begin_probe_frame();
            ui::draw_app(model_, intents);
            window.end_frame();
            if (!options_.probe_file.empty()) write_probes();
            ++drawn;
            if (options_.bench && bench.frame_drawn(t0, ms_since(f0))) break;
            const ui::Screen before = model_.screen;
            if (apply(intents, window)) break;
            if (model_.screen != before) {
                ui::forget_keyboard_focus();
                window.request_frames(4);
            }
            if (options_.frames > 0 && drawn >= options_.frames) break;
        }
        if (!options_.screenshot.empty()) {
            std::string error = window.save_png(options_.screenshot);
            if (!error.empty()) {
                err_ << "clearance: screenshot: " << error << "\n";
                return exit_failure;
            }
        }
        return exit_ok;
    }

private:
    static constexpr int poll_interval_ms = 500;

    // Written whole to a temporary file and renamed, so the test reading it never sees half.
    void write_probes() {
        std::string text;
        for (const ui::ProbeRect& p : ui::probes()) {
            char line[64];
            std::snprintf(line, sizeof line, " %.0f %.0f %.0f %.0f\n", p.x, p.y, p.w, p.h);
            text += p.name + line;
        }
        text += "screen " + std::string(ui::screen_id(model_.screen)) + "\n";
        if (text == last_probes_) return;
        last_probes_ = text;
        const std::string tmp = options_.probe_file + ".tmp";
        {
            std::ofstream f(tmp, std::ios::trunc);
            f << text;
        }
        std::error_code ec;
        std::filesystem::rename(tmp, options_.probe_file, ec);
    }

    void apply_look(platform::Window& window) {
        ui::set_language(model_.settings.language);
        auto load = ui::load_fonts(model_.settings.font_size);
        model_.font_face = load.face;
        model_.notices = startup_notices_;
        model_.notices.insert(model_.notices.end(), load.warnings.begin(), load.warnings.end());
        for (const auto& w : load.warnings) err_ << "clearance: " << w << "\n";
        ui::apply_theme(model_.settings.theme, model_.settings.font_size);
        window.rebuild_font_texture();
    }

    // Opens the progress file; a file that cannot be used is explained on the profile screen and
    // left untouched until the trainee asks to set it aside.
    void open_store() {
        store_.reset();
        model_.store_problem.clear();
        try {
            store_ = std::make_unique<store::Store>(store::Store::open(db_path_));
        } catch (const store::StoreError& e) {
            model_.store_problem = e.what();
            err_ << "clearance: " << e.what() << "\n";
        }
        refresh_profiles();
        model_.profile.reset();
        desk_.set_store(store_.get());
        desk_.lock(model_);
        if (game_) {
            game_->set_store(store_.get());
            game_->set_profile({}, model_.settings.language);
            game_->fill(model_);
        }
    }

    // --profile NAME: a trainee without a PIN goes straight to Home; one with a PIN gets the
    // profile screen, since the PIN is never taken from a command line.
    void sign_in_by_name(const std::string& name) {
        if (!store_) return;
        try {
            auto p = store_->profile_by_name(name);
            if (!p) {
                err_ << "clearance: --profile: no trainee called \"" << name << "\" in " << db_path_.string() << "\n";
            } else if (p->has_pin) {
                model_.profile_message = ui::tr("Enter your PIN to sign in.");
            } else {
                sign_in(*p);
            }
        } catch (const std::exception& e) {
            err_ << "clearance: --profile: " << e.what() << "\n";
        }
    }

    // --play ID [--autoplay-to STEP]: signs in the first profile (or a new demo one), starts the
    // scenario and, when asked, answers perfectly until STEP shows, through the same intents a
    // trainee's clicks give.
    void start_demo(const std::string& id, const std::string& to) {
        if (!store_) return;
        try {
            if (!model_.profile) {
                auto profiles = store_->profiles();
                sign_in(profiles.empty() ? store_->create_profile("Demo trainee", model_.settings.language, std::nullopt)
                                         : profiles.front());
                refresh_profiles();
            }
        } catch (const std::exception& e) {
            err_ << "clearance: --play: " << e.what() << "\n";
            return;
        }
        game_->apply(ui::StartScenario{id}, model_);
        if (!game_->session()) {
            err_ << "clearance: --play: no playable scenario \"" << id << "\"" << (model_.play.error.empty() ? "" : ": " + model_.play.error) << "\n";
            return;
        }
        if (to.empty()) return;
        core::GradeContext ctx;
        ctx.hs = hs_.get();
        while (const core::Session* s = game_->session()) {
            const core::Step* step = s->current();
            if (!step || (to != "end" && step->id == to)) break;
            if (step->graded() && !s->answered()) {
                auto answer = core::perfect_answer(s->scenario(), *step, ctx);
                if (!answer) break;
                game_->apply(ui::SubmitAnswer{*answer}, model_);
                if (!game_->session()->answered()) break;
            }
            game_->apply(ui::NextStep{}, model_);
        }
    }

    void refresh_profiles() {
        model_.profiles.clear();
        if (!store_) return;
        for (const core::Profile& p : store_->profiles())
            model_.profiles.push_back({p.uuid, p.name, p.language, p.has_pin});
    }

    void sign_in(const core::Profile& p) {
        model_.profile = ui::ProfileItem{p.uuid, p.name, p.language, p.has_pin};
        model_.profile_message.clear();
        model_.screen = ui::Screen::start;
        // A trainee's profile language becomes the interface language for the session.
        model_.settings.language = p.language;
        ui::set_language(p.language);
        if (game_) {
            game_->set_profile(p.uuid, p.language);
            game_->fill(model_);
        }
    }

    void apply_profile_intent(const ui::Intent& intent) {
        if (!store_ && !std::holds_alternative<ui::SetAsideStore>(intent)) return;
        try {
            if (auto* create = std::get_if<ui::CreateProfile>(&intent)) {
                std::optional<std::string> pin;
                if (!create->pin.empty()) pin = create->pin;
                sign_in(store_->create_profile(create->name, create->language, pin));
                refresh_profiles();
            } else if (auto* in = std::get_if<ui::SignIn>(&intent)) {
                auto profile = store_->profile_by_uuid(in->uuid);
                if (!profile) return;
                auto auth = store_->verify_pin(in->uuid, in->pin);
                if (auth.ok()) {
                    sign_in(*profile);
                } else if (auth.status == store::AuthStatus::throttled) {
                    model_.profile_message = std::string(ui::tr("Too many wrong PINs. Try again in")) +
                                             " " + std::to_string((auth.retry_after_ms + 999) / 1000) + " s.";
                } else {
                    model_.profile_message = ui::tr("Wrong PIN.");
                }
            } else if (std::holds_alternative<ui::SignOut>(intent)) {
                model_.profile.reset();
                model_.screen = ui::Screen::profiles;
                game_->set_profile({}, model_.settings.language);
                game_->fill(model_);
            } else if (std::holds_alternative<ui::SetAsideStore>(intent)) {
                auto moved = store::set_aside(db_path_, store::system_now_ms());
                err_ << "clearance: the old progress file was moved to " << moved << "\n";
                open_store();
            }
        } catch (const std::exception& e) {
            model_.profile_message = e.what();
        }
    }

    // Applies the frame's intents; returns true when the app should quit.
    bool apply(const std::vector<ui::Intent>& intents, platform::Window& window) {
        for (const auto& intent : intents) {
            if (std::holds_alternative<ui::Quit>(intent)) return true;
            if (auto* nav = std::get_if<ui::Navigate>(&intent)) {
                // Leaving the player keeps the attempt unfinished in the store, to resume later.
                if (model_.screen == ui::Screen::player && nav->screen != ui::Screen::player) game_->leave(model_);
                // The class's results are not left open behind the instructor's back.
                if (model_.screen == ui::Screen::instructor && nav->screen != ui::Screen::instructor) desk_.lock(model_);
                // Screens past the profile screen need a signed-in trainee; the instructor's has
                // its own passphrase.
                model_.screen = model_.profile || nav->screen == ui::Screen::settings ||
                                        nav->screen == ui::Screen::instructor
                                    ? nav->screen
                                    : ui::Screen::profiles;
                if (model_.screen == ui::Screen::instructor) desk_.refresh(model_);
                game_->fill(model_);
            }
            if (desk_.apply(intent, model_)) continue;
            if (game_->apply(intent, model_)) continue;
            apply_profile_intent(intent);
            if (auto* change = std::get_if<ui::ChangeSettings>(&intent)) {
                const bool look = change->settings.font_size != model_.settings.font_size ||
                                  change->settings.theme != model_.settings.theme;
                ui::set_language(change->settings.language);
                if (change->settings.language != model_.settings.language && model_.profile) {
                    game_->set_profile(model_.profile->uuid, change->settings.language);
                    game_->fill(model_);
                }
                model_.settings = change->settings;
                if (look) apply_look(window);
                if (persist_) {
                    std::string error = core::save_settings_file(model_.settings, paths_.settings_file);
                    if (!error.empty()) {
                        err_ << "clearance: settings not saved: " << error << "\n";
                        model_.notices.insert(model_.notices.begin(), "Settings not saved: " + error);
                    }
                }
            }
        }
        return false;
    }

    GuiOptions options_;
    Paths paths_;
    std::ostream& err_;
    ui::Model model_;
    std::unique_ptr<core::HsNomenclature> hs_;
    std::unique_ptr<store::Store> store_;
    std::unique_ptr<Game> game_;
    InstructorDesk desk_;
    // What the constructor loads on a second core (see finish_loading).
    struct Loaded {
        std::unique_ptr<core::HsNomenclature> hs;
        std::string hs_error;
        std::unique_ptr<Game> game;
    };
    std::future<Loaded> loading_;
    std::string last_probes_;
    std::filesystem::path db_path_;
    std::vector<std::string> startup_notices_;
    std::string ini_path_;
    bool persist_ = true;
};

}  // namespace

bool display_available() {
    auto set = [](const char* name) {
        const char* v = std::getenv(name);
        return v && *v;
    };
    return set("DISPLAY") || set("WAYLAND_DISPLAY") || set("SDL_VIDEODRIVER");
}

int run_gui(const GuiOptions& options, const GlobalOptions& global, const Paths& paths,
            std::ostream& err) {
    try {
        GuiApp app(options, global, paths, err);
        return app.run();
    } catch (const std::exception& e) {
        err << "clearance: " << e.what() << "\n";
        return exit_failure;
    }
}

}  // namespace clearance::app
