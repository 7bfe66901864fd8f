// `clearance db | report | export | merge` driven as the command line drives them, on real files.

#include <doctest/doctest.h>

#include <sstream>

#include "../store/store_fixture.h"
#include "app/commands.h"
#include "core/json.h"

using namespace clearance;
using namespace clearance::store::testing;

namespace {

struct Run {
    int code = 0;
    std::string out, err;
};

Run run(int (*cmd)(app::CommandContext&), const std::filesystem::path& db, std::vector<std::string> args) {
    std::ostringstream out, err;
    app::CommandContext ctx{std::move(args), {}, {}, out, err};
    ctx.global.db_path = db;
    Run r;
    r.code = cmd(ctx);
    r.out = out.str();
    r.err = err.str();
    return r;
}

// Two trainees; Amina has a finished valuation exam (3/4, with a choose step) and an unfinished attempt.
void fill(const std::filesystem::path& db, const std::vector<std::string>& names = {"Amina", "Bruno"}) {
    store::Store s = store::Store::open(db, test_options());
    for (const std::string& name : names) {
        const std::string p = s.create_profile(name).uuid;
        core::AttemptRecord a = make_attempt(p, "valuation/royalties", "valuation", 1000, core::AttemptMode::exam);
        s.begin_attempt(a);
        s.record_answer(make_answer(a.uuid, 0, "method", 2, 2));
        s.record_answer(make_answer(a.uuid, 1, "gift", name == "Amina" ? 1 : 0, 2, name == "Amina" ? "decline" : "accept"));
        s.finish_attempt(a.uuid, 2000, name == "Amina" ? 3 : 2, 4);
    }
    const std::string amina = s.profile_by_name(names[0])->uuid;
    core::AttemptRecord b = make_attempt(amina, "origin/ctc", "origin", 3000);
    s.begin_attempt(b);
    s.record_answer(make_answer(b.uuid, 0, "rule", 0, 1));
}

}  // namespace

TEST_SUITE("app") {

TEST_CASE("db check reports counts and ok on a sound store, and the damage on a bad file") {
    TempDir dir;
    fill(dir / "p.sqlite3");
    const Run ok = run(app::cmd_db, dir / "p.sqlite3", {"check"});
    CHECK(ok.code == 0);
    CHECK(ok.out.find("2 profiles, 3 attempts (1 unfinished), 5 answers") != std::string::npos);
    CHECK(ok.out.find("integrity check: ok") != std::string::npos);
    write_bytes(dir / "junk.sqlite3", std::string(4096, 'j'));
    const Run bad = run(app::cmd_db, dir / "junk.sqlite3", {"check"});
    CHECK(bad.code == 1);
    CHECK(bad.err.find("not a SQLite database") != std::string::npos);
    CHECK(file_bytes(dir / "junk.sqlite3") == std::string(4096, 'j'));
    CHECK(run(app::cmd_db, dir / "p.sqlite3", {"frobnicate"}).code == 2);
}

TEST_CASE("db check lists what integrity_check finds in a damaged store and leaves it byte-identical") {
    TempDir dir;
    const auto db = dir / "p.sqlite3";
    {
        store::Store s = store::Store::open(db, test_options());
        const std::string p = s.create_profile("Amina").uuid;
        const core::AttemptRecord a = make_attempt(p, "fraud/seal", "fraud", 1);
        s.begin_attempt(a);
        for (int i = 0; i < 400; ++i) s.record_answer(make_answer(a.uuid, i, "s" + std::to_string(i), 1, 2));
    }
    std::string bytes = file_bytes(db);
    REQUIRE(bytes.size() > 6 * 4096);
    for (std::size_t i = 2 * 4096 + 16; i < 5 * 4096; ++i) bytes[i] = static_cast<char>(0x5A ^ (i & 0xff));
    write_bytes(db, bytes);
    const Run r = run(app::cmd_db, db, {"check"});
    CHECK(r.code == 1);
    CHECK((r.out.find("integrity check: ") != std::string::npos || r.err.find("damaged") != std::string::npos));
    CHECK(r.out.find("integrity check: ok") == std::string::npos);
    CHECK(r.err.find("set-aside") != std::string::npos);
    CHECK(file_bytes(db) == bytes);
}

TEST_CASE("db backup writes a consistent copy and never overwrites") {
    TempDir dir;
    fill(dir / "p.sqlite3");
    CHECK(run(app::cmd_db, dir / "p.sqlite3", {"backup", (dir / "copy.sqlite3").string()}).code == 0);
    CHECK(run(app::cmd_db, dir / "copy.sqlite3", {"check"}).out.find("5 answers") != std::string::npos);
    const Run again = run(app::cmd_db, dir / "p.sqlite3", {"backup", (dir / "copy.sqlite3").string()});
    CHECK(again.code == 1);
    CHECK(again.err.find("already exists") != std::string::npos);
}

TEST_CASE("db set-aside moves the file away so a new store can start") {
    TempDir dir;
    fill(dir / "p.sqlite3");
    const Run r = run(app::cmd_db, dir / "p.sqlite3", {"set-aside"});
    CHECK(r.code == 0);
    CHECK(r.out.find("p.sqlite3.broken-") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "p.sqlite3"));
}

TEST_CASE("report prints the class as a table, CSV or JSON") {
    TempDir dir;
    fill(dir / "p.sqlite3");
    const Run table = run(app::cmd_report, dir / "p.sqlite3", {});
    CHECK(table.code == 0);
    CHECK(table.out.find("Amina") != std::string::npos);
    CHECK(table.out.find("75%") != std::string::npos);
    CHECK(table.out.find("decline") != std::string::npos);
    const Run csv = run(app::cmd_report, dir / "p.sqlite3", {"--format", "csv"});
    CHECK(csv.out.rfind("profile,profile_id,attempts,overall,", 0) == 0);
    CHECK(run(app::cmd_report, dir / "p.sqlite3", {"--format", "csv", "--table", "items"}).out.rfind("scenario,step,kind", 0) == 0);
    const Run json = run(app::cmd_report, dir / "p.sqlite3", {"--format", "json"});
    REQUIRE(json.code == 0);
    const core::Json doc = core::Json::parse(json.out);
    CHECK(doc.at("profiles").size() == 2);
    CHECK(doc.at("items").size() == 2);
    CHECK(doc.at("options").size() == 2);
    CHECK(doc.at("profiles").at(0).at("topics").at("valuation").at("mastery").as_double() == doctest::Approx(0.75));
    CHECK(run(app::cmd_report, dir / "p.sqlite3", {"--format", "xml"}).code == 2);
}

TEST_CASE("report --profile gives one trainee's progress and names the profiles when the name is wrong") {
    TempDir dir;
    fill(dir / "p.sqlite3");
    const Run json = run(app::cmd_report, dir / "p.sqlite3", {"--profile", "amina", "--format", "json"});
    REQUIRE(json.code == 0);
    const core::Json doc = core::Json::parse(json.out);
    CHECK(doc.at("profile").as_string() == "Amina");
    CHECK(doc.at("attempts").as_int() == 2);
    CHECK(doc.at("best_percent").as_double() == doctest::Approx(75.0));
    const Run missing = run(app::cmd_report, dir / "p.sqlite3", {"--profile", "Zoe"});
    CHECK(missing.code == 1);
    CHECK(missing.err.find("profiles: Amina, Bruno") != std::string::npos);
    const Run none = run(app::cmd_report, dir / "absent.sqlite3", {});
    CHECK(none.code == 1);
    CHECK(none.err.find("does not exist") != std::string::npos);
}

TEST_CASE("export writes xAPI statements and CSV tables to files") {
    TempDir dir;
    fill(dir / "p.sqlite3");
    const Run x = run(app::cmd_export, dir / "p.sqlite3",
                      {"xapi", "--out", (dir / "out.json").string(), "--base", "https://academy.example/xapi/"});
    REQUIRE(x.code == 0);
    const core::Json doc = core::Json::parse(file_bytes(dir / "out.json"));
    // 3 launched, 5 answered, 2 completed, 2 passed or failed
    CHECK(doc.size() == 12);
    CHECK(x.out.find("wrote 12 xAPI statements") != std::string::npos);
    CHECK(file_bytes(dir / "out.json").find("https://academy.example/xapi/scenarios/") != std::string::npos);
    CHECK(run(app::cmd_export, dir / "p.sqlite3", {"xapi", "--out", "x.json", "--pass", "2"}).code == 2);
    CHECK(run(app::cmd_export, dir / "p.sqlite3", {"xapi"}).code == 2);
    REQUIRE(run(app::cmd_export, dir / "p.sqlite3", {"csv", "--out", (dir / "csv").string()}).code == 0);
    CHECK(file_bytes(dir / "csv" / "cohort.csv").find("Amina") != std::string::npos);
    CHECK(file_bytes(dir / "csv" / "items.csv").rfind("scenario,step", 0) == 0);
    CHECK(file_bytes(dir / "csv" / "options.csv").find("decline") != std::string::npos);
}

TEST_CASE("merge imports laptops, reports name clashes and progress, and adds nothing the second time") {
    TempDir dir;
    fill(dir / "laptop1.sqlite3", {"Amina", "Bruno"});
    fill(dir / "laptop2.sqlite3", {"Chen", "amina"});
    const auto centre = dir / "centre.sqlite3";
    const Run first = run(app::cmd_merge, centre, {(dir / "laptop1.sqlite3").string(), (dir / "laptop2.sqlite3").string()});
    CHECK(first.code == 0);
    CHECK(first.out.find("laptop1.sqlite3: 2 profiles, 3 attempts, 5 answers added") != std::string::npos);
    CHECK(first.err.find("merging ") != std::string::npos);
    CHECK(first.err.find("name clash: \"amina\"") != std::string::npos);
    CHECK(first.err.find("imported as \"amina (2)\"") != std::string::npos);
    const Run second = run(app::cmd_merge, centre, {(dir / "laptop1.sqlite3").string(), (dir / "laptop2.sqlite3").string()});
    CHECK(second.out.find("laptop2.sqlite3: 0 profiles, 0 attempts, 0 answers added") != std::string::npos);
    CHECK(second.err.find("name clash") == std::string::npos);
    write_bytes(dir / "junk.sqlite3", "junk");
    const Run bad = run(app::cmd_merge, centre, {(dir / "junk.sqlite3").string()});
    CHECK(bad.code == 1);
    CHECK(bad.err.find("was not merged") != std::string::npos);
    CHECK(run(app::cmd_merge, centre, {}).code == 2);
}

}  // TEST_SUITE
