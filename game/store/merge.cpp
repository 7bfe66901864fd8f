#include "store/merge.h"

#include <unistd.h>

#include "store/migrations.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "store/summaries.h"

namespace clearance::store {

using detail::Query;

namespace {

// A source from an older Clearance is copied (VACUUM INTO) and the copy migrated, so the source
// itself is never written. Removes the copy and its migration backups when done.
class SourceCopy {
public:
    SourceCopy(const std::filesystem::path& source, const std::filesystem::path& beside) {
        dir_ = beside.has_parent_path() ? beside.parent_path() : ".";
        path_ = dir_ / (".merge-source-" + std::to_string(::getpid()) + ".sqlite3");
        std::filesystem::remove(path_);
        detail::Connection raw(source, detail::open_read_only, 3000);
        Query q = raw.query("VACUUM INTO ?1");
        q->bind(1, path_.string()).run();
    }
    ~SourceCopy() {
        std::error_code ec;
        const std::string stem = path_.filename().string();
        for (const auto& e : std::filesystem::directory_iterator(dir_, ec))
            if (e.path().filename().string().rfind(stem, 0) == 0) std::filesystem::remove(e.path(), ec);
    }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path dir_, path_;
};

std::string free_name(detail::Connection& db, const std::string& name) {
    for (int i = 2;; ++i) {
        const std::string candidate = name + " (" + std::to_string(i) + ")";
        Query q = db.query("SELECT 1 FROM profiles WHERE name = ?1 COLLATE NOCASE");
        q->bind(1, candidate);
        if (!q->step()) return candidate;
    }
}

}  // namespace

MergeReport merge_store(Store& into, const std::filesystem::path& source, const MergeProgress& progress) {
    MergeReport report;
    report.source = source;
    std::error_code ec;
    if (std::filesystem::equivalent(source, into.file(), ec))
        throw StoreError(StoreErrorKind::io, source, source.string() + " is the store being merged into; name another file.");

    // Validate the source as any store is validated (not a database, corrupt, newer schema...),
    // read-only, so its messages name the source and it stays untouched.
    std::optional<SourceCopy> copy;
    std::filesystem::path readable = source;
    {
        OpenOptions ro;
        ro.read_only = true;
        try {
            Store::open(source, ro);
        } catch (const StoreError& e) {
            if (e.kind() != StoreErrorKind::read_only) throw;
            copy.emplace(source, into.file());  // an older schema: merge from a migrated copy
            Store::open(copy->path(), OpenOptions{});
            readable = copy->path();
        }
    }

    detail::Connection& db = into.connection();
    {
        Query q = db.query("ATTACH DATABASE ?1 AS src");
        q->bind(1, "file:" + detail::uri_path(readable) + "?mode=ro").run();
    }
    struct Detach {
        detail::Connection& db;
        ~Detach() {
            try {
                db.exec("DETACH DATABASE src");
            } catch (...) {
            }
        }
    } detach{db};

    detail::Transaction tx(db);
    // --- profiles ---
    {
        Query q = db.query("SELECT uuid, name, language, pin_hash, created_ms FROM src.profiles ORDER BY created_ms, uuid");
        while (q->step()) {
            const std::string uuid = q->text(0), name = q->text(1);
            {
                Query known = db.query("SELECT 1 FROM profiles WHERE uuid = ?1");
                known->bind(1, uuid);
                if (known->step()) continue;
            }
            std::string local_name = name;
            {
                Query taken = db.query("SELECT uuid FROM profiles WHERE name = ?1 COLLATE NOCASE");
                taken->bind(1, name);
                if (taken->step()) {
                    local_name = free_name(db, name);
                    report.clashes.push_back({name, taken->text(0), uuid, local_name});
                }
            }
            Query ins = db.query(
                "INSERT INTO profiles(uuid, name, language, pin_hash, created_ms) VALUES (?1, ?2, ?3, ?4, ?5)");
            ins->bind(1, uuid).bind(2, local_name).bind(3, q->text(2)).bind(4, q->is_null(3) ? std::nullopt : std::optional<std::string>(q->text(3)));
            ins->bind(5, q->int64(4)).run();
            ++report.profiles_added;
        }
    }
    // --- attempts, answers, evidence ---
    const std::int64_t total = db.scalar_int("SELECT count(*) FROM src.attempts");
    std::int64_t done = 0;
    Query q = db.query(R"sql(
        SELECT a.id, a.uuid, p.uuid, a.scenario_id, a.scenario_version, a.content_hash, a.topic, a.seed, a.mode,
               a.started_ms, a.finished_ms, a.score, a.max
        FROM src.attempts a JOIN src.profiles p ON p.id = a.profile_id ORDER BY a.id)sql");
    while (q->step()) {
        const std::int64_t src_id = q->int64(0);
        const std::string uuid = q->text(1);
        const std::optional<std::int64_t> finished = q->opt_int64(10);
        std::int64_t local_id = 0;
        bool local_finished = false;
        {
            Query known = db.query("SELECT id, finished_ms IS NOT NULL FROM attempts WHERE uuid = ?1");
            known->bind(1, uuid);
            if (known->step()) {
                local_id = known->int64(0);
                local_finished = known->int64(1) != 0;
            }
        }
        const bool inserted = local_id == 0;
        if (inserted) {
            Query ins = db.query(R"sql(
                INSERT INTO attempts(uuid, profile_id, scenario_id, scenario_version, content_hash, topic, seed, mode,
                                     started_ms, finished_ms, score, max)
                SELECT ?1, id, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12 FROM profiles WHERE uuid = ?2)sql");
            ins->bind(1, uuid).bind(2, q->text(2)).bind(3, q->text(3)).bind(4, q->text(4)).bind(5, q->text(5));
            ins->bind(6, q->text(6)).bind(7, q->int64(7)).bind(8, q->text(8)).bind(9, q->int64(9));
            ins->bind(10, finished).bind(11, q->real(11)).bind(12, q->real(12)).run();
            local_id = db.last_insert_rowid();
            ++report.attempts_added;
        }
        {
            Query ins = db.query(R"sql(
                INSERT INTO answers(attempt_id, seq, step_id, step_kind, response, option_id, score, max, hints,
                                    time_ms, answered_ms)
                SELECT ?1, seq, step_id, step_kind, response, option_id, score, max, hints, time_ms, answered_ms
                FROM src.answers WHERE attempt_id = ?2 ORDER BY seq
                ON CONFLICT (attempt_id, seq) DO NOTHING)sql");
            ins->bind(1, local_id).bind(2, src_id).run();
            report.answers_added += db.changes();
        }
        {
            Query ins = db.query(R"sql(
                INSERT INTO evidence(attempt_id, seq, competency, score, max)
                SELECT ?1, seq, competency, score, max FROM src.evidence WHERE attempt_id = ?2
                ON CONFLICT DO NOTHING)sql");
            ins->bind(1, local_id).bind(2, src_id).run();
        }
        // Pending hints (schema 3) describe only where an unfinished attempt stands, so they follow
        // the attempt as merged: dropped once it is finished (as finish_attempt drops them) or once
        // their step has an answer here; otherwise the source's row is taken when this store has
        // none for the attempt, and for the same step the larger count wins, so a merge never sheds
        // a hint's cost and merging twice or in either order gives the same rows. For another step
        // (one attempt played on two copies of a file) this store's row stays, as its answers do.
        if (local_finished || finished) {
            Query del = db.query("DELETE FROM pending_hints WHERE attempt_id = ?1");
            del->bind(1, local_id).run();
        } else {
            {
                Query ins = db.query(R"sql(
                    INSERT INTO pending_hints(attempt_id, step_id, hints, taken_ms)
                    SELECT ?1, step_id, hints, taken_ms FROM src.pending_hints WHERE attempt_id = ?2
                    ON CONFLICT (attempt_id) DO UPDATE SET hints = max(pending_hints.hints, excluded.hints),
                                                           taken_ms = max(pending_hints.taken_ms, excluded.taken_ms)
                    WHERE pending_hints.step_id = excluded.step_id)sql");
                ins->bind(1, local_id).bind(2, src_id).run();
            }
            Query del = db.query(
                "DELETE FROM pending_hints WHERE attempt_id = ?1 AND step_id IN (SELECT step_id FROM answers WHERE attempt_id = ?1)");
            del->bind(1, local_id).run();
        }
        if (!local_finished) {
            if (finished) {
                // Finished in the source (or just imported finished): it now counts in reports.
                Query up = db.query("UPDATE attempts SET finished_ms = ?2, score = ?3, max = ?4 WHERE id = ?1");
                up->bind(1, local_id).bind(2, *finished).bind(3, q->real(11)).bind(4, q->real(12)).run();
                detail::add_finished_attempt(db, local_id);
                if (!inserted) ++report.attempts_finished;
            } else {
                // Still open: its running total is the sum of the answers it now has.
                Query up = db.query(R"sql(
                    UPDATE attempts SET score = (SELECT coalesce(sum(score), 0) FROM answers WHERE attempt_id = ?1),
                                        max = (SELECT coalesce(sum(max), 0) FROM answers WHERE attempt_id = ?1)
                    WHERE id = ?1)sql");
                up->bind(1, local_id).run();
            }
        }
        ++done;
        if (progress && (done % 500 == 0 || done == total)) progress(done, total);
    }
    tx.commit();
    return report;
}

}  // namespace clearance::store
