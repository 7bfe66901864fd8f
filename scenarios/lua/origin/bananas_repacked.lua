-- Bananas grown in Ecuador, sorted, repacked and relabelled in Panama, then exported with a
-- Panamanian certificate. Sorting, packing and labelling are minimal operations: they never
-- confer origin, so the bananas remain wholly obtained in Ecuador, where they were grown and
-- harvested. Source: domain-primer.md section 4 (wholly obtained; minimal operations never
-- confer origin) and section 6 (false origin, transshipment). Companies are invented.

local repacking = {
  { description = "sorting and grading the hands of bananas", kind = "sorting" },
  { description = "repacking into 18.14 kg cartons with the exporter's brand", kind = "packing" },
  { description = "labelling each carton \"Product of Panama\"", kind = "labelling" },
}

return scenario{
  id = "origin/bananas_repacked",
  version = 1,
  topic = "origin",
  level = "basic",
  minutes = 12,
  languages = { "en", "fr" },
  title = {
    en = "Bananas with a new label",
    fr = "Des bananes à l'étiquette neuve",
  },
  summary = {
    en = "Ecuadorian bananas are repacked in Panama and arrive with a Panamanian certificate. Where do they originate?",
    fr = "Des bananes équatoriennes sont reconditionnées au Panama et arrivent avec un certificat panaméen. Quelle est leur origine ?",
  },
  competencies = { "origin.wholly_obtained", "origin.minimal_operations" },
  references = { "Kyoto Convention, Specific Annex K", "Rules of origin: minimal operations" },

  documents = {
    invoice{
      id = "invoice",
      number = "IC-2024-3318",
      date = "2024-06-03",
      seller = { name = "Istmo Fruit Export S.A.", address = "Zona Libre de Colón, Colón", country = "PA" },
      buyer = { name = "Mûrisserie du Midi SAS", address = "MIN de Rungis, 94150 Rungis", country = "FR" },
      incoterm = "FOB",
      incoterm_place = "Manzanillo International Terminal, Colón",
      currency = "USD",
      lines = {
        { description = "Fresh green bananas, Cavendish, 18.14 kg cartons", hs_code = "0803.90", quantity = 1540, unit = "cartons", unit_price = "15.60", origin = "PA" },
      },
      payment_terms = "30 days",
    },
    certificate_of_origin{
      id = "certificate",
      number = "PA-CO 24/0077815",
      agreement = "non-preferential",
      exporter = { name = "Istmo Fruit Export S.A.", country = "PA" },
      consignee = { name = "Mûrisserie du Midi SAS", country = "FR" },
      country_of_origin = "Panama",
      transport = "Reefer container, Manzanillo (Colón) to Le Havre",
      goods = {
        { marks = "ISTMO GOLD", description = "1,540 cartons fresh bananas", hs_code = "0803.90", quantity = "27,936 kg net", invoice_reference = "IC-2024-3318" },
      },
      criterion = "Product of Panama",
      issuing_authority = "Chamber of Commerce, Colón",
      place = "Colón",
      date = "2024-06-03",
      stamp = "Chamber of Commerce stamp, signed",
    },
    memo{
      id = "verification",
      title = { en = "Verification report", fr = "Rapport de vérification" },
      from = "Customs attaché, regional office",
      to = "Origin section",
      date = "2024-07-22",
      subject = { en = "Visit to Istmo Fruit Export S.A., Colón", fr = "Visite chez Istmo Fruit Export S.A., Colón" },
      body = {
        en = "Istmo Fruit Export has no plantation. It buys bananas from growers in El Oro province, Ecuador, shipped to Colón in reefer containers (purchase invoices seen: USD 11.20 a carton). In its Colón shed it sorts the hands, discards damaged fruit, repacks the bananas in its own \"ISTMO GOLD\" cartons and labels them \"Product of Panama\". Nothing else is done to the fruit.",
        fr = "Istmo Fruit Export ne possède aucune plantation. Elle achète des bananes à des producteurs de la province d'El Oro, en Équateur, expédiées à Colón en conteneurs frigorifiques (factures d'achat consultées : 11,20 USD le carton). Dans son hangar de Colón, elle trie les mains, écarte les fruits abîmés, reconditionne les bananes dans ses propres cartons « ISTMO GOLD » et les étiquette « Product of Panama ». Aucune autre opération n'est effectuée sur les fruits.",
      },
    },
  },

  steps = {
    brief{
      id = "intro",
      title = { en = "A certificate from Panama", fr = "Un certificat du Panama" },
      prompt = {
        en = "A ripening firm at Rungis imports 1,540 cartons of bananas from Istmo Fruit Export, Panama, with a certificate stating Panamanian origin. The regional attaché has visited the exporter. Read the documents.",
        fr = "Une mûrisserie de Rungis importe 1 540 cartons de bananes d'Istmo Fruit Export, au Panama, avec un certificat attestant l'origine panaméenne. L'attaché régional a visité l'exportateur. Lisez les documents.",
      },
      documents = { "invoice", "certificate", "verification" },
    },
    origin{
      id = "panama",
      title = { en = "Do they originate in Panama?", fr = "Sont-elles originaires du Panama ?" },
      prompt = {
        en = "Under the non-preferential rules, did the work done in Colón make the bananas Panamanian? Give your verdict and the criterion that decides.",
        fr = "Selon les règles d'origine non préférentielle, les opérations réalisées à Colón ont-elles rendu les bananes panaméennes ? Donnez votre conclusion et le critère déterminant.",
      },
      documents = { "certificate", "verification" },
      facts = {
        product = "fresh bananas",
        hs_code = "0803.90",
        country = "PA",
        ex_works_price = "USD 23,100",
        materials = {
          { description = "fresh bananas grown in El Oro, Ecuador", hs_code = "0803.90", value = 17248, country = "EC" },
        },
        processing = repacking,
      },
      agreement = "non_preferential",
      competencies = { "origin.minimal_operations" },
      references = { "Kyoto Convention, Specific Annex K", "Rules of origin: minimal operations" },
      explanation = {
        en = "The only material is bananas from Ecuador, and the only work in Panama is sorting, repacking and labelling: minimal operations, which never confer origin whatever else the rule says. The bananas are not Panamanian; the certificate is wrong.",
        fr = "La seule matière est constituée de bananes d'Équateur, et les seules opérations au Panama sont le tri, le reconditionnement et l'étiquetage : des opérations minimales, qui ne confèrent jamais l'origine, quelle que soit la règle par ailleurs. Les bananes ne sont pas panaméennes ; le certificat est inexact.",
      },
    },
    origin{
      id = "ecuador",
      title = { en = "Where do they originate?", fr = "Quelle est leur origine ?" },
      prompt = {
        en = "The bananas were grown and harvested on plantations in El Oro, Ecuador. Do they originate in Ecuador? Give the criterion.",
        fr = "Les bananes ont été cultivées et récoltées dans des plantations d'El Oro, en Équateur. Sont-elles originaires de l'Équateur ? Indiquez le critère.",
      },
      documents = { "verification" },
      facts = {
        product = "fresh bananas",
        hs_code = "0803.90",
        country = "EC",
        wholly_obtained = "grown_and_harvested",
      },
      agreement = "non_preferential",
      competencies = { "origin.wholly_obtained" },
      references = { "Kyoto Convention, Specific Annex K", "Rules of origin: wholly obtained" },
      explanation = {
        en = "Plants and vegetable products grown and harvested in a country are wholly obtained there: the bananas originate in Ecuador, and nothing done in Panama changed that.",
        fr = "Les produits du règne végétal cultivés et récoltés dans un pays y sont entièrement obtenus : les bananes sont originaires de l'Équateur, et les opérations réalisées au Panama n'y ont rien changé.",
      },
    },
    quiz{
      id = "indicator",
      title = { en = "What kind of case is this?", fr = "De quel type d'affaire s'agit-il ?" },
      prompt = {
        en = "Goods pass through a third country to be relabelled with that country's origin. What does the primer call this?",
        fr = "Des marchandises transitent par un pays tiers pour y être réétiquetées à l'origine de ce pays. Comment appelle-t-on cette pratique ?",
      },
      kind = "single",
      shuffle = true,
      choices = {
        { id = "transshipment", text = { en = "Transshipment, a form of false origin", fr = "Le transbordement (détournement de trafic), une forme de fausse origine" }, correct = true },
        { id = "split", text = { en = "Split shipments", fr = "Le fractionnement des envois" } },
        { id = "cumulation", text = { en = "Diagonal cumulation", fr = "Le cumul diagonal" } },
        { id = "undervaluation", text = { en = "Undervaluation", fr = "La sous-évaluation" } },
      },
      rule = "Commercial fraud: false origin and transshipment",
      competencies = { "origin.minimal_operations", "fraud.false_origin" },
      references = { "Rules of origin: minimal operations" },
      explanation = {
        en = "Routing goods through a third country for relabelling is transshipment, a variant of false origin, used to claim a preference or to escape anti-dumping duties or quotas aimed at the true origin. Cumulation, by contrast, is a lawful rule of preferential agreements.",
        fr = "Faire transiter des marchandises par un pays tiers pour les réétiqueter relève du transbordement (détournement de trafic), variante de la fausse origine, qui sert à obtenir une préférence ou à échapper à des droits antidumping ou à des contingents visant la véritable origine. Le cumul, à l'inverse, est une règle licite des accords préférentiels.",
      },
    },
  },
}
