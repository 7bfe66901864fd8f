// Feedback in French: each grader's lines rendered from their messages, English unchanged, every
// template the graders write found in the French table with the same placeholders, the engines'
// phrases and rule references translated, and English shown where the tables have nothing.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/feedback_text.h"
#include "core/grade_assess.h"
#include "core/grade_choose.h"
#include "core/grade_classify.h"
#include "core/grade_inspect.h"
#include "core/grade_origin.h"
#include "core/grade_quiz.h"
#include "core/grade_risk.h"
#include "core/grade_value.h"
#include "core/scenario_grading.h"
#include "core/session.h"
#include "test_scenario_fixture.h"

using namespace clearance::core;
using fixture::eur;

namespace {

// One expected line: its English text and rule as the grader writes them, and their French.
struct Expect {
    std::string en;
    std::string fr;
    std::optional<std::string> rule_en = std::nullopt;  // nullopt: the rule is not checked
    std::optional<std::string> rule_fr = std::nullopt;
};

std::string dump(const Grade& g) {
    std::string s;
    for (const auto& l : g.feedback) s += l.text + " | " + l.rule + "\n";
    return s;
}

void check_lines(const Grade& g, const std::vector<Expect>& expected) {
    for (const Expect& e : expected) {
        CAPTURE(e.en);
        auto line = std::find_if(g.feedback.begin(), g.feedback.end(),
                                 [&](const FeedbackLine& l) { return l.text == e.en; });
        if (line == g.feedback.end()) {
            FAIL_CHECK("no such English line in:\n" << dump(g));
            continue;
        }
        CHECK(feedback_text(*line, "en") == line->text);
        CHECK(feedback_text(*line, "fr") == e.fr);
        if (e.rule_en) {
            CHECK(line->rule == *e.rule_en);
            CHECK(feedback_rule(*line, "en") == line->rule);
            CHECK(feedback_rule(*line, "fr") == e.rule_fr.value_or(""));
        }
    }
}

// Every line of the grade renders in French to something other than its English, unless the
// line is only data.
void check_all_translated(const Grade& g) {
    for (const auto& l : g.feedback) {
        CAPTURE(l.text);
        CHECK(feedback_text(l, "fr") != l.text);
    }
}

// ---- reading the graders' sources -----------------------------------------------------------

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    REQUIRE_MESSAGE(in, "cannot read " << p.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The C++ string literals that form the first argument of every `name(` call in `src`, with
// adjacent literals joined; only calls whose first argument is nothing but literals count.
std::vector<std::string> literal_arguments(const std::string& src, const std::string& name) {
    std::vector<std::string> out;
    const std::string call = name + "(";
    for (std::size_t at = src.find(call); at != std::string::npos; at = src.find(call, at + 1)) {
        if (at > 0 && (std::isalnum(static_cast<unsigned char>(src[at - 1])) || src[at - 1] == '_')) continue;
        std::size_t i = at + call.size();
        std::string text;
        bool any = false;
        for (;;) {
            while (i < src.size() && std::isspace(static_cast<unsigned char>(src[i]))) ++i;
            if (i >= src.size() || src[i] != '"') break;
            any = true;
            for (++i; i < src.size() && src[i] != '"'; ++i) {
                if (src[i] == '\\' && i + 1 < src.size()) {
                    ++i;
                    text += src[i] == 'n' ? '\n' : src[i];
                } else {
                    text += src[i];
                }
            }
            ++i;  // the closing quote
        }
        if (any && i < src.size() && (src[i] == ',' || src[i] == ')')) out.push_back(text);
    }
    return out;
}

const std::vector<std::string>& grader_sources() {
    static const std::vector<std::string> files = [] {
        std::vector<std::string> out;
        const std::filesystem::path core = std::filesystem::path(CLEARANCE_SOURCE_ROOT) / "game" / "core";
        for (const auto& entry : std::filesystem::directory_iterator(core)) {
            const std::string name = entry.path().filename().string();
            if ((name.rfind("grade", 0) == 0 && entry.path().extension() == ".cpp") || name == "session.cpp")
                out.push_back(read_file(entry.path()));
        }
        return out;
    }();
    return files;
}

// Placeholder numbers of a template, forms ({0:le}) stripped: "{0} is {1}" -> {0, 1}.
std::multiset<int> placeholders(const std::string& t) {
    std::multiset<int> out;
    for (std::size_t i = t.find('{'); i != std::string::npos; i = t.find('{', i + 1)) {
        std::size_t j = i + 1;
        int n = 0;
        while (j < t.size() && std::isdigit(static_cast<unsigned char>(t[j]))) n = n * 10 + (t[j++] - '0');
        if (j == i + 1 || j >= t.size() || (t[j] != '}' && t[j] != ':')) continue;
        out.insert(n);
    }
    return out;
}

std::set<int> distinct(const std::multiset<int>& m) { return {m.begin(), m.end()}; }

// French typography: a space before ; : ? ! and %, outside placeholders such as {0:le}.
std::string typography_fault(const std::string& fr) {
    int depth = 0;
    for (std::size_t i = 0; i < fr.size(); ++i) {
        const char c = fr[i];
        if (c == '{') ++depth;
        if (c == '}') --depth;
        if (depth > 0 || i == 0) continue;
        if ((c == ';' || c == ':' || c == '?' || c == '!' || c == '%') && fr[i - 1] != ' ')
            return "no space before '" + std::string(1, c) + "' at " + std::to_string(i);
        if (c == '"') return "an English quote mark at " + std::to_string(i) + " (use « »)";
    }
    return {};
}

}  // namespace

TEST_SUITE("core") {

// ---- coverage --------------------------------------------------------------------------------

TEST_CASE("every template a grader writes has a French entry with the same placeholders") {
    std::map<std::string, std::string> table;
    for (const auto& t : french_templates()) {
        CAPTURE(t.english);
        CHECK_MESSAGE(table.emplace(t.english, t.translated).second, "listed twice");
    }
    std::set<std::string> used;
    for (const auto& src : grader_sources())
        for (const auto& t : literal_arguments(src, "msg")) used.insert(t);
    CHECK(used.size() >= 150);  // the scan found the graders' templates at all
    for (const auto& t : used) {
        CAPTURE(t);
        auto it = table.find(t);
        if (it == table.end()) {
            FAIL_CHECK("no French entry");
            continue;
        }
        CHECK(distinct(placeholders(it->second)) == distinct(placeholders(t)));
    }
    for (const auto& [en, fr] : table) {
        CAPTURE(en);
        CHECK_MESSAGE(used.count(en) == 1, "a French entry for a template no grader writes");
    }
}

TEST_CASE("every phrase a grader names is translated, and every pattern keeps its placeholders") {
    for (const auto& src : grader_sources()) {
        for (const auto& p : literal_arguments(src, "phrase")) {
            CAPTURE(p);
            CHECK(translate_phrase(p, "fr") != p);
        }
    }
    std::set<std::string> seen;
    for (const auto& t : french_phrases()) {
        CAPTURE(t.english);
        CHECK_MESSAGE(seen.insert(t.english).second, "listed twice");
        CHECK(distinct(placeholders(t.translated)) == distinct(placeholders(t.english)));
        // Two placeholders side by side could split a capture anywhere.
        const std::string e = t.english;
        CHECK(e.find("}{") == std::string::npos);
    }
}

TEST_CASE("the French tables follow French typography") {
    for (auto table : {french_templates(), french_phrases()}) {
        for (const auto& t : table) {
            CAPTURE(t.english);
            CAPTURE(t.translated);
            CHECK(typography_fault(t.translated).empty());
        }
    }
}

TEST_CASE("the engines' words and phrases that feedback quotes all have a French rendering") {
    std::vector<std::string> english;
    for (HsLevel l : {HsLevel::section, HsLevel::chapter, HsLevel::heading, HsLevel::subheading})
        english.push_back(hs_level_name(l));
    for (Method m : {Method::transaction_value, Method::identical_goods, Method::similar_goods, Method::deductive,
                     Method::computed, Method::fallback})
        english.push_back(method_title(m));
    for (CostKind k : all_cost_kinds()) {
        english.push_back(cost_kind_description(k));
        for (ValuationBasis b : {ValuationBasis::cif, ValuationBasis::fob}) {
            english.push_back(cost_principle(k, b));
            english.push_back(cost_rule(k, b));
        }
    }
    for (OriginCriterion c : {OriginCriterion::wholly_obtained, OriginCriterion::originating_materials,
                              OriginCriterion::tariff_shift, OriginCriterion::value_content,
                              OriginCriterion::minimal_operations, OriginCriterion::direct_transport})
        english.push_back(std::string(origin_criterion_words(c)));
    for (Channel c : {Channel::green, Channel::blue, Channel::yellow, Channel::red}) {
        english.push_back(std::string(channel_id(c)));
        english.push_back(std::string(channel_meaning(c)));
    }
    for (std::size_t i = 0; i < indicator_count; ++i)
        english.push_back(std::string(indicator_label(static_cast<Indicator>(i))));
    for (ArushaFactor f : all_arusha_factors) english.push_back(std::string(arusha_name(f)));
    const std::set<std::string> same_in_french = {"section"};
    for (const auto& e : english) {
        CAPTURE(e);
        if (!same_in_french.count(e)) CHECK(translate_phrase(e, "fr") != e);
        CHECK(translate_phrase(e, "en") == e);
    }
}

// ---- rules and fallbacks ---------------------------------------------------------------------

TEST_CASE("GIR and CVA references become French references; other rules stay as written") {
    struct Case {
        const char* en;
        const char* fr;
    };
    const Case cases[] = {
        {"GIR 1", "RGI 1"},
        {"GIR 1, GIR 6", "RGI 1, RGI 6"},
        {"GIR 3(b)", "RGI 3 b)"},
        {"CVA Art. 1", "Accord sur l'évaluation en douane, art. 1"},
        {"CVA Art. 8.1(a)(i)", "Accord sur l'évaluation en douane, art. 8.1 a) i)"},
        {"CVA Art. 1.1(d), 1.2(a)", "Accord sur l'évaluation en douane, art. 1.1 d), 1.2 a)"},
        {"CVA Art. 15.4(e); Art. 1.2(a)", "Accord sur l'évaluation en douane, art. 15.4 e) ; art. 1.2 a)"},
        {"CVA Art. 8.2(a), FOB basis", "Accord sur l'évaluation en douane, art. 8.2 a), base FOB"},
        {"CVA Note to Art. 1, para. 3(b)", "Accord sur l'évaluation en douane, note relative à l'art. 1, par. 3 b)"},
        {"CVA Decision 3.1 (interest charges)", "Accord sur l'évaluation en douane, décision 3.1 (intérêts)"},
        {"CVA Art. 8.1(c) and its Interpretative Note",
         "Accord sur l'évaluation en douane, art. 8.1 c) et sa note interprétative"},
        // An author's own wording is never half translated.
        {"Explanatory Note (X) to GIR 3(b)", "Explanatory Note (X) to GIR 3(b)"},
        {"TRIPS Art. 55", "TRIPS Art. 55"},
        {"GIR", "GIR"},
        {"CVA Art. 8.1(c) in spirit", "CVA Art. 8.1(c) in spirit"},
        {"", ""},
    };
    for (const Case& c : cases) {
        CAPTURE(c.en);
        CHECK(translate_phrase(c.en, "fr") == c.fr);
        const FeedbackLine line(Verdict::info, "Some line.", c.en);  // a line built from text
        CHECK(feedback_rule(line, "fr") == c.fr);
        CHECK(feedback_rule(line, "en") == c.en);
    }
}

TEST_CASE("what the tables do not know is shown in English, whole") {
    // A template with no French entry: the whole sentence in English, its phrases included.
    Grade g;
    g.add(Verdict::info, msg("An untranslated {0} about {1}.", phrase("heading"), std::string("data")),
          phrase("GIR 1"));
    CHECK(g.feedback[0].text == "An untranslated heading about data.");
    CHECK(feedback_text(g.feedback[0], "fr") == "An untranslated heading about data.");
    CHECK(feedback_rule(g.feedback[0], "fr") == "RGI 1");
    // A known template around an unknown one: still the whole sentence in English.
    g.add(Verdict::info, msg("{0}: {1}.", std::string("Note"), msg("an untranslated {0}", phrase("heading"))));
    CHECK(feedback_text(g.feedback[1], "fr") == "Note: an untranslated heading.");
    g.feedback.pop_back();
    // Data is never translated, even when it reads like a phrase the tables know.
    g.add(Verdict::info, msg("{0}: {1}.", std::string("heading"), phrase("heading")));
    CHECK(feedback_text(g.feedback[1], "fr") == "heading : position.");
    // Lines built from plain text (older callers, test fixtures) keep their text.
    const FeedbackLine plain(Verdict::correct, "Chapter 85 is right.", "GIR 1");
    CHECK(feedback_text(plain, "fr") == "Chapter 85 is right.");
    CHECK(feedback_rule(plain, "fr") == "RGI 1");
    // Other languages, and regional French.
    CHECK(feedback_text(g.feedback[1], "de") == "heading: heading.");
    CHECK(feedback_text(g.feedback[1], "fr-CA") == "heading : position.");
}

// ---- one case of each grader -----------------------------------------------------------------

TEST_CASE("classify feedback in French") {
    ClassifyKey key;
    key.code = "8517.13";
    key.level = HsLevel::subheading;
    key.points = 10;
    const std::string phones = "'Telephone sets; smartphones for cellular or other wireless networks'";
    const std::string phones_fr = phones;  // the HS texts are data, in the nomenclature's language
    {
        Grade g = grade_classify(key, "8517.13", fixture::hs());
        check_lines(g, {{"8517.13 is right: 'Telephone sets; smartphones for cellular or other wireless networks'.",
                         "8517.13 est juste : 'Telephone sets; smartphones for cellular or other wireless networks'.",
                         "GIR 1, GIR 6", "RGI 1, RGI 6"}});
    }
    {
        Grade g = grade_classify(key, "8517", fixture::hs());
        check_lines(g, {
            {"Right heading 85.17: 'Telephone sets, including smartphones and other telephones for "
             "cellular/wireless networks...'.",
             "La position 85.17 est juste : 'Telephone sets, including smartphones and other telephones for "
             "cellular/wireless networks...'.",
             "GIR 1", "RGI 1"},
            {"The step asks for a subheading: 8517 stops at the heading. The key is subheading 8517.13 "
             "'Telephone sets; smartphones for cellular or other wireless networks'.",
             "L'étape demande une sous-position : 8517 s'arrête à la position. Le corrigé retient la sous-position "
             "8517.13 'Telephone sets; smartphones for cellular or other wireless networks'.",
             "GIR 6", "RGI 6"},
            {"60% credit: the heading is right, the subheading is not.",
             "60 % des points : la position est juste, la sous-position ne l'est pas."},
        });
        check_all_translated(g);
    }
    {
        Grade g = grade_classify(key, "85x", fixture::hs());
        check_lines(g, {{"\"85x\" is not an HS code: digits expected, found 'x'.",
                         "« 85x » n'est pas un code SH : chiffres attendus, « x » trouvé."}});
    }
    {
        Grade g = grade_classify(key, "9903.10", fixture::hs());
        check_lines(g, {{"9903.10 is not a code of HS 2022: there is no chapter 99.",
                         "9903.10 n'est pas un code de la nomenclature SH 2022 : le chapitre 99 n'existe pas.",
                         "HS 2022 nomenclature", "nomenclature SH 2022"}});
    }
    {
        Grade g = grade_classify(key, "0901.21", fixture::hs());
        check_lines(g, {{"Wrong chapter: 09 is 'Coffee, tea, mate and spices'; the key is subheading 8517.13 " +
                             phones + ", in chapter 85 'Electrical machinery and equipment and parts thereof; sound "
                                      "recorders and reproducers...'.",
                         "Erreur sur le chapitre : 09 correspond à 'Coffee, tea, mate and spices' ; le corrigé retient "
                         "la sous-position 8517.13 " +
                             phones_fr +
                             ", dans le chapitre 85 'Electrical machinery and equipment and parts thereof; sound "
                             "recorders and reproducers...'."}});
    }
    CHECK(grade_classify(key, "", fixture::hs()).feedback.size() == 2);
    check_lines(grade_classify(key, " ", fixture::hs()), {{"No code was given.", "Aucun code n'a été saisi."}});
}

TEST_CASE("value feedback in French") {
    const ValuationFacts f = fixture::value_step().facts;
    ValueWorksheet w;
    w.method = Method::deductive;
    w.base = eur("40000");
    w.lines = {{"agent", WorksheetAction::add, eur("800")}, {"selling", WorksheetAction::add, eur("1200")}};
    w.total = eur("46000");
    const Grade g = grade_value(f, w);
    check_lines(g, {
        {"The deductive value (CVA Art. 5) was chosen, but the transaction value applies: a sale for export with no "
         "restriction, unquantifiable condition or unquantifiable proceeds, between unrelated parties.",
         "La valeur déductive (art. 5 de l'Accord) a été choisie, mais la valeur transactionnelle s'applique : une "
         "vente à l'exportation sans restriction, condition ni produit non quantifiables, entre parties non liées.",
         "CVA Art. 1", "Accord sur l'évaluation en douane, art. 1"},
        {"Right base: the price actually paid or payable, EUR 40,000 FOB Shanghai.",
         "Bonne base : le prix effectivement payé ou à payer, EUR 40,000 FOB Shanghai."},
        {"The buying commission of EUR 800 was added; buying commissions are not part of the customs value, CVA "
         "Art. 8.1(a)(i).",
         "Le poste « commission d'achat », EUR 800, a été ajouté ; les commissions d'achat ne font pas partie de la "
         "valeur en douane, Accord sur l'évaluation en douane, art. 8.1 a) i).",
         "CVA Art. 8.1(a)(i)", "Accord sur l'évaluation en douane, art. 8.1 a) i)"},
        {"Added: the selling commission of EUR 1,200; selling commissions borne by the buyer are added to the price.",
         "Ajouté : le poste « commission de vente », EUR 1,200 ; les commissions de vente supportées par l'acheteur "
         "s'ajoutent au prix."},
        {"Missed addition: the main freight of EUR 3,100 must be added; freight to the place of importation is added "
         "on a CIF basis, CVA Art. 8.2(a).",
         "Ajout manqué : le poste « fret principal », EUR 3,100, devait être ajouté ; le fret jusqu'au lieu "
         "d'importation s'ajoute sur une base CAF, Accord sur l'évaluation en douane, art. 8.2 a)."},
        {"Rightly left out: the transport after importation of EUR 450; transport after importation is not part of "
         "the customs value when shown separately.",
         "À juste titre écarté : le poste « transport après l'importation », EUR 450 ; le transport après "
         "l'importation ne fait pas partie de la valeur en douane lorsqu'il est distingué du prix.",
         "CVA Note to Art. 1, para. 3(b)",
         "Accord sur l'évaluation en douane, note relative à l'art. 1, par. 3 b)"},
        {"The total EUR 46,000 is short of the customs value EUR 47,000 by EUR 1,000.",
         "Le total EUR 46,000 est inférieur de EUR 1,000 à la valeur en douane EUR 47,000."},
    });
    check_all_translated(g);

    // Reasons quoted from the engine's trail when the trainee's method was set aside.
    ValuationFacts related = f;
    related.circumstances.restrictions_on_use = true;
    related.other_methods.similar_values = {eur("45000")};
    ValueWorksheet identical;
    identical.method = Method::transaction_value;
    check_lines(grade_value(related, identical),
                {{"Transaction value cannot be used: the buyer's use of the goods is restricted beyond legal, "
                  "regional or insignificant restrictions. The transaction value of similar goods (CVA Art. 3) "
                  "applies.",
                  "La valeur transactionnelle ne peut pas être retenue : l'utilisation des marchandises par "
                  "l'acheteur est soumise à des restrictions autres que légales, géographiques ou sans effet "
                  "sensible. La valeur transactionnelle de marchandises similaires (art. 3 de l'Accord) s'applique.",
                  "CVA Art. 1.1(a)", "Accord sur l'évaluation en douane, art. 1.1 a)"}});
}

TEST_CASE("origin feedback in French") {
    const OriginStep step = fixture::origin_step();
    const OriginKey key = origin_key(step);
    const Grade right = grade_origin(key, OriginAnswer{true, OriginCriterion::value_content, 42.0, "GH"});
    check_lines(right, {
        {"Right: originating in GH under Gulf of Guinea FTA: preferential tariff treatment may be claimed.",
         "Exact : originaires de GH au titre de Gulf of Guinea FTA : le traitement tarifaire préférentiel peut être "
         "demandé.",
         "Gulf of Guinea FTA, RVC >= 40% (build-down)", "Gulf of Guinea FTA, TVR >= 40 % (méthode de déduction)"},
        {"Right: value content decides (RVC = 42% >= 40%).",
         "Exact : le critère « teneur en valeur » est déterminant (TVR = 42 % >= 40 %).",
         "Gulf of Guinea FTA, RVC >= 40% (build-down): RVC = 42% >= 40%",
         "Gulf of Guinea FTA, TVR >= 40 % (méthode de déduction) : TVR = 42 % >= 40 %"},
        {"Right: 42% (exactly 42%).", "Exact : 42 % (exactement 42 %)."},
    });
    const Grade wrong = grade_origin(key, OriginAnswer{false, OriginCriterion::tariff_shift, 35.0, ""});
    check_lines(wrong, {
        {"You said not originating; the goods are originating: originating in GH under Gulf of Guinea FTA: "
         "preferential tariff treatment may be claimed.",
         "Vous avez répondu « non originaires » ; les marchandises sont originaires : originaires de GH au titre de "
         "Gulf of Guinea FTA : le traitement tarifaire préférentiel peut être demandé."},
        {"You named change of tariff classification; what decides is value content.",
         "Vous avez indiqué « changement de classement tarifaire » ; le critère déterminant est : teneur en valeur."},
        {"You computed 35%; it is 42%.", "Vous avez calculé 35 % ; le résultat est 42 %."},
    });
    check_all_translated(wrong);
}

TEST_CASE("origin details built around data are translated piece by piece") {
    // Shoes made in Ghana from a non-originating material of the same heading: CTH fails for it,
    // but its share is within the rule's tolerance.
    Agreement a;
    a.name = "Agreement B (training)";
    a.preferential = true;
    a.parties = {"GH", "CI"};
    a.default_rule.ctc = CtcLevel::heading;
    a.default_rule.tolerance_percent = Decimal(15);
    OriginCase c;
    c.product = "leather shoes";
    c.hs_code = HsCode::parse_or_throw("6403.59");
    c.country = "GH";
    c.ex_works_price = eur("100");
    c.processing = {{"cutting, stitching, lasting", Processing::manufacture}};
    c.materials = {{"shoe uppers", HsCode::parse_or_throw("6406.10"), eur("50"), false, "IT"},
                   {"finished heels", HsCode::parse_or_throw("6403.99"), eur("10"), false, "CN"}};
    const OriginKey key{determine_origin(c, a), false, 0.5};
    const Grade g = grade_origin(key, OriginAnswer{false, OriginCriterion::tariff_shift, std::nullopt, ""});
    CAPTURE(dump(g));
    check_lines(g, {
        {"You said not originating; the goods are originating: originating in GH under Agreement B (training): "
         "preferential tariff treatment may be claimed.",
         "Vous avez répondu « non originaires » ; les marchandises sont originaires : originaires de GH au titre de "
         "Agreement B (training) : le traitement tarifaire préférentiel peut être demandé.",
         "Agreement B (training), CTH (tolerance 15%)", "Agreement B (training), CTH (tolérance 15 %)"},
        {"The change of tariff classification test decides, but it passes ('finished heels' stays in heading "
         "6403, but at 10% of the ex-works price within the 15% tolerance).",
         "Le critère « changement de classement tarifaire » est déterminant, mais il est rempli ('finished heels' "
         "reste dans la position 6403, mais, à 10% du prix départ usine, dans la tolérance de 15 %)."},
    });
}

TEST_CASE("assess feedback in French") {
    const TaxFacts f = fixture::assess_step().facts;
    // VAT on the customs value alone (0.20 × 6,300), no excise given.
    const Grade g = grade_assess(f, AssessAnswer{eur("126"), std::nullopt, eur("1260"), eur("7459.20")});
    check_lines(g, {
        {"Duty: 0.02 × 6,300 = EUR 126.", "Droit de douane : 0.02 × 6,300 = EUR 126.",
         "ad valorem duty: rate × customs value", "droit ad valorem : taux × valeur en douane"},
        {"No excise was given; it is 168 × 30 = EUR 5,040 (pure alcohol 600 × 0.7 × 0.40 = 168 l).",
         "Accise : aucun montant saisi ; montant dû : 168 × 30 = EUR 5,040 (alcool pur 600 × 0.7 × 0.40 = 168 l)."},
        {"VAT was charged on the customs value alone; the base adds the duty, excise and other import charges; it "
         "is 0.20 × 11,466 = EUR 2,293.20, on the base 6,300 + 126 + 5,040.",
         "La TVA a été calculée sur la seule valeur en douane ; la base y ajoute le droit de douane, l'accise et les "
         "autres impositions à l'importation ; montant dû : 0.20 × 11,466 = EUR 2,293.20, sur la base 6,300 + 126 + "
         "5,040.",
         "import VAT base: customs value + duty + excise + other charges",
         "base de la TVA à l'importation : valeur en douane + droit de douane + accise + autres impositions"},
        {"Total collected: 126 + 5,040 + 2,293.20 = EUR 7,459.20.",
         "Total perçu : 126 + 5,040 + 2,293.20 = EUR 7,459.20."},
    });
    check_all_translated(g);
}

TEST_CASE("inspect feedback in French") {
    InspectKey key;
    key.findings = {{{"invoice.lines[1].quantity", "packing.lines[1].quantity"},
                     "the invoice says 1,200 pieces, the packing list 1,020", ""},
                    {{"product.serial_numbers[2]"}, "two phones share one serial number", "TRIPS Art. 51"}};
    key.decoys = {{"bl.gross_kg", "gross weight includes the pallets", ""}};
    key.fine_field_count = 20;
    const Grade g = grade_inspect(key, InspectAnswer{{"invoice.lines[1].quantity", "bl.gross_kg", "bl.seal"}});
    check_lines(g, {
        {"Found: the invoice says 1,200 pieces, the packing list 1,020 (invoice.lines[1].quantity vs "
         "packing.lines[1].quantity).",
         "Trouvé : the invoice says 1,200 pieces, the packing list 1,020 (invoice.lines[1].quantity vs "
         "packing.lines[1].quantity)."},
        {"Missed: two phones share one serial number (product.serial_numbers[2]).",
         "Manqué : two phones share one serial number (product.serial_numbers[2]).", "TRIPS Art. 51", "TRIPS Art. 51"},
        {"False alarm on bl.gross_kg: gross weight includes the pallets.",
         "Fausse alarme sur bl.gross_kg : gross weight includes the pallets.",
         "inspect scoring: a flag on a field that is fine costs 50% of a finding",
         "barème du contrôle documentaire : un signalement sur un champ correct coûte 50 % d'une constatation"},
        {"False alarm on bl.seal: this field agrees with the other documents.",
         "Fausse alarme sur bl.seal : ce champ concorde avec les autres documents."},
        {"Precision 33% (1 of 3 flags right), recall 50% (1 of 2 findings), d' 1.18.",
         "Précision 33 % (1 sur 3 signalements justes), rappel 50 % (1 sur 2 constatations trouvées), d' 1.18."},
    });
}

TEST_CASE("risk feedback in French") {
    RiskKey key;
    key.channel = Channel::red;
    key.indicators = {{"price_below_reference", "declared unit price USD 3.04 is below 70% of the reference USD 7.80"},
                      {"intelligence_hit", "intelligence hit"}};
    const Grade g = grade_risk(key, RiskAnswer{Channel::green, {"intelligence_hit", "new_importer"}});
    check_lines(g, {
        {"Channel green (release without checks) chosen, red (physical examination) due: a real risk would go "
         "unchecked, the costlier error.",
         "Circuit vert (mainlevée sans contrôle) choisi, circuit rouge (visite des marchandises) attendu : un risque "
         "réel échapperait au contrôle, l'erreur la plus coûteuse.",
         "WCO SAFE Framework, risk management: selectivity",
         "Cadre de normes SAFE de l'OMD, gestion des risques : sélectivité"},
        {"Indicator price_below_reference was missed: declared unit price USD 3.04 is below 70% of the reference "
         "USD 7.80.",
         "Indicateur price_below_reference manqué : le prix unitaire déclaré USD 3.04 est inférieur à 70 % du prix "
         "de référence USD 7.80.",
         "risk indicator: price far below the reference price",
         "indicateur de risque : prix très inférieur au prix de référence"},
        {"Indicator intelligence_hit applies: intelligence hit.",
         "L'indicateur intelligence_hit s'applique : signalement du renseignement."},
        {"Indicator new_importer does not apply to this declaration.",
         "L'indicateur new_importer ne s'applique pas à cette déclaration.",
         "risk indicator: new importer with no history", "indicateur de risque : nouvel importateur sans antécédents"},
    });
    check_all_translated(g);
}

TEST_CASE("choose feedback in French") {
    ChooseKey key;
    key.options = {{"refuse", "Refuse the gift", 10, "You keep your independence.", "A gift creates an obligation.",
                    {ArushaFactor::code_of_conduct, ArushaFactor::transparency}},
                   {"declare", "Declare it", 4, "Better than silence.", "", {}}};
    key.rule = "national code of conduct, s. 4";
    check_lines(grade_choose(key, ChooseAnswer{"declare"}), {
        {"You chose \"Declare it\". Better than silence.", "Vous avez choisi « Declare it ». Better than silence.",
         "national code of conduct, s. 4", "national code of conduct, s. 4"},
        {"Best: \"Refuse the gift\". A gift creates an obligation.",
         "Meilleur choix : « Refuse the gift ». A gift creates an obligation.",
         "Revised Arusha Declaration, factor 7: code of conduct; factor 3: transparency",
         "Déclaration d'Arusha révisée, facteur 7 : code de conduite ; facteur 3 : transparence"},
    });
    check_lines(grade_choose(key, ChooseAnswer{"bribe"}),
                {{"No option \"bribe\" in this step; it scores 0.",
                  "Cette étape n'a pas d'option « bribe » ; elle vaut 0 point."}});
}

TEST_CASE("quiz feedback in French") {
    QuizKey single;
    single.options = {{"a", "Code of conduct", true}, {"b", "Automation", false}};
    single.rule = "GIR 3(b)";
    check_lines(grade_quiz(single, QuizAnswer{}),
                {{"You gave no answer; the answer is a (Code of conduct).",
                  "Votre réponse : aucune ; la bonne réponse : a (Code of conduct).", "GIR 3(b)", "RGI 3 b)"}});
    QuizKey multiple = single;
    multiple.kind = QuizKind::multiple_choice;
    check_lines(grade_quiz(multiple, QuizAnswer{{"b"}, std::nullopt, ""}),
                {{"Missed: a (Code of conduct).", "Manqué : a (Code of conduct)."},
                 {"Wrong pick: b (Automation).", "Mauvais choix : b (Automation)."}});
    QuizKey numeric;
    numeric.kind = QuizKind::numeric;
    numeric.value = 42;
    numeric.abs_tolerance = 0.5;
    numeric.unit = "%";
    check_lines(grade_quiz(numeric, QuizAnswer{{}, 40.0, ""}),
                {{"You gave 40%; the answer is 42% (tolerance 0.5%).",
                  "Votre réponse : 40% ; la bonne réponse : 42% (tolérance 0.5%)."}});
    check_lines(grade_quiz(numeric, QuizAnswer{{}, 42.25, ""}),
                {{"Right: 42.25% is within 0.5% of 42%.", "Exact : 42.25% est dans la tolérance de 0.5% autour de 42%."}});
    QuizKey text;
    text.kind = QuizKind::short_text;
    text.accepted = {"CIF"};
    check_lines(grade_quiz(text, QuizAnswer{{}, std::nullopt, " FOB "}),
                {{"You wrote \"FOB\"; the answer is \"CIF\".", "Vous avez écrit « FOB » ; la bonne réponse : « CIF »."}});
}

TEST_CASE("the session's own lines in French: hints taken and late answers") {
    Session s(fixture::broker(), AttemptMode::practice, 1, SessionOptions{"fr", &fixture::hs()});
    s.advance();  // past the brief, to the classify step
    s.take_hint();
    s.take_hint();
    check_lines(s.submit(ClassifyAnswer{"8517.13"}, 1000),
                {{"2 hints taken: 3 points off.", "2 indices utilisés : 3 points en moins."}});

    Session late(fixture::broker(), AttemptMode::practice, 1, SessionOptions{"en", &fixture::hs()});
    while (late.current() && late.current()->id != "hs") late.advance();
    late.take_hint();
    check_lines(late.submit(ClassifyAnswer{"8517.13"}, 1000),
                {{"1 hint taken: 1 point off.", "1 indice utilisé : 1 point en moins."}});
    QuizStep q;
    q.kind = QuizKind::numeric;
    q.value = 42;
    Scenario sc = fixture::broker();
    sc.steps = {fixture::step("rvc", q)};
    sc.steps[0].time_limit_ms = 60'000;
    sc.walkthroughs.clear();
    Session timed(sc, AttemptMode::practice, 1, SessionOptions{"en", &fixture::hs()});
    check_lines(timed.submit(QuizAnswer{{}, 42.0, ""}, 61'000),
                {{"Answered after the step's time limit of 1 min: the answer scores 0.",
                  "Réponse donnée après la limite de temps de l'étape (1 min) : la réponse vaut 0."}});
}

}  // TEST_SUITE

TEST_SUITE("core") {

TEST_CASE("an amount or a code typed wrong is explained in French too") {
    auto fr = [](const std::string& typed, std::optional<Currency> in = std::nullopt) {
        std::string why;
        const bool ok = in ? Money::try_parse(typed, *in, &why).has_value() : Money::try_parse(typed, &why).has_value();
        REQUIRE_FALSE(ok);
        return translate_phrase(why, "fr");
    };
    const Currency euro = Currency::of("EUR");
    CHECK(fr("12,5x", euro) == "« 12,5x » n'est pas un nombre (« x » n'est pas un chiffre)");
    CHECK(fr("USD 5", euro) == "« USD 5 » est en USD ; EUR attendu");
    CHECK(fr("1.234", euro) == "« 1.234 » a 3 décimales ; les montants en EUR en ont 2");
    CHECK(fr("40,000") == "« 40,000 » n'indique pas de devise (écrivez par exemple « EUR 40,000 »)");
    std::string why;
    REQUIRE_FALSE(HsCode::parse("8517.1x", &why));
    CHECK(translate_phrase(why, "fr") == "« 8517.1x » n'est pas un code SH : chiffres attendus, « x » trouvé");
    CHECK(translate_phrase(why, "en") == why);
}

}  // TEST_SUITE
