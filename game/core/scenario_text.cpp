#include "core/scenario_text.h"

#include <cassert>

namespace clearance::core {

Text::Text(const char* en) : Text(std::string(en ? en : "")) {}

Text::Text(std::string en) { by_lang_.emplace(std::string(fallback_language), std::move(en)); }

Text::Text(std::string_view en) : Text(std::string(en)) {}

Text::Text(std::initializer_list<std::pair<const std::string, std::string>> translations) {
    for (const auto& [lang, text] : translations) set(lang, text);
}

const std::string& Text::get(std::string_view lang) const {
    static const std::string empty_text;
    if (auto it = by_lang_.find(lang); it != by_lang_.end()) return it->second;
    if (auto it = by_lang_.find(fallback_language); it != by_lang_.end()) return it->second;
    if (!by_lang_.empty()) return by_lang_.begin()->second;
    return empty_text;
}

bool Text::has(std::string_view lang) const { return by_lang_.find(lang) != by_lang_.end(); }

void Text::set(std::string lang, std::string text) {
    assert(!lang.empty() && "a translation needs a language code");
    by_lang_.insert_or_assign(std::move(lang), std::move(text));
}

std::vector<std::string> Text::languages() const {
    std::vector<std::string> out;
    out.reserve(by_lang_.size());
    for (const auto& [lang, text] : by_lang_) out.push_back(lang);
    return out;
}

bool Text::empty() const {
    for (const auto& [lang, text] : by_lang_)
        if (!text.empty()) return false;
    return true;
}

}  // namespace clearance::core
