-- The primer's CIF worked example as a consignment: an FOB price, a buying commission (out), a
-- selling commission (in), moulds supplied free by the buyer (an assist, apportioned), ocean
-- freight and insurance (in, CIF basis) and trucking after arrival (out). Customs value
-- EUR 47,000. Source: domain-primer.md section 2, "Worked example".

return scenario{
  id = "valuation/cif_commissions_moulds",
  version = 1,
  topic = "valuation",
  level = "intermediate",
  minutes = 20,
  languages = { "en", "fr" },
  title = {
    en = "Commissions, moulds and freight",
    fr = "Commissions, moules et fret",
  },
  summary = {
    en = "Build a CIF customs value from an FOB invoice: which commissions count, how a mould assist is shared, and where transport stops.",
    fr = "Établissez une valeur en douane CAF à partir d'une facture FOB : quelles commissions comptent, comment répartir l'apport de moules, où s'arrête le transport.",
  },
  competencies = { "cva.art1", "cva.art8.commissions", "cva.art8.assists", "cva.art8.transport" },
  references = { "CVA Art. 1", "CVA Art. 8.1(a)(i)", "CVA Art. 8.1(b)(ii)", "CVA Art. 8.2", "Interpretative Note to Art. 8" },

  documents = {
    invoice{
      id = "invoice",
      number = "EB-24-1129",
      date = "2024-04-02",
      seller = { name = "Ningbo Everbright Plastics Co., Ltd.", address = "Beilun Industrial Zone, Ningbo, Zhejiang", country = "CN" },
      buyer = { name = "Cuisinor SAS", address = "221 avenue Jean-Jaurès, 69007 Lyon", country = "FR" },
      incoterm = "FOB",
      incoterm_place = "Ningbo",
      currency = "EUR",
      lines = {
        { description = "Food storage boxes, polypropylene, set of 5 with lids, model CUI-5", hs_code = "3924.10", quantity = 10000, unit = "sets", unit_price = "4.00", origin = "CN" },
      },
      payment_terms = "T/T 60 days from B/L date",
      notes = "Produced with moulds CUI-5/A to D supplied free of charge by the buyer.",
    },
    bill_of_lading{
      id = "bl",
      number = "OSLU-NGB-552871",
      date = "2024-04-06",
      carrier = "Orient Star Lines",
      vessel = "ORIENT PEARL 0417W",
      port_of_loading = "Ningbo",
      port_of_discharge = "Le Havre",
      place_of_delivery = "Le Havre",
      consignor = { name = "Ningbo Everbright Plastics Co., Ltd.", country = "CN" },
      consignee = { name = "Cuisinor SAS", country = "FR" },
      notify = { name = "Transports Rhodaniens SARL, Lyon", country = "FR" },
      containers = { "OSLU4471902" },
      seals = { "CN2290417" },
      marks = "CUISINOR / LYON / 1-625",
      description = "625 CARTONS FOOD STORAGE BOXES",
      packages = 625,
      package_type = "cartons",
      gross_kg = "6,875",
      freight_terms = "Freight collect",
    },
    memo{
      id = "costs",
      from = "Cuisinor SAS, accounts department",
      to = "Customs office, Le Havre",
      date = "2024-04-29",
      subject = { en = "Costs paid by Cuisinor for consignment EB-24-1129", fr = "Frais payés par Cuisinor pour l'envoi EB-24-1129" },
      body = {
        en = "1. Li & Partners Sourcing (Ningbo), our purchasing agent, who finds suppliers and inspects production for us: commission EUR 800.\n2. Euro-Asia Sales Agency, Everbright's sales agent in Europe: commission EUR 1,200, paid by us under the sales contract and not included in the invoice price.\n3. Four injection moulds CUI-5/A to D, made for us by Formenbau Kessler GmbH (Germany) for EUR 10,000 and sent free of charge to Everbright. They will make 40,000 sets in all; this consignment is 10,000 sets.\n4. Ocean freight Ningbo - Le Havre, Orient Star Lines, freight collect: EUR 3,100.\n5. Marine insurance, Ningbo - Le Havre: EUR 200.\n6. Transports Rhodaniens, trucking Le Havre - Lyon warehouse, separate invoice: EUR 450.",
        fr = "1. Li & Partners Sourcing (Ningbo), notre agent d'achat, qui recherche les fournisseurs et contrôle la production pour notre compte : commission de 800 EUR.\n2. Euro-Asia Sales Agency, agent commercial d'Everbright en Europe : commission de 1 200 EUR, payée par nous en vertu du contrat de vente et non comprise dans le prix facturé.\n3. Quatre moules d'injection CUI-5/A à D, fabriqués pour nous par Formenbau Kessler GmbH (Allemagne) pour 10 000 EUR et envoyés gratuitement à Everbright. Ils produiront 40 000 assortiments au total ; cet envoi en compte 10 000.\n4. Fret maritime Ningbo - Le Havre, Orient Star Lines, port dû : 3 100 EUR.\n5. Assurance maritime Ningbo - Le Havre : 200 EUR.\n6. Transports Rhodaniens, camionnage Le Havre - entrepôt de Lyon, facture séparée : 450 EUR.",
      },
    },
  },

  steps = {
    brief{
      id = "intro",
      title = { en = "The file", fr = "Le dossier" },
      prompt = {
        en = "Cuisinor imports 10,000 sets of plastic food boxes into France, which values goods on a CIF basis: the customs value includes transport and insurance up to the place of importation (Le Havre). The invoice is FOB Ningbo. The importer's accounts department has listed every other cost it paid.",
        fr = "Cuisinor importe en France 10 000 assortiments de boîtes alimentaires en plastique. La France évalue sur une base CAF : la valeur en douane comprend le transport et l'assurance jusqu'au lieu d'introduction (Le Havre). La facture est FOB Ningbo. Le service comptable de l'importateur a dressé la liste de tous les autres frais payés.",
      },
      documents = { "invoice", "bl", "costs" },
    },
    value{
      id = "value",
      title = { en = "The customs value", fr = "La valeur en douane" },
      prompt = {
        en = "Fill in the valuation worksheet: method, price, each adjustment, total in EUR.",
        fr = "Remplissez la fiche d'évaluation : méthode, prix, chaque ajustement, total en EUR.",
      },
      documents = { "invoice", "bl", "costs" },
      facts = {
        price = "EUR 40,000",
        incoterm = "FOB",
        incoterm_place = "Ningbo",
        national = "EUR",
        basis = "cif",
        costs = {
          { id = "buying_commission", kind = "buying_commission", label = "commission to Li & Partners Sourcing (buyer's agent)", amount = 800 },
          { id = "selling_commission", kind = "selling_commission", label = "commission to Euro-Asia Sales Agency (seller's agent)", amount = 1200 },
          { id = "moulds", kind = "assist_tools", label = "moulds CUI-5/A-D supplied free by the buyer", amount = 10000, lot_quantity = 10000, total_quantity = 40000 },
          { id = "freight", kind = "main_freight", label = "ocean freight Ningbo - Le Havre", amount = 3100 },
          { id = "insurance", kind = "insurance", label = "marine insurance Ningbo - Le Havre", amount = 200 },
          { id = "trucking", kind = "post_import_transport", label = "trucking Le Havre - Lyon", amount = 450 },
        },
      },
      competencies = { "cva.art1", "cva.art8.commissions", "cva.art8.assists", "cva.art8.transport" },
      references = { "CVA Art. 1", "CVA Art. 8.1(a)(i)", "CVA Art. 8.1(b)(ii)", "CVA Art. 8.2(a)", "CVA Art. 8.2(c)", "Interpretative Note to Art. 1" },
      hints = {
        { text = { en = "Ask of each commission: whom does the agent act for? Only the buyer's own agent is left out.", fr = "Pour chaque commission, demandez-vous pour qui l'agent intervient : seule la commission de l'agent de l'acheteur est exclue." }, cost = 1 },
        { text = { en = "The moulds served 40,000 sets; this lot is 10,000 of them.", fr = "Les moules servent à 40 000 assortiments ; ce lot en représente 10 000." }, cost = 1 },
      },
      explanation = {
        en = "Transaction value (Art. 1): nothing restricts the sale. Price FOB Ningbo EUR 40,000. The buying commission (EUR 800) pays the buyer's own agent and is never added (Art. 8.1(a)(i)). The selling commission (EUR 1,200) is borne by the buyer and not in the price: added (Art. 8.1(a)(i)). The moulds are an assist (Art. 8.1(b)(ii)) apportioned over the goods they serve: 10,000 x 10,000 / 40,000 = EUR 2,500, added. On a CIF basis the ocean freight (EUR 3,100) and the insurance (EUR 200) to Le Havre are added (Art. 8.2(a) and (c)). Trucking Le Havre - Lyon happens after importation and is invoiced separately: not part of the value. Customs value: 40,000 + 1,200 + 2,500 + 3,100 + 200 = EUR 47,000.",
        fr = "Valeur transactionnelle (art. 1) : rien ne l'écarte. Prix FOB Ningbo 40 000 EUR. La commission d'achat (800 EUR) rémunère l'agent de l'acheteur : elle n'est jamais ajoutée (art. 8.1 a) i)). La commission de vente (1 200 EUR) est supportée par l'acheteur et non comprise dans le prix : elle est ajoutée (art. 8.1 a) i)). Les moules sont un apport (art. 8.1 b) ii)) réparti sur les marchandises qu'ils servent à produire : 10 000 x 10 000 / 40 000 = 2 500 EUR, ajoutés. Sur une base CAF, le fret maritime (3 100 EUR) et l'assurance (200 EUR) jusqu'au Havre sont ajoutés (art. 8.2 a) et c)). Le camionnage Le Havre - Lyon intervient après l'importation et fait l'objet d'une facture distincte : il n'entre pas dans la valeur. Valeur en douane : 40 000 + 1 200 + 2 500 + 3 100 + 200 = 47 000 EUR.",
      },
    },
    quiz{
      id = "why_apportion",
      title = { en = "Sharing an assist", fr = "Répartir un apport" },
      prompt = {
        en = "The moulds cost EUR 10,000 but only EUR 2,500 goes into this consignment's value. Why?",
        fr = "Les moules ont coûté 10 000 EUR, mais seuls 2 500 EUR entrent dans la valeur de cet envoi. Pourquoi ?",
      },
      kind = "single",
      shuffle = true,
      choices = {
        { id = "apportion", text = { en = "An assist is apportioned over the goods it serves: this lot is a quarter of the 40,000 sets", fr = "Un apport est réparti sur les marchandises qu'il sert à produire : ce lot représente le quart des 40 000 assortiments" }, correct = true },
        { id = "germany", text = { en = "Because the moulds were made in Germany, only a quarter counts", fr = "Parce que les moules ont été fabriqués en Allemagne, seul un quart compte" } },
        { id = "depreciation", text = { en = "Customs always takes 25% of a tool's cost as yearly depreciation", fr = "La douane retient toujours 25 % du coût d'un outil au titre de l'amortissement annuel" } },
        { id = "free", text = { en = "Goods supplied free of charge are only partly dutiable", fr = "Les biens fournis gratuitement ne sont que partiellement taxables" } },
      },
      rule = "CVA Art. 8.1(b)(ii); Interpretative Note to Art. 8.1(b)(ii)",
      competencies = { "cva.art8.assists" },
      references = { "CVA Art. 8.1(b)(ii)", "Interpretative Note to Art. 8" },
      explanation = {
        en = "Assists are apportioned over the goods they were used for (here by quantity: 10,000 of 40,000 sets). Where the moulds were made does not matter for tools, dies and moulds; only engineering, design and artwork are added only when done outside the importing country.",
        fr = "Les apports sont répartis sur les marchandises à la production desquelles ils ont servi (ici en quantité : 10 000 sur 40 000 assortiments). Le lieu de fabrication des moules est indifférent pour les outils, matrices et moules ; seuls les travaux d'ingénierie, d'étude et de conception ne sont ajoutés que s'ils sont réalisés hors du pays d'importation.",
      },
    },
  },
}
