#include "platform/raster.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <climits>

namespace clearance::platform {

namespace {

using u32 = std::uint32_t;
using i64 = std::int64_t;

// ---- pixels ------------------------------------------------------------------------------------

// Straight-alpha blend of (r, g, b) with coverage `a` (0..255) over `dst`. Red and blue travel
// together in one word, green alone; each lane is rounded as x / 255 exactly
// ((x + 128 + ((x + 128) >> 8)) >> 8 is exact for x <= 255 * 255, and a lane never carries).
inline void blend(u32& dst, u32 rb, u32 g, u32 a) {
    if (a == 0) return;
    if (a == 255) {
        dst = rb | g;
        return;
    }
    const u32 ia = 255 - a;
    u32 lanes_rb = (rb & 0x00FF00FFu) * a + (dst & 0x00FF00FFu) * ia + 0x00800080u;
    lanes_rb = ((lanes_rb + ((lanes_rb >> 8) & 0x00FF00FFu)) >> 8) & 0x00FF00FFu;
    u32 lane_g = (g >> 8) * a + ((dst >> 8) & 0xFFu) * ia + 0x80u;
    lane_g = ((lane_g + (lane_g >> 8)) >> 8) & 0xFFu;
    dst = lanes_rb | (lane_g << 8);
}

inline u32 mul255(u32 x, u32 y) {
    const u32 t = x * y + 128;
    return (t + (t >> 8)) >> 8;
}

// ImGui packs colours as 0xAABBGGRR; the canvas wants red and blue swapped, alpha apart.
struct Colour {
    u32 rb;  // 0x00RR00BB
    u32 g;   // 0x0000GG00
    u32 a;   // 0..255
};

inline Colour unpack(ImU32 c) {
    const u32 r = c & 0xFFu, g = (c >> 8) & 0xFFu, b = (c >> 16) & 0xFFu;
    return {(r << 16) | b, g << 8, c >> 24};
}

// ---- textures ----------------------------------------------------------------------------------

// The coverage (0..255) at texture coordinates (u, v): linear along u, nearest along v. With
// no texture everything is fully covered.
// Where u falls along a texel row: the two texels either side of it and the second's weight.
struct Column {
    int t0, t1;  // texel indices
    u32 w1;      // weight of t1, out of 256
};

inline Column column_at(const AlphaTexture& tex, float u) {
    const float tu = u * static_cast<float>(tex.width) - 0.5f;
    const float fu = std::floor(tu);
    const int t = static_cast<int>(fu);
    return {std::clamp(t, 0, tex.width - 1), std::clamp(t + 1, 0, tex.width - 1), static_cast<u32>((tu - fu) * 256.0f)};
}

// The row of texels v falls on (nearest).
inline const std::uint8_t* row_at(const AlphaTexture& tex, float v) {
    const int row = std::clamp(static_cast<int>(v * static_cast<float>(tex.height)), 0, tex.height - 1);
    return tex.alpha.data() + static_cast<size_t>(row) * tex.width;
}

inline u32 mix(u32 t0, u32 t1, u32 w1) { return (t0 * (256 - w1) + t1 * w1 + 128) >> 8; }

inline u32 sample(const AlphaTexture* tex, float u, float v) {
    if (!tex) return 255;
    const Column c = column_at(*tex, u);
    const std::uint8_t* line = row_at(*tex, v);
    return mix(line[c.t0], line[c.t1], c.w1);
}

// ---- clipping and mapping ----------------------------------------------------------------------

// Pixels [x0, x1) x [y0, y1), all on the canvas.
struct Clip {
    int x0, y0, x1, y1;
    bool empty() const { return x0 >= x1 || y0 >= y1; }
};

// Positions are held within +-2^24 pixels (far beyond any screen) before they become integers:
// a float out of an integer's range does not convert, and NaN goes to the low end.
constexpr float position_limit = 16777216.0f;
inline float held(float v) { return v > -position_limit ? (v < position_limit ? v : position_limit) : -position_limit; }

// The first pixel whose centre lies at or after `edge`.
inline int first_pixel(float edge) { return static_cast<int>(std::ceil(held(edge) - 0.5f)); }

struct Mapping {
    ImVec2 offset, scale;
    ImVec2 operator()(ImVec2 p) const { return {(p.x - offset.x) * scale.x, (p.y - offset.y) * scale.y}; }
};

Clip clip_of(const ImVec4& r, const Mapping& map, const Canvas& canvas) {
    const ImVec2 a = map({r.x, r.y}), b = map({r.z, r.w});
    return {std::max(0, first_pixel(a.x)), std::max(0, first_pixel(a.y)), std::min(canvas.width, first_pixel(b.x)),
            std::min(canvas.height, first_pixel(b.y))};
}

// ---- axis-aligned quads ------------------------------------------------------------------------

// ImGui's rectangles and glyphs: indices (i, i+1, i+2, i, i+2, i+3) over corners top-left,
// top-right, bottom-right, bottom-left, one colour, texture coordinates aligned with the axes.
struct Quad {
    ImVec2 p0, p1;    // top-left and bottom-right, mapped
    ImVec2 uv0, uv1;  // at p0 and p1
    ImU32 col;
};

bool as_quad(const ImDrawVert* vtx, const ImDrawIdx* idx, const Mapping& map, Quad& q) {
    if (idx[3] != idx[0] || idx[4] != idx[2]) return false;
    const ImDrawVert &a = vtx[idx[0]], &b = vtx[idx[1]], &c = vtx[idx[2]], &d = vtx[idx[5]];
    if (a.col != b.col || a.col != c.col || a.col != d.col) return false;
    if (a.pos.y != b.pos.y || b.pos.x != c.pos.x || c.pos.y != d.pos.y || d.pos.x != a.pos.x) return false;
    if (a.uv.y != b.uv.y || b.uv.x != c.uv.x || c.uv.y != d.uv.y || d.uv.x != a.uv.x) return false;
    q.p0 = map(a.pos);
    q.p1 = map(c.pos);
    q.uv0 = a.uv;
    q.uv1 = c.uv;
    q.col = a.col;
    if (q.p0.x > q.p1.x) {
        std::swap(q.p0.x, q.p1.x);
        std::swap(q.uv0.x, q.uv1.x);
    }
    if (q.p0.y > q.p1.y) {
        std::swap(q.p0.y, q.p1.y);
        std::swap(q.uv0.y, q.uv1.y);
    }
    return true;
}

// A rectangle of one colour over one texel: a row fill when opaque.
void fill_quad(Canvas& canvas, const Clip& clip, const Quad& q, u32 coverage) {
    const int x0 = std::max(clip.x0, first_pixel(q.p0.x)), x1 = std::min(clip.x1, first_pixel(q.p1.x));
    const int y0 = std::max(clip.y0, first_pixel(q.p0.y)), y1 = std::min(clip.y1, first_pixel(q.p1.y));
    if (x0 >= x1 || y0 >= y1) return;
    const Colour c = unpack(q.col);
    const u32 a = mul255(c.a, coverage);
    if (a == 0) return;
    for (int y = y0; y < y1; ++y) {
        u32* row = canvas.pixels + static_cast<size_t>(y) * canvas.stride;
        if (a == 255) {
            std::fill(row + x0, row + x1, c.rb | c.g);
        } else {
            for (int x = x0; x < x1; ++x) blend(row[x], c.rb, c.g, a);
        }
    }
}

// A rectangle of one colour over a stretch of texture: a glyph. The texel columns and their
// weights are worked out once per quad, not per pixel.
void blit_quad(Canvas& canvas, const Clip& clip, const Quad& q, const AlphaTexture& tex) {
    const int x0 = std::max(clip.x0, first_pixel(q.p0.x)), x1 = std::min(clip.x1, first_pixel(q.p1.x));
    const int y0 = std::max(clip.y0, first_pixel(q.p0.y)), y1 = std::min(clip.y1, first_pixel(q.p1.y));
    if (x0 >= x1 || y0 >= y1) return;
    const Colour c = unpack(q.col);
    if (c.a == 0) return;
    const float w = q.p1.x - q.p0.x, h = q.p1.y - q.p0.y;
    const float du = (q.uv1.x - q.uv0.x) / w, dv = (q.uv1.y - q.uv0.y) / h;

    Column columns[256];
    const int n = std::min(x1 - x0, 256);
    for (int i = 0; i < n; ++i)
        columns[i] = column_at(tex, q.uv0.x + (static_cast<float>(x0 + i) + 0.5f - q.p0.x) * du);
    for (int y = y0; y < y1; ++y) {
        const float v = q.uv0.y + (static_cast<float>(y) + 0.5f - q.p0.y) * dv;
        const std::uint8_t* texels = row_at(tex, v);
        u32* row = canvas.pixels + static_cast<size_t>(y) * canvas.stride;
        for (int i = 0; i < n; ++i) {
            const Column& col = columns[i];
            const u32 t0 = texels[col.t0], t1 = texels[col.t1];
            if ((t0 | t1) == 0) continue;  // most of a glyph's box is empty
            blend(row[x0 + i], c.rb, c.g, mul255(c.a, mix(t0, t1, col.w1)));
        }
        // A glyph wider than 256 pixels (never at the sizes the app uses) samples per pixel.
        for (int x = x0 + n; x < x1; ++x) {
            const float u = q.uv0.x + (static_cast<float>(x) + 0.5f - q.p0.x) * du;
            blend(row[x], c.rb, c.g, mul255(c.a, sample(&tex, u, v)));
        }
    }
}

// ---- triangles ---------------------------------------------------------------------------------

constexpr int subpixel = 16;  // vertices snap to 1/16 pixel

inline i64 floor_div(i64 a, i64 b) {  // b > 0
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}
inline i64 ceil_div(i64 a, i64 b) {  // b > 0
    return -floor_div(-a, b);
}

// To 1/16 pixel, rounded. Edge functions multiply two such values: at most 2^29 * 2^29, well
// within 64 bits.
inline i64 to_fixed(float v) {
    const float s = held(v) * subpixel;
    return static_cast<i64>(s >= 0 ? s + 0.5f : s - 0.5f);
}

// One edge a -> b of a triangle wound so that its interior is where every edge function is
// positive. E(p) = dx * (p.y - a.y) - dy * (p.x - a.x), in 1/16 pixel units squared; a pixel on
// the edge (E = 0) belongs to it only when the edge is a top or a left edge.
struct Edge {
    i64 ax, ay, dx, dy;
    i64 bias;  // 0 for a top or left edge, -1 otherwise: covered when E + bias >= 0

    Edge(i64 x0, i64 y0, i64 x1, i64 y1) : ax(x0), ay(y0), dx(x1 - x0), dy(y1 - y0) {
        const bool top_left = dy < 0 || (dy == 0 && dx > 0);
        bias = top_left ? 0 : -1;
    }
    i64 at(i64 px, i64 py) const { return dx * (py - ay) - dy * (px - ax); }

    bool covers(i64 x, i64 k) const { return k - dy * (x * subpixel + subpixel / 2) >= 0; }

    // Narrows [lo, hi] to the pixels of row `y` this edge covers. The bound is estimated in
    // floating point, then settled exactly: two 64-bit divisions per edge and row cost more
    // than the whole span of a thin triangle.
    void span(int y, int& lo, int& hi) const {
        const i64 py = static_cast<i64>(y) * subpixel + subpixel / 2;
        // E(x) + bias = k - dy * cx, with cx = 16 x + 8 the pixel centre.
        const i64 k = dx * (py - ay) + dy * ax + bias;
        if (dy == 0) {
            if (k < 0) hi = lo - 1;
            return;
        }
        const double centre = static_cast<double>(k) / static_cast<double>(dy);  // where E + bias = 0
        i64 x = static_cast<i64>(std::floor((centre - subpixel / 2) / subpixel));
        if (dy < 0) {  // covered from the bound rightwards: find the first covered pixel
            while (covers(x, k)) --x;
            while (!covers(x + 1, k)) ++x;
            if (x + 1 > lo) lo = static_cast<int>(std::min<i64>(x + 1, hi + 1));
        } else {  // covered up to the bound: find the last covered pixel
            while (!covers(x, k)) --x;
            while (covers(x + 1, k)) ++x;
            if (x < hi) hi = static_cast<int>(std::max<i64>(x, lo - 1));
        }
    }
};

struct Attributes {
    float r, g, b, a, u, v;
};

inline Attributes attributes(const ImDrawVert& v) {
    const ImU32 c = v.col;
    return {static_cast<float>(c & 0xFF), static_cast<float>((c >> 8) & 0xFF), static_cast<float>((c >> 16) & 0xFF),
            static_cast<float>(c >> 24), v.uv.x, v.uv.y};
}

void triangle(Canvas& canvas, const Clip& clip, const Mapping& map, const ImDrawVert* va, const ImDrawVert* vb,
              const ImDrawVert* vc, const AlphaTexture* tex) {
    auto fixed = [&](const ImDrawVert* v, i64& x, i64& y) {
        const ImVec2 p = map(v->pos);
        x = to_fixed(p.x);
        y = to_fixed(p.y);
    };
    i64 ax, ay, bx, by, cx, cy;
    fixed(va, ax, ay);
    fixed(vb, bx, by);
    fixed(vc, cx, cy);
    i64 area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    if (area == 0) return;
    if (area < 0) {  // wind it the other way round
        std::swap(vb, vc);
        std::swap(bx, cx);
        std::swap(by, cy);
        area = -area;
    }
    const Edge ab(ax, ay, bx, by), bc(bx, by, cx, cy), ca(cx, cy, ax, ay);

    const int min_x = std::max<i64>(clip.x0, floor_div(std::min({ax, bx, cx}), subpixel));
    const int max_x = std::min<i64>(clip.x1 - 1, floor_div(std::max({ax, bx, cx}), subpixel));
    const int min_y = std::max<i64>(clip.y0, floor_div(std::min({ay, by, cy}), subpixel));
    const int max_y = std::min<i64>(clip.y1 - 1, floor_div(std::max({ay, by, cy}), subpixel));
    if (min_x > max_x || min_y > max_y) return;

    const Attributes A = attributes(*va), B = attributes(*vb), C = attributes(*vc);
    const bool one_colour = va->col == vb->col && va->col == vc->col;
    const bool one_texel = va->uv.x == vb->uv.x && va->uv.x == vc->uv.x && va->uv.y == vb->uv.y && va->uv.y == vc->uv.y;
    const u32 texel = one_texel ? sample(tex, A.u, A.v) : 0;
    const Colour flat = unpack(va->col);
    const u32 flat_a = mul255(flat.a, texel);

    // Barycentric weights of b and c are E_ca / area and E_ab / area; along a row they change
    // by a constant step.
    const double inv_area = 1.0 / static_cast<double>(area);
    for (int y = min_y; y <= max_y; ++y) {
        int lo = min_x, hi = max_x;
        ab.span(y, lo, hi);
        bc.span(y, lo, hi);
        ca.span(y, lo, hi);
        if (lo > hi) continue;
        u32* row = canvas.pixels + static_cast<size_t>(y) * canvas.stride;
        if (one_colour && one_texel) {
            if (flat_a == 255) std::fill(row + lo, row + hi + 1, flat.rb | flat.g);
            else for (int x = lo; x <= hi; ++x) blend(row[x], flat.rb, flat.g, flat_a);
            continue;
        }
        const i64 px = static_cast<i64>(lo) * subpixel + subpixel / 2, py = static_cast<i64>(y) * subpixel + subpixel / 2;
        float wb = static_cast<float>(ca.at(px, py) * inv_area);
        float wc = static_cast<float>(ab.at(px, py) * inv_area);
        const float step_b = static_cast<float>(-ca.dy * subpixel * inv_area);
        const float step_c = static_cast<float>(-ab.dy * subpixel * inv_area);
        for (int x = lo; x <= hi; ++x, wb += step_b, wc += step_c) {
            auto lerp = [&](float a0, float b0, float c0) { return a0 + (b0 - a0) * wb + (c0 - a0) * wc; };
            auto channel = [&](float a0, float b0, float c0) {
                return static_cast<u32>(std::clamp(lerp(a0, b0, c0) + 0.5f, 0.0f, 255.0f));
            };
            const u32 r = channel(A.r, B.r, C.r), g = channel(A.g, B.g, C.g), b = channel(A.b, B.b, C.b);
            const u32 alpha = channel(A.a, B.a, C.a);
            const u32 cover = one_texel ? texel : sample(tex, lerp(A.u, B.u, C.u), lerp(A.v, B.v, C.v));
            blend(row[x], (r << 16) | b, g << 8, mul255(alpha, cover));
        }
    }
}


// ---- fans ---------------------------------------------------------------------------------------

// ImGui fills a convex shape (a rounded rectangle, a circle, a window's background) as a fan:
// triangles (a, b1, b2), (a, b2, b3), ... of one colour. Each of them spans most of the shape's
// height, so drawn one by one a 600-pixel panel costs its rows times its forty triangles. As one
// convex polygon each row meets only the edges that cross it. The union of the fan's triangles
// under the top-left rule is exactly the polygon under that rule: a pixel on a shared diagonal
// belongs to one triangle, and the polygon contains it once.

// The fan starting at idx[0], if the triangles that follow share its apex and one colour and
// texel; returns how many triangles it holds (1 when it is no fan).
int fan_length(const ImDrawVert* vtx, const ImDrawIdx* idx, const ImDrawIdx* end) {
    const ImDrawVert& apex = vtx[idx[0]];
    auto same = [&](const ImDrawVert& v) { return v.col == apex.col && v.uv.x == apex.uv.x && v.uv.y == apex.uv.y; };
    if (!same(vtx[idx[1]]) || !same(vtx[idx[2]])) return 1;
    int n = 1;
    for (const ImDrawIdx* t = idx + 3; t + 3 <= end; t += 3, ++n)
        if (t[0] != idx[0] || t[1] != t[-1] || !same(vtx[t[2]])) break;
    return n;
}

// Fills the polygon of a fan of `n` triangles when it is convex; returns false (drawing
// nothing) when it is not, for the triangles to be drawn one by one.
bool fill_fan(Canvas& canvas, const Clip& clip, const Mapping& map, const ImDrawVert* vtx, const ImDrawIdx* idx, int n,
              const AlphaTexture* tex, std::vector<i64>& points, std::vector<int>& row_lo, std::vector<int>& row_hi) {
    points.clear();
    auto push = [&](ImDrawIdx i) {
        const ImVec2 p = map(vtx[i].pos);
        points.push_back(to_fixed(p.x));
        points.push_back(to_fixed(p.y));
    };
    push(idx[0]);
    push(idx[1]);
    for (int t = 0; t < n; ++t) push(idx[t * 3 + 2]);
    const int count = static_cast<int>(points.size() / 2);
    auto px = [&](int i) { return points[static_cast<size_t>(i % count) * 2]; };
    auto py = [&](int i) { return points[static_cast<size_t>(i % count) * 2 + 1]; };
    // Convex when every turn goes the same way (straight runs allowed).
    int sign = 0;
    for (int i = 0; i < count; ++i) {
        const i64 turn = (px(i + 1) - px(i)) * (py(i + 2) - py(i + 1)) - (py(i + 1) - py(i)) * (px(i + 2) - px(i + 1));
        const int s = (turn > 0) - (turn < 0);
        if (s == 0) continue;
        if (sign == 0) sign = s;
        else if (s != sign) return false;
    }
    if (sign == 0) return true;  // all on one line: covers nothing

    i64 min_x = px(0), max_x = px(0), min_y = py(0), max_y = py(0);
    for (int i = 1; i < count; ++i) {
        min_x = std::min(min_x, px(i));
        max_x = std::max(max_x, px(i));
        min_y = std::min(min_y, py(i));
        max_y = std::max(max_y, py(i));
    }
    const int x0 = static_cast<int>(std::max<i64>(clip.x0, floor_div(min_x, subpixel)));
    const int x1 = static_cast<int>(std::min<i64>(clip.x1 - 1, floor_div(max_x, subpixel)));
    // Only rows whose centres lie within the polygon's height: each of them meets an edge on
    // either side, and only those edges narrow it.
    const int y0 = static_cast<int>(std::max<i64>(clip.y0, ceil_div(min_y - subpixel / 2, subpixel)));
    const int y1 = static_cast<int>(std::min<i64>(clip.y1 - 1, floor_div(max_y - subpixel / 2, subpixel)));
    if (x0 > x1 || y0 > y1) return true;
    const size_t rows = static_cast<size_t>(y1 - y0 + 1);
    row_lo.assign(rows, x0);
    row_hi.assign(rows, x1);
    // Each edge narrows only the rows whose centres lie within its own height: in a convex
    // polygon the other edges' half-planes hold there anyway.
    for (int i = 0; i < count; ++i) {
        // Walk the edges so that the interior is on the positive side (as in triangle()).
        const int a = sign > 0 ? i : i + 1, b = sign > 0 ? i + 1 : i;
        const Edge e(px(a), py(a), px(b), py(b));
        const i64 top = std::min(py(a), py(b)), bottom = std::max(py(a), py(b));
        const int first = static_cast<int>(std::max<i64>(y0, ceil_div(top - subpixel / 2, subpixel)));
        const int last = static_cast<int>(std::min<i64>(y1, floor_div(bottom - subpixel / 2, subpixel)));
        for (int y = first; y <= last; ++y) e.span(y, row_lo[y - y0], row_hi[y - y0]);
    }
    const ImDrawVert& apex = vtx[idx[0]];
    const Colour c = unpack(apex.col);
    const u32 a = mul255(c.a, sample(tex, apex.uv.x, apex.uv.y));
    if (a == 0) return true;
    for (int y = y0; y <= y1; ++y) {
        const int lo = row_lo[y - y0], hi = row_hi[y - y0];
        if (lo > hi) continue;
        u32* row = canvas.pixels + static_cast<size_t>(y) * canvas.stride;
        if (a == 255) std::fill(row + lo, row + hi + 1, c.rb | c.g);
        else for (int x = lo; x <= hi; ++x) blend(row[x], c.rb, c.g, a);
    }
    return true;
}

}  // namespace

void clear(Canvas& canvas, std::uint32_t rgb, int first_row, int end_row) {
    for (int y = std::max(first_row, 0); y < std::min(end_row, canvas.height); ++y) {
        u32* row = canvas.pixels + static_cast<size_t>(y) * canvas.stride;
        std::fill(row, row + canvas.width, rgb);
    }
}

RasterStats rasterise(const ImDrawData& data, Canvas& canvas, int first_row, int end_row) {
    RasterStats stats;
    first_row = std::max(first_row, 0);
    end_row = std::min(end_row, canvas.height);
    const Mapping map{data.DisplayPos, data.FramebufferScale};
    std::vector<i64> points;  // scratch for fill_fan, kept across its calls
    std::vector<int> row_lo, row_hi;
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList* list = data.CmdLists[n];
        const ImDrawVert* vertices = list->VtxBuffer.Data;
        const ImDrawIdx* indices = list->IdxBuffer.Data;
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) continue;
            Clip clip = clip_of(cmd.ClipRect, map, canvas);
            clip.y0 = std::max(clip.y0, first_row);
            clip.y1 = std::min(clip.y1, end_row);
            if (clip.empty()) continue;
            const auto* tex = static_cast<const AlphaTexture*>(cmd.GetTexID());
            const ImDrawVert* vtx = vertices + cmd.VtxOffset;
            const ImDrawIdx* idx = indices + cmd.IdxOffset;
            const ImDrawIdx* end = idx + cmd.ElemCount;
            Quad q;
            int fan = 1;
            while (idx + 3 <= end) {
                if (idx + 6 <= end && as_quad(vtx, idx, map, q)) {
                    if (tex && (q.uv0.x != q.uv1.x || q.uv0.y != q.uv1.y)) {
                        blit_quad(canvas, clip, q, *tex);
                        ++stats.textured_quads;
                    } else {
                        fill_quad(canvas, clip, q, sample(tex, q.uv0.x, q.uv0.y));
                        ++stats.solid_quads;
                    }
                    idx += 6;
                } else if ((fan = fan_length(vtx, idx, end)) > 1 &&
                           fill_fan(canvas, clip, map, vtx, idx, fan, tex, points, row_lo, row_hi)) {
                    stats.fan_triangles += fan;
                    idx += 3 * fan;
                } else {
                    triangle(canvas, clip, map, vtx + idx[0], vtx + idx[1], vtx + idx[2], tex);
                    ++stats.triangles;
                    idx += 3;
                }
            }
        }
    }
    return stats;
}

// ---- bands in parallel --------------------------------------------------------------------------

FrameRaster::FrameRaster(int threads) : bands_(std::max(1, threads)) {
    for (int i = 1; i < bands_; ++i) workers_.emplace_back([this, i] { work(i); });
}

FrameRaster::~FrameRaster() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    for (std::thread& t : workers_) t.join();
}

void FrameRaster::band(int i) {
    const int h = canvas_.height;
    const int y0 = h * i / bands_, y1 = h * (i + 1) / bands_;
    clear(canvas_, rgb_, y0, y1);
    rasterise(*data_, canvas_, y0, y1);
}

void FrameRaster::work(int i) {
    std::uint64_t seen = 0;
    while (true) {
        {
            std::unique_lock<std::mutex> lock(mutex_);
            wake_.wait(lock, [&] { return stopping_ || frame_ != seen; });
            if (stopping_) return;
            seen = frame_;
        }
        band(i);
        {
            std::lock_guard<std::mutex> lock(mutex_);
            --pending_;
        }
        done_.notify_one();
    }
}

void FrameRaster::draw(const ImDrawData& data, Canvas& canvas, std::uint32_t rgb) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        data_ = &data;
        canvas_ = canvas;
        rgb_ = rgb;
        pending_ = bands_ - 1;
        ++frame_;
    }
    wake_.notify_all();
    band(0);
    std::unique_lock<std::mutex> lock(mutex_);
    done_.wait(lock, [&] { return pending_ == 0; });
}

}  // namespace clearance::platform
