// The headless harness of the ui tests: an ImGui context with no window and no renderer, the
// real fonts (ui::load_fonts) and theme, and frames run against it with simulated mouse and keys.
//
// Every frame() checks what would otherwise go unnoticed without a window: that the code under
// test leaves ImGui's stacks (ids, colours, style vars, fonts, groups, disabled blocks, tables)
// as it found them, and that something was drawn. ImGui's own assertions are compiled into
// Debian's libimgui, so a misuse aborts the test run rather than passing silently.
#pragma once

#include "core/settings.h"
#include "ui/fonts.h"
#include "ui/theme.h"

#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <chrono>
#include <string>

namespace uitest {

struct FrameStats {
    int vertices = 0;
    int draw_lists = 0;
    double ms = 0;  // CPU time of NewFrame + the drawing + Render
};

class Harness {
public:
    explicit Harness(clearance::core::Theme theme = clearance::core::Theme::light, int font_size = 17)
        : ctx_(ImGui::CreateContext()) {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        io.DisplaySize = ImVec2(1280, 800);
        io.DeltaTime = 1.0f / 60.0f;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        // ImGui 1.86 reads keys through KeyMap: give each named key a fake scancode of its own.
        for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = 100 + k;
        fonts_ = clearance::ui::load_fonts(font_size);
        clearance::ui::apply_theme(theme, font_size);
    }
    ~Harness() { ImGui::DestroyContext(ctx_); }
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    void theme(clearance::core::Theme t, int font_size = 17) { clearance::ui::apply_theme(t, font_size); }

    // The text `draw` renders with ImGui's text widgets in one frame, from ImGui's log (what a
    // view paints on a draw list itself, as the document pages do, is not in it).
    template <class Draw>
    std::string shown_text(Draw&& draw, float width = 1280) {
        std::string out;
        frame(
            [&] {
                ImGui::LogToBuffer();
                draw();
                out = ImGui::GetCurrentContext()->LogBuffer.c_str();
                ImGui::LogFinish();
            },
            width);
        return out;
    }

    // Runs one frame with `draw` inside a full-screen host window, `width` wide from the left.
    template <class Draw>
    FrameStats frame(Draw&& draw, float width = 1280) {
        const auto t0 = std::chrono::steady_clock::now();
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(width, ImGui::GetIO().DisplaySize.y));
        ImGui::Begin("##host", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                                            ImGuiWindowFlags_NoMove);
        ImGuiContext& g = *ImGui::GetCurrentContext();
        ImGuiWindow* w = ImGui::GetCurrentWindow();
        const int ids = w->IDStack.Size, colors = g.ColorStack.Size, vars = g.StyleVarStack.Size,
                  fonts = g.FontStack.Size, groups = g.GroupStack.Size, disabled = g.DisabledStackSize,
                  windows = g.CurrentWindowStack.Size;
        draw();
        CHECK_MESSAGE(ImGui::GetCurrentWindow() == w, "a child window was left open");
        CHECK(g.CurrentWindowStack.Size == windows);
        CHECK(w->IDStack.Size == ids);
        CHECK(g.ColorStack.Size == colors);
        CHECK(g.StyleVarStack.Size == vars);
        CHECK(g.FontStack.Size == fonts);
        CHECK(g.GroupStack.Size == groups);
        CHECK(g.DisabledStackSize == disabled);
        CHECK(g.CurrentTable == nullptr);
        CHECK(w->DrawList->_Splitter._Count <= 1);
        ImGui::End();
        ImGui::Render();
        FrameStats s;
        s.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        const ImDrawData* dd = ImGui::GetDrawData();
        s.vertices = dd ? dd->TotalVtxCount : 0;
        s.draw_lists = dd ? dd->CmdListsCount : 0;
        return s;
    }

    // Mouse: where it is and whether the left button is down, for the next frame.
    void mouse(ImVec2 pos, bool down) {
        ImGui::GetIO().MousePos = pos;
        ImGui::GetIO().MouseDown[0] = down;
    }
    // A click at `pos`: a frame with the button down, then one with it up (ImGui's buttons fire
    // on release). `draw` runs in both; returns whatever the second frame's `draw` reported.
    template <class Draw>
    void click(ImVec2 pos, Draw&& draw) {
        mouse(pos, false);
        frame(draw);  // hover first, as a real pointer does
        mouse(pos, true);
        frame(draw);
        mouse(pos, false);
        frame(draw);
    }
    // A key pressed in one frame and released in the next.
    template <class Draw>
    void press(ImGuiKey key, Draw&& draw) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeysDown[io.KeyMap[key]] = true;
        frame(draw);
        io.KeysDown[io.KeyMap[key]] = false;
        frame(draw);
    }
    void type(const char* utf8) { ImGui::GetIO().AddInputCharactersUTF8(utf8); }

    const clearance::ui::FontLoad& fonts() const { return fonts_; }

private:
    ImGuiContext* ctx_;
    clearance::ui::FontLoad fonts_;
};

}  // namespace uitest
