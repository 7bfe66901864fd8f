// The classify panel: the goods to classify, the code entry checked as it is typed (parsed with
// HsCode, looked up in the nomenclature) and the HS browser below it, which fills the entry when
// the trainee uses a code.
#include "core/feedback_text.h"
#include "core/scenario_fields.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/probe.h"
#include "ui/step_panels.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>

namespace clearance::ui {

namespace {

std::string trimmed(const char* s) {
    std::string_view v(s);
    while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
    while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back()))) v.remove_suffix(1);
    return std::string(v);
}

// The description of the goods line the step points at, whatever document holds it: invoices
// and packing lists have lines, declarations items, certificates goods.
std::optional<core::DocumentField> goods_description(const core::Scenario& sc, const core::GoodsRef& ref,
                                                     std::string_view lang) {
    if (ref.line <= 0) return std::nullopt;
    for (const char* list : {"lines", "items", "goods"}) {
        const std::string id = ref.document + "." + list + "[" + std::to_string(ref.line) + "].description";
        if (auto f = core::find_document_field(sc.documents, id, lang)) return f;
    }
    return std::nullopt;
}


void goods_card(const PanelContext& ctx, const core::ClassifyStep& step) {
    if (!ctx.scenario || !step.goods) return;
    const auto desc = goods_description(*ctx.scenario, *step.goods, ctx.lang);
    if (!desc) return;
    panel::begin_box("##goods");
    ImGui::PushFont(fonts().small);
    ImGui::TextColored(palette().text_muted, "%s", tr("Goods to classify"));
    ImGui::PopFont();
    ImGui::PushFont(fonts().bold);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(desc->value.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    // Where it is printed, so the trainee can find the rest of the line on the paper.
    const core::Document* doc = ctx.scenario->find_document(step.goods->document);
    if (doc) {
        char where[160];
        std::snprintf(where, sizeof where, tr("%s, line %d"), core::document_title(*doc, ctx.lang, language()).c_str(), step.goods->line);
        ImGui::PushFont(fonts().small);
        ImGui::TextColored(palette().text_muted, "%s", where);
        ImGui::PopFont();
    }
    panel::end_box();
}

// A check or a cross at the start of a text line: the body font has no such glyphs.
void status_mark(bool ok, const ImVec4& color) {
    const float h = ImGui::GetTextLineHeight();
    const float s = h * 0.5f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float y = p.y + h * 0.5f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 c = ImGui::GetColorU32(color);
    if (ok) {
        const ImVec2 pts[] = {ImVec2(p.x, y), ImVec2(p.x + s * 0.38f, y + s * 0.38f), ImVec2(p.x + s, y - s * 0.5f)};
        dl->AddPolyline(pts, 3, c, 0, 2.2f);
    } else {
        dl->AddLine(ImVec2(p.x, y - s * 0.5f), ImVec2(p.x + s, y + s * 0.5f), c, 2.2f);
        dl->AddLine(ImVec2(p.x, y + s * 0.5f), ImVec2(p.x + s, y - s * 0.5f), c, 2.2f);
    }
    ImGui::Dummy(ImVec2(s, h));
    ImGui::SameLine(0, h * 0.35f);
}

}  // namespace

void ClassifyPanel::set_code(std::string_view s) {
    const std::size_t n = std::min(s.size(), sizeof code - 1);
    std::memcpy(code, s.data(), n);
    code[n] = '\0';
}

core::ClassifyAnswer ClassifyPanel::answer() const { return core::ClassifyAnswer{trimmed(code)}; }

std::string ClassifyPanel::blocker() const {
    const std::string c = trimmed(code);
    if (c.empty()) return tr("Enter an HS code.");
    std::string why;
    if (!core::HsCode::parse(c, &why)) return core::translate_phrase(why, language());
    return {};
}

bool ClassifyPanel::draw(const PanelContext& ctx, const core::ClassifyStep& step) {
    const Palette& p = palette();
    const float em = ImGui::GetFontSize();
    panel::header(ctx);
    goods_card(ctx, step);

    // ---- the code entry: large, with its label, level and the browser toggle centred on it ----
    const float row_y = ImGui::GetCursorPosY();
    const float big_h = fonts().title->FontSize + ImGui::GetStyle().FramePadding.y * 2;
    auto centred = [&](float h) { ImGui::SetCursorPosY(row_y + std::max(0.0f, (big_h - h) * 0.5f)); };
    centred(ImGui::GetFrameHeight());
    ImGui::AlignTextToFramePadding();
    panel::section(tr("HS code"));
    ImGui::SameLine();
    ImGui::SetCursorPosY(row_y);
    ImGui::PushFont(fonts().title);
    ImGui::SetNextItemWidth(em * 10.0f);
    // Typing the code is what the step is about: the field has the keyboard from the start.
    if (focus_code && !ctx.locked) ImGui::SetKeyboardFocusHere();
    focus_code = false;
    const bool enter = ImGui::InputTextWithHint("##code", tr("e.g. 0901.21"), code, sizeof code,
                                                ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    probe("classify.code");
    ImGui::PopFont();
    ImGui::SameLine();
    centred(fonts().small->FontSize + 4);
    pill(step.key.level == core::HsLevel::heading ? tr("Heading asked · 4 digits") : tr("Subheading asked · 6 digits"),
         p.text_muted);
    if (ctx.hs) {
        const char* toggle = browser_open ? tr("Hide the HS browser") : tr("Open the HS browser");
        // One id whatever the label says (open or hide, English or French).
        const std::string toggle_id = std::string(toggle) + "###hs_browser_toggle";
        const float bw = ImGui::CalcTextSize(toggle).x + ImGui::GetStyle().FramePadding.x * 2;
        // Right-aligned after the pill when both fit with a gap; else on a line of its own.
        const float pill_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetScrollX() +
                               ImGui::GetStyle().ItemSpacing.x * 2;
        const float right = ImGui::GetWindowContentRegionMax().x - bw;
        if (right >= pill_end) {
            ImGui::SameLine(right);
            centred(ImGui::GetFrameHeight());
        } else {
            ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), row_y + big_h + ImGui::GetStyle().ItemSpacing.y));
            ImGui::SetCursorPosX(right);
        }
        if (panel::quiet_button(toggle_id.c_str())) browser_open = !browser_open;
    }
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), row_y + big_h + ImGui::GetStyle().ItemSpacing.y));

    // ---- what the code means, as it is typed ----
    const std::string typed = trimmed(code);
    std::string why;
    const auto parsed = typed.empty() ? std::nullopt : core::HsCode::parse(typed, &why);
    ImGui::PushTextWrapPos(0);
    if (typed.empty()) {
        ImGui::TextColored(p.text_muted, "%s", tr("Type the digits, e.g. 0901.21, or find the code in the browser below."));
    } else if (!parsed) {
        status_mark(false, p.bad);
        ImGui::TextColored(p.bad, "%s", core::translate_phrase(why, language()).c_str());
    } else if (!ctx.hs) {
        status_mark(true, p.good);
        ImGui::TextColored(p.good, "%s", parsed->str().c_str());
    } else if (const core::HsNode* n = ctx.hs->find(*parsed)) {
        status_mark(true, p.good);
        ImGui::TextColored(p.good, "%s \xC2\xB7", n->display_code().c_str());
        ImGui::SameLine(0, em * 0.3f);
        ImGui::TextUnformatted(n->description.c_str());
        if (parsed->level() < step.key.level)
            ImGui::TextColored(p.warn, "%s",
                               step.key.level == core::HsLevel::subheading
                                   ? tr("This is not yet a subheading: add the two digits of the subheading.")
                                   : tr("This is not yet a heading: add the two digits of the heading."));
    } else {
        ImGui::TextColored(p.warn, "%s", ctx.hs->missing_reason(*parsed).c_str());
    }
    ImGui::PopTextWrapPos();

    // ---- the browser ----
    if (ctx.hs && browser_open) {
        if (!browser) browser = std::make_unique<HsBrowser>(*ctx.hs);
        // Follow what is typed in the tree, unless the trainee is searching there.
        if (parsed && typed != shown_in_browser && browser->query().empty()) browser->reveal(typed);
        shown_in_browser = typed;
        ImGui::Dummy(ImVec2(0, em * 0.2f));
        const float h = std::max(em * 20, ImGui::GetContentRegionAvail().y);
        browser->draw(ImVec2(0, h));
        if (auto picked = browser->take_picked()) {
            set_code(*picked);
            shown_in_browser = *picked;
        }
    }
    return enter;
}

}  // namespace clearance::ui
