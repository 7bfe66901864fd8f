// Step constructors' tables -> core::Step (scenario.h): the fields every step takes, then one
// reader per kind. Facts go through lua_facts.cpp; keys the engines derive are never read here.
#include <cmath>
#include <string>

#include "core/condition.h"
#include "script/lua_build.h"

namespace clearance::script {

namespace {

using Type = LuaValue::Type;

const Choices<core::Topic>& topic_choices() {
    static const Choices<core::Topic> c = [] {
        Choices<core::Topic> out;
        for (core::Topic t : core::all_topics) out.emplace_back(core::topic_id(t), t);
        return out;
    }();
    return c;
}

const Choices<core::HsLevel> classify_levels = {{"heading", core::HsLevel::heading},
                                                {"subheading", core::HsLevel::subheading}};

const Choices<core::QuizKind> quiz_kinds = {{"single", core::QuizKind::single_choice},
                                            {"multiple", core::QuizKind::multiple_choice},
                                            {"numeric", core::QuizKind::numeric},
                                            {"text", core::QuizKind::short_text}};

template <class T>
void set_if(std::optional<T> v, T& out) {
    if (v) out = std::move(*v);
}

std::optional<std::int64_t> seconds_to_ms(const Fields& f, std::string_view name) {
    auto s = f.number(name);
    if (!s) return std::nullopt;
    if (!(*s > 0) || *s > 1e9) {
        f.error(name, "must be a positive number of seconds, got " + format_number(*s));
        return std::nullopt;
    }
    return static_cast<std::int64_t>(std::llround(*s * 1000.0));
}

void read_classify(const Fields& f, core::ClassifyStep& s) {
    if (const LuaValue* answer = f.get("answer")) {
        if (answer->type == Type::string) {
            std::string why;
            if (core::HsCode::parse(answer->string, &why)) s.key.code = answer->string;
            else f.error("answer", why);
        } else {
            f.error("answer", "expected an HS code such as \"8517.13\", got " + answer->describe());
        }
    } else {
        f.error("answer", "is required: the HS code that earns full credit");
    }
    set_if(f.choice("level", classify_levels), s.key.level);
    f.each("alternatives", [&](const LuaValue& item, const std::string& path, int line) {
        Fields a(f.cx(), item, path, line, {"code", "credit", "note"});
        core::ClassifyAlternative alt;
        if (auto code = a.hs_code("code", true)) alt.code = *a.string("code");
        set_if(a.number("credit"), alt.credit);
        if (!(alt.credit > 0.0 && alt.credit <= 1.0))
            a.error("credit", "must be a share of the points in (0, 1], got " + format_number(alt.credit));
        alt.note = a.string_or("note");
        a.finish();
        s.key.alternatives.push_back(std::move(alt));
    });
    if (const LuaValue* goods = f.table("goods")) {
        Fields g(f.cx(), *goods, f.path_of("goods"), f.line(), {"document", "line"});
        core::GoodsRef ref;
        ref.document = g.string_or("document");
        if (!g.has("document")) g.error("document", "is required: the id of the document listing the goods");
        if (auto n = g.integer("line")) {
            if (*n < 0) g.error("line", "must be a line number from 1 (or 0: the whole document)");
            ref.line = static_cast<int>(*n);
        }
        g.finish();
        s.goods = ref;
    }
}

void read_inspect(const Fields& f, core::InspectStep& s) {
    f.each("findings", [&](const LuaValue& item, const std::string& path, int line) {
        Fields fi(f.cx(), item, path, line, {"fields", "explanation", "rule"});
        core::InspectFinding finding;
        finding.fields = fi.strings("fields");
        if (finding.fields.empty()) fi.error("fields", "is required: the field ids that conflict, e.g. { \"invoice.lines[1].quantity\" }");
        finding.explanation = fi.one_language_text("explanation");
        finding.rule = fi.string_or("rule");
        fi.finish();
        s.key.findings.push_back(std::move(finding));
    });
    f.each("decoys", [&](const LuaValue& item, const std::string& path, int line) {
        Fields d(f.cx(), item, path, line, {"field", "explanation", "rule"});
        core::InspectDecoy decoy;
        decoy.field = d.string_or("field");
        if (!d.has("field")) d.error("field", "is required");
        decoy.explanation = d.one_language_text("explanation");
        decoy.rule = d.string_or("rule");
        d.finish();
        s.key.decoys.push_back(std::move(decoy));
    });
    if (auto n = f.integer("fine_field_count")) s.key.fine_field_count = static_cast<int>(*n);
    set_if(f.number("points_per_finding"), s.key.points_per_finding);
    set_if(f.number("false_alarm_cost"), s.key.false_alarm_cost);
}

void read_risk(const Fields& f, core::RiskStep& s) {
    const LuaValue* facts = f.get("facts");
    const LuaValue* indicators = f.get("indicators");
    if (facts && indicators) f.error("indicators", "give either facts or indicators, not both");
    else if (!facts && !indicators) f.error("facts", "is required (or give indicators = { ... } instead)");
    if (facts) {
        if (auto r = read_risk_facts(f.cx(), *facts, f.path_of("facts"), f.line())) s.facts = *r;
    } else if (indicators) {
        if (auto list = read_indicators(f.cx(), *indicators, f.path_of("indicators"), f.line())) s.facts = *list;
    }
    if (const LuaValue* profile = f.get("profile")) {
        if (auto p = read_risk_profile(f.cx(), *profile, f.path_of("profile"), f.line())) s.profile = *p;
    }
    set_if(f.number("false_alarm_cost"), s.false_alarm_cost);
}

std::optional<core::Value> read_state_value(ReadContext& cx, const LuaValue& v, const std::string& path, int line) {
    switch (v.type) {
    case Type::boolean: return core::Value(v.boolean);
    case Type::number: return core::Value(v.number);
    case Type::string: return core::Value(v.string);
    default: cx.error(line, path, "expected true, false, a number or a string, got " + v.describe()); return std::nullopt;
    }
}

void read_assignments(const Fields& f, std::string_view name, core::AssignOp op,
                      const std::vector<core::VariableDecl>& variables, std::vector<core::Assignment>& out) {
    const LuaValue* t = f.table(name);
    if (!t) return;
    if (!t->items.empty()) f.error(name, "write it by variable name: " + std::string(name) + " = { gift_taken = true }");
    for (const auto& [var, value] : t->fields) {
        const std::string at = core::field_path_key(f.path_of(name), var);
        auto v = read_state_value(f.cx(), value, at, f.line());
        if (!v) continue;
        core::Assignment a{var, op, *v};
        if (auto why = core::check_assignment(a, variables)) f.cx().error(f.line(), at, *why);
        else out.push_back(std::move(a));
    }
}

void read_choose(const Fields& f, core::ChooseStep& s, const std::vector<core::VariableDecl>& variables) {
    if (!f.has("options")) f.error("options", "is required: the options the trainee picks from");
    f.each("options", [&](const LuaValue& item, const std::string& path, int line) {
        Fields o(f.cx(), item, path, line,
                 {"id", "label", "score", "feedback", "explanation", "factors", "set", "add", "next"});
        core::ChooseOptionSpec opt;
        opt.id = o.string_or("id");
        if (!o.has("id")) o.error("id", "is required (answers files and walkthroughs name the option by it)");
        opt.label = o.text("label", true);
        set_if(o.number("score"), opt.score);
        opt.feedback = o.text("feedback");
        opt.explanation = o.text("explanation");
        o.each("factors", [&](const LuaValue& factor, const std::string& at, int l) {
            std::string text = factor.type == Type::number && factor.is_integer ? std::to_string(factor.integer)
                                                                                : factor.string;
            auto parsed = (factor.type == Type::string || factor.type == Type::number)
                              ? core::parse_arusha_factor(text)
                              : std::nullopt;
            if (parsed) {
                opt.factors.push_back(*parsed);
                return;
            }
            std::vector<std::string_view> names;
            for (auto a : core::all_arusha_factors) names.push_back(core::arusha_id(a));
            f.cx().error(l, at, factor.describe() + " is not an Arusha factor: one of " + list_choices(names) +
                                    ", or its number 1 to 10");
        });
        read_assignments(o, "set", core::AssignOp::set, variables, opt.set);
        read_assignments(o, "add", core::AssignOp::add, variables, opt.set);
        if (auto next = o.string("next")) opt.next = *next;
        o.finish();
        s.options.push_back(std::move(opt));
    });
    s.rule = f.string_or("rule");
    set_if(f.boolean("shuffle"), s.shuffle);
}

void read_quiz(const Fields& f, core::QuizStep& s) {
    set_if(f.choice("kind", quiz_kinds), s.kind);
    const bool choices = s.kind == core::QuizKind::single_choice || s.kind == core::QuizKind::multiple_choice;
    f.each("choices", [&](const LuaValue& item, const std::string& path, int line) {
        Fields c(f.cx(), item, path, line, {"id", "text", "correct"});
        core::QuizChoice choice;
        choice.id = c.string_or("id");
        if (!c.has("id")) c.error("id", "is required (answers name the choice by it)");
        choice.text = c.text("text", true);
        set_if(c.boolean("correct"), choice.correct);
        c.finish();
        s.choices.push_back(std::move(choice));
    });
    if (choices && !f.has("choices")) f.error("choices", "is required for a " + std::string(core::quiz_kind_id(s.kind)) + " quiz");
    if (!choices && f.has("choices")) f.error("choices", "is only for single and multiple choice quizzes");
    if (auto v = f.number("value", s.kind == core::QuizKind::numeric)) s.value = *v;
    if (s.kind != core::QuizKind::numeric && f.has("value")) f.error("value", "is only for numeric quizzes");
    set_if(f.number("abs_tolerance"), s.abs_tolerance);
    set_if(f.number("rel_tolerance"), s.rel_tolerance);
    if (s.abs_tolerance < 0) f.error("abs_tolerance", "must not be negative");
    if (s.rel_tolerance < 0) f.error("rel_tolerance", "must not be negative");
    s.unit = f.string_or("unit");
    s.accepted = f.strings("accepted");
    if (s.kind == core::QuizKind::short_text && s.accepted.empty())
        f.error("accepted", "is required for a text quiz: the answers accepted, the first shown as the key");
    if (s.kind != core::QuizKind::short_text && f.has("accepted")) f.error("accepted", "is only for text quizzes");
    s.rule = f.string_or("rule");
    set_if(f.boolean("shuffle"), s.shuffle);
}

std::vector<std::string_view> known_fields(core::StepKind kind) {
    std::vector<std::string_view> k = {"id",    "title", "prompt",    "explanation", "competencies",
                                       "references", "hints", "when", "next", "documents", "time_limit", "points",
                                       "topic"};
    auto add = [&](std::initializer_list<std::string_view> names) { k.insert(k.end(), names); };
    switch (kind) {
    case core::StepKind::brief: break;
    case core::StepKind::classify: add({"answer", "level", "alternatives", "goods"}); break;
    case core::StepKind::value: add({"facts", "grading"}); break;
    case core::StepKind::origin: add({"facts", "agreement", "value_asked", "value_tolerance"}); break;
    case core::StepKind::assess: add({"facts", "grading"}); break;
    case core::StepKind::inspect:
        add({"findings", "decoys", "fine_field_count", "points_per_finding", "false_alarm_cost"});
        break;
    case core::StepKind::risk: add({"facts", "indicators", "profile", "false_alarm_cost"}); break;
    case core::StepKind::choose: add({"options", "rule", "shuffle"}); break;
    case core::StepKind::quiz:
        add({"kind", "choices", "value", "abs_tolerance", "rel_tolerance", "unit", "accepted", "rule", "shuffle"});
        break;
    }
    return k;
}

core::StepBody read_body(const Fields& f, core::StepKind kind, const std::vector<core::VariableDecl>& variables) {
    ReadContext& cx = f.cx();
    switch (kind) {
    case core::StepKind::brief: return core::BriefStep{};
    case core::StepKind::classify: {
        core::ClassifyStep s;
        read_classify(f, s);
        return s;
    }
    case core::StepKind::value: {
        core::ValueStep s;
        if (const LuaValue* facts = f.table("facts", true))
            set_if(read_valuation_facts(cx, *facts, f.path_of("facts"), f.line()), s.facts);
        if (const LuaValue* g = f.table("grading")) {
            Fields gf(cx, *g, f.path_of("grading"), f.line(),
                      {"line_tolerance", "total_tolerance", "method_points", "base_points", "line_points",
                       "conversion_points", "total_points", "wrong_amount_share"});
            set_if(gf.decimal("line_tolerance"), s.options.line_tolerance);
            set_if(gf.decimal("total_tolerance"), s.options.total_tolerance);
            set_if(gf.number("method_points"), s.options.method_points);
            set_if(gf.number("base_points"), s.options.base_points);
            set_if(gf.number("line_points"), s.options.line_points);
            set_if(gf.number("conversion_points"), s.options.conversion_points);
            set_if(gf.number("total_points"), s.options.total_points);
            set_if(gf.number("wrong_amount_share"), s.options.wrong_amount_share);
            gf.finish();
        }
        return s;
    }
    case core::StepKind::origin: {
        core::OriginStep s;
        if (const LuaValue* facts = f.table("facts", true))
            set_if(read_origin_case(cx, *facts, f.path_of("facts"), f.line()), s.facts);
        if (const LuaValue* a = f.get("agreement")) set_if(read_agreement(cx, *a, f.path_of("agreement"), f.line()), s.agreement);
        else f.error("agreement", "is required: a table { name = ... } or \"non_preferential\"");
        set_if(f.boolean("value_asked"), s.value_asked);
        set_if(f.number("value_tolerance"), s.value_tolerance);
        return s;
    }
    case core::StepKind::assess: {
        core::AssessStep s;
        if (const LuaValue* facts = f.table("facts", true))
            set_if(read_tax_facts(cx, *facts, f.path_of("facts"), f.line()), s.facts);
        if (const LuaValue* g = f.table("grading")) {
            Fields gf(cx, *g, f.path_of("grading"), f.line(),
                      {"tolerance", "duty_points", "excise_points", "vat_points", "total_points",
                       "carried_forward_share"});
            set_if(gf.decimal("tolerance"), s.options.tolerance);
            set_if(gf.number("duty_points"), s.options.duty_points);
            set_if(gf.number("excise_points"), s.options.excise_points);
            set_if(gf.number("vat_points"), s.options.vat_points);
            set_if(gf.number("total_points"), s.options.total_points);
            set_if(gf.number("carried_forward_share"), s.options.carried_forward_share);
            gf.finish();
        }
        return s;
    }
    case core::StepKind::inspect: {
        core::InspectStep s;
        read_inspect(f, s);
        return s;
    }
    case core::StepKind::risk: {
        core::RiskStep s;
        read_risk(f, s);
        return s;
    }
    case core::StepKind::choose: {
        core::ChooseStep s;
        read_choose(f, s, variables);
        return s;
    }
    case core::StepKind::quiz: {
        core::QuizStep s;
        read_quiz(f, s);
        return s;
    }
    }
    return core::BriefStep{};
}

}  // namespace

std::optional<core::Step> read_step(ReadContext& cx, const LuaValue& v, const std::string& path, int line,
                                    std::size_t index, const std::vector<core::VariableDecl>& variables,
                                    bool* had_errors) {
    const std::size_t errors_before = core::count_errors(cx.diagnostics);
    const auto kind = core::parse_step_kind(v.constructor);
    if (!kind) {
        cx.error(line_of(v, line), path,
                 "expected a step made by a constructor such as brief{...}, classify{...} or choose{...}, got " +
                     v.describe());
        if (had_errors) *had_errors = true;
        return std::nullopt;
    }
    Fields f(cx, v, path, line, known_fields(*kind));
    core::Step step;
    step.id = f.string_or("id", "step" + std::to_string(index));
    step.title = f.text("title");
    step.prompt = f.text("prompt");
    step.explanation = f.text("explanation");
    step.competencies = f.strings("competencies");
    step.references = f.strings("references");
    f.each("hints", [&](const LuaValue& item, const std::string& at, int l) {
        core::Hint hint;
        if (item.type == Type::table && item.field("text")) {
            Fields h(cx, item, at, l, {"text", "cost"});
            hint.text = h.text("text", true);
            set_if(h.number("cost"), hint.cost);
            if (hint.cost < 0) h.error("cost", "must not be negative");
            h.finish();
        } else {
            hint.text = read_text(cx, item, at, l);
        }
        step.hints.push_back(std::move(hint));
    });
    if (auto when = f.string("when")) {
        std::optional<core::ConditionError> error;
        if (auto c = core::Condition::try_parse(*when, variables, &error)) step.when = *c;
        else if (error) f.error("when", "\"" + *when + "\": " + error->what());
    }
    if (auto next = f.string("next")) step.next = *next;
    step.documents = f.strings("documents");
    if (auto ms = seconds_to_ms(f, "time_limit")) step.time_limit_ms = *ms;
    if (auto p = f.number("points")) {
        if (*p < 0) f.error("points", "must not be negative");
        step.points = *p;
    }
    if (auto t = f.choice("topic", topic_choices())) step.topic = *t;
    step.body = read_body(f, *kind, variables);
    f.finish();
    if (had_errors) *had_errors = core::count_errors(cx.diagnostics) != errors_before;
    return step;
}

}  // namespace clearance::script
