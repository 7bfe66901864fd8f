#include "core/grade.h"

namespace clearance::core {

const char* verdict_name(Verdict v) {
    switch (v) {
        case Verdict::correct: return "correct";
        case Verdict::partial: return "partial";
        case Verdict::wrong: return "wrong";
        case Verdict::info: return "info";
    }
    return "info";
}

Grade& Grade::add(Verdict v, std::string text, std::string rule) {
    feedback.push_back(FeedbackLine{v, std::move(text), std::move(rule)});
    return *this;
}

}  // namespace clearance::core
