import { describe, expect, it } from 'vitest';
import type { ExtractedEvent, StoryExtraction } from '../core/types.js';
import { resolveStory } from './index.js';

function event(text: string, sentence: string, place: string | null): ExtractedEvent {
  const start = text.indexOf(sentence);
  const p = place === null ? null : text.indexOf(place, start);
  return {
    type: 'prison_attack', date: null, date_precision: 'unknown', date_flags: [],
    place_mention: p === null ? null : { text: place!, start: p, end: p + place!.length }, place: null,
    killed: 2, injured: null, victims: [], weapons: [], drugs: [], actors: [],
    evidence: [{ start, end: start + sentence.length, text: sentence }],
  };
}

const only = (text: string, e: ExtractedEvent): StoryExtraction => ({ events: [e], claims: [], entities: [] });

describe('resolveStory', () => {
  it('sharpens a région to the commune named just after, inside it', () => {
    const s1 = 'Gunmen ambushed a prison convoy in Normandy on Monday, killing two guards.';
    const text = `${s1} The ambush happened at the Incarville toll gate, on the way to the jail in Évreux.`;
    const p = resolveStory(text, only(text, event(text, s1, 'Normandy'))).events[0].place!;
    expect(p.precision).toBe('commune');
    expect(p.commune_insee).toBe('27351');
  });

  it('sharpens a département to the commune "sur le territoire du Lamentin" names, its article folded in', () => {
    const s1 = 'Un homme a été tué lors d\'une fusillade en Martinique mercredi soir.';
    const text = `${s1} Les tirs ont eu lieu un peu avant 20 heures sur le territoire du Lamentin, au centre de l'île.`;
    const p = resolveStory(text, only(text, event(text, s1, 'Martinique'))).events[0].place!;
    expect(p.name).toBe('Le Lamentin');
    const s2 = 'Deux hommes ont été blessés par balle dans l\'Essonne dimanche.';
    const text2 = `${s2} Les faits se sont produits sur la commune de Grigny, près d'un point de deal.`;
    expect(resolveStory(text2, only(text2, event(text2, s2, 'Essonne'))).events[0].place!.name).toBe('Grigny');
  });

  it('reads "À Luynes, dans les Bouches-du-Rhône," as the area that says which Luynes, not the only commune of that name', () => {
    const s1 = 'À Luynes, dans les Bouches-du-Rhône, des voitures ont été incendiées sur le parking de la prison.';
    const p = resolveStory(s1, only(s1, event(s1, s1, 'Luynes'))).events[0].place!;
    expect(p.departement).toBe('13');
    const s2 = 'À Valence, dans la Drôme, des tirs ont visé la maison d\'arrêt dans la nuit.';
    const q = resolveStory(s2, only(s2, event(s2, s2, 'Valence'))).events[0].place!;
    expect(q.commune_insee).toBe('26362');
  });

  it('keeps the région when the commune named next is outside it', () => {
    const s1 = 'Gunmen ambushed a prison convoy in Normandy on Monday, killing two guards.';
    const text = `${s1} The inmate had been tried in Marseille last year.`;
    expect(resolveStory(text, only(text, event(text, s1, 'Normandy'))).events[0].place!.precision).toBe('region');
  });

  it('places an event with no place of its own in the country its story is set in, with no name', () => {
    const s1 = 'Two officers of the French prison service were shot dead during the transfer.';
    const p = resolveStory(s1, only(s1, event(s1, s1, null))).events[0].place!;
    expect(p).toMatchObject({ name: null, country: 'FR', precision: 'country', commune_insee: null });
  });

  it('places "X près de Y" in Y when X is a homonym far away, and keeps a neighbouring commune of the same département', () => {
    const s1 = 'Un enfant a été blessé par balle dans la nuit à Maurepas près de Rennes, sur un point de deal.';
    const far = resolveStory(s1, only(s1, event(s1, s1, 'Maurepas'))).events[0].place!;
    expect(far.commune_insee).toBe('35238'); // Rennes, not Maurepas (Yvelines)
    const s2 = 'Un enfant a été blessé par balle dans la nuit à Pacé près de Rennes, sur un point de deal.';
    const near = resolveStory(s2, only(s2, event(s2, s2, 'Pacé'))).events[0].place!;
    expect(near.commune_insee).toBe('35210');
  });
});

describe('resolveStory: a place named with what it is part of', () => {
  it('places "aux Moulins, un quartier sensible de Nice" in Nice', () => {
    const s1 = 'Une fusillade a éclaté vendredi soir aux Moulins, un quartier sensible de Nice, sur un point de deal.';
    const p = resolveStory(s1, only(s1, event(s1, s1, 'Moulins'))).events[0].place!;
    expect(p.commune_insee).toBe('06088');
  });

  it('keeps "Villeurbanne, a suburb of Lyon" in Villeurbanne: a suburb is a town of its own', () => {
    const s1 = 'In Villeurbanne, a suburb of Lyon, a man was shot dead near a drug dealing spot.';
    const p = resolveStory(s1, only(s1, event(s1, s1, 'Villeurbanne'))).events[0].place!;
    expect(p.commune_insee).toBe('69266');
  });
});

describe('resolveStory: a court seat does not sharpen a département', () => {
  it('keeps "en Seine-Saint-Denis" at the département when the next town named is the prosecutor\'s seat', () => {
    const s1 = 'Une fusillade a éclaté vendredi soir en Seine-Saint-Denis, près d\'un point de deal, selon le parquet de Bobigny.';
    const p = resolveStory(s1, only(s1, event(s1, s1, 'Seine-Saint-Denis'))).events[0].place!;
    expect(p.precision).toBe('departement');
  });
});

describe('resolveStory: the named place inside the commune', () => {
  const district = (s: string, place: string) => resolveStory(s, only(s, event(s, s, place))).events[0].place!.district;

  it('keeps a quartier or cité named after its head word, without the town it is of', () => {
    expect(district('Deux hommes ont été blessés par balles dans le quartier des Izards, à Toulouse, mardi.', 'Toulouse')).toBe('Izards');
    expect(district('Un homme a été tué dans le quartier Planoise de Besançon, près d’un point de deal.', 'Besançon')).toBe('Planoise');
    expect(district('Des tirs ont visé un immeuble du quartier de la Fontaine d’Ouche, à Dijon.', 'Dijon')).toBe('Fontaine d’Ouche');
  });

  it('reads an English district named before its head word, and a Marseille quartier from the city table', () => {
    expect(district('A man was shot dead in Sevran, in the Beaudottes district, on Friday night.', 'Sevran')).toBe('Beaudottes');
    expect(district('Un adolescent a été tué à Marseille, à la Joliette, dans la nuit de dimanche à lundi.', 'Marseille')).toBe('La Joliette');
  });

  it('names none when the text names none, and never a city or a title as one', () => {
    expect(district('Un homme a été tué par balles à Nîmes dimanche soir.', 'Nîmes')).toBeUndefined();
    expect(district('Un homme a été tué par balles à Dijon, dans la cité de Lyon où il vivait.', 'Dijon')).toBeUndefined();
  });
});

describe('resolveStory: the arrondissement of the act, not of the burnt getaway car', () => {
  const insee = (text: string, sentence: string) => resolveStory(text, only(text, event(text, sentence, 'Marseille'))).events[0].place!.commune_insee;

  it('keeps the cité\'s arrondissement when the car is found burnt in another one (FR and EN)', () => {
    const fr1 = 'Un guetteur de 19 ans a été abattu mardi soir à Marseille, dans la cité de la Busserine.';
    const fr = `${fr1} Les tireurs ont fui. Leur voiture a été retrouvée carbonisée dans la soirée dans le 16e arrondissement.`;
    expect(insee(fr, fr1)).toBe('13214');
    const en1 = 'A 19-year-old lookout was shot dead on Tuesday night in Marseille, at the Busserine estate.';
    const en = `${en1} The gunmen fled. Their car was later found burnt out in the 16th arrondissement.`;
    expect(insee(en, en1)).toBe('13214');
  });

  it('still reads the arrondissement stated for the act itself', () => {
    const fr1 = 'Un guetteur de 19 ans a été abattu mardi soir à Marseille.';
    const fr = `${fr1} Les faits se sont déroulés dans le 16e arrondissement, près d'un point de deal.`;
    expect(insee(fr, fr1)).toBe('13216');
  });

  it("does not take the arrondissement of a sentence that tells another act of the story", () => {
    const s1 = 'Deux hommes ont été tués par balles dimanche soir à Marseille.';
    const s2 = 'Plus tard, trois mineurs ont été blessés à Marseille, dans une rue du 2e arrondissement.';
    const text = `${s1} ${s2}`;
    const second = { ...event(text, s2, 'Marseille'), type: 'shooting_homicide' as const };
    const first = { ...event(text, s1, 'Marseille'), type: 'shooting_homicide' as const };
    const out = resolveStory(text, { events: [first, second], claims: [], entities: [] }).events;
    expect(out.map((e) => e.place!.commune_insee)).toEqual(['13055', '13202']);
  });

  it("reads an arrondissement written as a word ('le onzième arrondissement', 'the fourteenth arrondissement')", () => {
    const fr1 = 'Un homme a été abattu lundi soir à Marseille, devant un bar du onzième arrondissement.';
    expect(insee(fr1, fr1)).toBe('13211');
    const en1 = 'A man was shot dead on Monday night in Marseille, outside a bar in the fourteenth arrondissement.';
    expect(insee(en1, en1)).toBe('13214');
  });
});

describe('resolveStory: the article French contracts into "au", "du", "aux"', () => {
  const insee = (s: string, place: string) => resolveStory(s, only(s, event(s, s, place))).events[0].place!.commune_insee;

  it('reads "au Lamentin" as Le Lamentin (Martinique), "à Lamentin" as Lamentin (Guadeloupe)', () => {
    expect(insee('Un homme de 26 ans a été abattu mercredi soir au Lamentin, près d\'un point de deal.', 'Lamentin')).toBe('97213');
    expect(insee('Un homme de 26 ans a été abattu mercredi soir à Lamentin, près d\'un point de deal.', 'Lamentin')).toBe('97115');
  });

  it('leaves a district named with its article alone ("aux Moulins" is no town "Les Moulins")', () => {
    expect(insee('Une fusillade a éclaté vendredi soir aux Moulins, un quartier sensible de Nice, sur un point de deal.', 'Moulins')).toBe('06088');
  });

  it('places a name the story calls a district of a town in that town ("the Malakoff district of Nantes", "le quartier de Maurepas, à Rennes")', () => {
    const s1 = 'Four people were kidnapped and tortured by drug dealers in an apartment in the Malakoff district of Nantes.';
    const p = resolveStory(s1, only(s1, event(s1, s1, 'Nantes'))).events[0].place!;
    expect(p.commune_insee).toBe('44109');
    expect(p.district).toBe('Malakoff');
    const s2 = 'Un homme a été enlevé samedi en lien avec le double meurtre de Maurepas.';
    const text = `${s2} La police était présente dans le quartier de Maurepas, à Rennes, où deux hommes ont été tués en mars.`;
    const q = resolveStory(text, only(text, event(text, s2, 'Maurepas'))).events[0].place!;
    expect(q.commune_insee).toBe('35238');
    expect(q.district).toBe('Maurepas');
  });
  it("reads a name the story borrows as a district ('le quartier de la Devèze', 'the Nice district of Moulins', not the communes of those names), and 'certains quartiers de Pau' as Pau", () => {
    const at = (text: string, word: string, from = 0) => { const i = text.indexOf(word, from); return { text: word, start: i, end: i + word.length }; };
    const s1 = 'Des policiers sont tombés dans un guet-apens samedi soir, sur fond de trafic de drogue.';
    const t1 = `${s1} Le quartier de la Devèze, à Béziers, est connu pour son activité illicite.`;
    const e1 = { ...event(t1, s1, null), place_context: [at(t1, 'Devèze')] };
    expect(resolveStory(t1, only(t1, e1)).events[0]!.place?.departement).not.toBe('65');
    const s2 = 'Shots were fired during a brawl in the heart of Les Moulins and four minors were injured.';
    const t2 = `The prefect visited the Nice district of Moulins on Tuesday. ${s2}`;
    const e2 = { ...event(t2, s2, null), place_context: [at(t2, 'Moulins', t2.indexOf(s2))] };
    expect(resolveStory(t2, only(t2, e2)).events[0]!.place?.commune_insee).toBe('06088');
    const s3 = 'Des tirs ont visé un immeuble dans la nuit du 30 au 31 décembre, sans faire de blessé.';
    const t3 = `Une montée des tensions dans certains quartiers de Pau a été constatée. ${s3}`;
    const e3 = { ...event(t3, s3, null), place_context: [at(t3, 'Pau')] };
    expect(resolveStory(t3, only(t3, e3)).events[0]!.place?.commune_insee).toBe('64445');
  });
  it("places an act 'à Bellefontaine, un quartier de Nantes' in Nantes: the town after 'un quartier de' is the district's town", () => {
    const s = 'Un homme a été abattu samedi soir à Bellefontaine, un quartier de Nantes, sur fond de trafic de drogue.';
    const i = s.indexOf('Nantes');
    const e = event(s, s, null);
    const placed = resolveStory(s, only(s, { ...e, place_mention: { text: 'Nantes', start: i, end: i + 6 } })).events[0]!.place;
    expect(placed?.commune_insee).toBe('44109');
  });
  it("reads 'Pointe à Pitre', written without its hyphens and cut at 'à' by the extractor, as Pointe-à-Pitre", () => {
    const s = 'Un homme de 26 ans a été tué par balle lundi à Pointe à Pitre, sur fond de trafic de drogue.';
    const i = s.indexOf('Pointe');
    const e = event(s, s, null);
    const out = resolveStory(s, only(s, { ...e, place_mention: { text: 'Pointe', start: i, end: i + 6 } })).events[0]!;
    expect([out.place?.commune_insee, out.place_mention?.text]).toEqual(['97120', 'Pointe à Pitre']);
  });

  it("places a district named like a commune elsewhere in the town named before it ('à Lille, dans le quartier de Moulins', 'Lille-Moulins')", () => {
    const s1 = "Un adolescent de 14 ans a été blessé par balle vendredi soir à Lille, dans le quartier de Moulins, près d'un point de deal.";
    expect(resolveStory(s1, only(s1, event(s1, s1, 'Moulins'))).events[0]!.place?.commune_insee).toBe('59350');
    const s2 = "Un homme a été tué par balles dimanche dans le quartier de Lille-Moulins, près d'un point de deal.";
    expect(resolveStory(s2, only(s2, event(s2, s2, 'Lille-Moulins'))).events[0]!.place?.commune_insee).toBe('59350');
    // (A prison named by the communes it stands between is not in the city named first.)
    const s3 = 'Un homme a ouvert le feu sur la façade de la prison de Lille-Loos-Sequedin mercredi.';
    expect(resolveStory(s3, only(s3, event(s3, s3, 'Lille-Loos-Sequedin'))).events[0]!.place?.commune_insee).not.toBe('59350');
  });

  it("does not place an act in the town a street or a station is named after ('métro porte de Valenciennes', 'rue de Toulon')", () => {
    const s1 = "Un homme a été tué par balles rue Alfred Naquet, à proximité du métro porte de Valenciennes, près d'un point de deal.";
    expect(resolveStory(s1, only(s1, event(s1, s1, null))).events[0]!.place?.commune_insee ?? null).not.toBe('59606');
    const s2 = "Un homme a été blessé par balles devant un immeuble de la rue de Toulon, près d'un point de deal.";
    expect(resolveStory(s2, only(s2, event(s2, s2, null))).events[0]!.place?.commune_insee ?? null).not.toBe('83137');
  });

  it("does not place an act or a figure in the town of a time-zone note ('à 22H15 (04H15 à Paris)')", () => {
    const s1 = "Un adolescent de 13 ans a été tué par balle mercredi soir en Guadeloupe.";
    const s2 = "Les faits ont eu lieu à 22H15 (04H15 à Paris) près d'une salle des fêtes.";
    const text = `${s1} ${s2}`;
    const e = { ...event(text, s1, null), evidence: [{ start: 0, end: text.length, text }] };
    expect(resolveStory(text, only(text, e)).events[0]!.place?.commune_insee ?? null).not.toBe('75056');
  });
});
