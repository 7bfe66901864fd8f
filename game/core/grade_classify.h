// The `classify` grader: a trainee's HS code for a goods line against the step's key.
//
// Used by the session when a classify step is answered, by `clearance test` (perfect and
// imperfect play) and by the script layer's lint (check_classify_key). Rules, which the debrief
// explains line by line:
//   - full credit when the answer agrees with the key at the asked level (heading or
//     subheading); digits beyond the asked level and national digits are not graded;
//   - otherwise partial credit by the deepest level the answer shares with the key, see
//     classify_credit(): with a subheading asked, the right heading earns 60% and the right
//     chapter 25%; with a heading asked, the right chapter earns 40%; a shared section earns
//     nothing (section titles are for reference only, GIR 1);
//   - an accepted alternative earns its own credit when the answer reaches it (same digits at
//     the alternative's level); the best of the key's and the alternatives' credit counts;
//   - an empty or malformed answer, or a code that does not exist in the nomenclature, earns 0
//     and the feedback says why.
// The returned Grade has max = key.points and feedback lines naming GIR 1 (headings) and GIR 6
// (subheadings).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/grade.h"
#include "core/hs_code.h"
#include "core/hs_nomenclature.h"

namespace clearance::core {

struct ClassifyAlternative {
    std::string code;     // as the author wrote it: "8471.30", "8471"
    double credit = 1.0;  // share of the step's points, in (0, 1]
    std::string note;     // why it is accepted, for the debrief; may be empty
};

struct ClassifyKey {
    std::string code;                      // the expected code, at least as deep as `level`
    HsLevel level = HsLevel::subheading;   // the asked level: heading or subheading
    std::vector<ClassifyAlternative> alternatives;
    double points = 1.0;                   // the step's maximum score, > 0
};

// The share of the points earned when an answer agrees with the key down to `reached` and the
// step asks for `asked` (heading or subheading): 1, 0.6 or 0.25 for a subheading asked; 1 or
// 0.4 for a heading asked; 0 below the chapter.
double classify_credit(HsLevel asked, HsAgreement reached);

// The author's mistakes in a key, one message per problem (empty when the key is sound): codes
// that do not parse or do not exist, an asked level other than heading or subheading, a code
// shallower than the asked level, credits outside (0, 1], points not above 0.
std::vector<std::string> check_classify_key(const ClassifyKey& key, const HsNomenclature& nom);

// Grades `answer` (the trainee's text, e.g. "8517.13"). Throws std::invalid_argument when
// check_classify_key() finds a problem: lint must have rejected such a scenario.
Grade grade_classify(const ClassifyKey& key, std::string_view answer, const HsNomenclature& nom);

}  // namespace clearance::core
