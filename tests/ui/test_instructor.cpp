// The instructor's screen, headless: the lock card's intents (unlock, setting the first
// passphrase with its checks) and, unlocked, the trainees weakest first and the flagged steps.
#include "ui/i18n.h"
#include "ui/probe.h"
#include "ui/views.h"
#include "ui_harness.h"
#include "ui_screens.h"

#include <string>
#include <vector>

using namespace clearance;
using namespace uitest::screens;

namespace {

// The instructor's screen as the shell lays it out.
Screen instructor_screen(const ui::Model* model, std::vector<ui::Intent>* intents) {
    return Screen{ui::view_instructor, model, intents};
}

core::CohortRow trainee(std::string name, std::optional<double> overall, int attempts) {
    core::CohortRow r;
    r.profile_uuid = "p-" + name;
    r.name = std::move(name);
    r.attempts = attempts;
    r.overall = overall;
    for (std::size_t i = 0; i < core::all_topics.size(); ++i) r.topics.push_back({});
    r.topics[1] = {attempts, overall};
    return r;
}

core::ItemRow item(std::string step, int responses, std::optional<double> facility, std::optional<double> discrimination) {
    core::ItemRow i;
    i.scenario_id = "valuation/royalty";
    i.step_id = std::move(step);
    i.step_kind = "value";
    i.responses = responses;
    i.facility = facility;
    i.discrimination = discrimination;
    return i;
}

}  // namespace

TEST_SUITE("ui") {

TEST_CASE("the locked class screen sends the passphrase typed, and checks a first one before setting it") {
    Probing on;
    uitest::Harness h;
    ui::Model m;
    m.instructor.passphrase_set = true;
    std::vector<ui::Intent> intents;
    const Screen draw = instructor_screen(&m, &intents);
    h.frame(draw);
    CHECK(has("instructor.passphrase"));
    CHECK_FALSE(has("instructor.confirm"));
    CHECK_FALSE(has("instructor.trainee.0"));  // nothing of the class while locked
    h.click(centre("instructor.passphrase"), draw);
    h.type("correct horse");
    h.frame(draw);
    h.click(centre("instructor.unlock"), draw);
    REQUIRE(intents.size() == 1);
    const auto* unlock = std::get_if<ui::UnlockInstructor>(&intents[0]);
    REQUIRE(unlock);
    CHECK(unlock->passphrase == "correct horse");

    // No passphrase yet: two fields, which must agree and be long enough.
    m.instructor.passphrase_set = false;
    intents.clear();
    h.frame(draw);
    REQUIRE(has("instructor.confirm"));
    h.click(centre("instructor.passphrase"), draw);
    h.type("seven77");
    h.click(centre("instructor.unlock"), draw);
    CHECK(intents.empty());  // too short: said on the card, nothing sent
    h.click(centre("instructor.passphrase"), draw);
    h.type("8");  // "seven778"
    h.click(centre("instructor.confirm"), draw);
    h.type("seven779");
    h.click(centre("instructor.unlock"), draw);
    CHECK(intents.empty());  // they differ
    h.click(centre("instructor.confirm"), draw);
    h.press(ImGuiKey_Backspace, draw);
    h.type("8");
    h.click(centre("instructor.unlock"), draw);
    REQUIRE(intents.size() == 1);
    const auto* first = std::get_if<ui::SetInstructorPassphrase>(&intents[0]);
    REQUIRE(first);
    CHECK(first->passphrase == "seven778");
}

TEST_CASE("unlocked, the class screen lists trainees weakest first and the steps that need a second look") {
    Probing on;
    uitest::Harness h;
    ui::Model m;
    m.instructor.passphrase_set = true;
    m.instructor.unlocked = true;
    m.instructor.cohort = {trainee("Ben", 0.9, 6), trainee("Chloe", std::nullopt, 0), trainee("Amina", 0.3, 6)};
    m.instructor.items.items = {item("fine", 20, 0.6, 0.4), item("odd_key", 20, 0.5, -0.2), item("easy", 20, 0.99, 0.3),
                                item("new", 3, 0.1, -0.9)};
    std::vector<ui::Intent> intents;
    const Screen draw = instructor_screen(&m, &intents);
    const std::string shown = h.shown_text(draw);
    CHECK_FALSE(has("instructor.passphrase"));
    // Amina (30 %) before Ben (90 %); Chloe, with nothing finished, last.
    const auto amina = shown.find("Amina"), ben = shown.find("Ben"), chloe = shown.find("Chloe");
    REQUIRE(amina != std::string::npos);
    CHECK(amina < ben);
    CHECK(ben < chloe);
    CHECK(has("instructor.trainee.2"));
    // Two steps flagged, the suspect key first; the fine one and the one with 3 answers not.
    CHECK(has("instructor.item.0"));
    CHECK(has("instructor.item.1"));
    CHECK_FALSE(has("instructor.item.2"));
    const auto key = shown.find("check the key"), easy = shown.find("nearly everyone gets it");
    REQUIRE(key != std::string::npos);
    REQUIRE(easy != std::string::npos);
    CHECK(key < easy);
    CHECK(shown.find("2 of 3 steps with at least 5 answers") != std::string::npos);

    h.click(centre("instructor.lock"), draw);
    REQUIRE(intents.size() == 1);
    CHECK(std::holds_alternative<ui::LockInstructor>(intents[0]));
}

TEST_CASE("in French the class screen uses no string missing from the tables") {
    Probing on;
    uitest::Harness h;
    ui::set_language("fr");
    const int before = ui::missing_translations();
    ui::Model locked, first, open, empty;
    locked.instructor.passphrase_set = true;
    first.instructor.passphrase_set = false;
    open.instructor.passphrase_set = open.instructor.unlocked = true;
    open.instructor.cohort = {trainee("Amina", 0.3, 6)};
    open.instructor.items.items = {item("odd_key", 20, 0.5, -0.2), item("hard", 20, 0.2, 0.3), item("flat", 20, 0.6, 0.1),
                                   item("easy", 20, 0.99, 0.3)};
    empty.instructor.passphrase_set = empty.instructor.unlocked = true;
    std::vector<ui::Intent> intents;
    for (const ui::Model* m : {&locked, &first, &open, &empty}) {
        const Screen draw = instructor_screen(m, &intents);
        h.frame(draw);
        h.frame(draw);
    }
    CHECK(ui::missing_translations() == before);
    ui::set_language("en");
}

}  // TEST_SUITE
