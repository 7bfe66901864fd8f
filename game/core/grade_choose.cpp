#include "core/grade_choose.h"

#include <algorithm>

namespace clearance::core {

namespace {

struct FactorInfo {
    std::string_view id;
    std::string_view name;
};

// Indexed by factor number - 1; wording follows primer section 8.
constexpr std::array<FactorInfo, 10> factor_table = {{
    {"leadership_and_commitment", "leadership and commitment"},
    {"regulatory_framework", "regulatory framework"},
    {"transparency", "transparency"},
    {"automation", "automation"},
    {"reform_and_modernisation", "reform and modernisation"},
    {"audit_and_investigation", "audit and investigation"},
    {"code_of_conduct", "code of conduct"},
    {"human_resource_management", "human resource management"},
    {"morale_and_organisational_culture", "morale and organisational culture"},
    {"relationship_with_private_sector", "relationship with the private sector"},
}};

const FactorInfo& info(ArushaFactor f) { return factor_table[static_cast<std::size_t>(arusha_number(f) - 1)]; }

// "Revised Arusha Declaration, factor 7: code of conduct; factor 3: transparency", or the key's
// own rule when the option carries no factor.
Message rule_for(const ChooseOption& o, const ChooseKey& key) {
    if (o.factors.empty()) return phrase(key.rule);
    std::vector<Message> factors;
    for (ArushaFactor f : o.factors)
        factors.push_back(
            msg("factor {0}: {1}", std::to_string(arusha_number(f)), phrase(std::string(arusha_name(f)))));
    return msg("Revised Arusha Declaration, {0}", list(std::move(factors), "; "));
}

// The option as the trainee read it (templates put it in quotes).
std::string shown(const ChooseOption& o) { return o.label.empty() ? o.id : o.label; }

}  // namespace

int arusha_number(ArushaFactor f) { return static_cast<int>(f); }
std::string_view arusha_id(ArushaFactor f) { return info(f).id; }
std::string_view arusha_name(ArushaFactor f) { return info(f).name; }

std::string arusha_reference(ArushaFactor f) {
    return "Revised Arusha Declaration, factor " + std::to_string(arusha_number(f)) + ": " +
           std::string(arusha_name(f));
}

std::optional<ArushaFactor> parse_arusha_factor(std::string_view text) {
    for (ArushaFactor f : all_arusha_factors) {
        if (arusha_id(f) == text || std::to_string(arusha_number(f)) == text) return f;
    }
    return std::nullopt;
}

const ChooseOption* best_option(const ChooseKey& key) {
    const ChooseOption* best = nullptr;
    for (const auto& o : key.options) {
        if (!best || o.score > best->score) best = &o;
    }
    return best;
}

Grade grade_choose(const ChooseKey& key, const ChooseAnswer& answer) {
    Grade g;
    const ChooseOption* best = best_option(key);
    g.max = best ? std::max(0.0, best->score) : 0.0;

    auto chosen = std::find_if(key.options.begin(), key.options.end(),
                               [&](const ChooseOption& o) { return o.id == answer.option_id; });
    bool chose_best = false;
    if (chosen == key.options.end()) {
        g.add(Verdict::wrong, msg("No option \"{0}\" in this step; it scores 0.", answer.option_id), phrase(key.rule));
    } else {
        g.score = std::clamp(chosen->score, 0.0, g.max);
        // Ties with the best count as best: two options can be equally right.
        chose_best = best && chosen->score >= best->score;
        Verdict v = g.max <= 0.0 ? Verdict::info
                    : chose_best  ? Verdict::correct
                    : g.score > 0 ? Verdict::partial
                                  : Verdict::wrong;
        g.add(v,
              chosen->feedback.empty() ? msg("You chose \"{0}\".", shown(*chosen))
                                       : msg("You chose \"{0}\". {1}", shown(*chosen), chosen->feedback),
              rule_for(*chosen, key));
    }

    if (best && g.max > 0.0) {
        std::string why = best->explanation.empty() ? best->feedback : best->explanation;
        if (chose_best) {
            const ChooseOption& o = *chosen;  // may be a tie with *best: explain the one chosen
            if (!o.explanation.empty() && o.explanation != o.feedback) {
                g.add(Verdict::info, msg("Why it is best: {0}", o.explanation), rule_for(o, key));
            }
        } else {
            g.add(Verdict::info,
                  why.empty() ? msg("Best: \"{0}\".", shown(*best)) : msg("Best: \"{0}\". {1}", shown(*best), why),
                  rule_for(*best, key));
        }
    }
    return g;
}

}  // namespace clearance::core
