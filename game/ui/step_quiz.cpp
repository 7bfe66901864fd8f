// The quiz panel: single choice (round badges), multiple choice (square badges, several may be
// chosen), a number with its unit, or a short text.
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/probe.h"
#include "ui/step_panels.h"
#include "ui/theme.h"

#include <algorithm>
#include <cctype>
#include <cfloat>

namespace clearance::ui {

namespace {

std::string trimmed(std::string_view v) {
    while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
    while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back()))) v.remove_suffix(1);
    return std::string(v);
}

// The number typed; a trailing unit the question names ("%", "EUR") is allowed and dropped, so
// "42%" for a percentage means 42, not Decimal's 0.42.
std::optional<double> number_value(const char* text, const std::string& unit, std::string* why = nullptr) {
    std::string t = trimmed(text);
    if (!unit.empty() && t.size() >= unit.size() && t.compare(t.size() - unit.size(), unit.size(), unit) == 0)
        t = trimmed(std::string_view(t).substr(0, t.size() - unit.size()));
    if (t.empty()) return std::nullopt;
    const auto d = core::Decimal::try_parse(t, why);
    if (!d) return std::nullopt;
    double v = static_cast<double>(d->mantissa());
    for (int i = 0; i < d->scale(); ++i) v /= 10.0;
    return v;
}

}  // namespace

void QuizPanel::reset(const core::QuizStep& step) {
    *this = QuizPanel{};
    kind = step.kind;
    unit = step.unit;
}

bool QuizPanel::toggle_choice(const std::string& id) {
    auto it = std::find(choices.begin(), choices.end(), id);
    if (kind == core::QuizKind::single_choice) {
        choices.assign(1, id);
        return true;
    }
    if (it != choices.end()) {
        choices.erase(it);
        return false;
    }
    choices.push_back(id);
    return true;
}

core::QuizAnswer QuizPanel::answer() const {
    core::QuizAnswer a;
    switch (kind) {
        case core::QuizKind::single_choice:
        case core::QuizKind::multiple_choice: a.choices = choices; break;
        case core::QuizKind::numeric: a.number = number_value(number, unit); break;
        case core::QuizKind::short_text: a.text = trimmed(text); break;
    }
    return a;
}

std::string QuizPanel::blocker() const {
    std::string why;
    switch (kind) {
        case core::QuizKind::single_choice:
        case core::QuizKind::multiple_choice:
            return choices.empty() ? std::string(tr("Choose an answer.")) : std::string();
        case core::QuizKind::numeric:
            if (trimmed(number).empty()) return tr("Enter a number.");
            return number_value(number, unit, &why) ? std::string() : why;
        case core::QuizKind::short_text: return trimmed(text).empty() ? std::string(tr("Type your answer.")) : std::string();
    }
    return {};
}

bool QuizPanel::draw(const PanelContext& ctx, const core::QuizStep& step) {
    const Palette& p = palette();
    const float em = ImGui::GetFontSize();
    panel::header(ctx);
    bool submit = false;
    switch (kind) {
        case core::QuizKind::single_choice:
        case core::QuizKind::multiple_choice: {
            const bool multi = kind == core::QuizKind::multiple_choice;
            if (multi) {
                ImGui::PushFont(fonts().small);
                ImGui::TextColored(p.text_muted, "%s", tr("Choose every answer that applies: a wrong one costs as much as a right one earns."));
                ImGui::PopFont();
            }
            const auto order = panel::display_order(ctx, step.choices.size());
            for (std::size_t k = 0; k < order.size(); ++k) {
                const core::QuizChoice& c = step.choices[order[k]];
                ImGui::PushID(c.id.c_str());
                const bool on = std::find(choices.begin(), choices.end(), c.id) != choices.end();
                if (panel::option_card("##choice", panel::letter(k).c_str(), c.text.get(ctx.lang).c_str(), on, multi))
                    toggle_choice(c.id);
                if (probing()) probe(("option." + c.id).c_str());
                if (!multi && ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(0)) submit = true;
                ImGui::PopID();
            }
            break;
        }
        case core::QuizKind::numeric: {
            panel::begin_box("##numeric");
            ImGui::AlignTextToFramePadding();
            panel::section(tr("Your answer"));
            ImGui::SameLine(em * 8);
            ImGui::PushFont(fonts().mono);
            ImGui::SetNextItemWidth(em * 9);
            submit = ImGui::InputTextWithHint("##number", "0", number, sizeof number,
                                              ImGuiInputTextFlags_CharsNoBlank | ImGuiInputTextFlags_EnterReturnsTrue);
            const bool active = ImGui::IsItemActive();
            ImGui::PopFont();
            if (!unit.empty()) {
                ImGui::SameLine();
                ImGui::AlignTextToFramePadding();
                ImGui::TextColored(p.text_muted, "%s", unit.c_str());
            }
            std::string why;
            if (!active && !trimmed(number).empty() && !number_value(number, unit, &why))
                ImGui::TextColored(p.bad, "%s", why.c_str());
            panel::end_box();
            break;
        }
        case core::QuizKind::short_text: {
            panel::begin_box("##text");
            panel::section(tr("Your answer"));
            ImGui::SetNextItemWidth(-FLT_MIN);
            submit = ImGui::InputTextWithHint("##answer", tr("A word or a short phrase"), text, sizeof text,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
            ImGui::PushFont(fonts().small);
            ImGui::TextColored(p.text_muted, "%s", tr("Case and accents do not matter."));
            ImGui::PopFont();
            panel::end_box();
            break;
        }
    }
    return submit;
}

}  // namespace clearance::ui
