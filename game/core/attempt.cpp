#include "core/attempt.h"

#include <cstdint>
#include <limits>

#include "core/diagnostic.h"

namespace clearance::core {

namespace {

constexpr const char* format_name = "clearance-attempt";
constexpr int format_version = 1;
const std::string root = "attempt";

[[noreturn]] void fail(const std::string& path, const std::string& message) {
    throw AttemptError(path + ": " + message);
}

const Json& member(const Json& j, const char* key) {
    const Json* m = j.find(key);
    if (!m) fail(root, std::string("missing \"") + key + "\"");
    return *m;
}

std::string string_member(const Json& j, const char* key) {
    const Json& m = member(j, key);
    if (!m.is_string()) fail(field_path_key(root, key), "expected a string, found " + m.dump());
    return m.as_string();
}

std::int64_t int_member(const Json& j, const char* key, std::int64_t min) {
    const Json& m = member(j, key);
    if (!m.is_integer() || m.as_int() < min)
        fail(field_path_key(root, key), "expected a whole number of at least " + std::to_string(min) + ", found " + m.dump());
    return m.as_int();
}

std::uint64_t read_seed(const Json& m) {
    const std::string path = field_path_key(root, "seed");
    if (m.is_integer() && m.as_int() >= 0) return static_cast<std::uint64_t>(m.as_int());
    if (m.is_string() && !m.as_string().empty() && m.as_string().size() <= 20) {
        std::uint64_t v = 0;
        bool ok = true;
        for (char c : m.as_string()) {
            if (c < '0' || c > '9') ok = false;
            const auto d = static_cast<std::uint64_t>(c - '0');
            if (ok && v > (std::numeric_limits<std::uint64_t>::max() - d) / 10) ok = false;
            if (ok) v = v * 10 + d;
        }
        if (ok) return v;
    }
    fail(path, "expected a seed (a whole number from 0 to 18446744073709551615), found " + m.dump());
}

}  // namespace

Attempt attempt_of(const Session& s) {
    Attempt a;
    const Scenario& sc = s.scenario();
    a.scenario_id = sc.id;
    a.scenario_version = sc.version;
    a.content_hash = sc.content_hash;
    a.seed = s.seed();
    a.mode = s.mode();
    a.lang = s.options().lang;
    for (const auto& r : s.records()) a.answers.push_back(AnswerEntry{r.step_id, r.answer, r.hints, r.time_ms});
    if (const Step* cur = s.current()) {
        a.current_step = cur->id;
        a.current_hints = s.hints_taken();
    }
    return a;
}

Json attempt_to_json(const Attempt& a) {
    Json j = Json::object();
    j.set("format", format_name).set("format_version", format_version);
    j.set("scenario", a.scenario_id).set("version", a.scenario_version).set("content_hash", a.content_hash);
    if (a.seed <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        j.set("seed", static_cast<long long>(a.seed));
    else
        j.set("seed", std::to_string(a.seed));
    j.set("mode", attempt_mode_name(a.mode)).set("lang", a.lang);
    j.set("answers", answers_file_json(a.answers));
    if (!a.current_step.empty()) {
        Json p = Json::object();
        p.set("step", a.current_step).set("hints", a.current_hints);
        j.set("current", std::move(p));
    }
    return j;
}

std::string attempt_to_text(const Attempt& a) { return attempt_to_json(a).dump(); }

Attempt attempt_from_json(const Json& j, const Scenario* scenario) {
    if (!j.is_object()) fail(root, "expected an object");
    static const char* const known[] = {"format", "format_version", "scenario", "version", "content_hash", "seed",
                                        "mode",   "lang",           "answers",  "current"};
    for (const auto& [key, value] : j.as_object()) {
        bool ok = false;
        for (const char* k : known) ok = ok || key == k;
        if (!ok) fail(field_path_key(root, key), "unknown field");
    }
    if (string_member(j, "format") != format_name) fail(field_path_key(root, "format"), "not an attempt");
    if (int_member(j, "format_version", 1) > format_version)
        fail(field_path_key(root, "format_version"), "written by a newer version of Clearance");

    Attempt a;
    a.scenario_id = string_member(j, "scenario");
    const std::int64_t version = int_member(j, "version", 0);
    if (version > std::numeric_limits<int>::max()) fail(field_path_key(root, "version"), "too large");
    a.scenario_version = static_cast<int>(version);
    a.content_hash = string_member(j, "content_hash");
    a.seed = read_seed(member(j, "seed"));
    const std::string mode = string_member(j, "mode");
    auto m = parse_attempt_mode(mode);
    if (!m) fail(field_path_key(root, "mode"), "\"" + mode + "\" is not a mode (practice, exam, shift, review)");
    a.mode = *m;
    a.lang = string_member(j, "lang");
    if (scenario && scenario->id != a.scenario_id) scenario = nullptr;  // read as free-standing text

    const Json& answers = member(j, "answers");
    const std::string ap = field_path_key(root, "answers");
    if (!answers.is_array()) fail(ap, "expected a list of entries");
    try {
        for (std::size_t i = 0; i < answers.size(); ++i)
            a.answers.push_back(entry_from_json(answers.at(i), field_path_index(ap, static_cast<long long>(i + 1)), scenario));
    } catch (const AnswerError& e) {
        throw AttemptError(e.what());
    }
    if (const Json* p = j.find("current")) {
        const std::string pp = field_path_key(root, "current");
        const Json* step = p->is_object() ? p->find("step") : nullptr;
        const Json* hints = p->is_object() ? p->find("hints") : nullptr;
        if (!step || !step->is_string() || step->as_string().empty() || !hints || !hints->is_integer() ||
            hints->as_int() < 0 || hints->as_int() > 1000 || p->size() != 2)
            fail(pp, "expected {\"step\": a step id, \"hints\": a count of hints taken there}");
        a.current_step = step->as_string();
        a.current_hints = static_cast<int>(hints->as_int());
    }
    return a;
}

Attempt attempt_from_text(std::string_view text, const Scenario* scenario) {
    Json j;
    try {
        j = Json::parse(text);
    } catch (const JsonParseError& e) {
        throw AttemptError(root + ": not valid JSON: " + e.what());
    }
    return attempt_from_json(j, scenario);
}

std::string attempt_mismatch(const Scenario& sc, const Attempt& a) {
    if (sc.id != a.scenario_id) return "the attempt is at scenario \"" + a.scenario_id + "\", not \"" + sc.id + "\"";
    if (sc.version != a.scenario_version)
        return "the attempt was made at version " + std::to_string(a.scenario_version) + " of scenario \"" + sc.id +
               "\", which is now at version " + std::to_string(sc.version);
    if (!a.content_hash.empty() && !sc.content_hash.empty() && a.content_hash != sc.content_hash)
        return "scenario \"" + sc.id + "\" has changed since the attempt was made (content hash " + sc.content_hash +
               ", attempt " + a.content_hash + ")";
    if (sc.generated && sc.seed != a.seed)
        return "scenario \"" + sc.id + "\" was instantiated with seed " + std::to_string(sc.seed) +
               "; the attempt needs seed " + std::to_string(a.seed);
    return {};
}

Session replay(std::shared_ptr<const Scenario> scenario, const Attempt& a, const HsNomenclature* hs) {
    if (std::string why = attempt_mismatch(*scenario, a); !why.empty()) throw AttemptError(why);
    try {
        Session s(std::move(scenario), a.mode, a.seed, SessionOptions{a.lang, hs});
        auto skip_briefs_to = [&](const std::string& target) {
            while (s.current() && !s.current()->graded() && s.current()->id != target) s.advance();
        };
        for (std::size_t i = 0; i < a.answers.size(); ++i) {
            const AnswerEntry& e = a.answers[i];
            skip_briefs_to(e.step);
            const Step* cur = s.current();
            const std::string where = "answer " + std::to_string(i + 1) + " (step \"" + e.step + "\")";
            if (!cur) throw AttemptError(where + ": the attempt had already finished");
            if (cur->id != e.step) throw AttemptError(where + ": the scenario reaches step \"" + cur->id + "\" here");
            for (int h = 0; h < e.hints; ++h)
                if (!s.take_hint()) throw AttemptError(where + ": records " + std::to_string(e.hints) + " hints, the step offers fewer");
            s.submit(e.answer, e.time_ms);
            // The session stood on its last answer (feedback shown, not yet moved on).
            if (i + 1 == a.answers.size() && a.current_step == e.step) break;
            s.advance();
        }
        if (!a.current_step.empty()) {
            skip_briefs_to(a.current_step);
            if (!s.current() || s.current()->id != a.current_step)
                throw AttemptError("the attempt stood at step \"" + a.current_step + "\", which its answers do not lead to");
            if (!s.answered())
                for (int h = 0; h < a.current_hints; ++h)
                    if (!s.take_hint())
                        throw AttemptError("step \"" + a.current_step + "\" offers fewer hints than the " +
                                           std::to_string(a.current_hints) + " taken");
        }
        return s;
    } catch (const SessionError& e) {
        throw AttemptError(std::string("replaying attempt at \"") + a.scenario_id + "\": " + e.what());
    }
}

Session replay(const Scenario& scenario, const Attempt& a, const HsNomenclature* hs) {
    return replay(std::make_shared<const Scenario>(scenario), a, hs);
}

}  // namespace clearance::core
