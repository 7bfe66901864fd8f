-- 600 bottles of whisky: ad valorem duty, specific excise per litre of pure alcohol, and import
-- VAT on the customs value plus duty plus excise. Source: domain-primer.md section 5 (worked
-- example: duty 126, pure alcohol 168 l, excise 5,040, VAT base 11,466, VAT 2,293.20, total
-- 7,459.20). The rates are the training tariff of the exercise, not a real country's.

return scenario{
  id = "revenue/whisky_assessment",
  version = 1,
  topic = "revenue",
  level = "basic",
  minutes = 15,
  languages = { "en", "fr" },
  title = {
    en = "Whisky: duty, excise and VAT",
    fr = "Whisky : droits de douane, accise et TVA",
  },
  summary = {
    en = "Classify a pallet of Scotch whisky and assess the duty, the excise on pure alcohol and the import VAT.",
    fr = "Classez une palette de whisky écossais et liquidez les droits de douane, l'accise sur l'alcool pur et la TVA à l'importation.",
  },
  competencies = { "tariff.ad_valorem", "tariff.excise", "tariff.vat" },
  references = { "HS subheading 2208.30", "Import VAT base: customs value + duty + excise" },

  documents = {
    invoice{
      id = "invoice",
      number = "GCD/EX/2024/0219",
      date = "2024-10-03",
      seller = { name = "Glen Corran Distillers Ltd", address = "Corran Road, Aberlour, Banffshire AB38", country = "GB" },
      buyer = { name = "Cave des Trois Ponts SA", address = "12 rue des Tanneurs, 1000 Bruxelles", country = "BE" },
      incoterm = "CIF",
      incoterm_place = "Antwerp",
      currency = "EUR",
      lines = {
        { description = "Glen Corran 12 years old Single Malt Scotch Whisky, 70 cl, 40% vol, cases of 6", hs_code = "2208.30", quantity = 600, unit = "bottles", unit_price = "10.50", origin = "GB" },
      },
      payment_terms = "30 days end of month",
    },
    memo{
      id = "tariff",
      title = { en = "Training tariff", fr = "Tarif d'exercice" },
      from = "Revenue section",
      to = "Trainee officer",
      date = "2024-10-07",
      subject = { en = "Rates for this exercise", fr = "Taux applicables à l'exercice" },
      body = {
        en = "The customs value has been accepted at EUR 6,300 (transaction value; no adjustment needed).\nRates of the training tariff (real rates differ from country to country):\n- customs duty on whiskies: 2% ad valorem;\n- excise on spirits: EUR 30 per litre of pure alcohol;\n- import VAT: 20%, on the customs value plus the duty and the excise.\nRound each amount to the cent.",
        fr = "La valeur en douane a été admise à 6 300 EUR (valeur transactionnelle, aucun ajustement).\nTaux du tarif d'exercice (les taux réels varient d'un pays à l'autre) :\n- droits de douane sur les whiskies : 2 % ad valorem ;\n- accise sur les spiritueux : 30 EUR par litre d'alcool pur ;\n- TVA à l'importation : 20 %, sur la valeur en douane augmentée des droits de douane et de l'accise.\nArrondissez chaque montant au centime.",
      },
    },
  },

  steps = {
    brief{
      id = "intro",
      title = { en = "A pallet of whisky", fr = "Une palette de whisky" },
      prompt = {
        en = "A Brussels wine merchant imports 100 cases of six 70 cl bottles of single malt whisky at 40% vol. The customs value is settled. You classify the goods, then assess what the importer pays.",
        fr = "Un caviste bruxellois importe 100 caisses de six bouteilles de 70 cl de whisky single malt à 40 % vol. La valeur en douane est arrêtée. Vous classez la marchandise, puis liquidez ce que l'importateur doit payer.",
      },
      documents = { "invoice", "tariff" },
    },
    classify{
      id = "hs",
      title = { en = "Classify the whisky", fr = "Classez le whisky" },
      prompt = { en = "Give the HS 2022 subheading of the whisky.", fr = "Indiquez la sous-position SH 2022 du whisky." },
      goods = { document = "invoice", line = 1 },
      documents = { "invoice" },
      answer = "2208.30",
      competencies = { "hs.gir1", "hs.gir6" },
      references = { "GIR 1", "GIR 6", "HS heading 22.08" },
      explanation = {
        en = "Heading 22.08 covers undenatured ethyl alcohol under 80% vol and spirits, liqueurs and other spirituous beverages (GIR 1). Among its subheadings, whiskies have their own: 2208.30 (GIR 6).",
        fr = "La position 22.08 couvre l'alcool éthylique non dénaturé d'un titre inférieur à 80 % vol et les eaux-de-vie, liqueurs et autres boissons spiritueuses (RGI 1). Parmi ses sous-positions, les whiskies ont la leur : 2208.30 (RGI 6).",
      },
    },
    quiz{
      id = "pure_alcohol",
      title = { en = "Litres of pure alcohol", fr = "Litres d'alcool pur" },
      prompt = {
        en = "The excise is charged per litre of pure alcohol. How many litres of pure alcohol does the consignment contain?",
        fr = "L'accise est perçue par litre d'alcool pur. Combien de litres d'alcool pur l'envoi contient-il ?",
      },
      kind = "numeric",
      value = 168,
      abs_tolerance = 0.01,
      unit = "l",
      rule = "Specific excise per litre of pure alcohol",
      competencies = { "tariff.excise" },
      references = { "Specific excise: litres x alcoholic strength" },
      explanation = {
        en = "Volume x strength: 600 bottles x 0.7 l x 0.40 = 168 litres of pure alcohol. Charging excise on the 420 litres of liquid would overcharge the importer by 150%.",
        fr = "Volume x titre : 600 bouteilles x 0,7 l x 0,40 = 168 litres d'alcool pur. Appliquer l'accise aux 420 litres de liquide surtaxerait l'importateur de 150 %.",
      },
    },
    assess{
      id = "assessment",
      title = { en = "Assess duty, excise and VAT", fr = "Liquidez droits, accise et TVA" },
      prompt = {
        en = "Compute the customs duty, the excise, the import VAT and the total to collect, in EUR.",
        fr = "Calculez les droits de douane, l'accise, la TVA à l'importation et le total à percevoir, en EUR.",
      },
      documents = { "invoice", "tariff" },
      facts = {
        customs_value = "EUR 6,300",
        quantities = { items = 600, litres_per_item = "0.7", alcohol_strength = "40%" },
        duty = "2%",
        excise = { kind = "specific", specific = { amount = "EUR 30", per = 1, unit = "litre_pure_alcohol" } },
        vat_rate = "20%",
      },
      competencies = { "tariff.ad_valorem", "tariff.excise", "tariff.vat" },
      references = { "Ad valorem duty", "Specific excise per litre of pure alcohol", "Import VAT base: customs value + duty + excise" },
      hints = {
        { text = { en = "VAT is charged on the customs value plus duty plus excise, not on the customs value alone.", fr = "La TVA porte sur la valeur en douane augmentée des droits et de l'accise, et non sur la seule valeur en douane." }, cost = 1 },
      },
      explanation = {
        en = "Duty: 0.02 x 6,300 = EUR 126. Excise: 168 l of pure alcohol x EUR 30 = EUR 5,040. VAT base: 6,300 + 126 + 5,040 = EUR 11,466; VAT 20% = EUR 2,293.20. Total collected: 126 + 5,040 + 2,293.20 = EUR 7,459.20.",
        fr = "Droits : 0,02 x 6 300 = 126 EUR. Accise : 168 l d'alcool pur x 30 EUR = 5 040 EUR. Base TVA : 6 300 + 126 + 5 040 = 11 466 EUR ; TVA à 20 % = 2 293,20 EUR. Total perçu : 126 + 5 040 + 2 293,20 = 7 459,20 EUR.",
      },
    },
  },
}
