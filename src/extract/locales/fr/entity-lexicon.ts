// French entity vocabulary: titles, organisation and group heads, places and words that are never entities.

import type { EntityLexicon } from '../../entities/lexicon-types.js';
import { EN_ENTITY_LEXICON } from '../en/entity-lexicon.js';

export const FR_ENTITY_LEXICON: EntityLexicon = {
  titles: ['ministre', 'président', 'présidente', 'sénateur', 'sénatrice', 'maire', 'juge', 'procureur', 'procureure', 'préfet', 'préfète', 'commissaire', 'général', 'générale', 'docteur', 'dr', 'm.', 'mme', 'me', 'maître', 'professeur', 'député', 'députée', 'directeur', 'directrice', 'chef', 'capitaine', 'lieutenant', 'avocat', 'avocate', 'chercheur', 'chercheuse', 'expert', 'experte', 'journaliste', 'porte-parole', 'secrétaire', 'patron', 'fondateur', 'cofondateur', 'trafiquant', 'narcotrafiquant', 'détenu', 'caïd', 'rapporteur'],
  titleQualifiers: ['intérieur', "l'intérieur", 'justice', 'la justice', 'premier', 'ancien', 'ancienne', 'garde', 'sceaux', 'république', 'la république', 'adjoint', 'adjointe', 'national', 'nationale', 'présumé', 'présumée', 'police', 'général', 'générale', 'régional', 'régionale', 'départemental', 'départementale', 'délégué', 'déléguée', 'écologiste', 'socialiste', 'intérimaire', 'honoraire', 'municipal', 'municipale', 'sceaux'],
  connectors: ['de', 'du', 'des', "d'", "l'", 'la', 'le', 'les', 'et', 'sur', 'en'],
  orgHeads: ['fédération', 'confédération', 'collectif', 'ordre', 'observatoire', 'office', 'ministère', 'police', 'gendarmerie', 'agence', 'centre', 'cour', 'tribunal', 'parti', 'université', 'association', 'service', 'sénat', 'assemblée', 'commission', 'conseil', 'direction', 'brigade', 'parquet', 'observatoire', 'syndicat', 'préfecture', 'douane', 'douanes', 'office anti-stupéfiants', 'rassemblement', 'front', 'union', 'banque', 'fondation', 'institut', 'groupe', 'société', 'journal', 'radio', 'télévision', 'juridiction', 'division', 'section', 'groupement', 'école', 'équipe', 'préfecture'],
  orgPrefixes: ['parquet de', "parquet d'", 'parquet national', 'tribunal de', "tribunal d'", 'tribunal judiciaire de', 'tribunal correctionnel de', "cour d'appel de", "cour d'assises de", "cour d'assises des", 'préfecture de', 'préfecture des', 'juridiction interrégionale spécialisée de', 'JIRS de', 'police judiciaire de', 'brigade de recherche et d\'intervention', 'brigade des stupéfiants'],
  notNames: ['MDMA', 'THC', 'LSD', 'GHB', 'CBD', 'GMT', 'UTC', 'SIM', 'USB', 'GPS', 'SMS', 'XXL', 'JT', 'VIDÉO', 'VIDEO', 'PHOTO', 'PHOTOS', 'DIRECT', 'INFO', 'EXCLUSIF', 'FILE', 'État', 'Etat', 'NDLR', 'MAJ', 'Office', 'Parquet', 'Université', 'Poste', 'Courses', 'Sud-Est', 'Nord-Est', 'Sud-Ouest', 'Nord-Ouest', 'Hexagone', 'République', 'Mairie', 'Préfecture', 'Justice', 'Intérieur'],
  brands: ['Renault', 'Peugeot', 'Citroën', 'Citroen', 'Dacia', 'Opel', 'Volkswagen', 'VW', 'Audi', 'BMW', 'Mercedes', 'Fiat', 'Toyota', 'Seat', 'Skoda', 'Ford', 'Kia', 'Hyundai', 'Nissan', 'Tesla', 'Yamaha', 'Kawasaki', 'Honda', 'Suzuki', 'Vespa', 'Google', 'Apple', 'iPhone', 'Samsung', 'Snapchat', 'Instagram', 'Facebook', 'TikTok', 'WhatsApp', 'Telegram'],
  productCues: ['de marque', 'de type', 'modèle', 'fusil d\'assaut', 'kalachnikov'],
  outlets: ['France Bleu', 'France 3', 'France Info', 'Franceinfo', 'France Inter', 'France 24', 'BFM', 'BFMTV', 'RMC', 'RTL', 'TF1', 'LCI', 'CNews', 'Europe 1', 'Le Parisien', 'Le Figaro', 'Le Monde', 'Libération', 'La Provence', 'La Marseillaise', 'Ouest-France', 'Ouest France', 'Sud Ouest', 'La Dépêche', 'Dépêche du Midi', 'Midi Libre', 'Le Progrès', 'Le Dauphiné', 'Dauphiné Libéré', 'Nice-Matin', 'Var-Matin', 'La Voix du Nord', 'Le Bien Public', 'Bien Public', "L'Est Républicain", 'Est Républicain', 'Le Républicain Lorrain', 'Le Télégramme', 'Paris Match', "L'Express", 'Le Point', 'Mediapart', 'Actu17', '20 Minutes', 'AFP', 'Reuters', 'Associated Press', 'The Guardian', 'The Times', 'BBC', 'Le JDD', 'JDD'],
  knownOrgs: [...EN_ENTITY_LEXICON.knownOrgs, 'OFAST', 'BRB', 'BRI', 'PJ', 'DNRED', 'AFP', 'BFMTV', 'Ofast'],
  groupHeads: ['mafia', 'clan', 'cartel', 'gang', 'camorra', 'ndrangheta', 'bande', 'réseau'],
  places: [...EN_ENTITY_LEXICON.places, 'Espagne', 'Italie', 'Belgique', 'Pays-Bas', 'Allemagne', 'Suisse', 'Royaume-Uni', 'Maroc', 'Algérie', 'Tunisie', 'Colombie', 'Pérou', 'Bolivie', 'Équateur', 'Brésil', 'Mexique', 'Émirats arabes unis', 'Turquie', 'Russie', 'États-Unis', 'Chine', 'Albanie', 'Guyane', 'Nouvelle-Calédonie', 'Corse', 'Normandie', 'Bretagne', 'Occitanie', 'Côte d\'Azur'],
  placePrepositions: ['à', 'au', 'aux', 'en', 'près de', 'dans', 'vers', 'depuis'],
  stopWords: ['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'à', 'au', 'aux', 'en', 'dans', 'sur', 'pour', 'par', 'avec', 'après', 'avant', 'depuis', 'pendant', 'selon', 'mais', 'et', 'ou', 'donc', 'car', 'ce', 'cette', 'ces', 'cet', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'son', 'sa', 'ses', 'leur', 'leurs', 'si', 'quand', 'lorsque', 'alors', 'ainsi', 'enfin', 'toutefois', 'cependant', 'pourtant', 'par ailleurs', 'aucun', 'tous', 'toutes', 'plusieurs', 'deux', 'trois', 'chaque', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lire', 'aussi', 'photo', 'publicité', 'les enquêteurs', 'français', 'française', ...EN_ENTITY_LEXICON.stopWords],
  orgTails: ['de', 'des', 'du', "d'", 'de la', "de l'", 'et des', 'et de', 'et du', 'pour', 'contre'],
  placeArticles: ['de la', 'du', "de l'", 'des', 'au', 'aux', 'à la', "à l'", 'dans la', 'dans le'],
  placeHyphenParts: ['la', 'le', 'les', 'sur', 'sous', 'en', 'lès', 'lez', 'de', 'du', 'des', 'saint', 'sainte', 'st', 'ste'],
  titleObjects: ['judiciaire', 'correctionnel', 'correctionnelle', 'formation', 'époque', 'ville', 'commune', 'appel', 'assises', 'instance', 'grande', 'instruction', 'département', 'région', 'établissement', 'pénitentiaire', 'ordre', 'barreau', 'groupe', 'patrouille'],
  creditCues: ['photo', 'photos', 'crédit', 'crédits', 'credit', 'credits', 'illustration', 'par', 'reportage', 'texte', 'vidéo', 'image', 'images', 'source', 'by'],
  nameArticles: ['le', 'la', 'les'],
  contractedArticles: { du: 'le', au: 'le', aux: 'les', des: 'les' },
  streetCues: ['rue', 'avenue', 'av.', 'boulevard', 'bd', 'place', 'chemin', 'allée', 'impasse', 'quai', 'cours', 'route', 'rond-point', 'rond point', 'traverse', 'esplanade', 'parvis'],
  placeCues: ['cité', 'cités', 'quartier', 'quartiers', 'résidence', 'lotissement', 'hameau', 'lieu-dit', 'commune', 'ville', 'village', 'station', 'gare', 'aéroport', 'port', 'massif', 'stade', 'parc', 'square', 'faubourg'],
  placeHeads: ['rue', 'avenue', 'boulevard', 'place', 'cité', 'quartier', 'port', 'aéroport', 'gare', 'stade', 'pont', 'mont', 'lac', 'fleuve', 'île', 'saint', 'sainte', 'st', 'ste', 'amérique', 'afrique', 'asie'],
  demonymSuffixes: ['ais', 'aises', 'ois', 'oises', 'iens', 'iennes', 'ains', 'aines'],
  rivalJoins: ['et', 'contre', 'face à', 'vs', 'vs.', 'versus', 'and', 'against'],
  surnameParticles: EN_ENTITY_LEXICON.surnameParticles,
  compassWords: EN_ENTITY_LEXICON.compassWords,
  adjacentNicknameCues: ['dit', 'dite'],
  nicknameCues: ['surnommé', 'surnommée', 'dit', 'dite', 'alias', 'connu sous le nom de', 'connue sous le nom de', 'connu sous le surnom de', 'surnom'],
};
