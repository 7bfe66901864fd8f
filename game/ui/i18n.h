// Interface language: every user-visible string literal in game/ui goes through tr(), keyed by
// its English text (gettext-style), so a view reads naturally and a missing translation shows
// English instead of a blank.
//
// The French tables live in i18n_fr*.cpp; a string they lack is looked up, exactly, in core's
// phrase table (core::find_phrase), which holds the engines' words once for the core and the
// interface. set_language() is called by the app between frames.
#pragma once

#include <string>

namespace clearance::ui {

// The text in the current interface language; `english` itself when there is no translation.
// The returned pointer stays valid for the life of the program.
const char* tr(const char* english);

// "en" or "fr"; anything else falls back to English.
void set_language(const std::string& code);
const std::string& language();

// Number of English strings with no entry in the current language's table that tr() has been
// asked for since start (tests use it to find untranslated strings).
int missing_translations();

}  // namespace clearance::ui
