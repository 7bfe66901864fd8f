#include "ui/fonts.h"

#include <filesystem>

namespace clearance::ui {

namespace {

Fonts g_fonts;

// Basic Latin, Latin-1, Latin Extended-A and -B (Polish, Czech, Romanian, Turkish...), general
// punctuation (dashes, quotes, bullet, ellipsis), currency signs (€, ₽, ₹), arrows, the
// mathematical operators used in workings (−, ×, ≤, ≥) and Cyrillic. ImGui keeps a pointer:
// the array must outlive the atlas.
const ImWchar glyph_ranges[] = {
    0x0020, 0x024F,  // Latin
    0x0400, 0x052F,  // Cyrillic and supplement
    0x2010, 0x205E,  // punctuation
    0x20A0, 0x20C0,  // currency
    0x2190, 0x21FF,  // arrows
    0x2200, 0x22FF,  // mathematical operators
    0x25A0, 0x25FF,  // geometric shapes (status dots)
    0x2713, 0x2717,  // check and cross marks
    0,
};

struct Face {
    const char* regular;
    const char* bold;
    const char* mono;
};

const Face faces[] = {
    {"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
     "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
     "/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf"},
    {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"},
};

bool exists(const char* path) {
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec);
}

ImFont* add(ImFontAtlas* atlas, const char* path, float size) {
    ImFontConfig config;
    // 2x horizontal oversampling is ImGui's default; 1 vertical halves the atlas at no visible
    // cost for horizontal text.
    config.OversampleH = 2;
    config.OversampleV = 1;
    return atlas->AddFontFromFileTTF(path, size, &config, glyph_ranges);
}

}  // namespace

const Fonts& fonts() { return g_fonts; }

FontLoad load_fonts(int size) {
    FontLoad load;
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    const float px = static_cast<float>(size);
    for (const Face& face : faces) {
        if (!exists(face.regular)) continue;
        const char* bold = exists(face.bold) ? face.bold : face.regular;
        const char* mono = exists(face.mono) ? face.mono : face.regular;
        load.fonts.body = add(atlas, face.regular, px);
        load.fonts.bold = add(atlas, bold, px);
        load.fonts.title = add(atlas, bold, px * 1.6f);
        load.fonts.small = add(atlas, face.regular, px * 0.85f);
        load.fonts.mono = add(atlas, mono, px * 0.95f);
        load.face = face.regular;
        break;
    }
    if (!load.fonts.body) {
        load.warnings.push_back(
            "no Unicode font found (install fonts-noto-core or fonts-dejavu-core); using the "
            "built-in font, which shows only Western European letters");
        ImFontConfig config;
        config.SizePixels = px;
        ImFont* f = atlas->AddFontDefault(&config);
        load.fonts = Fonts{f, f, f, f, f};
        load.face = "built-in";
    }
    atlas->Build();
    g_fonts = load.fonts;
    return load;
}

}  // namespace clearance::ui
