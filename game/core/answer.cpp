#include "core/answer.h"

#include <map>

#include "core/diagnostic.h"

namespace clearance::core {

StepKind answer_kind(const Answer& a) { return static_cast<StepKind>(a.index() + 1); }

AnswerError::AnswerError(std::string path, std::string message)
    : std::runtime_error(path.empty() ? message : path + ": " + message), path_(std::move(path)),
      message_(std::move(message)) {}

// ---- writer ----------------------------------------------------------------------------------

namespace {

Json strings(const std::vector<std::string>& v) {
    JsonArray a;
    for (const auto& s : v) a.emplace_back(s);
    return Json(std::move(a));
}

Json money(const Money& m) { return Json(m.to_string()); }

Json worksheet_json(const ValueWorksheet& w) {
    Json j = Json::object();
    if (w.method) j.set("method", method_name(*w.method));
    if (w.base) j.set("base", money(*w.base));
    JsonArray lines;
    for (const auto& l : w.lines) {
        Json line = Json::object();
        line.set("id", l.id).set("action", worksheet_action_name(l.action)).set("amount", money(l.amount));
        lines.push_back(std::move(line));
    }
    j.set("lines", Json(std::move(lines)));
    if (w.rate) j.set("rate", w.rate->to_string());
    if (w.total) j.set("total", money(*w.total));
    return j;
}

Json origin_json(const OriginAnswer& a) {
    Json j = Json::object();
    j.set("originating", a.conferred);
    if (a.criterion) j.set("criterion", origin_criterion_id(*a.criterion));
    if (a.value_percent) j.set("value_percent", *a.value_percent);
    if (!a.country.empty()) j.set("country", a.country);
    return j;
}

Json assess_json(const AssessAnswer& a) {
    Json j = Json::object();
    if (a.duty) j.set("duty", money(*a.duty));
    if (a.excise) j.set("excise", money(*a.excise));
    if (a.vat) j.set("vat", money(*a.vat));
    if (a.total) j.set("total", money(*a.total));
    return j;
}

Json quiz_json(const QuizAnswer& a) {
    Json j = Json::object();
    if (!a.choices.empty() || (!a.number && a.text.empty())) j.set("choices", strings(a.choices));
    if (a.number) j.set("number", *a.number);
    if (!a.text.empty()) j.set("text", a.text);
    return j;
}

}  // namespace

Json answer_to_json(const Answer& answer) {
    return std::visit(
        [](const auto& a) -> Json {
            using T = std::decay_t<decltype(a)>;
            if constexpr (std::is_same_v<T, ClassifyAnswer>) return Json::object().set("code", a.code);
            else if constexpr (std::is_same_v<T, ValueWorksheet>) return worksheet_json(a);
            else if constexpr (std::is_same_v<T, OriginAnswer>) return origin_json(a);
            else if constexpr (std::is_same_v<T, AssessAnswer>) return assess_json(a);
            else if constexpr (std::is_same_v<T, InspectAnswer>) return Json::object().set("flagged", strings(a.flagged));
            else if constexpr (std::is_same_v<T, RiskAnswer>)
                return Json::object().set("channel", channel_id(a.channel)).set("indicators", strings(a.indicators));
            else if constexpr (std::is_same_v<T, ChooseAnswer>) return Json::object().set("option", a.option_id);
            else return quiz_json(a);
        },
        answer);
}

bool same_answer(const Answer& a, const Answer& b) {
    return a.index() == b.index() && answer_to_json(a) == answer_to_json(b);
}

std::string answer_mismatch(const Step& step, const Answer& a) {
    if (!step.graded()) return "step \"" + step.id + "\" is a brief step and takes no answer";
    if (step.kind() == answer_kind(a)) return {};
    return "step \"" + step.id + "\" is a " + std::string(step_kind_id(step.kind())) + " step; the answer given is for a " +
           std::string(step_kind_id(answer_kind(a))) + " step";
}

// ---- entries and files -----------------------------------------------------------------------

Json entry_to_json(const AnswerEntry& e) {
    Json j = Json::object();
    j.set("step", e.step)
        .set("kind", step_kind_id(answer_kind(e.answer)))
        .set("answer", answer_to_json(e.answer))
        .set("hints", e.hints)
        .set("time_ms", static_cast<long long>(e.time_ms));
    return j;
}

namespace {

std::int64_t read_count(const Json& j, const std::string& path, const char* what) {
    if (!j.is_integer() || j.as_int() < 0) {
        const std::string shown = j.is_string() ? j.dump() : j.is_number() ? j.dump() : "a non-number";
        throw AnswerError(path, "expected " + std::string(what) + " (a whole number, 0 or more), found " + shown);
    }
    return j.as_int();
}

const Step& gradable_step(const Scenario& s, const std::string& id, const std::string& path) {
    const Step* step = s.find_step(id);
    if (!step) throw AnswerError(path, "no step \"" + id + "\" in scenario \"" + s.id + "\"");
    if (!step->graded()) throw AnswerError(path, "step \"" + id + "\" is a brief step and takes no answer");
    return *step;
}

}  // namespace

AnswerEntry entry_from_json(const Json& j, const std::string& path, const Scenario* scenario) {
    if (!j.is_object()) throw AnswerError(path, "expected an entry {\"step\": ..., \"answer\": ...}");
    for (const auto& [key, value] : j.as_object())
        if (key != "step" && key != "kind" && key != "answer" && key != "hints" && key != "time_ms")
            throw AnswerError(field_path_key(path, key), "unknown field (expected step, kind, answer, hints, time_ms)");
    AnswerEntry e;
    const Json* step_j = j.find("step");
    if (!step_j) throw AnswerError(path, "missing \"step\"");
    if (!step_j->is_string()) throw AnswerError(field_path_key(path, "step"), "expected a step id (a string)");
    e.step = step_j->as_string();

    std::optional<StepKind> kind;
    if (const Json* k = j.find("kind")) {
        const std::string kp = field_path_key(path, "kind");
        if (!k->is_string() || !(kind = parse_step_kind(k->as_string())))
            throw AnswerError(kp, k->dump() + " is not a step kind");
    }
    const Step* step = nullptr;
    if (scenario) {
        step = &gradable_step(*scenario, e.step, field_path_key(path, "step"));
        if (kind && *kind != step->kind())
            throw AnswerError(field_path_key(path, "kind"), "step \"" + e.step + "\" is a " +
                                                                 std::string(step_kind_id(step->kind())) + " step, not " +
                                                                 std::string(step_kind_id(*kind)));
        kind = step->kind();
    }
    if (!kind) throw AnswerError(path, "missing \"kind\" (the step kind, needed without the scenario)");
    const Json* answer = j.find("answer");
    if (!answer) throw AnswerError(path, "missing \"answer\"");
    e.answer = answer_from_json(*answer, *kind, field_path_key(path, "answer"), step);
    if (const Json* h = j.find("hints")) e.hints = static_cast<int>(read_count(*h, field_path_key(path, "hints"), "a hint count"));
    if (const Json* t = j.find("time_ms")) e.time_ms = read_count(*t, field_path_key(path, "time_ms"), "milliseconds");
    return e;
}

std::vector<AnswerEntry> parse_answers_file(const Json& j, const Scenario& scenario) {
    const std::string root = "answers";
    std::vector<AnswerEntry> out;
    if (j.is_array()) {
        std::map<std::string, std::string> first_at;  // step id -> path of its entry
        for (std::size_t i = 0; i < j.size(); ++i) {
            const std::string path = field_path_index(root, static_cast<long long>(i + 1));
            AnswerEntry e = entry_from_json(j.at(i), path, &scenario);
            auto [it, fresh] = first_at.emplace(e.step, path);
            if (!fresh)
                throw AnswerError(field_path_key(path, "step"),
                                  "step \"" + e.step + "\" is answered twice (first at " + it->second + ")");
            out.push_back(std::move(e));
        }
        return out;
    }
    if (j.is_object()) {
        for (const auto& [id, value] : j.as_object()) {
            const std::string path = field_path_key(root, id);
            const Step& step = gradable_step(scenario, id, path);
            out.push_back(AnswerEntry{id, answer_from_json(value, step.kind(), path, &step)});
        }
        return out;
    }
    throw AnswerError(root, std::string("expected an object keyed by step id or a list of entries, found ") +
                                json_type_name(j.type()));
}

std::vector<AnswerEntry> parse_answers_file(std::string_view text, const Scenario& scenario) {
    Json j;
    try {
        j = Json::parse(text);
    } catch (const JsonParseError& e) {
        throw AnswerError("answers", std::string("not valid JSON: ") + e.what());
    }
    return parse_answers_file(j, scenario);
}

Json answers_file_json(const std::vector<AnswerEntry>& entries) {
    JsonArray a;
    for (const auto& e : entries) a.push_back(entry_to_json(e));
    return Json(std::move(a));
}

}  // namespace clearance::core
