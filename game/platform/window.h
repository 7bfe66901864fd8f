// Window: the SDL2 window, the Dear ImGui context with SDL's platform backend, the drawing of
// ImGui's frames into the window's surface (raster.h), the event-driven frame pacing and PNG
// screenshots.
//
// Used only by the app shell. One Window per process. Invariants: ImGui's context exists for the
// Window's whole life; begin_frame()/end_frame() alternate; the window never draws unless
// wait_for_work() said there is something to show, so an idle window sleeps in SDL's event wait.
#pragma once

#include <SDL.h>

#include "platform/raster.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace clearance::platform {

struct WindowOptions {
    std::string title = "Clearance";
    int width = 1280;
    int height = 800;
    bool hidden = false;  // for screenshots and benches that must not flash a window
};

// What the event wait saw since the last frame.
struct Events {
    bool quit = false;       // window closed, SIGTERM (SDL turns it into SDL_QUIT) or Ctrl+Q
    bool redraw = false;     // input, resize or exposure: draw a frame
};

class Window {
public:
    // Opens the window; throws std::runtime_error with SDL's message when it cannot (no display,
    // no video driver).
    explicit Window(const WindowOptions& options);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    // Waits for input. When `animating` is true it returns within one frame (about 16 ms);
    // otherwise it sleeps until an event arrives, or at most `max_wait_ms` when that is not
    // negative (the bench's phases end that way). Events are fed to ImGui.
    Events wait_for_work(bool animating, int max_wait_ms = -1);

    // Draws `n` more frames even without input: ImGui settles a new screen's layout (table
    // column widths, auto-sized windows) over its first frames.
    void request_frames(int n) { pending_frames_ = std::max(pending_frames_, n); }

    void begin_frame();  // starts an ImGui frame
    // Frames ignore the pointer (scripted screenshots: no hover effects where it happens to be).
    void ignore_mouse(bool on) { ignore_mouse_ = on; }
    // Draws ImGui's draw data over the page colour and presents it.
    void end_frame();

    // Takes the font atlas's pixels again after the app rebuilt it (font size changed).
    void rebuild_font_texture();

    // Writes the last rendered frame (call after end_frame's render, before the next begin) to
    // a PNG. Returns an error message, empty on success.
    std::string save_png(const std::string& path);

    SDL_Window* sdl_window() const { return window_; }

private:
    SDL_Window* window_ = nullptr;
    AlphaTexture font_;                 // ImGui's font atlas; its ImTextureID points here
    std::vector<std::uint32_t> frame_;  // the frame, when the surface's format is not ours
    // Bands drawn in parallel: the cores there are, up to four (a 2-core laptop gets two).
    FrameRaster raster_{static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 4u))};
    int pending_frames_ = 2;            // ImGui needs a frame or two after input to settle
    bool ignore_mouse_ = false;
    std::vector<SDL_Event> deferred_;  // key-ups held back one frame (see wait_for_work)
};

}  // namespace clearance::platform
