#include "store/report.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/topic.h"
#include "store/sqlite_db.h"
#include "store/store.h"

namespace clearance::store {

using detail::Query;

namespace {

std::optional<double> ratio(double score, double max) {
    if (max <= 0.0) return std::nullopt;
    return score / max;
}

// Pearson correlation from sums; nullopt when either variable is (numerically) constant.
std::optional<double> correlation(double n, double sx, double sxx, double sy, double syy, double sxy) {
    if (n < 2) return std::nullopt;
    const double mx = sx / n, my = sy / n;
    const double vx = sxx / n - mx * mx, vy = syy / n - my * my;
    // Sums of squares lose about 1e-16 relative per add: treat a variance that is a tiny part of
    // the raw second moment as zero rather than divide by rounding noise.
    if (vx <= 1e-12 * (sxx / n + 1.0) || vy <= 1e-12 * (syy / n + 1.0)) return std::nullopt;
    const double r = (sxy / n - mx * my) / std::sqrt(vx * vy);
    return std::clamp(r, -1.0, 1.0);
}

// Least-squares slope of y over x = 0, 1, 2...
std::optional<double> slope(const std::vector<double>& y) {
    const std::size_t n = y.size();
    if (n < 2) return std::nullopt;
    const double mx = (static_cast<double>(n) - 1.0) / 2.0;
    double my = 0.0;
    for (double v : y) my += v;
    my /= static_cast<double>(n);
    double num = 0.0, den = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double dx = static_cast<double>(i) - mx;
        num += dx * (y[i] - my);
        den += dx * dx;
    }
    return num / den;
}

}  // namespace

core::ProfileReport profile_report(Store& store, const std::string& profile_uuid) {
    detail::Connection& db = store.connection();
    core::ProfileReport r;
    const auto profile = store.profile_by_uuid(profile_uuid);
    if (!profile)
        throw StoreError(StoreErrorKind::not_found, store.file(), "No profile with id " + profile_uuid + ".");
    r.profile = *profile;
    std::int64_t pid = 0;
    {
        Query q = db.query("SELECT id FROM profiles WHERE uuid = ?1");
        q->bind(1, profile_uuid);
        if (q->step()) pid = q->int64(0);
    }
    {
        Query q = db.query("SELECT count(*), count(finished_ms) FROM attempts WHERE profile_id = ?1");
        q->bind(1, pid);
        if (q->step()) {
            r.attempts = static_cast<int>(q->int64(0));
            r.finished = static_cast<int>(q->int64(1));
            r.unfinished = r.attempts - r.finished;
        }
    }
    {
        Query q = db.query(R"sql(
            SELECT coalesce(sum(n.time_ms), 0) FROM answers n JOIN attempts a ON a.id = n.attempt_id
            WHERE a.profile_id = ?1)sql");
        q->bind(1, pid);
        if (q->step()) r.time_ms = q->int64(0);
    }
    {
        Query q = db.query(R"sql(
            SELECT uuid, scenario_id, finished_ms, score, max FROM attempts
            WHERE profile_id = ?1 AND finished_ms IS NOT NULL AND max > 0 ORDER BY finished_ms, id)sql");
        q->bind(1, pid);
        while (q->step())
            r.trend.push_back({q->text(0), q->text(1), q->int64(2), 100.0 * q->real(3) / q->real(4)});
    }
    for (const core::TrendPoint& t : r.trend)
        if (!r.best_percent || t.percent > *r.best_percent) r.best_percent = t.percent;
    if (!r.trend.empty()) r.latest_percent = r.trend.back().percent;
    std::vector<double> recent;
    for (std::size_t i = r.trend.size() > 10 ? r.trend.size() - 10 : 0; i < r.trend.size(); ++i)
        recent.push_back(r.trend[i].percent);
    r.trend_slope = slope(recent);

    std::map<std::string, core::MasteryRow> topics;
    for (core::Topic t : core::all_topics) topics[std::string(core::topic_id(t))].key = core::topic_id(t);
    {
        Query q = db.query("SELECT topic, attempts, score, max FROM profile_topic WHERE profile_id = ?1");
        q->bind(1, pid);
        while (q->step()) {
            core::MasteryRow& m = topics[q->text(0)];
            m.key = q->text(0);
            m.count = static_cast<int>(q->int64(1));
            m.score = q->real(2);
            m.max = q->real(3);
            m.mastery = ratio(m.score, m.max);
        }
    }
    for (core::Topic t : core::all_topics) {
        r.topics.push_back(topics[std::string(core::topic_id(t))]);
        topics.erase(std::string(core::topic_id(t)));
    }
    for (auto& [key, row] : topics) r.topics.push_back(row);  // topics this build does not know

    {
        Query q = db.query(R"sql(
            SELECT e.competency, count(*), sum(e.score), sum(e.max)
            FROM evidence e JOIN attempts a ON a.id = e.attempt_id
            WHERE a.profile_id = ?1 AND a.finished_ms IS NOT NULL
            GROUP BY e.competency ORDER BY e.competency)sql");
        q->bind(1, pid);
        while (q->step()) {
            core::MasteryRow m;
            m.key = q->text(0);
            m.count = static_cast<int>(q->int64(1));
            m.score = q->real(2);
            m.max = q->real(3);
            m.mastery = ratio(m.score, m.max);
            r.competencies.push_back(std::move(m));
        }
    }
    return r;
}

std::vector<core::CohortRow> cohort_report(Store& store) {
    detail::Connection& db = store.connection();
    std::vector<core::CohortRow> rows;
    std::map<std::int64_t, std::size_t> index;
    std::map<std::string, std::size_t> topic_index;
    for (std::size_t i = 0; i < core::all_topics.size(); ++i)
        topic_index[std::string(core::topic_id(core::all_topics[i]))] = i;
    {
        Query q = db.query("SELECT id, uuid, name FROM profiles ORDER BY name COLLATE NOCASE");
        while (q->step()) {
            index[q->int64(0)] = rows.size();
            core::CohortRow row;
            row.profile_uuid = q->text(1);
            row.name = q->text(2);
            row.topics.resize(core::all_topics.size());
            rows.push_back(std::move(row));
        }
    }
    std::vector<double> score(rows.size(), 0.0), max(rows.size(), 0.0);
    std::vector<std::vector<double>> cell_score(rows.size(), std::vector<double>(core::all_topics.size()));
    std::vector<std::vector<double>> cell_max = cell_score;
    Query q = db.query("SELECT profile_id, topic, attempts, score, max FROM profile_topic");
    while (q->step()) {
        const auto p = index.find(q->int64(0));
        if (p == index.end()) continue;
        const std::size_t i = p->second;
        rows[i].attempts += static_cast<int>(q->int64(2));
        score[i] += q->real(3);
        max[i] += q->real(4);
        const auto t = topic_index.find(q->text(1));
        if (t == topic_index.end()) continue;  // a topic this build does not know: overall only
        core::CohortCell& cell = rows[i].topics[t->second];
        cell.attempts += static_cast<int>(q->int64(2));
        cell_score[i][t->second] += q->real(3);
        cell_max[i][t->second] += q->real(4);
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].overall = ratio(score[i], max[i]);
        for (std::size_t t = 0; t < rows[i].topics.size(); ++t)
            rows[i].topics[t].mastery = ratio(cell_score[i][t], cell_max[i][t]);
    }
    return rows;
}

core::ItemAnalysis item_analysis(Store& store) {
    detail::Connection& db = store.connection();
    core::ItemAnalysis out;
    struct Totals {
        double n, sy, syy;
    };
    std::map<std::pair<std::string, std::string>, Totals> totals;
    {
        Query q = db.query(R"sql(
            SELECT scenario_id, step_id, step_kind, n, sx, sxx, sy, syy, sxy, smax FROM item_stats
            ORDER BY scenario_id, step_id)sql");
        while (q->step()) {
            core::ItemRow row;
            row.scenario_id = q->text(0);
            row.step_id = q->text(1);
            row.step_kind = q->text(2);
            const double n = q->real(3), sx = q->real(4), sxx = q->real(5), sy = q->real(6), syy = q->real(7),
                         sxy = q->real(8), smax = q->real(9);
            row.responses = static_cast<int>(n);
            row.mean_score = n > 0 ? sx / n : 0.0;
            row.max = n > 0 ? smax / n : 0.0;
            row.facility = ratio(sx, smax);
            // The rest score r = y - x: its sums follow from those of x and y.
            const double sr = sy - sx, srr = syy - 2.0 * sxy + sxx, sxr = sxy - sxx;
            row.discrimination = correlation(n, sx, sxx, sr, srr, sxr);
            totals[{row.scenario_id, row.step_id}] = {n, sy, syy};
            out.items.push_back(std::move(row));
        }
    }
    // Shares are taken over the step's picks, so an ungraded branch choice has them too.
    std::map<std::pair<std::string, std::string>, double> picks;
    std::vector<double> sy_chosen;
    {
        Query q = db.query(
            "SELECT scenario_id, step_id, option_id, n, sx, sy FROM option_stats ORDER BY scenario_id, step_id, option_id");
        while (q->step()) {
            core::OptionRow row;
            row.scenario_id = q->text(0);
            row.step_id = q->text(1);
            row.option_id = q->text(2);
            const double k = q->real(3);
            row.chosen = static_cast<int>(k);
            row.mean_score = k > 0 ? q->real(4) / k : 0.0;
            picks[{row.scenario_id, row.step_id}] += k;
            sy_chosen.push_back(q->real(5));
            out.options.push_back(std::move(row));
        }
    }
    for (std::size_t i = 0; i < out.options.size(); ++i) {
        core::OptionRow& row = out.options[i];
        const double k = row.chosen;
        row.share = k / picks[{row.scenario_id, row.step_id}];
        const auto t = totals.find({row.scenario_id, row.step_id});
        // The indicator i (1 when this option was picked) has sum i = sum i^2 = k and
        // sum i*y = the total of the attempts that picked it. Graded steps only: an ungraded
        // choice has no item_stats row to give the totals of everyone who answered.
        if (t != totals.end()) row.discrimination = correlation(t->second.n, k, k, t->second.sy, t->second.syy, sy_chosen[i]);
    }
    return out;
}

}  // namespace clearance::store
