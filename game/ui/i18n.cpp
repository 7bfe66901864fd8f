#include "ui/i18n.h"

#include "core/feedback_text.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace clearance::ui {

// Pairs of {english, french}, each ending with {nullptr, nullptr}: the shell, profiles and
// settings (i18n_fr.cpp), the player's components (i18n_fr_components.cpp), Home, the browser
// and progress (i18n_fr_screens.cpp), the player and the debrief (i18n_fr_player.cpp).
extern const char* const french_table[][2];
extern const char* const french_components[][2];
extern const char* const french_screens[][2];
extern const char* const french_player[][2];

namespace {

std::string g_language = "en";
const std::unordered_map<std::string_view, const char*>* g_table = nullptr;
std::unordered_set<std::string> g_missing;  // copies: callers may pass temporaries
// The engine words tr() found in core's phrase table, English -> French (the one language with a
// table). Node-based and never erased, so the pointers tr() hands out stay valid.
std::unordered_map<std::string, std::string> g_from_core;

const std::unordered_map<std::string_view, const char*>& french() {
    static const auto table = [] {
        std::unordered_map<std::string_view, const char*> m;
        for (const auto* table : {french_table, french_components, french_screens, french_player})
            for (int i = 0; table[i][0]; ++i) m.emplace(table[i][0], table[i][1]);
        return m;
    }();
    return table;
}

}  // namespace

const char* tr(const char* english) {
    if (!g_table) return english;
    auto it = g_table->find(english);
    if (it != g_table->end()) return it->second;
    // The engines' words the panels show (kinds of cost, risk indicators, document kinds, field
    // labels' words) are translated once, in core's phrase table.
    if (auto known = g_from_core.find(english); known != g_from_core.end()) return known->second.c_str();
    if (auto fr = core::find_phrase(english, g_language))
        return g_from_core.emplace(english, std::move(*fr)).first->second.c_str();
    g_missing.insert(english);
    return english;
}

void set_language(const std::string& code) {
    g_language = code == "fr" ? "fr" : "en";
    g_table = g_language == "fr" ? &french() : nullptr;
}

const std::string& language() { return g_language; }

int missing_translations() { return static_cast<int>(g_missing.size()); }

}  // namespace clearance::ui
