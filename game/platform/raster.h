// Raster: a software rasteriser for Dear ImGui's draw data, drawing into 32-bit pixels in
// memory (the window's own surface when its format allows).
//
// Why our own: SDL's software renderer sends every ImGui triangle through its general
// textured-and-blended path, at about 2 µs per triangle before a pixel is drawn; the classify
// screen's ~4,400 triangles cost 9-11 ms a frame on a 2-core machine. ImGui draws mostly
// axis-aligned quads (glyphs, rectangles), so those take fast paths here (a row fill or a glyph
// blit); fans of one colour (rounded rectangles, circles) are filled as convex polygons; the rest
// (anti-aliased fringes, gradients) go through an exact triangle rasteriser with colour
// interpolation.
//
// Conventions, those of GPUs: a pixel is covered when its centre (x + 0.5, y + 0.5) lies inside
// the shape; on a shared edge the top-left rule gives the pixel to exactly one triangle, so
// translucent meshes never blend a pixel twice. Vertices snap to 1/16 pixel. Blending is
// ImGui's: straight alpha, out = src * a + dst * (1 - a). Texture coordinates are sampled
// linearly along u (the font atlas is oversampled horizontally) and nearest along v.
//
// Used by platform::Window; independent of SDL, so it is tested headless.
#pragma once

#include <imgui.h>

#include <climits>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace clearance::platform {

// Pixels as 0x00RRGGBB in 32-bit words (SDL's RGB888 / ARGB8888 layout); `stride` in pixels.
struct Canvas {
    std::uint32_t* pixels = nullptr;
    int width = 0;
    int height = 0;
    int stride = 0;
};

// A coverage texture: ImGui's font atlas is white, so its alpha is all it holds. ImGui's
// ImTextureID for it is a pointer to this struct (a null ImTextureID draws untextured).
struct AlphaTexture {
    std::vector<std::uint8_t> alpha;  // width * height, row after row
    int width = 0;
    int height = 0;
};

// Fills rows [first_row, end_row) of the canvas (all of them by default) with an opaque colour
// (0x00RRGGBB).
void clear(Canvas& canvas, std::uint32_t rgb, int first_row = 0, int end_row = INT_MAX);

// What rasterise() drew through each path (for the tests and for profiling).
struct RasterStats {
    int solid_quads = 0;     // axis-aligned rectangles of one colour
    int textured_quads = 0;  // axis-aligned rectangles of one colour over the texture: glyphs
    int fan_triangles = 0;   // of one colour, around one apex, filled as convex polygons
    int triangles = 0;       // everything else, one by one
};

// Draws every command list of `data` over rows [first_row, end_row) of the canvas (all of them
// by default), each command clipped to its ClipRect. Positions and clip rectangles are mapped by
// data.DisplayPos and data.FramebufferScale. User callbacks are not supported and are skipped.
// Pixels outside the rows are not touched, so bands of one canvas can be drawn in parallel.
RasterStats rasterise(const ImDrawData& data, Canvas& canvas, int first_row = 0, int end_row = INT_MAX);

// Clears and draws a frame in horizontal bands, one per thread: the caller's and `threads - 1`
// workers that sleep between frames. Halves the frame's drawing on the 2-core machines the app
// targets. draw() returns when every band is done; one FrameRaster serves one thread.
class FrameRaster {
public:
    explicit FrameRaster(int threads);
    ~FrameRaster();
    FrameRaster(const FrameRaster&) = delete;
    FrameRaster& operator=(const FrameRaster&) = delete;

    void draw(const ImDrawData& data, Canvas& canvas, std::uint32_t rgb);
    int bands() const { return bands_; }

private:
    void band(int i);
    void work(int i);

    const int bands_;
    std::vector<std::thread> workers_;
    std::mutex mutex_;
    std::condition_variable wake_, done_;
    std::uint64_t frame_ = 0;  // bumped for each frame the workers should draw
    int pending_ = 0;          // workers still drawing this frame
    bool stopping_ = false;
    const ImDrawData* data_ = nullptr;
    Canvas canvas_;
    std::uint32_t rgb_ = 0;
};

}  // namespace clearance::platform
