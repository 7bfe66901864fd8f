#include <sqlite3.h>

#include <ctime>
#include <string>

#include "store/migrations.h"
#include "store/sqlite_db.h"

namespace clearance::store::detail {

std::string file_timestamp(std::int64_t ms) {
    const std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
    return buf;
}

namespace {

// VACUUM INTO writes a consistent snapshot including what is still in the WAL (copying the main
// file alone would lose those commits). It refuses to overwrite, so a second migration in the
// same second gets a distinct name from its version number.
std::filesystem::path backup_before(Connection& db, const Migration& m, std::int64_t now_ms) {
    const std::filesystem::path file = db.file();
    std::filesystem::path target = file;
    target += ".before-v" + std::to_string(m.version) + "-" + file_timestamp(now_ms) + ".sqlite3";
    for (int i = 2; std::filesystem::exists(target); ++i) {
        target = file;
        target += ".before-v" + std::to_string(m.version) + "-" + file_timestamp(now_ms) + "-" +
                  std::to_string(i) + ".sqlite3";
    }
    Query q = db.query("VACUUM INTO ?1");
    q->bind(1, target.string()).run();
    return target;
}

}  // namespace

MigrationResult migrate(Connection& db, const std::vector<Migration>& list, std::int64_t now_ms) {
    MigrationResult result;
    result.from_version = static_cast<int>(db.scalar_int("PRAGMA user_version"));
    result.to_version = result.from_version;
    for (const Migration& m : list) {
        if (m.version <= result.to_version) continue;
        if (result.from_version > 0) result.backups.push_back(backup_before(db, m, now_ms));
        Transaction tx(db);
        // Another process may have migrated between our read and our write lock: read again.
        const int current = static_cast<int>(db.scalar_int("PRAGMA user_version"));
        if (current >= m.version) {
            result.to_version = current;
            continue;
        }
        if (m.version == 1) db.exec("PRAGMA application_id = " + std::to_string(application_id));
        db.exec(m.sql);
        if (m.after) m.after(db);
        db.exec("PRAGMA user_version = " + std::to_string(m.version));
        tx.commit();
        result.to_version = m.version;
    }
    return result;
}

}  // namespace clearance::store::detail
