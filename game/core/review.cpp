#include "core/review.h"

#include <algorithm>
#include <map>

namespace clearance::core {

std::int64_t review_interval_ms(int box) {
    static constexpr std::int64_t days[review_boxes] = {1, 3, 7, 21};
    return days[std::clamp(box, 0, review_boxes - 1)] * review_day_ms;
}

std::vector<ReviewEntry> review_schedule(const std::vector<AttemptRecord>& attempts) {
    std::vector<const AttemptRecord*> finished;
    for (const AttemptRecord& a : attempts)
        if (a.finished() && a.max > 0) finished.push_back(&a);
    std::stable_sort(finished.begin(), finished.end(),
                     [](const AttemptRecord* a, const AttemptRecord* b) { return *a->finished_ms < *b->finished_ms; });

    struct Track {
        bool missed_once = false;
        ReviewEntry entry;
    };
    std::map<std::string, Track> tracks;
    for (const AttemptRecord* a : finished) {
        Track& t = tracks[a->scenario_id];
        // Scores are sums of decimals: a hair under max is still full marks.
        const bool full = a->score >= a->max - 1e-9;
        if (!full) {
            t.missed_once = true;
            t.entry.box = 0;
        } else if (t.missed_once) {
            ++t.entry.box;
        }
        t.entry.scenario_id = a->scenario_id;
        t.entry.last_ms = *a->finished_ms;
        t.entry.last_percent = 100.0 * a->score / a->max;
    }
    std::vector<ReviewEntry> out;
    for (auto& [id, t] : tracks) {
        if (!t.missed_once || t.entry.box >= review_boxes) continue;
        t.entry.due_ms = t.entry.last_ms + review_interval_ms(t.entry.box);
        out.push_back(t.entry);
    }
    std::stable_sort(out.begin(), out.end(), [](const ReviewEntry& a, const ReviewEntry& b) { return a.due_ms < b.due_ms; });
    return out;
}

}  // namespace clearance::core
