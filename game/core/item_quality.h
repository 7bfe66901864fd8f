// Item quality: which graded steps an instructor should look at again, from their item analysis
// (store/report.h: facility and corrected item-total discrimination over finished attempts).
//
// Classical test theory's rules of thumb, most serious first: a negative discrimination means
// the stronger trainees miss the item more often than the weaker ones (often a wrong key); a
// facility below 0.3 means most trainees miss it; a discrimination below 0.2 means it does not
// tell strong from weak; a facility above 0.95 means nearly everyone gets it. Fewer than
// `item_min_responses` answers are too few to judge. Standard library only.
#pragma once

#include "core/progress.h"

namespace clearance::core {

inline constexpr int item_min_responses = 5;

enum class ItemConcern { none, too_few_answers, key_suspect, too_hard, not_discriminating, too_easy };

// The most serious concern about `item`, or none.
ItemConcern item_concern(const ItemRow& item);

// What an instructor reads about the concern (English; the UI translates it).
const char* item_concern_text(ItemConcern c);

}  // namespace clearance::core
