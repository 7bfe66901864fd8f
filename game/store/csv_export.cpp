#include "store/csv_export.h"

#include <cmath>
#include <cstdio>

#include "core/topic.h"

namespace clearance::store {

std::string format_number(double v, int decimals) {
    if (!std::isfinite(v)) return "";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    if (s == "-0") s = "0";
    return s;
}

std::string format_number(const std::optional<double>& v, int decimals) {
    return v ? format_number(*v, decimals) : std::string();
}

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csv_row(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += csv_field(fields[i]);
    }
    return out + "\r\n";
}

std::string cohort_csv(const std::vector<core::CohortRow>& rows) {
    std::vector<std::string> header = {"profile", "profile_id", "attempts", "overall"};
    for (core::Topic t : core::all_topics) header.emplace_back(core::topic_id(t));
    std::string out = csv_row(header);
    for (const core::CohortRow& r : rows) {
        std::vector<std::string> f = {r.name, r.profile_uuid, std::to_string(r.attempts), format_number(r.overall)};
        for (const core::CohortCell& c : r.topics) f.push_back(format_number(c.mastery));
        out += csv_row(f);
    }
    return out;
}

std::string items_csv(const core::ItemAnalysis& a) {
    std::string out = csv_row({"scenario", "step", "kind", "responses", "mean_score", "max", "facility", "discrimination"});
    for (const core::ItemRow& r : a.items)
        out += csv_row({r.scenario_id, r.step_id, r.step_kind, std::to_string(r.responses), format_number(r.mean_score),
                        format_number(r.max), format_number(r.facility), format_number(r.discrimination)});
    return out;
}

std::string options_csv(const core::ItemAnalysis& a) {
    std::string out = csv_row({"scenario", "step", "option", "chosen", "share", "mean_score", "discrimination"});
    for (const core::OptionRow& r : a.options)
        out += csv_row({r.scenario_id, r.step_id, r.option_id, std::to_string(r.chosen), format_number(r.share),
                        format_number(r.mean_score), format_number(r.discrimination)});
    return out;
}

std::string profile_csv(const core::ProfileReport& r) {
    std::string out = csv_row({"kind", "key", "count", "score", "max", "mastery"});
    const auto rows = [&](const char* kind, const std::vector<core::MasteryRow>& list) {
        for (const core::MasteryRow& m : list)
            out += csv_row({kind, m.key, std::to_string(m.count), format_number(m.score), format_number(m.max),
                            format_number(m.mastery)});
    };
    rows("topic", r.topics);
    rows("competency", r.competencies);
    return out;
}

std::string trend_csv(const core::ProfileReport& r) {
    std::string out = csv_row({"attempt_id", "scenario", "finished_ms", "percent"});
    for (const core::TrendPoint& t : r.trend)
        out += csv_row({t.attempt_uuid, t.scenario_id, std::to_string(t.finished_ms), format_number(t.percent, 2)});
    return out;
}

}  // namespace clearance::store
