// Profiles, PINs, the instructor passphrase, and the throttle on wrong guesses.

#include <sodium.h>

#include <algorithm>
#include <stdexcept>

#include "store/store_impl.h"

namespace clearance::store {

using detail::Query;

namespace {

// Wrong guesses: the first two are free (typos happen), then the wait doubles from 1 s:
// 1, 2, 4 ... capped at 5 minutes from the 12th. A 4-digit PIN (10,000 values) then takes about
// a month of guessing at the cap, on top of Argon2id's 0.16 s a try. Recorded in the store, so
// restarting the app does not reset it.
constexpr int free_failures = 2;
constexpr std::int64_t first_delay_ms = 1000;
constexpr std::int64_t max_delay_ms = 5 * 60 * 1000;

std::int64_t delay_after(int failures) {
    if (failures <= free_failures) return 0;
    const int doublings = std::min(failures - free_failures - 1, 20);
    return std::min(first_delay_ms << doublings, max_delay_ms);
}

std::string hash_secret(const std::string& secret, HashCost cost) {
    const unsigned long long ops =
        cost == HashCost::interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    const std::size_t mem =
        cost == HashCost::interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw StoreError(StoreErrorKind::io, {},
                         "Not enough memory to hash the secret (Argon2id needs 64 MiB). Close other programs "
                         "and try again.");
    return out;
}

bool secret_matches(const std::string& hash, const std::string& secret) {
    return crypto_pwhash_str_verify(hash.c_str(), secret.data(), secret.size()) == 0;
}

core::Profile read_profile(detail::Statement& s) {
    core::Profile p;
    p.uuid = s.text(0);
    p.name = s.text(1);
    p.language = s.text(2);
    p.has_pin = !s.is_null(3);
    p.created_ms = s.int64(4);
    return p;
}


}  // namespace

// --- profiles -----------------------------------------------------------------------------

core::Profile Store::create_profile(const std::string& name, const std::string& language,
                                    const std::optional<std::string>& pin) {
    if (name.find_first_not_of(" \t") == std::string::npos)
        throw std::invalid_argument("A profile needs a name.");
    if (profile_by_name(name))
        throw std::invalid_argument("A profile named \"" + name + "\" already exists; pick it or choose another name.");
    core::Profile p;
    p.uuid = new_uuid();
    p.name = name;
    p.language = language;
    p.has_pin = pin.has_value();
    p.created_ms = impl_->now();
    std::optional<std::string> hash;
    if (pin) hash = hash_secret(*pin, impl_->options.hash_cost);
    Query q = impl_->db->query(
        "INSERT INTO profiles(uuid, name, language, pin_hash, created_ms) VALUES (?1, ?2, ?3, ?4, ?5)");
    q->bind(1, p.uuid).bind(2, p.name).bind(3, p.language).bind(4, hash).bind(5, p.created_ms).run();
    return p;
}

std::vector<core::Profile> Store::profiles() {
    std::vector<core::Profile> out;
    Query q = impl_->db->query("SELECT uuid, name, language, pin_hash, created_ms FROM profiles ORDER BY name COLLATE NOCASE");
    while (q->step()) out.push_back(read_profile(*q));
    return out;
}

std::optional<core::Profile> Store::profile_by_uuid(const std::string& uuid) {
    Query q = impl_->db->query("SELECT uuid, name, language, pin_hash, created_ms FROM profiles WHERE uuid = ?1");
    q->bind(1, uuid);
    if (!q->step()) return std::nullopt;
    return read_profile(*q);
}

std::optional<core::Profile> Store::profile_by_name(const std::string& name) {
    Query q = impl_->db->query(
        "SELECT uuid, name, language, pin_hash, created_ms FROM profiles WHERE name = ?1 COLLATE NOCASE");
    q->bind(1, name);
    if (!q->step()) return std::nullopt;
    return read_profile(*q);
}

void Store::set_pin(const std::string& profile_uuid, const std::optional<std::string>& pin) {
    if (!impl_->profile_id(profile_uuid)) throw std::invalid_argument("No profile " + profile_uuid + ".");
    std::optional<std::string> hash;
    if (pin) hash = hash_secret(*pin, impl_->options.hash_cost);
    Query q = impl_->db->query("UPDATE profiles SET pin_hash = ?2 WHERE uuid = ?1");
    q->bind(1, profile_uuid).bind(2, hash).run();
}

// --- verification with throttling ---------------------------------------------------------

namespace {

struct Throttle {
    int failures = 0;
    std::int64_t next_allowed_ms = 0;
};

Throttle read_throttle(detail::Connection& db, const std::string& subject) {
    Query q = db.query("SELECT failures, next_allowed_ms FROM auth_throttle WHERE subject = ?1");
    q->bind(1, subject);
    Throttle t;
    if (q->step()) {
        t.failures = static_cast<int>(q->int64(0));
        t.next_allowed_ms = q->int64(1);
    }
    return t;
}

// Checks `secret` against `hash` under the throttle of `subject`; rehashes on success when the
// stored hash is weaker than the store's cost (e.g. a file made by the tests' minimum cost).
AuthResult verify_throttled(Store::Impl& impl, const std::string& subject, const std::string& hash,
                            const std::string& secret, const char* rehash_sql, const std::string& rehash_key) {
    detail::Connection& db = *impl.db;
    const std::int64_t now = impl.now();
    Throttle t = read_throttle(db, subject);
    if (now < t.next_allowed_ms) return {AuthStatus::throttled, t.next_allowed_ms - now, t.failures};
    if (secret_matches(hash, secret)) {
        Query del = db.query("DELETE FROM auth_throttle WHERE subject = ?1");
        del->bind(1, subject).run();
        if (impl.options.hash_cost == HashCost::interactive &&
            crypto_pwhash_str_needs_rehash(hash.c_str(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                           crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
            Query up = db.query(rehash_sql);
            up->bind(1, rehash_key).bind(2, hash_secret(secret, impl.options.hash_cost)).run();
        }
        return {AuthStatus::ok, 0, 0};
    }
    t.failures += 1;
    const std::int64_t delay = delay_after(t.failures);
    Query up = db.query(R"sql(
        INSERT INTO auth_throttle(subject, failures, next_allowed_ms) VALUES (?1, ?2, ?3)
        ON CONFLICT (subject) DO UPDATE SET failures = excluded.failures, next_allowed_ms = excluded.next_allowed_ms)sql");
    up->bind(1, subject).bind(2, t.failures).bind(3, now + delay).run();
    return {AuthStatus::wrong, delay, t.failures};
}

}  // namespace

AuthResult Store::verify_pin(const std::string& profile_uuid, const std::string& pin) {
    std::optional<std::string> hash;
    {
        Query q = impl_->db->query("SELECT pin_hash FROM profiles WHERE uuid = ?1");
        q->bind(1, profile_uuid);
        if (!q->step()) throw std::invalid_argument("No profile " + profile_uuid + ".");
        if (!q->is_null(0)) hash = q->text(0);
    }
    if (!hash) return {AuthStatus::ok, 0, 0};
    return verify_throttled(*impl_, "pin:" + profile_uuid, *hash, pin,
                            "UPDATE profiles SET pin_hash = ?2 WHERE uuid = ?1", profile_uuid);
}

bool Store::has_instructor_passphrase() {
    Query q = impl_->db->query("SELECT 1 FROM settings WHERE key = 'instructor_passphrase'");
    return q->step();
}

void Store::set_instructor_passphrase(const std::string& passphrase) {
    if (passphrase.size() < 8)
        throw std::invalid_argument("The instructor passphrase needs at least 8 characters.");
    const std::string hash = hash_secret(passphrase, impl_->options.hash_cost);
    Query q = impl_->db->query(R"sql(
        INSERT INTO settings(key, value) VALUES ('instructor_passphrase', ?1)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value)sql");
    q->bind(1, hash).run();
}

AuthResult Store::verify_instructor(const std::string& passphrase) {
    std::string hash;
    {
        Query q = impl_->db->query("SELECT value FROM settings WHERE key = 'instructor_passphrase'");
        if (!q->step()) return {AuthStatus::not_set, 0, 0};
        hash = q->text(0);
    }
    return verify_throttled(*impl_, "instructor", hash, passphrase,
                            "UPDATE settings SET value = ?2 WHERE key = ?1", "instructor_passphrase");
}

}  // namespace clearance::store
