// The player screen: one step of the attempt being played. A header strip (scenario, step, mode,
// timer, "Save and leave"), the step's documents as paper on the left, and on the right the
// step's panel with the hints taken and, once answered, the result; a footer under the panel
// holds the hint button and the main action (Submit, Continue, Next step).
//
// The session is read only: every action is an intent the app applies between frames. The view
// keeps the draft of the current step (StepPanel) and the document tabs, and starts both afresh
// when the attempt or the step changes, so a new step never inherits the last one's answer.
#include "core/answer_text.h"
#include "ui/document_view.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/player_parts.h"
#include "ui/probe.h"
#include "ui/step_panels.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <algorithm>
#include <memory>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace clearance::ui {

namespace {

// UI-only state of the screen. The caches (documents, panel context with its option order) are
// rebuilt when the step object, the scenario object or the interface language changes, not
// every frame: the classify step's HS browser makes this the busiest screen, and a frame here
// only formats the few texts it shows.
struct PlayerUi {
    std::string attempt_uuid;
    std::string step_id;
    const core::Step* step = nullptr;  // what the caches below were built for
    // Held, not just pointed at: the caches point into this scenario, and holding it keeps a
    // new scenario from ever reusing its address while the caches still describe the old one.
    std::shared_ptr<const core::Scenario> scenario;
    std::string language;              // model.settings.language ctx.lang was chosen for
    StepPanel panel;
    DocumentView documents;
    std::vector<const core::Document*> docs;
    DocumentViewOptions doc_options;
    PanelContext ctx;
    bool to_top = true;        // scroll the answer column to the top on the next frame
    bool was_answered = false;
    // This view sent the answer from this draft. When not (an attempt resumed on an answered
    // step), the draft is empty and the recorded answer is shown in words instead.
    bool submitted = false;
    std::string recorded;  // the recorded answer in words, for that case
};

PlayerUi& state() {
    static PlayerUi s;
    return s;
}

void sync(PlayerUi& u, const Model& model, const core::Session& s, const core::Step& step) {
    if (model.play.attempt_uuid != u.attempt_uuid || step.id != u.step_id) {
        u.attempt_uuid = model.play.attempt_uuid;
        u.step_id = step.id;
        u.panel = StepPanel{};
        u.documents = DocumentView{};
        u.step = nullptr;
        u.to_top = true;
        u.was_answered = false;
        u.submitted = false;
        u.recorded.clear();
    }
    const core::Scenario& sc = s.scenario();
    if (u.step != &step || u.scenario != s.scenario_ptr() || u.language != model.settings.language) {
        u.step = &step;
        u.scenario = s.scenario_ptr();
        u.language = model.settings.language;
        const bool has = std::find(sc.languages.begin(), sc.languages.end(), u.language) != sc.languages.end();
        u.ctx.scenario = &sc;
        u.ctx.step = &step;
        u.ctx.lang = has ? u.language : std::string(core::fallback_language);
        u.ctx.option_order = s.option_order(step);
        u.doc_options.lang = u.ctx.lang;
        // The step's papers; a graded step that names none works on all of the scenario's. A
        // briefing that names none is text only and gets the whole width.
        u.docs.clear();
        if (!step.documents.empty()) {
            for (const std::string& id : step.documents)
                if (const core::Document* d = sc.find_document(id)) u.docs.push_back(d);
        } else if (step.graded()) {
            for (const core::Document& d : sc.documents) u.docs.push_back(&d);
        }
        // Bound before the first draw, so the document view sees the inspect flags at once.
        u.panel.bind(sc, step);
    }
    u.ctx.hs = model.hs;
    u.ctx.locked = s.answered();
    if (s.answered() && !u.was_answered) {
        u.to_top = true;  // bring the result into view
        const core::StepRecord* rec = !s.records().empty() && s.records().back().step_id == step.id ? &s.records().back() : nullptr;
        if (rec && !u.submitted) {
            u.recorded = core::answer_summary(sc, step, rec->answer, u.ctx.lang);
            // The flags go back on the papers, where the trainee put them.
            if (const auto* flags = std::get_if<core::InspectAnswer>(&rec->answer))
                if (auto* draft = std::get_if<InspectPanel>(&u.panel.draft())) draft->flagged = flags->flagged;
        }
    }
    u.was_answered = s.answered();
}

// Whether advancing from this (answered or brief) step certainly finishes the attempt. Steps
// later in the list may still be skipped by their conditions, so "not certainly" reads "Next".
bool ends_here(const core::Session& s, const core::Step& step) {
    std::optional<std::string> next = step.next;
    if (const auto* choose = std::get_if<core::ChooseStep>(&step.body);
        choose && !s.records().empty() && s.records().back().step_id == step.id) {
        const core::ChooseOptionSpec* o = core::find_option(*choose, s.records().back().option_id);
        if (o && o->next) next = o->next;
    }
    if (next) return *next == core::end_step_id;
    const auto index = s.scenario().step_index(step.id);
    return index && *index + 1 == s.scenario().steps.size();
}

// ---- the answer column -------------------------------------------------------------------------

void hints_shown(const Model& model) {
    const Palette& p = palette();
    for (const core::HintShown& h : model.play.hints) {
        ImGui::PushID(h.number);
        const ImVec4 band = p.warn;
        panel::begin_box("##hint", &band);
        char head[96];
        if (h.cost > 0)
            std::snprintf(head, sizeof head, tr("Hint %d \xC2\xB7 \xE2\x80\x93%s pt"), h.number, play::points(h.cost).c_str());
        else
            std::snprintf(head, sizeof head, tr("Hint %d \xC2\xB7 free"), h.number);
        ImGui::PushFont(fonts().small);
        ImGui::TextColored(p.warn, "%s", head);
        ImGui::PopFont();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(h.text.c_str());
        ImGui::PopTextWrapPos();
        panel::end_box();
        ImGui::PopID();
    }
}

void result_card(const core::Session& s, const core::Step& step, const std::string& lang) {
    const Palette& p = palette();
    const float em = ImGui::GetFontSize();
    const core::Grade* g = s.feedback();
    ImGui::BeginGroup();
    if (!g) {
        // Exams and shifts keep the verdict for the debrief, as a real shift does.
        const ImVec4 band = p.accent;
        panel::begin_box("##recorded", &band);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(tr("Answer recorded. Feedback comes in the debrief."));
        ImGui::PopTextWrapPos();
        panel::end_box();
        ImGui::EndGroup();
        probe("player.recorded");
        return;
    }
    const core::StepRecord* rec =
        !s.records().empty() && s.records().back().step_id == step.id ? &s.records().back() : nullptr;
    const ImVec4 band = play::score_color(g->score, g->max);
    panel::begin_box("##result", &band);
    const float y0 = ImGui::GetCursorPosY();
    ImGui::PushFont(fonts().title);
    ImGui::TextColored(band, "%s", play::score_text(g->score, g->max).c_str());
    ImGui::PopFont();
    ImGui::SameLine(0, em * 0.7f);
    // The verdict pill centred on the score; the line below follows the score, not the pill.
    ImGui::SetCursorPosY(y0 + (fonts().title->FontSize - fonts().small->FontSize) * 0.5f - 2);
    pill(play::score_verdict(g->score, g->max), band);
    ImGui::SetCursorPosY(y0 + fonts().title->FontSize + ImGui::GetStyle().ItemSpacing.y);
    if (rec && (rec->hints > 0 || rec->late)) {
        ImGui::PushFont(fonts().small);
        if (rec->hints > 0) {
            // The cost never takes a step below 0: a wrong answer loses nothing to its hints.
            char line[96];
            if (rec->hint_cost > 0)
                std::snprintf(line, sizeof line, tr("Hints taken: %d (\xE2\x80\x93%s pt)"), rec->hints, play::points(rec->hint_cost).c_str());
            else
                std::snprintf(line, sizeof line, tr("Hints taken: %d"), rec->hints);
            ImGui::TextColored(p.text_muted, "%s", line);
        }
        if (rec->late) ImGui::TextColored(p.bad, "%s", tr("Answered after the time limit: scored 0."));
        ImGui::PopFont();
    }
    if (!g->feedback.empty()) {
        panel::divider();
        play::feedback_lines(g->feedback);
    }
    if (!step.references.empty()) {
        panel::divider();
        ImGui::PushFont(fonts().small);
        ImGui::TextColored(p.text_muted, "%s", tr("References"));
        ImGui::PopFont();
        play::reference_pills(step.references);
    }
    const std::string& why = step.explanation.get(lang);
    if (!why.empty()) {
        panel::divider();
        panel::section(tr("Why"));
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(why.c_str());
        ImGui::PopTextWrapPos();
    }
    panel::end_box();
    ImGui::EndGroup();
    probe("player.feedback");
}

// A graded step not yet answered: the footer's action is Submit.
bool step_is_open(const core::Session& s) { return s.current() && s.current()->graded() && !s.answered(); }

// What the footer holds, decided before it is drawn: one row with the hint button on the left,
// the main action on the right and the message (a problem, the time, what the answer still
// lacks) between them. A narrow column moves the hint button to a row of its own, and a message
// with no room between them goes above. A one-line message fits the row, so the panel above
// does not jump as the message comes and goes.
struct FooterPlan {
    const char* message = nullptr;
    ImVec4 message_color;
    float message_w = 0, message_h = 0;  // wrapped at message_w
    bool message_above = false;
    bool hint = false;           // the hint button is offered
    bool no_hints_left = false;  // hints were offered and are used up
    char hint_label[128] = {};
    float hint_w = 0;            // the button, or the "No hints left" note
    const char* action = nullptr;  // Submit, Continue, Next step, See the debrief
    float action_w = 0;
    bool hint_row = false;  // the hint button on a row of its own
    float row_h = 0;
    float height = 0;
};

FooterPlan plan_footer(const Model& model, const core::Session& s, const core::Step& step, const std::string& blocker,
                       float w) {
    const Palette& p = palette();
    const ImGuiStyle& st = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    const float gap = st.ItemSpacing.x;
    FooterPlan f;
    const bool open = step.graded() && !s.answered();
    const play::Countdown cd = play::countdown(model.play);
    auto say = [&f](const char* text, ImVec4 color) {
        f.message = text;
        f.message_color = color;
    };
    if (!model.play.error.empty()) say(model.play.error.c_str(), p.bad);
    else if (open && cd.on && cd.left_ms <= 0) say(tr("Time is up: answers now score 0"), p.bad);
    else if (open && !blocker.empty()) say(blocker.c_str(), p.text_muted);

    if (!open) f.action = ends_here(s, step) ? tr("See the debrief") : step.graded() ? tr("Next step") : tr("Continue");
    else f.action = tr("Submit");
    f.action_w = std::max(ImGui::CalcTextSize(f.action).x + st.FramePadding.x * 2, em * 8.0f);

    if (open && core::mode_rules(s.mode()).hints && !step.hints.empty()) {
        const int taken = s.hints_taken();
        const int left = s.hints_left();
        if (left > 0 && taken < static_cast<int>(step.hints.size())) {
            f.hint = true;
            const double cost = step.hints[static_cast<std::size_t>(taken)].cost;
            const std::string pts = play::points(cost);
            char* out = f.hint_label;
            const std::size_t n = sizeof f.hint_label;
            auto label = [&](bool long_form) {
                if (long_form && cost > 0) std::snprintf(out, n, tr("Hint %d of %d (costs %s pt)"), taken + 1, taken + left, pts.c_str());
                else if (long_form) std::snprintf(out, n, tr("Hint %d of %d (free)"), taken + 1, taken + left);
                else if (cost > 0) std::snprintf(out, n, tr("Hint (%s pt)"), pts.c_str());
                else std::snprintf(out, n, "%s", tr("Hint (free)"));
                f.hint_w = ImGui::CalcTextSize(out, nullptr, true).x + st.FramePadding.x * 2;
            };
            label(true);
            if (f.hint_w + gap + f.action_w > w) label(false);
            f.hint_row = f.hint_w + gap + f.action_w > w;
            std::strncat(f.hint_label, "###hint", sizeof f.hint_label - std::strlen(f.hint_label) - 1);
        } else {
            f.no_hints_left = true;
            f.hint_w = ImGui::CalcTextSize(tr("No hints left")).x;
        }
    }

    const float frame_h = ImGui::GetFrameHeight();
    const float beside = f.hint_w > 0 && !f.hint_row ? f.hint_w + gap : 0.0f;
    f.message_w = w - beside - f.action_w - gap * 2;
    if (f.message && f.message_w < em * 7.0f) {
        f.message_above = true;
        f.message_w = w;
    }
    ImGui::PushFont(fonts().small);
    f.message_h = f.message ? ImGui::CalcTextSize(f.message, nullptr, false, f.message_w).y : 0.0f;
    ImGui::PopFont();
    f.row_h = std::max(frame_h, f.message && !f.message_above ? f.message_h : 0.0f);
    f.height = std::round(st.ItemSpacing.y * 1.75f + (f.message_above ? f.message_h + st.ItemSpacing.y : 0.0f) +
                          (f.hint_row ? frame_h + st.ItemSpacing.y : 0.0f) + f.row_h);
    return f;
}

void footer(const core::Session& s, PlayerUi& u, bool asked, const std::string& blocker, const FooterPlan& f, float w,
            std::vector<Intent>& intents) {
    const Palette& p = palette();
    const ImGuiStyle& st = ImGui::GetStyle();
    ImGui::BeginChild("##actions", ImVec2(w, f.height), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    dl->AddLine(ImVec2(top.x, top.y), ImVec2(top.x + w, top.y), ImGui::GetColorU32(p.border));
    ImGui::Dummy(ImVec2(0, st.ItemSpacing.y * 0.25f));

    auto message = [&](float wrap_w) {
        ImGui::PushFont(fonts().small);
        ImGui::PushStyleColor(ImGuiCol_Text, f.message_color);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_w);
        ImGui::TextUnformatted(f.message);
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        ImGui::PopFont();
    };
    if (f.message && f.message_above) message(f.message_w);

    // The hint: on the row's left, or alone on a row above it.
    auto hint = [&] {
        if (f.hint) {
            if (panel::quiet_button(f.hint_label)) intents.push_back(TakeHint{});
            probe("player.hint");
        } else if (f.no_hints_left) {
            ImGui::AlignTextToFramePadding();
            ImGui::TextColored(p.text_muted, "%s", tr("No hints left"));
        }
    };
    if (f.hint_row) hint();
    const float row_y = ImGui::GetCursorPosY();
    const float frame_h = ImGui::GetFrameHeight();
    float x = ImGui::GetCursorPosX();
    if (!f.hint_row && f.hint_w > 0) {
        ImGui::SetCursorPosY(row_y + (f.row_h - frame_h) * 0.5f);
        hint();
        x += f.hint_w + st.ItemSpacing.x;
    }
    if (f.message && !f.message_above) {
        ImGui::SetCursorPos(ImVec2(x, row_y + std::max(0.0f, (f.row_h - f.message_h) * 0.5f)));
        message(f.message_w);
    }

    // Right: the main action, the one accent button of the screen.
    ImGui::SetCursorPos(ImVec2(std::max(0.0f, ImGui::GetWindowContentRegionMax().x - f.action_w), row_y + (f.row_h - frame_h) * 0.5f));
    if (step_is_open(s)) {
        ImGui::BeginDisabled(!blocker.empty());
        const bool clicked = play::primary_button(f.action, ImVec2(f.action_w, 0));
        ImGui::EndDisabled();
        probe("player.submit");
        if (!blocker.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("%s", blocker.c_str());
        // A panel asks to submit with Enter in its last field or a double click on an option.
        if ((clicked || asked) && blocker.empty())
            if (auto a = u.panel.answer()) {
                intents.push_back(SubmitAnswer{std::move(*a)});
                u.submitted = true;
            }
    } else {
        bool go = play::primary_button(f.action, ImVec2(f.action_w, 0));
        probe("player.next");
        const bool on_button = ImGui::IsItemFocused();
        // Enter or Space moves on, unless the keyboard focus is visibly on another widget (then
        // Space is that widget's) or a text field has it.
        const ImGuiIO& io = ImGui::GetIO();
        const bool key = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                         ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false) ||
                         ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false);
        if (key && !io.WantTextInput && (!io.NavVisible || on_button)) go = true;
        if (go) intents.push_back(NextStep{});
    }
    ImGui::EndChild();
}

void answer_column(const Model& model, const core::Session& s, const core::Step& step, PlayerUi& u, float w, float h,
                   std::vector<Intent>& intents) {
    const ImGuiStyle& st = ImGui::GetStyle();
    const std::string blocker = step_is_open(s) ? u.panel.blocker() : std::string();
    const FooterPlan f = plan_footer(model, s, step, blocker, w);

    ImGui::BeginGroup();
    ImGui::BeginChild("##answer", ImVec2(w, std::max(ImGui::GetFrameHeight() * 3, h - f.height - st.ItemSpacing.y)), false);
    if (u.to_top) {
        ImGui::SetScrollY(0);
        u.to_top = false;
    }
    panel::header(u.ctx);
    hints_shown(model);
    if (s.answered() && step.graded()) {
        result_card(s, step, u.ctx.lang);
        ImGui::Dummy(ImVec2(0, st.ItemSpacing.y * 0.5f));
        panel::section(tr("Your answer"));
    }
    bool asked = false;
    if (s.answered() && step.graded() && !u.submitted && step.kind() != core::StepKind::inspect) {
        panel::begin_box("##recorded_answer");
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(u.recorded.c_str());
        ImGui::PopTextWrapPos();
        panel::end_box();
    } else {
        u.ctx.show_header = false;  // drawn above, with the hints and the result between
        asked = u.panel.draw(u.ctx);
        u.ctx.show_header = true;
    }
    ImGui::EndChild();
    footer(s, u, asked, blocker, f, w, intents);
    ImGui::EndGroup();
}

bool leave_key() {
    const ImGuiIO& io = ImGui::GetIO();
    // Escape first reverts a text field or closes a popup; only a free Escape leaves.
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) && !io.WantTextInput &&
           !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
}

}  // namespace

StepPanel& player_step_panel() { return state().panel; }
const DocumentView& player_documents() { return state().documents; }

void view_player(const Model& model, std::vector<Intent>& intents) {
    const core::Session* s = model.play.session;
    const core::Step* step = s ? s->current() : nullptr;
    if (!s || !step) {
        if (!s) {
            play::begin_empty_state(tr("No attempt open"),
                                    tr("Pick a scenario on Home or in the scenario list to start training."));
            if (play::primary_button(tr("Home"))) intents.push_back(Navigate{Screen::start});
            probe("player.home");
            ImGui::SameLine();
            if (panel::quiet_button(tr("Scenarios"))) intents.push_back(Navigate{Screen::browser});
        } else {
            play::begin_empty_state(tr("This attempt is finished"), tr("Every step is answered. The debrief shows how it went."));
            if (play::primary_button(tr("See the debrief"))) intents.push_back(OpenDebrief{model.play.attempt_uuid});
            probe("player.debrief");
            ImGui::SameLine();
            if (panel::quiet_button(tr("Home"))) intents.push_back(Navigate{Screen::start});
        }
        play::end_empty_state();
        if (leave_key()) intents.push_back(Navigate{Screen::start});
        return;
    }

    PlayerUi& u = state();
    sync(u, model, *s, *step);
    const ImGuiStyle& st = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();

    play::header_strip(model, *s, u.ctx.lang, intents);
    ImGui::Dummy(ImVec2(0, st.ItemSpacing.y * 0.25f));

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    float answer_w = avail.x;
    if (!u.docs.empty()) {
        const float gap = std::round(st.ItemSpacing.x * 1.5f);
        // 55 % for the papers; half when the window is narrow for its font, so the panel's
        // fields keep a usable width.
        const float share = avail.x < em * 52.0f ? 0.5f : 0.55f;
        const float left_w = std::floor((avail.x - gap) * share);
        const bool inspect = step->kind() == core::StepKind::inspect;
        u.doc_options.inspect = inspect;
        u.doc_options.flagged = u.panel.flagged();
        const auto toggled = u.documents.draw(u.docs, u.doc_options, ImVec2(left_w, avail.y));
        if (toggled && inspect && !s->answered()) u.panel.toggle_flag(*toggled);
        ImGui::SameLine(0, gap);
        answer_w = avail.x - left_w - gap;
    } else {
        // Text only: across the screen, but at a line length that stays readable.
        answer_w = std::min(avail.x, em * 46.0f);
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::floor((avail.x - answer_w) * 0.5f));
    }
    answer_column(model, *s, *step, u, answer_w, avail.y, intents);

    if (leave_key()) intents.push_back(LeaveAttempt{});
}

}  // namespace clearance::ui
