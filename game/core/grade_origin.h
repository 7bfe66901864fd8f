// Origin grader: grades a trainee's origin decision (DESIGN.md section 2, step kind `origin`)
// against the origin engine's result for the same case.
//
// Used by the session for `origin` steps; the key is determine_origin's result. Points out of
// 10: the verdict (originating or not) 6 and the deciding criterion 4; when the step asks for the
// computed value content, verdict 5, criterion 3 and the percentage 2 (right within
// `value_tolerance` percentage points). A right verdict with a wrong origin country earns half
// the verdict points. The criterion earns its points only with the right verdict (the right test
// read the wrong way round shows no grasp of what decides). Any criterion in the result's
// `deciding` list is right: under "CTH or RVC" both passing tests confer origin, so either may be
// named.
// Invariants: a key whose result is undetermined grades nothing (max 0, the problems as info).
#pragma once

#include <optional>
#include <string>

#include "core/grade.h"
#include "core/origin.h"

namespace clearance::core {

struct OriginKey {
    OriginResult expected;
    bool value_asked = false;      // the trainee must give the RVC / non-originating %
    double value_tolerance = 0.5;  // percentage points
};

struct OriginAnswer {
    bool conferred = false;                   // "originating" (preference granted, if preferential)
    std::optional<OriginCriterion> criterion; // what decides
    std::optional<double> value_percent;      // the % the trainee computed
    std::string country;                      // optional: the origin they name
};

// The criterion in words: "change of tariff classification", "value content", ...
std::string_view origin_criterion_words(OriginCriterion c);

// Grades verdict, criterion and (when asked) the percentage; each line names the agreement and
// the rule that decides, e.g. "EU-Ghana EPA, CTH: heading 6403 differs from 4107".
Grade grade_origin(const OriginKey& key, const OriginAnswer& answer);

}  // namespace clearance::core
