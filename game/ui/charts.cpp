#include "ui/charts.h"

#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace clearance::ui {

namespace {

ImVec4 mix(ImVec4 a, ImVec4 b, float t) {
    return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, a.w + (b.w - a.w) * t);
}

ImU32 col(ImVec4 c, float alpha = 1.0f) {
    c.w *= alpha;
    return ImGui::GetColorU32(c);
}

bool utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

// --- words --------------------------------------------------------------------------------------

const char* topic_name(core::Topic t) {
    switch (t) {
        case core::Topic::classification: return tr("Classification");
        case core::Topic::valuation: return tr("Valuation");
        case core::Topic::origin: return tr("Origin");
        case core::Topic::revenue: return tr("Duties and taxes");
        case core::Topic::fraud: return tr("Fraud and IPR");
        case core::Topic::security: return tr("Risk and security");
        case core::Topic::facilitation: return tr("Facilitation");
        case core::Topic::ethics: return tr("Integrity");
    }
    return "";
}

const char* level_name(core::Level l) {
    switch (l) {
        case core::Level::basic: return tr("Basic");
        case core::Level::intermediate: return tr("Intermediate");
        case core::Level::advanced: return tr("Advanced");
    }
    return "";
}

const char* mode_name(core::AttemptMode m) {
    switch (m) {
        case core::AttemptMode::practice: return tr("Practice");
        case core::AttemptMode::exam: return tr("Exam");
        case core::AttemptMode::shift: return tr("Shift");
        case core::AttemptMode::review: return tr("Review");
    }
    return "";
}

// --- numbers and times --------------------------------------------------------------------------

std::string format_number(double v, int decimals) {
    // Rounded first so that -0.04 does not print as "-0".
    const double scale = std::pow(10.0, decimals);
    v = std::round(v * scale) / scale;
    if (v == 0.0) v = 0.0;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    if (language() == "fr") std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

std::string format_percent(double percent) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f %%", std::clamp(percent, 0.0, 100.0));
    return buf;
}

std::string format_utc(std::int64_t ms) {
    // Days to a civil date with the proleptic Gregorian calendar (eras of 400 years, March-based
    // years so the leap day falls last); no dependence on the C library's time zone state.
    const std::int64_t day_ms = 86'400'000;
    std::int64_t days = ms >= 0 ? ms / day_ms : -((-ms + day_ms - 1) / day_ms);
    const std::int64_t in_day = ms - days * day_ms;
    days += 719'468;
    const std::int64_t era = (days >= 0 ? days : days - 146'096) / 146'097;
    const std::int64_t doe = days - era * 146'097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    const std::int64_t minutes = in_day / 60'000;
    char buf[96];  // sized for any int64 the format could print, so g++ sees no truncation
    std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld %02lld:%02lld", static_cast<long long>(y),
                  static_cast<long long>(m), static_cast<long long>(d), static_cast<long long>(minutes / 60),
                  static_cast<long long>(minutes % 60));
    return buf;
}

std::string format_duration(std::int64_t ms) {
    const long long s = std::max<std::int64_t>(0, ms) / 1000;
    char buf[64];
    if (s < 60)
        std::snprintf(buf, sizeof buf, tr("%d s"), static_cast<int>(s));
    else if (s < 3600)
        std::snprintf(buf, sizeof buf, tr("%d min"), static_cast<int>(s / 60));
    else
        std::snprintf(buf, sizeof buf, tr("%d h %02d min"), static_cast<int>(s / 3600), static_cast<int>(s / 60 % 60));
    return buf;
}

// --- layout -------------------------------------------------------------------------------------

void flow(float width) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const float x = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x;
    if (x + width <= right) ImGui::SameLine();
}

std::string ellipsize(const char* text, float width) {
    if (ImGui::CalcTextSize(text).x <= width) return text;
    const std::string s = text;
    const char* dots = "\u2026";
    // The longest prefix, cut at the start of a UTF-8 character, that fits with the dots.
    std::vector<std::size_t> cuts;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (!utf8_continuation(s[i])) cuts.push_back(i);
    auto fits = [&](std::size_t n) { return ImGui::CalcTextSize((s.substr(0, n) + dots).c_str()).x <= width; };
    std::size_t lo = 0, hi = cuts.empty() ? 0 : cuts.size() - 1;
    while (lo < hi) {
        const std::size_t mid = (lo + hi + 1) / 2;
        if (fits(cuts[mid]))
            lo = mid;
        else
            hi = mid - 1;
    }
    lo = cuts.empty() ? 0 : cuts[lo];
    std::string out = s.substr(0, lo);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + dots;
}

// --- widgets ------------------------------------------------------------------------------------

namespace {
// Whether the theme fills buttons with the accent; high contrast draws them black with a border
// instead, and both button styles then stay as the theme has them.
bool accent_buttons() {
    const Palette& p = palette();
    const ImVec4 fill = ImGui::GetStyleColorVec4(ImGuiCol_Button);
    return fill.x == p.accent.x && fill.y == p.accent.y && fill.z == p.accent.z;
}
}  // namespace

bool primary_button(const char* label, ImVec2 size) {
    const bool on_accent = accent_buttons();
    if (on_accent) ImGui::PushStyleColor(ImGuiCol_Text, palette().text_on_accent);
    const bool pressed = ImGui::Button(label, size);
    if (on_accent) ImGui::PopStyleColor();
    return pressed;
}

bool soft_button(const char* label, ImVec2 size) {
    if (!accent_buttons()) return ImGui::Button(label, size);
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_Button, p.accent_soft);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, mix(p.accent_soft, p.accent, 0.25f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, mix(p.accent_soft, p.accent, 0.4f));
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
    const bool pressed = ImGui::Button(label, size);
    ImGui::PopStyleColor(4);
    return pressed;
}

void meter_at(ImDrawList* dl, ImVec2 a, ImVec2 b, std::optional<double> fraction, ImVec4 color) {
    const Palette& p = palette();
    const float h = b.y - a.y;
    // Both colours are opaque, as fill_round_rect needs: the track is the card tinted by the
    // muted text colour rather than a translucent overlay.
    fill_round_rect(dl, a, b, col(mix(p.card_bg, p.text_muted, 0.22f)), h * 0.5f);
    if (fraction && *fraction > 0.0) {
        const float w = (b.x - a.x) * static_cast<float>(std::clamp(*fraction, 0.0, 1.0));
        fill_round_rect(dl, a, ImVec2(a.x + std::max(w, h), b.y), col(color), h * 0.5f);
    }
}

void meter(ImVec2 size, std::optional<double> fraction, ImVec4 color) {
    const ImVec2 a = ImGui::GetCursorScreenPos();
    meter_at(ImGui::GetWindowDrawList(), a, ImVec2(a.x + size.x, a.y + size.y), fraction, color);
    ImGui::Dummy(size);
}

void check_mark(ImDrawList* dl, ImVec2 min, float size, ImU32 color) {
    const ImVec2 pts[3] = {ImVec2(min.x + size * 0.15f, min.y + size * 0.52f),
                           ImVec2(min.x + size * 0.40f, min.y + size * 0.76f),
                           ImVec2(min.x + size * 0.86f, min.y + size * 0.24f)};
    dl->AddPolyline(pts, 3, color, 0, std::max(1.5f, size * 0.14f));
}

int score_chart(const char* id, const std::vector<double>& percent, ImVec2 size, const char* first,
                const char* last) {
    const Palette& p = palette();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, size);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();

    ImGui::PushFont(fonts().small);
    const float label_h = ImGui::GetFontSize();
    const float label_w = ImGui::CalcTextSize("100 %").x;
    const float k = ImGui::GetFontSize() / 14.5f;  // the small font at the 17 px reference
    const float r = 4.0f * k;                       // point radius
    const float x0 = pos.x + label_w + 10 * k, x1 = pos.x + size.x - r * 2;
    const float y0 = pos.y + label_h * 0.5f, y1 = pos.y + size.y - label_h * 1.6f;
    auto y_of = [&](double v) { return y1 - (y1 - y0) * static_cast<float>(std::clamp(v, 0.0, 100.0) / 100.0); };

    // Gridlines at 25/50/75 are faint; the 0 % baseline is the axis and drawn in full.
    for (int g = 0; g <= 100; g += 25) {
        const float y = y_of(g);
        const ImU32 c = g == 0 ? col(p.text_muted, 0.6f) : col(p.border);
        dl->AddLine(ImVec2(x0, y), ImVec2(x1 + r, y), c, g == 0 ? 1.5f : 1.0f);
        char buf[16];
        std::snprintf(buf, sizeof buf, "%d %%", g);
        const float w = ImGui::CalcTextSize(buf).x;
        dl->AddText(ImVec2(x0 - 8 * k - w, y - label_h * 0.5f), col(p.text_muted), buf);
    }
    if (first) dl->AddText(ImVec2(x0, y1 + label_h * 0.4f), col(p.text_muted), first);
    if (last && percent.size() > 1) {
        const float w = ImGui::CalcTextSize(last).x;
        dl->AddText(ImVec2(x1 + r - w, y1 + label_h * 0.4f), col(p.text_muted), last);
    }
    ImGui::PopFont();

    const int n = static_cast<int>(percent.size());
    if (n == 0) return -1;
    // Evenly spaced by attempt rather than by date: attempts cluster in sessions, and a time axis
    // would pile a whole afternoon onto one spot.
    const float inset = r * 2;
    const float step = n > 1 ? (x1 - x0 - inset * 2) / static_cast<float>(n - 1) : 0.0f;
    std::vector<ImVec2> pts(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        pts[static_cast<std::size_t>(i)] =
            ImVec2(n > 1 ? x0 + inset + step * static_cast<float>(i) : (x0 + x1) * 0.5f, y_of(percent[static_cast<std::size_t>(i)]));

    int hot = -1;
    if (hovered) {
        const float mx = ImGui::GetIO().MousePos.x;
        hot = n > 1 ? static_cast<int>(std::lround((mx - x0 - inset) / step)) : 0;
        hot = std::clamp(hot, 0, n - 1);
        dl->AddLine(ImVec2(pts[static_cast<std::size_t>(hot)].x, y0), ImVec2(pts[static_cast<std::size_t>(hot)].x, y1),
                    col(p.accent, 0.35f), 1.0f);
    }

    // A faint area under the line; anti-aliased fill is off so neighbouring quads show no seam.
    const ImDrawListFlags saved = dl->Flags;
    dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    for (int i = 0; i + 1 < n; ++i) {
        const ImVec2 a = pts[static_cast<std::size_t>(i)], b = pts[static_cast<std::size_t>(i + 1)];
        dl->AddQuadFilled(a, b, ImVec2(b.x, y1), ImVec2(a.x, y1), col(p.accent, 0.10f));
    }
    dl->Flags = saved;
    if (n > 1) dl->AddPolyline(pts.data(), n, col(p.accent), 0, 2.0f * k);
    // Past about one point per 3 radii the rings merge into a blur: the line alone reads better.
    const bool rings = n == 1 || step > r * 3;
    for (int i = 0; i < n; ++i) {
        const ImVec2 c = pts[static_cast<std::size_t>(i)];
        if (i == hot) {
            dl->AddCircleFilled(c, r * 1.7f, col(p.accent));
            dl->AddCircleFilled(c, r * 0.8f, col(p.card_bg));
        } else if (rings) {
            dl->AddCircleFilled(c, r, col(p.card_bg));
            dl->AddCircle(c, r, col(p.accent), 0, 2.0f * k);
        }
    }
    return hot;
}

// Green from 80 % (where the debrief stops suggesting a retry), amber from 50 %, red below.
ImVec4 mastery_color(double fraction) {
    const Palette& p = palette();
    return fraction >= 0.8 ? p.good : fraction >= 0.5 ? p.warn : p.bad;
}

void card_heading(const char* title, const char* note) {
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(title);
    const float big = ImGui::GetTextLineHeight();
    ImGui::PopFont();
    if (note) {
        ImGui::SameLine();
        ImGui::PushFont(fonts().small);
        // Roughly baseline-aligned with the bold title (the ascent is about 3/4 of a line).
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (big - ImGui::GetTextLineHeight()) * 0.75f);
        ImGui::TextColored(palette().text_muted, "%s", ellipsize(note, ImGui::GetContentRegionAvail().x).c_str());
        ImGui::PopFont();
    }
}

}  // namespace clearance::ui
