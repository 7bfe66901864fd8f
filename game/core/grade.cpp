#include "core/grade.h"

#include "core/feedback_text.h"

namespace clearance::core {

const char* verdict_name(Verdict v) {
    switch (v) {
        case Verdict::correct: return "correct";
        case Verdict::partial: return "partial";
        case Verdict::wrong: return "wrong";
        case Verdict::info: return "info";
    }
    return "info";
}

Message phrase(std::string english) {
    Message m(std::move(english));
    m.kind = Message::Kind::phrase;
    return m;
}

Message list(std::vector<Message> items, std::string separator) {
    Message m(std::move(separator));
    m.kind = Message::Kind::list;
    m.args = std::move(items);
    return m;
}

std::string english(const Message& m) { return render_message(m, "en"); }

FeedbackLine::FeedbackLine(Verdict v, std::string text_, std::string rule_)
    : verdict(v), text(std::move(text_)), rule(std::move(rule_)) {}

FeedbackLine::FeedbackLine(Verdict v, Message text_, Message rule_)
    : verdict(v), text(english(text_)), rule(english(rule_)), message(std::move(text_)),
      rule_message(std::move(rule_)) {}

Grade& Grade::add(Verdict v, Message text, Message rule) {
    feedback.emplace_back(v, std::move(text), std::move(rule));
    return *this;
}

}  // namespace clearance::core
