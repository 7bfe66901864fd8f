// Choose grader: grades the option a trainee picks in a dilemma or branch (DESIGN.md section 2,
// step kind `choose`), and the ten key factors of the WCO Revised Arusha Declaration (2003) that
// options are tagged with (primer section 8).
//
// Used by the session for `choose` steps, by the ethics scenarios' bindings (factor ids) and by
// item analysis (each option's score). The step is worth the best option's score; the chosen
// option earns its own score, clamped to [0, best]. A step whose options all score 0 or less is
// an ungraded branch (max 0). Feedback: the chosen option's feedback naming its factors, then the
// best option's explanation. Consequences (state, routing) are the session's business, not this.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/grade.h"

namespace clearance::core {

// The ten key factors, numbered as in the Declaration.
enum class ArushaFactor {
    leadership_and_commitment = 1,
    regulatory_framework = 2,
    transparency = 3,
    automation = 4,
    reform_and_modernisation = 5,
    audit_and_investigation = 6,
    code_of_conduct = 7,
    human_resource_management = 8,
    morale_and_organisational_culture = 9,
    relationship_with_private_sector = 10,
};

inline constexpr std::array<ArushaFactor, 10> all_arusha_factors = {
    ArushaFactor::leadership_and_commitment, ArushaFactor::regulatory_framework,
    ArushaFactor::transparency,              ArushaFactor::automation,
    ArushaFactor::reform_and_modernisation,  ArushaFactor::audit_and_investigation,
    ArushaFactor::code_of_conduct,           ArushaFactor::human_resource_management,
    ArushaFactor::morale_and_organisational_culture,
    ArushaFactor::relationship_with_private_sector};

int arusha_number(ArushaFactor f);                  // 1..10
std::string_view arusha_id(ArushaFactor f);         // "code_of_conduct"
std::string_view arusha_name(ArushaFactor f);       // "code of conduct"
// "Revised Arusha Declaration, factor 7: code of conduct"
std::string arusha_reference(ArushaFactor f);
// Accepts an id ("code_of_conduct") or a number ("7"); nullopt otherwise.
std::optional<ArushaFactor> parse_arusha_factor(std::string_view text);

struct ChooseOption {
    std::string id;           // the scenario's option id
    std::string label;        // the option as the trainee read it
    double score = 0.0;       // may be negative in the file; graded as 0
    std::string feedback;     // shown when this option is chosen
    std::string explanation;  // why this option is (or is not) best; shown when it is the best
    std::vector<ArushaFactor> factors;
};

struct ChooseKey {
    std::vector<ChooseOption> options;
    std::string rule;  // named when an option has no factor, e.g. "national code of conduct, s. 4"
};

struct ChooseAnswer {
    std::string option_id;
};

// The option with the highest score (the first among equals); nullptr when there are none.
const ChooseOption* best_option(const ChooseKey& key);

// Grades the chosen option; an unknown id scores 0 and says so.
Grade grade_choose(const ChooseKey& key, const ChooseAnswer& answer);

}  // namespace clearance::core
