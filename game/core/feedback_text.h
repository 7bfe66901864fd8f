// Feedback text: a grader's feedback line in the trainee's language.
//
// Used by the views (the player's feedback panel, the debrief) and by tests. A line's message
// (grade.h) is rendered node by node: data as it is; a grader template through the language's
// template table, keyed by the English template; an engine phrase through the language's phrase
// table, which holds exact phrases, rule references (GIR 1, CVA Art. 8.1(c)) and patterns with
// placeholders for engine sentences built around data ("originating in {0} under {1}: ...").
// Languages: "en" and "fr" (and "fr-..."); any other code renders English.
// Invariants: English output is exactly the line's `text` and `rule`; anything a table lacks is
// shown in English, never dropped, and a template with no translation shows its whole English
// sentence rather than a mix of languages.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/grade.h"

namespace clearance::core {

// The line's sentence in `lang`; line.text for English, and for a line built from text alone.
std::string feedback_text(const FeedbackLine& line, std::string_view lang);

// The rule the line names, in `lang`; line.rule for English. GIR and CVA references become
// "RGI 1", "Accord sur l'évaluation en douane, art. 8.1 c)"; a rule the tables do not know (an
// author's own wording) is shown as written.
std::string feedback_rule(const FeedbackLine& line, std::string_view lang);

// A message in `lang` (english(m) for English).
std::string render_message(const Message& m, std::string_view lang);

// An engine's English phrase in `lang`, or the phrase itself when no table entry fits.
std::string translate_phrase(std::string_view english, std::string_view lang);

// The phrase table's entry for exactly this English word or phrase in `lang`, its first letter's
// case following the English ("Green" finds "green": "Vert"); nullopt for English and when no
// entry fits. No pattern or rule reference is tried, so a caller's own sentence (an interface
// string, a field label's part) is never half translated.
std::optional<std::string> find_phrase(std::string_view english, std::string_view lang);

// ---- the French tables (feedback_fr.cpp), exposed for the coverage tests ----

struct Translation {
    const char* english;
    const char* translated;
};

// Grader templates: English template -> French template with the same placeholders. French
// placeholders may carry a form: {0:le} {0:un} {0:du} {0:au} {0:de} put the article that fits
// the French word ({0:Le} capitalised), {0:cap} capitalises the first letter.
std::span<const Translation> french_templates();

// Engine phrases: exact English -> French, or a pattern with placeholders whose captures are
// translated in turn (a capture no table knows stays as it is: data). The one table of engine
// words: the interface's tr() falls back to it, and document field labels are composed from it.
std::span<const Translation> french_phrases();

}  // namespace clearance::core
