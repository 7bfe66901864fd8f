-- Pressure from a superior to release a red-channel consignment unexamined. What the officer
-- does on the phone decides the rest: the examination happens or not; a note in the log later
-- protects the officer, its absence leaves them exposed; a release without examination comes
-- back three weeks later. Source: domain-primer.md section 8 (pressure from superiors: ask for
-- the order in writing, record it, escalate properly; whistleblowing through protected
-- channels) and section 7 (red channel: physical examination). The office, people and
-- companies are invented.

return scenario{
  id = "ethics/red_channel_pressure",
  version = 1,
  topic = "ethics",
  level = "intermediate",
  minutes = 15,
  languages = { "en", "fr" },
  title = {
    en = "A call from upstairs",
    fr = "Un appel d'en haut",
  },
  summary = {
    en = "A deputy director orders you by phone to release a red-channel container unexamined. Your answer shapes the weeks that follow.",
    fr = "Un directeur adjoint vous ordonne par téléphone de donner mainlevée sans visite d'un conteneur orienté en circuit rouge. Votre réponse façonne les semaines suivantes.",
  },
  competencies = { "ethics.pressure", "ethics.whistleblowing", "risk.selectivity" },
  references = { "Revised Arusha Declaration (2003)", "National code of conduct, s. 7" },

  state = {
    released_unexamined = { type = "boolean", default = false, description = { en = "The container left without examination", fr = "Le conteneur est sorti sans visite" } },
    order_recorded = { type = "boolean", default = false, description = { en = "The officer logged the call and escalated it", fr = "L'agent a consigné l'appel et l'a fait remonter" } },
  },

  documents = {
    declaration{
      id = "declaration",
      reference = "PN-2024-IM-0488213",
      date = "2024-10-14",
      office = "Port-Neuf container terminal",
      declarant = { name = "Atlantic Gateway Brokers", country = "" },
      importer = { name = "Grand Comptoir du Littoral SA", country = "" },
      exporter = { name = "Jebel Trading FZE", country = "AE" },
      procedure = "4000",
      incoterm = "CFR",
      incoterm_place = "Port-Neuf",
      currency = "USD",
      transport = "Sea, container MSKU7730418",
      items = {
        { description = "Microwave ovens, 20 l, domestic", hs_code = "8516.50", origin = "CN", procedure = "4000", quantity = 600, unit = "cartons", gross_kg = 9800, value = "USD 21,000" },
      },
      notes = "Selectivity result: RED. Importer: two earlier offences (2021, 2023: undeclared goods). Intelligence alert IA-24-311: containers from this shipper may conceal cigarettes.",
    },
    memo{
      id = "code",
      title = { en = "Code of conduct", fr = "Code de déontologie" },
      from = "Directorate-General, integrity unit",
      to = "All officers",
      subject = { en = "Instructions and reporting", fr = "Instructions et signalements" },
      body = {
        en = "National code of conduct, section 7 (extract): \"An officer who receives an instruction that appears unlawful, or that sets aside a control decided by the risk management system, shall ask for it in writing, record it and report it to the head of the integrity unit. Reports made in good faith through the protected channel shall not lead to any retaliation.\"",
        fr = "Code national de déontologie, section 7 (extrait) : « L'agent qui reçoit une instruction paraissant illégale, ou écartant un contrôle décidé par le système de gestion des risques, en demande la confirmation écrite, la consigne et la signale au chef de la cellule d'intégrité. Les signalements faits de bonne foi par le canal protégé ne peuvent donner lieu à aucune mesure de représailles. »",
      },
    },
  },

  steps = {
    brief{
      id = "intro",
      title = { en = "A red-channel container", fr = "Un conteneur en circuit rouge" },
      prompt = {
        en = "You are the examining officer at Port-Neuf. A container declared as 600 cartons of microwave ovens has just been routed to you. Read the declaration.",
        fr = "Vous êtes agent de visite au terminal de Port-Neuf. Un conteneur déclaré comme 600 cartons de fours à micro-ondes vient de vous être attribué. Lisez la déclaration.",
      },
      documents = { "declaration" },
    },
    risk{
      id = "channel",
      title = { en = "Confirm the channel", fr = "Confirmez le circuit" },
      prompt = {
        en = "Before you start: which channel does this declaration call for, and why?",
        fr = "Avant de commencer : quel circuit cette déclaration appelle-t-elle, et pourquoi ?",
      },
      documents = { "declaration" },
      topic = "security",
      facts = {
        importer_prior_offences = 2,
        importer_prior_declarations = 37,
        description = "Microwave ovens, 20 l, domestic",
        flags = { "intelligence_hit" },
      },
      competencies = { "risk.selectivity" },
      references = { "Selectivity: green, yellow, red" },
      explanation = {
        en = "An intelligence alert on the shipper and two earlier offences by the importer: red, physical examination.",
        fr = "Un signalement du renseignement sur l'expéditeur et deux infractions antérieures de l'importateur : rouge, visite physique.",
      },
    },
    choose{
      id = "pressure",
      title = { en = "The phone rings", fr = "Le téléphone sonne" },
      prompt = {
        en = "Deputy Director Ferrand calls: \"The Grand Comptoir container: release it now, no examination. The owner is a friend of people who matter, and I don't want trouble. I'll take responsibility.\" What do you do?",
        fr = "Le directeur adjoint Ferrand appelle : « Le conteneur du Grand Comptoir : mainlevée tout de suite, sans visite. Le propriétaire a des amis haut placés et je ne veux pas d'histoires. J'en prends la responsabilité. » Que faites-vous ?",
      },
      documents = { "declaration", "code" },
      options = {
        { id = "in_writing", score = 10, factors = { "leadership_and_commitment", "transparency", "audit_and_investigation" },
          set = { order_recorded = true },
          label = { en = "Say you need the instruction in writing, note the call in the examination log, report it to the head of the integrity unit, and go on with the examination", fr = "Répondre qu'il vous faut l'instruction par écrit, consigner l'appel dans le registre de visite, le signaler au chef de la cellule d'intégrité et poursuivre la visite" },
          feedback = { en = "Right: ask for it in writing, record it, escalate properly, and keep the control the risk system decided.", fr = "Exact : demander l'écrit, consigner, faire remonter par la voie prévue, et maintenir le contrôle décidé par le système de risque." },
          explanation = { en = "A written order is what makes the instruction accountable; the record and the report are what protect the officer and the control.", fr = "L'écrit rend l'instruction traçable ; la consignation et le signalement protègent l'agent et le contrôle." } },
        { id = "refuse_silently", score = 4, factors = { "code_of_conduct" },
          label = { en = "Refuse and carry on with the examination, but keep no note and tell no one", fr = "Refuser et poursuivre la visite, sans rien consigner ni en parler à personne" },
          feedback = { en = "The control goes ahead, which is what matters most today, but nothing records the pressure: it is your word against his.", fr = "Le contrôle a lieu, c'est l'essentiel aujourd'hui, mais rien ne garde trace de la pression : c'est votre parole contre la sienne." } },
        { id = "comply", score = 0, factors = { "code_of_conduct", "leadership_and_commitment" },
          set = { released_unexamined = true },
          label = { en = "Release it: he is your superior and takes responsibility", fr = "Donner mainlevée : c'est votre supérieur et il en prend la responsabilité" },
          feedback = { en = "An oral order to set aside a red-channel examination is exactly what the code tells you to question. \"I'll take responsibility\" leaves no trace of who did.", fr = "Un ordre oral d'écarter une visite en circuit rouge est exactement ce que le code vous demande de mettre en question. « J'en prends la responsabilité » ne laisse aucune trace de qui l'a prise." } },
      },
      competencies = { "ethics.pressure" },
      references = { "National code of conduct, s. 7", "Revised Arusha Declaration, factor 1: leadership and commitment" },
      explanation = {
        en = "Pressure from a superior to release a red-channel consignment unexamined: ask for the order in writing, record it, escalate properly, and keep the control going.",
        fr = "Pression d'un supérieur pour libérer sans visite un envoi en circuit rouge : demander l'ordre par écrit, le consigner, le faire remonter par la voie prévue et maintenir le contrôle.",
      },
    },
    brief{
      id = "examination",
      when = "not released_unexamined",
      title = { en = "The examination", fr = "La visite" },
      prompt = {
        en = "The written instruction never comes. You open the container: behind three rows of microwave-oven cartons stand 480 master cases of cigarettes (4,800,000 sticks), declared nowhere. You detain the container and write the examination report.",
        fr = "L'instruction écrite n'arrive jamais. Vous ouvrez le conteneur : derrière trois rangées de cartons de fours à micro-ondes se trouvent 480 caisses de cigarettes (4 800 000 unités), déclarées nulle part. Vous retenez le conteneur et rédigez le procès-verbal de visite.",
      },
    },
    brief{
      id = "protected",
      when = "order_recorded",
      title = { en = "A week later", fr = "Une semaine plus tard" },
      prompt = {
        en = "The head of the integrity unit calls you: your log entry and report are the basis of an inquiry into Deputy Director Ferrand's links with the importer. Under the code, you are protected against any retaliation for a report made in good faith.",
        fr = "Le chef de la cellule d'intégrité vous appelle : votre mention au registre et votre signalement fondent une enquête sur les liens du directeur adjoint Ferrand avec l'importateur. Selon le code, vous êtes protégé contre toute mesure de représailles pour un signalement fait de bonne foi.",
      },
    },
    choose{
      id = "denial",
      when = "not released_unexamined and not order_recorded",
      title = { en = "A week later", fr = "Une semaine plus tard" },
      prompt = {
        en = "Deputy Director Ferrand tells the director he never called you, and blames you for \"holding up a priority consignment without reason\". Nothing in the log mentions his call. What do you do?",
        fr = "Le directeur adjoint Ferrand affirme au directeur ne vous avoir jamais appelé, et vous reproche d'avoir « bloqué sans raison un envoi prioritaire ». Rien dans le registre ne mentionne son appel. Que faites-vous ?",
      },
      options = {
        { id = "report_now", score = 6, factors = { "audit_and_investigation", "transparency" },
          label = { en = "Write a dated account of the call now, with the time shown on your phone, and send it to the integrity unit through the protected channel", fr = "Rédiger dès maintenant un compte rendu daté de l'appel, avec l'heure affichée par votre téléphone, et l'adresser à la cellule d'intégrité par le canal protégé" },
          feedback = { en = "Late, but right: a report through the protected channel, with whatever evidence you still have.", fr = "Tardif, mais juste : un signalement par le canal protégé, avec les éléments dont vous disposez encore." } },
        { id = "let_go", score = 0, factors = { "audit_and_investigation" },
          label = { en = "Let it go: it is your word against a deputy director's", fr = "Laisser tomber : c'est votre parole contre celle d'un directeur adjoint" },
          feedback = { en = "Staying silent leaves the pressure unreported and you exposed; the protected channel exists for this.", fr = "Se taire laisse la pression sans signalement et vous laisse exposé ; le canal protégé existe pour cela." } },
      },
      competencies = { "ethics.whistleblowing" },
      references = { "National code of conduct, s. 7", "Revised Arusha Declaration, factor 6: audit and investigation" },
      explanation = {
        en = "This is why the call should have been logged at once. Report it now through the protected channel.",
        fr = "C'est pourquoi l'appel aurait dû être consigné sur-le-champ. Signalez-le maintenant par le canal protégé.",
      },
    },
    choose{
      id = "aftermath",
      when = "released_unexamined",
      title = { en = "Three weeks later", fr = "Trois semaines plus tard" },
      prompt = {
        en = "A police raid on Grand Comptoir's warehouse finds 4.8 million cigarettes that arrived in the container you released. The director asks you how it left the port without the examination the system ordered.",
        fr = "Une descente de police dans l'entrepôt du Grand Comptoir découvre 4,8 millions de cigarettes arrivées dans le conteneur dont vous avez donné mainlevée. Le directeur vous demande comment il a pu quitter le port sans la visite ordonnée par le système.",
      },
      options = {
        { id = "truth", score = 6, factors = { "audit_and_investigation", "code_of_conduct" },
          label = { en = "Tell the truth, including Deputy Director Ferrand's call, and make a report through the protected channel", fr = "Dire la vérité, y compris l'appel du directeur adjoint Ferrand, et faire un signalement par le canal protégé" },
          feedback = { en = "The release was a serious failure; the truth and a report are now the only way to have the pressure examined.", fr = "La mainlevée était une faute grave ; la vérité et un signalement sont désormais le seul moyen de faire examiner la pression subie." } },
        { id = "system", score = 0, factors = { "audit_and_investigation", "code_of_conduct" },
          label = { en = "Say the system must have made an error", fr = "Dire que le système a dû se tromper" },
          feedback = { en = "The red channel is in the log; blaming the system adds a lie to the failure and shields the person who applied the pressure.", fr = "Le circuit rouge figure au registre ; accuser le système ajoute un mensonge à la faute et protège l'auteur de la pression." } },
      },
      competencies = { "ethics.whistleblowing" },
      references = { "National code of conduct, s. 7", "Revised Arusha Declaration, factor 6: audit and investigation" },
      explanation = {
        en = "Revenue was lost and illicit goods reached the market. Report the order through the protected channel; the organisation must protect you from retaliation.",
        fr = "Des recettes ont été perdues et des marchandises illicites ont atteint le marché. Signalez l'ordre par le canal protégé ; l'organisation doit vous protéger des représailles.",
      },
    },
    quiz{
      id = "what_to_do",
      title = { en = "Under pressure", fr = "Sous pression" },
      prompt = {
        en = "A superior orders you, orally, to drop a control decided by the risk system. Which responses are right? Pick every one that applies.",
        fr = "Un supérieur vous ordonne oralement d'abandonner un contrôle décidé par le système de risque. Quelles réactions sont correctes ? Cochez toutes les bonnes réponses.",
      },
      kind = "multiple",
      choices = {
        { id = "writing", text = { en = "Ask for the order in writing", fr = "Demander l'ordre par écrit" }, correct = true },
        { id = "record", text = { en = "Record the instruction and when it was given", fr = "Consigner l'instruction et le moment où elle a été donnée" }, correct = true },
        { id = "escalate", text = { en = "Escalate through the proper or protected channel", fr = "Faire remonter par la voie hiérarchique prévue ou le canal protégé" }, correct = true },
        { id = "obey", text = { en = "Obey: responsibility lies with the superior", fr = "Obéir : la responsabilité incombe au supérieur" } },
        { id = "quiet_audit", text = { en = "Release, then quietly flag the declaration for a post-clearance audit", fr = "Donner mainlevée, puis signaler discrètement la déclaration pour un contrôle a posteriori" } },
      },
      rule = "Revised Arusha Declaration, factors 1, 3 and 6",
      competencies = { "ethics.pressure", "ethics.whistleblowing" },
      references = { "Revised Arusha Declaration (2003)" },
      explanation = {
        en = "Ask for the order in writing, record it and escalate it properly; when the superior is involved, use the protected whistleblowing channel. An oral \"I take responsibility\" does not discharge yours, and a quiet audit later does not replace the examination the risk system decided.",
        fr = "Demander l'ordre par écrit, le consigner et le faire remonter par la voie prévue ; lorsque le supérieur est en cause, utiliser le canal de signalement protégé. Un « j'en prends la responsabilité » oral ne dégage pas la vôtre, et un audit discret après coup ne remplace pas la visite décidée par le système de risque.",
      },
    },
  },
}
