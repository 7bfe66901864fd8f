#include "core/answer_text.h"

#include "core/feedback_text.h"
#include "core/scenario_fields.h"

#include <cmath>
#include <cstdio>

namespace clearance::core {

namespace {

// Engine words in `lang`, through the phrase tables of feedback_text.h.
std::string say(const std::string& english, std::string_view lang) { return translate_phrase(english, lang); }

std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (const std::string& p : parts) {
        if (!out.empty()) out += sep;
        out += p;
    }
    return out;
}

std::string number(double v) {
    char buf[32];
    // Whole numbers print without decimals; others with up to 4 significant decimals.
    if (std::fabs(v - std::round(v)) < 1e-9) std::snprintf(buf, sizeof buf, "%.0f", v);
    else std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

std::string classify_text(const ClassifyAnswer& a) { return a.code; }

// A worksheet line names its cost as the documents do: the cost's label, else its kind.
std::string cost_name(const Step& step, const std::string& id, std::string_view lang) {
    if (const auto* body = std::get_if<ValueStep>(&step.body))
        for (const CostItem& c : body->facts.costs)
            if (c.id == id) return c.label.empty() ? say(cost_kind_description(c.kind), lang) : c.label;
    return id;
}

std::string value_text(const Step& step, const ValueWorksheet& w, std::string_view lang) {
    std::vector<std::string> parts;
    if (w.method) parts.push_back(capitalised(say(method_title(*w.method), lang)));
    if (w.base) parts.push_back(say("price " + w.base->to_string(), lang));
    for (const WorksheetLine& l : w.lines)
        parts.push_back(std::string(l.action == WorksheetAction::add ? "+ " : "- ") + cost_name(step, l.id, lang) + " " +
                        l.amount.to_string());
    if (w.rate) parts.push_back(say("rate " + w.rate->to_string(), lang));
    if (w.total) parts.push_back(say("customs value " + w.total->to_string(), lang));
    return join(parts, " · ");
}

std::string origin_text(const OriginAnswer& a, std::string_view lang) {
    std::string out = say(a.conferred ? "Originating" : "Not originating", lang);
    if (!a.country.empty()) out += " (" + a.country + ")";
    if (a.criterion) out += say(": ", lang) + say(std::string(origin_criterion_words(*a.criterion)), lang);
    if (a.value_percent) out += " · " + number(*a.value_percent) + " %";
    return out;
}

std::string assess_text(const AssessAnswer& a, std::string_view lang) {
    std::vector<std::string> parts;
    if (a.duty) parts.push_back(say("duty " + a.duty->to_string(), lang));
    if (a.excise) parts.push_back(say("excise " + a.excise->to_string(), lang));
    if (a.vat) parts.push_back(say("VAT " + a.vat->to_string(), lang));
    if (a.total) parts.push_back(say("total " + a.total->to_string(), lang));
    return join(parts, " · ");
}

std::string inspect_text(const Scenario& scenario, const InspectAnswer& a, std::string_view lang) {
    if (a.flagged.empty()) return say("No field flagged", lang);
    std::vector<std::string> parts;
    for (const std::string& id : a.flagged) {
        auto field = find_document_field(scenario.documents, id, lang);
        if (!field) {
            parts.push_back(id);
            continue;
        }
        // "Commercial invoice · Line 2 · Quantity: 1,200": the document as its tab names it, the
        // field and what it said.
        const std::string doc_id = id.substr(0, id.find('.'));
        const Document* doc = scenario.find_document(doc_id);
        std::string text = (doc ? document_title(*doc, lang) : doc_id) + " · " + field->label;
        if (!field->value.empty()) text += say(": ", lang) + field->value;
        parts.push_back(text);
    }
    return join(parts, say("; ", lang));
}

std::string risk_text(const RiskAnswer& a, std::string_view lang) {
    std::string out = say(capitalised(std::string(channel_id(a.channel))) + " channel", lang);
    std::vector<std::string> named;
    for (const std::string& id : a.indicators) {
        auto known = parse_indicator(id);
        named.push_back(known ? say(std::string(indicator_label(*known)), lang) : id);
    }
    if (!named.empty()) out += say(": ", lang) + join(named, ", ");
    return out;
}

std::string choose_text(const Step& step, const ChooseAnswer& a, std::string_view lang) {
    if (const auto* body = std::get_if<ChooseStep>(&step.body))
        if (const ChooseOptionSpec* o = find_option(*body, a.option_id)) return o->label.get(lang);
    return a.option_id;
}

std::string quiz_text(const Step& step, const QuizAnswer& a, std::string_view lang) {
    const auto* body = std::get_if<QuizStep>(&step.body);
    if (!a.choices.empty()) {
        std::vector<std::string> parts;
        for (const std::string& id : a.choices) {
            std::string text = id;
            if (body)
                for (const QuizChoice& c : body->choices)
                    if (c.id == id) text = c.text.get(lang);
            parts.push_back(text);
        }
        return join(parts, "; ");
    }
    if (a.number) return number(*a.number) + (body && !body->unit.empty() ? " " + body->unit : "");
    return a.text;
}

}  // namespace

std::string answer_summary(const Scenario& scenario, const Step& step, const Answer& answer, std::string_view lang) {
    std::string text = std::visit(
        [&](const auto& a) -> std::string {
            using A = std::decay_t<decltype(a)>;
            if constexpr (std::is_same_v<A, ClassifyAnswer>) return classify_text(a);
            else if constexpr (std::is_same_v<A, ValueWorksheet>) return value_text(step, a, lang);
            else if constexpr (std::is_same_v<A, OriginAnswer>) return origin_text(a, lang);
            else if constexpr (std::is_same_v<A, AssessAnswer>) return assess_text(a, lang);
            else if constexpr (std::is_same_v<A, InspectAnswer>) return inspect_text(scenario, a, lang);
            else if constexpr (std::is_same_v<A, RiskAnswer>) return risk_text(a, lang);
            else if constexpr (std::is_same_v<A, ChooseAnswer>) return choose_text(step, a, lang);
            else return quiz_text(step, a, lang);
        },
        answer);
    return text.empty() ? say("(no answer)", lang) : text;
}

}  // namespace clearance::core
