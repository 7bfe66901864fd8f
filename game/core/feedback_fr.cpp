// French feedback: the graders' templates, keyed by their English (the engines' phrases are in
// feedback_fr_phrases.cpp).
//
// Vocabulary follows the French texts of the WCO, the WTO and the EU: "position" and
// "sous-position", "valeur en douane", "valeur transactionnelle", "Accord sur l'évaluation en
// douane", "RGI", "apports" for assists, "redevances", "commission d'achat", "base CAF / de type
// FAB", "originaire", "entièrement obtenu", "changement de classement tarifaire", "teneur en
// valeur régionale (TVR)", "tolérance", "circuit vert/bleu/jaune/rouge" and "visite" as in the
// interface's tables, "fausse alarme". Typography: a space before : ; ? ! and %, « » around
// quoted data; amounts, codes and decimal points stay as the engines write them.
// A template keeps every placeholder of its English key (tests/core/test_feedback_text.cpp checks
// it); {0:le} and friends add the article that fits the French word (feedback_text.h).
#include "core/feedback_text.h"

namespace clearance::core {

namespace {

// clang-format off
constexpr Translation templates[] = {
    // ---- shared pieces ---------------------------------------------------------------------
    {"{0}.", "{0}."},
    {"{0} {1}", "{0} {1}"},
    {"{0} ({1})", "{0} ({1})"},
    {"{0}, {1}", "{0}, {1}"},
    {"{0}, {1}: {2}", "{0}, {1} : {2}"},
    {"{0}: {1}.", "{0} : {1}."},
    {"{0} or {1}", "{0} ou {1}"},
    {"{0}%", "{0} %"},
    {"n/a", "n.d."},
    {"none", "aucune"},

    // ---- classify (grade_classify.cpp) -----------------------------------------------------
    {"The key is {0} {1}.", "Le corrigé retient {0:le} {1}."},
    {"No code was given.", "Aucun code n'a été saisi."},
    {"{0} nomenclature", "nomenclature {0}"},
    {"{0} is an accepted alternative ({1}% credit): {2} {3}.",
     "{0} est une variante admise ({1} % des points) : {2} {3}."},
    {"{0} is an accepted alternative ({1}% credit): {2} {3}. {4}",
     "{0} est une variante admise ({1} % des points) : {2} {3}. {4}"},
    {"{0} is right: {1}.", "{0} est juste : {1}."},
    {"Only the {0} was asked; the digits after {1} were not graded.",
     "L'étape ne demandait que {0:le} ; les chiffres après {1} n'ont pas été notés."},
    {"National digits {0} are not graded: the HS stops at 6 digits.",
     "Les chiffres nationaux {0} ne sont pas notés : le SH s'arrête à 6 chiffres."},
    {"Right {0}: {1}.", "{0:Le} est juste : {1}."},
    {"The step asks for a {0}: {1} stops at the {2}. {3}", "L'étape demande {0:un} : {1} s'arrête {2:au}. {3}"},
    {"Wrong {0}: {1} is {2}; the key {3} is {4}.",
     "Erreur sur {0:le} : {1} correspond à {2} ; le corrigé, {3}, correspond à {4}."},
    {"Wrong {0}: {1} is {2}; the key is {3} {4}, in {5} {6}.",
     "Erreur sur {0:le} : {1} correspond à {2} ; le corrigé retient {3:le} {4}, dans {5:le} {6}."},
    {"Both chapters are in {0} {1}, but section titles are for reference only and earn no credit.",
     "Les deux chapitres relèvent de {0:le} {1}, mais les titres de section n'ont qu'une valeur indicative et ne "
     "rapportent aucun point."},
    {"{0}% credit: the {1} is right, the {2} is not.", "{0} % des points : {1:le} est juste, {2:le} ne l'est pas."},

    // ---- value (grade_value.cpp) -----------------------------------------------------------
    {"No method was chosen; the {0} applies.", "Aucune méthode n'a été choisie ; la {0} s'applique."},
    {"Right method: the {0}.", "Bonne méthode : la {0}."},
    {"Right method: the {0}. {1}", "Bonne méthode : la {0}. {1}"},
    {"The {0} was chosen, but the transaction value applies: {1}",
     "La {0} a été choisie, mais la valeur transactionnelle s'applique : {1}"},
    {"The {0} was chosen, but the transaction value applies: the conditions of Art. 1 are met.",
     "La {0} a été choisie, mais la valeur transactionnelle s'applique : les conditions de l'article 1 sont "
     "remplies."},
    {"{0} The {1} applies.", "{0} La {1} s'applique."},
    {"The {0} was chosen, but the methods are applied in order and the {1} can be used first.",
     "La {0} a été choisie, mais les méthodes s'appliquent dans l'ordre et la {1} peut être utilisée avant."},
    // The base: the French fragment leaves the article to the sentence ("part du", "le").
    {"the price actually paid or payable, {0} {1}", "prix effectivement payé ou à payer, {0} {1}"},
    {"No base amount was given; the value starts from {0}.", "Aucun montant de base n'a été saisi ; la valeur part "
     "du {0}."},
    {"Right base: {0}.", "Bonne base : le {0}."},
    {"The worksheet starts from {0}; the value starts from {1}.",
     "La feuille de calcul part de {0} ; la valeur part du {1}."},
    {"The {0} was entered in another currency; enter it as the documents give it, in {1}, and convert the total "
     "once, CVA Art. 9.",
     "Le poste « {0} » a été saisi dans une autre monnaie ; saisissez-le tel que les documents l'indiquent, en {1}, "
     "et convertissez le total une seule fois (Accord sur l'évaluation en douane, art. 9)."},
    {"Rightly not added again: the {0} of {1} is already in the price.",
     "À juste titre non ajouté une seconde fois : le poste « {0} », {1}, est déjà compris dans le prix."},
    {"Rightly left in the price: the {0} of {1} is not shown separately, so it cannot be taken out.",
     "À juste titre laissé dans le prix : le poste « {0} », {1}, n'y est pas distingué et ne peut donc pas en être "
     "retiré."},
    {"Rightly left out: the {0} of {1}; {2}.", "À juste titre écarté : le poste « {0} », {1} ; {2}."},
    {"The {0} of {1} was added, but it is already in the {2} price; adding it counts it twice, {3}.",
     "Le poste « {0} », {1}, a été ajouté, mais il est déjà compris dans le prix {2} ; l'ajouter revient à le compter "
     "deux fois, {3}."},
    {"The {0} of {1} was added; {2}, {3}.", "Le poste « {0} », {1}, a été ajouté ; {2}, {3}."},
    {"The {0} of {1} was deducted, but it belongs in the customs value: {2}, {3}.",
     "Le poste « {0} », {1}, a été déduit, mais il fait partie de la valeur en douane : {2}, {3}."},
    {"The {0} of {1} was deducted, but it is not shown separately from the price, so it cannot be taken out; {2}, "
     "{3}.",
     "Le poste « {0} », {1}, a été déduit, mais il n'est pas distingué du prix et ne peut donc pas en être retiré ; "
     "{2}, {3}."},
    {"The {0} of {1} was deducted, but it is not in the price, so there is nothing to take out; {2}, {3}.",
     "Le poste « {0} », {1}, a été déduit, mais il n'est pas compris dans le prix : il n'y a rien à retirer ; {2}, "
     "{3}."},
    {" (this lot's share: {0} × {1} / {2})", " (quote-part de ce lot : {0} × {1} / {2})"},
    {"Added: the {0} of {1}{2}; {3}.", "Ajouté : le poste « {0} », {1}{2} ; {3}."},
    {"Deducted: the {0} of {1}{2}; {3}.", "Déduit : le poste « {0} », {1}{2} ; {3}."},
    {"Wrong amount for the {0}: {1} was added; the amount is {2}{3}, {4}.",
     "Montant erroné pour le poste « {0} » : {1} a été ajouté ; le montant est de {2}{3}, {4}."},
    {"Wrong amount for the {0}: {1} was deducted; the amount is {2}{3}, {4}.",
     "Montant erroné pour le poste « {0} » : {1} a été déduit ; le montant est de {2}{3}, {4}."},
    {"Missed addition: the {0} of {1}{2} must be added; {3}, {4}.",
     "Ajout manqué : le poste « {0} », {1}{2}, devait être ajouté ; {3}, {4}."},
    {"Missed deduction: the {0} of {1}{2} must be taken out of the price; {3}, {4}.",
     "Déduction manquée : le poste « {0} », {1}{2}, devait être retiré du prix ; {3}, {4}."},
    {"The {0} of {1} was deducted, but it must be added: {2}, {3}.",
     "Le poste « {0} », {1}, a été déduit, alors qu'il doit être ajouté : {2}, {3}."},
    {"The {0} of {1} was added, but it must be deducted: {2}, {3}.",
     "Le poste « {0} », {1}, a été ajouté, alors qu'il doit être déduit : {2}, {3}."},
    {"No conversion was needed: the value is already in {0}.",
     "Aucune conversion n'était nécessaire : la valeur est déjà en {0}."},
    {"{0} {1} per {2}", "{0} {1} par {2}"},
    {"{0} per {1}", "{0} par {1}"},
    {"No exchange rate was applied; convert at the official rate of {0}.",
     "Aucun taux de change n'a été appliqué ; convertissez au taux officiel de {0}."},
    {"Converted at the official rate, {0}.", "Conversion au taux officiel, {0}."},
    {"The rate was inverted: {0} is {1}; the official rate is {2}.",
     "Le taux a été inversé : {0} correspond à {1} ; le taux officiel est de {2}."},
    {"Converted at {0}; the officially published rate, {1}, applies, not a bank's payment rate.",
     "Conversion au taux de {0} ; c'est le taux officiellement publié, {1}, qui s'applique, et non le taux de "
     "paiement d'une banque."},
    {"No total was given; the customs value is {0}.", "Aucun total n'a été saisi ; la valeur en douane est de {0}."},
    {"The total is in {0}; the customs value is declared in {1}: {2}, CVA Art. 9.",
     "Le total est en {0} ; la valeur en douane se déclare en {1} : {2} (Accord sur l'évaluation en douane, art. 9)."},
    {"Customs value {0}.", "Valeur en douane : {0}."},
    {"The total {0} is short of the customs value {1} by {2}.",
     "Le total {0} est inférieur de {2} à la valeur en douane {1}."},
    {"The total {0} is above the customs value {1} by {2}.",
     "Le total {0} dépasse de {2} la valeur en douane {1}."},
    {"The worksheet is empty; the customs value is {0} by the {1}.",
     "La feuille de calcul est vide ; la valeur en douane est de {0} selon la {1}."},
    {"\"{0}\" is not one of this consignment's costs; it was not scored.",
     "« {0} » ne fait pas partie des frais de cet envoi ; la ligne n'a pas été notée."},
    {"Art. 8 adjustments apply to the transaction value only; the lines given were not scored.",
     "Les ajustements de l'article 8 ne s'appliquent qu'à la valeur transactionnelle ; les lignes saisies n'ont pas "
     "été notées."},

    // ---- origin (grade_origin.cpp) ---------------------------------------------------------
    {"This step cannot be graded: {0}.", "Cette étape ne peut pas être notée : {0}."},
    {"no reason given", "aucune raison indiquée"},
    {"You said originating; the goods are not originating: {0}.",
     "Vous avez répondu « originaires » ; les marchandises ne sont pas originaires : {0}."},
    {"You said not originating; the goods are originating: {0}.",
     "Vous avez répondu « non originaires » ; les marchandises sont originaires : {0}."},
    {"Originating, yes, but in {0}, not {1}.", "Originaires, oui, mais {0:de}, et non {1:de}."},
    {"Right: {0}.", "Exact : {0}."},
    {"No criterion named; what decides is {0}.", "Aucun critère indiqué ; le critère déterminant est : {0}."},
    {"The {0} test decides, but it fails.", "Le critère « {0} » est déterminant, mais il n'est pas rempli."},
    {"The {0} test decides, but it passes ({1}).", "Le critère « {0} » est déterminant, mais il est rempli ({1})."},
    {"The {0} test decides, but it fails ({1}).",
     "Le critère « {0} » est déterminant, mais il n'est pas rempli ({1})."},
    {"Right: {0} decides ({1}).", "Exact : le critère « {0} » est déterminant ({1})."},
    {"Right: {0} decides.", "Exact : le critère « {0} » est déterminant."},
    {"You named {0}; what decides is {1}.", "Vous avez indiqué « {0} » ; le critère déterminant est : {1}."},
    {"You named {0}; what decides is {1}. The {0} test passes ({2}), but does not settle it.",
     "Vous avez indiqué « {0} » ; le critère déterminant est : {1}. Le critère « {0} » est rempli ({2}), mais ne "
     "tranche pas la question."},
    {"You named {0}; what decides is {1}. The {0} test fails ({2}), but does not settle it.",
     "Vous avez indiqué « {0} » ; le critère déterminant est : {1}. Le critère « {0} » n'est pas rempli ({2}), mais "
     "ne tranche pas la question."},
    {"No percentage given; it is {0}%.", "Aucun pourcentage saisi ; il est de {0} %."},
    {"Right: {0}% (exactly {1}%).", "Exact : {0} % (exactement {1} %)."},
    {"You computed {0}%; it is {1}%.", "Vous avez calculé {0} % ; le résultat est {1} %."},

    // ---- assess (grade_assess.cpp) ---------------------------------------------------------
    {"{0}, so {1}", "{0}, soit {1}"},
    {"{0} = {1} plus {2} = {3}", "{0} = {1} plus {2} = {3}"},
    {"{0} = {1} and {2} = {3}", "{0} = {1} et {2} = {3}"},
    {"the higher of {0}, so {1}", "le plus élevé de {0}, soit {1}"},
    {"none, the goods are duty-free", "néant, les marchandises sont exemptes de droits"},
    {"{0} = {1}", "{0} = {1}"},
    {"{0} = {1} (pure alcohol {2} = {3})", "{0} = {1} (alcool pur {2} = {3})"},
    {"{0} = {1}, on the base {2}", "{0} = {1}, sur la base {2}"},
    {"No {0} was given; it is {1}.", "{0:cap} : aucun montant saisi ; montant dû : {1}."},
    {"{0} was given in {1}; it is {2}.", "{0} : montant saisi en {1} ; montant dû : {2}."},
    {"{0}: {1} was entered; it is {2}.", "{0} : {1} a été saisi ; montant dû : {2}."},
    {"{0}; it is {1}.", "{0} ; montant dû : {1}."},
    {"No excise applies to these goods.", "Aucune accise n'est due sur ces marchandises."},
    {"No import VAT applies to these goods.", "Aucune TVA à l'importation n'est due sur ces marchandises."},
    {"Only the ad valorem part of the compound duty was charged",
     "Seule la part ad valorem du droit composé a été perçue"},
    {"Only the specific part of the compound duty was charged", "Seule la part spécifique du droit composé a été perçue"},
    {"The lower of the two alternatives was charged", "Le moins élevé des deux droits alternatifs a été perçu"},
    {"Excise was charged on the volume, {0} l, not on the pure alcohol, {1} l",
     "L'accise a été calculée sur le volume, {0} l, et non sur l'alcool pur, {1} l"},
    {"VAT follows correctly from your own duty and excise ({0} × {1} = {2}); with the right figures it is {3}.",
     "La TVA découle correctement de vos propres montants de droit de douane et d'accise ({0} × {1} = {2}) ; avec "
     "les bons montants : {3}."},
    {"VAT was charged on the customs value alone; the base adds the duty, excise and other import charges",
     "La TVA a été calculée sur la seule valeur en douane ; la base y ajoute le droit de douane, l'accise et les "
     "autres impositions à l'importation"},
    {"The excise was left out of the VAT base", "L'accise a été omise de la base de la TVA"},
    {"The duty was left out of the VAT base", "Le droit de douane a été omis de la base de la TVA"},
    {"The total adds up your own figures correctly ({0}); with the right figures it is {1}.",
     "Le total additionne correctement vos propres montants ({0}) ; avec les bons montants : {1}."},
    {"VAT was left out of the total collected", "La TVA a été omise du total perçu"},
    {"The total includes the customs value; only duty, excise, other charges and VAT are collected",
     "Le total inclut la valeur en douane ; seuls le droit de douane, l'accise, les autres impositions et la TVA "
     "sont perçus"},

    // ---- inspect (grade_inspect.cpp) -------------------------------------------------------
    {"Found: {0} ({1}).", "Trouvé : {0} ({1})."},
    {"Missed: {0} ({1}).", "Manqué : {0} ({1})."},
    {"Nothing was wrong on these documents, and nothing was flagged.",
     "Rien n'était erroné sur ces documents, et rien n'a été signalé."},
    {"inspect scoring: a flag on a field that is fine costs {0}% of a finding",
     "barème du contrôle documentaire : un signalement sur un champ correct coûte {0} % d'une constatation"},
    {"False alarm on {0}: {1}.", "Fausse alarme sur {0} : {1}."},
    {"False alarm on {0}: this field agrees with the other documents.",
     "Fausse alarme sur {0} : ce champ concorde avec les autres documents."},
    {", d' {0}", ", d' {0}"},
    {"Precision {0} ({1} of {2} flags right), recall {3} ({4} of {5} findings){6}.",
     "Précision {0} ({1} sur {2} signalements justes), rappel {3} ({4} sur {5} constatations trouvées){6}."},

    // ---- risk (grade_risk.cpp) -------------------------------------------------------------
    {"risk indicator: {0}", "indicateur de risque : {0}"},
    {"Channel {0} is right.", "Le circuit {0} est le bon."},
    {"a real risk would go unchecked, the costlier error",
     "un risque réel échapperait au contrôle, l'erreur la plus coûteuse"},
    {"a needless control delays a trader and uses officers' time",
     "un contrôle inutile retarde l'opérateur et mobilise des agents"},
    {"Channel {0} chosen, {1} due: {2}.", "Circuit {0} choisi, circuit {1} attendu : {2}."},
    {"Indicator {0} applies: {1}.", "L'indicateur {0} s'applique : {1}."},
    {"Indicator {0} was missed: {1}.", "Indicateur {0} manqué : {1}."},
    {"Indicator {0} does not apply to this declaration.", "L'indicateur {0} ne s'applique pas à cette déclaration."},
    {"No risk indicator applies, and none was named.",
     "Aucun indicateur de risque ne s'applique, et aucun n'a été indiqué."},

    // ---- choose (grade_choose.cpp) ---------------------------------------------------------
    {"factor {0}: {1}", "facteur {0} : {1}"},
    {"Revised Arusha Declaration, {0}", "Déclaration d'Arusha révisée, {0}"},
    {"No option \"{0}\" in this step; it scores 0.", "Cette étape n'a pas d'option « {0} » ; elle vaut 0 point."},
    {"You chose \"{0}\".", "Vous avez choisi « {0} »."},
    {"You chose \"{0}\". {1}", "Vous avez choisi « {0} ». {1}"},
    {"Why it is best: {0}", "Pourquoi c'est le meilleur choix : {0}"},
    {"Best: \"{0}\".", "Meilleur choix : « {0} »."},
    {"Best: \"{0}\". {1}", "Meilleur choix : « {0} ». {1}"},

    // ---- quiz (grade_quiz.cpp) -------------------------------------------------------------
    {"no answer", "aucune"},
    {"{0} options", "{0} options"},
    {"You gave {0}; the answer is {1}.", "Votre réponse : {0} ; la bonne réponse : {1}."},
    {"You gave {0}; the answer is {1} (tolerance {2}).",
     "Votre réponse : {0} ; la bonne réponse : {1} (tolérance {2})."},
    {"Right pick: {0}.", "Bon choix : {0}."},
    {"Missed: {0}.", "Manqué : {0}."},
    {"Wrong pick: {0}.", "Mauvais choix : {0}."},
    {"Right: no option applies.", "Exact : aucune option ne s'applique."},
    {"No number given; the answer is {0}.", "Aucun nombre saisi ; la bonne réponse : {0}."},
    {"Right: {0} is within {1} of {2}.", "Exact : {0} est dans la tolérance de {1} autour de {2}."},
    {"(none)", "(aucune)"},
    {"Right: \"{0}\".", "Exact : « {0} »."},
    {"You wrote \"{0}\"; the answer is \"{1}\".", "Vous avez écrit « {0} » ; la bonne réponse : « {1} »."},

    // ---- session (session.cpp) -------------------------------------------------------------
    {"{0} point", "{0} point"},
    {"{0} points", "{0} points"},
    {"{0} hint taken: {1} off.", "{0} indice utilisé : {1} en moins."},
    {"{0} hints taken: {1} off.", "{0} indices utilisés : {1} en moins."},
    {"Answered after the step's time limit of {0}: the answer scores 0.",
     "Réponse donnée après la limite de temps de l'étape ({0}) : la réponse vaut 0."},
    {"Answered after the scenario's time limit of {0}: the answer scores 0.",
     "Réponse donnée après la limite de temps du scénario ({0}) : la réponse vaut 0."},
};

// clang-format on

}  // namespace

std::span<const Translation> french_templates() { return templates; }

}  // namespace clearance::core
