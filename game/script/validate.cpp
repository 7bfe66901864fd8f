#include "script/validate.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>

#include "core/competency.h"
#include "core/scenario_fields.h"
#include "core/scenario_grading.h"

namespace clearance::script {

namespace {

std::string step_path(std::size_t i) { return core::field_path_index("steps", static_cast<long long>(i + 1)); }
std::string doc_path(std::size_t i) { return core::field_path_index("documents", static_cast<long long>(i + 1)); }

class Checker {
public:
    Checker(const core::Scenario& s, const SourceMap& lines, const ValidateOptions& o)
        : s_(s), lines_(lines), o_(o) {}

    std::vector<core::Diagnostic> run() {
        check_ids();
        check_competencies("", s_.competencies);
        for (std::size_t i = 0; i < s_.steps.size(); ++i) check_competencies(step_path(i), s_.steps[i].competencies);
        for (std::size_t i = 0; i < s_.steps.size(); ++i) check_step(i);
        check_routes();
        check_walkthroughs();
        return std::move(out_);
    }

private:
    void error(const std::string& field, std::string message) {
        out_.push_back({core::Severity::error, o_.file, lines_.line_for(field), field, std::move(message)});
    }
    void warning(const std::string& field, std::string message) {
        out_.push_back({core::Severity::warning, o_.file, lines_.line_for(field), field, std::move(message)});
    }

    void check_ids() {
        std::map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < s_.documents.size(); ++i) {
            const std::string& id = s_.documents[i].id;
            const std::string at = core::field_path_key(doc_path(i), "id");
            if (id.empty()) error(at, "a document id must not be empty");
            else if (id.find_first_of(".[] ") != std::string::npos)
                error(at, "\"" + id + "\" is not a usable document id: field ids are written id.field, so no '.', "
                                       "'[', ']' or spaces");
            else if (auto [it, fresh] = seen.emplace(id, i); !fresh)
                error(at, "two documents are called \"" + id + "\" (also " + doc_path(it->second) +
                              "); give each its own id = \"...\"");
        }
        seen.clear();
        for (std::size_t i = 0; i < s_.steps.size(); ++i) {
            const std::string& id = s_.steps[i].id;
            const std::string at = core::field_path_key(step_path(i), "id");
            if (id.empty()) error(at, "a step id must not be empty");
            else if (id == core::end_step_id) error(at, "\"end\" is reserved: next = \"end\" finishes the scenario");
            else if (auto [it, fresh] = seen.emplace(id, i); !fresh)
                error(at, "two steps are called \"" + id + "\" (also " + step_path(it->second) + ")");
        }
        if (s_.steps.empty()) error("steps", "the scenario has no steps");
        bool graded = false;
        for (const core::Step& st : s_.steps) graded = graded || st.graded();
        const bool unread = std::find(o_.skip_key_check.begin(), o_.skip_key_check.end(), true) != o_.skip_key_check.end();
        if (!s_.steps.empty() && !graded && !unread) warning("steps", "no step is graded: the scenario scores nothing");
    }

    // An id outside the catalogue still works (it shows as written), but is often a typo that
    // would split a trainee's evidence between two spellings.
    void check_competencies(const std::string& at, const std::vector<std::string>& ids) {
        const std::string list = at.empty() ? "competencies" : core::field_path_key(at, "competencies");
        for (std::size_t j = 0; j < ids.size(); ++j)
            if (core::competency_name(ids[j], "en").empty())
                warning(core::field_path_index(list, static_cast<long long>(j + 1)),
                        "\"" + ids[j] + "\" is not in the competency catalogue: Progress will show it as written "
                        "(the known ids are listed in docs/authoring.md)");
    }

    bool known_target(const std::string& next) const { return next == core::end_step_id || s_.find_step(next); }

    void check_next(const std::string& field, const std::optional<std::string>& next) {
        if (next && !known_target(*next))
            error(field, "\"" + *next + "\" is not a step of this scenario (nor \"end\")");
    }

    void check_hs(const std::string& field, const std::string& text) {
        if (!o_.hs) return;
        auto code = core::HsCode::parse(text);
        if (code && !o_.hs->contains(*code)) error(field, o_.hs->missing_reason(*code));
    }

    void check_step(std::size_t i) {
        const core::Step& st = s_.steps[i];
        const std::string at = step_path(i);
        check_next(core::field_path_key(at, "next"), st.next);
        for (std::size_t d = 0; d < st.documents.size(); ++d) {
            if (!s_.find_document(st.documents[d]))
                error(core::field_path_index(core::field_path_key(at, "documents"), static_cast<long long>(d + 1)),
                      "\"" + st.documents[d] + "\" is not a document of this scenario");
        }
        const bool skip = i < o_.skip_key_check.size() && o_.skip_key_check[i];
        bool key_checked_here = false;
        if (const auto* c = std::get_if<core::ClassifyStep>(&st.body)) key_checked_here = check_classify(at, *c);
        if (const auto* c = std::get_if<core::ChooseStep>(&st.body)) check_choose(at, *c);
        if (const auto* q = std::get_if<core::QuizStep>(&st.body)) key_checked_here = check_quiz(at, *q);
        if (const auto* o = std::get_if<core::OriginStep>(&st.body)) check_origin(at, *o);
        if (const auto* in = std::get_if<core::InspectStep>(&st.body)) key_checked_here = check_inspect(at, *in);
        if (skip || key_checked_here || !st.graded()) return;
        if (st.kind() == core::StepKind::classify && !o_.hs) return;
        core::GradeContext ctx;
        ctx.hs = o_.hs;
        ctx.lang = o_.lang;
        for (const std::string& problem : core::check_step_key(s_, st, ctx)) error(at, problem);
    }

    // Returns true when it found a problem (then check_step_key would only repeat it).
    bool check_classify(const std::string& at, const core::ClassifyStep& c) {
        const std::size_t before = core::count_errors(out_);
        if (!c.key.code.empty()) check_hs(core::field_path_key(at, "answer"), c.key.code);
        auto code = core::HsCode::parse(c.key.code);
        if (code && code->level() < c.key.level)
            error(core::field_path_key(at, "answer"),
                  "\"" + c.key.code + "\" is a " + core::hs_level_name(code->level()) + " but the step asks for a " +
                      core::hs_level_name(c.key.level) + " (level = \"" + core::hs_level_name(c.key.level) + "\")");
        for (std::size_t a = 0; a < c.key.alternatives.size(); ++a)
            check_hs(core::field_path_key(core::field_path_index(core::field_path_key(at, "alternatives"),
                                                                 static_cast<long long>(a + 1)),
                                          "code"),
                     c.key.alternatives[a].code);
        if (c.goods) check_goods(core::field_path_key(at, "goods"), *c.goods);
        return core::count_errors(out_) != before;
    }

    void check_goods(const std::string& at, const core::GoodsRef& g) {
        const core::Document* d = s_.find_document(g.document);
        if (!d) {
            error(core::field_path_key(at, "document"), "\"" + g.document + "\" is not a document of this scenario");
            return;
        }
        long long lines = -1;
        if (const auto* inv = std::get_if<core::Invoice>(&d->content)) lines = static_cast<long long>(inv->lines.size());
        if (const auto* pl = std::get_if<core::PackingList>(&d->content)) lines = static_cast<long long>(pl->lines.size());
        if (const auto* dec = std::get_if<core::Declaration>(&d->content)) lines = static_cast<long long>(dec->items.size());
        if (const auto* co = std::get_if<core::CertificateOfOrigin>(&d->content))
            lines = static_cast<long long>(co->goods.size());
        if (g.line == 0) return;
        if (lines < 0)
            error(core::field_path_key(at, "line"), "document \"" + g.document + "\" has no goods lines");
        else if (g.line > lines)
            error(core::field_path_key(at, "line"), "document \"" + g.document + "\" has " + std::to_string(lines) +
                                                        " goods line(s), not " + std::to_string(g.line));
    }

    void check_choose(const std::string& at, const core::ChooseStep& c) {
        if (c.options.empty()) error(core::field_path_key(at, "options"), "a choose step needs at least one option");
        std::map<std::string, std::size_t> seen;
        for (std::size_t j = 0; j < c.options.size(); ++j) {
            const std::string op = core::field_path_index(core::field_path_key(at, "options"), static_cast<long long>(j + 1));
            const core::ChooseOptionSpec& o = c.options[j];
            if (o.id.empty()) continue;  // reported while reading
            if (auto [it, fresh] = seen.emplace(o.id, j); !fresh)
                error(core::field_path_key(op, "id"), "two options are called \"" + o.id + "\"");
            if (!std::isfinite(o.score)) error(core::field_path_key(op, "score"), "must be a finite number");
            check_next(core::field_path_key(op, "next"), o.next);
        }
    }

    bool check_quiz(const std::string& at, const core::QuizStep& q) {
        const std::size_t before = core::count_errors(out_);
        const std::string choices = core::field_path_key(at, "choices");
        std::set<std::string> ids;
        int correct = 0;
        for (std::size_t j = 0; j < q.choices.size(); ++j) {
            if (!q.choices[j].id.empty() && !ids.insert(q.choices[j].id).second)
                error(core::field_path_key(core::field_path_index(choices, static_cast<long long>(j + 1)), "id"),
                      "two choices are called \"" + q.choices[j].id + "\"");
            correct += q.choices[j].correct ? 1 : 0;
        }
        if (q.kind == core::QuizKind::single_choice && !q.choices.empty() && correct != 1)
            error(choices, "a single choice quiz needs exactly one choice with correct = true, not " +
                               std::to_string(correct));
        if (q.kind == core::QuizKind::multiple_choice && !q.choices.empty() && correct == 0)
            error(choices, "a multiple choice quiz needs at least one choice with correct = true");
        if (q.kind == core::QuizKind::multiple_choice && !q.choices.empty() &&
            correct == static_cast<int>(q.choices.size()))
            warning(choices, "every choice is correct: picking them all scores full marks");
        return core::count_errors(out_) != before;
    }

    // Field ids named precisely; returns true when one names no field.
    bool check_inspect(const std::string& at, const core::InspectStep& in) {
        const std::size_t before = core::count_errors(out_);
        const std::string findings = core::field_path_key(at, "findings");
        for (std::size_t f = 0; f < in.key.findings.size(); ++f) {
            const std::string fields =
                core::field_path_key(core::field_path_index(findings, static_cast<long long>(f + 1)), "fields");
            for (std::size_t k = 0; k < in.key.findings[f].fields.size(); ++k) {
                if (auto why = core::check_field_id(s_.documents, in.key.findings[f].fields[k]))
                    error(core::field_path_index(fields, static_cast<long long>(k + 1)), *why);
            }
        }
        for (std::size_t d = 0; d < in.key.decoys.size(); ++d) {
            if (auto why = core::check_field_id(s_.documents, in.key.decoys[d].field))
                error(core::field_path_key(core::field_path_index(core::field_path_key(at, "decoys"),
                                                                  static_cast<long long>(d + 1)),
                                           "field"),
                      *why);
        }
        return core::count_errors(out_) != before;
    }

    void check_origin(const std::string& at, const core::OriginStep& o) {
        const std::string facts = core::field_path_key(at, "facts");
        if (o.facts.hs_code) check_hs(core::field_path_key(facts, "hs_code"), o.facts.hs_code->str());
        for (std::size_t m = 0; m < o.facts.materials.size(); ++m) {
            if (o.facts.materials[m].hs_code)
                check_hs(core::field_path_key(core::field_path_index(core::field_path_key(facts, "materials"),
                                                                     static_cast<long long>(m + 1)),
                                              "hs_code"),
                         o.facts.materials[m].hs_code->str());
        }
        for (std::size_t r = 0; r < o.agreement.product_rules.size(); ++r)
            check_hs(core::field_path_key(
                         core::field_path_index(core::field_path_key(core::field_path_key(at, "agreement"), "product_rules"),
                                                static_cast<long long>(r + 1)),
                         "code"),
                     o.agreement.product_rules[r].code.str());
    }

    // ---- routes ------------------------------------------------------------------------------

    struct Edge {
        std::size_t to;      // a step index, or steps.size() for the end
        std::string field;   // where the route is written
    };

    std::vector<std::size_t> arrivals(std::size_t j) const {
        std::vector<std::size_t> out;
        const std::size_t n = s_.steps.size();
        while (j < n) {
            out.push_back(j);
            if (!s_.steps[j].when) return out;
            ++j;  // the step may be skipped: the session moves on to the following one
        }
        out.push_back(n);
        return out;
    }

    std::optional<std::size_t> resolve(const std::string& id) const {
        if (id == core::end_step_id) return s_.steps.size();
        return s_.step_index(id);
    }

    std::vector<Edge> edges(std::size_t i) const {
        const core::Step& st = s_.steps[i];
        const std::string at = step_path(i);
        std::vector<std::pair<std::optional<std::size_t>, std::string>> targets;
        const auto fallthrough = [&]() -> std::pair<std::optional<std::size_t>, std::string> {
            if (st.next) return {resolve(*st.next), core::field_path_key(at, "next")};
            return {i + 1, at};
        };
        const auto* choose = std::get_if<core::ChooseStep>(&st.body);
        if (choose && !choose->options.empty()) {
            for (std::size_t j = 0; j < choose->options.size(); ++j) {
                const auto& o = choose->options[j];
                if (o.next)
                    targets.emplace_back(resolve(*o.next),
                                         core::field_path_key(core::field_path_index(core::field_path_key(at, "options"),
                                                                                     static_cast<long long>(j + 1)),
                                                              "next"));
                else
                    targets.push_back(fallthrough());
            }
        } else {
            targets.push_back(fallthrough());
        }
        std::vector<Edge> out;
        for (const auto& [to, field] : targets) {
            if (!to) continue;  // an unknown step: reported by check_next
            for (std::size_t a : arrivals(*to)) out.push_back({a, field});
        }
        return out;
    }

    void check_routes() {
        const std::size_t n = s_.steps.size();
        if (n == 0) return;
        const std::vector<bool> reached = reachable_steps(s_);
        for (std::size_t i = 0; i < n; ++i) {
            if (!reached[i])
                error(step_path(i), "step \"" + s_.steps[i].id +
                                        "\" is never reached: no route from the first step leads to it");
        }
        // Loops: a route back to a step already on the way. Depth-first, colour by colour.
        std::vector<int> colour(n + 1, 0);  // 0 new, 1 on the current route, 2 done
        std::set<std::string> reported;
        std::function<void(std::size_t)> visit = [&](std::size_t i) {
            colour[i] = 1;
            if (i < n) {
                for (const Edge& e : edges(i)) {
                    if (colour[e.to] == 1 && reported.insert(e.field).second)
                        error(e.field, "routes back to step \"" + s_.steps[e.to].id +
                                           "\", which can come earlier on the same route: no step is visited twice "
                                           "in an attempt, so this is a dead end");
                    else if (colour[e.to] == 0)
                        visit(e.to);
                }
            }
            colour[i] = 2;
        };
        for (std::size_t a : arrivals(0))
            if (colour[a] == 0) visit(a);
    }

    void check_walkthroughs() {
        std::set<std::string> options;
        for (const core::Step& st : s_.steps)
            if (const auto* c = std::get_if<core::ChooseStep>(&st.body))
                for (const auto& o : c->options) options.insert(o.id);
        for (std::size_t w = 0; w < s_.walkthroughs.size(); ++w) {
            const std::string at = core::field_path_index("walkthroughs", static_cast<long long>(w + 1));
            const auto& wt = s_.walkthroughs[w];
            for (std::size_t c = 0; c < wt.choices.size(); ++c) {
                if (!options.count(wt.choices[c]))
                    error(core::field_path_index(core::field_path_key(at, "choices"), static_cast<long long>(c + 1)),
                          "\"" + wt.choices[c] + "\" is not an option of any choose step");
            }
        }
    }

    const core::Scenario& s_;
    const SourceMap& lines_;
    const ValidateOptions& o_;
    std::vector<core::Diagnostic> out_;
};

}  // namespace

std::vector<bool> reachable_steps(const core::Scenario& scenario) {
    const std::size_t n = scenario.steps.size();
    std::vector<bool> reached(n, false);
    if (n == 0) return reached;
    // Breadth-first over the routes Checker::edges describes (a `when` step may be skipped).
    struct Walk {
        const core::Scenario& s;
        std::vector<std::size_t> arrivals(std::size_t j) const {
            std::vector<std::size_t> out;
            while (j < s.steps.size()) {
                out.push_back(j);
                if (!s.steps[j].when) return out;
                ++j;
            }
            return out;
        }
    } walk{scenario};
    std::vector<std::size_t> queue = walk.arrivals(0);
    for (std::size_t q : queue) reached[q] = true;
    for (std::size_t k = 0; k < queue.size(); ++k) {
        const std::size_t i = queue[k];
        const core::Step& st = scenario.steps[i];
        std::vector<std::optional<std::string>> nexts;
        const auto* choose = std::get_if<core::ChooseStep>(&st.body);
        if (choose && !choose->options.empty()) {
            for (const auto& o : choose->options) nexts.push_back(o.next ? o.next : st.next);
        } else {
            nexts.push_back(st.next);
        }
        for (const auto& next : nexts) {
            std::optional<std::size_t> to;
            if (!next) to = i + 1;
            else if (*next != core::end_step_id) to = scenario.step_index(*next);
            if (!to) continue;
            for (std::size_t a : walk.arrivals(*to)) {
                if (!reached[a]) {
                    reached[a] = true;
                    queue.push_back(a);
                }
            }
        }
    }
    return reached;
}

std::vector<core::Diagnostic> validate_scenario(const core::Scenario& scenario, const SourceMap& lines,
                                                const ValidateOptions& options) {
    return Checker(scenario, lines, options).run();
}

}  // namespace clearance::script
