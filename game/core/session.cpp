#include "core/session.h"

#include <algorithm>
#include <cstdio>

namespace clearance::core {

ModeRules mode_rules(AttemptMode mode) {
    switch (mode) {
        case AttemptMode::practice: return {true, true};
        case AttemptMode::review: return {true, true};
        case AttemptMode::shift: return {true, false};
        case AttemptMode::exam: return {false, false};
    }
    return {true, true};
}

namespace {

std::string in_quotes(const std::string& s) { return "\"" + s + "\""; }

// "1 point", "0.5 points", "2 min 30 s": figures as a trainee reads them.
Message points_text(double p) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", p);
    return p == 1.0 ? msg("{0} point", std::string(buf)) : msg("{0} points", std::string(buf));
}

std::string duration_text(std::int64_t ms) {
    const std::int64_t s = (ms + 999) / 1000;
    if (s < 60) return std::to_string(s) + " s";
    return std::to_string(s / 60) + " min" + (s % 60 ? " " + std::to_string(s % 60) + " s" : "");
}

bool scenario_classifies(const Scenario& sc) {
    return std::any_of(sc.steps.begin(), sc.steps.end(), [](const Step& s) { return s.kind() == StepKind::classify; });
}

// SplitMix64 (Steele, Lea and Flood 2014): a tiny generator whose sequence is fixed by its seed on
// every platform, unlike std::shuffle's unspecified algorithm.
std::uint64_t splitmix(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::uint64_t fnv1a(const std::string& s) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
    return h;
}

}  // namespace

// ---- construction ----------------------------------------------------------------------------

Session::Session(const Scenario& scenario, AttemptMode mode, std::uint64_t seed, SessionOptions options)
    : Session(std::make_shared<const Scenario>(scenario), mode, seed, std::move(options)) {}

Session::Session(std::shared_ptr<const Scenario> scenario, AttemptMode mode, std::uint64_t seed,
                 SessionOptions options)
    : scenario_(std::move(scenario)), mode_(mode), seed_(seed), options_(std::move(options)) {
    const Scenario& sc = *scenario_;
    if (sc.generated && sc.seed != seed)
        throw SessionError("scenario " + in_quotes(sc.id) + " was generated with seed " + std::to_string(sc.seed) +
                           ", not " + std::to_string(seed) + ": instantiate it with the attempt's seed first");
    if (!options_.hs && scenario_classifies(sc))
        throw SessionError("scenario " + in_quotes(sc.id) + " has classify steps: the session needs the HS nomenclature");
    try {
        state_ = State(sc.variables);
    } catch (const StateError& e) {
        throw SessionError("scenario " + in_quotes(sc.id) + ": " + e.what());
    }
    seen_.assign(sc.steps.size(), false);
    current_ = route_from(0, "at the start");
    if (current_) {
        seen_[*current_] = true;
        visited_.push_back(sc.steps[*current_].id);
    }
}

// ---- routing ---------------------------------------------------------------------------------

bool Session::allowed(const Step& step) const {
    if (!step.when) return true;
    try {
        return step.when->evaluate(state_);
    } catch (const StateError& e) {
        throw SessionError("step " + in_quotes(step.id) + ": when " + in_quotes(step.when->source()) + ": " + e.what());
    }
}

std::optional<std::size_t> Session::route_from(std::size_t index, const std::string& why) const {
    const auto& steps = scenario_->steps;
    for (; index < steps.size(); ++index) {
        if (seen_[index])
            throw SessionError("step " + in_quotes(steps[index].id) + " would be visited twice (" + why +
                               "): a scenario may not loop");
        if (allowed(steps[index])) return index;
    }
    return std::nullopt;
}

const Step* Session::current() const { return current_ ? &scenario_->steps[*current_] : nullptr; }

void Session::advance() {
    const Step* step = current();
    if (!step) throw SessionError("the attempt is finished: there is nothing to advance to");
    if (step->graded() && !answered_)
        throw SessionError("step " + in_quotes(step->id) + " has not been answered: submit an answer first");

    // The target: the chosen option's next, the step's next, or the following step.
    std::optional<std::string> target = step->next;
    if (step->kind() == StepKind::choose && !records_.empty()) {
        const auto& choose = std::get<ChooseStep>(step->body);
        if (const ChooseOptionSpec* o = find_option(choose, records_.back().option_id); o && o->next) target = o->next;
    }
    std::optional<std::size_t> next;
    if (!target) {
        next = route_from(*current_ + 1, "after step " + in_quotes(step->id));
    } else if (*target != end_step_id) {
        auto index = scenario_->step_index(*target);
        if (!index) throw SessionError("step " + in_quotes(step->id) + " routes to unknown step " + in_quotes(*target));
        next = route_from(*index, "routed from step " + in_quotes(step->id));
    }
    current_ = next;
    answered_ = false;
    hints_taken_ = 0;
    if (current_) {
        seen_[*current_] = true;
        visited_.push_back(scenario_->steps[*current_].id);
    }
}

// ---- answering -------------------------------------------------------------------------------

Grade Session::submit(const Answer& answer, std::int64_t elapsed_ms) {
    const Step* step = current();
    if (!step) throw SessionError("the attempt is finished: no step takes an answer");
    if (answered_) throw SessionError("step " + in_quotes(step->id) + " is already answered: call advance()");
    if (std::string why = answer_mismatch(*step, answer); !why.empty()) throw SessionError(why);
    if (elapsed_ms < 0) throw SessionError("elapsed time cannot be negative");
    const Scenario& sc = *scenario_;

    StepRecord r;
    r.step_id = step->id;
    r.kind = step->kind();
    r.answer = answer;
    r.time_ms = elapsed_ms;
    r.hints = hints_taken_;
    r.competencies = step->competencies.empty() ? sc.competencies : step->competencies;
    r.topic = step->topic.value_or(sc.topic);

    Grade g = grade_step(*step, answer, GradeContext{options_.hs, options_.lang});
    r.grader_score = g.score;
    r.grader_max = g.max;
    if (step->points && g.max > 0) {
        const double factor = *step->points / g.max;
        g.score *= factor;
        g.max = *step->points;
    }
    for (int i = 0; i < hints_taken_ && i < static_cast<int>(step->hints.size()); ++i)
        r.hint_cost += step->hints[static_cast<std::size_t>(i)].cost;
    if (r.hint_cost > 0) {
        r.hint_cost = std::min(r.hint_cost, g.score);
        g.score -= r.hint_cost;
        const std::string taken = std::to_string(hints_taken_);
        g.add(Verdict::info, hints_taken_ == 1 ? msg("{0} hint taken: {1} off.", taken, points_text(r.hint_cost))
                                               : msg("{0} hints taken: {1} off.", taken, points_text(r.hint_cost)));
    }

    const std::int64_t total = elapsed_ms_ + elapsed_ms;
    if (step->time_limit_ms && elapsed_ms > *step->time_limit_ms) {
        r.late = true;
        g.add(Verdict::wrong, msg("Answered after the step's time limit of {0}: the answer scores 0.",
                                  duration_text(*step->time_limit_ms)));
    } else if (sc.time_limit_ms && total > *sc.time_limit_ms) {
        r.late = true;
        g.add(Verdict::wrong, msg("Answered after the scenario's time limit of {0}: the answer scores 0.",
                                  duration_text(*sc.time_limit_ms)));
    }
    if (r.late) g.score = 0;
    g.score = std::clamp(g.score, 0.0, g.max);
    r.grade = g;

    // Consequences land in a copy first, so a bad assignment leaves the session as it was.
    State next_state = state_;
    if (step->kind() == StepKind::choose) {
        r.option_id = std::get<ChooseAnswer>(answer).option_id;
        if (const ChooseOptionSpec* o = find_option(std::get<ChooseStep>(step->body), r.option_id)) {
            try {
                for (const auto& a : o->set) next_state.apply(a);
            } catch (const StateError& e) {
                throw SessionError("step " + in_quotes(step->id) + ", option " + in_quotes(o->id) + ": " + e.what());
            }
        }
    }
    state_ = std::move(next_state);
    elapsed_ms_ = total;
    records_.push_back(std::move(r));
    answered_ = true;
    return records_.back().grade;
}

const Grade* Session::feedback() const {
    if (records_.empty()) return nullptr;
    if (!mode_rules(mode_).immediate_feedback && !finished()) return nullptr;
    return &records_.back().grade;
}

int Session::hints_left() const {
    const Step* step = current();
    if (!step || !step->graded() || answered_ || !mode_rules(mode_).hints) return 0;
    return static_cast<int>(step->hints.size()) - hints_taken_;
}

std::optional<HintShown> Session::take_hint() {
    if (hints_left() <= 0) return std::nullopt;
    const Hint& h = current()->hints[static_cast<std::size_t>(hints_taken_)];
    ++hints_taken_;
    return HintShown{hints_taken_, h.text.get(options_.lang), h.cost};
}

std::vector<std::size_t> Session::option_order(const Step& step) const {
    std::size_t n = 0;
    bool shuffle = false;
    if (const auto* c = std::get_if<ChooseStep>(&step.body)) n = c->options.size(), shuffle = c->shuffle;
    if (const auto* q = std::get_if<QuizStep>(&step.body)) n = q->choices.size(), shuffle = q->shuffle;
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    if (!shuffle) return order;
    std::uint64_t state = seed_ ^ fnv1a(step.id);
    for (std::size_t i = n; i > 1; --i) {  // Fisher-Yates; the modulo bias is nil for a handful of options
        std::size_t j = static_cast<std::size_t>(splitmix(state) % i);
        std::swap(order[i - 1], order[j]);
    }
    return order;
}

SessionResult Session::result() const {
    SessionResult out;
    out.steps = records_;
    out.finished = finished();
    out.time_ms = elapsed_ms_;
    for (const auto& r : records_) {
        out.score += r.grade.score;
        out.max += r.grade.max;
        if (r.grade.max <= 0) continue;  // an ungraded branch is no evidence of anything
        for (const auto& c : r.competencies) {
            Tally& t = out.competencies[c];
            t.score += r.grade.score;
            t.max += r.grade.max;
        }
        Tally& t = out.topics[r.topic];
        t.score += r.grade.score;
        t.max += r.grade.max;
    }
    return out;
}

}  // namespace clearance::core
