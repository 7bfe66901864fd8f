// Quiz grader: grades `quiz` steps (DESIGN.md section 2): single choice, multiple choice with
// partial credit, numeric with tolerance, and short text with accepted variants.
//
// Used by the session for `quiz` steps and by the scenario bindings. Scoring, out of `points`:
// - single choice: all or nothing;
// - multiple choice: each correct option picked earns points / (number of correct options), each
//   wrong option picked costs points / (number of wrong options), floored at 0; so picking every
//   option, or none, scores 0 (the "right minus wrong" rule);
// - numeric: all or nothing, right when |answer − value| <= max(abs_tolerance,
//   rel_tolerance × |value|);
// - short text: all or nothing, right when the answer matches an accepted variant after
//   normalize_text (case, accents and whitespace ignored).
// Invariants: option ids are compared exactly after trimming; a repeated pick counts once.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/grade.h"

namespace clearance::core {

enum class QuizKind { single_choice, multiple_choice, numeric, short_text };

std::string_view quiz_kind_id(QuizKind k);                 // "single", "multiple", "numeric", "text"
std::optional<QuizKind> parse_quiz_kind(std::string_view id);  // nullopt when unknown

struct QuizOption {
    std::string id;
    std::string text;
    bool correct = false;
};

struct QuizKey {
    QuizKind kind = QuizKind::single_choice;
    double points = 1.0;
    std::vector<QuizOption> options;    // choice kinds
    double value = 0.0;                 // numeric
    double abs_tolerance = 0.0;         // numeric
    double rel_tolerance = 0.0;         // numeric, e.g. 0.01 for 1%
    std::string unit;                   // numeric, shown in feedback ("EUR", "%")
    std::vector<std::string> accepted;  // short text; the first is the one shown
    std::string rule;                   // the reference that decides, e.g. "CVA Art. 8.1(a)(i)"
    std::string explanation;            // shown after the verdict; may be empty
};

struct QuizAnswer {
    std::vector<std::string> choices;  // choice kinds: option ids picked
    std::optional<double> number;      // numeric
    std::string text;                  // short text
};

// Lower case, accents folded to base letters (Latin-1, Latin Extended-A; æ -> ae, ß -> ss),
// Cyrillic capitals lowered, every whitespace character removed. "  Café  Noir" -> "cafenoir".
std::string normalize_text(std::string_view text);

// Grades by the key's kind; the verdict line names key.rule, then the explanation follows.
Grade grade_quiz(const QuizKey& key, const QuizAnswer& answer);

}  // namespace clearance::core
