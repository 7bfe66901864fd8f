#include "core/scenario.h"

#include <array>

#include "core/diagnostic.h"

namespace clearance::core {

namespace {

constexpr std::array<std::string_view, 9> step_kind_ids = {"brief",   "classify", "value",  "origin", "assess",
                                                           "inspect", "risk",     "choose", "quiz"};

}  // namespace

std::string_view step_kind_id(StepKind k) { return step_kind_ids[static_cast<std::size_t>(k)]; }

std::optional<StepKind> parse_step_kind(std::string_view id) {
    for (std::size_t i = 0; i < step_kind_ids.size(); ++i)
        if (step_kind_ids[i] == id) return static_cast<StepKind>(i);
    return std::nullopt;
}

std::string_view level_id(Level l) {
    switch (l) {
        case Level::basic: return "basic";
        case Level::intermediate: return "intermediate";
        case Level::advanced: return "advanced";
    }
    return "basic";
}

std::optional<Level> parse_level(std::string_view s) {
    if (s == "basic" || s == "1") return Level::basic;
    if (s == "intermediate" || s == "2") return Level::intermediate;
    if (s == "advanced" || s == "3") return Level::advanced;
    return std::nullopt;
}

const Step* Scenario::find_step(std::string_view step_id) const {
    for (const auto& s : steps)
        if (s.id == step_id) return &s;
    return nullptr;
}

std::optional<std::size_t> Scenario::step_index(std::string_view step_id) const {
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (steps[i].id == step_id) return i;
    return std::nullopt;
}

const Document* Scenario::find_document(std::string_view doc_id) const {
    for (const auto& d : documents)
        if (d.id == doc_id) return &d;
    return nullptr;
}

const VariableDecl* Scenario::find_variable(std::string_view name) const {
    for (const auto& v : variables)
        if (v.name == name) return &v;
    return nullptr;
}

std::vector<TextRef> scenario_texts(const Scenario& sc) {
    std::vector<TextRef> out;
    auto add = [&](std::string path, const Text& t) {
        if (!t.empty()) out.push_back(TextRef{std::move(path), &t});
    };
    auto at = [](const char* list, std::size_t i) { return field_path_index(list, static_cast<long long>(i + 1)); };
    add("title", sc.title);
    add("summary", sc.summary);
    for (std::size_t i = 0; i < sc.variables.size(); ++i)
        add(field_path_key(at("variables", i), "description"), sc.variables[i].description);
    for (std::size_t i = 0; i < sc.documents.size(); ++i) {
        const Document& d = sc.documents[i];
        const std::string p = at("documents", i);
        add(field_path_key(p, "title"), d.title);
        if (const Memo* m = std::get_if<Memo>(&d.content)) {
            add(field_path_key(p, "subject"), m->subject);
            add(field_path_key(p, "body"), m->body);
        }
    }
    for (std::size_t i = 0; i < sc.steps.size(); ++i) {
        const Step& s = sc.steps[i];
        const std::string p = at("steps", i);
        add(field_path_key(p, "title"), s.title);
        add(field_path_key(p, "prompt"), s.prompt);
        add(field_path_key(p, "explanation"), s.explanation);
        for (std::size_t h = 0; h < s.hints.size(); ++h)
            add(field_path_key(field_path_index(field_path_key(p, "hints"), static_cast<long long>(h + 1)), "text"),
                s.hints[h].text);
        if (const auto* c = std::get_if<ChooseStep>(&s.body)) {
            for (std::size_t k = 0; k < c->options.size(); ++k) {
                const std::string op = field_path_index(field_path_key(p, "options"), static_cast<long long>(k + 1));
                add(field_path_key(op, "label"), c->options[k].label);
                add(field_path_key(op, "feedback"), c->options[k].feedback);
                add(field_path_key(op, "explanation"), c->options[k].explanation);
            }
        }
        if (const auto* q = std::get_if<QuizStep>(&s.body))
            for (std::size_t k = 0; k < q->choices.size(); ++k)
                add(field_path_key(field_path_index(field_path_key(p, "choices"), static_cast<long long>(k + 1)), "text"),
                    q->choices[k].text);
    }
    return out;
}

std::vector<MissingTranslation> missing_translations(const Scenario& sc) {
    std::vector<MissingTranslation> out;
    for (const TextRef& t : scenario_texts(sc))
        for (const std::string& lang : sc.languages)
            if (!t.text->has(lang)) out.push_back(MissingTranslation{t.path, lang});
    return out;
}

const ChooseOptionSpec* find_option(const ChooseStep& step, std::string_view option_id) {
    for (const auto& o : step.options)
        if (o.id == option_id) return &o;
    return nullptr;
}

ChooseKey choose_key(const ChooseStep& step, std::string_view lang) {
    ChooseKey key;
    key.rule = step.rule;
    for (const auto& o : step.options)
        key.options.push_back(
            ChooseOption{o.id, o.label.get(lang), o.score, o.feedback.get(lang), o.explanation.get(lang), o.factors});
    return key;
}

QuizKey quiz_key(const QuizStep& step, std::string_view lang) {
    QuizKey key;
    key.kind = step.kind;
    key.points = step.points;
    for (const auto& c : step.choices) key.options.push_back(QuizOption{c.id, c.text.get(lang), c.correct});
    key.value = step.value;
    key.abs_tolerance = step.abs_tolerance;
    key.rel_tolerance = step.rel_tolerance;
    key.unit = step.unit;
    key.accepted = step.accepted;
    key.rule = step.rule;
    return key;
}

}  // namespace clearance::core
