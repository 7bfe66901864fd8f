-- One bill of materials, two value-content formulas. Build-down counts everything that is not
-- non-originating material as regional content: (100,000 - 58,000) / 100,000 = 42%, which
-- passes a 40% rule. Build-up counts only originating materials: 35,000 / 100,000 = 35%, which
-- fails. Source: domain-primer.md section 4 (RVC example, scaled to a consignment).
-- The two agreements are training texts, not real agreements.

local parties = { "VN", "SN" }

local bicycles = {
  product = "city bicycles, 28-inch, steel frame, 7 speeds",
  hs_code = "8712.00",
  country = "VN",
  ex_works_price = "USD 100,000",
  materials = {
    { description = "welded steel tubes for frames", hs_code = "7306.30", value = 16500, originating = true, country = "VN" },
    { description = "wheel rims and spokes", hs_code = "8714.92", value = 11300, originating = true, country = "VN" },
    { description = "paint and primer", value = 2200, originating = true, country = "VN" },
    { description = "corrugated cartons", hs_code = "4819.10", value = 5000, originating = true, country = "VN" },
    { description = "brake sets", hs_code = "8714.94", value = 12400, country = "JP" },
    { description = "derailleurs and shifters", hs_code = "8714.99", value = 14600, country = "JP" },
    { description = "tyres 700x38C", hs_code = "4011.50", value = 9800, country = "TH" },
    { description = "saddles", hs_code = "8714.95", value = 6200, country = "TW" },
    { description = "roller chains", hs_code = "7315.11", value = 5000, country = "CN" },
    { description = "hubs and free-wheels", hs_code = "8714.93", value = 10000, country = "CN" },
  },
  processing = {
    { description = "cutting, bending and welding the frame tubes", kind = "manufacture" },
    { description = "painting and baking the frames", kind = "manufacture" },
    { description = "building the wheels, assembling and adjusting the bicycles", kind = "manufacture" },
  },
}

return scenario{
  id = "origin/rvc_bicycles",
  version = 1,
  topic = "origin",
  level = "intermediate",
  minutes = 20,
  languages = { "en", "fr" },
  title = {
    en = "Bicycles and regional value content",
    fr = "Bicyclettes et teneur en valeur régionale",
  },
  summary = {
    en = "The same bicycles under two agreements: a build-down RVC of 42% passes a 40% rule, a build-up RVC of 35% fails it.",
    fr = "Les mêmes bicyclettes sous deux accords : une TVR de 42 % par la méthode soustractive satisfait à une règle de 40 %, une TVR de 35 % par la méthode additive non.",
  },
  competencies = { "origin.rvc" },
  references = { "Rules of origin: regional value content (build-down, build-up)" },

  documents = {
    invoice{
      id = "invoice",
      number = "SVM-24-0381",
      date = "2024-08-19",
      seller = { name = "Saigon Velo Manufacturing JSC", address = "Lot C4, VSIP II, Thu Dau Mot, Binh Duong", country = "VN" },
      buyer = { name = "Dakar Cycles SARL", address = "Route de Rufisque, km 5, Dakar", country = "SN" },
      incoterm = "FOB",
      incoterm_place = "Ho Chi Minh City (Cat Lai)",
      currency = "USD",
      lines = {
        { description = "City bicycle \"Mekong 28\", steel frame, 7-speed, assembled", hs_code = "8712.00", quantity = 400, unit = "pcs", unit_price = "262.50", origin = "VN" },
      },
      payment_terms = "Irrevocable L/C at sight",
      notes = "Ex-works price USD 100,000.00; FOB charges USD 5,000.00 included above.",
    },
    memo{
      id = "costing",
      title = { en = "Producer's cost statement", fr = "Fiche de coûts du producteur" },
      from = "Saigon Velo Manufacturing JSC, finance",
      to = "Dakar Cycles SARL",
      date = "2024-08-12",
      subject = { en = "Cost breakdown, 400 bicycles \"Mekong 28\" (ex works)", fr = "Décomposition du coût, 400 bicyclettes « Mekong 28 » (départ usine)" },
      body = {
        en = "Ex-works price: USD 100,000.\nMaterials of Vietnamese origin: steel frame tubes 16,500; wheel rims and spokes 11,300; paint and primer 2,200; cartons 5,000. Total 35,000.\nImported materials: brake sets (Japan) 12,400; derailleurs and shifters (Japan) 14,600; tyres (Thailand) 9,800; saddles (Taiwan) 6,200; chains (China) 5,000; hubs and free-wheels (China) 10,000. Total 58,000.\nDirect labour, factory overheads and profit: 7,000.\nWork done in our plant: cutting, bending and welding of frames, painting, wheel building, assembly and adjustment.\nShipped directly from Cat Lai to Dakar on one through bill of lading.",
        fr = "Prix départ usine : 100 000 USD.\nMatières d'origine vietnamienne : tubes d'acier pour cadres 16 500 ; jantes et rayons 11 300 ; peinture et apprêt 2 200 ; cartons 5 000. Total 35 000.\nMatières importées : freins (Japon) 12 400 ; dérailleurs et manettes (Japon) 14 600 ; pneumatiques (Thaïlande) 9 800 ; selles (Taïwan) 6 200 ; chaînes (Chine) 5 000 ; moyeux et roues libres (Chine) 10 000. Total 58 000.\nMain-d'œuvre directe, frais généraux de l'usine et bénéfice : 7 000.\nOuvraisons réalisées dans notre usine : découpe, cintrage et soudage des cadres, peinture, montage des roues, assemblage et réglage.\nExpédition directe de Cat Lai à Dakar sous un connaissement direct.",
      },
    },
    memo{
      id = "rules",
      title = { en = "The two agreements (training texts)", fr = "Les deux accords (textes d'exercice)" },
      from = "Origin section",
      to = "Trainee officer",
      date = "2024-09-02",
      subject = { en = "Rules for chapter 87 under agreements A and B", fr = "Règles pour le chapitre 87 dans les accords A et B" },
      body = {
        en = "These two agreements are simplified for this exercise and do not reproduce any real agreement. Both cover Viet Nam and Senegal, require direct transport and take percentages on the ex-works price.\nAgreement A: regional value content of at least 40%, build-down method: RVC = (ex-works price - value of non-originating materials) / ex-works price.\nAgreement B: regional value content of at least 40%, build-up method: RVC = value of originating materials / ex-works price.",
        fr = "Ces deux accords sont simplifiés pour l'exercice et ne reproduisent aucun accord réel. Tous deux couvrent le Viet Nam et le Sénégal, exigent le transport direct et calculent les pourcentages sur le prix départ usine.\nAccord A : teneur en valeur régionale d'au moins 40 %, méthode soustractive : TVR = (prix départ usine - valeur des matières non originaires) / prix départ usine.\nAccord B : teneur en valeur régionale d'au moins 40 %, méthode additive : TVR = valeur des matières originaires / prix départ usine.",
      },
    },
    certificate_of_origin{
      id = "certificate",
      number = "VN-A 24/118773",
      agreement = "Agreement A (training)",
      exporter = { name = "Saigon Velo Manufacturing JSC", address = "Binh Duong", country = "VN" },
      consignee = { name = "Dakar Cycles SARL", address = "Dakar", country = "SN" },
      country_of_origin = "Viet Nam",
      transport = "By sea, Cat Lai to Dakar, vessel SAHEL STAR 024W",
      goods = {
        { marks = "DC/DKR 1-400", description = "400 city bicycles \"Mekong 28\"", hs_code = "8712.00", quantity = "400 pcs", invoice_reference = "SVM-24-0381" },
      },
      criterion = "RVC 42%",
      issuing_authority = "Ministry of Industry and Trade, Ho Chi Minh City office",
      place = "Ho Chi Minh City",
      date = "2024-08-20",
      stamp = "Round stamp of the issuing office, signed",
    },
  },

  steps = {
    brief{
      id = "intro",
      title = { en = "Bicycles from Viet Nam", fr = "Des bicyclettes du Viet Nam" },
      prompt = {
        en = "Dakar Cycles imports 400 bicycles made in Viet Nam and claims a preference. Two agreements between Viet Nam and Senegal could apply, with different value-content formulas. Read the producer's cost statement and the rules.",
        fr = "Dakar Cycles importe 400 bicyclettes fabriquées au Viet Nam et demande un traitement préférentiel. Deux accords entre le Viet Nam et le Sénégal pourraient s'appliquer, avec des méthodes de calcul différentes. Lisez la fiche de coûts du producteur et les règles.",
      },
      documents = { "invoice", "costing", "rules", "certificate" },
    },
    origin{
      id = "agreement_a",
      title = { en = "Agreement A: build-down", fr = "Accord A : méthode soustractive" },
      prompt = {
        en = "Under agreement A, do the bicycles originate in Viet Nam? Give the criterion and the RVC in %.",
        fr = "Au titre de l'accord A, les bicyclettes sont-elles originaires du Viet Nam ? Indiquez le critère et la TVR en %.",
      },
      documents = { "costing", "rules", "certificate" },
      facts = bicycles,
      agreement = {
        name = "Agreement A (training)",
        preferential = true,
        parties = parties,
        direct_transport_required = true,
        basis = "ex_works",
        default_rule = { value_test = "rvc_build_down", value_percent = 40 },
      },
      value_asked = true,
      value_tolerance = 0.5,
      competencies = { "origin.rvc" },
      references = { "Agreement A: RVC >= 40% (build-down)" },
      explanation = {
        en = "Build-down: RVC = (100,000 - 58,000) / 100,000 = 42%, at least the 40% required. The bicycles are manufactured in Viet Nam (welding, painting, wheel building, assembly: more than minimal operations) and shipped directly: originating under agreement A; the certificate's criterion \"RVC 42%\" is right.",
        fr = "Méthode soustractive : TVR = (100 000 - 58 000) / 100 000 = 42 %, au moins les 40 % requis. Les bicyclettes sont fabriquées au Viet Nam (soudage, peinture, montage des roues, assemblage : plus que des opérations minimales) et expédiées directement : originaires au titre de l'accord A ; le critère « TVR 42 % » du certificat est exact.",
      },
    },
    origin{
      id = "agreement_b",
      title = { en = "Agreement B: build-up", fr = "Accord B : méthode additive" },
      prompt = {
        en = "Same bicycles, same costs, under agreement B. Do they originate? Give the criterion and the RVC in %.",
        fr = "Mêmes bicyclettes, mêmes coûts, au titre de l'accord B. Sont-elles originaires ? Indiquez le critère et la TVR en %.",
      },
      documents = { "costing", "rules" },
      facts = bicycles,
      agreement = {
        name = "Agreement B (training)",
        preferential = true,
        parties = parties,
        direct_transport_required = true,
        basis = "ex_works",
        default_rule = { value_test = "rvc_build_up", value_percent = 40 },
      },
      value_asked = true,
      value_tolerance = 0.5,
      competencies = { "origin.rvc" },
      references = { "Agreement B: RVC >= 40% (build-up)" },
      explanation = {
        en = "Build-up: RVC = 35,000 / 100,000 = 35%, below the 40% required. Labour, overheads and profit (7,000) count as regional content under build-down but not under build-up, which counts originating materials only. Not originating under agreement B: the MFN rate applies.",
        fr = "Méthode additive : TVR = 35 000 / 100 000 = 35 %, en dessous des 40 % requis. La main-d'œuvre, les frais généraux et le bénéfice (7 000) comptent comme contenu régional dans la méthode soustractive, pas dans la méthode additive, qui ne retient que les matières originaires. Non originaires au titre de l'accord B : le taux NPF s'applique.",
      },
    },
    quiz{
      id = "why_differ",
      title = { en = "Why the results differ", fr = "Pourquoi les résultats diffèrent" },
      prompt = {
        en = "Why does the same bill of materials give 42% under one formula and 35% under the other?",
        fr = "Pourquoi la même nomenclature de matières donne-t-elle 42 % avec une méthode et 35 % avec l'autre ?",
      },
      kind = "single",
      shuffle = true,
      choices = {
        { id = "labour", text = { en = "Build-down treats everything that is not non-originating material (labour, overheads, profit) as regional content; build-up counts originating materials only", fr = "La méthode soustractive traite comme contenu régional tout ce qui n'est pas matière non originaire (main-d'œuvre, frais généraux, bénéfice) ; la méthode additive ne compte que les matières originaires" }, correct = true },
        { id = "fob", text = { en = "Build-up uses the FOB price and build-down the ex-works price", fr = "La méthode additive utilise le prix FOB et la méthode soustractive le prix départ usine" } },
        { id = "cumulation", text = { en = "Build-down allows cumulation with Japan", fr = "La méthode soustractive autorise le cumul avec le Japon" } },
        { id = "tolerance", text = { en = "Build-up applies a 10% tolerance", fr = "La méthode additive applique une tolérance de 10 %" } },
      },
      rule = "RVC build-down and build-up formulas",
      references = { "Rules of origin: regional value content" },
      explanation = {
        en = "Both agreements here take the ex-works price and allow no cumulation with Japan. The difference is only what counts as regional: build-down subtracts the non-originating materials (58,000) and keeps the rest (42,000, including 7,000 of labour, overheads and profit); build-up adds up the originating materials (35,000). The agreement decides which formula applies.",
        fr = "Les deux accords retiennent ici le prix départ usine et n'autorisent aucun cumul avec le Japon. La seule différence porte sur ce qui compte comme régional : la méthode soustractive retranche les matières non originaires (58 000) et garde le reste (42 000, dont 7 000 de main-d'œuvre, frais généraux et bénéfice) ; la méthode additive additionne les matières originaires (35 000). C'est l'accord qui fixe la méthode.",
      },
    },
  },
}
