// Reports checked against figures computed by hand on small fixtures, and item analysis against
// a naive two-pass computation on random histories.

#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <random>

#include "core/topic.h"
#include "store/report.h"
#include "store/synthetic_history.h"
#include "store_fixture.h"

using namespace clearance;
using namespace clearance::store;
using namespace clearance::store::testing;

namespace {

struct Play {
    std::vector<double> scores;  // per step, in order
    std::string option;          // picked on the choose step (the last one)
};

// Plays one finished attempt of scenario "ethics/gift" with steps q1 (max 1), q2 (max 2) and a
// choose step c (max 1; option A earns 1, B earns 0).
std::string play(Store& s, const std::string& profile, const Play& p, std::int64_t t) {
    const core::AttemptRecord a = make_attempt(profile, "ethics/gift", "ethics", t, core::AttemptMode::exam);
    s.begin_attempt(a);
    s.record_answer(make_answer(a.uuid, 0, "q1", p.scores[0], 1));
    s.record_answer(make_answer(a.uuid, 1, "q2", p.scores[1], 2));
    s.record_answer(make_answer(a.uuid, 2, "c", p.option == "A" ? 1 : 0, 1, p.option));
    const double total = p.scores[0] + p.scores[1] + (p.option == "A" ? 1 : 0);
    s.finish_attempt(a.uuid, t + 500, total, 4);
    return a.uuid;
}

const core::ItemRow& item(const core::ItemAnalysis& a, const std::string& step) {
    for (const auto& r : a.items)
        if (r.step_id == step) return r;
    throw std::runtime_error("no item " + step);
}

const core::OptionRow& option(const core::ItemAnalysis& a, const std::string& id) {
    for (const auto& r : a.options)
        if (r.option_id == id) return r;
    throw std::runtime_error("no option " + id);
}

}  // namespace

TEST_SUITE("store") {

// Four exam attempts with totals 4, 3, 1, 0 (worked out in the comments).
TEST_CASE("item analysis gives the hand-computed facility, discrimination and option shares") {
    TempDir dir;
    Store s = Store::open(dir / "p.sqlite3", test_options());
    const std::string p1 = s.create_profile("P1").uuid, p2 = s.create_profile("P2").uuid;
    play(s, p1, {{1, 2}, "A"}, 1000);  // total 4
    play(s, p2, {{1, 1}, "A"}, 2000);  // total 3
    play(s, p1, {{0, 1}, "B"}, 3000);  // total 1
    play(s, p2, {{0, 0}, "B"}, 4000);  // total 0
    // An unfinished attempt does not count.
    const core::AttemptRecord open = make_attempt(p1, "ethics/gift", "ethics", 5000);
    s.begin_attempt(open);
    s.record_answer(make_answer(open.uuid, 0, "q1", 0, 1));

    const core::ItemAnalysis a = item_analysis(s);
    REQUIRE(a.items.size() == 3);
    // q1: x = 1,1,0,0; rest = y - x = 3,2,1,0. cov = 1.25 - 0.5*1.5 = 0.5, var x = 0.25,
    // var rest = 3.5 - 2.25 = 1.25, r = 0.5 / sqrt(0.3125) = 0.894427.
    CHECK(item(a, "q1").responses == 4);
    CHECK(item(a, "q1").facility.value() == doctest::Approx(0.5));
    CHECK(item(a, "q1").discrimination.value() == doctest::Approx(0.894427).epsilon(1e-5));
    // q2: x = 2,1,1,0 (max 2); facility 4/8; rest = 2,2,0,0: cov = 1.5 - 1 = 0.5, var x = 0.5,
    // var rest = 1, r = 0.707107.
    CHECK(item(a, "q2").facility.value() == doctest::Approx(0.5));
    CHECK(item(a, "q2").mean_score == doctest::Approx(1.0));
    CHECK(item(a, "q2").max == doctest::Approx(2.0));
    CHECK(item(a, "q2").discrimination.value() == doctest::Approx(0.707107).epsilon(1e-5));
    CHECK(item(a, "c").step_kind == "choose");
    // Option A: picked by the attempts with totals 4 and 3. Indicator 1,1,0,0 against y 4,3,1,0:
    // cov = 1.75 - 0.5*2 = 0.75, var = 0.25 and 2.5, r = 0.75 / sqrt(0.625) = 0.948683.
    REQUIRE(a.options.size() == 2);
    CHECK(option(a, "A").chosen == 2);
    CHECK(option(a, "A").share == doctest::Approx(0.5));
    CHECK(option(a, "A").mean_score == doctest::Approx(1.0));
    CHECK(option(a, "A").discrimination.value() == doctest::Approx(0.948683).epsilon(1e-5));
    CHECK(option(a, "B").discrimination.value() == doctest::Approx(-0.948683).epsilon(1e-5));
}

TEST_CASE("an item everyone gets right has no discrimination rather than a division by zero") {
    TempDir dir;
    Store s = Store::open(dir / "p.sqlite3", test_options());
    const std::string p = s.create_profile("P").uuid;
    play(s, p, {{1, 2}, "A"}, 1000);
    play(s, p, {{1, 0}, "A"}, 2000);
    const core::ItemAnalysis a = item_analysis(s);
    CHECK(item(a, "q1").facility.value() == doctest::Approx(1.0));
    CHECK_FALSE(item(a, "q1").discrimination.has_value());
    CHECK_FALSE(option(a, "A").discrimination.has_value());
    CHECK(option(a, "A").share == doctest::Approx(1.0));
}

TEST_CASE("a profile report gives the hand-computed attempts, best, latest, time, mastery and trend") {
    TempDir dir;
    Store s = Store::open(dir / "p.sqlite3", test_options());
    const std::string amina = s.create_profile("Amina").uuid;
    const auto finished = [&](const std::string& scenario, const std::string& topic, double score,
                              std::int64_t t, const std::string& competency) {
        const core::AttemptRecord a = make_attempt(amina, scenario, topic, t);
        s.begin_attempt(a);
        core::AnswerRecord r = make_answer(a.uuid, 0, "only", score, 4);  // time 1000 ms
        r.evidence.push_back({competency, score, 4});
        s.record_answer(r);
        s.finish_attempt(a.uuid, t + 100, score, 4);
    };
    finished("valuation/royalties", "valuation", 3, 1000, "cva.art8.royalties");  // 75 %
    finished("valuation/royalties", "valuation", 4, 2000, "cva.art8.royalties");  // 100 %
    finished("origin/ctc", "origin", 1, 3000, "origin.ctc");                      // 25 %
    const core::AttemptRecord open = make_attempt(amina, "fraud/seal", "fraud", 4000);
    s.begin_attempt(open);
    s.record_answer(make_answer(open.uuid, 0, "a", 2, 2));
    s.record_answer(make_answer(open.uuid, 1, "b", 2, 2));  // time 2000 ms

    const core::ProfileReport r = profile_report(s, amina);
    CHECK(r.profile.name == "Amina");
    CHECK(r.attempts == 4);
    CHECK(r.finished == 3);
    CHECK(r.unfinished == 1);
    CHECK(r.best_percent.value() == doctest::Approx(100.0));
    CHECK(r.latest_percent.value() == doctest::Approx(25.0));
    CHECK(r.time_ms == 1000 + 1000 + 1000 + 1000 + 2000);  // unfinished attempts' time counts too
    REQUIRE(r.trend.size() == 3);
    CHECK(r.trend[0].percent == doctest::Approx(75.0));
    // Slope of 75, 100, 25 over x = 0, 1, 2: sum dx*dy = -8.33 - 41.67 = -50, sum dx^2 = 2.
    CHECK(r.trend_slope.value() == doctest::Approx(-25.0));
    REQUIRE(r.topics.size() == core::all_topics.size());
    for (const core::MasteryRow& m : r.topics) {
        if (m.key == "valuation") {
            CHECK(m.count == 2);
            CHECK(m.mastery.value() == doctest::Approx(7.0 / 8.0));
        } else if (m.key == "origin") {
            CHECK(m.mastery.value() == doctest::Approx(0.25));
        } else {
            CHECK_MESSAGE(!m.mastery.has_value(), m.key);  // fraud's attempt is unfinished
        }
    }
    REQUIRE(r.competencies.size() == 2);
    CHECK(r.competencies[0].key == "cva.art8.royalties");
    CHECK(r.competencies[0].count == 2);
    CHECK(r.competencies[0].mastery.value() == doctest::Approx(7.0 / 8.0));
    CHECK_THROWS_AS(profile_report(s, "no-such-uuid"), StoreError);
}

TEST_CASE("the cohort report lists every profile with mastery per topic in topic order") {
    TempDir dir;
    Store s = Store::open(dir / "p.sqlite3", test_options());
    const std::string bruno = s.create_profile("bruno").uuid, amina = s.create_profile("Amina").uuid;
    s.create_profile("Chen");  // no attempts yet
    play(s, amina, {{1, 2}, "A"}, 1000);  // ethics 4/4
    play(s, amina, {{0, 0}, "B"}, 2000);  // ethics 0/4
    play(s, bruno, {{1, 1}, "A"}, 3000);  // ethics 3/4
    const auto rows = cohort_report(s);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].name == "Amina");  // case-insensitive order
    CHECK(rows[1].name == "bruno");
    std::size_t ethics = 0;
    while (core::all_topics[ethics] != core::Topic::ethics) ++ethics;
    CHECK(rows[0].attempts == 2);
    CHECK(rows[0].topics[ethics].attempts == 2);
    CHECK(rows[0].topics[ethics].mastery.value() == doctest::Approx(0.5));
    CHECK(rows[0].overall.value() == doctest::Approx(0.5));
    CHECK(rows[1].topics[ethics].mastery.value() == doctest::Approx(0.75));
    CHECK_FALSE(rows[1].topics[0].mastery.has_value());
    CHECK_FALSE(rows[2].overall.has_value());
}

TEST_CASE("item analysis from running sums matches a naive two-pass computation on random histories") {
    TempDir dir;
    Store s = Store::open(dir / "p.sqlite3", test_options());
    std::mt19937 rng(20240611);
    std::vector<std::string> profiles;
    for (int i = 0; i < 6; ++i) profiles.push_back(s.create_profile("T" + std::to_string(i)).uuid);
    // item -> (x, y) pairs
    std::map<std::string, std::vector<std::pair<double, double>>> seen;
    for (int k = 0; k < 40; ++k) {
        const core::AttemptRecord a = make_attempt(profiles[k % 6], "s", "fraud", k);
        s.begin_attempt(a);
        std::vector<std::pair<std::string, double>> xs;
        double total = 0;
        for (int step = 0; step < 5; ++step) {
            const double x = static_cast<double>(rng() % 4) * 0.5;  // 0..1.5, max 1.5
            s.record_answer(make_answer(a.uuid, step, "i" + std::to_string(step), x, 1.5));
            xs.push_back({"i" + std::to_string(step), x});
            total += x;
        }
        s.finish_attempt(a.uuid, k + 1, total, 7.5);
        for (auto& [id, x] : xs) seen[id].push_back({x, total});
    }
    const core::ItemAnalysis a = item_analysis(s);
    REQUIRE(a.items.size() == 5);
    for (const core::ItemRow& row : a.items) {
        const auto& v = seen[row.step_id];
        double mx = 0, mr = 0;
        for (auto [x, y] : v) mx += x, mr += y - x;
        mx /= v.size();
        mr /= v.size();
        double cov = 0, vx = 0, vr = 0;
        for (auto [x, y] : v) {
            cov += (x - mx) * (y - x - mr);
            vx += (x - mx) * (x - mx);
            vr += (y - x - mr) * (y - x - mr);
        }
        CHECK(row.facility.value() == doctest::Approx(mx / 1.5).epsilon(1e-12));
        CHECK(row.discrimination.value() == doctest::Approx(cov / std::sqrt(vx * vr)).epsilon(1e-9));
    }
}

}  // TEST_SUITE

TEST_SUITE("store") {

TEST_CASE("a generated history has the asked size and its reports count every attempt") {
    TempDir dir;
    Store s = Store::open(dir / "p.sqlite3", test_options());
    generate_synthetic_history(s, {6, 4, 10, 3, 7});
    const StoreCounts c = s.counts();
    CHECK(c.profiles == 6);
    CHECK(c.attempts == 24);
    CHECK(c.unfinished == 0);
    CHECK(c.answers == 240);
    int attempts = 0;
    for (const core::CohortRow& r : cohort_report(s)) attempts += r.attempts;
    CHECK(attempts == 24);
    CHECK(item_analysis(s).items.size() <= 30);  // at most 3 scenarios x 10 steps
    CHECK(s.integrity_check().empty());
}

}  // TEST_SUITE
