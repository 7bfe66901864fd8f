// Fonts: the Unicode TTF faces the views use, loaded into ImGui's atlas at the user's size.
//
// Noto Sans (fonts-noto-core) is preferred, DejaVu Sans (fonts-dejavu-core) is the fallback;
// both cover Latin, Latin Extended and Cyrillic. With neither installed the built-in ImGui font
// is used (ASCII and Latin-1 only) and a warning says which package to install.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace clearance::ui {

struct Fonts {
    ImFont* body = nullptr;   // running text
    ImFont* bold = nullptr;   // labels, table headers
    ImFont* title = nullptr;  // screen titles, 1.6x
    ImFont* small = nullptr;  // captions, 0.85x
    ImFont* mono = nullptr;   // codes and amounts
};

struct FontLoad {
    Fonts fonts;
    std::vector<std::string> warnings;
    std::string face;  // file used for body text, or "built-in"
};

// Clears ImGui's atlas and loads every face at `size` pixels. The caller re-uploads the atlas
// texture afterwards. Never fails: missing files fall back and add a warning.
FontLoad load_fonts(int size);

const Fonts& fonts();  // the fonts of the last load_fonts()

}  // namespace clearance::ui
