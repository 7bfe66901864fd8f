#include "core/competency.h"

namespace clearance::core {

namespace {

struct Competency {
    std::string_view id, en, fr;
};

// Names kept short: they sit beside a bar on Progress. Articles are those of the WTO Customs
// Valuation Agreement; rules those of the HS General Interpretative Rules (GIR, in French RGI).
constexpr Competency catalogue[] = {
    {"hs.gir1", "GIR 1: headings and notes", "RGI 1 : libellés et notes"},
    {"hs.gir3b", "GIR 3(b): essential character", "RGI 3 b) : caractère essentiel"},
    {"hs.gir6", "GIR 6: subheadings", "RGI 6 : sous-positions"},
    {"cva.methods", "Valuation methods in order", "Ordre des méthodes d'évaluation"},
    {"cva.art1", "Transaction value (Art. 1)", "Valeur transactionnelle (art. 1)"},
    {"cva.related_parties", "Related parties (Art. 1.2)", "Parties liées (art. 1.2)"},
    {"cva.art8.commissions", "Commissions (Art. 8.1 a)", "Commissions (art. 8.1 a)"},
    {"cva.art8.assists", "Assists (Art. 8.1 b)", "Apports de l'acheteur (art. 8.1 b)"},
    {"cva.art8.royalties", "Royalties (Art. 8.1 c)", "Redevances (art. 8.1 c)"},
    {"cva.art8.transport", "Transport to the border (Art. 8.2)", "Transport jusqu'à la frontière (art. 8.2)"},
    {"cva.art9", "Currency conversion (Art. 9)", "Conversion des monnaies (art. 9)"},
    {"cva.incoterms", "Incoterms and the value", "Incoterms et valeur en douane"},
    {"origin.wholly_obtained", "Wholly obtained goods", "Produits entièrement obtenus"},
    {"origin.minimal_operations", "Minimal operations", "Ouvraisons insuffisantes"},
    {"origin.rvc", "Regional value content", "Teneur en valeur régionale"},
    {"tariff.ad_valorem", "Ad valorem duty", "Droits ad valorem"},
    {"tariff.excise", "Excise", "Accises"},
    {"tariff.vat", "Import VAT", "TVA à l'importation"},
    {"fraud.documents", "Checking the documents", "Contrôle des documents"},
    {"fraud.undervaluation", "Undervaluation", "Sous-évaluation"},
    {"fraud.misdescription", "Misdescription of goods", "Fausse désignation des marchandises"},
    {"fraud.false_origin", "False origin", "Fausse origine"},
    {"ipr.counterfeit", "Counterfeit goods", "Marchandises contrefaisantes"},
    {"ipr.border_measures", "IPR border measures", "Mesures à la frontière (PI)"},
    {"risk.selectivity", "Selectivity: the channel", "Sélectivité : le circuit"},
    {"risk.indicators", "Risk indicators", "Indicateurs de risque"},
    {"safe.aeo", "Authorised economic operators", "Opérateurs économiques agréés"},
    {"ethics.gifts", "Gifts and hospitality", "Cadeaux et invitations"},
    {"ethics.facilitation_payments", "Facilitation payments", "Paiements de facilitation"},
    {"ethics.conflict_of_interest", "Conflicts of interest", "Conflits d'intérêts"},
    {"ethics.pressure", "Undue pressure", "Pressions indues"},
    {"ethics.whistleblowing", "Reporting misconduct", "Signalement des manquements"},
};

}  // namespace

std::string_view competency_name(std::string_view id, std::string_view lang) {
    for (const Competency& c : catalogue)
        if (c.id == id) return lang == "fr" ? c.fr : c.en;
    return {};
}

std::vector<std::string_view> known_competencies() {
    std::vector<std::string_view> ids;
    for (const Competency& c : catalogue) ids.push_back(c.id);
    return ids;
}

}  // namespace clearance::core
