#include "platform/window.h"

#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <stb_image_write.h>

#include "platform/raster.h"

#include <cfloat>
#include <stdexcept>

namespace clearance::platform {

Window::Window(const WindowOptions& options) {
    // Without this hint SDL loads Mesa to present the software surface: +170 ms at start,
    // +100 MB and 6 ms per frame (STACK.md).
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    // Let a desktop compositor keep running; a trainee may alt-tab to a PDF of the tariff.
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0)
        throw std::runtime_error(std::string("cannot start the video system: ") + SDL_GetError());

    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    flags |= options.hidden ? SDL_WINDOW_HIDDEN : SDL_WINDOW_SHOWN;
    window_ = SDL_CreateWindow(options.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                               options.width, options.height, flags);
    if (!window_) {
        std::string why = SDL_GetError();
        SDL_Quit();
        throw std::runtime_error("cannot open the window: " + why);
    }
    SDL_SetWindowMinimumSize(window_, 960, 600);
    if (!SDL_GetWindowSurface(window_)) {
        std::string why = SDL_GetError();
        SDL_DestroyWindow(window_);
        SDL_Quit();
        throw std::runtime_error("cannot draw into the window: " + why);
    }

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    // SDL's platform backend for input; the drawing is ours (raster.h), straight into the
    // window's surface, which SDL presents.
    ImGui_ImplSDL2_InitForSDLRenderer(window_);
    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "clearance_raster";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
}

Window::~Window() {
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_DestroyWindow(window_);
    SDL_Quit();
}

Events Window::wait_for_work(bool animating, int max_wait_ms) {
    Events events;
    // Key-ups and mouse-button-ups held back from the previous frame go first, so ImGui sees
    // press then release in two frames: 1.86 drops a key pressed and released within one frame.
    std::vector<SDL_Event> held;
    held.swap(deferred_);
    for (SDL_Event& e : held) {
        ImGui_ImplSDL2_ProcessEvent(&e);
        events.redraw = true;
    }

    SDL_Event e;
    bool have = false;
    if (events.redraw || pending_frames_ > 0) {
        have = SDL_PollEvent(&e) != 0;
    } else {
        // 16 ms keeps an animation at about 60 Hz; idle, the wait blocks until input
        // (measured ~0 % CPU, against 92 % for a polling loop).
        if (animating) have = SDL_WaitEventTimeout(&e, 16) != 0;
        else if (max_wait_ms >= 0) have = SDL_WaitEventTimeout(&e, max_wait_ms) != 0;
        else have = SDL_WaitEvent(&e) != 0;
        if (animating) events.redraw = true;
    }
    std::vector<SDL_Keycode> pressed_now;
    std::vector<Uint8> clicked_now;  // mouse buttons pressed in this batch
    while (have) {
        bool defer = false;
        switch (e.type) {
            case SDL_QUIT: events.quit = true; break;
            case SDL_WINDOWEVENT:
                if (e.window.event == SDL_WINDOWEVENT_CLOSE) events.quit = true;
                break;
            case SDL_KEYDOWN:
                if (e.key.keysym.sym == SDLK_q && (e.key.keysym.mod & KMOD_CTRL)) events.quit = true;
                pressed_now.push_back(e.key.keysym.sym);
                break;
            case SDL_KEYUP:
                for (SDL_Keycode k : pressed_now)
                    if (k == e.key.keysym.sym) defer = true;
                break;
            // A quick tap (a touchpad's, or a scripted click) can bring press and release in
            // one batch; a button then never sees its release. Same cure as for keys.
            case SDL_MOUSEBUTTONDOWN: clicked_now.push_back(e.button.button); break;
            case SDL_MOUSEBUTTONUP:
                for (Uint8 b : clicked_now)
                    if (b == e.button.button) defer = true;
                break;
            default: break;
        }
        if (defer) deferred_.push_back(e);
        else ImGui_ImplSDL2_ProcessEvent(&e);
        events.redraw = true;
        have = SDL_PollEvent(&e) != 0;
    }
    if (events.redraw) pending_frames_ = 2;
    if (pending_frames_ > 0) {
        --pending_frames_;
        events.redraw = true;
    }
    return events;
}

void Window::begin_frame() {
    if (ImGui::GetIO().Fonts->TexID != static_cast<ImTextureID>(&font_)) rebuild_font_texture();
    ImGui_ImplSDL2_NewFrame();
    // A scripted screenshot shows the screen as it rests, not under wherever the X server left
    // the pointer (Xvfb puts it mid-screen, over some card's hover tooltip).
    if (ignore_mouse_) ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    // ImGui 1.86 activates the focused button with Space only; people press Enter. Outside a
    // text field (where Enter belongs to the field) Enter activates too. Set every frame, before
    // NewFrame maps Space onto the same input.
    ImGuiIO& io = ImGui::GetIO();
    const bool enter = ImGui::IsKeyDown(io.KeyMap[ImGuiKey_Enter]) || ImGui::IsKeyDown(io.KeyMap[ImGuiKey_KeyPadEnter]);
    io.NavInputs[ImGuiNavInput_Activate] = enter && !io.WantTextInput ? 1.0f : 0.0f;
    ImGui::NewFrame();
}

void Window::end_frame() {
    ImGui::Render();
    SDL_Surface* surface = SDL_GetWindowSurface(window_);
    if (!surface) return;  // minimised to nothing, or the display went away: nothing to draw on
    if (SDL_MUSTLOCK(surface)) SDL_LockSurface(surface);
    // X servers at depth 24 (Xvfb included) hand out XRGB8888, drawn on in place; any other
    // format gets a frame in memory converted on the way.
    const Uint32 format = surface->format->format;
    const bool direct = format == SDL_PIXELFORMAT_RGB888 || format == SDL_PIXELFORMAT_ARGB8888;
    Canvas canvas{static_cast<std::uint32_t*>(surface->pixels), surface->w, surface->h, surface->pitch / 4};
    if (!direct) {
        frame_.resize(static_cast<size_t>(surface->w) * surface->h);
        canvas = {frame_.data(), surface->w, surface->h, surface->w};
    }
    // The page colour: the app's main window draws no background of its own (view_shell.cpp).
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    auto byte = [](float v) { return static_cast<std::uint32_t>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f); };
    raster_.draw(*ImGui::GetDrawData(), canvas, byte(bg.x) << 16 | byte(bg.y) << 8 | byte(bg.z));
    if (!direct)
        SDL_ConvertPixels(surface->w, surface->h, SDL_PIXELFORMAT_RGB888, frame_.data(), surface->w * 4, format,
                          surface->pixels, surface->pitch);
    if (SDL_MUSTLOCK(surface)) SDL_UnlockSurface(surface);
    SDL_UpdateWindowSurface(window_);
}

void Window::rebuild_font_texture() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* alpha = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&alpha, &w, &h);
    font_.width = w;
    font_.height = h;
    font_.alpha.assign(alpha, alpha + static_cast<size_t>(w) * h);
    io.Fonts->SetTexID(static_cast<ImTextureID>(&font_));
}

std::string Window::save_png(const std::string& path) {
    SDL_Surface* surface = SDL_GetWindowSurface(window_);
    if (!surface) return std::string("cannot read the frame: ") + SDL_GetError();
    // The window's surface still holds the last frame.
    const int w = surface->w, h = surface->h;
    std::vector<unsigned char> pixels(static_cast<size_t>(w) * h * 4);
    if (SDL_ConvertPixels(w, h, surface->format->format, surface->pixels, surface->pitch, SDL_PIXELFORMAT_ABGR8888,
                          pixels.data(), w * 4) != 0)
        return std::string("cannot read the frame: ") + SDL_GetError();
    // Opaque: the surface's unused byte is not an alpha channel.
    for (size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;
    if (!stbi_write_png(path.c_str(), w, h, 4, pixels.data(), w * 4))
        return "cannot write " + path;
    return {};
}

}  // namespace clearance::platform
