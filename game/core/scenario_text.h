// Text: a localized string of a scenario (a title, a prompt, a hint, an option's label), one
// translation per language code ("en", "fr", "pt-BR").
//
// Used by the scenario model (scenario.h), the session (hints and option labels in the
// trainee's language), the UI and the validator (missing translations are warnings). Scenario
// files write a plain string for English or a table of languages; both land here.
// Invariants: at most one translation per language; a language is never stored with an empty
// code. get() never fails: a missing language falls back to English, then to the first language
// in code order, then to the empty string, so a half-translated scenario still plays.
#pragma once

#include <functional>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace clearance::core {

inline constexpr std::string_view fallback_language = "en";

class Text {
public:
    Text() = default;
    // A plain string is English, as in a scenario file's `title = "..."`.
    Text(const char* en);       // NOLINT: implicit on purpose
    Text(std::string en);       // NOLINT: implicit on purpose
    Text(std::string_view en);  // NOLINT: implicit on purpose
    // { {"en", "..."}, {"fr", "..."} }; asserts that no language code is empty.
    Text(std::initializer_list<std::pair<const std::string, std::string>> translations);

    // The text in `lang`, or the fallback described above.
    const std::string& get(std::string_view lang = fallback_language) const;
    // Whether `lang` has its own translation (no fallback).
    bool has(std::string_view lang) const;
    // Sets (or replaces) one translation; asserts a non-empty language code.
    void set(std::string lang, std::string text);
    // The language codes present, in code order.
    std::vector<std::string> languages() const;
    // True when there is no translation at all, or every translation is empty.
    bool empty() const;
    const std::map<std::string, std::string, std::less<>>& translations() const { return by_lang_; }

    friend bool operator==(const Text& a, const Text& b) { return a.by_lang_ == b.by_lang_; }

private:
    std::map<std::string, std::string, std::less<>> by_lang_;
};

}  // namespace clearance::core
