#include "core/item_quality.h"

namespace clearance::core {

ItemConcern item_concern(const ItemRow& item) {
    if (item.responses < item_min_responses) return ItemConcern::too_few_answers;
    if (item.discrimination && *item.discrimination < 0) return ItemConcern::key_suspect;
    if (item.facility && *item.facility < 0.3) return ItemConcern::too_hard;
    if (item.discrimination && *item.discrimination < 0.2) return ItemConcern::not_discriminating;
    if (item.facility && *item.facility > 0.95) return ItemConcern::too_easy;
    return ItemConcern::none;
}

const char* item_concern_text(ItemConcern c) {
    switch (c) {
        case ItemConcern::none: return "";
        case ItemConcern::too_few_answers: return "too few answers to judge";
        case ItemConcern::key_suspect: return "stronger trainees miss it more often: check the key";
        case ItemConcern::too_hard: return "most trainees miss it";
        case ItemConcern::not_discriminating: return "does not tell strong from weak trainees";
        case ItemConcern::too_easy: return "nearly everyone gets it";
    }
    return "";
}

}  // namespace clearance::core
