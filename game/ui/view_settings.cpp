// The settings screen: theme, text size, interface language and where progress is kept.
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace clearance::ui {

void view_settings(const Model& model, std::vector<Intent>& intents) {
    screen_title(tr("Settings"), tr("Changes apply at once and are saved for this user."));
    ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.5f));

    core::Settings s = model.settings;
    bool changed = false;
    const float label_w = ImGui::GetFontSize() * 10.0f;

    auto label = [&](const char* text) {
        ImGui::AlignTextToFramePadding();
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(tr(text));
        ImGui::PopFont();
        ImGui::SameLine(label_w);
    };

    label("Theme");
    for (core::Theme t : {core::Theme::light, core::Theme::dark, core::Theme::high_contrast}) {
        const char* names[] = {"Light", "Dark", "High contrast"};
        if (ImGui::RadioButton(tr(names[static_cast<int>(t)]), s.theme == t)) {
            s.theme = t;
            changed = true;
        }
        ImGui::SameLine();
    }
    ImGui::NewLine();

    label("Text size");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
    int size = s.font_size;
    // Applied when the slider is released: rebuilding the font atlas on every drag step would
    // stall the frame.
    ImGui::SliderInt("##font_size", &size, core::Settings::min_font_size,
                     core::Settings::max_font_size, "%d px");
    if (ImGui::IsItemDeactivatedAfterEdit() || (size != s.font_size && !ImGui::IsItemActive())) {
        s.font_size = size;
        changed = true;
    }

    label("Language");
    const char* langs[] = {"en", "fr"};
    const char* lang_names[] = {"English", "Français"};
    for (int i = 0; i < 2; ++i) {
        if (ImGui::RadioButton(lang_names[i], s.language == langs[i])) {
            s.language = langs[i];
            changed = true;
        }
        ImGui::SameLine();
    }
    ImGui::NewLine();

    label("Progress file");
    ImGui::PushFont(fonts().mono);
    ImGui::TextUnformatted(model.db_path.c_str());
    ImGui::PopFont();

    label("Font");
    ImGui::PushFont(fonts().small);
    muted_text(model.font_face.c_str());
    ImGui::PopFont();

    if (changed) intents.push_back(ChangeSettings{s});
}

}  // namespace clearance::ui
