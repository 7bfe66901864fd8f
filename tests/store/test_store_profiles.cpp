// Profiles, PINs, the instructor passphrase and the throttle on wrong guesses.

#include <doctest/doctest.h>

#include "store/sqlite_db.h"
#include "store_fixture.h"

using namespace clearance;
using namespace clearance::store;
using namespace clearance::store::testing;

TEST_SUITE("store") {

TEST_CASE("profile names are unique regardless of case and are found by name or uuid") {
    TempDir dir;
    Store s = Store::open(dir / "p.sqlite3", test_options());
    const core::Profile a = s.create_profile("Amina", "fr");
    CHECK(a.uuid.size() == 36);
    CHECK(a.uuid[14] == '4');
    CHECK_THROWS_AS(s.create_profile("AMINA"), std::invalid_argument);
    CHECK_THROWS_AS(s.create_profile("  "), std::invalid_argument);
    CHECK(s.profile_by_name("amina")->uuid == a.uuid);
    CHECK(s.profile_by_uuid(a.uuid)->language == "fr");
    CHECK_FALSE(s.profile_by_name("Bruno").has_value());
}

TEST_CASE("a PIN is stored only as an Argon2id hash and checked") {
    TempDir dir;
    Store s = Store::open(dir / "p.sqlite3", test_options());
    const core::Profile open_profile = s.create_profile("Open");
    const core::Profile p = s.create_profile("Kofi", "en", std::string("2468"));
    CHECK(p.has_pin);
    CHECK(s.verify_pin(open_profile.uuid, "anything").ok());
    CHECK(s.verify_pin(p.uuid, "2468").ok());
    CHECK(s.verify_pin(p.uuid, "1357").status == AuthStatus::wrong);
    detail::Query q = s.connection().query("SELECT pin_hash FROM profiles WHERE name = 'Kofi'");
    REQUIRE(q->step());
    const std::string hash = q->text(0);
    CHECK(hash.rfind("$argon2id$", 0) == 0);
    CHECK(hash.find("2468") == std::string::npos);
}

TEST_CASE("the instructor passphrase is hashed with Argon2id at the INTERACTIVE limits by default") {
    TempDir dir;
    OpenOptions o = test_options();
    o.hash_cost = HashCost::interactive;
    Store s = Store::open(dir / "p.sqlite3", o);
    CHECK(s.verify_instructor("whatever").status == AuthStatus::not_set);
    s.set_instructor_passphrase("customs-academy-2024");
    CHECK(s.has_instructor_passphrase());
    CHECK(s.verify_instructor("customs-academy-2024").ok());
    CHECK(s.verify_instructor("customs-academy-2023").status == AuthStatus::wrong);
    detail::Query q = s.connection().query("SELECT value FROM settings WHERE key = 'instructor_passphrase'");
    REQUIRE(q->step());
    // m=65536 KiB and t=2 are libsodium's INTERACTIVE limits.
    CHECK(q->text(0).rfind("$argon2id$v=19$m=65536,t=2,", 0) == 0);
    CHECK_THROWS_AS(s.set_instructor_passphrase("short"), std::invalid_argument);
}

TEST_CASE("wrong guesses are throttled with a doubling delay that survives a restart") {
    TempDir dir;
    const auto file = dir / "p.sqlite3";
    ManualClock clock;
    std::string uuid;
    {
        Store s = Store::open(file, test_options(clock));
        s.set_instructor_passphrase("correct horse battery");
        uuid = s.create_profile("Kofi", "en", std::string("2468")).uuid;
        CHECK(s.verify_instructor("guess 1").retry_after_ms == 0);
        CHECK(s.verify_instructor("guess 2").retry_after_ms == 0);
        const AuthResult third = s.verify_instructor("guess 3");
        CHECK(third.status == AuthStatus::wrong);
        CHECK(third.failures == 3);
        CHECK(third.retry_after_ms == 1000);
        // Within the delay even the right passphrase is not checked.
        clock.advance(999);
        const AuthResult early = s.verify_instructor("correct horse battery");
        CHECK(early.status == AuthStatus::throttled);
        CHECK(early.retry_after_ms == 1);
        clock.advance(1);
        CHECK(s.verify_instructor("guess 4").retry_after_ms == 2000);
    }
    // A restart does not reset the count.
    Store s = Store::open(file, test_options(clock));
    CHECK(s.verify_instructor("guess 5").status == AuthStatus::throttled);
    clock.advance(2000);
    CHECK(s.verify_instructor("guess 5").retry_after_ms == 4000);
    clock.advance(4000);
    CHECK(s.verify_instructor("correct horse battery").ok());
    CHECK(s.verify_instructor("guess 6").retry_after_ms == 0);  // success reset the count
    // PINs are throttled per profile, separately from the instructor.
    for (int i = 0; i < 2; ++i) CHECK(s.verify_pin(uuid, "0000").retry_after_ms == 0);
    CHECK(s.verify_pin(uuid, "0000").retry_after_ms == 1000);
    CHECK(s.verify_pin(uuid, "2468").status == AuthStatus::throttled);
}

TEST_CASE("the delay between guesses is capped at five minutes") {
    TempDir dir;
    ManualClock clock;
    Store s = Store::open(dir / "p.sqlite3", test_options(clock));
    const std::string uuid = s.create_profile("Kofi", "en", std::string("2468")).uuid;
    std::int64_t last = 0;
    for (int i = 0; i < 16; ++i) {
        last = s.verify_pin(uuid, "0000").retry_after_ms;
        clock.advance(last);
    }
    CHECK(last == 5 * 60 * 1000);
}

}  // TEST_SUITE
