// Attempts and answers: the append-only history, written one durable commit per answer.

#include <stdexcept>

#include "store/store_impl.h"
#include "store/summaries.h"

namespace clearance::store {

using detail::Query;
using detail::Statement;
using detail::Transaction;

namespace {

constexpr const char* attempt_select = R"sql(
    SELECT a.uuid, p.uuid, a.scenario_id, a.scenario_version, a.content_hash, a.topic, a.seed, a.mode,
           a.started_ms, a.finished_ms, a.score, a.max
    FROM attempts a JOIN profiles p ON p.id = a.profile_id )sql";

core::AttemptRecord read_attempt(Statement& s) {
    core::AttemptRecord a;
    a.uuid = s.text(0);
    a.profile_uuid = s.text(1);
    a.scenario_id = s.text(2);
    a.scenario_version = s.text(3);
    a.content_hash = s.text(4);
    a.topic = s.text(5);
    a.seed = static_cast<std::uint64_t>(s.int64(6));
    a.mode = core::parse_attempt_mode(s.text(7)).value_or(core::AttemptMode::practice);
    a.started_ms = s.int64(8);
    a.finished_ms = s.opt_int64(9);
    a.score = s.real(10);
    a.max = s.real(11);
    return a;
}

// The row id of an unfinished attempt, for what is about to be written to it (`what`, plural:
// "answers"); throws when the attempt does not exist or is finished.
std::int64_t unfinished_attempt_id(detail::Connection& db, const std::string& uuid, const std::string& what) {
    Query q = db.query("SELECT id, finished_ms IS NOT NULL FROM attempts WHERE uuid = ?1");
    q->bind(1, uuid);
    if (!q->step()) throw std::invalid_argument("No attempt " + uuid + " for " + what + ".");
    if (q->int64(1)) throw std::logic_error("Attempt " + uuid + " is finished; no more " + what + ".");
    return q->int64(0);
}

}  // namespace

void Store::begin_attempt(const core::AttemptRecord& a) {
    const std::int64_t profile = impl_->profile_id(a.profile_uuid);
    if (!profile) throw std::invalid_argument("No profile " + a.profile_uuid + " for attempt " + a.uuid + ".");
    // Seeds are 64-bit unsigned; SQLite integers are signed: stored as the same bits.
    Query q = impl_->db->query(R"sql(
        INSERT INTO attempts(uuid, profile_id, scenario_id, scenario_version, content_hash, topic, seed, mode,
                             started_ms, finished_ms, score, max)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, NULL, 0, 0)
        ON CONFLICT (uuid) DO NOTHING)sql");
    q->bind(1, a.uuid).bind(2, profile).bind(3, a.scenario_id).bind(4, a.scenario_version).bind(5, a.content_hash);
    q->bind(6, a.topic).bind(7, static_cast<std::int64_t>(a.seed)).bind(8, core::attempt_mode_name(a.mode));
    q->bind(9, a.started_ms).run();
}

bool Store::record_answer(const core::AnswerRecord& r) {
    detail::Connection& db = *impl_->db;
    // One transaction holds the answer, its evidence and the running total: a crash keeps all or
    // none of them. With WAL and synchronous=FULL the COMMIT returns after the fsync of the WAL.
    Transaction tx(db);
    const std::int64_t attempt = unfinished_attempt_id(db, r.attempt_uuid, "answers");
    {
        Query q = db.query(R"sql(
            INSERT INTO answers(attempt_id, seq, step_id, step_kind, response, option_id, score, max, hints,
                                time_ms, answered_ms)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            ON CONFLICT (attempt_id, seq) DO NOTHING)sql");
        q->bind(1, attempt).bind(2, r.seq).bind(3, r.step_id).bind(4, r.step_kind).bind(5, r.response);
        q->bind(6, r.option_id).bind(7, r.score).bind(8, r.max).bind(9, r.hints).bind(10, r.time_ms);
        q->bind(11, r.answered_ms).run();
    }
    if (db.changes() == 0) return false;  // already recorded; the transaction commits nothing
    for (const core::CompetencyEvidence& e : r.evidence) {
        Query q = db.query(R"sql(
            INSERT INTO evidence(attempt_id, seq, competency, score, max) VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT DO NOTHING)sql");
        q->bind(1, attempt).bind(2, r.seq).bind(3, e.competency).bind(4, e.score).bind(5, e.max).run();
    }
    {
        Query q = db.query("UPDATE attempts SET score = score + ?2, max = max + ?3 WHERE id = ?1");
        q->bind(1, attempt).bind(2, r.score).bind(3, r.max).run();
    }
    {
        // The answer carries the step's hints from now on; in the same transaction, so a crash
        // leaves them counted once, either pending or in the answer.
        Query q = db.query("DELETE FROM pending_hints WHERE attempt_id = ?1 AND step_id = ?2");
        q->bind(1, attempt).bind(2, r.step_id).run();
    }
    tx.commit();
    return true;
}

void Store::finish_attempt(const std::string& attempt_uuid, std::int64_t finished_ms, double score, double max) {
    detail::Connection& db = *impl_->db;
    Transaction tx(db);
    std::int64_t attempt = 0;
    {
        Query q = db.query("SELECT id, finished_ms IS NOT NULL FROM attempts WHERE uuid = ?1");
        q->bind(1, attempt_uuid);
        if (!q->step()) throw std::invalid_argument("No attempt " + attempt_uuid + " to finish.");
        if (q->int64(1)) return;  // finished already: the rollback is a no-op
        attempt = q->int64(0);
    }
    {
        Query q = db.query("UPDATE attempts SET finished_ms = ?2, score = ?3, max = ?4 WHERE id = ?1");
        q->bind(1, attempt).bind(2, finished_ms).bind(3, score).bind(4, max).run();
    }
    {
        Query q = db.query("DELETE FROM pending_hints WHERE attempt_id = ?1");
        q->bind(1, attempt).run();
    }
    detail::add_finished_attempt(db, attempt);
    tx.commit();
}

void Store::record_pending_hints(const core::PendingHints& p) {
    detail::Connection& db = *impl_->db;
    // As with an answer: the COMMIT returns after the WAL's fsync, so a crash right after the
    // hint is shown keeps it.
    Transaction tx(db);
    const std::int64_t attempt = unfinished_attempt_id(db, p.attempt_uuid, "hints");
    if (p.hints <= 0) {
        Query q = db.query("DELETE FROM pending_hints WHERE attempt_id = ?1");
        q->bind(1, attempt).run();
    } else {
        Query q = db.query(R"sql(
            INSERT INTO pending_hints(attempt_id, step_id, hints, taken_ms) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (attempt_id) DO UPDATE SET step_id = excluded.step_id, hints = excluded.hints,
                                                   taken_ms = excluded.taken_ms)sql");
        q->bind(1, attempt).bind(2, p.step_id).bind(3, p.hints).bind(4, p.taken_ms).run();
    }
    tx.commit();
}

std::optional<core::PendingHints> Store::pending_hints(const std::string& attempt_uuid) {
    Query q = impl_->db->query(R"sql(
        SELECT h.step_id, h.hints, h.taken_ms FROM pending_hints h JOIN attempts a ON a.id = h.attempt_id
        WHERE a.uuid = ?1)sql");
    q->bind(1, attempt_uuid);
    if (!q->step()) return std::nullopt;
    return core::PendingHints{attempt_uuid, q->text(0), static_cast<int>(q->int64(1)), q->int64(2)};
}

std::vector<core::ResumableAttempt> Store::unfinished_attempts(const std::string& profile_uuid) {
    std::vector<core::ResumableAttempt> out;
    {
        Query q = impl_->db->query(
            (std::string(attempt_select) + "WHERE p.uuid = ?1 AND a.finished_ms IS NULL ORDER BY a.started_ms DESC, a.id DESC")
                .c_str());
        q->bind(1, profile_uuid);
        while (q->step()) out.push_back({read_attempt(*q), {}, std::nullopt});
    }
    for (core::ResumableAttempt& r : out) {
        r.answers = answers(r.attempt.uuid);
        r.pending = pending_hints(r.attempt.uuid);
    }
    return out;
}

std::vector<core::AttemptRecord> Store::attempts(const std::string& profile_uuid) {
    std::vector<core::AttemptRecord> out;
    Query q = impl_->db->query(
        (std::string(attempt_select) + "WHERE p.uuid = ?1 ORDER BY a.started_ms, a.id").c_str());
    q->bind(1, profile_uuid);
    while (q->step()) out.push_back(read_attempt(*q));
    return out;
}

std::optional<core::AttemptRecord> Store::attempt(const std::string& attempt_uuid) {
    Query q = impl_->db->query((std::string(attempt_select) + "WHERE a.uuid = ?1").c_str());
    q->bind(1, attempt_uuid);
    if (!q->step()) return std::nullopt;
    return read_attempt(*q);
}

std::vector<core::AnswerRecord> Store::answers(const std::string& attempt_uuid) {
    std::vector<core::AnswerRecord> out;
    const std::int64_t attempt = impl_->attempt_id(attempt_uuid);
    if (!attempt) return out;
    {
        Query q = impl_->db->query(R"sql(
            SELECT seq, step_id, step_kind, response, option_id, score, max, hints, time_ms, answered_ms
            FROM answers WHERE attempt_id = ?1 ORDER BY seq)sql");
        q->bind(1, attempt);
        while (q->step()) {
            core::AnswerRecord r;
            r.attempt_uuid = attempt_uuid;
            r.seq = static_cast<int>(q->int64(0));
            r.step_id = q->text(1);
            r.step_kind = q->text(2);
            r.response = q->text(3);
            r.option_id = q->text(4);
            r.score = q->real(5);
            r.max = q->real(6);
            r.hints = static_cast<int>(q->int64(7));
            r.time_ms = q->int64(8);
            r.answered_ms = q->int64(9);
            out.push_back(std::move(r));
        }
    }
    Query q = impl_->db->query(
        "SELECT seq, competency, score, max FROM evidence WHERE attempt_id = ?1 ORDER BY seq, competency");
    q->bind(1, attempt);
    std::size_t i = 0;
    while (q->step()) {
        const int seq = static_cast<int>(q->int64(0));
        while (i < out.size() && out[i].seq < seq) ++i;
        if (i < out.size() && out[i].seq == seq) out[i].evidence.push_back({q->text(1), q->real(2), q->real(3)});
    }
    return out;
}

}  // namespace clearance::store
