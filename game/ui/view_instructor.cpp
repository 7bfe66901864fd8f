// The instructor's screen ("Class"): behind the instructor passphrase, every trainee of this
// progress file with their mastery per field of work, weakest first (who struggles), and the
// graded steps whose item analysis says they need a second look (which items are bad).
//
// Draws model.instructor only; the app checks the passphrase and reads the reports
// (app/instructor_desk.h). Locked, it offers the passphrase field, or setting the first one.
#include "core/item_quality.h"
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace clearance::ui {

namespace {

// UI-only state: what is being typed. Cleared once it has been sent.
struct InstructorTyping {
    std::string passphrase;
    std::string confirm;
    std::string problem;  // the two passphrases differ, or too short
};
InstructorTyping typing;

void lock_card(const Model& model, std::vector<Intent>& intents) {
    const Palette& p = palette();
    const InstructorState& st = model.instructor;
    const float em = ImGui::GetFontSize();
    const float width = std::min(ImGui::GetContentRegionAvail().x, em * 30);
    const float fields = st.passphrase_set ? 1.0f : 2.0f;
    const float height = ImGui::GetStyle().WindowPadding.y * 2 + ImGui::GetTextLineHeightWithSpacing() * 4.5f +
                         ImGui::GetFrameHeightWithSpacing() * (fields + 1);
    begin_card("##lock", ImVec2(width, height));
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(st.passphrase_set ? tr("Instructor passphrase") : tr("Set the instructor passphrase"));
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0);
    ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
    ImGui::TextUnformatted(st.passphrase_set
                               ? tr("The class's results are for the instructor: enter the passphrase to see them.")
                               : tr("No passphrase protects this progress file yet. Choose one of at least 8 "
                                    "characters; trainees will not see the class's results without it."));
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    bool send = ImGui::InputTextWithHint("##passphrase", tr("Passphrase"), &typing.passphrase,
                                         ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
    probe("instructor.passphrase");
    if (!st.passphrase_set) {
        ImGui::SetNextItemWidth(-1);
        send |= ImGui::InputTextWithHint("##confirm", tr("The same again"), &typing.confirm,
                                         ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
        probe("instructor.confirm");
    }
    send |= primary_button(st.passphrase_set ? tr("Unlock") : tr("Set and unlock"));
    probe("instructor.unlock");
    const std::string& message = !typing.problem.empty() ? typing.problem : st.message;
    if (!message.empty()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(p.bad, "%s", message.c_str());
    }
    if (send) {
        typing.problem.clear();
        if (st.passphrase_set) {
            intents.push_back(UnlockInstructor{typing.passphrase});
        } else if (typing.passphrase.size() < 8) {
            typing.problem = tr("At least 8 characters, please.");
        } else if (typing.passphrase != typing.confirm) {
            typing.problem = tr("The two passphrases differ.");
        } else {
            intents.push_back(SetInstructorPassphrase{typing.passphrase});
        }
        if (typing.problem.empty()) typing = {};
    }
    end_card();
}

// A mastery cell: the percent in its colour, or a dash.
void mastery_cell(std::optional<double> mastery) {
    if (mastery) ImGui::TextColored(mastery_color(*mastery), "%s", format_percent(*mastery * 100).c_str());
    else ImGui::TextColored(palette().text_muted, "—");
}

void cohort_card(const InstructorState& st, float height) {
    begin_card("##cohort", ImVec2(0, height));
    char note[96];
    std::snprintf(note, sizeof note, tr("%d trainees, weakest first"), static_cast<int>(st.cohort.size()));
    card_heading(tr("Trainees"), st.cohort.size() > 1 ? note : nullptr);
    std::vector<const core::CohortRow*> rows;
    for (const core::CohortRow& r : st.cohort) rows.push_back(&r);
    // Who struggles first; those with no finished attempt yet at the end.
    std::stable_sort(rows.begin(), rows.end(), [](const core::CohortRow* a, const core::CohortRow* b) {
        if (a->overall.has_value() != b->overall.has_value()) return a->overall.has_value();
        return a->overall && *a->overall < *b->overall;
    });
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp |
                                  ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_NoSavedSettings;
    if (ImGui::BeginTable("##trainees", 3 + static_cast<int>(core::all_topics.size()), flags)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr("Trainee"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(tr("Attempts"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
        ImGui::TableSetupColumn(tr("Overall"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
        for (core::Topic t : core::all_topics) ImGui::TableSetupColumn(topic_name(t), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const core::CohortRow& r = *rows[i];
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(r.name.c_str());
            probe(("instructor.trainee." + std::to_string(i)).c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::Text("%d", r.attempts);
            ImGui::TableSetColumnIndex(2);
            mastery_cell(r.overall);
            for (std::size_t t = 0; t < r.topics.size() && t < core::all_topics.size(); ++t) {
                ImGui::TableSetColumnIndex(3 + static_cast<int>(t));
                mastery_cell(r.topics[t].mastery);
            }
        }
        ImGui::EndTable();
    }
    if (rows.empty()) muted_text(tr("No trainee in this progress file yet."));
    end_card();
}

const std::string& title_of(const Model& model, const std::string& scenario_id) {
    for (const ScenarioItem& s : model.scenarios)
        if (s.id == scenario_id && !s.title.empty()) return s.title;
    return scenario_id;
}

void items_card(const Model& model, const InstructorState& st) {
    begin_card("##items", ImVec2(0, 0));
    struct Flagged {
        const core::ItemRow* item;
        core::ItemConcern concern;
    };
    std::vector<Flagged> flagged;
    int judged = 0;
    for (const core::ItemRow& i : st.items.items) {
        const core::ItemConcern c = core::item_concern(i);
        if (c == core::ItemConcern::too_few_answers) continue;
        ++judged;
        if (c != core::ItemConcern::none) flagged.push_back({&i, c});
    }
    // The most serious first (the enum is in that order), then the least answered correctly.
    std::stable_sort(flagged.begin(), flagged.end(), [](const Flagged& a, const Flagged& b) {
        if (a.concern != b.concern) return a.concern < b.concern;
        return a.item->facility.value_or(1) < b.item->facility.value_or(1);
    });
    char note[160];
    std::snprintf(note, sizeof note, tr("%d of %d steps with at least %d answers"), static_cast<int>(flagged.size()),
                  judged, core::item_min_responses);
    card_heading(tr("Items to look at"), judged > 0 ? note : nullptr);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp |
                                  ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_NoSavedSettings;
    if (!flagged.empty() && ImGui::BeginTable("##flagged", 6, flags)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr("Scenario"), ImGuiTableColumnFlags_WidthStretch, 2.2f);
        ImGui::TableSetupColumn(tr("Step"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn(tr("Answers"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
        ImGui::TableSetupColumn(tr("Facility"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
        ImGui::TableSetupColumn(tr("Discrimination"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(tr("Why"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableHeadersRow();
        for (std::size_t n = 0; n < flagged.size(); ++n) {
            const core::ItemRow& i = *flagged[n].item;
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(title_of(model, i.scenario_id).c_str());
            probe(("instructor.item." + std::to_string(n)).c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(i.step_id.c_str());
            ImGui::TableSetColumnIndex(2);
            ImGui::Text("%d", i.responses);
            ImGui::TableSetColumnIndex(3);
            ImGui::TextUnformatted(i.facility ? format_number(*i.facility, 2).c_str() : "—");
            ImGui::TableSetColumnIndex(4);
            ImGui::TextUnformatted(i.discrimination ? format_number(*i.discrimination, 2).c_str() : "—");
            ImGui::TableSetColumnIndex(5);
            const bool serious = flagged[n].concern == core::ItemConcern::key_suspect;
            ImGui::PushTextWrapPos(0);
            ImGui::TextColored(serious ? palette().bad : palette().warn, "%s",
                               tr(core::item_concern_text(flagged[n].concern)));
            ImGui::PopTextWrapPos();
        }
        ImGui::EndTable();
    }
    if (flagged.empty())
        muted_text(judged == 0 ? tr("Item analysis needs at least 5 answers to a step; none has that many yet.")
                               : tr("No step stands out: facility and discrimination are within the usual bounds."));
    end_card();
}

}  // namespace

void view_instructor(const Model& model, std::vector<Intent>& intents) {
    const InstructorState& st = model.instructor;
    screen_title(tr("Class"), tr("Who struggles and which steps need a second look, over every trainee of this "
                                 "progress file."));
    ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.25f));
    if (!st.unlocked) {
        lock_card(model, intents);
        return;
    }
    if (soft_button(tr("Lock"))) intents.push_back(LockInstructor{});
    probe("instructor.lock");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(palette().text_muted, "%s", tr("Leaving this screen locks it too."));
    // The trainees' card as tall as its rows, between four rows and half the screen; the items
    // take the rest.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float row = ImGui::GetTextLineHeight() + style.CellPadding.y * 2;
    const float rows = static_cast<float>(std::max<std::size_t>(st.cohort.size(), 4) + 1);  // + the header
    const float wanted = style.WindowPadding.y * 2 + ImGui::GetTextLineHeightWithSpacing() + row * rows + 4;
    cohort_card(st, std::min(wanted, ImGui::GetContentRegionAvail().y * 0.5f));
    items_card(model, st);
}

}  // namespace clearance::ui
