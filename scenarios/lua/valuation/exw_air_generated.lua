-- Generated: an ex-works (EXW) price from the United States, flown to Milan. Every seed draws the
-- price, the export packing, the pre-carriage, the air freight, the insurance, the delivery after
-- arrival, sometimes a buying commission, and the official exchange rate; the key is computed by
-- the valuation engine. Source: domain-primer.md section 3 (EXW row of the table and the
-- worked EXW example: 20,000 + 600 + 350 + 2,800 + 90 = USD 23,840 x 0.92 = EUR 21,932.80) and
-- section 2 (Art. 9: the published rate, not the bank's).

-- "12345" -> "12,345"
local function grouped(n)
  local s = tostring(n)
  local out = s:reverse():gsub("(%d%d%d)", "%1,"):reverse()
  if out:sub(1, 1) == "," then out = out:sub(2) end
  return out
end

-- French running text: "12 345", "0,9150", "40 397,25 EUR".
local function grouped_fr(n)
  return (grouped(n):gsub(",", " "))
end

local function decimal_fr(text)
  return (text:gsub("%.", ","))
end

local function money_fr(m)
  local currency, number = m:match("^(%a+) (.+)$")
  if not currency then return m end
  number = number:gsub(",", " "):gsub("%.", ",")
  return number .. " " .. currency
end

return scenario{
  id = "valuation/exw_air_generated",
  version = 1,
  topic = "valuation",
  level = "intermediate",
  minutes = 15,
  languages = { "en", "fr" },
  title = {
    en = "From ex works to the border",
    fr = "De l'usine à la frontière",
  },
  competencies = { "cva.incoterms", "cva.art8.transport", "cva.art9" },
  references = { "CVA Art. 1", "CVA Art. 8.1(a)(iii)", "CVA Art. 8.2", "CVA Art. 9", "Incoterms 2020: EXW" },

  setup = function(ctx)
    local rng = ctx.rng
    local units = rng.int(12, 30)
    local unit_price = rng.int(90, 160) * 10
    local price = units * unit_price
    local packing = rng.int(30, 90) * 10
    local truck = rng.int(20, 60) * 10
    local air = rng.int(180, 420) * 10
    local insurance = rng.int(5, 15) * 10
    local delivery = rng.int(15, 45) * 10
    local official = rng.pick({ "0.9150", "0.9200", "0.9236", "0.9275", "0.9310" })
    local bank = rng.pick({ "0.9402", "0.9388", "0.9451" })
    local agent = rng.chance(0.5) and rng.int(20, 60) * 10 or nil

    local costs = {
      { id = "packing", kind = "packing", label = "export packing (seasoned wooden crates), seller's invoice", amount = packing },
      { id = "pre_carriage", kind = "inland_carriage", label = "truck Columbus - Chicago O'Hare", amount = truck },
      { id = "air_freight", kind = "main_freight", label = "air freight Chicago O'Hare - Milan Malpensa", amount = air },
      { id = "insurance", kind = "insurance", label = "cargo insurance to Malpensa", amount = insurance },
      { id = "delivery", kind = "post_import_transport", label = "delivery Malpensa - Pavia", amount = delivery },
    }
    local agent_line_en, agent_line_fr = "", ""
    if agent then
      costs[#costs + 1] = { id = "buying_agent", kind = "buying_commission", label = "fee to Keystone Procurement (BioAnalytica's buying agent)", amount = agent }
      agent_line_en = "\n- Keystone Procurement LLC, our buying agent in the US, who selected the supplier for us: fee USD " .. grouped(agent) .. "."
      agent_line_fr = "\n- Keystone Procurement LLC, notre agent d'achat aux États-Unis, qui a sélectionné le fournisseur pour notre compte : honoraires de " .. grouped_fr(agent) .. " USD."
    end

    local facts = {
      price = "USD " .. price,
      incoterm = "EXW",
      incoterm_place = "Columbus, Ohio",
      national = "EUR",
      basis = "cif",
      rates = { USD = official },
      costs = costs,
    }
    local cv = ctx.engines.customs_value(facts)

    return {
      summary = {
        en = "An EXW invoice in US dollars: add what lies between the factory and Milan Malpensa, leave out what lies beyond, convert at the official rate.",
        fr = "Une facture EXW en dollars : ajoutez ce qui sépare l'usine de Milan Malpensa, laissez de côté ce qui vient après, convertissez au taux officiel.",
      },
      documents = {
        invoice{
          id = "invoice",
          number = "KLT-" .. (4000 + ctx.rng.int(100, 899)),
          date = "2024-06-11",
          seller = { name = "Kepler Labtech Inc.", address = "2200 Harmon Avenue, Columbus, OH 43223", country = "US" },
          buyer = { name = "BioAnalytica S.r.l.", address = "Via Ferrata 9, 27100 Pavia", country = "IT" },
          incoterm = "EXW",
          incoterm_place = "Columbus, Ohio",
          currency = "USD",
          lines = {
            { description = "Refrigerated bench-top centrifuge KLT-R24, 24 x 2 ml rotor", hs_code = "8421.19", quantity = units, unit = "pcs", unit_price = unit_price, origin = "US" },
          },
          charges = { { label = "Export packing, wooden crates (ISPM 15)", amount = packing } },
          payment_terms = "Net 30 days",
        },
        air_waybill{
          id = "awb",
          number = "176-8842 3107",
          date = "2024-06-13",
          carrier = "TransAtlantic Cargo",
          vessel = "TC 8841 / 13 JUN",
          port_of_loading = "Chicago O'Hare (ORD)",
          port_of_discharge = "Milan Malpensa (MXP)",
          place_of_delivery = "Pavia",
          consignor = { name = "Kepler Labtech Inc.", country = "US" },
          consignee = { name = "BioAnalytica S.r.l.", country = "IT" },
          description = "LABORATORY CENTRIFUGES",
          packages = units,
          package_type = "crates",
          gross_kg = tostring(units * 38),
          freight_terms = "Freight collect",
        },
        memo{
          id = "costs",
          from = "BioAnalytica S.r.l., purchasing",
          to = "Customs office, Milano Malpensa",
          date = "2024-06-15",
          subject = { en = "Costs of the centrifuge shipment", fr = "Frais de l'envoi de centrifugeuses" },
          body = {
            en = "Besides Kepler's invoice (goods EXW Columbus plus export packing), we paid:\n- Midwest Air Cargo Services: truck Columbus - Chicago O'Hare USD " .. grouped(truck) .. "; air freight O'Hare - Malpensa USD " .. grouped(air) .. "; cargo insurance to Malpensa USD " .. grouped(insurance) .. ".\n- Midwest's Milan agent: delivery Malpensa - Pavia USD " .. grouped(delivery) .. ", invoiced separately." .. agent_line_en .. "\nOur bank converted the payments at 1 USD = " .. bank .. " EUR. The exchange rate published for customs purposes on the date of acceptance of the declaration is 1 USD = " .. official .. " EUR.",
            fr = "Outre la facture de Kepler (marchandises EXW Columbus et emballage d'exportation), nous avons payé :\n- Midwest Air Cargo Services : camion Columbus - Chicago O'Hare " .. grouped_fr(truck) .. " USD ; fret aérien O'Hare - Malpensa " .. grouped_fr(air) .. " USD ; assurance jusqu'à Malpensa " .. grouped_fr(insurance) .. " USD.\n- L'agent milanais de Midwest : livraison Malpensa - Pavie " .. grouped_fr(delivery) .. " USD, facturée séparément." .. agent_line_fr .. "\nNotre banque a converti les paiements à 1 USD = " .. decimal_fr(bank) .. " EUR. Le taux de change publié à des fins douanières à la date d'acceptation de la déclaration est de 1 USD = " .. decimal_fr(official) .. " EUR.",
          },
        },
      },
      steps = {
        brief{
          id = "intro",
          title = { en = "Ex works", fr = "À l'usine" },
          prompt = {
            en = "BioAnalytica, a laboratory in Pavia, bought " .. units .. " centrifuges ex works (EXW) Columbus, Ohio. Italy values on a CIF basis: the customs value runs to the place where the goods enter the EU, Milan Malpensa airport. Under EXW the seller's price stops at its factory door.",
            fr = "BioAnalytica, un laboratoire de Pavie, a acheté " .. units .. " centrifugeuses à l'usine (EXW) Columbus, Ohio. L'Italie évalue sur une base CAF : la valeur en douane s'étend jusqu'au lieu d'entrée dans l'UE, l'aéroport de Milan Malpensa. En EXW, le prix du vendeur s'arrête à la porte de son usine.",
          },
          documents = { "invoice", "awb", "costs" },
        },
        value{
          id = "value",
          title = { en = "Customs value in EUR", fr = "Valeur en douane en EUR" },
          prompt = {
            en = "Fill in the worksheet: price, each cost added or left out, the exchange rate and the customs value in EUR.",
            fr = "Remplissez la fiche : prix, chaque frais ajouté ou écarté, le taux de change et la valeur en douane en EUR.",
          },
          documents = { "invoice", "awb", "costs" },
          facts = facts,
          competencies = { "cva.incoterms", "cva.art8.transport", "cva.art9" },
          references = { "CVA Art. 8.1(a)(iii)", "CVA Art. 8.2(a)", "CVA Art. 8.2(c)", "CVA Art. 9", "Incoterms 2020: EXW" },
          hints = {
            { text = { en = "EXW: add export packing if not in the price, loading and inland carriage to departure, the main freight and the insurance.", fr = "EXW : ajoutez l'emballage d'exportation s'il n'est pas compris, le chargement et le transport intérieur jusqu'au départ, le fret principal et l'assurance." }, cost = 1 },
          },
          explanation = {
            en = "Transaction value on a CIF basis. Price EXW Columbus USD " .. grouped(price) .. ". Added: export packing USD " .. grouped(packing) .. " (Art. 8.1(a)(iii)), truck to O'Hare USD " .. grouped(truck) .. " and air freight USD " .. grouped(air) .. " to the place of importation (Art. 8.2(a)), insurance USD " .. grouped(insurance) .. " (Art. 8.2(c)). Left out: delivery Malpensa - Pavia, carriage after importation shown separately" .. (agent and "; the buying agent's fee, a buying commission (Art. 8.1(a)(i))" or "") .. ". The sum is converted once at the published rate " .. official .. " (Art. 9), not the bank's " .. bank .. ". Customs value: " .. cv .. ".",
            fr = "Valeur transactionnelle sur une base CAF. Prix EXW Columbus " .. grouped_fr(price) .. " USD. Ajoutés : emballage d'exportation " .. grouped_fr(packing) .. " USD (art. 8.1 a) iii)), camion jusqu'à O'Hare " .. grouped_fr(truck) .. " USD et fret aérien " .. grouped_fr(air) .. " USD jusqu'au lieu d'introduction (art. 8.2 a)), assurance " .. grouped_fr(insurance) .. " USD (art. 8.2 c)). Écartés : la livraison Malpensa - Pavie, transport postérieur à l'importation facturé séparément" .. (agent and " ; les honoraires de l'agent d'achat, commission d'achat (art. 8.1 a) i))" or "") .. ". Le total est converti une seule fois au taux publié " .. decimal_fr(official) .. " (art. 9), et non au taux bancaire " .. decimal_fr(bank) .. ". Valeur en douane : " .. money_fr(cv) .. ".",
          },
        },
        quiz{
          id = "incoterm",
          title = { en = "Another Incoterm", fr = "Un autre Incoterm" },
          prompt = {
            en = "Had Kepler sold CPT Milan Malpensa instead of EXW, what would you still have had to add for a CIF-basis value?",
            fr = "Si Kepler avait vendu CPT Milan Malpensa au lieu d'EXW, que resterait-il à ajouter pour une valeur sur base CAF ?",
          },
          kind = "single",
          shuffle = true,
          choices = {
            { id = "insurance", text = { en = "The insurance only (if any was paid)", fr = "L'assurance seulement (si une prime a été payée)" }, correct = true },
            { id = "freight_insurance", text = { en = "The air freight and the insurance", fr = "Le fret aérien et l'assurance" } },
            { id = "nothing", text = { en = "Nothing: CPT includes everything up to the border", fr = "Rien : le CPT couvre tout jusqu'à la frontière" } },
            { id = "delivery", text = { en = "The delivery from Malpensa to Pavia", fr = "La livraison de Malpensa à Pavie" } },
          },
          rule = "Incoterms 2020: CPT; CVA Art. 8.2(c)",
          references = { "Incoterms 2020", "CVA Art. 8.2(c)" },
          explanation = {
            en = "Under CFR or CPT the seller pays the carriage to the named place but not the insurance, so only the insurance premium actually paid is added. Carriage after importation never belongs in the value when shown separately.",
            fr = "En CFR ou CPT, le vendeur paie le transport jusqu'au lieu convenu mais pas l'assurance : seule la prime d'assurance effectivement payée est ajoutée. Le transport postérieur à l'importation n'entre jamais dans la valeur lorsqu'il est distinct.",
          },
        },
      },
    }
  end,
}
