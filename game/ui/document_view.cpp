// The document tabs, the desk the paper lies on, and the ink of the current theme. The page
// itself is in document_page.cpp, the layouts of each kind of paper in document_<kind>.cpp.
#include "ui/document_view.h"

#include "core/scenario_fields.h"
#include "ui/document_page.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/step_panels.h"  // panel::fill_round_rect, until widgets.h has one
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cstdio>

namespace clearance::ui {

namespace paper {

namespace {

ImU32 rgba(int hex, float alpha = 1.0f) {
    return IM_COL32((hex >> 16) & 0xff, (hex >> 8) & 0xff, hex & 0xff, static_cast<int>(alpha * 255));
}

ImU32 with_alpha(const ImVec4& c, float alpha) { return ImGui::ColorConvertFloat4ToU32(ImVec4(c.x, c.y, c.z, alpha)); }

}  // namespace

Ink current_ink() {
    const Palette& p = palette();
    const ImVec4 bg = p.window_bg;
    const bool hc = p.border.x > 0.99f && p.border.y > 0.99f && p.border.z > 0.99f;
    const bool light = 0.2126f * bg.x + 0.7152f * bg.y + 0.0722f * bg.z > 0.5f;
    Ink k;
    k.high_contrast = hc;
    k.light = light;
    k.alarm = ImGui::ColorConvertFloat4ToU32(p.bad);
    k.focus = ImGui::ColorConvertFloat4ToU32(p.accent);
    if (hc) {
        // Pure black sheet, white print and rules: the 21:1 contrast of the theme.
        k.paper = rgba(0x000000);
        k.edge = rgba(0xFFFFFF);
        k.shadow = 0;
        k.ink = rgba(0xFFFFFF);
        k.muted = rgba(0xE0E0E0);
        k.rule = rgba(0xFFFFFF);
        k.heading = ImGui::ColorConvertFloat4ToU32(p.accent);
        k.tint = rgba(0x1A1A1A);
        k.stamp = ImGui::ColorConvertFloat4ToU32(p.accent);
        k.alarm_fill = with_alpha(p.bad, 0.28f);
        k.hover = with_alpha(p.accent, 0.30f);
    } else if (light) {
        // Cream office paper with near-black ink; the stamp in the violet-blue of stamp pads.
        k.paper = rgba(0xFFFDF6);
        k.edge = rgba(0xDCD5C4);
        k.shadow = rgba(0x1E2840, 0.07f);
        k.ink = rgba(0x22252B);
        k.muted = rgba(0x6F6A5E);
        k.rule = rgba(0xBDB5A3);
        k.heading = ImGui::ColorConvertFloat4ToU32(p.header_bg);
        k.tint = rgba(0xF3EEE1);
        k.stamp = rgba(0x2B46A6, 0.80f);
        k.alarm_fill = with_alpha(p.bad, 0.12f);
        k.hover = with_alpha(p.accent, 0.13f);
    } else {
        // A dimmed sheet: white paper would glare on a dark desk; ink stays warm off-white.
        k.paper = rgba(0x262C34);
        k.edge = rgba(0x3E4854);
        k.shadow = rgba(0x000000, 0.22f);
        k.ink = rgba(0xE8E4DA);
        k.muted = rgba(0xA5A195);
        k.rule = rgba(0x5A6470);
        k.heading = rgba(0x9CC3E6);
        k.tint = rgba(0x2F3640);
        k.stamp = rgba(0x8FA8FF, 0.80f);
        k.alarm_fill = with_alpha(p.bad, 0.20f);
        k.hover = with_alpha(p.accent, 0.20f);
    }
    return k;
}

}  // namespace paper

// ---- the view ---------------------------------------------------------------------------------

int flagged_in(const std::vector<std::string>& flagged, std::string_view document_id) {
    int n = 0;
    for (const std::string& f : flagged)
        if (f.size() > document_id.size() && f.compare(0, document_id.size(), document_id) == 0 &&
            f[document_id.size()] == '.')
            ++n;
    return n;
}

std::optional<std::string> DocumentView::draw_page(const core::Document& doc, const DocumentViewOptions& options,
                                                   float width) {
    if (frame_ != ImGui::GetFrameCount()) {
        drawn_.clear();
        frame_ = ImGui::GetFrameCount();
    }
    const float avail = ImGui::GetContentRegionAvail().x;
    const float margin = ImGui::GetFontSize();
    // A page reads best at about 50 em, the width of an A4 sheet at this text size. Below 34 em
    // an invoice's eight columns break words letter by letter: the desk scrolls sideways instead.
    const float w = width > 0 ? width : std::max(ImGui::GetFontSize() * 34, std::min(avail - margin * 2, ImGui::GetFontSize() * 50));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (avail - w) * 0.5f));
    ImGui::PushID(doc.id.c_str());
    paper::Page page(doc, options, drawn_);
    page.begin(w);
    std::visit(
        [&](const auto& c) {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, core::Invoice>) paper::draw_invoice(page, c);
            else if constexpr (std::is_same_v<T, core::PackingList>) paper::draw_packing_list(page, c);
            else if constexpr (std::is_same_v<T, core::TransportDocument>) paper::draw_transport(page, c);
            else if constexpr (std::is_same_v<T, core::CertificateOfOrigin>) paper::draw_certificate(page, c);
            else if constexpr (std::is_same_v<T, core::Declaration>) paper::draw_declaration(page, c);
            else if constexpr (std::is_same_v<T, core::ProductSheet>) paper::draw_product_sheet(page, c);
            else paper::draw_memo(page, c);
        },
        doc.content);
    page.end();
    ImGui::PopID();
    return page.toggled;
}

std::optional<std::string> DocumentView::draw(const std::vector<const core::Document*>& docs,
                                              const DocumentViewOptions& options, ImVec2 size) {
    const Palette& p = palette();
    std::optional<std::string> toggled;
    ImGui::BeginChild("##documents", size, false, ImGuiWindowFlags_NoScrollbar);
    if (docs.empty()) {
        muted_text(tr("This step comes with no documents."));
        ImGui::EndChild();
        return toggled;
    }
    if (ImGui::BeginTabBar("##tabs", ImGuiTabBarFlags_FittingPolicyScroll)) {
        for (const core::Document* d : docs) {
            char label[192];
            // A scenario's own title, or the name of the document's kind in the interface language.
            const std::string title = core::document_title(*d, options.lang, language());
            const int flags_here = options.inspect && options.flagged ? flagged_in(*options.flagged, d->id) : 0;
            // "###id" keeps the tab's identity when its title changes language or gains a count.
            if (flags_here > 0)
                std::snprintf(label, sizeof label, "%s \xC2\xB7 %d###%s", title.c_str(),
                              flags_here, d->id.c_str());
            else
                std::snprintf(label, sizeof label, "%s###%s", title.c_str(), d->id.c_str());
            const ImGuiTabItemFlags tf = open_request_ == d->id ? ImGuiTabItemFlags_SetSelected : 0;
            if (!ImGui::BeginTabItem(label, nullptr, tf)) continue;
            current_ = d->id;
            // The desk the paper lies on: a shade darker than the window, so the sheet stands out.
            const ImVec4 bg = p.window_bg;
            const ImVec4 desk = paper::current_ink().light ? ImVec4(bg.x * 0.93f, bg.y * 0.93f, bg.z * 0.94f, 1) : bg;
            // Filled by hand rather than as the child's background: see fill_round_rect.
            const ImVec2 at = ImGui::GetCursorScreenPos(), room = ImGui::GetContentRegionAvail();
            panel::fill_round_rect(ImGui::GetWindowDrawList(), at, ImVec2(at.x + room.x, at.y + room.y),
                                   ImGui::GetColorU32(desk), ImGui::GetStyle().ChildRounding);
            ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
            ImGui::BeginChild("##desk", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
            ImGui::PopStyleColor();
            ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.4f));
            if (options.inspect) {
                ImGui::Indent(ImGui::GetFontSize());
                pill(tr("Inspect"), p.warn);
                ImGui::SameLine();
                // Wrapped within the visible desk, beside the pill: in French the line is longer
                // than the desk is wide.
                ImGui::BeginGroup();
                ImGui::PushFont(fonts().small);
                ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
                ImGui::PushTextWrapPos(ImGui::GetScrollX() + ImGui::GetWindowWidth() - ImGui::GetStyle().ScrollbarSize -
                                       ImGui::GetFontSize());
                ImGui::TextUnformatted(tr("Click a field, or focus it and press Space, to flag it. Click again to clear."));
                ImGui::PopTextWrapPos();
                ImGui::PopStyleColor();
                ImGui::PopFont();
                ImGui::EndGroup();
                ImGui::Unindent(ImGui::GetFontSize());
            }
            if (auto t = draw_page(*d, options)) toggled = std::move(t);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    open_request_.clear();
    ImGui::EndChild();
    return toggled;
}

}  // namespace clearance::ui
