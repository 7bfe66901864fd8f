-- Generated: a consignment of spirits drawn from a seed (kind, number of cases, bottle size,
-- strength, unit value). The trainee classifies the spirit, computes the litres of pure alcohol
-- and assesses duty, excise and VAT; the assessment key comes from the tariff engine.
-- Source: domain-primer.md section 5 (ad valorem duty, specific excise per litre of pure
-- alcohol, VAT on customs value + duty + excise). Rates are the exercise's training tariff.

local spirits = {
  { key = "whisky", code = "2208.30", origin = "US", duty = "2%",
    seller = { name = "Old Forge Distilling Co.", address = "Bardstown, KY 40004", country = "US" },
    product = "Old Forge Kentucky Straight Bourbon Whiskey",
    en = "bourbon whiskey", fr = "whisky bourbon", fr_the = "le whisky bourbon" },
  { key = "rum", code = "2208.40", origin = "JM", duty = "3%",
    seller = { name = "Blue Mahoe Rum Refinery Ltd", address = "Spanish Town, St Catherine", country = "JM" },
    product = "Blue Mahoe Jamaica Dark Rum",
    en = "Jamaican rum", fr = "rhum de la Jamaïque", fr_the = "le rhum de la Jamaïque" },
  { key = "gin", code = "2208.50", origin = "GB", duty = "2%",
    seller = { name = "Thameside Botanical Spirits Ltd", address = "Bermondsey, London SE1", country = "GB" },
    product = "Thameside London Dry Gin",
    en = "London dry gin", fr = "gin London dry", fr_the = "le gin London dry" },
  { key = "vodka", code = "2208.60", origin = "UA", duty = "4%",
    seller = { name = "Dnipro Crystal Distillery LLC", address = "Dnipro", country = "UA" },
    product = "Dnipro Crystal Wheat Vodka",
    en = "vodka", fr = "vodka", fr_the = "la vodka" },
}

local sizes = {
  { litres = "0.5", n = 0.5, label = "50 cl" },
  { litres = "0.7", n = 0.7, label = "70 cl" },
  { litres = "1", n = 1.0, label = "1 l" },
}

local strengths = {
  { text = "37.5%", n = 0.375, label = "37.5% vol", fr = "37,5 % vol" },
  { text = "40%", n = 0.40, label = "40% vol", fr = "40 % vol" },
  { text = "43%", n = 0.43, label = "43% vol", fr = "43 % vol" },
}

-- French running text: "7 411,92 EUR", "229,62", "3 %".
local function money_fr(m)
  local currency, number = m:match("^(%a+) (.+)$")
  if not currency then return m end
  number = number:gsub(",", " "):gsub("%.", ",")
  return number .. " " .. currency
end

local function number_fr(text)
  return (text:gsub("%.", ","):gsub("(%d)%%", "%1 %%"))
end

return scenario{
  id = "revenue/spirits_generated",
  version = 1,
  topic = "revenue",
  level = "intermediate",
  minutes = 15,
  languages = { "en", "fr" },
  title = {
    en = "Spirits at the counter",
    fr = "Spiritueux au guichet",
  },
  competencies = { "tariff.ad_valorem", "tariff.excise", "tariff.vat", "hs.gir6" },
  references = { "HS heading 22.08", "Specific excise per litre of pure alcohol", "Import VAT base: customs value + duty + excise" },

  setup = function(ctx)
    local rng = ctx.rng
    local s = rng.pick(spirits)
    local size = rng.pick(sizes)
    local strength = rng.pick(strengths)
    local cases = rng.int(30, 150)
    local bottles = cases * 6
    local cents = rng.int(450, 1800)
    local unit = string.format("%d.%02d", cents // 100, cents % 100)
    local customs_value = ctx.engines.times("EUR " .. unit, bottles)
    local pure_alcohol = bottles * size.n * strength.n

    local facts = {
      customs_value = customs_value,
      quantities = { items = bottles, litres_per_item = size.litres, alcohol_strength = strength.text },
      duty = s.duty,
      excise = { kind = "specific", specific = { amount = "EUR 30", per = 1, unit = "litre_pure_alcohol" } },
      vat_rate = "20%",
    }
    local key = ctx.engines.assess(facts)

    return {
      summary = {
        en = "A consignment of " .. s.en .. " at the counter: classify it, count the pure alcohol, assess duty, excise and VAT.",
        fr = "Un envoi de " .. s.fr .. " au guichet : classez-le, comptez l'alcool pur, liquidez droits, accise et TVA.",
      },
      documents = {
        invoice{
          id = "invoice",
          number = string.upper(s.key) .. "-" .. (20000 + ctx.seed % 9000),
          date = "2024-11-18",
          seller = s.seller,
          buyer = { name = "Cave des Trois Ponts SA", address = "12 rue des Tanneurs, 1000 Bruxelles", country = "BE" },
          incoterm = "CIF",
          incoterm_place = "Antwerp",
          currency = "EUR",
          lines = {
            { description = s.product .. ", " .. size.label .. ", " .. strength.label .. ", cases of 6", quantity = bottles, unit = "bottles", unit_price = unit, origin = s.origin },
          },
          payment_terms = "30 days",
        },
        memo{
          id = "tariff",
          title = { en = "Training tariff", fr = "Tarif d'exercice" },
          from = "Revenue section",
          to = "Trainee officer",
          subject = { en = "Rates for this consignment", fr = "Taux applicables à cet envoi" },
          body = {
            en = "Customs value accepted: " .. customs_value .. " (transaction value, CIF Antwerp).\nTraining tariff (real rates differ from country to country):\n- customs duty on this spirit: " .. s.duty .. " ad valorem;\n- excise on spirits: EUR 30 per litre of pure alcohol;\n- import VAT: 20% on the customs value plus duty and excise.\nRound each amount to the cent.",
            fr = "Valeur en douane admise : " .. money_fr(customs_value) .. " (valeur transactionnelle, CIF Anvers).\nTarif d'exercice (les taux réels varient d'un pays à l'autre) :\n- droits de douane sur ce spiritueux : " .. number_fr(s.duty) .. " ad valorem ;\n- accise sur les spiritueux : 30 EUR par litre d'alcool pur ;\n- TVA à l'importation : 20 % sur la valeur en douane augmentée des droits et de l'accise.\nArrondissez chaque montant au centime.",
          },
        },
      },
      steps = {
        brief{
          id = "intro",
          title = { en = "At the counter", fr = "Au guichet" },
          prompt = {
            en = "Cave des Trois Ponts declares " .. cases .. " cases of six bottles of " .. s.en .. " (" .. size.label .. ", " .. strength.label .. "). Classify, then assess.",
            fr = "Cave des Trois Ponts déclare " .. cases .. " caisses de six bouteilles de " .. s.fr .. " (" .. size.label .. ", " .. strength.fr .. "). Classez, puis liquidez.",
          },
          documents = { "invoice", "tariff" },
        },
        classify{
          id = "hs",
          title = { en = "Classify the spirit", fr = "Classez le spiritueux" },
          prompt = { en = "Give the HS 2022 subheading.", fr = "Indiquez la sous-position SH 2022." },
          goods = { document = "invoice", line = 1 },
          documents = { "invoice" },
          answer = s.code,
          competencies = { "hs.gir1", "hs.gir6" },
          references = { "GIR 1", "GIR 6", "HS heading 22.08" },
          explanation = {
            en = "Spirituous beverages fall in heading 22.08 (GIR 1). Heading 22.08 has a subheading for each main kind of spirit; for " .. s.en .. " it is " .. s.code .. " (GIR 6).",
            fr = "Les boissons spiritueuses relèvent de la position 22.08 (RGI 1). La position 22.08 comporte une sous-position pour chaque grande catégorie d'eau-de-vie ; pour " .. s.fr_the .. ", c'est la " .. s.code .. " (RGI 6).",
          },
        },
        quiz{
          id = "pure_alcohol",
          title = { en = "Litres of pure alcohol", fr = "Litres d'alcool pur" },
          prompt = { en = "How many litres of pure alcohol does the consignment contain?", fr = "Combien de litres d'alcool pur l'envoi contient-il ?" },
          kind = "numeric",
          value = pure_alcohol,
          abs_tolerance = 0.01,
          unit = "l",
          rule = "Specific excise per litre of pure alcohol",
          competencies = { "tariff.excise" },
          explanation = {
            en = bottles .. " bottles x " .. size.litres .. " l x " .. strength.text .. " = " .. string.format("%.2f", pure_alcohol) .. " l of pure alcohol.",
            fr = bottles .. " bouteilles x " .. number_fr(size.litres) .. " l x " .. number_fr(strength.text) .. " = " .. number_fr(string.format("%.2f", pure_alcohol)) .. " l d'alcool pur.",
          },
        },
        assess{
          id = "assessment",
          title = { en = "Assess duty, excise and VAT", fr = "Liquidez droits, accise et TVA" },
          prompt = { en = "Compute the duty, the excise, the VAT and the total, in EUR.", fr = "Calculez les droits, l'accise, la TVA et le total, en EUR." },
          documents = { "invoice", "tariff" },
          facts = facts,
          competencies = { "tariff.ad_valorem", "tariff.excise", "tariff.vat" },
          references = { "Ad valorem duty", "Specific excise per litre of pure alcohol", "Import VAT base: customs value + duty + excise" },
          explanation = {
            en = "Duty " .. s.duty .. " of " .. customs_value .. " = " .. key.duty .. ". Excise: " .. string.format("%.2f", pure_alcohol) .. " l of pure alcohol x EUR 30 = " .. key.excise .. ". VAT base: customs value + duty + excise = " .. key.vat_base .. "; VAT 20% = " .. key.vat .. ". Total: " .. key.total .. ".",
            fr = "Droits de " .. number_fr(s.duty) .. " sur " .. money_fr(customs_value) .. " = " .. money_fr(key.duty) .. ". Accise : " .. number_fr(string.format("%.2f", pure_alcohol)) .. " l d'alcool pur x 30 EUR = " .. money_fr(key.excise) .. ". Base TVA : valeur en douane + droits + accise = " .. money_fr(key.vat_base) .. " ; TVA à 20 % = " .. money_fr(key.vat) .. ". Total : " .. money_fr(key.total) .. ".",
          },
        },
      },
    }
  end,
}
