// Grade: what every grader in game/core returns for one answered step.
//
// Used by the graders (grade_*.h), the session, the headless player, the store and the debrief
// view. Invariants: 0 <= score <= max; feedback lines are in the order a trainee should read
// them; each line that judges something names the rule that decides it (GIR, CVA article, note).
//
// Each line keeps its sentence twice: `text`, rendered in English (what tests, logs and the CLI
// read), and `message`, the English template with its arguments, from which feedback_text.h
// renders the line in the trainee's language. Graders build messages with msg() (a template of
// their own, with numbered placeholders), phrase() (English an engine wrote: a level name, a
// cost principle, a reason) and plain std::string (data shown as it is in every language: codes,
// amounts, HS descriptions, scenario texts).
#pragma once

#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace clearance::core {

// How one feedback line judges the part of the answer it talks about.
enum class Verdict { correct, partial, wrong, info };

const char* verdict_name(Verdict v);  // "correct", "partial", "wrong", "info"

// A sentence, or part of one, as a tree that can be rendered in any language.
struct Message {
    enum class Kind {
        literal,  // `text` is data, the same in every language
        phrase,   // `text` is English from an engine; translated when a table knows it, else as is
        format,   // `text` is an English template, "{0} is right: {1}.", filled by `args`
        list,     // `args` joined by `text`, a separator the same in every language ("; ")
    };
    Kind kind = Kind::literal;
    std::string text;
    std::vector<Message> args;

    Message() = default;
    Message(std::string literal) : text(std::move(literal)) {}  // data, never translated

    bool empty() const { return kind == Kind::literal && text.empty(); }
};

// English written by an engine outside the graders (hs_level_name, cost_principle, an origin
// reason, a rule such as "CVA Art. 8.1(c)"): other languages look it up, or show it as is.
Message phrase(std::string english);

// `items` joined by `separator`, e.g. the reasons two notes give, one after the other.
Message list(std::vector<Message> items, std::string separator);

// A grader's own sentence: an English template with placeholders {0}..{9}, each filled by one
// argument, in order. Arguments are Messages or std::string data; a bare string literal is
// refused at compile time, because English words must go through msg() or phrase().
template <class... A>
Message msg(const char* english_template, A&&... args) {
    static_assert(((std::is_same_v<std::remove_cvref_t<A>, Message> ||
                    std::is_same_v<std::remove_cvref_t<A>, std::string>) && ...),
                  "msg() arguments are Message (msg, phrase, list) or std::string data");
    Message m;
    m.kind = Message::Kind::format;
    m.text = english_template;
    m.args.reserve(sizeof...(A));
    (m.args.emplace_back(std::forward<A>(args)), ...);
    return m;
}

// The message rendered in English (the graders' `text`).
std::string english(const Message& m);

struct FeedbackLine {
    Verdict verdict = Verdict::info;
    std::string text;      // one sentence for the trainee, in English, with the figures involved
    std::string rule;      // the rule that decides, e.g. "CVA Art. 8.1(a)(i)"; may be empty for info
    Message message;       // `text` as a template and arguments; empty for a line built from text
    Message rule_message;  // `rule` likewise

    FeedbackLine() = default;
    // A line with no template: other languages show `text` as is and translate `rule` as a phrase.
    FeedbackLine(Verdict v, std::string text, std::string rule = {});
    // A line from messages; `text` and `rule` are their English rendering.
    FeedbackLine(Verdict v, Message text, Message rule);
};

struct Grade {
    double score = 0.0;
    double max = 0.0;
    std::vector<FeedbackLine> feedback;

    bool full_marks() const { return max > 0.0 && score >= max - 1e-9; }
    // Appends a line; returns *this so graders can chain. A rule given as a std::string is data;
    // pass phrase(rule) for a rule an engine wrote, so that other languages can translate it.
    Grade& add(Verdict v, Message text, Message rule = {});
};

}  // namespace clearance::core
