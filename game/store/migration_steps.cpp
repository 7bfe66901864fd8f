// The numbered migrations of the progress store. Never edit a released migration: add a new one.
//
// Keys: every record that travels between laptops has a UUID (profiles, attempts; answers are
// (attempt, seq)), so `clearance merge` joins stores without conflicts. Local joins use INTEGER
// ids, because answers are the big table (1,000,000 rows in the bench) and a 36-byte UUID on each
// would more than double its size.

#include "store/migrations.h"
#include "store/summaries.h"

namespace clearance::store::detail {

namespace {

// Version 1: the history itself. Answers and evidence are append-only; an attempt row is updated
// once, when it finishes.
constexpr const char* schema_v1 = R"sql(
CREATE TABLE profiles(
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    language    TEXT NOT NULL DEFAULT 'en',
    pin_hash    TEXT,
    created_ms  INTEGER NOT NULL
);
CREATE UNIQUE INDEX profiles_by_name ON profiles(name COLLATE NOCASE);

CREATE TABLE attempts(
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    profile_id        INTEGER NOT NULL REFERENCES profiles(id),
    scenario_id       TEXT NOT NULL,
    scenario_version  TEXT NOT NULL DEFAULT '',
    content_hash      TEXT NOT NULL DEFAULT '',
    topic             TEXT NOT NULL DEFAULT '',
    seed              INTEGER NOT NULL,
    mode              TEXT NOT NULL CHECK (mode IN ('practice', 'exam', 'shift', 'review')),
    started_ms        INTEGER NOT NULL,
    finished_ms       INTEGER,
    score             REAL NOT NULL DEFAULT 0,
    max               REAL NOT NULL DEFAULT 0
);
CREATE INDEX attempts_by_profile ON attempts(profile_id, started_ms);

CREATE TABLE answers(
    attempt_id   INTEGER NOT NULL REFERENCES attempts(id),
    seq          INTEGER NOT NULL,
    step_id      TEXT NOT NULL,
    step_kind    TEXT NOT NULL DEFAULT '',
    response     TEXT NOT NULL DEFAULT '',
    option_id    TEXT NOT NULL DEFAULT '',
    score        REAL NOT NULL,
    max          REAL NOT NULL,
    hints        INTEGER NOT NULL DEFAULT 0,
    time_ms      INTEGER NOT NULL DEFAULT 0,
    answered_ms  INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, seq)
) WITHOUT ROWID;

CREATE TABLE evidence(
    attempt_id  INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    competency  TEXT NOT NULL,
    score       REAL NOT NULL,
    max         REAL NOT NULL,
    PRIMARY KEY (attempt_id, seq, competency),
    FOREIGN KEY (attempt_id, seq) REFERENCES answers(attempt_id, seq)
) WITHOUT ROWID;

CREATE TABLE settings(
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;

-- Wrong PINs and passphrases, so that restarting the app does not reset the delay.
CREATE TABLE auth_throttle(
    subject          TEXT PRIMARY KEY,
    failures         INTEGER NOT NULL,
    next_allowed_ms  INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// Version 2: summary tables for the instructor's dashboard. Measured on this machine, SQLite
// aggregates about 6 million rows a second, so any report that scans 1,000,000 answers takes
// 150 ms or more; the target is 100 ms. These tables are updated when an attempt finishes (in
// the same transaction) and hold one row per profile x topic, per item and per option, so the
// cohort report and item analysis read thousands of rows instead of a million.
// x = the item's score, y = the attempt's final score: the sums give facility and correlations.
constexpr const char* schema_v2 = R"sql(
CREATE TABLE profile_topic(
    profile_id  INTEGER NOT NULL,
    topic       TEXT NOT NULL,
    attempts    INTEGER NOT NULL,
    score       REAL NOT NULL,
    max         REAL NOT NULL,
    PRIMARY KEY (profile_id, topic)
) WITHOUT ROWID;

CREATE TABLE item_stats(
    scenario_id  TEXT NOT NULL,
    step_id      TEXT NOT NULL,
    step_kind    TEXT NOT NULL,
    n            INTEGER NOT NULL,
    sx           REAL NOT NULL,
    sxx          REAL NOT NULL,
    sy           REAL NOT NULL,
    syy          REAL NOT NULL,
    sxy          REAL NOT NULL,
    smax         REAL NOT NULL,
    PRIMARY KEY (scenario_id, step_id)
) WITHOUT ROWID;

CREATE TABLE option_stats(
    scenario_id  TEXT NOT NULL,
    step_id      TEXT NOT NULL,
    option_id    TEXT NOT NULL,
    n            INTEGER NOT NULL,
    sx           REAL NOT NULL,
    sy           REAL NOT NULL,
    PRIMARY KEY (scenario_id, step_id, option_id)
) WITHOUT ROWID;

-- The per-profile report reads one profile's finished attempts in time order.
CREATE INDEX attempts_finished_by_profile ON attempts(profile_id, finished_ms) WHERE finished_ms IS NOT NULL;
-- Resume lists unfinished attempts without scanning the finished ones.
CREATE INDEX attempts_unfinished ON attempts(profile_id) WHERE finished_ms IS NULL;
)sql";

// Version 3: hints taken on the step an unfinished attempt stands on. Answers carry their hints,
// but a trainee who took hints and left (or crashed) before answering lost them, and with them
// their cost. At most one row per attempt, written when a hint is taken, deleted when that step's
// answer is recorded (the answer row then carries the hints) or the attempt finishes: so it only
// ever describes unfinished attempts, and reports and exports, which count answers and finished
// attempts, never read it.
constexpr const char* schema_v3 = R"sql(
CREATE TABLE pending_hints(
    attempt_id  INTEGER PRIMARY KEY REFERENCES attempts(id),
    step_id     TEXT NOT NULL,
    hints       INTEGER NOT NULL CHECK (hints > 0),
    taken_ms    INTEGER NOT NULL
);
)sql";

}  // namespace

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> list = {
        {1, "history", schema_v1, nullptr},
        {2, "report-summaries", schema_v2, [](Connection& db) { rebuild_summaries(db); }},
        {3, "pending-hints", schema_v3, nullptr},
    };
    return list;
}

int latest_schema_version() { return migrations().back().version; }

}  // namespace clearance::store::detail
