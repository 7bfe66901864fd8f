// CSV quoting, name-based UUIDs, and xAPI statements whose ids stay the same across exports.

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "core/json.h"
#include "store/atomic_file.h"
#include "store/csv_export.h"
#include "store/report.h"
#include "store/uuid.h"
#include "store/xapi_export.h"
#include "store_fixture.h"

using namespace clearance;
using namespace clearance::store;
using namespace clearance::store::testing;

namespace {

// The ids of the statements, in order: each statement starts a line with {"id":"<uuid>".
std::vector<std::string> statement_ids(const std::string& json) {
    std::vector<std::string> ids;
    const std::string start = "\n{\"id\":\"";
    for (std::size_t at = json.find(start); at != std::string::npos; at = json.find(start, at + 1))
        ids.push_back(json.substr(at + start.size(), 36));
    return ids;
}

std::string export_text(Store& s, const XapiOptions& o = {}) {
    std::string out;
    write_xapi(s, o, [&](std::string_view piece) { out += piece; });
    return out;
}

// One finished exam (3 of 4 points) and one unfinished practice attempt.
void fill(Store& s) {
    const std::string p = s.create_profile("Amina \"Ami\" Diallo").uuid;
    core::AttemptRecord a = make_attempt(p, "valuation/royalties", "valuation", 1'700'000'000'000, core::AttemptMode::exam);
    s.begin_attempt(a);
    core::AnswerRecord r = make_answer(a.uuid, 0, "method", 2, 2);
    r.response = "Art. 1, \"transaction value\"\nwith adjustments";
    r.time_ms = 3'723'500;  // 1 h 2 min 3.5 s
    s.record_answer(r);
    s.record_answer(make_answer(a.uuid, 1, "gift", 1, 2, "decline"));
    s.finish_attempt(a.uuid, 1'700'000'090'000, 3, 4);
    core::AttemptRecord b = make_attempt(p, "origin/ctc", "origin", 1'700'000'100'000);
    s.begin_attempt(b);
    s.record_answer(make_answer(b.uuid, 0, "rule", 0, 1));
}

}  // namespace

TEST_SUITE("store") {

TEST_CASE("CSV fields are quoted as RFC 4180 says, and only when needed") {
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field("cr\r") == "\"cr\r\"");
    CHECK(csv_row({"a", "b,c", ""}) == "a,\"b,c\",\r\n");
    CHECK(format_number(0.875) == "0.875");
    CHECK(format_number(2.0) == "2");
    CHECK(format_number(std::optional<double>()) == "");
}

TEST_CASE("the cohort CSV has a header with every topic and one quoted row per profile") {
    TempDir dir;
    Store s = Store::open(dir / "p.sqlite3", test_options());
    fill(s);
    const std::string csv = cohort_csv(cohort_report(s));
    CHECK(csv.rfind("profile,profile_id,attempts,overall,classification,valuation,origin,", 0) == 0);
    CHECK(csv.find("\r\n\"Amina \"\"Ami\"\" Diallo\",") != std::string::npos);
    CHECK(csv.find(",1,0.75,,0.75,,") != std::string::npos);  // 1 finished attempt, valuation 3/4
}

TEST_CASE("name-based UUIDs match RFC 4122 version 5 and SHA-1 matches FIPS 180") {
    const auto d = sha1("abc");
    std::string hex;
    for (auto b : d) hex += "0123456789abcdef"[b >> 4], hex += "0123456789abcdef"[b & 15];
    CHECK(hex == "a9993e364706816aba3e25717850c26c9cd0d89d");
    // The version-5 UUID of "python.org" in the DNS namespace, as published with Python's uuid module.
    CHECK(uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    CHECK_THROWS_AS(uuid_v5("not-a-uuid", "x"), std::invalid_argument);
}

TEST_CASE("ISO 8601 times and durations are written as xAPI expects") {
    CHECK(iso8601_timestamp(1'700'000'000'123) == "2023-11-14T22:13:20.123Z");
    CHECK(iso8601_duration(0) == "PT0S");
    CHECK(iso8601_duration(1500) == "PT1.5S");
    CHECK(iso8601_duration(3'723'500) == "PT1H2M3.5S");
    CHECK(iso8601_duration(120'000) == "PT2M");
}

TEST_CASE("xAPI export gives launched, answered, completed and passed or failed statements") {
    TempDir dir;
    Store s = Store::open(dir / "p.sqlite3", test_options());
    fill(s);
    XapiOptions o;
    o.base_iri = "https://academy.example/xapi";
    const std::string json = export_text(s, o);
    // 2 launched + 3 answered + 1 completed + 1 passed
    CHECK(statement_ids(json).size() == 7);
    CHECK(json.find("verbs/launched") != std::string::npos);
    CHECK(json.find("verbs/completed") != std::string::npos);
    CHECK(json.find("verbs/passed") != std::string::npos);  // 3/4 = 0.75 >= 0.7
    CHECK(json.find("verbs/failed") == std::string::npos);
    CHECK(json.find(R"("id":"https://academy.example/xapi/scenarios/valuation%2Froyalties/steps/gift")") != std::string::npos);
    CHECK(json.find(R"("interactionType":"choice")") != std::string::npos);
    CHECK(json.find(R"("response":"decline")") != std::string::npos);
    CHECK(json.find(R"("score":{"scaled":0.5,"raw":1,"min":0,"max":2},"success":false)") != std::string::npos);
    CHECK(json.find(R"("duration":"PT1H2M3.5S")") != std::string::npos);
    CHECK(json.find(R"("response":"Art. 1, \"transaction value\"\nwith adjustments")") != std::string::npos);
    CHECK(json.find(R"("name":"Amina \"Ami\" Diallo")") != std::string::npos);
    // Valid JSON, and each statement has what xAPI 1.0.3 requires of it.
    const core::Json doc = core::Json::parse(json);
    REQUIRE(doc.size() == 7);
    for (const core::Json& st : doc.as_array()) {
        CHECK(st.at("id").as_string().size() == 36);
        CHECK(st.at("actor").at("account").at("homePage").as_string() == o.base_iri);
        CHECK(st.at("verb").at("id").as_string().rfind("http://adlnet.gov/expapi/verbs/", 0) == 0);
        CHECK(st.at("object").at("objectType").as_string() == "Activity");
        CHECK(st.at("context").at("registration").as_string().size() == 36);
        CHECK(st.at("timestamp").as_string().back() == 'Z');
        if (const core::Json* result = st.find("result"); result && result->contains("score")) {
            const double scaled = result->at("score").at("scaled").as_double();
            CHECK(scaled >= -1.0);
            CHECK(scaled <= 1.0);
        }
    }
    CHECK(doc.at(1).at("result").at("response").as_string() == "Art. 1, \"transaction value\"\nwith adjustments");
    o.pass_threshold = 0.8;
    const std::string strict = export_text(s, o);
    CHECK(strict.find("verbs/failed") != std::string::npos);
    // The verdict changed but its statement keeps its id: an LRS would refuse the new one
    // rather than store two verdicts for one attempt.
    CHECK(statement_ids(strict) == statement_ids(json));
}

TEST_CASE("xAPI statement ids are the same across exports and new statements get new ids") {
    TempDir dir;
    const auto file = dir / "p.sqlite3";
    Store s = Store::open(file, test_options());
    fill(s);
    CHECK(export_xapi(s, dir / "one.json", {}) == 7);
    CHECK(export_xapi(s, dir / "two.json", {}) == 7);
    CHECK(file_bytes(dir / "one.json") == file_bytes(dir / "two.json"));
    const auto first = statement_ids(file_bytes(dir / "one.json"));
    CHECK(std::set<std::string>(first.begin(), first.end()).size() == first.size());
    // One more answer: the old statements keep their ids, one new id appears.
    const auto open = s.unfinished_attempts(s.profiles()[0].uuid);
    s.record_answer(make_answer(open[0].attempt.uuid, 1, "value", 1, 1));
    export_xapi(s, dir / "one.json", {});  // replaces the file atomically
    const auto second = statement_ids(file_bytes(dir / "one.json"));
    CHECK(second.size() == 8);
    for (const std::string& id : first) CHECK(std::find(second.begin(), second.end(), id) != second.end());
    // Another base IRI is another namespace: other ids.
    XapiOptions other;
    other.base_iri = "https://other.example/xapi";
    CHECK(statement_ids(export_text(s, other))[0] != second[0]);
    // No temporary file is left beside the export.
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.path())) files += e.path().extension() == ".json";
    CHECK(files == 2);
}

TEST_CASE("an atomic write that is not committed leaves the old file as it was") {
    TempDir dir;
    const auto target = dir / "report.csv";
    write_file_atomically(target, "old\r\n");
    {
        AtomicFile f(target);
        f.write("new content that never lands");
    }
    CHECK(file_bytes(target) == "old\r\n");
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1);
}

}  // TEST_SUITE
