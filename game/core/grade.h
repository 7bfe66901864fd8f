// Grade: what every grader in game/core returns for one answered step.
//
// Used by the graders (grade_*.h), the session, the headless player, the store and the debrief
// view. Invariants: 0 <= score <= max; feedback lines are in the order a trainee should read
// them; each line that judges something names the rule that decides it (GIR, CVA article, note).
#pragma once

#include <string>
#include <vector>

namespace clearance::core {

// How one feedback line judges the part of the answer it talks about.
enum class Verdict { correct, partial, wrong, info };

const char* verdict_name(Verdict v);  // "correct", "partial", "wrong", "info"

struct FeedbackLine {
    Verdict verdict = Verdict::info;
    std::string text;  // one sentence for the trainee, with the figures involved
    std::string rule;  // the rule that decides, e.g. "CVA Art. 8.1(a)(i)"; may be empty for info
};

struct Grade {
    double score = 0.0;
    double max = 0.0;
    std::vector<FeedbackLine> feedback;

    bool full_marks() const { return max > 0.0 && score >= max - 1e-9; }
    // Appends a line; returns *this so graders can chain.
    Grade& add(Verdict v, std::string text, std::string rule = {});
};

}  // namespace clearance::core
