// Reports over a progress store: one trainee's progress, the class as profiles x topics, and
// item analysis of every graded step and dilemma option (DESIGN.md sections 1 and 6).
//
// Used by the UI's progress and results screens, by `clearance report` and by the CSV export.
// Invariants: scores count finished attempts only (an unfinished attempt is not a result yet);
// the cohort report and item analysis read the summary tables (about one row per profile x topic
// and per item), so they cost the same with 1,000 answers or 1,000,000.
//
// Discrimination is the corrected item-total correlation: the Pearson correlation, across
// finished attempts of the scenario, between the item's score and the rest of the attempt's
// score (total minus the item). For items scored 0/1 this is the point-biserial coefficient.
// It was chosen over the upper-minus-lower 27% index because it is computable from running sums
// (n, sum x, sum x^2, sum y, sum y^2, sum xy), kept as attempts finish; the 27% groups would need
// a sort of every attempt per item at each report. Rule of thumb: below 0.2 the item does not
// separate strong from weak trainees; negative means the strong ones get it wrong more often.
#pragma once

#include <string>
#include <vector>

#include "core/progress.h"

namespace clearance::store {

class Store;

// One trainee's report. Throws StoreError(not_found) when no profile has that uuid.
core::ProfileReport profile_report(Store& store, const std::string& profile_uuid);

// Every profile (by name), each with its mastery per topic.
std::vector<core::CohortRow> cohort_report(Store& store);

// Every graded step and every option picked on a choose step, over finished attempts.
core::ItemAnalysis item_analysis(Store& store);

}  // namespace clearance::store
