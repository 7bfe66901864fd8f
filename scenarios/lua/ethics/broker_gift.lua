-- Gifts, a favour and a speed payment. The choice made on the broker's gift comes back twice:
-- the broker's call two weeks later differs (a request for a favour only if the gift was
-- accepted), and the internal audit two months later differs (a question only if the gift was
-- accepted and not declared; a note on file if it was declared).
-- Source: domain-primer.md section 8 (gifts from a broker with a pending matter: refuse or
-- declare, never accept; facilitation payments are bribery however small; conflict of
-- interest: declare and step aside; Revised Arusha Declaration key factors).

local code = {
  en = "National code of conduct, section 4 (extract): \"An officer shall not solicit or accept any gift, hospitality or other advantage from a person who has, or may have, a matter pending before them. An offer shall be refused and entered in the gifts register within two working days. Items of token value (a diary, a pen) may be accepted and shall be registered. Any payment offered to speed up or influence an official act shall be refused and reported.\"",
  fr = "Code national de déontologie, section 4 (extrait) : « L'agent ne sollicite ni n'accepte aucun cadeau, invitation ou autre avantage de la part d'une personne qui a, ou peut avoir, une affaire en cours devant lui. Toute offre est refusée et inscrite au registre des cadeaux dans les deux jours ouvrables. Les objets de valeur symbolique (un agenda, un stylo) peuvent être acceptés et sont inscrits au registre. Tout paiement proposé pour accélérer ou influencer un acte officiel est refusé et signalé. »",
}

return scenario{
  id = "ethics/broker_gift",
  version = 1,
  topic = "ethics",
  level = "basic",
  minutes = 15,
  languages = { "en", "fr" },
  title = {
    en = "A hamper from the broker",
    fr = "Un panier garni du commissionnaire",
  },
  summary = {
    en = "A customs broker with a file on your desk sends a generous gift. What you do with it follows you for weeks.",
    fr = "Un commissionnaire en douane dont le dossier est sur votre bureau vous offre un cadeau généreux. Ce que vous en faites vous suit pendant des semaines.",
  },
  competencies = { "ethics.gifts", "ethics.facilitation_payments", "ethics.conflict_of_interest" },
  references = { "Revised Arusha Declaration (2003)", "National code of conduct, s. 4" },

  state = {
    gift_accepted = { type = "boolean", default = false, description = { en = "The officer kept the broker's gift", fr = "L'agent a gardé le cadeau du commissionnaire" } },
    gift_declared = { type = "boolean", default = false, description = { en = "The officer entered the gift in the register", fr = "L'agent a inscrit le cadeau au registre" } },
    file_closed_as_asked = { type = "boolean", default = false, description = { en = "The officer closed the file as the broker asked", fr = "L'agent a clos le dossier comme le demandait le commissionnaire" } },
    lapses = { type = "number", default = 0, description = { en = "Integrity lapses so far", fr = "Manquements à l'intégrité" } },
  },

  documents = {
    memo{
      id = "code",
      title = { en = "Code of conduct", fr = "Code de déontologie" },
      from = "Directorate-General, integrity unit",
      to = "All officers",
      subject = { en = "Gifts, hospitality and payments", fr = "Cadeaux, invitations et paiements" },
      body = code,
    },
    memo{
      id = "file",
      title = { en = "Your pending file", fr = "Votre dossier en cours" },
      from = "Valuation section",
      to = "You",
      date = "2024-12-02",
      subject = { en = "Solano Foods BV: related-party prices", fr = "Solano Foods BV : prix entre parties liées" },
      body = {
        en = "Solano Foods BV buys canned tuna from its parent company in Ecuador. You have asked for the group's transfer-pricing documents to examine whether the relationship influenced the price (CVA Art. 1.2(a)). Solano's customs broker is Meridian Customs Brokers; its manager, Mr Pieters, handles the file.",
        fr = "Solano Foods BV achète des conserves de thon à sa société mère en Équateur. Vous avez demandé la documentation de prix de transfert du groupe pour examiner si le lien a influencé le prix (AEV art. 1.2 a)). Le commissionnaire en douane de Solano est Meridian Customs Brokers ; son gérant, M. Pieters, suit le dossier.",
      },
    },
  },

  walkthroughs = {
    { name = "model officer", choices = { "refuse", "refuse_record" } },
    { name = "slippery slope", choices = { "keep_quiet", "close_file", "take_it", "deny" } },
  },

  steps = {
    brief{
      id = "intro",
      title = { en = "Monday morning", fr = "Lundi matin" },
      prompt = {
        en = "You are a valuation officer. The Solano Foods file is on your desk, waiting for documents from its broker, Meridian. Read the code of conduct and the file.",
        fr = "Vous êtes agent du service de la valeur. Le dossier Solano Foods est sur votre bureau, en attente de documents de son commissionnaire, Meridian. Lisez le code de déontologie et le dossier.",
      },
      documents = { "code", "file" },
    },
    choose{
      id = "gift",
      title = { en = "The hamper", fr = "Le panier garni" },
      prompt = {
        en = "Mr Pieters drops by with a hamper (champagne, foie gras, chocolates) and two tickets for Saturday's concert, about EUR 250 in all: \"Just to thank you for your patience.\" What do you do?",
        fr = "M. Pieters passe avec un panier garni (champagne, foie gras, chocolats) et deux places pour le concert de samedi, environ 250 EUR en tout : « Juste pour vous remercier de votre patience. » Que faites-vous ?",
      },
      documents = { "code", "file" },
      options = {
        { id = "refuse", score = 10, factors = { "code_of_conduct", "transparency", "relationship_with_private_sector" },
          label = { en = "Refuse politely, explain the rule, enter the offer in the gifts register and tell your supervisor", fr = "Refuser poliment, expliquer la règle, inscrire l'offre au registre des cadeaux et en informer votre supérieur" },
          feedback = { en = "Right. Meridian has a matter pending with you: the code forbids accepting, and recording the offer protects you and the office.", fr = "Exact. Meridian a une affaire en cours devant vous : le code interdit d'accepter, et l'inscription de l'offre vous protège, vous et le service." },
          explanation = { en = "Never accept anything from someone with a pending matter; refuse, record, inform. A clear and known rule also makes the broker's life simpler.", fr = "Ne jamais rien accepter d'une personne ayant une affaire en cours ; refuser, enregistrer, informer. Une règle claire et connue simplifie aussi la vie du commissionnaire." } },
        { id = "keep_declare", score = 4, factors = { "code_of_conduct", "transparency" },
          set = { gift_accepted = true, gift_declared = true }, add = { lapses = 1 },
          label = { en = "Accept, then declare it in the gifts register", fr = "Accepter, puis le déclarer au registre des cadeaux" },
          feedback = { en = "Declaring is better than hiding, but the code forbids accepting from someone with a pending matter: a registered gift is still a gift.", fr = "Déclarer vaut mieux que cacher, mais le code interdit d'accepter d'une personne ayant une affaire en cours : un cadeau enregistré reste un cadeau." } },
        { id = "share", score = 1, factors = { "code_of_conduct" },
          set = { gift_accepted = true }, add = { lapses = 1 },
          label = { en = "Accept and put the hamper in the staff room for everyone", fr = "Accepter et déposer le panier en salle de pause pour tout le monde" },
          feedback = { en = "Sharing does not change who received it, nor why: the broker still has a file with you, and nothing is recorded.", fr = "Partager ne change ni le destinataire ni la raison du cadeau : le commissionnaire a toujours un dossier chez vous, et rien n'est enregistré." } },
        { id = "keep_quiet", score = 0, factors = { "code_of_conduct" },
          set = { gift_accepted = true }, add = { lapses = 1 },
          label = { en = "Accept: it is the end of the year, everyone does it", fr = "Accepter : c'est la fin de l'année, tout le monde le fait" },
          feedback = { en = "The gift is large, unrecorded, and comes from someone whose file you are examining: exactly what the code forbids.", fr = "Le cadeau est important, non déclaré, et vient d'une personne dont vous examinez le dossier : exactement ce que le code interdit." } },
      },
      competencies = { "ethics.gifts" },
      references = { "National code of conduct, s. 4", "Revised Arusha Declaration, factor 7: code of conduct" },
      explanation = {
        en = "Gifts and hospitality from a broker: refuse or declare anything above token value, and never accept from anyone with a pending matter. Here the only right course is to refuse and record.",
        fr = "Cadeaux et invitations d'un commissionnaire : refuser ou déclarer tout ce qui dépasse la valeur symbolique, et ne jamais accepter d'une personne ayant une affaire en cours. Ici, la seule conduite correcte est de refuser et d'enregistrer.",
      },
    },
    choose{
      id = "favour",
      when = "gift_accepted",
      title = { en = "Two weeks later: the call", fr = "Deux semaines plus tard : l'appel" },
      prompt = {
        en = "Mr Pieters phones: \"I hope you enjoyed the concert. Between us, the Solano transfer-pricing study is a nightmare to produce. Could you not close the file on the declared prices?\" What do you do?",
        fr = "M. Pieters téléphone : « J'espère que le concert vous a plu. Entre nous, l'étude de prix de transfert de Solano est un cauchemar à produire. Ne pourriez-vous pas clore le dossier sur les prix déclarés ? » Que faites-vous ?",
      },
      documents = { "code", "file" },
      options = {
        { id = "report", score = 10, factors = { "code_of_conduct", "audit_and_investigation", "transparency" },
          label = { en = "Say the file will follow its normal course, report the call and the gift to your supervisor, and ask to be taken off the file", fr = "Répondre que le dossier suivra son cours normal, signaler l'appel et le cadeau à votre supérieur et demander à être dessaisi du dossier" },
          feedback = { en = "Right. The gift has created a conflict of interest: declare it and step aside so another officer decides.", fr = "Exact. Le cadeau a créé un conflit d'intérêts : le déclarer et se déporter pour qu'un autre agent décide." },
          explanation = { en = "Conflict of interest: declare and step aside. The approach itself must be reported.", fr = "Conflit d'intérêts : déclarer et se déporter. La démarche elle-même doit être signalée." } },
        { id = "carry_on", score = 3, factors = { "code_of_conduct" },
          label = { en = "Refuse the favour but keep the file and say nothing", fr = "Refuser la faveur mais garder le dossier sans rien dire" },
          feedback = { en = "You resist, but you still decide a file whose broker gave you a gift and now asks a favour: the conflict of interest stays hidden.", fr = "Vous résistez, mais vous décidez toujours d'un dossier dont le commissionnaire vous a fait un cadeau et vous demande maintenant une faveur : le conflit d'intérêts reste caché." } },
        { id = "close_file", score = 0, factors = { "code_of_conduct", "audit_and_investigation" },
          set = { file_closed_as_asked = true }, add = { lapses = 1 },
          label = { en = "Close the file on the declared prices", fr = "Clore le dossier sur les prix déclarés" },
          feedback = { en = "A valuation decision traded for a gift: this is a collusive valuation deal, and revenue may be lost.", fr = "Une décision d'évaluation échangée contre un cadeau : c'est un arrangement collusoire sur la valeur, avec une perte de recettes possible." } },
      },
      competencies = { "ethics.conflict_of_interest" },
      references = { "National code of conduct, s. 4", "Revised Arusha Declaration, factor 7: code of conduct" },
      explanation = {
        en = "The favour asked shows why gifts from a party with a pending matter are forbidden. Report it, and step aside from the file.",
        fr = "La faveur demandée montre pourquoi les cadeaux d'une partie ayant une affaire en cours sont interdits. Signalez-la et déportez-vous du dossier.",
      },
    },
    brief{
      id = "clean_call",
      when = "not gift_accepted",
      title = { en = "Two weeks later: the call", fr = "Deux semaines plus tard : l'appel" },
      prompt = {
        en = "Mr Pieters phones to ask when the Solano file will be decided. You tell him the file is waiting for the transfer-pricing study, which is due by the end of the month. He sends it ten days later. Having refused the hamper, you have nothing to hide and nothing to owe.",
        fr = "M. Pieters téléphone pour savoir quand le dossier Solano sera tranché. Vous lui répondez que le dossier attend l'étude de prix de transfert, attendue pour la fin du mois. Il l'envoie dix jours plus tard. Ayant refusé le panier, vous n'avez rien à cacher ni rien à rendre.",
      },
    },
    choose{
      id = "speed",
      title = { en = "At the truck lane", fr = "Au couloir des camions" },
      prompt = {
        en = "Covering the truck lane, you are about to check a lorry's papers when its driver slips a EUR 20 note under them: \"For a coffee, so I'm out before the lunch break.\" What do you do?",
        fr = "En renfort au couloir des camions, vous allez contrôler les documents d'un poids lourd quand le chauffeur glisse un billet de 20 EUR dessous : « Pour un café, que je sois sorti avant la pause déjeuner. » Que faites-vous ?",
      },
      documents = { "code" },
      options = {
        { id = "refuse_record", score = 10, factors = { "code_of_conduct", "transparency" },
          label = { en = "Hand the note back, say payments are not accepted, process the truck in its turn and report the offer", fr = "Rendre le billet, rappeler qu'aucun paiement n'est accepté, traiter le camion à son tour et signaler l'offre" },
          feedback = { en = "Right: a facilitation payment is a bribe, however small. Refuse and record.", fr = "Exact : un paiement de facilitation est un pot-de-vin, si modeste soit-il. Refuser et consigner." },
          explanation = { en = "Facilitation (\"speed\") payments are bribery under most laws. Refusing and reporting keeps queues fair for everyone.", fr = "Les paiements de facilitation sont de la corruption dans la plupart des législations. Refuser et signaler garantit des files équitables pour tous." } },
        { id = "refuse_only", score = 5, factors = { "code_of_conduct" },
          label = { en = "Hand the note back and say nothing more", fr = "Rendre le billet et ne rien dire de plus" },
          feedback = { en = "You refused, which matters most, but the code asks you to report the offer so the pattern can be traced.", fr = "Vous avez refusé, c'est l'essentiel, mais le code demande de signaler l'offre pour qu'une pratique puisse être repérée." } },
        { id = "take_it", score = 0, factors = { "code_of_conduct" }, add = { lapses = 1 },
          label = { en = "Take it: it is only twenty euros and the truck is in order anyway", fr = "Le prendre : ce n'est que vingt euros et le camion est en règle de toute façon" },
          feedback = { en = "The amount and the truck's papers do not matter: a payment for an official act is a bribe.", fr = "Le montant et la régularité des documents n'y changent rien : un paiement pour un acte officiel est un pot-de-vin." } },
      },
      competencies = { "ethics.facilitation_payments" },
      references = { "National code of conduct, s. 4", "Revised Arusha Declaration, factor 7: code of conduct" },
      explanation = {
        en = "A speed payment, however small, is bribery: refuse it and record it.",
        fr = "Un paiement de facilitation, si modeste soit-il, est de la corruption : refusez-le et consignez-le.",
      },
    },
    choose{
      id = "audit",
      when = "gift_accepted and not gift_declared",
      title = { en = "Two months later: internal audit", fr = "Deux mois plus tard : l'audit interne" },
      prompt = {
        en = "Internal audit, examining Meridian's accounts, found a line \"client hospitality: concert tickets and hamper, valuation officer, EUR 250\". Nothing is in the gifts register. The auditor asks you about it.",
        fr = "L'audit interne, en examinant la comptabilité de Meridian, a relevé une ligne « relations clients : places de concert et panier, agent du service de la valeur, 250 EUR ». Rien ne figure au registre des cadeaux. L'auditeur vous interroge.",
      },
      options = {
        { id = "tell", score = 6, factors = { "audit_and_investigation", "code_of_conduct" },
          label = { en = "Tell the truth, describe what you received and any contact with the broker since", fr = "Dire la vérité, décrire ce que vous avez reçu et tout contact avec le commissionnaire depuis" },
          feedback = { en = "Cooperating with the audit is the right course now; it cannot undo the gift, but it limits the harm.", fr = "Coopérer avec l'audit est la bonne conduite désormais ; cela n'efface pas le cadeau, mais en limite les conséquences." } },
        { id = "deny", score = 0, factors = { "audit_and_investigation", "code_of_conduct" }, add = { lapses = 1 },
          label = { en = "Deny it: the broker's books are not proof", fr = "Nier : la comptabilité du commissionnaire n'est pas une preuve" },
          feedback = { en = "Lying to an audit turns a breach of the gifts rule into a disciplinary case of its own.", fr = "Mentir à l'audit transforme un manquement à la règle des cadeaux en une faute disciplinaire à part entière." } },
      },
      competencies = { "ethics.gifts" },
      references = { "Revised Arusha Declaration, factor 6: audit and investigation" },
      explanation = {
        en = "Audit and investigation are part of an integrity programme; an officer owes them the truth. The gift was the first mistake; hiding it the second.",
        fr = "L'audit et les enquêtes font partie d'un programme d'intégrité ; l'agent leur doit la vérité. Le cadeau était la première erreur ; le cacher, la seconde.",
      },
    },
    brief{
      id = "audit_declared",
      when = "gift_declared",
      title = { en = "Two months later: internal audit", fr = "Deux mois plus tard : l'audit interne" },
      prompt = {
        en = "Internal audit, examining Meridian's accounts, finds the hamper and the tickets, and finds them in the gifts register under your name. Your declaration spares you an investigation, but the auditor's note reminds you that a gift from a broker with a pending file should have been refused, not registered.",
        fr = "L'audit interne, en examinant la comptabilité de Meridian, relève le panier et les places de concert, et les retrouve au registre des cadeaux à votre nom. Votre déclaration vous épargne une enquête, mais la note de l'auditeur rappelle qu'un cadeau d'un commissionnaire ayant un dossier en cours aurait dû être refusé, et non enregistré.",
      },
    },
    quiz{
      id = "rules",
      title = { en = "The rules in short", fr = "Les règles en bref" },
      prompt = {
        en = "Which statements are right? Pick every one that applies.",
        fr = "Quelles affirmations sont exactes ? Cochez toutes les bonnes réponses.",
      },
      kind = "multiple",
      choices = {
        { id = "pending", text = { en = "Nothing may be accepted from someone with a matter pending before you", fr = "On n'accepte rien d'une personne ayant une affaire en cours devant soi" }, correct = true },
        { id = "small_bribe", text = { en = "A small payment to speed up release is still a bribe", fr = "Un petit paiement pour accélérer la mainlevée reste un pot-de-vin" }, correct = true },
        { id = "recuse", text = { en = "A conflict of interest is declared, and the officer steps aside", fr = "Un conflit d'intérêts se déclare, et l'agent se déporte" }, correct = true },
        { id = "shared", text = { en = "A gift shared with the whole team is acceptable", fr = "Un cadeau partagé avec toute l'équipe est acceptable" } },
        { id = "after", text = { en = "A gift is acceptable if it is declared afterwards, whatever its value", fr = "Un cadeau est acceptable s'il est déclaré après coup, quelle que soit sa valeur" } },
      },
      rule = "Revised Arusha Declaration, factor 7: code of conduct",
      competencies = { "ethics.gifts", "ethics.facilitation_payments", "ethics.conflict_of_interest" },
      references = { "Revised Arusha Declaration (2003)" },
      explanation = {
        en = "Refuse or declare anything above token value and never accept from a party with a pending matter; speed payments are bribery however small; conflicts of interest are declared and the officer steps aside. Sharing a gift or declaring it later does not make it acceptable.",
        fr = "Refuser ou déclarer tout ce qui dépasse la valeur symbolique, et ne jamais accepter d'une partie ayant une affaire en cours ; les paiements de facilitation sont de la corruption si modestes soient-ils ; les conflits d'intérêts se déclarent et l'agent se déporte. Partager un cadeau ou le déclarer après coup ne le rend pas acceptable.",
      },
    },
  },
}
