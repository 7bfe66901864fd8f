#include "store/summaries.h"

#include "store/sqlite_db.h"

namespace clearance::store::detail {

// Only graded steps (max > 0) enter item analysis: a brief has nothing to analyse.
void add_finished_attempt(Connection& db, std::int64_t attempt_id) {
    {
        Query q = db.query(R"sql(
            INSERT INTO profile_topic(profile_id, topic, attempts, score, max)
            SELECT profile_id, topic, 1, score, max FROM attempts WHERE id = ?1
            ON CONFLICT (profile_id, topic) DO UPDATE SET
                attempts = attempts + 1, score = score + excluded.score, max = max + excluded.max)sql");
        q->bind(1, attempt_id).run();
    }
    {
        Query q = db.query(R"sql(
            INSERT INTO item_stats(scenario_id, step_id, step_kind, n, sx, sxx, sy, syy, sxy, smax)
            SELECT a.scenario_id, n.step_id, n.step_kind, 1, n.score, n.score * n.score,
                   a.score, a.score * a.score, n.score * a.score, n.max
            FROM answers n JOIN attempts a ON a.id = n.attempt_id
            WHERE n.attempt_id = ?1 AND n.max > 0
            ON CONFLICT (scenario_id, step_id) DO UPDATE SET
                n = n + 1, sx = sx + excluded.sx, sxx = sxx + excluded.sxx, sy = sy + excluded.sy,
                syy = syy + excluded.syy, sxy = sxy + excluded.sxy, smax = smax + excluded.smax)sql");
        q->bind(1, attempt_id).run();
    }
    {
        Query q = db.query(R"sql(
            INSERT INTO option_stats(scenario_id, step_id, option_id, n, sx, sy)
            SELECT a.scenario_id, n.step_id, n.option_id, 1, n.score, a.score
            FROM answers n JOIN attempts a ON a.id = n.attempt_id
            WHERE n.attempt_id = ?1 AND n.option_id <> ''
            ON CONFLICT (scenario_id, step_id, option_id) DO UPDATE SET
                n = n + 1, sx = sx + excluded.sx, sy = sy + excluded.sy)sql");
        q->bind(1, attempt_id).run();
    }
}

void rebuild_summaries(Connection& db) {
    db.exec(R"sql(
        DELETE FROM profile_topic;
        DELETE FROM item_stats;
        DELETE FROM option_stats;
        INSERT INTO profile_topic(profile_id, topic, attempts, score, max)
            SELECT profile_id, topic, count(*), sum(score), sum(max)
            FROM attempts WHERE finished_ms IS NOT NULL GROUP BY profile_id, topic;
        INSERT INTO item_stats(scenario_id, step_id, step_kind, n, sx, sxx, sy, syy, sxy, smax)
            SELECT a.scenario_id, n.step_id, min(n.step_kind), count(*), sum(n.score),
                   sum(n.score * n.score), sum(a.score), sum(a.score * a.score), sum(n.score * a.score),
                   sum(n.max)
            FROM answers n JOIN attempts a ON a.id = n.attempt_id
            WHERE a.finished_ms IS NOT NULL AND n.max > 0
            GROUP BY a.scenario_id, n.step_id;
        INSERT INTO option_stats(scenario_id, step_id, option_id, n, sx, sy)
            SELECT a.scenario_id, n.step_id, n.option_id, count(*), sum(n.score), sum(a.score)
            FROM answers n JOIN attempts a ON a.id = n.attempt_id
            WHERE a.finished_ms IS NOT NULL AND n.option_id <> ''
            GROUP BY a.scenario_id, n.step_id, n.option_id;
    )sql");
}

}  // namespace clearance::store::detail
