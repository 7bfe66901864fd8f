-- A television sold in a retail box with its remote control and stand: a set put up for retail
-- sale, classified by the component that gives it its essential character (GIR 3(b)), then to
-- the subheading by GIR 6. Source: domain-primer.md section 1 (the worked example).

return scenario{
  id = "classification/tv_retail_set",
  version = 1,
  topic = "classification",
  level = "basic",
  minutes = 10,
  languages = { "en", "fr" },
  title = {
    en = "A television in a retail box",
    fr = "Un téléviseur en coffret de vente au détail",
  },
  summary = {
    en = "Classify a 32-inch LCD television sold with its remote control and stand, and name the rule that keeps the set together.",
    fr = "Classez un téléviseur LCD de 32 pouces vendu avec sa télécommande et son pied, et nommez la règle qui maintient l'assortiment ensemble.",
  },
  competencies = { "hs.gir3b", "hs.gir6" },
  references = { "GIR 1", "GIR 3(b)", "GIR 6" },

  documents = {
    invoice{
      id = "invoice",
      number = "HX-2024-0317",
      date = "2024-03-17",
      seller = { name = "Huaxin Display Technology Co., Ltd.", address = "Bao'an District, Shenzhen, Guangdong", country = "CN" },
      buyer = { name = "Électroménager du Rhône SAS", address = "14 rue de la Villette, 69003 Lyon", country = "FR" },
      incoterm = "FOB",
      incoterm_place = "Shenzhen (Yantian)",
      currency = "USD",
      lines = {
        {
          description = "VISTARA 32HD-T2 32\" LED-backlit LCD colour TV, retail box with IR remote control (2 x AAA batteries), table stand and user manual",
          quantity = 800, unit = "sets", unit_price = "96.50", origin = "CN",
        },
      },
      payment_terms = "T/T 30% deposit, 70% against copy of B/L",
    },
    product_sheet{
      id = "product",
      title = { en = "Product sheet (from the examination)", fr = "Fiche produit (issue de la visite)" },
      product = "LCD colour television receiver, 32-inch (81 cm) screen, built-in DVB-T2/C tuner, 2 x HDMI, 1 x USB",
      brand = "VISTARA",
      model = "32HD-T2",
      manufacturer = "Huaxin Display Technology Co., Ltd., Shenzhen",
      label = "VISTARA 32HD-T2 | LED TV 81 cm | 100-240 V ~ 50/60 Hz 45 W | Made in China",
      marks = { "CE", "Made in China", "HDMI logo" },
      photos = {
        "Retail carton 860 x 540 x 140 mm with a printed picture of the television",
        "Inside: the television in a foam shell; a bag with two plastic stand feet and four screws; an infrared remote control with two AAA batteries; a 24-page user manual",
      },
      serial_numbers = { "32HDT2-2403-000412", "32HDT2-2403-000413" },
      packaging = "One television, one remote control, one stand and one manual per retail carton, ready for sale in a shop without repacking",
    },
  },

  steps = {
    brief{
      id = "intro",
      title = { en = "A consignment of televisions", fr = "Un envoi de téléviseurs" },
      prompt = {
        en = "An importer in Lyon declares 800 retail cartons of televisions shipped from Shenzhen. Each carton holds a 32-inch LCD colour television, an infrared remote control with batteries, a two-piece table stand and a user manual. Read the invoice and the product sheet before you classify the goods.",
        fr = "Un importateur lyonnais déclare 800 cartons de téléviseurs expédiés de Shenzhen. Chaque carton contient un téléviseur couleur LCD de 32 pouces, une télécommande infrarouge avec ses piles, un pied de table en deux pièces et une notice. Lisez la facture et la fiche produit avant de procéder au classement tarifaire.",
      },
      documents = { "invoice", "product" },
    },
    classify{
      id = "hs",
      title = { en = "Classify the retail set", fr = "Classez l'assortiment" },
      prompt = {
        en = "Give the HS 2022 subheading (6 digits) for one retail carton as presented: television, remote control, stand and manual.",
        fr = "Indiquez la sous-position SH 2022 (6 chiffres) d'un carton tel qu'il est présenté : téléviseur, télécommande, pied et notice.",
      },
      goods = { document = "invoice", line = 1 },
      documents = { "invoice", "product" },
      answer = "8528.72",
      level = "subheading",
      competencies = { "hs.gir3b", "hs.gir6" },
      references = { "GIR 1", "GIR 3(b)", "GIR 6", "HS heading 85.28" },
      hints = {
        { text = { en = "The carton holds articles of different headings put up together for one need and sold as they are: think of GIR 3(b).", fr = "Le carton réunit des articles de positions différentes, conditionnés ensemble pour un même besoin et vendus tels quels : pensez à la RGI 3 b)." }, cost = 0.25 },
        { text = { en = "Which article gives the carton its essential character? Look at heading 85.28 for that article.", fr = "Quel article confère au carton son caractère essentiel ? Cherchez cet article dans la position 85.28." }, cost = 0.25 },
      },
      explanation = {
        en = "The carton is a set put up for retail sale: articles that would fall in different headings (a television of 85.28, a remote control, a stand, a manual), put up together to meet one need (watching television) and packed for sale to the user without repacking. GIR 3(b) classifies such a set by the component that gives it its essential character: the television. It falls in heading 85.28 (reception apparatus for television). GIR 6 then compares subheadings of the same level: the set incorporates a colour video display, so 8528.72, not 8528.71 (no screen) or 8528.73 (monochrome).",
        fr = "Le carton est un assortiment conditionné pour la vente au détail : des articles relevant de positions différentes (un téléviseur du 85.28, une télécommande, un pied, une notice), réunis pour répondre à un même besoin (regarder la télévision) et emballés pour être vendus à l'utilisateur sans reconditionnement. La RGI 3 b) classe un tel assortiment d'après l'article qui lui confère son caractère essentiel : le téléviseur. Il relève de la position 85.28 (appareils récepteurs de télévision). La RGI 6 compare ensuite les sous-positions de même niveau : l'appareil comporte un écran vidéo en couleurs, d'où 8528.72, et non 8528.71 (sans écran) ni 8528.73 (monochrome).",
      },
    },
    quiz{
      id = "rule",
      title = { en = "Which rule?", fr = "Quelle règle ?" },
      prompt = {
        en = "Which General Interpretative Rule decides that the remote control and the stand are classified with the television rather than in their own headings?",
        fr = "Quelle règle générale interprétative permet de classer la télécommande et le pied avec le téléviseur plutôt que dans leurs propres positions ?",
      },
      kind = "single",
      shuffle = true,
      choices = {
        { id = "gir2a", text = { en = "GIR 2(a): an incomplete or unassembled article is classified as the finished article", fr = "RGI 2 a) : un article incomplet ou non monté est classé comme l'article complet" } },
        { id = "gir3b", text = { en = "GIR 3(b): sets put up for retail sale are classified by the component that gives the essential character", fr = "RGI 3 b) : les assortiments conditionnés pour la vente au détail sont classés d'après l'article qui leur confère leur caractère essentiel" }, correct = true },
        { id = "gir3c", text = { en = "GIR 3(c): the heading that comes last in numerical order", fr = "RGI 3 c) : la position placée la dernière par ordre de numérotation" } },
        { id = "gir5a", text = { en = "GIR 5(a): cases specially shaped for an article go with the article", fr = "RGI 5 a) : les étuis spécialement conçus pour un article sont classés avec lui" } },
      },
      rule = "GIR 3(b)",
      competencies = { "hs.gir3b" },
      references = { "GIR 3(b)" },
      explanation = {
        en = "GIR 3(b). The television is complete, so GIR 2(a) is not in play; GIR 3(c) is used only when neither 3(a) nor 3(b) decides; GIR 5(a) concerns cases and containers, and the stand and the remote control are not containers.",
        fr = "RGI 3 b). Le téléviseur est complet, la RGI 2 a) ne joue donc pas ; la RGI 3 c) ne s'applique que si ni la 3 a) ni la 3 b) ne permettent de conclure ; la RGI 5 a) vise les étuis et contenants, ce que ne sont ni le pied ni la télécommande.",
      },
    },
    quiz{
      id = "set_conditions",
      title = { en = "What makes a retail set", fr = "Ce qui fait un assortiment" },
      prompt = {
        en = "Under the Explanatory Note to GIR 3(b), which conditions must goods meet to be a \"set put up for retail sale\"? Pick every one that applies.",
        fr = "Selon la note explicative de la RGI 3 b), quelles conditions des marchandises doivent-elles remplir pour constituer un « assortiment conditionné pour la vente au détail » ? Cochez toutes les bonnes réponses.",
      },
      kind = "multiple",
      choices = {
        { id = "headings", text = { en = "At least two different articles that would, on their own, fall in different headings", fr = "Au moins deux articles différents qui, isolément, relèveraient de positions différentes" }, correct = true },
        { id = "need", text = { en = "Put up together to meet a particular need or carry out a specific activity", fr = "Réunis pour répondre à un besoin déterminé ou exercer une activité précise" }, correct = true },
        { id = "retail", text = { en = "Packed so they can be sold directly to users without repacking", fr = "Conditionnés de manière à être vendus directement aux utilisateurs sans reconditionnement" }, correct = true },
        { id = "same_value", text = { en = "All articles of roughly the same value", fr = "Des articles de valeur à peu près égale" } },
        { id = "same_material", text = { en = "All articles made of the same material", fr = "Des articles faits de la même matière" } },
      },
      rule = "Explanatory Note (X) to GIR 3(b)",
      competencies = { "hs.gir3b" },
      references = { "GIR 3(b)", "Explanatory Note (X) to GIR 3(b)" },
      explanation = {
        en = "The three conditions are: two or more articles prima facie classifiable in different headings; put up together for a particular need or activity; put up for sale directly to users without repacking. Value and material play no part in whether goods form a set; value can help to find the essential character, but it is not a condition.",
        fr = "Les trois conditions sont : au moins deux articles susceptibles, à première vue, de relever de positions différentes ; réunis pour un besoin ou une activité déterminés ; conditionnés pour être vendus directement aux utilisateurs sans reconditionnement. La valeur et la matière n'entrent pas dans la définition de l'assortiment ; la valeur peut aider à déterminer le caractère essentiel, mais ce n'est pas une condition.",
      },
    },
  },
}
