-- Generated: a shift of three declarations drawn from seven risk patterns (an AEO with a clean
-- record, a new importer far below the reference price, the same with a forwarder as consignee,
-- a vague description on an odd route, an intelligence hit, a random selection, split
-- consignments to a private person). Prices, histories and goods vary with the seed; the channel
-- and the indicators that justify it come from the risk engine's standard profile.
-- Source: domain-primer.md section 7 (selectivity, channels, random selection to measure the
-- profiles) and section 6 (indicators).

local goods = {
  { en = "LED television sets, 43-inch", hs = "8528.72", origin = "CN", unit = "pcs", ref = 18000, qty = { 200, 600 } },
  { en = "Men's cotton denim jeans", hs = "6203.42", origin = "BD", unit = "pcs", ref = 950, qty = { 3000, 9000 } },
  { en = "Stainless steel cookware sets, 8 pieces", hs = "7323.93", origin = "CN", unit = "sets", ref = 2400, qty = { 500, 1500 } },
  { en = "Sports shoes, textile uppers, rubber soles", hs = "6404.11", origin = "VN", unit = "pairs", ref = 780, qty = { 2000, 8000 } },
}

-- "USD 7.72" -> "7,72 USD" for French running text.
local function money_fr(m)
  local currency, number = m:match("^(%a+) (.+)$")
  if not currency then return m end
  number = number:gsub(",", " "):gsub("%.", ",")
  return number .. " " .. currency
end

local function usd(cents)
  return string.format("USD %d.%02d", cents // 100, cents % 100)
end

-- Each pattern returns what the declaration shows and the facts the engine scores.
local patterns = {
  aeo = function(rng, g)
    local priors = rng.int(300, 900)
    return {
      importer = "Horizon Retail Group SA", consignee = "Horizon Retail Group SA",
      price = g.ref * rng.int(92, 112) // 100, route = "Direct sailing",
      note_en = "Importer: AEO (customs simplifications and security and safety) since 2019; " .. priors .. " declarations in the last 3 years, no irregularity.",
      note_fr = "Importateur : OEA (simplifications douanières et sécurité-sûreté) depuis 2019 ; " .. priors .. " déclarations sur les 3 dernières années, aucune irrégularité.",
      facts = { importer_prior_declarations = priors, aeo = true, flags = { "good_trader_history" } },
    }
  end,
  new_cheap = function(rng, g)
    local weeks = rng.int(2, 6)
    return {
      importer = "Nordstar Trading SPRL", consignee = "Nordstar Trading SPRL",
      price = g.ref * rng.int(25, 55) // 100, route = "Direct sailing",
      note_en = "Importer registered " .. weeks .. " weeks ago; no earlier declaration.",
      note_fr = "Importateur immatriculé il y a " .. weeks .. " semaines ; aucune déclaration antérieure.",
      facts = { importer_prior_declarations = 0 },
    }
  end,
  new_cheap_forwarder = function(rng, g)
    return {
      importer = "Belmonte Import SRL", consignee = "Quayside Freight Services NV (forwarder)",
      price = g.ref * rng.int(25, 55) // 100, route = "Direct sailing",
      note_en = "Importer registered last month; no earlier declaration. Bill of lading consigned to a freight forwarder, not to the buyer.",
      note_fr = "Importateur immatriculé le mois dernier ; aucune déclaration antérieure. Connaissement établi à l'ordre d'un transitaire et non de l'acheteur.",
      facts = { importer_prior_declarations = 0, flags = { "unusual_consignee" } },
    }
  end,
  vague_route = function(rng, g)
    local priors = rng.int(8, 60)
    return {
      importer = "Ardenne Auto Distribution SA", consignee = "Ardenne Auto Distribution SA",
      price = g.ref * rng.int(90, 110) // 100, route = "Loaded in Qingdao, discharged and reloaded in Port Klang and in Jebel Ali, then Antwerp",
      vague = true, hs = "8708.99", no_reference = true,
      note_en = "Importer: " .. priors .. " earlier declarations, no irregularity. The goods are declared only as \"spare parts and accessories\"; the container was discharged and reloaded twice on the way.",
      note_fr = "Importateur : " .. priors .. " déclarations antérieures, aucune irrégularité. La marchandise est déclarée seulement comme « spare parts and accessories » ; le conteneur a été déchargé et rechargé deux fois en route.",
      facts = { importer_prior_declarations = priors, description = "Spare parts and accessories", flags = { "unusual_routing" } },
    }
  end,
  intelligence = function(rng, g)
    local priors = rng.int(20, 150)
    return {
      importer = "Meuse Valley Wholesale SA", consignee = "Meuse Valley Wholesale SA",
      price = g.ref * rng.int(90, 110) // 100, route = "Direct sailing",
      note_en = "Importer: " .. priors .. " earlier declarations, no irregularity. The container number matches an alert from the national intelligence unit received this morning.",
      note_fr = "Importateur : " .. priors .. " déclarations antérieures, aucune irrégularité. Le numéro du conteneur correspond à une alerte reçue ce matin de la cellule nationale de renseignement.",
      facts = { importer_prior_declarations = priors, flags = { "intelligence_hit" } },
    }
  end,
  random = function(rng, g)
    local priors = rng.int(150, 400)
    return {
      importer = "Escaut Home Stores SA", consignee = "Escaut Home Stores SA",
      price = g.ref * rng.int(95, 110) // 100, route = "Direct sailing",
      note_en = "Importer: " .. priors .. " declarations in the last 3 years, no irregularity. The system has drawn this declaration in its random sample for the period.",
      note_fr = "Importateur : " .. priors .. " déclarations sur les 3 dernières années, aucune irrégularité. Le système a tiré cette déclaration dans son échantillon aléatoire de la période.",
      facts = { importer_prior_declarations = priors, flags = { "good_trader_history", "random_selection" } },
    }
  end,
  split = function(rng, g)
    local n = rng.int(5, 9)
    local priors = rng.int(2, 6)
    return {
      qty = rng.int(4, 9) * 10,
      importer = "Mr Kevin Lambrecht (private person)", consignee = "Mr Kevin Lambrecht",
      price = g.ref * rng.int(85, 105) // 100, route = "Direct sailing",
      note_en = "Importer: a private person with " .. priors .. " earlier declarations. " .. n .. " consignments of the same goods from the same shipper have been declared to this address in the last ten days, each just under the threshold for a full declaration.",
      note_fr = "Importateur : un particulier comptant " .. priors .. " déclarations antérieures. " .. n .. " envois des mêmes marchandises du même expéditeur ont été déclarés à cette adresse ces dix derniers jours, chacun juste en dessous du seuil de la déclaration complète.",
      facts = { importer_prior_declarations = priors, flags = { "split_shipment", "unusual_consignee" } },
    }
  end,
}

local channel_fr = { green = "vert", blue = "bleu", yellow = "jaune", red = "rouge" }

local pattern_names = { "aeo", "new_cheap", "new_cheap_forwarder", "vague_route", "intelligence", "random", "split" }

return scenario{
  id = "security/selectivity_generated",
  version = 1,
  topic = "security",
  level = "intermediate",
  minutes = 15,
  languages = { "en", "fr" },
  title = {
    en = "A selectivity shift",
    fr = "Une vacation de sélectivité",
  },
  competencies = { "risk.selectivity", "risk.indicators" },
  references = { "WCO SAFE Framework of Standards", "Selectivity: green, yellow, red" },

  setup = function(ctx)
    local rng = ctx.rng
    local drawn = rng.sample(pattern_names, 3)
    local documents = {
      memo{
        id = "profile",
        title = { en = "Selectivity profile in force", fr = "Profil de sélectivité en vigueur" },
        from = "Risk analysis unit",
        to = "Selectivity desk",
        subject = { en = "Scores and channels", fr = "Scores et circuits" },
        body = {
          en = "Each indicator adds points: price below 70% of the reference +30; new importer +15; vague description +15; origin with no matching industry +30; unusual routing +25; weight inconsistent +25; documents contradict +25; new source after an anti-dumping order +25; split shipments +20; forwarder or private person as consignee of commercial quantities +15; cash payment +10; poor trader history +30; intelligence hit +80; AEO -20; long compliant history -10.\nScore 50 or more: red (physical examination). 20 to 49: yellow (documentary check). Below 20: green (release). A declaration drawn in the random sample goes to red whatever its score.",
          fr = "Chaque critère ajoute des points : prix inférieur à 70 % de la référence +30 ; nouvel importateur +15 ; désignation vague +15 ; origine sans industrie correspondante +30 ; itinéraire inhabituel +25 ; poids incohérent +25 ; documents contradictoires +25 ; nouvelle source après une mesure antidumping +25 ; envois fractionnés +20 ; transitaire ou particulier destinataire de quantités commerciales +15 ; paiement en espèces +10 ; antécédents défavorables +30 ; signalement du renseignement +80 ; OEA -20 ; historique conforme de longue date -10.\nScore de 50 ou plus : rouge (visite physique). De 20 à 49 : jaune (contrôle documentaire). Moins de 20 : vert (mainlevée). Une déclaration tirée dans l'échantillon aléatoire passe en rouge quel que soit son score.",
        },
      },
    }
    local steps = {
      brief{
        id = "intro",
        title = { en = "Your shift", fr = "Votre vacation" },
        prompt = {
          en = "You are on the selectivity desk at Antwerp. Three declarations are waiting. For each, choose the channel and name the indicators that justify it, using the profile in force and the reference prices on each declaration.",
          fr = "Vous tenez le poste de sélectivité à Anvers. Trois déclarations attendent. Pour chacune, choisissez le circuit et indiquez les critères qui le justifient, d'après le profil en vigueur et les prix de référence portés sur chaque déclaration.",
        },
        documents = { "profile" },
      },
    }
    for i, name in ipairs(drawn) do
      local g = rng.pick(goods)
      local p = patterns[name](rng, g)
      local qty = p.qty or rng.int(g.qty[1] // 10, g.qty[2] // 10) * 10
      local declared = usd(p.price)
      local reference = usd(g.ref)
      local description = p.vague and "Spare parts and accessories" or g.en
      local facts = p.facts
      local price_en, price_fr = "", ""
      if p.no_reference then
        price_en = "Declared unit price " .. declared .. "; no reference price exists for so vague a description. "
        price_fr = "Prix unitaire déclaré " .. money_fr(declared) .. " ; aucune référence n'existe pour une désignation aussi vague. "
      else
        facts.declared_unit_price = declared
        facts.reference_unit_price = reference
        price_en = "Declared unit price " .. declared .. "; reference price " .. reference .. ". "
        price_fr = "Prix unitaire déclaré " .. money_fr(declared) .. " ; prix de référence " .. money_fr(reference) .. ". "
      end
      if not facts.description then facts.description = g.en end
      local id = "decl" .. i
      documents[#documents + 1] = declaration{
        id = id,
        title = { en = "Declaration " .. i, fr = "Déclaration " .. i },
        reference = "24BE0004" .. (17000 + ctx.seed % 900 + i),
        date = "2024-11-05",
        office = "Antwerp",
        declarant = { name = "Scheldt Customs Brokers NV", country = "BE" },
        importer = { name = p.importer, country = "BE" },
        procedure = "4000",
        incoterm = "CFR",
        incoterm_place = "Antwerp",
        currency = "USD",
        transport = "Sea. Route: " .. p.route .. ". Consignee on the bill of lading: " .. p.consignee,
        items = {
          { description = description, hs_code = p.hs or g.hs, origin = g.origin, procedure = "4000", quantity = qty, unit = g.unit,
            value = ctx.engines.times(declared, qty) },
        },
        notes = price_en .. p.note_en,
      }
      local result = ctx.engines.risk(facts)
      steps[#steps + 1] = risk{
        id = "channel" .. i,
        title = { en = "Declaration " .. i, fr = "Déclaration " .. i },
        prompt = {
          en = "Declaration " .. i .. ": " .. price_en .. p.note_en .. " Choose the channel and the indicators.",
          fr = "Déclaration " .. i .. " : " .. price_fr .. p.note_fr .. " Choisissez le circuit et les critères.",
        },
        documents = { id, "profile" },
        facts = facts,
        competencies = { "risk.selectivity", "risk.indicators" },
        references = { "Selectivity profile in force", "WCO SAFE Framework: risk management" },
        explanation = {
          en = "Score " .. result.score .. ": channel " .. result.channel .. ". Indicators: " .. table.concat(result.indicators, ", ") .. ". " .. price_en .. (name == "random" and "The random selection lifts the channel to red whatever the score." or ""),
          fr = "Score " .. result.score .. " : circuit " .. channel_fr[result.channel] .. ". Critères : " .. table.concat(result.indicators, ", ") .. ". " .. price_fr .. (name == "random" and "Le tirage aléatoire fait passer la déclaration en rouge quel que soit son score." or ""),
        },
      }
    end
    steps[#steps + 1] = quiz{
      id = "random_sample",
      title = { en = "Why draw at random?", fr = "Pourquoi tirer au hasard ?" },
      prompt = {
        en = "Why does the administration send a random share of declarations that would go green to a control?",
        fr = "Pourquoi l'administration soumet-elle à un contrôle une part aléatoire des déclarations qui passeraient en vert ?",
      },
      kind = "single",
      shuffle = true,
      choices = {
        { id = "measure", text = { en = "To measure what the risk profiles miss, and feed the results back into the rules", fr = "Pour mesurer ce que les profils de risque laissent passer, et en réinjecter les résultats dans les règles" }, correct = true },
        { id = "punish", text = { en = "To penalise traders who declare too often", fr = "Pour pénaliser les opérateurs qui déclarent trop souvent" } },
        { id = "quota", text = { en = "To reach a fixed quota of red declarations each day", fr = "Pour atteindre chaque jour un quota fixe de déclarations en rouge" } },
        { id = "aeo", text = { en = "To check AEOs only", fr = "Pour contrôler uniquement les OEA" } },
      },
      rule = "Risk management: random selection",
      competencies = { "risk.selectivity" },
      references = { "WCO SAFE Framework: risk management" },
      explanation = {
        en = "A profile only finds what it was built to find. Checking a random sample of green declarations measures the risk the profiles miss; every result, positive or not, is fed back into the rules.",
        fr = "Un profil ne trouve que ce qu'il a été conçu pour trouver. Contrôler un échantillon aléatoire de déclarations vertes mesure le risque que les profils laissent passer ; chaque résultat, positif ou non, est réinjecté dans les règles.",
      },
    }
    return {
      summary = {
        en = "Three declarations on the selectivity desk: route each to green, yellow or red and name the indicators.",
        fr = "Trois déclarations au poste de sélectivité : orientez chacune en vert, jaune ou rouge et nommez les critères.",
      },
      documents = documents,
      steps = steps,
    }
  end,
}
