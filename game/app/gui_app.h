// The game window's run loop: wires the platform window, the UI views and the app's model, and
// applies the intents views emit between frames.
//
// Used by the command line when no command is given. Returns the process exit code.
#pragma once

#include "app/commands.h"
#include "app/paths.h"

#include <optional>
#include <string>

namespace clearance::app {

struct GuiOptions {
    std::string screenshot;          // --screenshot FILE.png: write the last frame and exit
    int frames = 0;                  // --frames N: exit after N frames (0: run until quit)
    std::string screen = "start";    // --screen NAME
    bool screen_given = false;       // --screen was on the command line
    std::optional<std::string> theme;   // --theme NAME, overrides the settings for this run
    std::optional<int> font_size;       // --font-size N, idem
    bool developer = false;          // --developer: debug menu with ImGui demo and metrics
    bool bench = false;              // hidden --bench-window: print window figures (see cmd_bench)
    std::string profile;             // --profile NAME: sign that trainee in (one without a PIN)
    std::string play;                // --play ID: start that scenario at once
    std::string autoplay_to;         // --autoplay-to STEP|end: answer perfectly up to there
    std::string probe_file;          // hidden --probe FILE: write widget positions after each frame (GUI tests)
};

// True when some display is reachable (X11, Wayland, or an explicit SDL video driver).
bool display_available();

// Opens the window and runs until quit (or until `frames` frames were drawn).
int run_gui(const GuiOptions& options, const GlobalOptions& global, const Paths& paths,
            std::ostream& err);

}  // namespace clearance::app
