-- A publisher sells books to its French subsidiary. Three lessons: related parties do not by
-- themselves set the price aside (Art. 1.2(a)); a licence fee the buyer must pay as a condition
-- of sale is added (Art. 8.1(c)); a fee for the right to reproduce the goods in the importing
-- country is not (Note to Art. 8.1(c)), nor is the buyer's own advertising.
-- Source: domain-primer.md section 2 (related parties, Art. 8 royalties and exclusions).
-- Figures: (USD 25,200 + 6% royalty USD 1,512) x 0.92 = EUR 24,575.04.

return scenario{
  id = "valuation/royalty_related",
  version = 1,
  topic = "valuation",
  level = "advanced",
  minutes = 20,
  languages = { "en", "fr" },
  title = {
    en = "Royalties between related companies",
    fr = "Redevances entre sociétés liées",
  },
  summary = {
    en = "A parent company sells cookbooks to its French subsidiary, with a trademark licence fee and a translation right. What belongs in the customs value?",
    fr = "Une société mère vend des livres de cuisine à sa filiale française, avec une redevance de marque et un droit de traduction. Qu'entre-t-il dans la valeur en douane ?",
  },
  competencies = { "cva.related_parties", "cva.art8.royalties" },
  references = { "CVA Art. 1.2(a)", "CVA Art. 15.4", "CVA Art. 8.1(c)", "Interpretative Note to Art. 8.1(c)", "CVA Art. 9" },

  documents = {
    invoice{
      id = "invoice",
      number = "HQ-EXP-24-0712",
      date = "2024-07-12",
      seller = { name = "Harbor & Quill Publishing Inc.", address = "410 Atlantic Avenue, Boston, MA 02210", country = "US" },
      buyer = { name = "Éditions Quillon SARL", address = "37 rue Monge, 75005 Paris", country = "FR" },
      incoterm = "CIF",
      incoterm_place = "Le Havre",
      currency = "USD",
      lines = {
        { description = "\"The Kitchen Atlas\", hardback cookbook, English edition, 320 pp.", hs_code = "4901.99", quantity = 3000, unit = "copies", unit_price = "8.40", origin = "US" },
      },
      payment_terms = "Net 60 days",
      notes = "Sale subject to the Trademark Licence Agreement of 2 January 2024 between Quill Brands LLC and the buyer.",
    },
    memo{
      id = "contracts",
      title = { en = "Extracts from the contracts", fr = "Extraits des contrats" },
      from = "Valuation section",
      to = "Trainee officer",
      date = "2024-07-20",
      subject = { en = "What Éditions Quillon pays, and to whom", fr = "Ce que paie Éditions Quillon, et à qui" },
      body = {
        en = "Group structure: Harbor & Quill Publishing Inc. owns 60% of the shares of Éditions Quillon SARL. Quill Brands LLC, which owns the \"Kitchen Atlas\" trademark, is another subsidiary of Harbor & Quill.\n\nSales contract, clause 3: \"The Seller will supply the Products only to a buyer holding and paying for a licence from Quill Brands LLC.\"\nTrademark Licence Agreement, clause 5: the licensee pays Quill Brands LLC 6% of the invoice price of every copy of \"The Kitchen Atlas\" bought from Harbor & Quill. For this invoice: USD 1,512.\nTranslation and Publishing Agreement: Éditions Quillon pays Harbor & Quill a flat USD 5,000 for the right to translate the book and to print and sell a French edition in France.\nÉditions Quillon's own launch campaign in French bookshops (posters, press): EUR 3,000, paid to a Paris agency.\n\nThe valuation section's review: Harbor & Quill sells the same English edition to unrelated distributors in Belgium and Switzerland at USD 8.40 a copy, on the same terms. Published exchange rate for customs purposes: 1 USD = 0.92 EUR.",
        fr = "Structure du groupe : Harbor & Quill Publishing Inc. détient 60 % des parts d'Éditions Quillon SARL. Quill Brands LLC, titulaire de la marque « Kitchen Atlas », est une autre filiale de Harbor & Quill.\n\nContrat de vente, clause 3 : « Le Vendeur ne livre les Produits qu'à un acheteur titulaire d'une licence de Quill Brands LLC et qui en acquitte le prix. »\nContrat de licence de marque, clause 5 : le licencié verse à Quill Brands LLC 6 % du prix facturé de chaque exemplaire de « The Kitchen Atlas » acheté à Harbor & Quill. Pour cette facture : 1 512 USD.\nContrat de traduction et d'édition : Éditions Quillon verse à Harbor & Quill un forfait de 5 000 USD pour le droit de traduire l'ouvrage et d'en imprimer et vendre une édition française en France.\nCampagne de lancement d'Éditions Quillon dans les librairies françaises (affiches, presse) : 3 000 EUR, payés à une agence parisienne.\n\nExamen du service de la valeur : Harbor & Quill vend la même édition anglaise à des distributeurs non liés en Belgique et en Suisse, à 8,40 USD l'exemplaire, aux mêmes conditions. Taux de change publié à des fins douanières : 1 USD = 0,92 EUR.",
      },
    },
  },

  steps = {
    brief{
      id = "intro",
      title = { en = "A family of companies", fr = "Un groupe de sociétés" },
      prompt = {
        en = "Éditions Quillon, Paris, imports 3,000 copies of an English cookbook from its parent company in Boston, CIF Le Havre. Several contracts surround the sale. Read the invoice and the contract extracts.",
        fr = "Éditions Quillon, à Paris, importe 3 000 exemplaires d'un livre de cuisine en anglais de sa société mère de Boston, CIF Le Havre. Plusieurs contrats entourent la vente. Lisez la facture et les extraits de contrats.",
      },
      documents = { "invoice", "contracts" },
    },
    quiz{
      id = "related",
      title = { en = "Related parties", fr = "Personnes liées" },
      prompt = {
        en = "Harbor & Quill owns 60% of Éditions Quillon. What follows for the transaction value?",
        fr = "Harbor & Quill détient 60 % d'Éditions Quillon. Qu'en résulte-t-il pour la valeur transactionnelle ?",
      },
      kind = "single",
      shuffle = true,
      documents = { "contracts" },
      choices = {
        { id = "examine", text = { en = "They are related (one controls the other), but the price is accepted if the circumstances of the sale show the relationship did not influence it, as here", fr = "Elles sont liées (l'une contrôle l'autre), mais le prix est admis si les circonstances de la vente montrent que ce lien ne l'a pas influencé, ce qui est le cas ici" }, correct = true },
        { id = "reject", text = { en = "The price must be rejected because buyer and seller are related", fr = "Le prix doit être écarté parce que l'acheteur et le vendeur sont liés" } },
        { id = "computed", text = { en = "Customs must go straight to the computed value (Art. 6)", fr = "La douane doit passer directement à la valeur calculée (art. 6)" } },
        { id = "not_related", text = { en = "They are not related: only 100% ownership makes companies related", fr = "Elles ne sont pas liées : seule une détention à 100 % crée un lien" } },
      },
      rule = "CVA Art. 15.4(e); Art. 1.2(a)",
      competencies = { "cva.related_parties" },
      references = { "CVA Art. 15.4", "CVA Art. 1.2(a)" },
      explanation = {
        en = "With 60% of the shares the seller controls the buyer: they are related (Art. 15.4(e): one of them directly or indirectly controls the other). Being related does not by itself make the price unacceptable (Art. 1.2(a)): customs examines the circumstances of the sale. Here the seller charges unrelated distributors the same USD 8.40 on the same terms, so the relationship did not influence the price and the transaction value stands.",
        fr = "Avec 60 % des parts, le vendeur contrôle l'acheteur : ils sont liés (art. 15.4 e) : l'une contrôle directement ou indirectement l'autre). Le lien ne suffit pas à lui seul à écarter le prix (art. 1.2 a)) : la douane examine les circonstances de la vente. Ici, le vendeur facture 8,40 USD aux distributeurs non liés, aux mêmes conditions : le lien n'a pas influencé le prix et la valeur transactionnelle est retenue.",
      },
    },
    value{
      id = "value",
      title = { en = "The customs value", fr = "La valeur en douane" },
      prompt = {
        en = "Fill in the valuation worksheet. Decide for each payment in the contract extracts whether it is added, then convert to EUR.",
        fr = "Remplissez la fiche d'évaluation. Décidez pour chaque paiement des extraits de contrats s'il est ajouté, puis convertissez en EUR.",
      },
      documents = { "invoice", "contracts" },
      facts = {
        price = "USD 25,200",
        incoterm = "CIF",
        incoterm_place = "Le Havre",
        national = "EUR",
        basis = "cif",
        rates = { USD = "0.92" },
        circumstances = { relationship = "one_controls_other", relationship_influenced_price = false },
        costs = {
          { id = "trademark_royalty", kind = "royalty_condition_of_sale", label = "trademark licence fee to Quill Brands LLC, 6% of the invoice price", amount = 1512 },
          { id = "translation_right", kind = "reproduction_rights_fee", label = "right to translate, print and sell a French edition in France", amount = 5000 },
          { id = "launch_campaign", kind = "buyer_advertising", label = "launch campaign in French bookshops", amount = "EUR 3,000" },
        },
      },
      competencies = { "cva.art8.royalties", "cva.related_parties" },
      references = { "CVA Art. 8.1(c)", "Interpretative Note to Art. 8.1(c)", "CVA Art. 1.2(a)", "CVA Art. 9" },
      hints = {
        { text = { en = "A licence fee is added when it relates to the imported goods and the buyer must pay it as a condition of their sale. Read clause 3 of the sales contract.", fr = "Une redevance est ajoutée lorsqu'elle se rapporte aux marchandises importées et que l'acheteur doit la payer comme condition de leur vente. Lisez la clause 3 du contrat de vente." }, cost = 1 },
      },
      explanation = {
        en = "Transaction value (Art. 1.2(a): related, but the price is not influenced). Price CIF Le Havre USD 25,200: freight and insurance to the place of importation are already in it. The trademark fee relates to the imported books and the seller supplies only licensed buyers, so it is a condition of sale: + USD 1,512 (Art. 8.1(c)). The USD 5,000 buys the right to reproduce the work in France (a French edition): charges for the right to reproduce the imported goods in the importing country are not added (Note to Art. 8.1(c)). The launch campaign is the buyer's own advertising, on its own account: not added. (25,200 + 1,512) x 0.92 = EUR 24,575.04 (Art. 9).",
        fr = "Valeur transactionnelle (art. 1.2 a) : parties liées, mais prix non influencé). Prix CIF Le Havre 25 200 USD : le fret et l'assurance jusqu'au lieu d'introduction y sont déjà compris. La redevance de marque se rapporte aux livres importés et le vendeur ne livre qu'aux acheteurs licenciés : c'est une condition de la vente, + 1 512 USD (art. 8.1 c)). Les 5 000 USD rémunèrent le droit de reproduire l'œuvre en France (édition française) : les paiements pour le droit de reproduire les marchandises importées dans le pays d'importation ne sont pas ajoutés (note interprétative de l'art. 8.1 c)). La campagne de lancement est une publicité de l'acheteur, pour son propre compte : non ajoutée. (25 200 + 1 512) x 0,92 = 24 575,04 EUR (art. 9).",
      },
    },
    quiz{
      id = "left_out",
      title = { en = "What stays out", fr = "Ce qui reste en dehors" },
      prompt = {
        en = "Which payments are NOT part of the customs value of these books? Pick every one that applies.",
        fr = "Quels paiements N'entrent PAS dans la valeur en douane de ces livres ? Cochez toutes les bonnes réponses.",
      },
      kind = "multiple",
      choices = {
        { id = "translation", text = { en = "The USD 5,000 for the right to print a French edition in France", fr = "Les 5 000 USD pour le droit d'imprimer une édition française en France" }, correct = true },
        { id = "campaign", text = { en = "The EUR 3,000 launch campaign", fr = "La campagne de lancement de 3 000 EUR" }, correct = true },
        { id = "royalty", text = { en = "The 6% trademark fee to Quill Brands", fr = "La redevance de marque de 6 % versée à Quill Brands" } },
        { id = "freight", text = { en = "The ocean freight to Le Havre included in the CIF price", fr = "Le fret maritime jusqu'au Havre compris dans le prix CIF" } },
      },
      rule = "CVA Art. 8.1(c) and its Interpretative Note",
      competencies = { "cva.art8.royalties" },
      references = { "CVA Art. 8.1(c)", "Interpretative Note to Art. 8.1(c)" },
      explanation = {
        en = "Left out: the reproduction right (Note to Art. 8.1(c)) and the buyer's own advertising. In: the trademark fee (a condition of sale) and the freight to Le Havre, which on a CIF basis belongs in the value and is already in the price.",
        fr = "Exclus : le droit de reproduction (note interprétative de l'art. 8.1 c)) et la publicité de l'acheteur. Inclus : la redevance de marque (condition de la vente) et le fret jusqu'au Havre, qui relève de la valeur sur une base CAF et figure déjà dans le prix.",
      },
    },
  },
}
