// Answer text: one answer in words, as the debrief shows it beside the key ("8517.13",
// "Transaction value (Art. 1) · EUR 43,240.00", "Red channel: price far below the reference").
//
// Used by the app to fill the debrief with the trainee's answer and the key (perfect_answer of
// answer_derive.h). Engine words come in `lang` through the phrase tables of feedback_text.h;
// texts the scenario carries (option labels, quiz choices, cost labels) in `lang` when the
// scenario has it; document titles and field labels in `lang` too (scenario_fields.h).
// Never throws for a well-formed answer; parts the trainee left out are simply not mentioned, and
// an empty answer says "(no answer)".
#pragma once

#include <string>
#include <string_view>

#include "core/answer.h"
#include "core/scenario.h"

namespace clearance::core {

std::string answer_summary(const Scenario& scenario, const Step& step, const Answer& answer,
                           std::string_view lang = fallback_language);

}  // namespace clearance::core
