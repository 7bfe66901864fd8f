// What every step panel shares: the amount entry, the step header, fitted cards, segmented
// choices and option cards, and StepPanel, which keeps the current step's draft.
#include "core/feedback_text.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/step_panels.h"
#include "ui/theme.h"
#include "ui/widgets.h"


#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cmath>
#include <cstring>

namespace clearance::ui {

// ---- AmountInput ------------------------------------------------------------------------------

void AmountInput::set(std::string_view s) {
    const std::size_t n = std::min(s.size(), sizeof text - 1);
    std::memcpy(text, s.data(), n);
    text[n] = '\0';
}

bool AmountInput::empty() const {
    for (const char* c = text; *c; ++c)
        if (!std::isspace(static_cast<unsigned char>(*c))) return false;
    return true;
}

std::optional<core::Money> AmountInput::value() const {
    if (empty()) return std::nullopt;
    if (currency.empty()) return core::Money::try_parse(text);
    return core::Money::try_parse(text, currency);
}

std::string AmountInput::error() const {
    if (empty()) return {};
    std::string why;
    const auto v = currency.empty() ? core::Money::try_parse(text, &why) : core::Money::try_parse(text, currency, &why);
    // Core explains in English; the trainee reads it in the interface language.
    return v ? std::string() : core::translate_phrase(why, language());
}

// ---- StepPanel ----------------------------------------------------------------------------------

void StepPanel::bind(const core::Scenario& scenario, const core::Step& step) {
    if (scenario.id == scenario_id_ && step.id == step_id_ && !std::holds_alternative<std::monostate>(draft_)) return;
    scenario_id_ = scenario.id;
    step_id_ = step.id;
    std::visit(
        [&](const auto& body) {
            using T = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<T, core::BriefStep>) draft_.emplace<BriefPanel>();
            else if constexpr (std::is_same_v<T, core::ClassifyStep>) draft_.emplace<ClassifyPanel>();
            else if constexpr (std::is_same_v<T, core::ValueStep>) draft_.emplace<ValuePanel>().reset(body);
            else if constexpr (std::is_same_v<T, core::OriginStep>) draft_.emplace<OriginPanel>().reset(body);
            else if constexpr (std::is_same_v<T, core::AssessStep>) draft_.emplace<AssessPanel>().reset(body);
            else if constexpr (std::is_same_v<T, core::InspectStep>) draft_.emplace<InspectPanel>();
            else if constexpr (std::is_same_v<T, core::RiskStep>) draft_.emplace<RiskPanel>().reset(body);
            else if constexpr (std::is_same_v<T, core::ChooseStep>) draft_.emplace<ChoosePanel>();
            else draft_.emplace<QuizPanel>().reset(body);
        },
        step.body);
}

bool StepPanel::draw(const PanelContext& ctx) {
    if (!ctx.scenario || !ctx.step) return false;
    bind(*ctx.scenario, *ctx.step);
    ImGui::PushID(step_id_.c_str());
    ImGui::BeginDisabled(ctx.locked);
    bool submit = false;
    const core::Step& step = *ctx.step;
    std::visit(
        [&](auto& d) {
            using T = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<T, BriefPanel>) submit = d.draw(ctx);
            else if constexpr (std::is_same_v<T, ClassifyPanel>) submit = d.draw(ctx, std::get<core::ClassifyStep>(step.body));
            else if constexpr (std::is_same_v<T, ValuePanel>) submit = d.draw(ctx, std::get<core::ValueStep>(step.body));
            else if constexpr (std::is_same_v<T, OriginPanel>) submit = d.draw(ctx, std::get<core::OriginStep>(step.body));
            else if constexpr (std::is_same_v<T, AssessPanel>) submit = d.draw(ctx, std::get<core::AssessStep>(step.body));
            else if constexpr (std::is_same_v<T, InspectPanel>) submit = d.draw(ctx, std::get<core::InspectStep>(step.body));
            else if constexpr (std::is_same_v<T, RiskPanel>) submit = d.draw(ctx, std::get<core::RiskStep>(step.body));
            else if constexpr (std::is_same_v<T, ChoosePanel>) submit = d.draw(ctx, std::get<core::ChooseStep>(step.body));
            else if constexpr (std::is_same_v<T, QuizPanel>) submit = d.draw(ctx, std::get<core::QuizStep>(step.body));
        },
        draft_);
    ImGui::EndDisabled();
    ImGui::PopID();
    return submit && !ctx.locked;
}

std::optional<core::Answer> StepPanel::answer() const {
    return std::visit(
        [](const auto& d) -> std::optional<core::Answer> {
            using T = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<T, std::monostate> || std::is_same_v<T, BriefPanel>) return std::nullopt;
            else return core::Answer(d.answer());
        },
        draft_);
}

std::string StepPanel::blocker() const {
    return std::visit(
        [](const auto& d) -> std::string {
            using T = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<T, std::monostate>) return tr("No step is open.");
            else if constexpr (std::is_same_v<T, BriefPanel>) return {};
            else return d.blocker();
        },
        draft_);
}

const std::vector<std::string>* StepPanel::flagged() const {
    const auto* p = std::get_if<InspectPanel>(&draft_);
    return p ? &p->flagged : nullptr;
}

bool StepPanel::toggle_flag(const std::string& field_id) {
    auto* p = std::get_if<InspectPanel>(&draft_);
    return p ? p->toggle(field_id) : false;
}

// ---- helpers ----------------------------------------------------------------------------------

namespace panel {

namespace {


struct Box {
    ImDrawListSplitter splitter;
    ImDrawList* dl = nullptr;
    ImVec2 start;
    float width = 0;
    bool has_band = false;
    ImVec4 band;
};

// Cards are filled with fill_round_rect (widgets.h): bands the rasteriser fills row by row, not
// ImGui's fan of triangles that each span the whole card. Shared with the HS browser and the
// document view through step_panels.h.
// Boxes nest (a fact table inside a card), each with its own splitter; eight levels is plenty.
Box boxes[8];
int box_depth = 0;

}  // namespace


void header(const PanelContext& ctx) {
    if (!ctx.show_header || !ctx.step) return;
    const core::Step& step = *ctx.step;
    const Palette& p = palette();
    pill(kind_label(step.kind()), p.accent);
    ImGui::PushFont(fonts().title);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(step.title.get(ctx.lang).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    // Choose and brief steps show their prompt as the scene itself, in a card.
    if (step.kind() != core::StepKind::choose && step.kind() != core::StepKind::brief && !step.prompt.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(step.prompt.get(ctx.lang).c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.3f));
}

void section(const char* text) {
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void begin_box(const char* id, const ImVec4* band) {
    IM_ASSERT(box_depth < 8 && "boxes nested too deep");
    Box& b = boxes[box_depth++];
    b.dl = ImGui::GetWindowDrawList();
    b.start = ImGui::GetCursorScreenPos();
    b.width = ImGui::GetContentRegionAvail().x;
    b.has_band = band != nullptr;
    if (band) b.band = *band;
    b.splitter.Split(b.dl, 2);
    b.splitter.SetCurrentChannel(b.dl, 1);
    // A one-cell table gives the card its padding and, unlike a group, a right edge that the
    // widgets inside respect.
    const ImVec2 pad = ImGui::GetStyle().WindowPadding;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(pad.x * (band ? 1.2f : 0.9f), pad.y * 0.8f));
    ImGui::BeginTable(id, 1, ImGuiTableFlags_NoSavedSettings | ImGuiTableFlags_PadOuterX, ImVec2(b.width, 0));
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
}

void end_box() {
    IM_ASSERT(box_depth > 0 && "end_box without begin_box");
    Box& b = boxes[--box_depth];
    ImGui::EndTable();
    ImGui::PopStyleVar();
    const Palette& p = palette();
    const float bottom = ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y;
    const ImVec2 a = b.start, z(b.start.x + b.width, bottom);
    const float rounding = ImGui::GetStyle().ChildRounding;
    b.splitter.SetCurrentChannel(b.dl, 0);
    fill_round_rect(b.dl, a, z, ImGui::GetColorU32(p.card_bg), rounding);
    if (b.has_band) fill_round_rect(b.dl, a, ImVec2(a.x + 5, z.y), ImGui::GetColorU32(b.band), std::min(rounding, 2.5f), ImDrawFlags_RoundCornersLeft);
    b.dl->AddRect(a, z, ImGui::GetColorU32(p.border), rounding);
    b.splitter.Merge(b.dl);
}

void fact(const char* label, const std::string& value) {
    const float label_w = std::min(ImGui::GetFontSize() * 11, ImGui::GetContentRegionAvail().x * 0.42f);
    const float x = ImGui::GetCursorPosX();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::PushTextWrapPos(x + label_w - ImGui::GetStyle().ItemSpacing.x);
    ImGui::TextUnformatted(label);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::SameLine(x + label_w);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopTextWrapPos();
}

bool amount(const char* id, AmountInput& in, float width) {
    const Palette& p = palette();
    ImGui::PushID(id);
    ImGui::BeginGroup();
    // The currency code as a fixed prefix, so the trainee sees what an amount without a code means.
    const std::string code(in.currency.code());
    if (!code.empty()) {
        ImGui::PushFont(fonts().mono);
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(p.text_muted, "%s", code.c_str());
        ImGui::PopFont();
        ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    }
    ImGui::PushFont(fonts().mono);
    ImGui::SetNextItemWidth(width > 0 ? width : ImGui::GetContentRegionAvail().x);
    const bool enter = ImGui::InputTextWithHint("##amount", "0.00", in.text, sizeof in.text,
                                                ImGuiInputTextFlags_CharsNoBlank | ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::PopFont();
    const bool active = ImGui::IsItemActive();
    // While typing, errors would flash at every half-typed "1,2": show them once the field is left.
    const std::string err = in.error();
    if (!err.empty() && !active) {
        ImGui::PushFont(fonts().small);
        ImGui::PushStyleColor(ImGuiCol_Text, p.bad);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(err.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    ImGui::EndGroup();
    ImGui::PopID();
    return enter;
}

bool segmented(const char* id, const char* const* labels, int count, int& chosen, float width) {
    const Palette& p = palette();
    ImGui::PushID(id);
    const float gap = 2.0f;
    const float total = width > 0 ? width : ImGui::GetContentRegionAvail().x;
    const float w = (total - gap * (count - 1)) / count;
    bool changed = false;
    for (int i = 0; i < count; ++i) {
        if (i > 0) ImGui::SameLine(0, gap);
        const bool on = chosen == i;
        ImGui::PushStyleColor(ImGuiCol_Button, on ? p.accent : ImGui::GetStyle().Colors[ImGuiCol_FrameBg]);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, on ? p.accent : ImGui::GetStyle().Colors[ImGuiCol_FrameBgHovered]);
        ImGui::PushStyleColor(ImGuiCol_Text, on ? p.text_on_accent : p.text);
        ImGui::PushID(i);
        if (ImGui::Button(labels[i], ImVec2(w, 0)) || enter_on_item()) {
            if (chosen != i) changed = true;
            chosen = i;
        }
        ImGui::PopID();
        ImGui::PopStyleColor(3);
    }
    ImGui::PopID();
    return changed;
}

const char* kind_label(core::StepKind k) {
    switch (k) {
        case core::StepKind::brief: return tr("Briefing");
        case core::StepKind::classify: return tr("Classify");
        case core::StepKind::value: return tr("Value");
        case core::StepKind::origin: return tr("Origin");
        case core::StepKind::assess: return tr("Assess");
        case core::StepKind::inspect: return tr("Inspect");
        case core::StepKind::risk: return tr("Risk");
        case core::StepKind::choose: return tr("Decide");
        case core::StepKind::quiz: return tr("Question");
    }
    return "";
}

bool option_card(const char* id, const char* badge, const char* text, bool chosen, bool multi) {
    const Palette& p = palette();
    const float em = ImGui::GetFontSize();
    const float pad = em * 0.75f;
    const float badge_d = em * 1.6f;
    const float width = ImGui::GetContentRegionAvail().x;
    const float wrap = std::max(em * 4, width - pad * 3 - badge_d);
    const ImVec2 ts = ImGui::CalcTextSize(text, nullptr, false, wrap);
    const float h = std::max(ts.y, badge_d) + pad * 2;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(id, ImVec2(width, h)) || enter_on_item();
    const bool hovered = ImGui::IsItemHovered();
    const bool focused = ImGui::IsItemFocused() && ImGui::GetIO().NavVisible;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + width, pos.y + h);
    const float r = ImGui::GetStyle().ChildRounding;
    fill_round_rect(dl, pos, end, ImGui::GetColorU32(chosen ? p.accent_soft : hovered ? p.card_hover : p.card_bg), r);
    dl->AddRect(pos, end, ImGui::GetColorU32(chosen ? p.accent : p.border), r, 0, chosen ? 2.0f : 1.0f);
    if (focused) dl->AddRect(ImVec2(pos.x - 3, pos.y - 3), ImVec2(end.x + 3, end.y + 3), ImGui::GetColorU32(ImGuiCol_NavHighlight), r + 2, 0, 2.0f);
    // The badge: a disc (one answer) or a rounded square (several), filled when chosen.
    const ImVec2 bc(pos.x + pad + badge_d * 0.5f, pos.y + pad + badge_d * 0.5f);
    const ImU32 accent = ImGui::GetColorU32(p.accent);
    if (multi) {
        const ImVec2 a(bc.x - badge_d * 0.5f, bc.y - badge_d * 0.5f), b(bc.x + badge_d * 0.5f, bc.y + badge_d * 0.5f);
        if (chosen) dl->AddRectFilled(a, b, accent, em * 0.3f);
        else dl->AddRect(a, b, accent, em * 0.3f, 0, 1.5f);
    } else {
        if (chosen) dl->AddCircleFilled(bc, badge_d * 0.5f, accent);
        else dl->AddCircle(bc, badge_d * 0.5f, accent, 0, 1.5f);
    }
    ImGui::PushFont(fonts().bold);
    const ImVec2 bs = ImGui::CalcTextSize(badge);
    dl->AddText(ImVec2(bc.x - bs.x * 0.5f, bc.y - bs.y * 0.5f), ImGui::GetColorU32(chosen ? p.text_on_accent : p.accent), badge);
    ImGui::PopFont();
    const float ty = pos.y + pad + std::max(0.0f, (badge_d - ts.y) * 0.5f);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + pad * 2 + badge_d, ty), ImGui::GetColorU32(p.text), text,
                nullptr, wrap);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return pressed;
}

void divider() {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const float y = std::round(pos.y + ImGui::GetStyle().ItemSpacing.y * 0.5f);
    ImGui::GetWindowDrawList()->AddLine(ImVec2(pos.x, y), ImVec2(pos.x + w, y), ImGui::GetColorU32(palette().border));
    ImGui::Dummy(ImVec2(w, ImGui::GetStyle().ItemSpacing.y));
}

void rules_across(const std::vector<float>& ys, float x0, float x1) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (float y : ys) dl->AddLine(ImVec2(x0, y), ImVec2(x1, y), ImGui::GetColorU32(palette().border));
}

float row_top() { return std::round(ImGui::GetCursorScreenPos().y - ImGui::GetStyle().CellPadding.y); }

bool quiet_button(const char* label, ImVec2 size) {
    const ImVec4* c = ImGui::GetStyle().Colors;
    ImGui::PushStyleColor(ImGuiCol_Button, c[ImGuiCol_FrameBg]);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, c[ImGuiCol_FrameBgHovered]);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, c[ImGuiCol_FrameBgActive]);
    const bool pressed = ImGui::Button(label, size);
    ImGui::PopStyleColor(3);
    return pressed;
}

bool enter_on_item() {
    return ImGui::IsItemFocused() && (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                                      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false));
}

std::string letter(std::size_t i) {
    if (i < 26) return std::string(1, static_cast<char>('A' + i));
    return std::to_string(i + 1);
}

std::vector<std::size_t> display_order(const PanelContext& ctx, std::size_t n) {
    std::vector<std::size_t> order;
    std::vector<bool> seen(n, false);
    for (std::size_t i : ctx.option_order)
        if (i < n && !seen[i]) {
            seen[i] = true;
            order.push_back(i);
        }
    if (order.size() != n) {
        order.clear();
        for (std::size_t i = 0; i < n; ++i) order.push_back(i);
    }
    return order;
}

}  // namespace panel

// ---- brief ------------------------------------------------------------------------------------

bool BriefPanel::draw(const PanelContext& ctx) {
    panel::header(ctx);
    if (ctx.step && !ctx.step->prompt.empty()) {
        const ImVec4 band = palette().accent;
        panel::begin_box("##narrative", &band);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(ctx.step->prompt.get(ctx.lang).c_str());
        ImGui::PopTextWrapPos();
        panel::end_box();
    }
    if (ctx.step && !ctx.step->documents.empty()) {
        ImGui::PushFont(fonts().small);
        muted_text(tr("Read the documents beside this panel, then continue when you are ready."));
        ImGui::PopFont();
    }
    return false;
}

}  // namespace clearance::ui
