#include "store/xapi_export.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "core/json.h"
#include "store/atomic_file.h"
#include "store/csv_export.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "store/uuid.h"

namespace clearance::store {

using detail::Query;

std::string iso8601_timestamp(std::int64_t ms) {
    const std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
    char out[48];
    std::snprintf(out, sizeof out, "%s.%03dZ", buf, static_cast<int>(ms % 1000));
    return out;
}

std::string iso8601_duration(std::int64_t ms) {
    if (ms < 0) ms = 0;
    const std::int64_t h = ms / 3'600'000, m = (ms / 60'000) % 60;
    const double s = static_cast<double>(ms % 60'000) / 1000.0;
    std::string out = "PT";
    if (h) out += std::to_string(h) + "H";
    if (m) out += std::to_string(m) + "M";
    if (s > 0 || (!h && !m)) out += format_number(s, 3) + "S";
    return out;
}

namespace {

// The JSON text of a string, quotes included (core's writer: escapes, and invalid UTF-8 as U+FFFD).
std::string json_string(std::string_view s) {
    std::string out;
    core::append_json_string(out, s);
    return out;
}

std::string json_number(double v) { return format_number(v, 6); }

// Ids may hold '/' ("valuation/royalties"): everything outside RFC 3986's unreserved set is
// percent-encoded, so no id can be mistaken for a path segment of another.
std::string iri_segment(std::string_view id) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (const char ch : id) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~') {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string verb(const char* name) {
    return std::string("{\"id\":\"http://adlnet.gov/expapi/verbs/") + name + "\",\"display\":{\"en-US\":\"" + name + "\"}}";
}

std::string score(double raw, double max) {
    const double scaled = std::clamp(raw / max, -1.0, 1.0);
    return "{\"scaled\":" + json_number(scaled) + ",\"raw\":" + json_number(std::min(raw, max)) +
           ",\"min\":0,\"max\":" + json_number(max) + "}";
}

struct AttemptRow {
    std::string uuid, profile_uuid, profile_name, scenario_id, scenario_version, content_hash, mode;
    std::int64_t id = 0, seed = 0, started_ms = 0;
    std::optional<std::int64_t> finished_ms;
    double score = 0, max = 0;
};

class Writer {
public:
    Writer(const XapiOptions& o, const std::function<void(std::string_view)>& sink)
        : o_(o), sink_(sink), ns_(uuid_v5(url_namespace, o.base_iri)) {}

    void statement(const AttemptRow& a, const std::string& key, const std::string& verb_json,
                   const std::string& object_json, const std::string& result_json, bool in_scenario,
                   std::int64_t timestamp_ms) {
        std::string s = count_ ? ",\n" : "\n";
        s += "{\"id\":\"" + uuid_v5(ns_, a.uuid + "/" + key) + "\",";
        s += "\"actor\":{\"objectType\":\"Agent\",\"name\":" + json_string(a.profile_name) +
             ",\"account\":{\"homePage\":" + json_string(o_.base_iri) + ",\"name\":" + json_string(a.profile_uuid) + "}},";
        s += "\"verb\":" + verb_json + ",\"object\":" + object_json + ",";
        if (!result_json.empty()) s += "\"result\":" + result_json + ",";
        s += "\"context\":{\"registration\":\"" + a.uuid + "\",\"platform\":" + json_string(o_.platform);
        if (in_scenario) s += ",\"contextActivities\":{\"parent\":[{\"objectType\":\"Activity\",\"id\":" +
                              json_string(scenario_iri(a)) + "}]}";
        s += ",\"extensions\":{" + json_string(ext("mode")) + ":" + json_string(a.mode) + "," +
             json_string(ext("seed")) + ":" + json_string(std::to_string(static_cast<std::uint64_t>(a.seed))) + "," +
             json_string(ext("scenario-version")) + ":" + json_string(a.scenario_version) + "," +
             json_string(ext("content-hash")) + ":" + json_string(a.content_hash) + "}},";
        s += "\"timestamp\":\"" + iso8601_timestamp(timestamp_ms) + "\"}";
        sink_(s);
        ++count_;
    }

    std::string scenario_iri(const AttemptRow& a) const { return o_.base_iri + "/scenarios/" + iri_segment(a.scenario_id); }
    std::string ext(const char* name) const { return o_.base_iri + "/extensions/" + name; }
    std::string scenario_object(const AttemptRow& a) const {
        return "{\"objectType\":\"Activity\",\"id\":" + json_string(scenario_iri(a)) +
               ",\"definition\":{\"type\":\"http://adlnet.gov/expapi/activities/simulation\",\"name\":{\"en-US\":" +
               json_string(a.scenario_id) + "}}}";
    }
    std::size_t count() const { return count_; }

private:
    const XapiOptions& o_;
    const std::function<void(std::string_view)>& sink_;
    std::string ns_;
    std::size_t count_ = 0;
};

}  // namespace

std::size_t write_xapi(Store& store, const XapiOptions& options, const std::function<void(std::string_view)>& sink) {
    detail::Connection& db = store.connection();
    Writer w(options, sink);
    sink("[");
    Query aq = db.query(R"sql(
        SELECT a.id, a.uuid, p.uuid, p.name, a.scenario_id, a.scenario_version, a.content_hash, a.mode, a.seed,
               a.started_ms, a.finished_ms, a.score, a.max
        FROM attempts a JOIN profiles p ON p.id = a.profile_id ORDER BY a.started_ms, a.uuid)sql");
    while (aq->step()) {
        AttemptRow a;
        a.id = aq->int64(0);
        a.uuid = aq->text(1);
        a.profile_uuid = aq->text(2);
        a.profile_name = aq->text(3);
        a.scenario_id = aq->text(4);
        a.scenario_version = aq->text(5);
        a.content_hash = aq->text(6);
        a.mode = aq->text(7);
        a.seed = aq->int64(8);
        a.started_ms = aq->int64(9);
        a.finished_ms = aq->opt_int64(10);
        a.score = aq->real(11);
        a.max = aq->real(12);

        w.statement(a, "launched", verb("launched"), w.scenario_object(a), "", false, a.started_ms);
        // Only answers become statements: hints pending on an unfinished attempt's step
        // (pending_hints) are no result yet; they reach the LRS in the hints extension of the
        // answer that charges them.
        Query nq = db.query(R"sql(
            SELECT seq, step_id, step_kind, response, option_id, score, max, hints, time_ms, answered_ms
            FROM answers WHERE attempt_id = ?1 ORDER BY seq)sql");
        nq->bind(1, a.id);
        while (nq->step()) {
            const std::string step = nq->text(1), kind = nq->text(2), option = nq->text(4);
            const double sc = nq->real(5), mx = nq->real(6);
            const std::string object =
                "{\"objectType\":\"Activity\",\"id\":" +
                json_string(w.scenario_iri(a) + "/steps/" + iri_segment(step)) +
                ",\"definition\":{\"type\":\"http://adlnet.gov/expapi/activities/cmi.interaction\","
                "\"interactionType\":\"" + (option.empty() ? "other" : "choice") + "\",\"name\":{\"en-US\":" +
                json_string(step) + "}}}";
            std::string result = "{";
            if (mx > 0) result += "\"score\":" + score(sc, mx) + ",\"success\":" + (sc >= mx - 1e-9 ? "true" : "false") + ",";
            result += "\"response\":" + json_string(option.empty() ? nq->text(3) : option) + ",\"duration\":\"" +
                      iso8601_duration(nq->int64(8)) + "\",\"extensions\":{" + json_string(w.ext("hints")) + ":" +
                      std::to_string(nq->int64(7)) + "," + json_string(w.ext("step-kind")) + ":" + json_string(kind) + "}}";
            w.statement(a, "answered/" + std::to_string(nq->int64(0)), verb("answered"), object, result, true,
                        nq->int64(9));
        }
        if (!a.finished_ms) continue;
        const std::string duration = "\"duration\":\"" + iso8601_duration(*a.finished_ms - a.started_ms) + "\"";
        const std::string sc = a.max > 0 ? "\"score\":" + score(a.score, a.max) + "," : "";
        w.statement(a, "completed", verb("completed"), w.scenario_object(a),
                    "{" + sc + "\"completion\":true," + duration + "}", false, *a.finished_ms);
        if (a.max <= 0) continue;  // nothing graded: neither passed nor failed
        const bool passed = a.score / a.max >= options.pass_threshold - 1e-9;
        w.statement(a, "judged", verb(passed ? "passed" : "failed"), w.scenario_object(a),
                    "{" + sc + "\"success\":" + (passed ? "true" : "false") + ",\"completion\":true," + duration + "}",
                    false, *a.finished_ms);
    }
    sink("\n]\n");
    return w.count();
}

std::size_t export_xapi(Store& store, const std::filesystem::path& out, const XapiOptions& options) {
    AtomicFile file(out);
    const std::size_t n = write_xapi(store, options, [&](std::string_view s) { file.write(s); });
    file.commit();
    return n;
}

}  // namespace clearance::store
