#include "core/autoplay.h"

#include <cstdio>
#include <functional>
#include <map>
#include <set>

namespace clearance::core {

namespace {

constexpr double epsilon = 1e-9;

std::string in_quotes(const std::string& s) { return "\"" + s + "\""; }

std::string figure(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

// The first line a trainee would need to read to see what went wrong.
std::string first_fault(const Grade& g) {
    for (const auto& l : g.feedback)
        if (l.verdict == Verdict::wrong || l.verdict == Verdict::partial) return l.text;
    return g.feedback.empty() ? std::string() : g.feedback.front().text;
}

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
}

// What a run does at a choose step: the option id to pick, or nullopt to stop with `why`.
using ChoicePolicy = std::function<std::optional<std::string>(const Step&, std::string& why)>;
using AnswerPolicy = std::function<Answer(const Step&)>;

class Runner {
public:
    Runner(const Scenario& sc, const AutoplayOptions& o, AutoplayReport& r)
        : shared_(std::make_shared<const Scenario>(sc)), sc_(*shared_), opts_(o), ctx_{o.hs, o.lang}, report_(r),
          reached_(sc.steps.size(), false) {}

    void check_keys() {
        for (std::size_t i = 0; i < sc_.steps.size(); ++i)
            for (const auto& p : check_step_key(sc_, sc_.steps[i], ctx_))
                add(Severity::error, i, "step " + in_quotes(sc_.steps[i].id) + ": " + p, "");
    }

    // ---- linear runs (perfect, imperfect, walkthroughs) ----

    PlayRun linear(const std::string& name, const AnswerPolicy& answer, const ChoicePolicy& choose, bool perfect) {
        PlayRun run;
        run.name = name;
        std::optional<Session> s;
        try {
            s.emplace(shared_, AttemptMode::practice, sc_.seed, SessionOptions{opts_.lang, opts_.hs});
            while (const Step* step = s->current()) {
                mark(*step);
                if (!step->graded()) {
                    s->advance();
                    continue;
                }
                Answer a = answer(*step);
                if (step->kind() == StepKind::choose) {
                    std::string why;
                    auto option = choose(*step, why);
                    if (!option) {
                        run.error = why;
                        add(Severity::error, index_of(*step), why, "");
                        break;
                    }
                    a = ChooseAnswer{*option};
                    run.choices.push_back(step->id + "=" + *option);
                }
                const Grade g = s->submit(a, 0);
                if (perfect && g.max > 0 && g.score < g.max - epsilon)
                    add(Severity::error, index_of(*step),
                        "step " + in_quotes(step->id) + ": the perfect answer scores " + figure(g.score) + " of " +
                            figure(g.max) + ": " + first_fault(g),
                        "");
                s->advance();
            }
            run.finished = run.error.empty();
        } catch (const std::exception& e) {
            fail(run, s ? s->current() : nullptr, e.what());
        }
        if (s) summarize(run, *s);
        return run;
    }

    // ---- every branch ----

    void explore(Session s, PlayRun run) {
        try {
            while (const Step* step = s.current()) {
                mark(*step);
                if (!step->graded()) {
                    s.advance();
                    continue;
                }
                if (step->kind() == StepKind::choose) {
                    for (const auto& o : std::get<ChooseStep>(step->body).options) {
                        if (report_.branches.size() >= opts_.max_branches) {
                            report_.truncated = true;
                            return;
                        }
                        Session fork = s;
                        PlayRun branch = run;
                        branch.choices.push_back(step->id + "=" + o.id);
                        try {
                            fork.submit(ChooseAnswer{o.id}, 0);
                            fork.advance();
                        } catch (const std::exception& e) {
                            fail(branch, fork.current(), e.what());
                            finish_branch(branch, fork);
                            continue;
                        }
                        explore(std::move(fork), std::move(branch));
                    }
                    return;
                }
                if (auto a = perfect_answer(sc_, *step, ctx_)) s.submit(*a, 0);
                s.advance();
            }
            run.finished = true;
        } catch (const std::exception& e) {
            fail(run, s.current(), e.what());
        }
        finish_branch(run, s);
    }

    void explore_all() {
        try {
            explore(Session(shared_, AttemptMode::practice, sc_.seed, SessionOptions{opts_.lang, opts_.hs}), PlayRun{});
        } catch (const std::exception& e) {  // the session could not even start
            PlayRun run;
            run.name = "branch (start)";
            fail(run, nullptr, e.what());
            report_.branches.push_back(run);
        }
    }

    // ---- reachability ----

    void check_reached() {
        if (report_.truncated) {
            add(Severity::warning, std::nullopt,
                "more than " + std::to_string(opts_.max_branches) +
                    " branches: exploring stopped, so unreachable steps were not checked",
                "");
            return;
        }
        for (std::size_t i = 0; i < sc_.steps.size(); ++i) {
            if (reached_[i]) continue;
            const Step& st = sc_.steps[i];
            std::string why = st.when ? " (its when condition is false whenever a run gets there: " +
                                            st.when->source() + ")"
                                      : " (no run routes to it)";
            add(Severity::error, i, "step " + in_quotes(st.id) + " is never reached" + why, "");
        }
    }

    std::size_t index_of(const Step& step) const { return static_cast<std::size_t>(&step - sc_.steps.data()); }

    // A problem, once: the same dead end met on many branches is one problem, told with the
    // first branch that met it.
    void add(Severity sev, std::optional<std::size_t> step, const std::string& message, const std::string& where) {
        std::string field = step ? field_path_index("steps", static_cast<long long>(*step + 1)) : std::string();
        if (!seen_.insert(field + "\n" + message).second) return;
        report_.problems.push_back(Diagnostic{sev, sc_.source, 0, field, message + where});
    }

private:
    void mark(const Step& step) { reached_[index_of(step)] = true; }

    void fail(PlayRun& run, const Step* at, const std::string& what) {
        run.error = what;
        run.finished = false;
        add(Severity::error, at ? std::optional<std::size_t>(index_of(*at)) : std::nullopt, what,
            run.name.empty() && !run.choices.empty() ? " (on branch " + join(run.choices) + ")"
            : run.name.empty()                       ? ""
                                                     : " (" + run.name + " play)");
    }

    static void summarize(PlayRun& run, const Session& s) {
        const SessionResult r = s.result();
        run.score = r.score;
        run.max = r.max;
        run.path = s.visited();
    }

    void finish_branch(PlayRun& run, const Session& s) {
        summarize(run, s);
        run.name = "branch " + (run.choices.empty() ? std::string("(no choices)") : join(run.choices));
        if (run.score < -epsilon || run.score > run.max + epsilon)
            add(Severity::error, std::nullopt,
                "score " + figure(run.score) + " is outside 0.." + figure(run.max) + " on " + run.name, "");
        report_.branches.push_back(std::move(run));
    }

    std::shared_ptr<const Scenario> shared_;
    const Scenario& sc_;
    AutoplayOptions opts_;
    GradeContext ctx_;
    AutoplayReport& report_;
    std::vector<bool> reached_;
    std::set<std::string> seen_;
};

std::optional<std::string> extreme_option(const Step& step, bool best) {
    const auto& options = std::get<ChooseStep>(step.body).options;
    const ChooseOptionSpec* pick = nullptr;
    for (const auto& o : options)
        if (!pick || (best ? o.score > pick->score : o.score < pick->score)) pick = &o;
    if (!pick) return std::nullopt;
    return pick->id;
}

}  // namespace

AutoplayReport autoplay(const Scenario& scenario, const AutoplayOptions& options) {
    AutoplayReport report;
    Runner runner(scenario, options, report);
    runner.check_keys();
    const GradeContext ctx{options.hs, options.lang};

    auto no_option = [](const Step& step, std::string& why) {
        why = "choose step " + in_quotes(step.id) + " has no options";
    };
    report.perfect = runner.linear(
        "perfect", [&](const Step& s) { return *perfect_answer(scenario, s, ctx); },
        [&](const Step& s, std::string& why) {
            auto o = extreme_option(s, true);
            if (!o) no_option(s, why);
            return o;
        },
        true);
    report.imperfect = runner.linear(
        "imperfect",
        [&](const Step& s) {
            auto a = imperfect_answer(scenario, s, ctx);
            return a ? *a : *perfect_answer(scenario, s, ctx);
        },
        [&](const Step& s, std::string& why) {
            auto o = extreme_option(s, false);
            if (!o) no_option(s, why);
            return o;
        },
        false);

    if (report.perfect.finished && report.perfect.max <= 0)
        runner.add(Severity::warning, std::nullopt, "perfect play scores 0 of 0: the scenario grades nothing", "");
    if (report.imperfect.finished && report.imperfect.max > 0 &&
        report.imperfect.score >= report.imperfect.max - epsilon)
        runner.add(Severity::error, std::nullopt,
                   "imperfect play scores full marks (" + figure(report.imperfect.score) + " of " +
                       figure(report.imperfect.max) + "): no step on its path can be got wrong",
                   "");

    runner.explore_all();

    for (const auto& w : scenario.walkthroughs) {
        std::size_t next = 0;
        PlayRun run = runner.linear(
            w.name.empty() ? "walkthrough" : w.name, [&](const Step& s) { return *perfect_answer(scenario, s, ctx); },
            [&](const Step& s, std::string& why) -> std::optional<std::string> {
                const std::string wname = "walkthrough " + in_quotes(w.name);
                if (next >= w.choices.size()) {
                    why = wname + " has no choice left for choose step " + in_quotes(s.id);
                    return std::nullopt;
                }
                const std::string& id = w.choices[next++];
                if (!find_option(std::get<ChooseStep>(s.body), id)) {
                    std::vector<std::string> ids;
                    for (const auto& o : std::get<ChooseStep>(s.body).options) ids.push_back(o.id);
                    why = wname + ": choose step " + in_quotes(s.id) + " has no option " + in_quotes(id) + " (options: " +
                          join(ids) + ")";
                    return std::nullopt;
                }
                return id;
            },
            false);
        if (run.finished && next < w.choices.size()) {
            run.error = "the scenario ended with choices left over";
            runner.add(Severity::error, std::nullopt,
                       "walkthrough " + in_quotes(w.name) + " ends with choices left over: " +
                           join({w.choices.begin() + static_cast<std::ptrdiff_t>(next), w.choices.end()}),
                       "");
        }
        report.walkthroughs.push_back(std::move(run));
    }

    runner.check_reached();
    return report;
}

ScriptedPlay play_answers(Session& session, const std::vector<AnswerEntry>& answers) {
    ScriptedPlay out;
    std::map<std::string, const AnswerEntry*> by_step;
    for (const auto& e : answers) by_step.emplace(e.step, &e);
    std::set<std::string> used;
    while (const Step* step = session.current()) {
        if (!step->graded() || session.answered()) {
            session.advance();
            continue;
        }
        auto it = by_step.find(step->id);
        if (it == by_step.end()) {
            out.stopped_at = step->id;
            break;
        }
        const AnswerEntry& e = *it->second;
        for (int h = 0; h < e.hints && session.take_hint(); ++h) {
        }
        session.submit(e.answer, e.time_ms);
        used.insert(e.step);
        session.advance();
    }
    out.finished = session.finished();
    for (const auto& e : answers)
        if (!used.count(e.step)) out.unused.push_back(e.step);
    return out;
}

}  // namespace clearance::core
