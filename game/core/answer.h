// Answers: what a trainee gives for one step, as the grader of that step kind takes it, and the
// JSON form of answers used by answers files, attempts and the progress store.
//
// Used by the session (submit), the UI (builds answers from its widgets), autoplay (perfect and
// imperfect answers), `clearance play ID --answers FILE.json`, the attempt text (attempt.h) and
// the store (AnswerRecord::response holds answer_to_json(answer).dump()).
// Invariants: answer_from_json(answer_to_json(a)) gives back `a` exactly (same_answer), with or
// without the step at hand; parse errors never throw anything but AnswerError (and bad_alloc),
// and name the path and the value.
//
// ==== The answers file =========================================================================
// UTF-8 JSON, in one of two forms. Indices in error paths count from 1, like the lines of a
// scenario file.
//
// 1. An object keyed by step id; each value is that step's answer:
//        { "hs": "8517.13", "gift": "refuse", "channel": { "channel": "red",
//          "indicators": ["price_below_reference"] } }
// 2. A list of entries, in the order of play, when hints or times matter:
//        [ { "step": "hs", "answer": "8517.13", "hints": 1, "time_ms": 42000 },
//          { "step": "gift", "answer": { "option": "refuse" } } ]
//    "hints" (default 0) is how many hints were taken before answering; "time_ms" (default 0)
//    the time spent on the step. "kind" (optional) must then equal the step's kind. An attempt's
//    text uses this entry form for its answers.
// Brief steps take no answer. A step may be answered once. Unknown fields are errors.
//
// Answers by step kind (the first form is what answer_to_json writes; shorthands are accepted):
//   classify  { "code": "8517.13" }                 shorthand: "8517.13"
//   value     { "method": "transaction_value", "base": "USD 40,000.00",
//               "lines": [ { "id": "moulds", "action": "add", "amount": "USD 2,500.00" } ],
//               "rate": "0.92", "total": "EUR 43,240.00" }
//             every member optional; method: transaction_value, identical_goods, similar_goods,
//             deductive, computed, fallback (or "1", "art1"); action: add or deduct; a line's id
//             is a cost's id in the step's facts; costs not listed are left out of the value
//   origin    { "originating": true, "criterion": "tariff_shift", "value_percent": 42.0,
//               "country": "GH" }                   criterion: wholly_obtained,
//             originating_materials, tariff_shift, value_content, minimal_operations,
//             direct_transport; only "originating" is required
//   assess    { "duty": "EUR 126.00", "excise": "EUR 5,040.00", "vat": "EUR 2,293.20",
//               "total": "EUR 7,459.20" }           every member optional
//   inspect   { "flagged": ["invoice.lines[2].quantity", "bl.gross_kg"] }
//                                                   shorthand: the list alone
//   risk      { "channel": "red", "indicators": ["price_below_reference", "new_importer"] }
//                                                   shorthand: "red"; channel: green, blue,
//             yellow, red
//   choose    { "option": "refuse" }                shorthand: "refuse"
//   quiz      { "choices": ["a", "c"] } or { "number": 42.5 } or { "text": "royalty" }
//             shorthands: a list (choices), a number, a string (one choice for a choice quiz,
//             the text for a text quiz)
// Amounts are strings ("2293.20", "2,293.20", "EUR 2,293.20") or numbers (2293.2). An amount
// that names no currency is in the currency the step expects (the invoice's for a worksheet's
// base, the cost's own for a line, the national currency for totals and taxes). Rates are
// strings or numbers ("0.92"), parsed exactly.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/grade_assess.h"
#include "core/grade_choose.h"
#include "core/grade_inspect.h"
#include "core/grade_origin.h"
#include "core/grade_quiz.h"
#include "core/grade_risk.h"
#include "core/grade_value.h"
#include "core/json.h"
#include "core/scenario.h"

namespace clearance::core {

struct ClassifyAnswer {
    std::string code;  // as typed: "8517.13", "851713", "8517 13 00"
};

// One alternative per gradable step kind, in StepKind order (brief has no answer).
using Answer = std::variant<ClassifyAnswer, ValueWorksheet, OriginAnswer, AssessAnswer, InspectAnswer, RiskAnswer,
                            ChooseAnswer, QuizAnswer>;

// The step kind this answer is for.
StepKind answer_kind(const Answer& a);

// A malformed answer or answers file. what() is "path: message", e.g.
//     answers[2].answer.lines[1].amount: "12,5x" is not an amount
class AnswerError : public std::runtime_error {
public:
    AnswerError(std::string path, std::string message);
    const std::string& path() const { return path_; }
    const std::string& message() const { return message_; }

private:
    std::string path_;
    std::string message_;
};

// The canonical JSON form (the first form of each kind above). Never throws.
Json answer_to_json(const Answer& a);

// Reads an answer of `kind` found at `path` (used in messages). With `step` (which must be of
// `kind`), amounts that name no currency take the step's; without it they must name one.
// Throws AnswerError.
Answer answer_from_json(const Json& j, StepKind kind, const std::string& path, const Step* step = nullptr);

// Same answer: equal canonical JSON.
bool same_answer(const Answer& a, const Answer& b);

// Why `a` cannot be submitted for `step` (a brief step, or an answer of another kind), or an
// empty string when it can. The message names the step and both kinds.
std::string answer_mismatch(const Step& step, const Answer& a);

// ---- answers files and attempt entries -------------------------------------------------------

// One answered step, in the order of play.
struct AnswerEntry {
    std::string step;
    Answer answer;
    int hints = 0;              // hints taken before answering
    std::int64_t time_ms = 0;   // time spent on the step

    friend bool operator==(const AnswerEntry& a, const AnswerEntry& b) {
        return a.step == b.step && same_answer(a.answer, b.answer) && a.hints == b.hints && a.time_ms == b.time_ms;
    }
};

// {"step", "kind", "answer", "hints", "time_ms"}: the list form's entry, kind included.
Json entry_to_json(const AnswerEntry& e);
// Reads an entry at `path`. With `scenario`, the step must exist, be gradable and match "kind"
// when given; without it "kind" is required. Throws AnswerError.
AnswerEntry entry_from_json(const Json& j, const std::string& path, const Scenario* scenario);

// Reads an answers file (either form) for `scenario`; paths start at "answers". Throws
// AnswerError, also for a step answered twice, a brief step or an unknown step.
std::vector<AnswerEntry> parse_answers_file(const Json& j, const Scenario& scenario);
// The same from text; a JSON syntax error becomes AnswerError with path "answers" and the
// "line:column: what" of the parser.
std::vector<AnswerEntry> parse_answers_file(std::string_view text, const Scenario& scenario);
// The list form, which parse_answers_file reads back.
Json answers_file_json(const std::vector<AnswerEntry>& entries);

}  // namespace clearance::core
