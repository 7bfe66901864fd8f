#include "core/progress.h"

namespace clearance::core {

const char* attempt_mode_name(AttemptMode m) {
    switch (m) {
        case AttemptMode::practice: return "practice";
        case AttemptMode::exam: return "exam";
        case AttemptMode::shift: return "shift";
        case AttemptMode::review: return "review";
    }
    return "practice";
}

std::optional<AttemptMode> parse_attempt_mode(std::string_view s) {
    for (AttemptMode m : {AttemptMode::practice, AttemptMode::exam, AttemptMode::shift, AttemptMode::review})
        if (s == attempt_mode_name(m)) return m;
    return std::nullopt;
}

}  // namespace clearance::core
