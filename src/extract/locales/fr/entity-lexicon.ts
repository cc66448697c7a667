// French entity vocabulary: titles, organisation and group heads, places and words that are never entities.

import type { EntityLexicon } from '../../entities/lexicon-types.js';
import { EN_ENTITY_LEXICON } from '../en/entity-lexicon.js';

export const FR_ENTITY_LEXICON: EntityLexicon = {
  titles: ['ministre', 'président', 'présidente', 'sénateur', 'sénatrice', 'maire', 'juge', 'procureur', 'procureure', 'préfet', 'préfète', 'commissaire', 'général', 'générale', 'docteur', 'dr', 'm.', 'mme', 'me', 'maître', 'professeur', 'député', 'députée', 'directeur', 'directrice', 'chef', 'capitaine', 'lieutenant', 'avocat', 'avocate', 'chercheur', 'chercheuse', 'expert', 'experte', 'journaliste', 'porte-parole', 'secrétaire', 'patron', 'fondateur', 'cofondateur', 'trafiquant', 'narcotrafiquant', 'détenu', 'caïd', 'rapporteur'],
  titleQualifiers: ['intérieur', "l'intérieur", 'justice', 'la justice', 'premier', 'ancien', 'ancienne', 'garde', 'sceaux', 'république', 'la république', 'adjoint', 'adjointe', 'national', 'nationale', 'présumé', 'présumée'],
  connectors: ['de', 'du', 'des', "d'", "l'", 'la', 'le', 'les', 'et', 'sur', 'en'],
  orgHeads: ['fédération', 'confédération', 'collectif', 'ordre', 'observatoire', 'office', 'ministère', 'police', 'gendarmerie', 'agence', 'centre', 'cour', 'tribunal', 'parti', 'université', 'association', 'service', 'sénat', 'assemblée', 'commission', 'conseil', 'direction', 'brigade', 'parquet', 'observatoire', 'syndicat', 'préfecture', 'douane', 'douanes', 'office anti-stupéfiants', 'rassemblement', 'front', 'union', 'banque', 'fondation', 'institut', 'groupe', 'société', 'journal', 'radio', 'télévision'],
  orgPrefixes: ['parquet de', "parquet d'", 'parquet national', 'tribunal de', "tribunal d'", 'tribunal judiciaire de', 'tribunal correctionnel de', "cour d'appel de", "cour d'assises de", "cour d'assises des", 'préfecture de', 'préfecture des', 'juridiction interrégionale spécialisée de', 'JIRS de', 'police judiciaire de', 'brigade de recherche et d\'intervention', 'brigade des stupéfiants'],
  knownOrgs: [...EN_ENTITY_LEXICON.knownOrgs, 'État', 'OFAST', 'BRB', 'BRI', 'PJ', 'DNRED', 'AFP', 'BFMTV', 'Ofast'],
  groupHeads: ['mafia', 'clan', 'cartel', 'gang', 'camorra', 'ndrangheta', 'bande', 'réseau'],
  places: [...EN_ENTITY_LEXICON.places, 'Espagne', 'Italie', 'Belgique', 'Pays-Bas', 'Allemagne', 'Suisse', 'Royaume-Uni', 'Maroc', 'Algérie', 'Tunisie', 'Colombie', 'Pérou', 'Bolivie', 'Équateur', 'Brésil', 'Mexique', 'Émirats arabes unis', 'Turquie', 'Russie', 'États-Unis', 'Chine', 'Albanie', 'Guyane', 'Nouvelle-Calédonie', 'Corse', 'Normandie', 'Bretagne', 'Occitanie', 'Côte d\'Azur'],
  placePrepositions: ['à', 'au', 'aux', 'en', 'près de', 'dans', 'vers', 'depuis'],
  stopWords: ['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'à', 'au', 'aux', 'en', 'dans', 'sur', 'pour', 'par', 'avec', 'après', 'avant', 'depuis', 'pendant', 'selon', 'mais', 'et', 'ou', 'donc', 'car', 'ce', 'cette', 'ces', 'cet', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'son', 'sa', 'ses', 'leur', 'leurs', 'si', 'quand', 'lorsque', 'alors', 'ainsi', 'enfin', 'toutefois', 'cependant', 'pourtant', 'par ailleurs', 'aucun', 'tous', 'toutes', 'plusieurs', 'deux', 'trois', 'chaque', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lire', 'aussi', 'photo', 'publicité', 'les enquêteurs', 'français', 'française', ...EN_ENTITY_LEXICON.stopWords],
  orgTails: ['de', 'des', 'du', "d'", 'de la', "de l'", 'et des', 'et de', 'et du', 'pour', 'contre'],
  placeArticles: ['de la', 'du', "de l'", 'des', 'au', 'aux', 'à la', "à l'", 'dans la', 'dans le'],
  placeHyphenParts: ['la', 'le', 'les', 'sur', 'sous', 'en', 'lès', 'lez', 'de', 'du', 'des', 'saint', 'sainte', 'st', 'ste'],
  nicknameCues: ['surnommé', 'surnommée', 'dit', 'dite', 'alias', 'connu sous le nom de', 'connue sous le nom de', 'connu sous le surnom de', 'surnom'],
};
