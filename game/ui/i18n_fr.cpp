// French interface strings, keyed by the English text passed to tr().
namespace clearance::ui {

extern const char* const french_table[][2];
const char* const french_table[][2] = {
    // Shell
    {"Home", "Accueil"},
    {"HS 2022 · %d subheadings    Scenarios · %d    Progress · %s",
     "SH 2022 · %d sous-positions    Scénarios · %d    Progression · %s"},
    {"The HS 2022 nomenclature is loaded (%d subheadings). Scenarios found: %d.",
     "La nomenclature SH 2022 est chargée (%d sous-positions). Scénarios trouvés : %d."},
    {"Settings", "Paramètres"},
    {"Customs officer training", "Formation des agents des douanes"},
    // Start screen
    {"Welcome to Clearance", "Bienvenue dans Clearance"},
    {"Work real-looking consignments the way a customs officer does: classify, value, decide "
     "origin, assess, inspect and choose. Every answer is scored and explained.",
     "Traitez des envois réalistes comme un agent des douanes : classer, évaluer, déterminer "
     "l'origine, liquider, contrôler et décider. Chaque réponse est notée et expliquée."},
    {"Fields of work", "Domaines"},
    {"No scenarios yet", "Aucun scénario"},
    {"Classification", "Classement"},
    {"Valuation", "Valeur en douane"},
    {"Duties and taxes", "Droits et taxes"},
    {"Fraud and IPR", "Fraude et PI"},
    {"Risk and security", "Risque et sûreté"},
    {"Facilitation", "Facilitation"},
    {"Integrity", "Intégrité"},
    {"Find the HS code of goods with the General Interpretative Rules.",
     "Trouver le code SH des marchandises avec les Règles générales interprétatives."},
    {"Build the customs value: transaction value and Article 8 adjustments.",
     "Établir la valeur en douane : valeur transactionnelle et ajustements de l'article 8."},
    {"Decide origin: wholly obtained, tariff shift, value content.",
     "Déterminer l'origine : entièrement obtenu, changement tarifaire, teneur en valeur."},
    {"Assess ad valorem, specific and compound duty, excise and VAT.",
     "Liquider les droits ad valorem, spécifiques et composés, l'accise et la TVA."},
    {"Spot undervaluation, false origin and counterfeit goods.",
     "Repérer la sous-évaluation, la fausse origine et les contrefaçons."},
    {"Route declarations to the green, yellow or red channel.",
     "Orienter les déclarations vers le circuit vert, jaune ou rouge."},
    {"Release compliant trade fast: AEO, pre-arrival, simplifications.",
     "Dédouaner vite le commerce conforme : OEA, pré-arrivée, simplifications."},
    {"Face gifts, pressure and conflicts of interest the right way.",
     "Faire face aux cadeaux, pressions et conflits d'intérêts comme il se doit."},
    // Profiles
    {"Profiles", "Profils"},
    {"Who is training?", "Qui s'entraîne ?"},
    {"Pick your profile, or create one. Your answers and progress are kept on this computer "
     "under your profile.",
     "Choisissez votre profil ou créez-en un. Vos réponses et votre progression sont conservées "
     "sur cet ordinateur, sous votre profil."},
    {"PIN", "Code PIN"},
    {"signed in", "connecté"},
    {"Sign in", "Se connecter"},
    {"Cancel", "Annuler"},
    {"Sign out", "Se déconnecter"},
    {"Continue as this trainee", "Continuer avec ce profil"},
    {"New profile", "Nouveau profil"},
    {"Name, as the instructor knows you", "Nom, tel que le formateur vous connaît"},
    {"PIN (optional, 4 digits or more)", "Code PIN (facultatif, 4 chiffres ou plus)"},
    {"Create and start", "Créer et commencer"},
    {"A PIN needs at least 4 characters.", "Un code PIN compte au moins 4 caractères."},
    {"The progress file cannot be used", "Le fichier de progression est inutilisable"},
    {"Start a new progress file (the old one is kept aside)",
     "Commencer un nouveau fichier de progression (l'ancien est mis de côté)"},
    {"No profiles yet: create the first one.", "Aucun profil pour l'instant : créez le premier."},
    {"Too many wrong PINs. Try again in", "Trop de codes PIN erronés. Réessayez dans"},
    {"Wrong PIN.", "Code PIN erroné."},
    // Settings
    {"Changes apply at once and are saved for this user.",
     "Les changements s'appliquent aussitôt et sont enregistrés pour cet utilisateur."},
    {"Theme", "Thème"},
    {"Light", "Clair"},
    {"Dark", "Sombre"},
    {"High contrast", "Contraste élevé"},
    {"Text size", "Taille du texte"},
    {"Language", "Langue"},
    {"Progress file", "Fichier de progression"},
    {"Font", "Police"},
    {"Enter your PIN to sign in.", "Saisissez votre code PIN pour vous connecter."},
    {nullptr, nullptr},
};

}  // namespace clearance::ui
