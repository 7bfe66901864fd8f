// Internal to game/store: RAII over the SQLite C API (connection, reused prepared statements,
// transactions) and the mapping of SQLite result codes to StoreError.
//
// Included only by game/store/*.cpp and the store's tests; it forward-declares the SQLite types so
// nothing outside game/store/*.cpp includes sqlite3.h. Invariants: a Statement obtained from
// Connection::query() is reset when its Query handle goes out of scope, so no statement keeps a
// read transaction open (which would stall WAL checkpoints); a Transaction rolls back unless
// commit() was called.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "store/store_error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace clearance::store::detail {

class Connection;

// SQLite's open flags, mirrored so code without sqlite3.h can open a raw connection (tests);
// sqlite_db.cpp checks they match.
inline constexpr int open_read_only = 0x01;
inline constexpr int open_read_write = 0x02;
inline constexpr int open_create = 0x04;

class Statement {
public:
    Statement(Connection& db, std::string_view sql);  // throws StoreError on a bad statement
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binders take 1-based parameter indexes, as SQLite does; each returns *this to chain.
    Statement& bind(int i, std::int64_t v);
    Statement& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
    Statement& bind(int i, double v);
    Statement& bind(int i, std::string_view v);
    Statement& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
    Statement& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
    Statement& bind_null(int i);
    template <class T>
    Statement& bind(int i, const std::optional<T>& v) { return v ? bind(i, *v) : bind_null(i); }

    bool step();  // true while a row is available; false when done; throws StoreError
    void run();   // steps to completion, ignoring rows
    void reset();  // ready to run again, bindings cleared

    std::int64_t int64(int col) const;  // 0-based columns
    double real(int col) const;
    std::string text(int col) const;
    bool is_null(int col) const;
    std::optional<std::int64_t> opt_int64(int col) const;
    std::optional<double> opt_real(int col) const;

private:
    Connection& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// A cached statement in use: resets it (and clears its bindings) when it goes out of scope.
class Query {
public:
    explicit Query(Statement& s) : s_(&s) {}
    ~Query() { s_->reset(); }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    Statement* operator->() { return s_; }
    Statement& operator*() { return *s_; }

private:
    Statement* s_;
};

class Connection {
public:
    // flags are SQLite open flags; throws StoreError (via fail) when the file cannot be opened.
    // `uri`, when given, is what SQLite opens ("file:...?immutable=1"); `file` names it in messages.
    Connection(const std::filesystem::path& file, int flags, int busy_timeout_ms, const std::string& uri = {});
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    sqlite3* handle() { return db_; }
    const std::filesystem::path& file() const { return file_; }
    int busy_timeout_ms() const { return busy_timeout_ms_; }

    void exec(std::string_view sql);  // runs one or more statements; throws StoreError
    // A prepared statement cached by its SQL text and reused; reset when the Query dies.
    Query query(const char* sql);
    std::int64_t scalar_int(const char* sql);  // first column of the first row (0 when none)
    std::int64_t changes() const;
    std::int64_t last_insert_rowid() const;

    // Throws the StoreError that SQLite's result code `rc` means; `what` says what was being done.
    [[noreturn]] void fail(int rc, std::string_view what);

private:
    sqlite3* db_ = nullptr;
    std::filesystem::path file_;
    int busy_timeout_ms_ = 0;
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> cache_;
};

// BEGIN IMMEDIATE takes the write lock at the start, so a busy database fails here (after the
// busy timeout) rather than halfway through; the destructor rolls back unless committed.
class Transaction {
public:
    explicit Transaction(Connection& db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& db_;
    bool open_ = false;
};

// `file` as a SQLite URI path ("/a%3fb" for "/a?b"), to append to "file:" with query parameters.
std::string uri_path(const std::filesystem::path& file);

// The StoreError for a SQLite result code on `file` (used where no Connection exists yet).
StoreError error_for(int rc, int system_errno, const std::filesystem::path& file, std::string_view what,
                     std::string_view detail, int busy_timeout_ms);

}  // namespace clearance::store::detail
