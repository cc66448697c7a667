// French incident vocabulary: trigger phrases per event type and the cue words the incident guards read.

import type { IncidentLexicon } from '../../incidents/lexicon-types.js';

const PRISON_OBJECTS = ['fourgon pénitentiaire', 'fourgon cellulaire', 'fourgon', 'véhicule pénitentiaire', 'convoi', 'escorte pénitentiaire', 'escorte', 'véhicule de l\'administration pénitentiaire', 'agents pénitentiaires', 'agent pénitentiaire', 'extraction judiciaire', 'prison', 'centre pénitentiaire', 'maison d\'arrêt', 'surveillants', 'surveillant', 'prisons', 'établissements pénitentiaires', 'surveillants pénitentiaires'];
/** Where a bullet hit someone who lived: "touché au flanc", "atteint à la hanche" tell a wounded person. */
const WOUNDED_PARTS = ['au flanc', 'à la poitrine', 'au torse', 'à la hanche', 'au genou', 'aux genoux', 'au mollet', 'à la fesse', 'aux fesses', 'au bassin', 'au bas-ventre', 'aux membres inférieurs', 'aux bras', 'à la main', 'au pied', 'aux pieds', 'au visage', 'à la mâchoire', 'au cou', 'à l\'avant-bras', 'au coude', 'à la cuisse', 'au bras', 'à l\'épaule'];
const PRISONER_NOUNS = ['détenu', 'détenus', 'prisonnier', 'trafiquant', 'narcotrafiquant', 'caïd', 'chef de réseau'];

export const FR_INCIDENT_LEXICON: IncidentLexicon = {
  triggers: [
    { type: 'prison_attack', phrases: ['attaque du', 'attaque d\'un', 'attaque d\'une', 'attaque de l\'', 'attaque contre', ...['meurtrière', 'sanglante', 'armée', 'spectaculaire'].flatMap((a) => [`attaque ${a} du`, `attaque ${a} d'un`, `attaque ${a} contre`]), 'attaqué le', 'attaqué un', 'attaqué une', 'attaqué la', 'attaqué l\'', 'embuscade contre', 'tendu une embuscade', 'percuté le', 'percuté un', 'assaut contre'], near: PRISON_OBJECTS, window: 4 },
    // Shots and fire aimed at a prison's walls: the target noun comes late in French ("… tirées dans la nuit contre la façade du centre pénitentiaire").
    { type: 'prison_attack', phrases: ['rafale*', 'tirs', 'tirées', 'tirés', 'tiré', 'visé*', 'ciblé*', 'mitraillé*', 'incendié*', 'brûlé*', 'détruites', 'détruits', 'réduit en cendres', 'réduits en cendres', 'réduite en cendres', 'réduites en cendres', 'partis en fumée', 'parties en fumée', 'ravagé* par les flammes', 'la proie des flammes'], near: PRISON_OBJECTS, window: 16 },
    { type: 'prison_attack', phrases: ['évasion', 's\'est évadé', 's\'est évadée', 'se sont évadés', 'évadé de', 'belle spectaculaire', 'agression de surveillants', 'agressé un surveillant', 'agressé deux surveillants', 'surveillants agressés'] },
    { type: 'prison_attack', phrases: ['libérer', 'libéré', 'faire évader', 'fait évader'], near: PRISONER_NOUNS, window: 5, exceptWith: ['kidnapping_extortion'] },

    // Narrative present: "il abat le conducteur", "ils exécutent leur cible" (a person must be named: "exécute un mandat").
    { type: 'shooting_homicide', outcome: 'death', needsPerson: true, phrases: ['abat', 'abattent', 'exécute', 'exécutent', 'a exécuté', 'ont exécuté'] },
    { type: 'shooting_homicide', outcome: 'death', phrases: ['abattu*', 'tué* par balle*', 'tué* par arme à feu', 'criblé* de balles', 'mortellement blessé*', 'touché* mortellement', 'mortellement touché*', 'blessé* mortellement', 'poignardé* à mort', 'brûlé* vif', 'brûlée* vive', 'calciné*', 'carbonisé*', 'assassiné*', 'narchomicide', 'narcohomicide', 'retrouvé* mort*', 'battu* à mort', 'battue* à mort', 'déclaré mort', 'déclarée morte', 'déclarés morts', 'déclaré décédé', 'déclarée décédée', 'a succombé', 'ont succombé', 'succombe', 'succombent', 'succombé', 'succombée', 'succombant', 'n\'a pas survécu', 'n\'ont pas survécu', 'n\'a pas survécu à ses blessures', 'décédé*', 'homicide'] },
    // A body found ("un corps a été découvert dans le coffre", "le corps sans vie d'un homme"): a killing, as the
    // trade's killings are often first told.
    { type: 'shooting_homicide', outcome: 'death', found: true, phrases: ['corps … découvert*', 'corps … retrouvé*', 'corps sans vie', 'cadavre … découvert*', 'cadavre … retrouvé*', 'cadavres … découvert*', 'cadavres … retrouvé*'] },
    { type: 'shooting_homicide', outcome: 'death', needsPerson: true, phrases: ['tué*', 'tuant', 'exécuté*', 'mort', 'morte', 'morts', 'mortes', 'a perdu la vie', 'ont perdu la vie', 'aurait perdu la vie', 'auraient perdu la vie', 'coûté la vie', 'coûtant la vie', 'coûte la vie',
      // "plusieurs coups de feu ont été tirés …, entraînant le décès d'un individu": the death is of the person after it.
      'entraînant le décès', 'entraînant la mort', 'causant le décès', 'causant la mort', 'provoquant le décès', 'provoquant la mort', 'ayant entraîné le décès', 'ayant entraîné la mort'],
      // "Ils avoueront avoir exécuté cette mission", "exécuté un mandat": a task carried out, not a person killed.
      notBefore: ['cette mission', 'la mission', 'une mission', 'sa mission', 'leur mission', 'le contrat', 'un contrat', 'les ordres', 'ses ordres', 'leurs ordres', 'la commande', 'une commande', 'un mandat', 'le mandat', 'le plan', 'un plan', 'la peine', 'sa peine', 'la décision'],
      // A threat written or shouted at someone ("« t'es mort Smati », tagué sur une porte") kills no one.
      // ("laissé pour mort dans la forêt": left for dead, alive.)
      exceptIn: ['t\'es mort', 't\'es morte', 'tu es mort', 'tu es morte', 't\'es un homme mort', 'vous êtes morts', 'vous êtes mort', 'laissé pour mort', 'laissée pour morte', 'laissés pour morts', 'laissées pour mortes'] },
    { type: 'shooting_homicide', outcome: 'death', nominal: true, phrases: ['meurtre de', 'assassinat de', 'mort de', 'décès de'] },
    // A killing named by when or where it happened, with no victim after it: "un dossier d'assassinat survenu à Alès
    // le 31 octobre 2022", "l'homicide commis en mars à Nîmes".
    { type: 'shooting_homicide', outcome: 'death', nominal: true, oneDeath: true, phrases: ['meurtre survenu', 'assassinat survenu', 'homicide survenu', 'meurtre commis', 'assassinat commis', 'homicide commis'] },
    { type: 'shooting_homicide', outcome: 'injury', needsPerson: true, phrases: ['blessé*', 'blessant', 'blessé* par balle*', 'grièvement blessé*', 'touché* par balle*', 'touché* par une balle', 'touché* à la tête', 'touché* par … balle*', 'touché* à … reprises par balle*', 'atteint* à … reprises par balle*', 'blessé* à … reprises par balle*', 'reçu … balle*', 'plaie par balle', 'plaies par balle', 'plaie par balles', 'plaies par balles', 'pris une balle', 'atteint* par … balle*', 'atteint* à la tête', 'atteint* au thorax', 'atteint* à l\'abdomen', 'poignardé*', 'urgence absolue', 'entre la vie et la mort', 'touché* à la jambe', 'touché* aux jambes', 'touché* à la cuisse', 'touché* au bras', 'touché* à l\'épaule', 'touché* au pied', 'touché* à la main', ...WOUNDED_PARTS.flatMap((w) => [`touché* ${w}`, `atteint* ${w}`, `blessé* ${w}`]), 'agonisant*', 'roué* de coups', 'lynché*', 'tabassé*', 'aspergé* d\'essence'] },
    // Where a bullet hit ("touché à la cuisse", "atteint au bras", "touché au niveau d'un membre inférieur") and shots
    // fired at someone ("deux individus ont fait feu sur un homme de 36 ans") name the victims of a shooting; how many
    // were wounded is told by the counts, not by these (a dead victim was "touché au thorax" too).
    { type: 'shooting_homicide', outcome: 'victim', needsPerson: true, phrases: ['touché* au thorax', 'touché* au ventre', 'touché* à l\'abdomen', 'touché* au dos', 'touché* au visage', 'touché* au cou', 'touché* au niveau', 'atteint* à la jambe', 'atteint* à la cuisse', 'atteint* au bras', 'atteint* au niveau', 'atteint* par des tirs', 'atteint* par un tir', 'touché* par des tirs', 'touché* par un tir', 'fait feu sur', 'fait feu en direction', 'ouvert le feu sur', 'tiré sur', 'tiré à plusieurs reprises sur', 'tiré … coups de feu sur', 'tiré … balles sur', 'tiré … coups de feu en direction'] },
    // An attempt says nothing of a wound: the charge "tentative d'homicide" is laid for shots at a door. Nor does
    // being shot at: "ont été pris pour cible" names the victims, and their toll, when any, is told on its own.
    { type: 'shooting_homicide', needsPerson: true, phrases: ['tentative d\'homicide', 'tentative de meurtre', 'tentative d\'assassinat'] },
    { type: 'shooting_homicide', outcome: 'victim', needsPerson: true, phrases: ['pris pour cible', 'prise pour cible', 'pris pour cibles', 'prises pour cible', 'victime d\'une balle perdue', 'victime de balles perdues', 'victimes de balles perdues'] },
    // A settling of scores names the motive, not the toll: "six blessés dans un règlement de comptes" killed no one.
    { type: 'shooting_homicide', nominal: true, phrases: ['règlement de comptes', 'règlement de compte', 'fusillade', 'échange de tirs', 'impacts de balle', 'impacts de balles', 'impacts de tirs', 'tirs de kalachnikov', 'des tirs', 'coups de feu', 'tir en rafale', 'tirs en rafale', 'rafale* de kalachnikov', 'rafale* d\'arme*', 'rafale* de fusil*', 'rafale* de pistolet*', 'tirs d\'arme* automatique*', 'tirs d\'arme* de guerre', 'tirs de fusil*',
      // Shots told by their shooter, with no one hit: "un individu en trottinette a tiré cinq fois".
      'ouvert le feu', 'tiré … fois', 'tiré à plusieurs reprises', 'fait feu à plusieurs reprises'] },

    { type: 'kidnapping_extortion', phrases: ['enlevé*', 'kidnappé*', 'séquestré*', 'pris en otage', 'prise en otage', 'retenu* en otage', 'rançon', 'extorqué*', 'racketté*', 'torturé*', 'passé* à tabac', 'jeté* dans le coffre', 'jettent dans le coffre', 'jette dans le coffre', 'enfermé* dans le coffre', 'poussé* dans le coffre'] },
    { type: 'kidnapping_extortion', nominal: true, phrases: ['enlèvement de', 'enlèvement d\'', 'tentative d\'enlèvement', 'véritable enlèvement', 'enlèvement crapuleux', 'séquestration de', 'séquestration d\'', 'extorsion de', 'extorsion'] },

    // (The infinitive after a verb of seeing tells the act too: "des témoins ont vu un groupe incendier sept véhicules".)
    { type: 'arson_intimidation', phrases: ['brûlé*', 'ont brûlé', 'a brûlé', 'incendiés', 'incendiées', 'incendier', 'brûler', 'réduit en cendres', 'réduits en cendres', 'réduite en cendres', 'réduites en cendres', 'partis en fumée', 'parties en fumée', 'la proie des flammes', 'détruit par le feu', 'détruite par le feu', 'détruits par le feu', 'détruites par le feu', 'détruit par les flammes', 'détruite par les flammes', 'détruits par les flammes', 'détruites par les flammes'], near: ['voiture', 'voitures', 'véhicule', 'véhicules', 'scooter', 'moto', 'immeuble', 'porte', 'bâtiment', 'domicile', 'maison', 'parking'], window: 6 },
    // "Dans la nuit du 29 au 30, un incendie a ravagé l'appartement", "un début d'incendie a visé l'immeuble": a fire set
    // to a home, told with its day (a nominal trigger needs one), in a story of the trade.
    // Firework mortars fired at people, a town hall or a police station ("la cible de tirs de mortiers", "des tirs de
    // mortiers d'artifice contre le commissariat"): the trade's intimidation.
    { type: 'arson_intimidation', phrases: ['tirs de mortier*', 'tir de mortier*', 'mortiers d\'artifice', 'tirs de feux d\'artifice', 'tiré des mortiers', 'tirs d\'artifice'],
      near: ['maire', 'mairie', 'commissariat', 'gendarmerie', 'policiers', 'policier', 'gendarmes', 'forces de l\'ordre', 'pompiers', 'élu', 'élus', 'hôtel de ville', 'poste de police', 'cible', 'visé*', 'contre', 'sur les'], window: 10 },
    { type: 'arson_intimidation', nominal: true, phrases: ['incendie', 'début d\'incendie', 'départ de feu', 'départ d\'incendie'], near: ['appartement', 'logement', 'domicile', 'maison', 'pavillon', 'immeuble', 'bâtiment', 'résidence'], window: 8 },
    { type: 'arson_intimidation', phrases: ['incendié*', 'incendie criminel', 'mis le feu', 'mis feu', 'cocktail molotov', 'cocktails molotov', 'tirs contre', 'tiré sur la façade', 'tirs sur la façade', 'menaces de mort', 'menacé* de mort', 'campagne d\'intimidation', 'incendie volontaire', 'brûlé la voiture'] },

    { type: 'seizure', phrases: ['saisi', 'saisis', 'saisie', 'saisies', 'a saisi', 'ont saisi', 'ont été saisis', 'ont été saisies', 'a été saisi', 'a été saisie', 'découvert', 'découverte de', 'découvrent', 'découvre', 'ont découvert', 'a découvert', 'confisqué*', 'intercepté*', 'intercepter', 'interceptent', 'intercepte', 'interceptant', 'saisissant', 'découvrant', 'confisquant'], near: ['kg', 'kilos', 'kilogrammes', 'tonnes', 'tonne', 'grammes', 'cocaïne', 'cannabis', 'résine', 'herbe', 'héroïne', 'armes', 'arme', 'numéraire', 'euros', 'stupéfiants', 'drogue', 'shit', 'crack', 'ecstasy'], window: 12 },
    // De la drogue trouvée est saisie, comme de la drogue découverte (« 30 kilos de cocaïne ont été trouvés », « ont mis
    // la main sur »), sauf dans une phrase qui dit un meurtre (« un homme a été trouvé mort près d'un point de deal »).
    { type: 'seizure', phrases: ['trouvé*', 'mis la main sur', 'mettent la main sur', 'met la main sur'], near: ['kg', 'kilos', 'kilogrammes', 'tonnes', 'tonne', 'grammes', 'cocaïne', 'cannabis', 'résine', 'herbe', 'héroïne', 'armes', 'arme', 'numéraire', 'euros', 'stupéfiants', 'drogue', 'shit', 'crack', 'ecstasy'], window: 12, exceptWith: ['shooting_homicide'] },

    { type: 'police_operation', phrases: ['interpellé*', 'été arrêté*', 'a arrêté', 'ont arrêté', 'sont arrêté*', 'avoir arrêté', 'fait arrêter', 'placé* en garde à vue', 'en garde à vue', 'mis* en examen', 'écroué*', 'démantelé*', 'coup de filet', 'vaste opération', 'opération antidrogue', 'opération anti-drogue', 'opération de police', 'opération policière', 'opération de gendarmerie', "opération d'envergure", 'mené une opération', 'mené une vaste opération', 'menée une opération', 'conduit une opération', 'mené* une … opération', 'mené* une … opération* « place nette »', 'lancé* une … opération', 'opération « place nette »', 'opérations « place nette »', 'opération … de police', 'opération … de gendarmerie', 'opération place nette', 'opérations place nette', 'descente de police', 'perquisitions', 'perquisition', 'placé* en détention',
      // Un suspect remis par un autre pays: "a été extradé du Maroc".
      'extradé', 'extradée', 'extradés', 'a été extradé', 'remis à la France', 'remis aux autorités françaises'] },
    // "200 policiers ont été mobilisés", not "il a mobilisé un autre détenu" (recruited by a gang).
    { type: 'police_operation', phrases: ['déployé*', 'mobilisé*'], near: ['policier*', 'gendarme*', 'forces de l\'ordre', 'crs', 'agents', 'effectifs', 'enquêteurs', 'militaires', 'brigade*', 'unités', 'renforts', 'compagnies', 'escadron*', 'raid', 'gign', 'bri'], window: 6 },
    { type: 'police_operation', nominal: true, phrases: ['interpellation de', 'interpellations', 'démantèlement d\'un', 'démantèlement du', 'arrestation de', 'arrestation d\''] },

    { type: 'corruption_case', phrases: ['complicité de trafic', 'complicité dans un trafic', 'pour corruption', 'de corruption', 'corrompu*', 'pots-de-vin', 'pot-de-vin', 'soudoyé*', 'surveillant corrompu', 'douanier corrompu', 'policier corrompu', 'agent corrompu'] },

    // Une décision de justice sur une extradition : "la Cour suprême a validé son extradition", "avis favorable à l'extradition".
    { type: 'trial_verdict', phrases: ['validé l\'extradition', 'validé son extradition', 'autorisé l\'extradition', 'autorisé son extradition', 'approuvé l\'extradition', 'approuvé son extradition', 'avis favorable à l\'extradition', 'avis favorable à son extradition', 'feu vert à l\'extradition', 'feu vert à son extradition', 'feu vert pour l\'extradition', 'feu vert pour son extradition'] },
    { type: 'trial_verdict', phrases: ['procès de', 'procès d\'', 'le procès', 's\'est ouvert', 's\'ouvre', 'a comparu', 'ont comparu', 'comparaît', 'comparaissent', 'comparaissait', 'est jugé', 'sont jugés', 'ont été jugés', 'a été jugé', 'jugé pour', 'jugés pour', 'jugée pour', 'devant le tribunal correctionnel', 'devant la cour d\'assises', 'devant les assises'] },
    { type: 'trial_verdict', phrases: ['condamné*', 'a été condamné', 'requis', 'réquisitions', 'réquisitoire', 'acquitté*', 'relaxé*', 'verdict', 'procès', 'jugé*', 'cour d\'assises', 'tribunal correctionnel', 'peine de', 'ans de prison', 'ans de réclusion', 'réclusion criminelle'], near: ['prison', 'réclusion', 'ans', 'mois', 'peine', 'procès', 'tribunal', 'cour', 'assises', 'amende', 'sursis', 'verdict', 'parquet', 'condamné', 'condamnés', 'jugé', 'jugés'], window: 8,
      // The parquet's "réquisitions" and a judge's order at a custody hearing ("placement en détention provisoire,
      // conformément aux réquisitions du parquet") come before any trial.
      // ("Deux ont été placés en détention, … le parquet a également requis le placement sous écrou des cinq autres.")
      exceptIn: ['détention provisoire', 'juge des libertés', 'mis en examen', 'mise en examen', 'garde à vue', 'placé en détention', 'placée en détention', 'placés en détention', 'placées en détention', 'placement en détention', 'placement sous écrou', 'mandat de dépôt'] },
  ],
  persons: [
    { words: ['surveillant pénitentiaire', 'surveillant', 'agent pénitentiaire', 'gardien de prison'], role: 'prison_officer' },
    { words: ['surveillants pénitentiaires', 'surveillants', 'agents pénitentiaires', 'gardiens de prison'], role: 'prison_officer', plural: true },
    { words: ['policier', 'policière', 'gendarme', 'agent', 'douanier', 'officier'], role: 'officer' },
    { words: ['policiers', 'gendarmes', 'agents', 'douaniers', 'forces de l\'ordre'], role: 'officer', plural: true },
    { words: ['étudiant', 'étudiante', 'lycéen', 'lycéenne', 'collégien', 'collégienne'], role: 'student' },
    { words: ['étudiants', 'lycéens', 'collégiens'], role: 'student', plural: true },
    { words: ['chauffeur de taxi', 'chauffeur', 'conducteur', 'automobiliste', 'livreur'], role: 'driver' },
    { words: ['passant', 'passante', 'victime collatérale', 'riverain', 'riveraine'], role: 'bystander' },
    { words: ['passants', 'victimes collatérales', 'riverains'], role: 'bystander', plural: true },
    // (An inmate is a person: "un détenu de la prison de Nîmes a été tué" tells a killing of one, not an attack on the prison.)
    { words: ['détenu', 'détenue', 'prisonnier', 'prisonnière'], role: 'inmate' },
    { words: ['détenus', 'prisonniers'], role: 'inmate', plural: true },
    { words: ['dealer', 'trafiquant', 'guetteur', 'charbonneur', 'vendeur', 'narcotrafiquant', 'membre d\'un réseau'], role: 'trafficker' },
    { words: ['dealers', 'trafiquants', 'guetteurs', 'charbonneurs', 'narcotrafiquants'], role: 'trafficker', plural: true },
    { words: ['enfant', 'garçon', 'fillette', 'garçonnet', 'bébé', 'écolier'], role: 'child', minor: true },
    { words: ['enfants', 'garçons'], role: 'child', minor: true, plural: true },
    { words: ['adolescent', 'adolescente', 'ado', 'mineur', 'mineure', 'jeune'], role: null },
    { words: ['adolescents', 'mineurs', 'jeunes'], role: null, plural: true },
    // ("corps": a body found is one person dead, "un corps calciné a été découvert".)
    { words: ['homme', 'femme', 'personne', 'victime', 'corps', 'père', 'mère', 'fils', 'fille', 'frère', 'soeur', 'sœur', 'individu', 'suspect', 'entrepreneur', 'trentenaire', 'quadragénaire', 'vingtenaire', 'quinquagénaire', 'maire', 'habitant', 'docker', 'commerçant', 'commerçante', 'gérant', 'gérante', 'patron', 'employé', 'employée', 'ouvrier', 'rappeur', 'boxeur', 'footballeur', 'joueur', 'infirmier', 'infirmière', 'médecin', 'militaire', 'pompier', 'retraité', 'retraitée', 'passager', 'passagère', 'voisin', 'voisine', 'ami', 'amie', 'cousin', 'oncle', 'neveu', 'compagnon', 'compagne', 'jeune homme', 'jeune femme'], role: null },
    { words: ['hommes', 'femmes', 'personnes', 'victimes', 'individus', 'suspects', 'habitants', 'membres', 'dockers', 'employés', 'ouvriers', 'passagers', 'amis', 'jeunes hommes'], role: null, plural: true },
    { words: ['autres'], role: null, plural: true, determined: true },
  ],
  personPronouns: ['il', 'elle', 'lui', "l'un d'eux", "l'une d'elles", "l'un d'entre eux", "l'une d'entre elles", "l'un des deux", "l'une des deux"],
  frontedAge: /^[^\p{L}\p{N}]*(?:[âaÂA]gée?s?\s+de|[àÀ])\s+(\d{1,2})\s+ans\s*,\s*/u,
  singularSubjectPronouns: ['il', 'elle'],
  pluralSubjectPronouns: ['ils', 'elles'],
  thingSubjects: ['porte', 'portes', 'porte d\'entrée', 'portail', 'voiture', 'voitures', 'véhicule', 'véhicules', 'camion', 'camionnette', 'fourgon', 'scooter', 'moto', 'façade', 'façades', 'vitre', 'vitres', 'fenêtre', 'fenêtres', 'baie vitrée', 'mur', 'murs', 'immeuble', 'bâtiment', 'maison', 'pavillon', 'appartement', 'logement', 'domicile', 'commerce', 'magasin', 'local', 'restaurant', 'bar', 'snack', 'prison', 'centre pénitentiaire', 'maison d\'arrêt', 'commissariat', 'gendarmerie', 'mairie'],
  victimReferences: ['la victime', 'cette victime'],
  perpetratorNouns: ['suspect', 'suspects', 'tireur', 'tireurs', 'auteur', 'auteurs', 'assaillant', 'assaillants', 'agresseur', 'agresseurs', 'meurtrier', 'mis en cause', 'interpellé', 'interpellée', 'interpellés', 'gardé à vue', 'en garde à vue', 'mis en examen'],
  countWords: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12 },
  vagueCounts: ['plusieurs', 'nombreux', 'nombreuses', 'quelques', 'certains', 'certaines', 'divers', 'des dizaines de', 'des dizaines d\'', 'une dizaine de', 'une dizaine d\'', 'une vingtaine de', 'une vingtaine d\'', 'une centaine de'],
  singularArticles: ['un', 'une', 'le', 'la', 'l\''],
  countedActs: [{ type: 'shooting_homicide', nouns: ['fusillades', 'règlements de comptes', 'règlements de compte', 'épisodes de tirs', 'attaques armées', 'tentatives d\'homicide', 'tentatives de meurtre'] }],
  anotherPerson: ['un autre', 'une autre', "l'autre", "l'un", "l'une"],
  singularPassive: ['a été', 'avait été', 'est', 'a', 'était'],
  pluralPassive: ['ont été', 'avaient été', 'sont', 'ont', 'étaient'],
  // ("Personne n'a été blessé ni tué": "ni" denies the second act as "personne n'" the first.)
  negations: ['personne n\'', 'aucun', 'aucune', 'pas', 'jamais', 'sans', 'ni'],
  stateCues: ['actuellement', 'toujours', 'déjà', 'encore', 'aujourd\'hui', 'désormais'],
  recordAdverbs: ['déjà'],
  predicateOpeners: ['ont eu lieu', 'a eu lieu', 'se sont déroulées', 's\'est déroulée', 's\'est tenue', 'se tiendront', 'se tiendra', 'auront lieu', 'aura lieu', 'ont rassemblé', 'a rassemblé', 'ont réuni', 'a réuni', 'a été inhumé', 'ont été inhumés', 'a été mis en examen', 'ont été mis en examen', 'a été mise en examen', 'a été interpellé', 'ont été interpellés', 'a été condamné', 'ont été condamnés', 'a été écroué', 'ont été écroués', 'sera jugé', 'seront jugés', 'comparaît', 'comparaissent'],
  pastRecordCues: ['purger', 'purgé', 'purgée', 'purgeait', 'purgeaient', 'purgent', 'purge', 'déjà condamné', 'déjà condamnés', 'libéré', 'sorti de prison', 'ancien détenu', 'avait été condamné', 'avait été condamnée', 'avaient été condamnés', 'condamné dans le passé', 'connu pour', 'connue pour', 'connus pour', 'casier judiciaire', 'connu de la justice', 'connue de la justice', 'connus de la justice', 'pour avoir été', 'sortait … de prison', 'sortie … de prison', 'après avoir été condamné', 'après avoir été condamnée', 'après avoir été condamnés', 'incarcéré … depuis', 'incarcérée … depuis', 'détenu … depuis', 'sortait à', 'sorti à', 'sortie à', 'sortis à',
    // Pourquoi un détenu était écroué: "placé en détention provisoire depuis octobre 2024 dans une affaire de tentative de meurtre".
    'en détention provisoire depuis', 'détenu pour', 'détenue pour', 'incarcéré pour', 'incarcérée pour', 'écroué pour', 'écrouée pour', 'en attente de son procès pour'],
  // ("portant le nombre", not "à bout portant le 24 mars": the count's noun comes with it.)
  tallyTails: ['ce qui porte à', 'ce qui porte le nombre', 'ce qui porte le total', 'ce qui porte le bilan', 'ce qui fait', 'portant à', 'portant le nombre', 'portant le total', 'portant le bilan', 'qui porte à', 'qui porte le nombre', 'qui porte le total', 'qui porte le bilan'],
  conditionals: ['si'],
  hypotheticals: ['pourrait', 'pourraient', 'aurait pu', 'risque de', 'si', 'projet de', 'projetait', 'envisage', 'envisagent', 'menace de', 'afin de', 'pour éviter', 'déjoué', 'déjouée', 'déjoués', 'veut', 'souhaite', 'propose', 'préconise', 'recommande', 'doit', 'doivent', 'devait', 'devaient', 'devrait', 'devraient', 'seront présentés', 'sera présenté', 'sera présentée', 'seront présentées', 'seront jugés', 'sera jugé', 'sera jugée', 'comparaîtra', 'comparaîtront', 'seront déférés', 'sera déféré', 'risque jusqu\'à', 'risquent jusqu\'à', 'encourt', 'encourent', 'accepté d\'être', 'accepte d\'être', 'refusé d\'être', 'demande d\'extradition', 'en vue de son extradition', 'passible d\'une', 'passibles d\'une', 'passible de', 'passibles de'],
  generics: ['dans certains cas', 'dans plusieurs cas', 'parfois', 'souvent', 'régulièrement', 'fréquemment', 'généralement', 'chaque année', 'par an', 'de plus en plus', 'en hausse', 'en augmentation', 'recrudescence', 'vague de', 'flambée de', 'série de', 'se multiplient', 'se sont multipliés',
    // Un nombre comparé à une autre période est une tendance, un chiffre (EN: the same).
    'doublé', 'triplé', 'a augmenté de', 'ont augmenté de', 'a baissé de', 'ont baissé de', 'en baisse', 'par rapport à', 'en moyenne', 'tous les jours', 'tous les deux jours', 'tous les trois jours', 'toutes les semaines', 'chaque jour', 'chaque semaine', 'chaque mois',
    // Un type d'acte dit courant n'est pas un acte : « les règlements de comptes sont monnaie courante à Marseille ».
    'monnaie courante', 'sont fréquents', 'sont fréquentes', 'est fréquent', 'est courant', 'sont courants', 'ne sont pas rares', "n'est pas rare", 'banalisé', 'banalisés'],
  aggregators: ['à la même date', 'à la même période', 'à la même époque', 'à pareille époque', 'la même année', 'cette même année', 'au cours de la même année', 'porte à', 'portant à', 'le nombre de', 'le nombre d\'', 'du nombre de', 'du nombre d\'', 'depuis le mois de', 'depuis le début', 'le bilan', 'l\'an dernier', 'l\'année dernière', 'cette année', 'depuis le début de l\'année', 'depuis janvier', 'depuis la fin', 'depuis fin', 'depuis la mi', 'depuis mi', 'depuis début', 'ces dernières années', 'en un an', 'par an', 'chaque année', 'recensé', 'recensés', 'recensées', 'comptabilisé', 'comptabilisés', 'depuis février', 'depuis mars', 'depuis avril', 'depuis mai', 'depuis juin', 'depuis juillet', 'depuis août', 'depuis septembre', 'depuis octobre', 'depuis novembre', 'depuis décembre', 'en quelques jours', 'en quelques semaines', 'en quelques mois', 'sur la même période', 'cette guerre',
    // « En moins de 48 heures, trois personnes ont été tuées » : une période sur plusieurs actes.
    'en moins de', "en l'espace de", 'en 48 heures', 'en 24 heures', 'en 72 heures',
    // « Deux hommes ont été tués en deux jours à Toulouse » : deux actes, dits ensuite chacun à son jour.
    'en deux jours', 'en trois jours', 'en quatre jours', 'en cinq jours', 'en une semaine', 'en deux semaines', 'en un mois'],
  accusationCues: ["soupçonné* … d'avoir", "accusé* … d'avoir", "soupçonné, … d'avoir", "soupçonnée, … d'avoir", "soupçonnés, … d'avoir", "soupçonnées, … d'avoir", "accusé, … d'avoir", "accusée, … d'avoir", "accusés, … d'avoir", "accusées, … d'avoir", "suspecté* … d'avoir", "coupable* … d'avoir", "reproche* … d'avoir", "soupçonné* … de", "accusé* … de", "suspecté* … de"],
  // ("Au total, 846 kilos ont été saisis" sums one operation: not a tally by itself.)
  countNouns: ['personnes', 'individus', 'morts', 'décès', 'victimes', 'cas', 'homicides', 'meurtres', 'narchomicides', 'assassinats', 'attaques', 'fusillades', 'faits', 'interpellations', 'saisies', 'tentatives', 'épisodes'],
  casualtyNouns: { morts: 'death', mort: 'death', tués: 'death', décès: 'death', 'victimes décédées': 'death', blessés: 'injury', blessé: 'injury', blessée: 'injury', blessées: 'injury', 'blessés graves': 'injury', 'blessés légers': 'injury', 'blessés par balle': 'injury' },
  countBarriers: ['fois', 'sur', 'contre', 'vers', 'envers'],
  countModifiers: ['autre', 'autres', 'nouveau', 'nouvel', 'nouvelle', 'nouveaux', 'nouvelles', 'supplémentaire', 'supplémentaires', 'derniers', 'premiers'],
  conjunctions: ['et'],
  relativePronouns: ['dont'],
  tollCues: ['bilan', 'fait état de', 'font état de', 'au total', 'en tout'],
  routeFrom: ['de', 'du', "d'", 'depuis'],
  routeTo: ['vers', "jusqu'à", "jusqu'au", 'à destination de', "à destination d'", 'à destination du'],
  nearPlaceCues: ['près de', "près d'", 'non loin de', "non loin d'", 'à proximité de', "à proximité d'", 'aux abords de', 'aux portes de', 'dans la banlieue de', 'en banlieue de', 'banlieue de', 'en périphérie de', 'périphérie de', 'dans les environs de', 'au nord de', 'au sud de', "à l'est de", "à l'ouest de", 'au nord-est de', 'au nord-ouest de', 'au sud-est de', 'au sud-ouest de'],
  periodStartCues: ['depuis le', 'depuis', 'à partir du', 'à compter du', 'du'],
  totalCues: ['au total', 'en tout'],
  tollSources: ['selon le bilan', 'selon un bilan', 'selon le dernier bilan', 'selon un premier bilan', 'selon un dernier bilan', 'selon le premier bilan', 'd\'après le bilan', 'd\'après un bilan', 'd\'après le dernier bilan', 'd\'après un premier bilan'],
  participantCues: ['impliquant', 'opposant', 'rassemblant', 'regroupant', 'mettant aux prises'],
  subsetCues: ['parmi', 'dont', "l'un d'eux", "l'une d'elles"],
  offTopic: ['islamiste', 'djihadiste', 'jihadiste', 'terroriste', 'attentat', 'ligue des champions', 'stade', 'football', 'jeux olympiques', 'coupe du monde', 'délégation', 'élection', 'élections', 'missile', 'accident de la circulation', 'accident de la route', 'accident routier', 'carambolage'],
  noInjuryCues: ['pas eu de blessé', 'pas eu de blessés', 'pas eu de victime', 'pas eu de victimes', 'ni victime', 'ni victimes', 'ni blessé', 'ni blessés', 'sans faire de blessé', 'sans faire de blessés', 'sans faire de victime', 'sans faire de victimes', 'aucun blessé', 'pas de blessé', 'pas de blessés', 'n\'a fait aucun blessé', 'n\'a pas fait de blessé', 'n\'a fait aucune victime', 'personne n\'a été blessé', 'personne n\'a été touché', 'pas de victime', 'aucune victime', 'indemne', 'indemnes', 'sain et sauf', 'sains et saufs', 'ni mort ni blessé', 'ni morts ni blessés', 'ni blessé ni mort', 'ni blessés ni morts', 'ni tué ni blessé', 'ni blessé ni tué'],
  woundNegations: ['aucun', 'aucune', 'personne n\'a', 'ni de', 'pas de'],
  woundWords: ['blessé', 'blessée', 'blessés', 'blessées', 'victime', 'victimes', 'touché', 'touchés'],
  nobodyKilledCues: ['pas eu de victime', 'pas eu de victimes', 'ni victime', 'ni victimes', 'personne n\'a été tué', 'personne n\'a été blessé ni tué', 'aucun mort', 'aucune victime', 'pas de victime', 'sans faire de victime', 'n\'a fait aucune victime', 'ni mort ni blessé', 'ni morts ni blessés', 'ni blessé ni mort', 'ni blessés ni morts', 'ni tué ni blessé', 'ni blessé ni tué'],
  noDeathCues: ['pas eu de victime', 'pas eu de victimes', 'ni victime', 'ni victimes', 'a survécu', 'ont survécu', 'survivant', 'sain et sauf', 'saine et sauve', 'sains et saufs', 'sans faire de victime', 'sans faire de blessé', 'aucun mort', 'aucun blessé', 'personne n\'a été tué', 'personne n\'a été blessé', 'pas de victime', 'ses jours ne sont pas en danger', 'ses jours ne seraient pas en danger', 'indemne', 'indemnes', 'ni mort ni blessé', 'ni morts ni blessés', 'ni blessé ni mort', 'ni blessés ni morts', 'ni tué ni blessé', 'ni blessé ni tué'],
  hurtCues: ['transporté à l\'hôpital', 'transportée à l\'hôpital', 'transporté au CHU', 'transportée au CHU', 'transporté aux urgences', 'transportée aux urgences', 'hospitalisé', 'hospitalisée', 'pronostic vital', 'jours ne sont pas en danger', 'jours ne sont plus en danger', 'urgence absolue', 'urgence relative'],
  survival: ['survécu', 'survit', 'pronostic vital', 'urgence absolue', 'hospitalisé', 'hospitalisée', 'entre la vie et la mort', 'blessé', 'blessée', 'blessés'],
  officials: ['maire', 'ancien maire', 'ancienne maire', 'adjoint au maire', 'surveillant', 'surveillante', 'surveillants', 'agent pénitentiaire', 'douanier', 'douaniers', 'policier', 'policiers', 'gendarme', 'juge', 'greffier', 'greffière', 'avocat', 'avocate', 'élu', 'élue', 'fonctionnaire', 'docker', 'dockers'],
  corruptionCues: ['corruption', 'corrompu', 'corrompus', 'complicité', 'pot-de-vin', 'pots-de-vin', 'complice', 'renseigné', 'fuite d\'informations'],
  definites: ['le', 'la', 'l\'', 'les', 'cette', 'ce', 'cet', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs'],
  additiveCues: ['aussi', 'également', 'en outre', 'de plus', 'par ailleurs', 'de même'],
  pastInfinitiveCues: ['avoir', 'd\'avoir', 'avoir été', 'd\'avoir été'],
  ordinalEventCues: ['un autre', 'une autre', 'un deuxième', 'une deuxième', 'un second', 'une seconde', 'un troisième', 'une troisième', 'un nouveau', 'une nouvelle', 'de nouveaux', 'de nouvelles', 'les nouveaux', 'des nouveaux'],
  eventNouns: ['fusillade', 'attaque', 'agression', 'incident', 'affaire', 'homicide', 'meurtre', 'assassinat', 'narchomicide', 'règlement de comptes', 'tirs', 'tir', 'coups de feu', 'incendie', 'enlèvement', 'séquestration', 'règlement', 'tuerie', 'drame', 'saisie', 'opération', 'coup de filet', 'expédition punitive', 'guet-apens', 'embuscade', 'évasion'],
  newEventCues: ['un autre', 'une autre', 'un deuxième', 'une deuxième', 'un second', 'une seconde', 'un troisième', 'une troisième', 'un nouveau', 'une nouvelle', 'de nouveaux', 'de nouvelles', 'les nouveaux', 'des nouveaux', 'le lendemain', 'la veille', 'jours plus tôt', 'jours plus tard', 'semaines plus tôt', 'semaines plus tard', 'mois plus tôt', 'mois plus tard', 'par ailleurs', 'ailleurs', 'dans une autre affaire', 'un précédent', 'une précédente', 'de précédents', 'de précédentes'],
  priorEventCues: ['après', 'après la', 'après le', "après l'", 'après des', 'après de nouveaux', 'après de nouvelles', 'après celle', 'après celui', 'après ceux', 'après celles', 'depuis la', 'depuis le', "depuis l'", 'suite à la', 'à la suite de la', 'en représailles à la', 'pour venger la', 'venger la'],
  timeRelations: ['avant', 'après', 'depuis'],
  onSceneCues: ['sur place', 'arrivés sur place', 'arrivées sur place', 'arrivé sur place', 'arrivée sur place', 'sur les lieux', 'arrivés sur les lieux', 'arrivées sur les lieux', 'à leur arrivée', 'à leur arrivée sur place', 'à leur arrivée sur les lieux', 'dépêchés sur place', 'dépêchés sur les lieux'],
  arrestPlaceCues: ['interpellé à', 'interpellée à', 'interpellés à', 'interpellées à', 'appréhendé à', 'appréhendée à', 'appréhendés à', 'arrêté à', 'arrêtée à', 'arrêtés à', 'interpellé en', 'interpellés en', 'arrêté en', 'arrêtés en', 'interpellé dans', 'arrêté dans', 'interpellé près de', 'arrêté près de', 'réfugié à', 'extradé de'],
  hospitalHeads: ['hôpital', 'centre hospitalier', 'CHU', 'clinique', 'urgences'],
  lapseCues: ['heures plus tôt', 'heure plus tôt', 'heures auparavant', 'minutes plus tôt', 'plus tôt dans la soirée', 'plus tôt dans la journée', 'plus tôt dans la nuit', 'dans la nuit', 'cette nuit', 'la nuit dernière'],
  recallingCues: ['rappelant', 'qui rappelle', 'rappelle', 'faisant écho à'],
  tallyPeriodCues: ['depuis le début de l\'année', 'depuis le début de cette année', 'depuis janvier', 'depuis le 1er janvier', 'depuis le premier janvier', 'cette année', 'en un an', 'sur un an', 'depuis le début du mois', 'depuis le début de la semaine', 'en une semaine', 'en moins d\'une semaine', 'en un mois'],
  recallCues: ['avait été', 'avaient été', 'avait', 'avaient', 'était mort', 'étaient morts', 'déjà', 'l\'an dernier', 'l\'année dernière', 'l\'an passé', 'précédent', 'précédente', 'remonte', 'remontait'],
  statusCues: ['toujours', 'encore', 'reste', 'restait', 'demeure', 'désormais'],
  partitives: ['la victime', 'le défunt', 'la défunte', 'le mort', "l'un d'entre eux", "l'une d'entre elles", "l'un d'eux", "l'une d'elles", "l'un des blessés", "l'une des victimes", "l'un des", "l'une des", "l'un des deux", "l'une des deux", 'parmi eux', 'parmi les blessés', 'parmi les victimes', 'dont un', 'dont une', 'le plus jeune', 'le plus âgé', "l'autre", "l'un", "l'une"],
  laterDeathCues: ['après avoir été', 'après avoir reçu', 'jours après avoir', 'est décédé dans la nuit', 'est décédée dans la nuit', 'a rendu l\'âme', 'a finalement succombé', 'des suites de ses blessures', 'des suites de leurs blessures', 'a succombé', 'ont succombé', 'succombé à ses blessures', 'mort cérébrale', 'décédé à l\'hôpital', 'décédée à l\'hôpital', 'est mort à l\'hôpital', 'est morte à l\'hôpital',
    // « Malgré l'intervention des secours, X est décédé sur place » : l'un des blessés qu'on vient de trouver.
    'malgré l\'intervention des secours', 'malgré l\'intervention rapide des secours', 'malgré les efforts des secours', 'malgré les soins', 'malgré les tentatives de réanimation', 'malgré les gestes de secours'],
  attackAfterDeathCues: ['après avoir été', 'après avoir reçu', 'jours après avoir été'],
  streetHeads: ['rue', 'avenue', 'boulevard', 'bd', 'place', 'chemin', 'allée', 'impasse', 'quai', 'cours', 'route', 'square', 'rond-point', 'esplanade', 'parvis', 'traverse', 'montée', 'rues', 'avenues', 'boulevards', 'allées', 'chemins', 'quais', 'porte', 'métro'],
  recallAuxiliaries: ['avait été', 'avaient été', 'avait', 'avaient'],
  findingCues: [
    'établir que', "établir qu'", 'établi que', "établi qu'", 'déterminer que', "déterminer qu'", 'déterminé que', "déterminé qu'",
    'montré que', "montré qu'", 'révélé que', "révélé qu'", 'constaté que', "constaté qu'", 'découvert que', "découvert qu'",
  ],
  procedureLinks: ['pour', 'après', 'à la suite de', 'suite à', 'dans le cadre de', "dans l'enquête sur", 'soupçonné de', 'soupçonnée de', 'soupçonnés de', 'accusé de', 'accusée de', 'accusés de', 'mis en cause dans', 'pour son rôle dans'],
  localityHeads: ['arrondissement', 'quartier', 'cité', 'rue', 'avenue', 'boulevard', 'résidence', 'lotissement', 'immeuble'],
  dayShifts: [
    { phrase: 'le lendemain', days: 1 }, { phrase: 'le jour suivant', days: 1 }, { phrase: 'la veille', days: -1 }, { phrase: 'la nuit précédente', days: -1 },
    // "La même nuit, deux adolescents ont été tués à la Joliette": another act on the day of the one told before it.
    { phrase: 'la même nuit', days: 0 }, { phrase: 'le même soir', days: 0 }, { phrase: 'le même jour', days: 0 }, { phrase: 'ce même jour', days: 0 }, { phrase: 'cette même nuit', days: 0 }, { phrase: 'ce même soir', days: 0 },
  ],
  dayUnits: ['jour', 'jours'],
  hourUnits: ['heure', 'heures'],
  shiftAdverbs: ['seulement', 'à peine', 'tout juste', 'juste'],
  shiftBack: ['plus tôt', 'auparavant', 'avant'],
  shiftForward: ['plus tard', 'après'],
  coarseUnits: [{ words: ['semaine', 'semaines'], days: 7 }, { words: ['mois'], months: 1 }, { words: ['an', 'ans', 'année', 'années'], months: 12 }],
  shiftAfter: ['après'],
  kinNouns: ['père', 'mère', 'fils', 'fille', 'frère', 'sœur', 'soeur', 'oncle', 'tante', 'cousin', 'cousine', 'neveu', 'nièce', 'grand-père', 'grand-mère', 'beau-père', 'beau-frère', 'compagnon', 'compagne', 'épouse', 'mari', 'ami', 'amie'],
  possessives: ['son', 'sa', 'ses', 'leur', 'leurs'],
  listedActOpeners: ['des', 'une', 'un', 'plusieurs', 'de nouveaux', 'de nouvelles', 'deux', 'trois'],
  relativeOpeners: ['qui', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
  cleftOpeners: ["c'est", "c'était", 'ce sont', 'ce fut'],
  clauseBreaks: [';', ', tandis qu', ', alors qu', ' tandis qu', ', et un ', ', et une ', ', et à ', ' — '],
  datedClauseJoins: [', et ', ', puis '],
  placePrepositions: ['à', 'au', 'aux', 'en', 'près de', 'près d\'', 'à proximité de', 'à proximité d\'', 'dans'],
  placeLeads: ['à', 'au', 'en', 'près de', 'près d\'', 'non loin de', 'non loin d\''],
  weakPlacePrepositions: ['de', 'd\'', 'du', 'vers', 'sur'],
  courtSeatTitles: ['tribunal de', "tribunal d'", 'tribunal correctionnel de', "tribunal correctionnel d'", 'tribunal judiciaire de', "tribunal judiciaire d'", 'tribunal pour enfants de', "cour d'assises de", "cour d'assises d'", "cour d'appel de", "cour d'appel d'", 'cour criminelle de', 'assises de', "cour d'assises spéciale de", "cour d'assises spéciale d'", 'cour criminelle départementale de', "cour criminelle départementale d'"],
  jurisdictionTitles: ['procureur de la', 'procureure de la', 'procureur de la république de', 'procureur de la république de la', "procureur de la république d'", 'procureure de la république de', 'procureure de la république de la', "procureure de la république d'", 'parquet de', 'parquet de la', "parquet d'", 'préfet de police de', 'préfète de police de', 'préfet de', 'préfet du', "préfet de l'", 'préfet de la', 'préfète de', 'préfète du', "préfète de l'", 'préfète de la', 'procureur de', 'procureure de', "procureur d'", "procureure d'",
    // Regional judicial police and specialised courts act far from their seat ("la DRPJ de Versailles a interpellé
    // … un douanier de Roissy"): "PJ", "SRPJ", "DIPJ", "DRPJ" all end the same way.
    // Staff named by where they work ("une surveillante pénitentiaire de Meaux") may be attacked at home, elsewhere.
    'surveillant pénitentiaire de', 'surveillante pénitentiaire de', 'surveillants pénitentiaires de', "surveillant pénitentiaire d'", "surveillante pénitentiaire d'",
    'pj de', 'pj) de', "pj d'", 'police judiciaire de', "police judiciaire d'", 'jirs de', "jirs d'", 'juridiction interrégionale spécialisée de'],
  placeOfHeads: ['maire de', 'maire d\'', 'mairie de', 'mairie d\'', 'port de', 'port du', 'port d\'', 'péage de', 'péage du', 'péage d\'', 'gare de', 'gare du', 'gare d\'', 'aéroport de', 'aéroport du', 'aéroport d\'', 'prison de', 'prison du', 'prison d\'', 'centre pénitentiaire de', 'centre pénitentiaire du', 'centre pénitentiaire d\'', 'maison d\'arrêt de', 'maison d\'arrêt du', 'maison d\'arrêt d\'', 'ville de', 'ville d\'', 'commune de', 'commune d\'', 'quartier de', 'cité de', 'banlieue de', 'périphérie de', 'village de', 'nord de', 'sud de', 'est de', 'ouest de', 'centre de', 'centre-ville de', 'agglomération de', 'région de', 'département de', 'parquet de', 'tribunal de', 'parquet d\'', 'préfecture de', 'tribunal correctionnel de', 'tribunal judiciaire de', 'cour d\'assises de', 'cour d\'assises d\'', 'cour d\'appel de', 'cour d\'appel d\''],
  appositiveTownHeads: ['une commune', 'une petite commune', 'une ville', 'une petite ville', 'un village', 'un petit village', 'une bourgade', 'un bourg', 'une localité', 'une cité'],
  placeModifiedHeads: [],
  // Another sentence of a wave of attacks naming its other sites: "The others were in Aix, Valence and Nîmes".
  // La voiture des tireurs retrouvée brûlée après une fusillade: "un véhicule de ce type était découvert calciné à Lattes".
  burntVehicleCues: ['découvert calciné', 'découverte calcinée', 'découverts calcinés', 'découvertes calcinées', 'retrouvé calciné', 'retrouvée calcinée', 'retrouvés calcinés', 'retrouvées calcinées', 'découvert incendié', 'découverte incendiée', 'retrouvé incendié', 'retrouvée incendiée', 'retrouvé carbonisé', 'retrouvée carbonisée', 'découvert carbonisé', 'découverte carbonisée', 'retrouvé brûlé', 'retrouvée brûlée', 'découvert brûlé', 'découverte brûlée',
    'brûlé a été découvert', 'brûlée a été découverte', 'brûlés ont été découverts', 'brûlées ont été découvertes', 'brûlé a été retrouvé', 'brûlée a été retrouvée', 'brûlés ont été retrouvés', 'brûlées ont été retrouvées', 'calciné a été découvert', 'calcinée a été découverte', 'calcinés ont été découverts', 'calciné a été retrouvé', 'calcinée a été retrouvée', 'calcinés ont été retrouvés', 'incendié a été retrouvé', 'incendiée a été retrouvée', 'incendiés ont été retrouvés', 'incendié a été découvert', 'incendiée a été découverte', 'incendiés ont été découverts'],
  vehicleNouns: ['voiture', 'voitures', 'véhicule', 'véhicules', 'scooter', 'scooters', 'moto', 'motos', 'fourgon', 'fourgonnette', 'utilitaire', 'berline', '4x4', 'deux-roues', 'camionnette'],
  bodyNouns: ['corps', 'cadavre', 'cadavres', 'dépouille', 'restes'],
  siteListCues: ['prison', 'prisons', 'maison d\'arrêt', 'maisons d\'arrêt', 'centre pénitentiaire', 'centres pénitentiaires', 'établissement', 'établissements', 'les autres', 'd\'autres', 'attaques similaires', 'également visé', 'également visés', 'également visée', 'également visées', 'aussi visé', 'aussi visés'],
  // A comparison names other towns: "à l'instar de Grenoble ou de Rennes", "une radicalisation comme à Marseille".
  notEventPlaceCues: ['à l\'instar de', 'à l\'image de', 'comme à', 'comme dans', 'né à', 'née à', 'nés à', 'né en', 'née en', 'originaire de', 'originaire d\'', 'originaires de', 'originaire du', 'originaires du', 'originaire des', 'originaires des', 'natif de', 'native de', 'natif du', 'native du', 'hôpital de', 'hôpital d\'', 'hôpital', 'CHU de', 'transporté à', 'transportée à', 'transportés à', 'évacué vers', 'évacuée vers', 'retrouvé incendié à', 'retrouvée incendiée à', 'retrouvé calciné à', 'retrouvée calcinée à', 
    // Where the getaway car was found burnt ("leur véhicule a été retrouvé carbonisé dans la soirée dans le 16e").
    'retrouvé calciné', 'retrouvée calcinée', 'retrouvé incendié', 'retrouvée incendiée', 'retrouvé carbonisé', 'retrouvée carbonisée', 'retrouvé brûlé', 'retrouvée brûlée',
    'incendiée à', 'incendié à', 'parquet de', 'parquet d\'', 'tribunal de', 'tribunal d\'', 'cour d\'appel de', 'cour d\'assises de', 'procureur de', 'procureure de', 'préfet de', 'préfète de', 'selon', 'journal', 'quotidien',
    // The prison an inmate is held in describes the inmate, not where he escaped or was freed: "un détenu de la prison de
    // Béziers s'est évadé à son arrivée au tribunal de Tarascon".
    'détenu de la prison de', 'détenu de la prison d\'', 'détenu du centre pénitentiaire de', 'détenu du centre pénitentiaire d\'', 'détenu de la maison d\'arrêt de', 'détenu de la maison d\'arrêt d\'', 'incarcéré à la prison de', 'incarcéré au centre pénitentiaire de', 'incarcérée à la prison de', 'incarcéré à la maison d\'arrêt de',
    // Where someone lives, not where the act happened: "domicilié dans le quartier de la Villeneuve", "vivant à Perpignan".
    'domicilié à', 'domiciliée à', 'domiciliés à', 'domicilié dans', 'domiciliée dans', 'domiciliés dans', 'résidant à', 'résidant dans', 'vivant à', 'qui vit à', 'qui vivait à', 'qui habite à', 'qui habitait à', 'qui réside à', 'qui résidait à', 'qui demeure à', 'qui demeurait à', 'demeurant à', 'demeurant dans',
    // Where a shipment came from or was bound for, not where it was seized: "2 tonnes de cocaïne en provenance de la Guadeloupe".
    'en provenance de', 'en provenance d\'', 'en provenance du', 'en provenance des', 'provenant de', 'provenant d\'', 'provenant du', 'à destination de', 'à destination d\'', 'à destination du', 'à destination des', 'venant de', 'venant d\'', 'venant du', 'venait de', 'venait du', 'venait d\'', 'venaient de', 'venaient du', 'venaient d\'', 'arrivait de', 'arrivait du', 'arrivant de', 'arrivant du', 'se rendait à', 'se rendait en', 'se rendait au', 'se dirigeait vers', 'en direction de', 'en route vers', 'en route pour', 'arrivant de', 'arrivant d\'', 'arrivant du', 'de retour de', 'de retour d\'', 'de retour du',
    // Where a town lies, said by other towns: "cette grande ville, située entre les villes de Marseille et Montpellier", "à 40 km de Lyon".
    'situé entre', 'située entre', 'situés entre', 'situées entre', 'entre les villes de', 'à mi-chemin entre', 'kilomètres de', 'km de', 'limitrophe de', 'limitrophe d\'', 'voisine de', 'voisine d\'', 'commune voisine de'],
  otherEventDateCues: ['attentats du', 'attentats de', 'attentat du', 'attentat de', 'attaques terroristes du', 'attaques terroristes de', 'émeutes de', 'émeutes du', 'élections de', 'élections du', 'élection de', 'confinement de', 'confinement du'],
  publicationNouns: ['reportage', 'article', 'édition', 'émission', 'journal', 'numéro', 'communiqué', 'dépêche', 'tweet', 'publication'],
  publicationDateLinks: ['du', 'daté du', 'datée du', 'publié le', 'publiée le', 'paru le', 'parue le', 'diffusé le', 'diffusée le'],
  recordDateCues: ['sorti de prison', 'sortie de prison', 'sortis de prison', 'sorti de détention', 'libéré de prison', 'libérée de prison', 'déjà condamné', 'déjà condamnée', 'condamné en', 'condamnée en', 'incarcéré depuis', 'écroué depuis'],
  birthCues: ['né en', 'née en', 'nés en', 'nées en', 'né le', 'née le', 'nés le', 'nées le', 'né à', 'née à'],
  settingSubjects: ['les faits', 'ces faits', 'cet incident', 'cette agression', 'cette fusillade', 'ces tirs', 'cette attaque', 'ce drame', 'ce meurtre', 'cet homicide', 'l\'incident', 'la scène', 'l\'agression', 'la fusillade', 'les tirs', 'l\'attaque', 'l\'enlèvement', 'le rapt', 'l\'incendie', 'le drame', 'l\'homicide', 'le meurtre', 'l\'assassinat', 'le règlement de comptes', 'la saisie', 'l\'interpellation', 'les interpellations', 'l\'opération', 'le coup de filet', 'le corps', 'son corps', 'le cadavre', 'c\'', 'cela', 'ça'],
  settingVerbs: ['se sont produits', 'se sont déroulés', 'se sont passés', 'ont eu lieu', 'se sont produites', 'se sont déroulées', 's\'est produit', 's\'est produite', 's\'est déroulé', 's\'est déroulée', 's\'est passé', 's\'est passée', 'a eu lieu', 'remontent', 'remonte', 'ont été commis', 'a été commis', 'a été commise', 'est survenu', 'est survenue', 'sont survenus',
    // "Le corps avait été découvert le 18 novembre": where and when a victim's body was found sets the killing.
    'a été découvert', 'a été retrouvé', 'avait été découvert', 'avait été retrouvé',
    // "C'était le 14 février dernier, peu avant 1 h du matin", "Cela s'est passé jeudi": the scene set by a pronoun.
    'était le', 'était dans la nuit', 'était il y a', 'était un', 'était une'],
  reportingCues: ['rendu hommage', 'rend hommage', 'rendent hommage', 'publié le', 'publié', 'mis à jour le', 'mis à jour', 'modifié le', 'maj', 'actualisé le', 'a-t-on appris', 'a-t-on appris de sources policières', 'appris', 'a indiqué', 'ont indiqué', 'a annoncé', 'ont annoncé', 'a précisé', 'ont précisé', 'a confirmé', 'ont confirmé', 'a déclaré', 'a expliqué', 'selon le parquet', 'a fait savoir', 'ont fait savoir', 'indique', 'précise', 'annonce', 'communiqué', 'a rapporté', 'ont rapporté', 'rapporte', 'point presse', 'point de presse', 'conférence de presse'],
  compass: ['quartiers nord', 'quartiers sud', 'nord-est', 'nord-ouest', 'sud-est', 'sud-ouest', 'nord', 'sud', 'est', 'ouest'],
  notPlaces: ['cassation', 'appel', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'le', 'la', 'les', 'un', 'une', 'il', 'elle', 'ils', 'elles', 'selon', 'cependant', 'mais', 'noël', 'pâques', 'ramadan', 'europe', 'cour', 'parlement', 'sénat', 'gouvernement', 'police', 'interpol', 'europol', 'afp', 'ofast', 'bfmtv', 'monde', 'justice', 'intérieur',
    // An office or a unit a person belongs to ("affecté à l'Office anti-stupéfiants") is no place.
    'office', 'brigade', 'direction', 'division', 'ministère', 'préfecture', 'douane', 'douanes', 'gendarmerie'],
  weapons: {
    kalachnikov: 'kalashnikov', kalachnikovs: 'kalashnikov', kalash: 'kalashnikov', 'ak-47': 'kalashnikov', 'fusil d\'assaut': 'assault rifle', 'fusils d\'assaut': 'assault rifle', 'arme de guerre': 'assault rifle', 'armes de guerre': 'assault rifle',
    'arme de poing': 'handgun', 'armes de poing': 'handgun', pistolet: 'handgun', revolver: 'handgun', 'arme à feu': 'firearm', 'armes à feu': 'firearm', 'fusil à pompe': 'shotgun', fusil: 'shotgun',
    'pistolet-mitrailleur': 'machine gun', 'mitraillette': 'machine gun', couteau: 'knife', couteaux: 'knife', machette: 'machete', grenade: 'grenade', grenades: 'grenade',
    'cocktail molotov': 'molotov cocktail', 'cocktails molotov': 'molotov cocktail', explosifs: 'explosive',
  },
  drugs: {
    cocaïne: 'cocaine', coke: 'cocaine', crack: 'crack', cannabis: 'cannabis', 'résine de cannabis': 'cannabis resin', résine: 'cannabis resin', haschich: 'cannabis resin', shit: 'cannabis resin',
    'herbe de cannabis': 'cannabis', herbe: 'cannabis', héroïne: 'heroin', ecstasy: 'mdma', mdma: 'mdma', méthamphétamine: 'methamphetamine', kétamine: 'ketamine', drogue: 'drugs', stupéfiants: 'drugs', numéraire: 'cash', 'argent liquide': 'cash',
  },
};
