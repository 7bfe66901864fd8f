#include "core/answer_derive.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/scenario_fields.h"

namespace clearance::core {

namespace {

double to_double(const Decimal& d) { return static_cast<double>(d.mantissa()) / std::pow(10.0, d.scale()); }

// ---- perfect ---------------------------------------------------------------------------------

OriginAnswer perfect_origin(const OriginStep& s) {
    const OriginKey key = origin_key(s);
    OriginAnswer a;
    a.conferred = key.expected.conferred;
    if (!key.expected.deciding.empty()) a.criterion = key.expected.deciding.front();
    if (key.value_asked && key.expected.value_percent) a.value_percent = to_double(*key.expected.value_percent);
    a.country = key.expected.country;
    return a;
}

InspectAnswer perfect_inspect(const InspectStep& s) {
    InspectAnswer a;
    for (const auto& f : s.key.findings)
        if (!f.fields.empty()) a.flagged.push_back(f.fields.front());
    return a;
}

RiskAnswer perfect_risk(const RiskStep& s) {
    const RiskKey key = risk_key(s);
    RiskAnswer a;
    a.channel = key.channel;
    for (const auto& i : key.indicators) a.indicators.push_back(i.id);
    return a;
}

QuizAnswer perfect_quiz(const QuizStep& s) {
    QuizAnswer a;
    switch (s.kind) {
        case QuizKind::single_choice:
            for (const auto& c : s.choices)
                if (c.correct) {
                    a.choices.push_back(c.id);
                    break;
                }
            break;
        case QuizKind::multiple_choice:
            for (const auto& c : s.choices)
                if (c.correct) a.choices.push_back(c.id);
            break;
        case QuizKind::numeric: a.number = s.value; break;
        case QuizKind::short_text: a.text = s.accepted.empty() ? "" : s.accepted.front(); break;
    }
    return a;
}

// ---- imperfect candidates --------------------------------------------------------------------

std::vector<Answer> classify_candidates(const ClassifyStep& s, const GradeContext& ctx) {
    std::vector<Answer> out;
    const auto code = HsCode::parse(s.key.code);
    if (ctx.hs && code && code->level() != HsLevel::chapter) {
        const std::string heading = code->truncated(HsLevel::heading).digits();
        if (const HsNode* chapter = ctx.hs->find(code->truncated(HsLevel::chapter))) {
            for (const HsNode* h : ctx.hs->children(*chapter)) {
                if (h->code == heading) continue;
                const auto subs = ctx.hs->children(*h);
                const bool deeper = s.key.level == HsLevel::subheading && !subs.empty();
                out.push_back(ClassifyAnswer{deeper ? subs.front()->code : h->code});
                break;
            }
        }
    }
    out.push_back(ClassifyAnswer{""});
    return out;
}

std::vector<Answer> value_candidates(const ValueStep& s) {
    const ValuationFacts& f = s.facts;
    const ValuationResult key = value_key(s);
    const ValueWorksheet perfect = perfect_worksheet(f, key);
    auto to_national = [&](const Money& m) -> std::optional<Money> {
        if (m.currency() == f.national) return m;
        for (const auto& r : f.rates)
            if (r.from == m.currency()) return m.converted(f.national, r.rate, f.conversion_rounding);
        return std::nullopt;
    };
    auto shift_total = [&](ValueWorksheet& w, const Money& amount, int sign) {
        auto n = to_national(amount);
        if (w.total && n) *w.total = sign > 0 ? *w.total + *n : *w.total - *n;
    };
    std::vector<Answer> out;
    for (WorksheetAction missed : {WorksheetAction::add, WorksheetAction::deduct}) {
        auto it = std::find_if(perfect.lines.begin(), perfect.lines.end(),
                               [&](const WorksheetLine& l) { return l.action == missed; });
        if (it == perfect.lines.end()) continue;
        ValueWorksheet w = perfect;
        w.lines.erase(w.lines.begin() + (it - perfect.lines.begin()));
        shift_total(w, it->amount, missed == WorksheetAction::add ? -1 : +1);
        out.push_back(w);
    }
    for (const auto& l : key.trail) {
        if (!l.kind || l.treatment != Treatment::excluded || l.amount.is_zero()) continue;
        ValueWorksheet w = perfect;
        w.lines.push_back({l.id, WorksheetAction::add, l.amount});
        shift_total(w, l.amount, +1);
        out.push_back(w);
        break;
    }
    ValueWorksheet other = perfect;
    other.method = key.method == Method::transaction_value ? Method::deductive : Method::transaction_value;
    out.push_back(other);
    out.push_back(ValueWorksheet{});
    return out;
}

std::vector<Answer> assess_candidates(const AssessStep& s) {
    const Assessment key = assess_key(s);
    const AssessAnswer perfect = perfect_assessment(key);
    std::vector<Answer> out;
    if (key.has_vat && s.facts.vat_rate) {
        const Money wrong_vat = key.customs_value.times(*s.facts.vat_rate, s.facts.rounding);
        if (wrong_vat != key.vat) {
            AssessAnswer a = perfect;
            a.vat = wrong_vat;
            a.total = key.total - key.vat + wrong_vat;
            out.push_back(a);
        }
    }
    AssessAnswer no_duty = perfect;
    no_duty.duty.reset();
    no_duty.total = key.total - key.duty;
    out.push_back(no_duty);
    out.push_back(AssessAnswer{});
    return out;
}

std::vector<Answer> inspect_candidates(const Scenario& sc, const Step& step, const InspectStep& s) {
    std::vector<Answer> out;
    const InspectAnswer perfect = perfect_inspect(s);
    if (!perfect.flagged.empty()) out.push_back(InspectAnswer{{perfect.flagged.begin() + 1, perfect.flagged.end()}});
    // A false alarm: a decoy first (it is there to tempt), else any field that is fine.
    std::set<std::string> in_findings;
    for (const auto& f : s.key.findings) in_findings.insert(f.fields.begin(), f.fields.end());
    std::optional<std::string> fine;
    for (const auto& d : s.key.decoys)
        if (!in_findings.count(d.field)) {
            fine = d.field;
            break;
        }
    for (const auto& doc : sc.documents) {
        if (fine) break;
        const bool shown = step.documents.empty() ||
                           std::find(step.documents.begin(), step.documents.end(), doc.id) != step.documents.end();
        if (!shown) continue;
        for (const auto& field : document_fields(doc))
            if (!in_findings.count(field.id)) {
                fine = field.id;
                break;
            }
    }
    if (fine) {
        InspectAnswer a = perfect;
        a.flagged.push_back(*fine);
        out.push_back(a);
    }
    out.push_back(InspectAnswer{});
    return out;
}

std::vector<Answer> risk_candidates(const RiskStep& s) {
    RiskAnswer a = perfect_risk(s);
    a.channel = a.channel == Channel::green ? Channel::red : Channel::green;
    return {a};
}

std::vector<Answer> choose_candidates(const ChooseStep& s) {
    const ChooseOptionSpec* worst = nullptr;
    for (const auto& o : s.options)
        if (!worst || o.score < worst->score) worst = &o;
    if (!worst) return {};
    return {ChooseAnswer{worst->id}};
}

std::vector<Answer> quiz_candidates(const QuizStep& s) {
    std::vector<Answer> out;
    const QuizAnswer perfect = perfect_quiz(s);
    switch (s.kind) {
        case QuizKind::single_choice:
        case QuizKind::multiple_choice:
            for (const auto& c : s.choices)
                if (!c.correct) {
                    out.push_back(QuizAnswer{{c.id}, std::nullopt, ""});
                    break;
                }
            if (!perfect.choices.empty()) {
                QuizAnswer a = perfect;
                a.choices.pop_back();
                out.push_back(a);
            }
            break;
        case QuizKind::numeric: {
            const double tol = std::max(s.abs_tolerance, s.rel_tolerance * std::abs(s.value));
            out.push_back(QuizAnswer{{}, s.value + 2 * tol + 1, ""});
            break;
        }
        case QuizKind::short_text: break;
    }
    out.push_back(QuizAnswer{});
    return out;
}

}  // namespace

std::optional<Answer> perfect_answer(const Scenario&, const Step& step, const GradeContext&) {
    switch (step.kind()) {
        case StepKind::brief: return std::nullopt;
        case StepKind::classify: return ClassifyAnswer{std::get<ClassifyStep>(step.body).key.code};
        case StepKind::value: {
            const auto& s = std::get<ValueStep>(step.body);
            try {
                return perfect_worksheet(s.facts, value_key(s));
            } catch (const std::runtime_error& e) {
                throw StepKeyError(step.id, e.what());
            }
        }
        case StepKind::origin:
            try {
                return perfect_origin(std::get<OriginStep>(step.body));
            } catch (const std::runtime_error& e) {
                throw StepKeyError(step.id, e.what());
            }
        case StepKind::assess:
            try {
                return perfect_assessment(assess_key(std::get<AssessStep>(step.body)));
            } catch (const std::runtime_error& e) {
                throw StepKeyError(step.id, e.what());
            }
        case StepKind::inspect: return perfect_inspect(std::get<InspectStep>(step.body));
        case StepKind::risk:
            try {
                return perfect_risk(std::get<RiskStep>(step.body));
            } catch (const std::runtime_error& e) {
                throw StepKeyError(step.id, e.what());
            }
        case StepKind::choose: {
            const ChooseKey key = choose_key(std::get<ChooseStep>(step.body));
            const ChooseOption* best = best_option(key);
            return ChooseAnswer{best ? best->id : std::string()};
        }
        case StepKind::quiz: return perfect_quiz(std::get<QuizStep>(step.body));
    }
    return std::nullopt;
}

std::optional<Answer> imperfect_answer(const Scenario& sc, const Step& step, const GradeContext& ctx) {
    std::vector<Answer> candidates;
    try {
        switch (step.kind()) {
            case StepKind::brief: return std::nullopt;
            case StepKind::classify: candidates = classify_candidates(std::get<ClassifyStep>(step.body), ctx); break;
            case StepKind::value: candidates = value_candidates(std::get<ValueStep>(step.body)); break;
            case StepKind::origin: {
                OriginAnswer a = perfect_origin(std::get<OriginStep>(step.body));
                a.conferred = !a.conferred;
                a.country = a.conferred ? std::get<OriginStep>(step.body).facts.country : "";
                candidates.push_back(a);
                break;
            }
            case StepKind::assess: candidates = assess_candidates(std::get<AssessStep>(step.body)); break;
            case StepKind::inspect: candidates = inspect_candidates(sc, step, std::get<InspectStep>(step.body)); break;
            case StepKind::risk: candidates = risk_candidates(std::get<RiskStep>(step.body)); break;
            case StepKind::choose: candidates = choose_candidates(std::get<ChooseStep>(step.body)); break;
            case StepKind::quiz: candidates = quiz_candidates(std::get<QuizStep>(step.body)); break;
        }
    } catch (const StepKeyError&) {
        throw;
    } catch (const std::runtime_error& e) {
        throw StepKeyError(step.id, e.what());
    }
    for (const Answer& a : candidates) {
        const Grade g = grade_step(step, a, ctx);
        if (g.max > 0 && g.score < g.max - 1e-9) return a;
    }
    return std::nullopt;
}

}  // namespace clearance::core
