-- Authorised Economic Operators: where they sit in the SAFE Framework, what the status gives
-- and what it does not, and what happens when an AEO's declaration is drawn in the random
-- sample. Source: domain-primer.md section 7 (SAFE pillars, AEO benefits: fewer checks,
-- priority, mutual recognition; channels including blue; random selection).

return scenario{
  id = "facilitation/aeo_benefits",
  version = 1,
  topic = "facilitation",
  level = "basic",
  minutes = 12,
  languages = { "en", "fr" },
  title = {
    en = "What an AEO can expect",
    fr = "Ce qu'un OEA peut attendre",
  },
  summary = {
    en = "An Authorised Economic Operator's declaration is drawn for a random check. Know the SAFE pillars, the real AEO benefits, and how to treat a certified trader fairly.",
    fr = "La déclaration d'un opérateur économique agréé est tirée pour un contrôle aléatoire. Connaître les piliers SAFE, les vrais avantages OEA et traiter équitablement un opérateur certifié.",
  },
  competencies = { "safe.aeo", "risk.selectivity" },
  references = { "WCO SAFE Framework of Standards", "SAFE Pillar 2: Customs-to-Business" },

  documents = {
    memo{
      id = "aeo_file",
      title = { en = "Trader file", fr = "Fiche opérateur" },
      from = "AEO team",
      to = "Front office",
      date = "2024-11-04",
      subject = { en = "Brabant Precision Tools NV: AEO certificate BE AEOF 0000 1147", fr = "Brabant Precision Tools NV : certificat OEA BE AEOF 0000 1147" },
      body = {
        en = "Authorised Economic Operator (customs simplifications and security and safety) since March 2021. About 1,100 import declarations a year, no irregularity in five years. Security audit of its Mechelen warehouse renewed in 2024. Recognised as AEO by partner administrations under mutual recognition arrangements.",
        fr = "Opérateur économique agréé (simplifications douanières et sécurité-sûreté) depuis mars 2021. Environ 1 100 déclarations d'importation par an, aucune irrégularité en cinq ans. Audit de sûreté de son entrepôt de Malines renouvelé en 2024. Reconnu comme OEA par des administrations partenaires au titre d'accords de reconnaissance mutuelle.",
      },
    },
    declaration{
      id = "declaration",
      reference = "24BE000421IM0091377",
      date = "2024-11-06",
      office = "Zaventem (Brussels Airport)",
      declarant = { name = "Brabant Precision Tools NV", country = "BE" },
      importer = { name = "Brabant Precision Tools NV", address = "Industrieweg 22, 2800 Mechelen", country = "BE" },
      exporter = { name = "Kanto Cutting Tools K.K.", country = "JP" },
      procedure = "4000",
      incoterm = "CPT",
      incoterm_place = "Brussels Airport",
      currency = "EUR",
      transport = "Air",
      items = {
        { description = "Interchangeable tools for milling machines: solid carbide end mills", hs_code = "8207.70", origin = "JP", procedure = "4000", quantity = 2400, unit = "pcs", value = "EUR 86,400" },
      },
      notes = "Selectivity result: drawn in the random sample for the period.",
    },
  },

  steps = {
    brief{
      id = "intro",
      title = { en = "A certified trader", fr = "Un opérateur certifié" },
      prompt = {
        en = "Brabant Precision Tools, an Authorised Economic Operator, declares a consignment of carbide end mills flown in from Japan. Read its file and the declaration.",
        fr = "Brabant Precision Tools, opérateur économique agréé, déclare un envoi de fraises en carbure arrivé du Japon par avion. Lisez sa fiche et la déclaration.",
      },
      documents = { "aeo_file", "declaration" },
    },
    quiz{
      id = "pillar",
      title = { en = "The SAFE pillars", fr = "Les piliers SAFE" },
      prompt = {
        en = "The WCO SAFE Framework of Standards rests on pillars. Which one does the AEO programme belong to?",
        fr = "Le Cadre de normes SAFE de l'OMD repose sur des piliers. Duquel relève le programme OEA ?",
      },
      kind = "single",
      shuffle = true,
      choices = {
        { id = "c2b", text = { en = "Customs-to-Business", fr = "Douane-Entreprises" }, correct = true },
        { id = "c2c", text = { en = "Customs-to-Customs", fr = "Douane-Douane" } },
        { id = "c2g", text = { en = "Customs-to-Other Government and Inter-Government Agencies", fr = "Douane-Autres entités gouvernementales et intergouvernementales" } },
      },
      rule = "WCO SAFE Framework, Pillar 2",
      competencies = { "safe.aeo" },
      references = { "WCO SAFE Framework of Standards" },
      explanation = {
        en = "AEO is the Customs-to-Business pillar: a partnership with traders who meet the security standards. Customs-to-Customs covers shared standards, advance electronic data and mutual recognition between administrations; the third pillar, with other government and inter-government agencies, was added in 2015.",
        fr = "L'OEA relève du pilier Douane-Entreprises : un partenariat avec les opérateurs qui satisfont aux normes de sûreté. Le pilier Douane-Douane couvre les normes communes, les données électroniques préalables et la reconnaissance mutuelle entre administrations ; le troisième pilier, avec les autres entités gouvernementales et intergouvernementales, a été ajouté en 2015.",
      },
    },
    quiz{
      id = "benefits",
      title = { en = "AEO benefits", fr = "Avantages OEA" },
      prompt = {
        en = "Which of these can an AEO expect? Pick every one that applies.",
        fr = "Lesquels de ces avantages un OEA peut-il attendre ? Cochez toutes les bonnes réponses.",
      },
      kind = "multiple",
      choices = {
        { id = "fewer", text = { en = "Fewer physical and documentary checks", fr = "Moins de contrôles physiques et documentaires" }, correct = true },
        { id = "priority", text = { en = "Priority treatment when a consignment is selected for control", fr = "Un traitement prioritaire lorsqu'un envoi est sélectionné pour contrôle" }, correct = true },
        { id = "mra", text = { en = "Recognition of its status by partner administrations under mutual recognition", fr = "La reconnaissance de son statut par les administrations partenaires au titre de la reconnaissance mutuelle" }, correct = true },
        { id = "no_duty", text = { en = "Exemption from customs duties", fr = "L'exonération des droits de douane" } },
        { id = "no_audit", text = { en = "Immunity from post-clearance audit", fr = "L'exemption de tout contrôle a posteriori" } },
        { id = "always_green", text = { en = "A green channel for every declaration", fr = "Le circuit vert pour toutes ses déclarations" } },
      },
      rule = "WCO SAFE Framework: AEO benefits",
      competencies = { "safe.aeo" },
      references = { "WCO SAFE Framework of Standards" },
      explanation = {
        en = "AEO status brings fewer checks, priority when selected and mutual recognition. It changes no duty or tax, does not exclude post-clearance audit, and does not take the trader out of risk management: its declarations can still be selected, at random or on a real risk.",
        fr = "Le statut d'OEA apporte moins de contrôles, la priorité en cas de sélection et la reconnaissance mutuelle. Il ne modifie aucun droit ni taxe, n'exclut pas le contrôle a posteriori et ne soustrait pas l'opérateur à la gestion des risques : ses déclarations peuvent toujours être sélectionnées, au hasard ou sur un risque réel.",
      },
    },
    risk{
      id = "channel",
      title = { en = "The channel", fr = "Le circuit" },
      prompt = {
        en = "The selectivity profile scores AEO status at -20 and a long compliant history at -10; red starts at 50 and a declaration drawn in the random sample goes to red. Choose the channel and the indicators.",
        fr = "Le profil de sélectivité compte -20 pour le statut d'OEA et -10 pour un historique conforme de longue date ; le rouge commence à 50 et une déclaration tirée dans l'échantillon aléatoire passe en rouge. Choisissez le circuit et les critères.",
      },
      documents = { "aeo_file", "declaration" },
      topic = "security",
      indicators = { "aeo_certified", "good_trader_history", "random_selection" },
      competencies = { "risk.selectivity", "safe.aeo" },
      references = { "Risk management: random selection" },
      explanation = {
        en = "The score is -30, which alone would mean green, but the random selection lifts the declaration to red: the sample must reach a real control to measure what the profiles miss.",
        fr = "Le score est de -30, ce qui seul donnerait le vert, mais le tirage aléatoire fait passer la déclaration en rouge : l'échantillon doit aboutir à un contrôle réel pour mesurer ce que les profils laissent passer.",
      },
    },
    choose{
      id = "call",
      title = { en = "The trader calls", fr = "L'opérateur appelle" },
      prompt = {
        en = "Brabant's customs manager phones: \"We are AEO. Surely you can skip this one: a customer's production line is waiting for these tools.\" What do you do?",
        fr = "Le responsable douane de Brabant téléphone : « Nous sommes OEA. Vous pouvez sûrement passer celle-ci : la chaîne de production d'un client attend ces outils. » Que faites-vous ?",
      },
      options = {
        { id = "priority", score = 10, factors = { "relationship_with_private_sector", "transparency" },
          label = { en = "Keep the control, examine the consignment first in the queue as an AEO benefit, and tell the manager when it will be done", fr = "Maintenir le contrôle, examiner l'envoi en priorité au titre des avantages OEA et indiquer au responsable quand ce sera terminé" },
          feedback = { en = "The control measures the profiles, and the AEO gets what its status promises: priority and a clear answer.", fr = "Le contrôle sert à mesurer les profils, et l'OEA obtient ce que son statut lui promet : la priorité et une réponse claire." },
          explanation = { en = "AEO status gives fewer checks and priority, not exemption. A random selection must be carried out, and a fair, predictable service is what partnership with the private sector means.", fr = "Le statut d'OEA donne moins de contrôles et la priorité, pas une exemption. Un tirage aléatoire doit être exécuté, et un service équitable et prévisible est le sens même du partenariat avec le secteur privé." } },
        { id = "queue", score = 4, factors = { "relationship_with_private_sector" },
          label = { en = "Keep the control in the normal queue: once selected, an AEO is treated like anyone else", fr = "Maintenir le contrôle dans la file normale : une fois sélectionné, un OEA est traité comme tout le monde" },
          feedback = { en = "The control stands, rightly, but priority when selected is one of the benefits the trader earned.", fr = "Le contrôle est maintenu, à juste titre, mais la priorité en cas de sélection est un des avantages que l'opérateur a obtenus." } },
        { id = "skip", score = 0, factors = { "code_of_conduct", "relationship_with_private_sector" },
          label = { en = "Cancel the control as a courtesy to a certified trader", fr = "Annuler le contrôle par égard pour un opérateur certifié" },
          feedback = { en = "Cancelling a random selection on request defeats the sample and treats traders unequally; AEO status does not exempt anyone from control.", fr = "Annuler un tirage aléatoire à la demande fausse l'échantillon et rompt l'égalité de traitement ; le statut d'OEA n'exempte personne du contrôle." } },
      },
      competencies = { "safe.aeo" },
      references = { "WCO SAFE Framework: AEO benefits", "Revised Arusha Declaration, factor 10" },
      explanation = {
        en = "Keep the control and give it priority. Fewer checks is a benefit of the status; no checks at all is not.",
        fr = "Maintenir le contrôle et lui donner la priorité. Moins de contrôles est un avantage du statut ; aucun contrôle ne l'est pas.",
      },
    },
    quiz{
      id = "blue",
      title = { en = "The blue channel", fr = "Le circuit bleu" },
      prompt = {
        en = "Some administrations add a blue channel. What does it mean?",
        fr = "Certaines administrations ajoutent un circuit bleu. Que signifie-t-il ?",
      },
      kind = "single",
      shuffle = true,
      choices = {
        { id = "audit_later", text = { en = "Release now, audit after clearance", fr = "Mainlevée immédiate, contrôle après dédouanement" }, correct = true },
        { id = "documents", text = { en = "Documentary check before release", fr = "Contrôle documentaire avant mainlevée" } },
        { id = "scanner", text = { en = "Non-intrusive scan before release", fr = "Passage au scanner avant mainlevée" } },
        { id = "refuse", text = { en = "Entry refused", fr = "Refus d'entrée" } },
      },
      rule = "Selectivity channels",
      competencies = { "risk.selectivity" },
      references = { "Selectivity: green, yellow, red, blue" },
      explanation = {
        en = "Green releases without checks, yellow means a documentary check, red a physical examination; blue, where used, releases the goods at once and leaves the check to a post-clearance audit.",
        fr = "Le vert donne la mainlevée sans contrôle, le jaune impose un contrôle documentaire, le rouge une visite physique ; le bleu, là où il existe, donne la mainlevée immédiatement et renvoie le contrôle à un audit après dédouanement.",
      },
    },
  },
}
