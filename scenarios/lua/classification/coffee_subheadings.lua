-- Three kinds of coffee on one invoice: the heading is plain (GIR 1: heading 09.01), the work is
-- in the subheadings, chosen by GIR 6 one level at a time (roasted or not, then decaffeinated or
-- not). Source: domain-primer.md section 1 (GIR 1, GIR 6; roasted coffee 0901.21).

local coffee = "Café Lumière SARL"

return scenario{
  id = "classification/coffee_subheadings",
  version = 1,
  topic = "classification",
  level = "basic",
  minutes = 10,
  languages = { "en", "fr" },
  title = {
    en = "Coffee, roasted or not",
    fr = "Café torréfié ou non",
  },
  summary = {
    en = "One invoice, three coffees: classify each to six digits by GIR 1 and GIR 6.",
    fr = "Une facture, trois cafés : classez chacun à six chiffres selon les RGI 1 et 6.",
  },
  competencies = { "hs.gir1", "hs.gir6" },
  references = { "GIR 1", "GIR 6", "HS heading 09.01" },

  documents = {
    invoice{
      id = "invoice",
      number = "TQ-0588",
      date = "2024-05-06",
      seller = { name = "Tostadores del Quindío S.A.S.", address = "Km 4 vía Circasia, Armenia, Quindío", country = "CO" },
      buyer = { name = coffee, address = "8 quai des Chartrons, 33000 Bordeaux", country = "FR" },
      incoterm = "FOB",
      incoterm_place = "Cartagena",
      currency = "USD",
      lines = {
        { description = "Roasted coffee beans, medium roast, Arabica, 1 kg valve bags", quantity = 1200, unit = "kg", unit_price = "14.20", origin = "CO" },
        { description = "Roasted coffee beans, decaffeinated (water process), 1 kg valve bags", quantity = 300, unit = "kg", unit_price = "16.80", origin = "CO" },
        { description = "Green coffee beans, Arabica, washed, not roasted, 60 kg jute sacks", quantity = 1800, unit = "kg", unit_price = "6.10", origin = "CO" },
      },
      payment_terms = "Cash against documents",
    },
    memo{
      id = "note",
      from = "Tariff desk",
      to = "Trainee officer",
      date = "2024-05-09",
      subject = { en = "How heading 09.01 is divided", fr = "Structure de la position 09.01" },
      body = {
        en = "Heading 09.01 covers coffee, whether or not roasted or decaffeinated, husks and skins, and coffee substitutes containing coffee. Its one-dash subdivisions are \"coffee, not roasted\" and \"coffee, roasted\" (each split into not decaffeinated / decaffeinated), then \"other\". Classify each invoice line on its own.",
        fr = "La position 09.01 couvre le café, même torréfié ou décaféiné, les coques et pellicules de café et les succédanés du café contenant du café. Ses subdivisions à un tiret sont « café non torréfié » et « café torréfié » (chacune divisée en non décaféiné / décaféiné), puis « autres ». Classez chaque ligne de la facture séparément.",
      },
    },
  },

  steps = {
    brief{
      id = "intro",
      title = { en = "Three coffees", fr = "Trois cafés" },
      prompt = {
        en = "A Bordeaux roaster-retailer imports coffee from Colombia. The invoice has three lines. All three are coffee of heading 09.01 by GIR 1; the question is the subheading.",
        fr = "Un torréfacteur-détaillant bordelais importe du café de Colombie. La facture comporte trois lignes. Toutes relèvent de la position 09.01 par application de la RGI 1 ; la question est celle de la sous-position.",
      },
      documents = { "invoice", "note" },
    },
    classify{
      id = "roasted",
      title = { en = "Line 1: roasted beans", fr = "Ligne 1 : café torréfié" },
      prompt = { en = "Classify invoice line 1 to six digits.", fr = "Classez la ligne 1 de la facture à six chiffres." },
      goods = { document = "invoice", line = 1 },
      documents = { "invoice", "note" },
      answer = "0901.21",
      references = { "GIR 1", "GIR 6" },
      explanation = {
        en = "GIR 1: coffee, heading 09.01. GIR 6: at the one-dash level the beans are \"roasted\", not \"not roasted\"; at the next level they are \"not decaffeinated\". Subheading 0901.21.",
        fr = "RGI 1 : café, position 09.01. RGI 6 : au niveau à un tiret, les grains sont « torréfiés » et non « non torréfiés » ; au niveau suivant, ils sont « non décaféinés ». Sous-position 0901.21.",
      },
    },
    classify{
      id = "decaf",
      title = { en = "Line 2: roasted decaffeinated beans", fr = "Ligne 2 : café torréfié décaféiné" },
      prompt = { en = "Classify invoice line 2 to six digits.", fr = "Classez la ligne 2 de la facture à six chiffres." },
      goods = { document = "invoice", line = 2 },
      documents = { "invoice", "note" },
      answer = "0901.22",
      references = { "GIR 1", "GIR 6" },
      explanation = {
        en = "Same heading and same one-dash group (roasted). GIR 6 compares the two-dash subheadings of that group only: the beans are decaffeinated, so 0901.22, not 0901.21.",
        fr = "Même position et même groupe à un tiret (torréfié). La RGI 6 ne compare que les sous-positions à deux tirets de ce groupe : les grains sont décaféinés, d'où 0901.22 et non 0901.21.",
      },
    },
    classify{
      id = "green",
      title = { en = "Line 3: green beans", fr = "Ligne 3 : café vert" },
      prompt = { en = "Classify invoice line 3 to six digits.", fr = "Classez la ligne 3 de la facture à six chiffres." },
      goods = { document = "invoice", line = 3 },
      documents = { "invoice", "note" },
      answer = "0901.11",
      references = { "GIR 1", "GIR 6" },
      explanation = {
        en = "Green coffee has not been roasted and has not been decaffeinated: one-dash \"not roasted\", then \"not decaffeinated\", subheading 0901.11.",
        fr = "Le café vert n'est ni torréfié ni décaféiné : groupe à un tiret « non torréfié », puis « non décaféiné », sous-position 0901.11.",
      },
    },
    quiz{
      id = "gir6",
      title = { en = "GIR 6 in one sentence", fr = "La RGI 6 en une phrase" },
      prompt = {
        en = "When you choose between 0901.21 and 0901.22, what does GIR 6 let you compare?",
        fr = "Pour choisir entre 0901.21 et 0901.22, que permet de comparer la RGI 6 ?",
      },
      kind = "single",
      shuffle = true,
      choices = {
        { id = "same_level", text = { en = "Only the texts of subheadings at the same level within the same group", fr = "Uniquement les libellés des sous-positions de même niveau au sein d'un même groupe" }, correct = true },
        { id = "any", text = { en = "Any subheading of the chapter that describes the goods more precisely", fr = "N'importe quelle sous-position du chapitre décrivant plus précisément la marchandise" } },
        { id = "titles", text = { en = "The section and chapter titles", fr = "Les titres des sections et des chapitres" } },
        { id = "last", text = { en = "Whichever subheading comes last in numerical order", fr = "La sous-position placée la dernière dans l'ordre numérique" } },
      },
      rule = "GIR 6",
      references = { "GIR 6", "GIR 1" },
      explanation = {
        en = "GIR 6 applies the other rules at subheading level, comparing only subheadings of the same level (one-dash with one-dash, two-dash with two-dash within their group). Section and chapter titles are for reference only and have no legal force (GIR 1).",
        fr = "La RGI 6 applique les autres règles au niveau des sous-positions en ne comparant que des sous-positions de même niveau (un tiret avec un tiret, deux tirets avec deux tirets dans leur groupe). Les titres des sections et chapitres n'ont qu'une valeur indicative (RGI 1).",
      },
    },
  },
}
