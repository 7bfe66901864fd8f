#include "store/synthetic_history.h"

#include <random>
#include <string>

#include "core/topic.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "store/summaries.h"

namespace clearance::store {

using detail::Query;

void generate_synthetic_history(Store& store, const SyntheticSpec& spec) {
    detail::Connection& db = store.connection();
    std::mt19937_64 rng(spec.seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const std::int64_t t0 = 1'700'000'000'000;
    // One transaction per 20,000 answers: big enough that the per-commit fsync (a few ms here)
    // is noise, small enough that the WAL stays under ~30 MB before each checkpoint.
    constexpr int answers_per_batch = 20000;
    int in_batch = 0;
    auto tx = std::make_unique<detail::Transaction>(db);
    for (int p = 0; p < spec.profiles; ++p) {
        const double ability = 0.25 + 0.6 * unit(rng);  // chance of full marks on a step
        std::int64_t profile_id = 0;
        {
            Query q = db.query("INSERT INTO profiles(uuid, name, language, created_ms) VALUES (?1, ?2, 'en', ?3)");
            const std::string uuid = new_uuid();  // the name carries part of it: unique in a non-empty store too
            q->bind(1, uuid).bind(2, "Trainee " + std::to_string(p + 1) + " " + uuid.substr(0, 8)).bind(3, t0).run();
            profile_id = db.last_insert_rowid();
        }
        for (int k = 0; k < spec.attempts_per_profile; ++k) {
            const int scenario = static_cast<int>(rng() % static_cast<std::uint64_t>(spec.scenarios));
            const core::Topic topic = core::all_topics[static_cast<std::size_t>(scenario) % core::all_topics.size()];
            const std::string scenario_id = std::string(core::topic_id(topic)) + "/case-" + std::to_string(scenario);
            const std::int64_t started = t0 + (static_cast<std::int64_t>(p) * spec.attempts_per_profile + k) * 60'000;
            std::int64_t attempt_id = 0;
            {
                Query q = db.query(R"sql(
                    INSERT INTO attempts(uuid, profile_id, scenario_id, scenario_version, content_hash, topic, seed, mode,
                                         started_ms, finished_ms, score, max)
                    VALUES (?1, ?2, ?3, '1', 'synthetic', ?4, ?5, 'practice', ?6, NULL, 0, 0))sql");
                q->bind(1, new_uuid()).bind(2, profile_id).bind(3, scenario_id).bind(4, core::topic_id(topic));
                q->bind(5, static_cast<std::int64_t>(rng() >> 1)).bind(6, started).run();
                attempt_id = db.last_insert_rowid();
            }
            double score = 0, max = 0;
            for (int s = 0; s < spec.answers_per_attempt; ++s) {
                const bool choose = s % 5 == 4;
                const double step_max = choose ? 1.0 : 2.0;
                const double draw = unit(rng);
                const double got = draw < ability ? step_max : (draw < ability + 0.2 && !choose ? 1.0 : 0.0);
                std::string option;
                if (choose) option = got > 0 ? "a" : std::string(1, static_cast<char>('b' + rng() % 3));
                Query q = db.query(R"sql(
                    INSERT INTO answers(attempt_id, seq, step_id, step_kind, response, option_id, score, max, hints,
                                        time_ms, answered_ms)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, ?9, ?10))sql");
                q->bind(1, attempt_id).bind(2, s).bind(3, "step-" + std::to_string(s)).bind(4, choose ? "choose" : "quiz");
                q->bind(5, choose ? option : std::to_string(got)).bind(6, option).bind(7, got).bind(8, step_max);
                q->bind(9, static_cast<std::int64_t>(5000 + rng() % 30000)).bind(10, started + s * 1000).run();
                score += got;
                max += step_max;
                if (++in_batch == answers_per_batch) {
                    tx->commit();
                    tx = std::make_unique<detail::Transaction>(db);
                    in_batch = 0;
                }
            }
            Query q = db.query("UPDATE attempts SET finished_ms = ?2, score = ?3, max = ?4 WHERE id = ?1");
            q->bind(1, attempt_id).bind(2, started + spec.answers_per_attempt * 1000).bind(3, score).bind(4, max).run();
        }
    }
    // One grouped pass is faster than 1,000,000 upserts, and gives the same tables.
    detail::rebuild_summaries(db);
    tx->commit();
}

}  // namespace clearance::store
