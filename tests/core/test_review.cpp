#include <doctest/doctest.h>

#include "core/review.h"

#include <string>
#include <vector>

using namespace clearance::core;

namespace {

constexpr std::int64_t day = review_day_ms;

AttemptRecord finished(const std::string& scenario, std::int64_t at, double score, double max = 10) {
    AttemptRecord a;
    a.scenario_id = scenario;
    a.started_ms = at - 1000;
    a.finished_ms = at;
    a.score = score;
    a.max = max;
    return a;
}

}  // namespace

TEST_SUITE("core") {

TEST_CASE("a scenario answered in full is never reviewed; one that missed points is due a day later") {
    const auto s = review_schedule({finished("a/full", 5 * day, 10), finished("b/missed", 6 * day, 7)});
    REQUIRE(s.size() == 1);
    CHECK(s[0].scenario_id == "b/missed");
    CHECK(s[0].box == 0);
    CHECK(s[0].last_percent == doctest::Approx(70));
    CHECK(s[0].due_ms == 7 * day);
}

TEST_CASE("each full-marks attempt after a miss moves the scenario up a box, and a miss sends it back") {
    // Table-driven: the scores of successive attempts one day apart, and the box and wait after.
    struct Case {
        std::vector<double> scores;
        int box;            // -1: not under review
        std::int64_t wait;  // from the latest attempt to the next review
    };
    const Case cases[] = {
        {{6}, 0, 1 * day},
        {{6, 10}, 1, 3 * day},
        {{6, 10, 10}, 2, 7 * day},
        {{6, 10, 10, 10}, 3, 21 * day},
        {{6, 10, 10, 10, 10}, -1, 0},  // mastered
        {{6, 10, 10, 4}, 0, 1 * day},   // missed again: back to the first box
        {{10, 10, 6, 10}, 1, 3 * day},  // full marks before the first miss do not count
        {{10, 10, 10}, -1, 0},
    };
    for (const Case& c : cases) {
        std::vector<AttemptRecord> attempts;
        for (std::size_t i = 0; i < c.scores.size(); ++i)
            attempts.push_back(finished("v/royalty", static_cast<std::int64_t>(i + 1) * day, c.scores[i]));
        const std::int64_t last = static_cast<std::int64_t>(c.scores.size()) * day;
        const auto s = review_schedule(attempts);
        CAPTURE(c.scores.size());
        if (c.box < 0) {
            CHECK(s.empty());
            continue;
        }
        REQUIRE(s.size() == 1);
        CHECK(s[0].box == c.box);
        CHECK(s[0].last_ms == last);
        CHECK(s[0].due_ms == last + c.wait);
    }
}

TEST_CASE("the schedule ignores unfinished attempts and those with nothing to score, whatever their order") {
    AttemptRecord open = finished("a/open", 3 * day, 2);
    open.finished_ms.reset();
    const auto s = review_schedule({finished("c/late", 9 * day, 10), open, finished("d/brief", 2 * day, 0, 0),
                                    finished("c/late", 4 * day, 5), finished("e/early", 1 * day, 1)});
    REQUIRE(s.size() == 2);
    // c/late: missed on day 4, full on day 9 -> box 1, due day 12; e/early: due day 2.
    CHECK(s[0].scenario_id == "e/early");
    CHECK(s[0].due_ms == 2 * day);
    CHECK(s[1].scenario_id == "c/late");
    CHECK(s[1].box == 1);
    CHECK(s[1].due_ms == 12 * day);
}

}  // TEST_SUITE
