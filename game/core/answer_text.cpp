#include "core/answer_text.h"

#include "core/scenario_fields.h"

#include <cmath>
#include <cstdio>

namespace clearance::core {

namespace {

const char* method_words(Method m) {
    switch (m) {
        case Method::transaction_value: return "Transaction value (Art. 1)";
        case Method::identical_goods: return "Identical goods (Art. 2)";
        case Method::similar_goods: return "Similar goods (Art. 3)";
        case Method::deductive: return "Deductive value (Art. 5)";
        case Method::computed: return "Computed value (Art. 6)";
        case Method::fallback: return "Fall-back (Art. 7)";
    }
    return "?";
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

std::string value_text(const ValueWorksheet& w) {
    std::vector<std::string> parts;
    if (w.method) parts.push_back(method_words(*w.method));
    if (w.base) parts.push_back("price " + w.base->to_string());
    for (const WorksheetLine& l : w.lines)
        parts.push_back(std::string(l.action == WorksheetAction::add ? "+ " : "- ") + l.id + " " +
                        l.amount.to_string());
    if (w.rate) parts.push_back("rate " + w.rate->to_string());
    if (w.total) parts.push_back("customs value " + w.total->to_string());
    return join(parts, " · ");
}

std::string origin_text(const OriginAnswer& a) {
    std::string out = a.conferred ? "Originating" : "Not originating";
    if (!a.country.empty()) out += " (" + a.country + ")";
    if (a.criterion) out += ": " + std::string(origin_criterion_words(*a.criterion));
    if (a.value_percent) out += " · " + number(*a.value_percent) + " %";
    return out;
}

std::string assess_text(const AssessAnswer& a) {
    std::vector<std::string> parts;
    if (a.duty) parts.push_back("duty " + a.duty->to_string());
    if (a.excise) parts.push_back("excise " + a.excise->to_string());
    if (a.vat) parts.push_back("VAT " + a.vat->to_string());
    if (a.total) parts.push_back("total " + a.total->to_string());
    return join(parts, " · ");
}

std::string inspect_text(const Scenario& scenario, const InspectAnswer& a, std::string_view lang) {
    if (a.flagged.empty()) return "No field flagged";
    std::vector<std::string> parts;
    for (const std::string& id : a.flagged) {
        auto field = find_document_field(scenario.documents, id, lang);
        if (!field) {
            parts.push_back(id);
            continue;
        }
        // "invoice · Line 2 · Quantity: 1,200": the document, the field and what it said.
        const std::string doc = id.substr(0, id.find('.'));
        std::string text = doc + " · " + field->label;
        if (!field->value.empty()) text += ": " + field->value;
        parts.push_back(text);
    }
    return join(parts, "; ");
}

std::string risk_text(const RiskAnswer& a) {
    std::string channel(channel_id(a.channel));
    if (!channel.empty()) channel[0] = static_cast<char>(channel[0] - 'a' + 'A');
    std::string out = channel + " channel";
    std::vector<std::string> named;
    for (const std::string& id : a.indicators) {
        auto known = parse_indicator(id);
        named.push_back(known ? std::string(indicator_label(*known)) : id);
    }
    if (!named.empty()) out += ": " + join(named, ", ");
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
            else if constexpr (std::is_same_v<A, ValueWorksheet>) return value_text(a);
            else if constexpr (std::is_same_v<A, OriginAnswer>) return origin_text(a);
            else if constexpr (std::is_same_v<A, AssessAnswer>) return assess_text(a);
            else if constexpr (std::is_same_v<A, InspectAnswer>) return inspect_text(scenario, a, lang);
            else if constexpr (std::is_same_v<A, RiskAnswer>) return risk_text(a);
            else if constexpr (std::is_same_v<A, ChooseAnswer>) return choose_text(step, a, lang);
            else return quiz_text(step, a, lang);
        },
        answer);
    return text.empty() ? "(no answer)" : text;
}

}  // namespace clearance::core
