#include "platform/window.h"

#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>
#include <stb_image_write.h>

#include <cfloat>
#include <stdexcept>

namespace clearance::platform {

Window::Window(const WindowOptions& options) {
    // Without this hint SDL loads Mesa to present the software surface: +170 ms at start,
    // +100 MB and 6 ms per frame (STACK.md).
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
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
    renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE);
    if (!renderer_) {
        std::string why = SDL_GetError();
        SDL_DestroyWindow(window_);
        SDL_Quit();
        throw std::runtime_error("cannot create the renderer: " + why);
    }

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui_ImplSDL2_InitForSDLRenderer(window_);
    ImGui_ImplSDLRenderer_Init(renderer_);
}

Window::~Window() {
    ImGui_ImplSDLRenderer_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_DestroyRenderer(renderer_);
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
    ImGui_ImplSDLRenderer_NewFrame();
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

void Window::end_frame(const std::vector<SolidRect>& under) {
    ImGui::Render();
    // The page colour: the app's main window draws no background of its own (view_shell.cpp).
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    SDL_SetRenderDrawColor(renderer_, static_cast<Uint8>(bg.x * 255 + 0.5f), static_cast<Uint8>(bg.y * 255 + 0.5f),
                           static_cast<Uint8>(bg.z * 255 + 0.5f), 255);
    SDL_RenderClear(renderer_);
    SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_NONE);
    for (const SolidRect& f : under) {
        SDL_SetRenderDrawColor(renderer_, f.r, f.g, f.b, 255);
        SDL_RenderFillRect(renderer_, &f.rect);
    }
    ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
    SDL_RenderPresent(renderer_);
}

void Window::rebuild_font_texture() {
    ImGui_ImplSDLRenderer_DestroyFontsTexture();
    ImGui_ImplSDLRenderer_CreateFontsTexture();
}

std::string Window::save_png(const std::string& path) {
    int w = 0, h = 0;
    if (SDL_GetRendererOutputSize(renderer_, &w, &h) != 0) return SDL_GetError();
    // The software renderer presents from its surface, which still holds the last frame.
    std::vector<unsigned char> pixels(static_cast<size_t>(w) * h * 4);
    if (SDL_RenderReadPixels(renderer_, nullptr, SDL_PIXELFORMAT_ABGR8888, pixels.data(), w * 4) != 0)
        return std::string("cannot read the frame: ") + SDL_GetError();
    if (!stbi_write_png(path.c_str(), w, h, 4, pixels.data(), w * 4))
        return "cannot write " + path;
    return {};
}

}  // namespace clearance::platform
