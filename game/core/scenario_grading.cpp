#include "core/scenario_grading.h"

#include "core/scenario_fields.h"

namespace clearance::core {

StepKeyError::StepKeyError(const std::string& step_id, const std::string& problem)
    : std::runtime_error("step \"" + step_id + "\": " + problem), step_id_(step_id) {}

ValuationResult value_key(const ValueStep& step) { return value_consignment(step.facts); }

Assessment assess_key(const AssessStep& step) { return assess_taxes(step.facts); }

OriginKey origin_key(const OriginStep& step) {
    OriginKey key;
    key.expected = determine_origin(step.facts, step.agreement);
    key.value_asked = step.value_asked;
    key.value_tolerance = step.value_tolerance;
    return key;
}

RiskKey risk_key(const RiskStep& step) {
    const RiskAssessment a = std::holds_alternative<RiskFacts>(step.facts)
                                 ? assess_risk(std::get<RiskFacts>(step.facts), step.profile)
                                 : assess_indicators(std::get<std::vector<Indicator>>(step.facts), step.profile);
    RiskKey key = risk_key_from(a);
    key.false_alarm_cost = step.false_alarm_cost;
    return key;
}

namespace {

// Runs an engine, turning its errors into StepKeyError so callers see which step is at fault.
template <class F>
auto keyed(const Step& step, F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (const StepKeyError&) {
        throw;
    } catch (const std::runtime_error& e) {  // ValuationError, TariffError, MoneyError
        throw StepKeyError(step.id, e.what());
    } catch (const std::invalid_argument& e) {  // grade_classify on a bad key
        throw StepKeyError(step.id, e.what());
    }
}

}  // namespace

Grade grade_step(const Step& step, const Answer& answer, const GradeContext& ctx) {
    if (std::string why = answer_mismatch(step, answer); !why.empty()) throw std::invalid_argument(why);
    switch (step.kind()) {
        case StepKind::brief: break;
        case StepKind::classify: {
            if (!ctx.hs) throw std::logic_error("grading classify step \"" + step.id + "\" needs the HS nomenclature");
            const auto& s = std::get<ClassifyStep>(step.body);
            return keyed(step, [&] { return grade_classify(s.key, std::get<ClassifyAnswer>(answer).code, *ctx.hs); });
        }
        case StepKind::value: {
            const auto& s = std::get<ValueStep>(step.body);
            return keyed(step, [&] { return grade_value(s.facts, std::get<ValueWorksheet>(answer), s.options); });
        }
        case StepKind::origin: {
            const auto& s = std::get<OriginStep>(step.body);
            return keyed(step, [&] { return grade_origin(origin_key(s), std::get<OriginAnswer>(answer)); });
        }
        case StepKind::assess: {
            const auto& s = std::get<AssessStep>(step.body);
            return keyed(step, [&] { return grade_assess(s.facts, std::get<AssessAnswer>(answer), s.options); });
        }
        case StepKind::inspect:
            return grade_inspect(std::get<InspectStep>(step.body).key, std::get<InspectAnswer>(answer));
        case StepKind::risk: {
            const auto& s = std::get<RiskStep>(step.body);
            return keyed(step, [&] { return grade_risk(risk_key(s), std::get<RiskAnswer>(answer)); });
        }
        case StepKind::choose:
            return grade_choose(choose_key(std::get<ChooseStep>(step.body), ctx.lang), std::get<ChooseAnswer>(answer));
        case StepKind::quiz:
            return grade_quiz(quiz_key(std::get<QuizStep>(step.body), ctx.lang), std::get<QuizAnswer>(answer));
    }
    throw std::invalid_argument("step \"" + step.id + "\" takes no answer");
}

// ---- author checks ---------------------------------------------------------------------------

namespace {

template <class F>
void engine_check(std::vector<std::string>& out, F&& f) {
    try {
        f();
    } catch (const std::exception& e) {
        out.push_back(e.what());
    }
}

// How many goods lines a document prints (0 for papers without a goods table).
int goods_lines(const Document& d) {
    switch (d.kind()) {
        case DocumentKind::invoice: return static_cast<int>(std::get<Invoice>(d.content).lines.size());
        case DocumentKind::packing_list: return static_cast<int>(std::get<PackingList>(d.content).lines.size());
        case DocumentKind::certificate_of_origin:
            return static_cast<int>(std::get<CertificateOfOrigin>(d.content).goods.size());
        case DocumentKind::declaration: return static_cast<int>(std::get<Declaration>(d.content).items.size());
        default: return 0;
    }
}

void check_classify(const Scenario& sc, const ClassifyStep& s, const GradeContext& ctx, std::vector<std::string>& out) {
    if (ctx.hs) out = check_classify_key(s.key, *ctx.hs);
    if (!s.goods) return;
    const Document* d = sc.find_document(s.goods->document);
    if (!d) out.push_back("goods: no document \"" + s.goods->document + "\"");
    else if (s.goods->line < 0 || s.goods->line > goods_lines(*d))
        out.push_back("goods: " + s.goods->document + " has no line " + std::to_string(s.goods->line));
}

void check_inspect(const Scenario& sc, const InspectStep& s, std::vector<std::string>& out) {
    for (std::size_t i = 0; i < s.key.findings.size(); ++i) {
        const auto& f = s.key.findings[i];
        const std::string where = "finding " + std::to_string(i + 1);
        if (f.fields.empty()) out.push_back(where + " names no field");
        for (const auto& field : f.fields)
            if (auto why = check_field_id(sc.documents, field)) out.push_back(where + ": " + *why);
    }
    for (const auto& d : s.key.decoys)
        if (auto why = check_field_id(sc.documents, d.field)) out.push_back("decoy: " + *why);
    if (s.key.points_per_finding <= 0) out.push_back("points per finding must be above 0");
}

void check_quiz(const QuizStep& s, std::vector<std::string>& out) {
    if (s.points <= 0) out.push_back("a quiz must be worth more than 0 points");
    const bool choice = s.kind == QuizKind::single_choice || s.kind == QuizKind::multiple_choice;
    int correct = 0;
    for (const auto& c : s.choices) correct += c.correct ? 1 : 0;
    if (choice && s.choices.size() < 2) out.push_back("a choice quiz needs at least two choices");
    if (s.kind == QuizKind::single_choice && correct != 1)
        out.push_back("a single-choice quiz needs exactly one correct choice, it has " + std::to_string(correct));
    if (s.kind == QuizKind::multiple_choice && correct == 0) out.push_back("a multiple-choice quiz has no correct choice");
    if (s.kind == QuizKind::short_text && s.accepted.empty()) out.push_back("a text quiz accepts no answer");
    if (s.kind == QuizKind::numeric && (s.abs_tolerance < 0 || s.rel_tolerance < 0))
        out.push_back("a tolerance cannot be negative");
}

}  // namespace

std::vector<std::string> check_step_key(const Scenario& sc, const Step& step, const GradeContext& ctx) {
    std::vector<std::string> out;
    switch (step.kind()) {
        case StepKind::brief: break;
        case StepKind::classify: check_classify(sc, std::get<ClassifyStep>(step.body), ctx, out); break;
        case StepKind::value: engine_check(out, [&] { value_key(std::get<ValueStep>(step.body)); }); break;
        case StepKind::assess: engine_check(out, [&] { assess_key(std::get<AssessStep>(step.body)); }); break;
        case StepKind::origin:
            engine_check(out, [&] {
                const OriginKey k = origin_key(std::get<OriginStep>(step.body));
                if (!k.expected.determined)
                    for (const auto& p : k.expected.problems) out.push_back("origin cannot be decided: " + p);
            });
            break;
        case StepKind::inspect: check_inspect(sc, std::get<InspectStep>(step.body), out); break;
        case StepKind::risk: engine_check(out, [&] { risk_key(std::get<RiskStep>(step.body)); }); break;
        case StepKind::choose:
            if (std::get<ChooseStep>(step.body).options.empty()) out.push_back("a choose step has no options");
            break;
        case StepKind::quiz: check_quiz(std::get<QuizStep>(step.body), out); break;
    }
    return out;
}

}  // namespace clearance::core
