import type { ContextTerms } from './types.js';
// French relevance lexicon: trafic de stupéfiants, crime organisé and the violence that goes with them.

import { drug, t, type WeightedTerm } from './types.js';

export const FR_RELEVANCE_TERMS: readonly WeightedTerm[] = [
  // Le trafic
  t('trafic de drogue*', 3), t('trafics de drogue*', 3), t('trafic de stupéfiant*', 3), t('trafics de stupéfiant*', 3), t('trafic de cannabis', 3),
  t('trafic de cocaïne', 3), t('trafic de résine', 3), t('trafiquant*', 3), t('narco*', 3), t('narchomicide*', 3),
  t('narcomicide*', 3), t('point de deal', 3), t('points de deal', 3), t('point de vente de drogue', 3),
  t('points de vente de drogue', 3), t('point de vente', 1), drug('stupéfiant*', 3), t('stups', 2.5),
  t('cartel*', 2.5), t('dealer*', 2.5), t('dealeur*', 2.5), t('deal', 1.5), t('réseau de drogue', 3),
  t('réseaux de drogue', 3), t('guerre des gangs', 3), t('guerre de gangs', 3), t('guerre entre gangs', 3), t('guerre des clans', 2.5), t('guerre entre clans', 2.5), t('guerre de territoire*', 2.5), t('guerre des territoires', 2.5),
  t('règlement de compte*', 3), t('règlements de compte*', 3), drug('drogue*', 2), t('go fast', 2.5),
  t('chouf*', 2.5), t('guetteur*', 1.5), t('charbonneur*', 2.5), t('nourrice*', 0.8),
  // Produits
  drug('cocaïne', 2.5), drug('crack', 1.5), drug('héroïne', 1.2), drug('cannabis', 2.5), drug('résine de cannabis', 2.5),
  drug('herbe de cannabis', 2.5), drug('haschich', 2.5), drug('haschisch', 2.5), drug('shit', 1), drug('ecstasy', 1.5),
  drug('mdma', 1.5), drug('kétamine', 1.5), drug('drogues de synthèse', 2.5), drug('héroïnomane*', 1),
  // Crime organisé
  t('crime organisé', 3), t('réseau* criminel*', 2.5), t('organisation* criminelle*', 2.5), t('criminalité organisée', 3), t('grand banditisme', 3), t('banditisme', 2), t('milieu criminel', 2.5), t('pègre', 2),
  t('dz mafia', 3), t('mocro maffia', 3), t('mafia*', 2), t('caïd*', 2), t('clan', 0.8), t('clans', 0.8), t('gang*', 1.5),
  t('bande* rivale*', 2), t('blanchiment', 2), t('ofast', 2.5), t('office anti stupéfiants', 3), t('tueur* à gages', 2.5),
  t('commando*', 1), t('narcobanditisme', 3),
  // The legal qualifications prosecutors give organised crime ("enlèvement en bande organisée", "association de
  // malfaiteurs"): a story that quotes them is about it even when no drug is named.
  t('bande organisée', 2.5), t('association de malfaiteurs', 2),
  // Violences liées au trafic
  t('fusillade*', 1.5), t('tué par balle*', 1.5), t('tués par balle*', 1.5), t('tuée par balle*', 1.5),
  t('blessé par balle*', 1), t('abattu*', 1), t('criblé de balles', 1.5), t('kalachnikov*', 2),
  t('arme de guerre', 1.2), t('armes de guerre', 1.2), t('rafale*', 0.5), t('brûlé vif', 1), t('carbonisé*', 0.8),
  t('saisie*', 0.6), t('saisi', 0.6), t('saisis', 0.6), t('douane*', 0.6), t('douanier*', 0.6), t('intercepté*', 0.4),
  t('cargaison*', 0.5), t('coup de filet', 1), t('démantel*', 1), t('interpellé*', 0.4),
  t('arme automatique', 1.2), t('armes automatiques', 1.2), t('fusil d assaut', 1.5), t('fusils d assaut', 1.5),
  t('défavorablement connu*', 2), t('connu* des services de police', 1), t('connu* de la justice', 1),
  // Killings and their trials: they weigh only beside a word of the trade (no core term, no pass), so a murder trial
  // that names the deal point once is not lost in a long story.
  t('meurtre*', 1), t('assassinat*', 1), t('homicide*', 1), t('cour d assises', 0.8),
  // L'action publique contre le trafic
  t('antidrogue*', 3), t('anti drogue*', 3), t('place nette', 2.5), t('brigade des stupéfiants', 3),
  // Corruption des agents de l'État par le trafic (policiers « ripoux », vols de drogue saisie, surveillants achetés)
  t('ripou*', 2), t('vol* de drogue', 3), t('vol* de stupéfiants', 3), t('policier* corrompu*', 2.5), t('agent* corrompu*', 2),
  t('surveillant* corrompu*', 2.5), t('douanier* corrompu*', 2.5),
  // Prisons attaquées, enlèvements, extorsion: dans le périmètre même sans mot de la drogue (les termes de la
  // prison ne valent qu'avec une violence, voir CO_OCCURRING dans relevance.ts)
  t('fourgon pénitentiaire', 2), t('fourgon cellulaire', 2), t('ddpf', 3), t('droits des prisonniers français', 3),
  t('rançon*', 2), t('enlèvement*', 1.2), t('enlevé*', 1), t('séquestr*', 1.2), t('kidnapp*', 1.2), t('extorsion*', 1.5),
  t('racket*', 1.2),
];

/** Terms of a place of the trade's violence (a prison) that count as core only beside a violence term. */
export const FR_CONTEXT_TERMS: ContextTerms[] = [{ label: 'attack on a prison or its staff', cue: ['prison*', 'centre* pénitentiaire*', 'établissement* pénitentiaire*', 'maison* d arrêt', 'surveillant*', 'détenu*', 'fourgon* pénitentiaire*', 'convoi* pénitentiaire*', 'agent* pénitentiaire*', 'personnel* pénitentiaire*'], violence: ['tir', 'tirs', 'tiré*', 'coups de feu', 'rafale*', 'incendi*', 'attaque*', 'attaqué*', 'menace*', 'menacé*', 'cocktail* molotov', 'arme de guerre', 'armes de guerre', 'intimidation*', 'embuscade*', 'commando*'] },
  // Shots fired in a cité or a quartier ("le quartier Maurepas", "ce quartier populaire"): the violence of the deal
  // points, even when no drug word is written.
  { label: 'shots in a cité or quartier', cue: ['cité des', 'cité de la', 'cité du', 'cité de', 'quartier*', 'quartiers nord'], violence: ['par balle*', 'coups de feu', 'tirs', 'kalachnikov*', 'fusillade*', 'arme automatique', 'armes automatiques', 'par arme* à feu'] },
  // A killing done the way the trade's killings are done (weapons of war, a victim finished off, hooded shooters who
  // flee): organised crime, even when no drug word is written.
  { label: 'execution-style killing', cue: ['kalachnikov*', 'pistolet* mitrailleur*', 'fusil* d assaut', 'arme* de guerre', 'achevé*', 'criblé* de balles', 'cagoulé*', 'guet apens', 'balle dans la tête', 'balles dans la tête', 'suspects en fuite', 'tireurs en fuite', 'tireur en fuite', 'à bord d un scooter', 'en scooter'], violence: ['tué* par balle*', 'abattu*', 'tué d une balle', 'tué* de plusieurs balles', 'mort par balle*', 'exécuté*'] },
  // People shot in a town by assailants ("deux individus … plusieurs coups de feu", "une fusillade cette nuit"):
  // in France, the trade's violence far more often than anything else, unless the story tells another kind of
  // shooting (a hunt, a couple, the police firing at a driver, terror, an accident).
  { label: 'people shot by assailants', cue: ['individu*', 'tireur*', 'assaillant*', 'agresseur*', 'cagoulé*', 'encagoulé*', 'pris la fuite', 'prennent la fuite', 'en fuite', 'parking', 'hall', 'pied d un immeuble', 'pied de l immeuble', 'nuit', 'point* de deal'], violence: ['blessé* par balle*', 'blessé* par deux balles', 'blessé* par trois balles', 'blessé* par plusieurs balles', 'blessures par balle*', 'tirs par arme* à feu', 'tirs d arme* à feu', 'tué* par arme* à feu', 'blessé* par arme* à feu', 'touché* par balle*', 'touché* par des balles', 'touché* par plusieurs balles', 'tué* par balle*', 'mort* par balle*', 'coups de feu', 'ouvert le feu', 'fait feu', 'fusillade*', 'balle dans la tête', 'balles dans la tête', 'impacts de balle*', 'atteint* par balle*', 'atteint* de plusieurs balles', 'atteint* d une balle'],
    unless: ['chasse', 'chasseur*', 'battue*', 'conjoint*', 'compagne', 'épouse', 'ex compagne', 'ex femme', 'féminicide*', 'violences conjugales', 'refus d obtempérer', 'tir policier', 'tirs policiers', 'légitime défense', 'terroris*', 'djihad*', 'accidentel*', 'accidentellement', 'suicid*', 'forcené', 'stand de tir', 'ball trap', 'fusillade de masse', 'tuerie de masse', 'tuerie'], inFrance: true },
  // Parcels flown or thrown into a prison (drones, "projections" over the wall): the trade supplying its inmates.
  { label: 'smuggling into a prison', cue: ['drone*', 'projection*', 'projeté*', 'parachutage*', 'livraison* clandestine*', 'colis'], violence: ['centre* pénitentiaire*', 'maison* d arrêt', 'prison', 'prisons', 'détenu*', 'mur d enceinte', 'cour de promenade'], inFrance: true },
  // Someone held and tortured, or held at gunpoint with a weapon of war, or for a ransom: in France, a debt or a
  // score of the trade far more often than anything else, unless the story tells a robbery, a couple, a child taken
  // by a parent, terror or a crypto-currency ransom.
  { label: 'kidnapping with torture or weapons of war', cue: ['séquestré*', 'séquestration*', 'enlevé*', 'enlèvement*', 'otage*', 'ravisseur*', 'kidnapp*', 'retenu* de force'], violence: ['torturé*', 'torture*', 'actes de barbarie', 'ligoté*', 'kalachnikov*', 'fusil* d assaut', 'ak 47', 'arme* de guerre', 'rançon*'],
    unless: ['braquage*', 'braqueur*', 'hold up', 'bijouterie*', 'conjoint*', 'compagne', 'ex compagne', 'ex compagnon', 'conjugal*', 'parental*', 'terroris*', 'djihad*', 'crypto*', 'bitcoin*', 'migrant*', 'passeur*'], inFrance: true },
];

/**
 * Words of screen and page fiction and of its reviews: three different ones in a story make it a series, a film or a
 * novel about the trade ("Narcos", a "série Arte"), not news of it. Single words ("série", "film", "scénario") are
 * news words too and are left out.
 */
/** Goods smuggled by other trades (see EN_OTHER_TRADES). */
export const FR_OTHER_TRADES = ['cigarette*', 'tabac', 'contrefaçon*', 'contrefait*', 'feux d artifice', 'civelle*', 'ivoire', 'espèces protégées', 'braquage*', 'braqueur*', 'bijouterie*', 'bijoutier*', 'cambriol*', 'hold-up', 'vol à main armée', 'vols à main armée',
  'rançongiciel*', 'ransomware', 'hacker*', 'pirate* informatique*', 'cyberattaque*', 'cybercriminel*', 'fuite de données'];

/** Other subjects a story of shots or drugs may be about (see EN_OTHER_SUBJECTS). */
export const FR_OTHER_SUBJECTS = ['chasse', 'chasseur*', 'partie de chasse', 'battue*', 'sanglier*', 'accident de la route', 'accidents de la route', 'accident de la circulation', 'accident mortel', 'chauffard*', 'sécurité routière', 'homicide routier', 'homicide involontaire'];

export const FR_FICTION_CUES = ['netflix', 'épisode*', 'spoiler*', 'intrigue', 'comédien*', 'acteur*', 'actrice*', 'réalisateur*',
  'réalisatrice*', 'scénariste*', 'tournage', 'bande annonce', 'casting', 'personnages', 'série télévisée', 'showrunner*',
  'prime video', 'disney', 'long métrage', 'box office', 'saison 1', 'saison 2', 'saison 3', 'romancier*', 'romancière*'];
