#include <doctest/doctest.h>

#include "platform/raster.h"

#include <cmath>
#include <cstdint>
#include <vector>

using namespace clearance::platform;

namespace {

constexpr std::uint32_t white = 0xFFFFFF;

ImU32 rgba(unsigned r, unsigned g, unsigned b, unsigned a) { return IM_COL32(r, g, b, a); }

// A draw list written by hand: the exact vertices and indices ImGui would hand a renderer.
struct Mesh {
    ImDrawList list{nullptr};
    ImDrawList* lists[1] = {&list};
    ImDrawData data;

    Mesh(int width, int height, ImVec4 clip) {
        list.CmdBuffer.push_back(ImDrawCmd());
        list.CmdBuffer.back().ClipRect = clip;
        data.Valid = true;
        data.CmdLists = lists;
        data.CmdListsCount = 1;
        data.DisplayPos = ImVec2(0, 0);
        data.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
        data.FramebufferScale = ImVec2(1, 1);
    }

    void texture(const AlphaTexture* tex) { list.CmdBuffer.back().TextureId = const_cast<AlphaTexture*>(tex); }

    ImDrawIdx vertex(ImVec2 p, ImU32 col, ImVec2 uv = ImVec2(0, 0)) {
        ImDrawVert v;
        v.pos = p;
        v.uv = uv;
        v.col = col;
        list.VtxBuffer.push_back(v);
        return static_cast<ImDrawIdx>(list.VtxBuffer.Size - 1);
    }
    void triangle(ImDrawIdx a, ImDrawIdx b, ImDrawIdx c) {
        list.IdxBuffer.push_back(a);
        list.IdxBuffer.push_back(b);
        list.IdxBuffer.push_back(c);
        list.CmdBuffer.back().ElemCount += 3;
    }
    // As ImGui's PrimRect/PrimRectUV: corners TL, TR, BR, BL and indices (0,1,2, 0,2,3).
    void rect(ImVec2 a, ImVec2 b, ImU32 col, ImVec2 uv_a = ImVec2(0, 0), ImVec2 uv_b = ImVec2(0, 0)) {
        const ImDrawIdx i = vertex(a, col, uv_a);
        vertex(ImVec2(b.x, a.y), col, ImVec2(uv_b.x, uv_a.y));
        vertex(b, col, uv_b);
        vertex(ImVec2(a.x, b.y), col, ImVec2(uv_a.x, uv_b.y));
        triangle(i, i + 1, i + 2);
        triangle(i, i + 2, i + 3);
    }
};

struct Image {
    int width, height;
    std::vector<std::uint32_t> pixels;
    Image(int w, int h, std::uint32_t background = white) : width(w), height(h), pixels(static_cast<size_t>(w) * h) {
        Canvas c = canvas();
        clear(c, background);
    }
    Canvas canvas() { return Canvas{pixels.data(), width, height, width}; }
    std::uint32_t at(int x, int y) const { return pixels[static_cast<size_t>(y) * width + x]; }
    RasterStats draw(const Mesh& mesh) {
        Canvas c = canvas();
        return rasterise(mesh.data, c);
    }
    int count(std::uint32_t colour) const {
        int n = 0;
        for (std::uint32_t p : pixels) n += p == colour;
        return n;
    }
};

unsigned red(std::uint32_t p) { return (p >> 16) & 0xFF; }
unsigned green(std::uint32_t p) { return (p >> 8) & 0xFF; }
unsigned blue(std::uint32_t p) { return p & 0xFF; }

}  // namespace

TEST_SUITE("platform") {

TEST_CASE("an opaque rectangle covers exactly the pixels whose centres lie inside it") {
    Image img(12, 10);
    Mesh mesh(12, 10, ImVec4(0, 0, 12, 10));
    mesh.rect(ImVec2(2.2f, 3.0f), ImVec2(5.6f, 5.5f), rgba(10, 20, 30, 255));
    const RasterStats stats = img.draw(mesh);
    CHECK(stats.solid_quads == 1);
    CHECK(stats.triangles == 0);
    // Centres 2.5 .. 5.5 across, 3.5 and 4.5 down (5.5 is not inside [3, 5.5)).
    for (int y = 0; y < 10; ++y)
        for (int x = 0; x < 12; ++x) {
            const bool inside = x >= 2 && x <= 5 && y >= 3 && y <= 4;
            CHECK_MESSAGE(img.at(x, y) == (inside ? 0x0A141Eu : white), "pixel " << x << "," << y);
        }
}

TEST_CASE("a translucent colour blends over what is below with straight alpha, rounded exactly") {
    Image img(4, 4);
    Mesh mesh(4, 4, ImVec4(0, 0, 4, 4));
    mesh.rect(ImVec2(0, 0), ImVec2(4, 4), rgba(255, 0, 0, 128));
    img.draw(mesh);
    // red: 255; green and blue: 255 * 127 / 255 = 127.
    CHECK(img.at(1, 1) == 0xFF7F7Fu);
    Mesh twice(4, 4, ImVec4(0, 0, 4, 4));
    twice.rect(ImVec2(0, 0), ImVec2(4, 4), rgba(0, 0, 255, 51));  // 20 %
    img.draw(twice);
    CHECK(red(img.at(2, 2)) == 204);    // 255 * 0.8
    CHECK(green(img.at(2, 2)) == 102);  // 127 * 0.8 = 101.6
    CHECK(blue(img.at(2, 2)) == 153);   // 127 * 0.8 + 255 * 0.2 = 152.6
}

TEST_CASE("two triangles sharing a diagonal cover each pixel once, as the rectangle they make") {
    // The same square, once as ImGui's quad and once as two triangles the fast path cannot
    // take: translucent, so a pixel blended twice (or missed) would show.
    const ImU32 col = rgba(0, 0, 0, 100);
    Image quad(20, 20), split(20, 20);
    Mesh a(20, 20, ImVec4(0, 0, 20, 20));
    a.rect(ImVec2(3.3f, 2.7f), ImVec2(16.1f, 17.4f), col);
    quad.draw(a);
    Mesh b(20, 20, ImVec4(0, 0, 20, 20));
    const ImDrawIdx tl = b.vertex(ImVec2(3.3f, 2.7f), col), tr = b.vertex(ImVec2(16.1f, 2.7f), col);
    const ImDrawIdx br = b.vertex(ImVec2(16.1f, 17.4f), col), bl = b.vertex(ImVec2(3.3f, 17.4f), col);
    b.triangle(tl, br, tr);  // wound both ways on purpose
    b.triangle(tl, bl, br);
    const RasterStats stats = split.draw(b);
    CHECK(stats.triangles == 2);
    CHECK(split.pixels == quad.pixels);
    CHECK(split.count(quad.at(8, 8)) == 13 * 14);
}

TEST_CASE("a translucent fan (a disc) blends no pixel twice and covers its area") {
    const float cx = 32.3f, cy = 31.7f, r = 25.0f;
    const int segments = 48;
    Image img(64, 64);
    Mesh mesh(64, 64, ImVec4(0, 0, 64, 64));
    const ImU32 col = rgba(0, 0, 0, 64);
    const ImDrawIdx centre = mesh.vertex(ImVec2(cx, cy), col);
    std::vector<ImDrawIdx> rim;
    for (int i = 0; i < segments; ++i) {
        const float t = 6.2831853f * static_cast<float>(i) / segments;
        rim.push_back(mesh.vertex(ImVec2(cx + r * std::cos(t), cy + r * std::sin(t)), col));
    }
    for (int i = 0; i < segments; ++i) mesh.triangle(centre, rim[i], rim[(i + 1) % segments]);
    img.draw(mesh);
    const std::uint32_t once = img.at(32, 32);
    CHECK(once != white);
    int covered = 0;
    for (std::uint32_t p : img.pixels) {
        if (p == white) continue;
        ++covered;
        CHECK(p == once);  // any other shade means a pixel was blended twice
    }
    // A 48-gon inscribed in a circle of radius 25: area 48/2 r^2 sin(2 pi / 48) = 1,957.
    CHECK(covered == doctest::Approx(1957).epsilon(0.02));
}

TEST_CASE("a fan of one colour is filled as its convex polygon, pixel for pixel as its triangles") {
    // Two discs: one fan (the polygon path) and the same triangles with the apex moved to the
    // end of each, which is no fan (the triangle path). Opaque and translucent.
    for (unsigned alpha : {255u, 90u}) {
        const ImU32 col = rgba(20, 40, 60, alpha);
        Image as_fan(64, 64), one_by_one(64, 64);
        Mesh fan(64, 64, ImVec4(0, 0, 64, 64)), loose(64, 64, ImVec4(0, 0, 64, 64));
        std::vector<ImDrawIdx> rim_fan, rim_loose;
        const ImDrawIdx apex_fan = fan.vertex(ImVec2(9.3f, 30.6f), col), apex_loose = loose.vertex(ImVec2(9.3f, 30.6f), col);
        for (int i = 0; i <= 20; ++i) {
            const float t = -1.4f + 2.8f * static_cast<float>(i) / 20;  // an arc facing the apex
            const ImVec2 p(9.3f + 50.2f * std::cos(t), 30.6f + 29.7f * std::sin(t));
            rim_fan.push_back(fan.vertex(p, col));
            rim_loose.push_back(loose.vertex(p, col));
        }
        for (int i = 0; i < 20; ++i) {
            fan.triangle(apex_fan, rim_fan[i], rim_fan[i + 1]);
            loose.triangle(rim_loose[i], rim_loose[i + 1], apex_loose);
        }
        const RasterStats a = as_fan.draw(fan), b = one_by_one.draw(loose);
        CHECK(a.fan_triangles == 20);
        CHECK(a.triangles == 0);
        CHECK(b.triangles == 20);
        CHECK(as_fan.pixels == one_by_one.pixels);
        CHECK(as_fan.count(white) < 64 * 64 - 1000);
    }
}

TEST_CASE("a fan that is not convex is drawn triangle by triangle") {
    // An arrowhead: apex at the notch, so the fan's outline turns both ways.
    Image img(40, 40);
    Mesh mesh(40, 40, ImVec4(0, 0, 40, 40));
    const ImU32 col = rgba(0, 0, 0, 255);
    const ImDrawIdx notch = mesh.vertex(ImVec2(20, 25), col);
    const ImDrawIdx left = mesh.vertex(ImVec2(2, 38), col), tip = mesh.vertex(ImVec2(20, 2), col);
    const ImDrawIdx right = mesh.vertex(ImVec2(38, 38), col);
    mesh.triangle(notch, left, tip);
    mesh.triangle(notch, tip, right);
    const RasterStats stats = img.draw(mesh);
    CHECK(stats.triangles == 2);
    CHECK(stats.fan_triangles == 0);
    CHECK(img.at(20, 30) == white);  // below the notch: outside the arrow
    CHECK(img.at(20, 20) == 0u);
    CHECK(img.at(5, 34) == 0u);
}

TEST_CASE("vertices far beyond the screen still cover it, and vertices that are not numbers cover nothing") {
    Image img(30, 20);
    Mesh huge(30, 20, ImVec4(-1e30f, -1e30f, 1e30f, 1e30f));
    const ImU32 black = rgba(0, 0, 0, 255);
    huge.triangle(huge.vertex(ImVec2(-1e30f, -1e30f), black), huge.vertex(ImVec2(1e30f, -1e30f), black),
                  huge.vertex(ImVec2(0, 1e30f), black));
    huge.rect(ImVec2(-3e9f, 5), ImVec2(3e9f, 6), rgba(255, 255, 255, 255));
    img.draw(huge);
    CHECK(img.count(0) == 30 * 19);  // all but the white row the rectangle painted back
    const float nan = std::nanf("");
    Image clean(30, 20);
    Mesh broken(30, 20, ImVec4(0, 0, 30, 20));
    broken.triangle(broken.vertex(ImVec2(nan, 3), black), broken.vertex(ImVec2(25, nan), black),
                    broken.vertex(ImVec2(nan, nan), black));
    broken.rect(ImVec2(nan, nan), ImVec2(nan, nan), black);
    clean.draw(broken);
    CHECK(clean.count(white) == 30 * 20);
}

TEST_CASE("a command draws only inside its clip rectangle") {
    Image img(10, 10);
    Mesh mesh(10, 10, ImVec4(2, 3, 7, 8));
    mesh.rect(ImVec2(-5, -5), ImVec2(20, 20), rgba(0, 0, 0, 255));
    const ImDrawIdx a = mesh.vertex(ImVec2(-4, -4), rgba(0, 0, 0, 255));
    const ImDrawIdx b = mesh.vertex(ImVec2(30, 0), rgba(0, 0, 0, 255));
    const ImDrawIdx c = mesh.vertex(ImVec2(0, 30), rgba(0, 0, 0, 255));
    mesh.triangle(a, b, c);
    img.draw(mesh);
    CHECK(img.count(0) == 5 * 5);
    CHECK(img.at(2, 3) == 0u);
    CHECK(img.at(6, 7) == 0u);
    CHECK(img.at(7, 7) == white);
    CHECK(img.at(6, 8) == white);
}

TEST_CASE("a glyph drawn at its texture's scale reproduces the texels' coverage") {
    AlphaTexture tex;
    tex.width = 8;
    tex.height = 4;
    for (int i = 0; i < tex.width * tex.height; ++i) tex.alpha.push_back(static_cast<std::uint8_t>(i * 8));
    Image img(16, 8);
    Mesh mesh(16, 8, ImVec4(0, 0, 16, 8));
    mesh.texture(&tex);
    // Texels (2..6, 1..3) onto pixels (5..9, 2..4), one for one.
    mesh.rect(ImVec2(5, 2), ImVec2(9, 4), rgba(0, 0, 0, 255), ImVec2(2.0f / 8, 1.0f / 4), ImVec2(6.0f / 8, 3.0f / 4));
    const RasterStats stats = img.draw(mesh);
    CHECK(stats.textured_quads == 1);
    for (int y = 0; y < 2; ++y)
        for (int x = 0; x < 4; ++x) {
            const unsigned texel = static_cast<unsigned>((y + 1) * 8 + x + 2) * 8;
            CHECK_MESSAGE(green(img.at(5 + x, 2 + y)) == 255 - texel, "pixel " << x << "," << y);
        }
    CHECK(img.count(white) == 16 * 8 - 4 * 2);  // no texel sampled is empty
}

TEST_CASE("a glyph at half a texel per pixel averages its texel pairs (the font is oversampled)") {
    AlphaTexture tex;
    tex.width = 4;
    tex.height = 1;
    tex.alpha = {0, 200, 100, 100};
    Image img(2, 1);
    Mesh mesh(2, 1, ImVec4(0, 0, 2, 1));
    mesh.texture(&tex);
    mesh.rect(ImVec2(0, 0), ImVec2(2, 1), rgba(0, 0, 0, 255), ImVec2(0, 0), ImVec2(1, 1));
    img.draw(mesh);
    CHECK(green(img.at(0, 0)) == 255 - 100);  // (0 + 200) / 2
    CHECK(green(img.at(1, 0)) == 255 - 100);  // (100 + 100) / 2
}

TEST_CASE("colours are interpolated across a triangle") {
    Image img(64, 64, 0);
    Mesh mesh(64, 64, ImVec4(0, 0, 64, 64));
    const ImDrawIdx a = mesh.vertex(ImVec2(0, 0), rgba(255, 0, 0, 255));
    const ImDrawIdx b = mesh.vertex(ImVec2(64, 0), rgba(0, 255, 0, 255));
    const ImDrawIdx c = mesh.vertex(ImVec2(0, 64), rgba(0, 0, 255, 255));
    mesh.triangle(a, b, c);
    img.draw(mesh);
    const std::uint32_t near_a = img.at(0, 0), middle = img.at(21, 21), near_b = img.at(62, 0);
    CHECK(red(near_a) >= 245);
    CHECK(green(near_b) >= 245);
    // The pixel centre (21.5, 21.5) weighs a, b and c about equally.
    CHECK(red(middle) == doctest::Approx(84).epsilon(0.05));
    CHECK(green(middle) == doctest::Approx(86).epsilon(0.05));
    CHECK(blue(middle) == doctest::Approx(86).epsilon(0.05));
    CHECK(img.at(40, 40) == 0u);  // beyond the hypotenuse
}

TEST_CASE("a frame drawn in bands on several threads is the frame drawn whole") {
    // Shapes straddling every band edge: a translucent disc, a rectangle, a gradient triangle.
    Mesh mesh(50, 37, ImVec4(0, 0, 50, 37));
    const ImU32 col = rgba(200, 30, 90, 140);
    const ImDrawIdx centre = mesh.vertex(ImVec2(25.2f, 18.4f), col);
    std::vector<ImDrawIdx> rim;
    for (int i = 0; i < 30; ++i) {
        const float t = 6.2831853f * static_cast<float>(i) / 30;
        rim.push_back(mesh.vertex(ImVec2(25.2f + 17 * std::cos(t), 18.4f + 17 * std::sin(t)), col));
    }
    for (int i = 0; i < 30; ++i) mesh.triangle(centre, rim[i], rim[(i + 1) % 30]);
    mesh.rect(ImVec2(3.5f, 2.2f), ImVec2(12.7f, 35.1f), rgba(10, 200, 10, 255));
    mesh.triangle(mesh.vertex(ImVec2(30, 1), rgba(255, 0, 0, 255)), mesh.vertex(ImVec2(49, 36), rgba(0, 255, 0, 128)),
                  mesh.vertex(ImVec2(20, 30), rgba(0, 0, 255, 60)));
    Image whole(50, 37, 0x123456);
    whole.draw(mesh);
    for (int threads : {1, 2, 3, 4}) {
        Image banded(50, 37, 0);
        FrameRaster raster(threads);
        CHECK(raster.bands() == threads);
        Canvas c = banded.canvas();
        for (int frame = 0; frame < 3; ++frame) raster.draw(mesh.data, c, 0x123456);  // workers reused
        CHECK_MESSAGE(banded.pixels == whole.pixels, threads << " threads");
    }
}

TEST_CASE("positions and clip rectangles follow the display offset and the framebuffer scale") {
    Image img(20, 20);
    Mesh mesh(10, 10, ImVec4(100, 100, 110, 110));
    mesh.data.DisplayPos = ImVec2(100, 100);
    mesh.data.FramebufferScale = ImVec2(2, 2);
    mesh.rect(ImVec2(101, 102), ImVec2(103, 104), rgba(0, 0, 0, 255));
    img.draw(mesh);
    CHECK(img.count(0) == 4 * 4);
    CHECK(img.at(2, 4) == 0u);
    CHECK(img.at(5, 7) == 0u);
    CHECK(img.at(6, 7) == white);
}

}  // TEST_SUITE
