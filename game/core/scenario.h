// Scenario: what a loaded and instantiated scenario is (DESIGN.md sections 2 and 3), as plain
// data: metadata, documents, declared state variables, a list of steps, and walkthroughs.
//
// Filled by the script layer's constructors (a generated scenario's `setup(ctx)` has already
// run, so everything here is concrete: facts, not functions), checked by the validator, played
// by the session (session.h), self-tested by autoplay (autoplay.h) and drawn by the UI.
//
// Steps form a graph over the list. After a step the session goes to, in this order: the chosen
// option's `next` (choose steps), the step's `next`, or the following step in the list; the id
// `end` (end_step_id) finishes the attempt, and so does running past the last step. A step whose
// `when` is false at that moment is skipped as if it were not in the list: the session moves on
// to the step after it in the list. No step is visited twice in one attempt.
//
// Keys are never typed by an author where an engine can compute them: `value`, `origin`,
// `assess` and (by facts or indicators) `risk` steps hold facts, and the engines derive the key
// (scenario_grading.h). Invariants the validator checks, which the session relies on (it throws
// SessionError rather than misbehave if they are broken): ids of steps, documents, variables and
// a step's options are unique and non-empty, no step is called `end`; every `next`, document
// reference and condition refers to something declared.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/condition.h"
#include "core/grade_assess.h"
#include "core/grade_choose.h"
#include "core/grade_classify.h"
#include "core/grade_inspect.h"
#include "core/grade_origin.h"
#include "core/grade_quiz.h"
#include "core/grade_risk.h"
#include "core/grade_value.h"
#include "core/origin.h"
#include "core/risk.h"
#include "core/scenario_documents.h"
#include "core/scenario_state.h"
#include "core/scenario_text.h"
#include "core/tariff.h"
#include "core/topic.h"
#include "core/valuation.h"

namespace clearance::core {

// The `next` value that finishes the attempt; no step may take this id.
inline constexpr std::string_view end_step_id = "end";

// ---- kind-specific parts of a step -----------------------------------------------------------

enum class StepKind { brief, classify, value, origin, assess, inspect, risk, choose, quiz };

std::string_view step_kind_id(StepKind k);                     // "brief", "classify", ...
std::optional<StepKind> parse_step_kind(std::string_view id);  // nullopt when unknown

// Narrative and documents only; advanced without an answer, never graded.
struct BriefStep {};

// Points at one goods line of a document (1-based, as written in the Lua file).
struct GoodsRef {
    std::string document;  // "invoice"
    int line = 0;          // 1-based; 0: the goods are described by the prompt or a product sheet
};

struct ClassifyStep {
    std::optional<GoodsRef> goods;
    ClassifyKey key;
};

struct ValueStep {
    ValuationFacts facts;  // the key is value_consignment(facts), never typed
    ValueGradeOptions options;
};

struct OriginStep {
    OriginCase facts;
    Agreement agreement;
    bool value_asked = false;      // the trainee must also give the RVC / non-originating %
    double value_tolerance = 0.5;  // percentage points
};

struct AssessStep {
    TaxFacts facts;  // the key is assess_taxes(facts)
    AssessGradeOptions options;
};

struct InspectStep {
    InspectKey key;  // findings name field ids of the scenario's documents (scenario_fields.h)
};

struct RiskStep {
    // The declaration's facts (the engine detects the indicators) or the indicators present.
    std::variant<RiskFacts, std::vector<Indicator>> facts = std::vector<Indicator>{};
    RiskProfile profile = RiskProfile::standard();
    double false_alarm_cost = 0.5;  // per indicator named that is not in the key
};

struct ChooseOptionSpec {
    std::string id;     // unique within the step
    Text label;         // the option as the trainee reads it
    double score = 0.0; // may be negative in the file; graded as 0 (grade_choose.h)
    Text feedback;      // shown when this option is chosen
    Text explanation;   // why this option is (or is not) best
    std::vector<ArushaFactor> factors;
    std::vector<Assignment> set;      // consequences, applied when the option is chosen
    std::optional<std::string> next;  // overrides the step's `next`
};

struct ChooseStep {
    std::vector<ChooseOptionSpec> options;
    std::string rule;      // named when an option has no Arusha factor
    bool shuffle = false;  // show the options in an order drawn from the attempt's seed
};

struct QuizChoice {
    std::string id;
    Text text;
    bool correct = false;
};

// A quiz as the author wrote it; quiz_key() gives the grader's QuizKey in one language.
struct QuizStep {
    QuizKind kind = QuizKind::single_choice;
    double points = 1.0;
    std::vector<QuizChoice> choices;    // single and multiple choice
    double value = 0.0;                 // numeric
    double abs_tolerance = 0.0;
    double rel_tolerance = 0.0;
    std::string unit;
    std::vector<std::string> accepted;  // short text; the first is the one shown
    std::string rule;
    bool shuffle = false;
};

using StepBody = std::variant<BriefStep, ClassifyStep, ValueStep, OriginStep, AssessStep, InspectStep, RiskStep,
                              ChooseStep, QuizStep>;

// ---- steps -----------------------------------------------------------------------------------

struct Hint {
    Text text;
    double cost = 0.0;  // points taken off the step's score when the hint is shown
};

struct Step {
    std::string id;
    Text title;
    Text prompt;
    std::vector<std::string> competencies;  // "hs.gir3b"; empty: the scenario's competencies
    std::vector<std::string> references;    // "GIR 3(b)", "CVA Art. 8.1(c)"
    Text explanation;                       // shown in the debrief
    std::vector<Hint> hints;                // shown one at a time, in order
    std::optional<Condition> when;          // skipped when false
    std::optional<std::string> next;        // default: the following step; "end" finishes
    std::vector<std::string> documents;     // ids of the documents shown with the step
    std::optional<std::int64_t> time_limit_ms;
    // The step's weight: when set, the grader's score is scaled so that the step is worth this
    // many points; otherwise the grader's own maximum counts.
    std::optional<double> points;
    std::optional<Topic> topic;  // the step's field of work, when not the scenario's
    StepBody body;

    StepKind kind() const { return static_cast<StepKind>(body.index()); }
    bool graded() const { return kind() != StepKind::brief; }
};

// ---- the scenario ----------------------------------------------------------------------------

enum class Level { basic = 1, intermediate = 2, advanced = 3 };

std::string_view level_id(Level l);                  // "basic", "intermediate", "advanced"
std::optional<Level> parse_level(std::string_view);  // also "1", "2", "3"; nullopt otherwise

// A path an author wants tested: at each choose step reached, in order, pick this option.
struct Walkthrough {
    std::string name;
    std::vector<std::string> choices;  // option ids
};

struct Scenario {
    std::string id;  // "valuation/royalty"
    int version = 1;
    Text title;
    Text summary;
    Topic topic = Topic::classification;
    Level level = Level::basic;
    int minutes = 10;
    std::vector<std::string> competencies;
    std::vector<std::string> references;
    std::vector<std::string> languages = {"en"};
    std::optional<std::int64_t> time_limit_ms;
    bool generated = false;     // built by setup(ctx) from `seed`
    std::uint64_t seed = 0;     // the seed it was instantiated with (generated scenarios)
    std::string content_hash;   // of the source file, set by the loader; an attempt records it
    std::string source;         // the file it came from, for messages; may be empty

    std::vector<VariableDecl> variables;
    std::vector<Document> documents;
    std::vector<Step> steps;
    std::vector<Walkthrough> walkthroughs;

    const Step* find_step(std::string_view id) const;
    std::optional<std::size_t> step_index(std::string_view id) const;
    const Document* find_document(std::string_view id) const;
    const VariableDecl* find_variable(std::string_view name) const;
};

// Every non-empty Text of the scenario with its field path, in file order: "title", "summary",
// "variables[1].description", "documents[2].title", "documents[5].subject", "documents[5].body",
// "steps[3].title", "steps[3].prompt", "steps[3].explanation", "steps[3].hints[1].text",
// "steps[8].options[2].label" (also .feedback, .explanation), "steps[10].choices[1].text".
// Indices count from 1, as in the Lua file. For the validator and translation tools.
struct TextRef {
    std::string path;
    const Text* text = nullptr;
};
std::vector<TextRef> scenario_texts(const Scenario& scenario);

// For each declared language, every Text that lacks it: "steps[3].prompt" has no "fr". One
// entry per Text and language, in file order.
struct MissingTranslation {
    std::string path;
    std::string language;
};
std::vector<MissingTranslation> missing_translations(const Scenario& scenario);

// The option with this id, or nullptr.
const ChooseOptionSpec* find_option(const ChooseStep& step, std::string_view id);

// The grader's keys in `lang` (labels and feedback resolved from their Texts).
ChooseKey choose_key(const ChooseStep& step, std::string_view lang = fallback_language);
QuizKey quiz_key(const QuizStep& step, std::string_view lang = fallback_language);

}  // namespace clearance::core
