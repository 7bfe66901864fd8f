// Step panels: the answer side of the player screen, one panel per step kind (classify, value,
// origin, assess, inspect, risk, choose, quiz, brief). Each panel is a plain struct holding the
// trainee's draft answer (UI-only state), a draw() that lays it out for the step's facts, and
// answer() that turns the draft into the core::Answer the session grades.
//
// Used by the player screen through StepPanel, which keeps the draft of the current step, resets
// it when the step changes and dispatches on the step's kind; tests use the panels directly.
// Panels never submit: draw() returns true when the trainee asked to (Enter in the last field, a
// double click on an option), and the screen decides. blocker() says what is still missing
// ("Choose a channel.") so the screen can disable its Submit button and say why; an answer can
// still be built from an incomplete draft (missing parts are simply absent, and graded so).
// Invariants: answer() never throws; a draft's amounts are parsed with core Money parsing, in
// the currency the step expects (an amount typed without a code takes it).
#pragma once

#include "core/answer.h"
#include "core/hs_nomenclature.h"
#include "core/scenario.h"
#include "ui/hs_browser.h"

#include <imgui.h>

#include "ui/widgets.h"

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace clearance::ui {

// What a panel draws from; read-only during the frame.
struct PanelContext {
    const core::Scenario* scenario = nullptr;
    const core::Step* step = nullptr;
    const core::HsNomenclature* hs = nullptr;  // classify: validation and the HS browser
    std::string lang = "en";                   // the language scenario texts are shown in
    std::vector<std::size_t> option_order;     // choose and quiz: Session::option_order(); empty = as written
    bool locked = false;                       // the step is answered: the draft shows read-only
    bool show_header = true;                   // draw the step's kind, title and prompt above the panel
};

// An amount the trainee types: "1200", "1,200.50", "EUR 1,200.50". Text without a currency code
// is in `currency`.
struct AmountInput {
    char text[48] = {};
    core::Currency currency;

    void set(std::string_view s);
    bool empty() const;                        // nothing but spaces typed
    std::optional<core::Money> value() const;  // nullopt when empty or not an amount
    std::string error() const;                 // why the text is no amount; "" when empty or valid
};

// ---- one panel per step kind --------------------------------------------------------------------

struct BriefPanel {
    bool draw(const PanelContext& ctx);
};

struct ClassifyPanel {
    char code[40] = {};
    bool focus_code = true;  // the code field takes the keyboard when the step appears
    bool browser_open = true;
    std::unique_ptr<HsBrowser> browser;  // created on the first draw that has a nomenclature
    std::string shown_in_browser;        // the code last revealed in the browser's tree

    void set_code(std::string_view s);
    bool draw(const PanelContext& ctx, const core::ClassifyStep& step);
    core::ClassifyAnswer answer() const;
    std::string blocker() const;  // empty code or one that does not parse
};

enum class CostChoice { leave_out, add, deduct };

struct ValueLine {
    std::string cost_id;  // the CostItem's id
    std::string label;    // as the worksheet shows it, for messages
    CostChoice choice = CostChoice::leave_out;
    AmountInput amount;   // in the cost's currency
};

struct ValuePanel {
    std::optional<core::Method> method;
    AmountInput base;              // in the invoice currency
    std::vector<ValueLine> lines;  // one per cost of the facts, in their order
    char rate[32] = {};
    AmountInput total;             // in the national currency
    bool needs_rate = false;       // the price is in a foreign currency

    void reset(const core::ValueStep& step);
    bool draw(const PanelContext& ctx, const core::ValueStep& step);
    core::ValueWorksheet answer() const;
    std::string blocker() const;
};

struct OriginPanel {
    std::optional<bool> conferred;
    std::optional<core::OriginCriterion> criterion;
    char percent[24] = {};
    char country[16] = {};
    bool value_asked = false;

    void reset(const core::OriginStep& step);
    bool draw(const PanelContext& ctx, const core::OriginStep& step);
    core::OriginAnswer answer() const;
    std::string blocker() const;
};

struct AssessPanel {
    AmountInput duty, excise, vat, total;  // in the customs value's currency
    bool has_excise = false, has_vat = false;

    void reset(const core::AssessStep& step);
    bool draw(const PanelContext& ctx, const core::AssessStep& step);
    core::AssessAnswer answer() const;
    std::string blocker() const;
};

struct InspectPanel {
    std::vector<std::string> flagged;  // field ids, in the order flagged

    // Flags the field, or clears it when already flagged; returns whether it is flagged now.
    bool toggle(const std::string& field_id);
    bool is_flagged(std::string_view field_id) const;
    bool draw(const PanelContext& ctx, const core::InspectStep& step);
    core::InspectAnswer answer() const { return core::InspectAnswer{flagged}; }
    std::string blocker() const { return {}; }  // flagging nothing is an answer: "all is in order"
};

struct RiskPanel {
    std::optional<core::Channel> channel;
    std::array<bool, core::indicator_count> indicators{};  // by core::Indicator
    bool use_blue = false;

    void reset(const core::RiskStep& step);
    bool draw(const PanelContext& ctx, const core::RiskStep& step);
    core::RiskAnswer answer() const;
    std::string blocker() const;
};

struct ChoosePanel {
    std::string option;  // the chosen option's id; empty before a choice

    bool draw(const PanelContext& ctx, const core::ChooseStep& step);
    core::ChooseAnswer answer() const { return core::ChooseAnswer{option}; }
    std::string blocker() const;
};

struct QuizPanel {
    core::QuizKind kind = core::QuizKind::single_choice;
    std::vector<std::string> choices;  // ids picked
    char number[32] = {};
    char text[160] = {};
    std::string unit;

    void reset(const core::QuizStep& step);
    bool toggle_choice(const std::string& id);  // single choice replaces, multiple toggles
    bool draw(const PanelContext& ctx, const core::QuizStep& step);
    core::QuizAnswer answer() const;
    std::string blocker() const;
};

// ---- the current step's panel ----------------------------------------------------------------

using PanelDraft = std::variant<std::monostate, BriefPanel, ClassifyPanel, ValuePanel, OriginPanel, AssessPanel,
                                InspectPanel, RiskPanel, ChoosePanel, QuizPanel>;

class StepPanel {
public:
    // Starts a fresh draft for `step` unless this scenario's step is already bound (so a draft
    // survives frames and survives being re-bound to the same step).
    void bind(const core::Scenario& scenario, const core::Step& step);
    // Binds ctx.step, then draws its panel. Returns true when the trainee asked to submit.
    bool draw(const PanelContext& ctx);

    // The draft as an answer; nullopt for a brief step or before any bind.
    std::optional<core::Answer> answer() const;
    std::string blocker() const;
    const std::string& step_id() const { return step_id_; }

    // Inspect steps: the flagged field ids for the document view, and the toggle it reports.
    // flagged() is null and toggle_flag() does nothing (returns false) on other kinds.
    const std::vector<std::string>* flagged() const;
    bool toggle_flag(const std::string& field_id);

    PanelDraft& draft() { return draft_; }
    const PanelDraft& draft() const { return draft_; }

private:
    std::string scenario_id_, step_id_;
    PanelDraft draft_;
};

// ---- helpers shared by the step_*.cpp files (defined in step_common.cpp) -----------------------
namespace panel {

// The step kind as the trainee reads it: "Classify", "Decide", ... (translated).
const char* kind_label(core::StepKind kind);
// The step's kind as a pill, its title and its prompt (unless ctx.show_header is false).
void header(const PanelContext& ctx);
using ui::fill_round_rect;  // widgets.h
// A bold label over a section of the panel.
void section(const char* text);
// A card whose height fits what is drawn in it; `band` colours its left edge when set.
void begin_box(const char* id, const ImVec4* band = nullptr);
void end_box();
// A two-column "label: value" line inside a box.
void fact(const char* label, const std::string& value);
// An amount entry: the currency code as a prefix, the value or the error shown below.
// Returns true when Enter was pressed in it.
bool amount(const char* id, AmountInput& in, float width);
// Buttons joined in a row, one of them chosen (-1: none). Returns true when the choice changed.
bool segmented(const char* id, const char* const* labels, int count, int& chosen, float width = 0);
// A wide clickable card with a badge (a letter) and wrapped text, for options. `multi` draws a
// square badge (several may be chosen) instead of a round one. Returns true when activated.
bool option_card(const char* id, const char* badge, const char* text, bool chosen, bool multi);
// A thin horizontal rule across the region (a box's content): ImGui's Separator misdraws in
// the one-cell table a box is.
void divider();
// Rules between table rows: row_top() inside a row (after TableSetColumnIndex), then
// rules_across() after EndTable. Drawn inside the table, ImGui would clip a rule to one column.
float row_top();
void rules_across(const std::vector<float>& ys, float x0, float x1);
// A secondary button: drawn like a field, so the accent stays for primary actions.
bool quiet_button(const char* label, ImVec2 size = ImVec2(0, 0));
// Enter (or keypad Enter) pressed while the last item has the keyboard focus.
bool enter_on_item();
// "A", "B", ... for option i.
std::string letter(std::size_t i);
// The order to show n options in: ctx.option_order when it is a full permutation, else as written.
std::vector<std::size_t> display_order(const PanelContext& ctx, std::size_t n);

}  // namespace panel

}  // namespace clearance::ui
