// The instructor screen's app side: the first passphrase, unlocking (wrong and right), locking,
// and the class reports it reads for the screen.
#include <doctest/doctest.h>

#include "../store/store_fixture.h"
#include "app/instructor_desk.h"

using namespace clearance;
using namespace clearance::store::testing;

namespace {

// Two trainees: Amina scores 3 of 10 in valuation, Ben 9 of 10; each answers step "q1" six times
// (enough for item analysis), Ben right and Amina wrong, so the step discriminates.
void class_of_two(store::Store& s) {
    const std::string amina = s.create_profile("Amina").uuid, ben = s.create_profile("Ben").uuid;
    for (int i = 0; i < 6; ++i) {
        for (const auto& [who, score] : {std::pair{amina, 3.0}, std::pair{ben, 9.0}}) {
            const core::AttemptRecord a = make_attempt(who, "valuation/royalty", "valuation", 1000 + i);
            s.begin_attempt(a);
            s.record_answer(make_answer(a.uuid, 0, "q1", score, 10));
            s.finish_attempt(a.uuid, 2000 + i, score, 10);
        }
    }
}

}  // namespace

TEST_SUITE("app") {

TEST_CASE("the first passphrase is set once, unlocks the class, and a lock forgets the reports") {
    TempDir dir;
    ManualClock wall;
    store::Store s = store::Store::open(dir / "progress.sqlite3", test_options(wall));
    class_of_two(s);
    app::InstructorDesk desk;
    desk.set_store(&s);
    ui::Model m;
    desk.refresh(m);
    CHECK_FALSE(m.instructor.passphrase_set);
    CHECK_FALSE(m.instructor.unlocked);

    CHECK(desk.apply(ui::SetInstructorPassphrase{"short"}, m));
    CHECK_FALSE(m.instructor.unlocked);
    CHECK(m.instructor.message == "The instructor passphrase needs at least 8 characters.");

    CHECK(desk.apply(ui::SetInstructorPassphrase{"correct horse"}, m));
    CHECK(m.instructor.passphrase_set);
    CHECK(m.instructor.unlocked);
    CHECK(m.instructor.message.empty());
    REQUIRE(m.instructor.cohort.size() == 2);
    REQUIRE_FALSE(m.instructor.items.items.empty());
    CHECK(m.instructor.items.items[0].responses == 12);

    CHECK(desk.apply(ui::LockInstructor{}, m));
    CHECK_FALSE(m.instructor.unlocked);
    CHECK(m.instructor.passphrase_set);
    CHECK(m.instructor.cohort.empty());
    CHECK(m.instructor.items.items.empty());

    // Once set, the passphrase cannot be replaced from the lock screen.
    CHECK(desk.apply(ui::SetInstructorPassphrase{"another one"}, m));
    CHECK_FALSE(m.instructor.unlocked);
    CHECK(m.instructor.message == "A passphrase is already set.");
    CHECK(s.verify_instructor("correct horse").ok());
}

TEST_CASE("a wrong passphrase is refused and said so; the right one unlocks the class's reports") {
    TempDir dir;
    ManualClock wall;
    store::Store s = store::Store::open(dir / "progress.sqlite3", test_options(wall));
    class_of_two(s);
    s.set_instructor_passphrase("correct horse");
    app::InstructorDesk desk;
    desk.set_store(&s);
    ui::Model m;
    desk.refresh(m);
    CHECK(m.instructor.passphrase_set);

    CHECK(desk.apply(ui::UnlockInstructor{"battery staple"}, m));
    CHECK_FALSE(m.instructor.unlocked);
    CHECK(m.instructor.message == "Wrong passphrase.");
    CHECK(m.instructor.cohort.empty());

    CHECK(desk.apply(ui::UnlockInstructor{"correct horse"}, m));
    CHECK(m.instructor.unlocked);
    REQUIRE(m.instructor.cohort.size() == 2);
    for (const core::CohortRow& r : m.instructor.cohort) {
        REQUIRE(r.overall);
        CHECK(*r.overall == doctest::Approx(r.name == "Amina" ? 0.3 : 0.9));
    }
    REQUIRE(m.instructor.items.items.size() == 1);
    REQUIRE(m.instructor.items.items[0].discrimination.has_value() == false);  // one item: no rest score

    // Other intents are not the desk's.
    CHECK_FALSE(desk.apply(ui::NextStep{}, m));
}

}  // TEST_SUITE
