// Places of figures (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { localeKit } from '../locales/index.js';
import { extractClaims } from './index.js';

const en = localeKit('en');
const fr = localeKit('fr');
const rows = (kit: typeof en, text: string, published: string) => extractClaims(text, kit, { published }).map((c) => [c.value, c.period, c.place]);

describe('claim places (claims helper)', () => {
  it('goes on with the place of a whole, not of its part, after "dont huit à …"', () => {
    const text = "Depuis le début de l'année, 14 personnes ont été tuées dans des règlements de comptes dans le Gard, dont six à Nîmes. L'an dernier, 19 morts avaient été recensés.";
    expect(rows(fr, text, '2021-09-14')).toEqual([
      [14, '2021', 'Gard'],
      [6, '2021', 'Nîmes'],
      [19, '2020', 'Gard'],
    ]);
    const told = 'Since January, 14 people have been killed in drug feuds in the Gard, including six in Nîmes. Last year, 19 deaths were recorded.';
    expect(rows(en, told, '2021-09-14').map((r) => r[2])).toEqual(['Gard', 'Nîmes', 'Gard']);
  });

  it('gives a figure the place told right after it when nearer than the one before', () => {
    const text = 'En 2019, 2 tonnes de cocaïne ont été saisies au port de Dunkerque pour un total de 15 tonnes en France.';
    expect(rows(fr, text, '2020-06-02')).toEqual([
      [2, '2019', 'Dunkerque'],
      [15, '2019', 'France'],
    ]);
    const told = 'In 2019, customs seized 2 tonnes of cocaine at the port of Dunkirk out of a total of 15 tonnes in France.';
    expect(rows(en, told, '2020-06-02').map((r) => r[2])).toEqual(['Dunkerque', 'France']);
  });

  it('carries the place of a list within its paragraph only', () => {
    const text = "Les opérations antidrogue ont donné lieu à 2 100 interpellations en France cette année. À Lyon, 240 gardes à vue et 90 déferrements ont été réalisés.\nAu total, trois tonnes de drogue ont été saisies au cours de ces opérations.";
    expect(rows(fr, text, '2023-05-04').map((r) => r[2])).toEqual(['France', 'Lyon', 'Lyon', 'France']);
  });

  it('keeps a place told in a bracket for the figures in it ("490 opérations (dont 24 en Outre-mer)")', () => {
    const text = "Au total, 480 opérations (dont 30 en Outre-mer) ont été menées en France depuis janvier contre les points de deal, et 3 tonnes de drogues ont été saisies.";
    expect(rows(fr, text, '2024-04-18').map((r) => [r[0], r[2]])).toEqual([[480, 'France'], [30, 'Outre-mer'], [3, 'France']]);
    const told = 'In all, 480 operations (30 of them in Corsica) were carried out across France since January against dealing spots, and 3 tonnes of drugs were seized.';
    expect(rows(en, told, '2024-04-18').map((r) => [r[0], r[2]])).toEqual([[480, 'France'], [30, 'Corse'], [3, 'France']]);
  });

  it('reads "en Polynésie française" as that collectivity, not as France by its adjective', () => {
    const text = "En 2025, les douaniers ont saisi 250 kilos d'ice en Polynésie française, dont 50 kilos destinés au marché local.";
    expect(rows(fr, text, '2026-02-04').map((r) => r[2])).toEqual(['Polynésie française', 'Polynésie française']);
  });

  it('does not read "garde des Sceaux" as the town of Sceaux', () => {
    const text = "Selon le garde des Sceaux, 260 comparutions immédiates ont eu lieu depuis le début de l'année dans le cadre de la lutte contre le trafic de drogue.";
    expect(rows(fr, text, '2023-05-04').map((r) => r[2])).not.toContain('Sceaux');
  });

  it('gives France to a figure whose clause, or the clause its bracket follows, is national', () => {
    const text = "À Cayenne, le taux d'homicides atteint 30 pour 100 000 habitants, six fois la moyenne nationale (5 pour 100 000 habitants), et trois fois celui de la Seine-Saint-Denis (10 pour 100 000 habitants).";
    expect(rows(fr, text, '2023-05-04').map((r) => [r[0], r[2]])).toContainEqual([5, 'France']);
    const told = 'In Cayenne, the murder rate reached 30 per 100,000 people, six times the national average (5 per 100,000), and three times that of Seine-Saint-Denis (10 per 100,000).';
    expect(rows(en, told, '2023-05-04').map((r) => [r[0], r[2]])).toContainEqual([5, 'France']);
  });

  it('keeps a rate at any size and never its base ("pour 100 000 habitants", "per 100,000 people")', () => {
    const text = "En Guyane, les violences armées atteignent 48,5 faits pour 100 000 habitants, contre 7,9 pour 100 000 habitants dans l'Hexagone.";
    expect(rows(fr, text, '2023-05-04').map((r) => [r[0], r[1]])).toEqual([[48.5, null], [7.9, null]]);
    const told = 'In French Guiana, armed violence reached 48.5 offences per 100,000 people, against 7.9 per 100,000 people in mainland France.';
    expect(rows(en, told, '2023-05-04').map((r) => r[0])).toEqual([48.5, 7.9]);
  });
});

describe('where a traveller or a cargo came from', () => {
  it('is not where a figure holds ("une mule … en provenance de Paris"), and "dont 25 uniquement à l\'aéroport" counts what its whole counts', () => {
    const text = "Jeudi, une nouvelle mule a été interceptée à l'aéroport en provenance de Paris. En 2024, les douanes ont saisi 50 kg de cocaïne, dont 25 uniquement à l'aéroport.";
    const claims = extractClaims(text, fr, { published: '2025-08-07' });
    expect(claims.map((c) => c.place)).not.toContain('Paris');
    expect(claims.map((c) => [c.value, c.measure])).toEqual([
      [50, 'kg de cocaïne'],
      [25, 'kg de cocaïne'],
    ]);
  });
});

describe("counts as they stood at a month and places of a town's or a national office's story (claims helper)", () => {
  it('reads "à la mi-novembre", "by mid-November" as the year up to that month', () => {
    const text = "Les gendarmes ont relevé 212 cambriolages liés aux stupéfiants à la mi-novembre dans le Var.";
    expect(rows(fr, text, '2022-12-02')).toEqual([[212, '2022', 'Var']]);
    const told = 'Police recorded 212 drug-related homicides in the Var by mid-November.';
    expect(rows(en, told, '2022-12-02').map((r) => r[1])).toEqual(['2022']);
  });

  it("gives a story's figures the town its speakers serve when it names no other place and never the country", () => {
    // The lead names only who speaks; the town itself comes after the lead (600 characters).
    const filler = 'The officials spoke for an hour in a crowded room, answering questions about schools, buses, housing and the new stadium. ';
    const told = `The public prosecutor of Lille looked back on the year with the prefect. ${filler.repeat(5)}In 2023, 1,250 dealers were arrested. Residents of Lille say the deal points are back.`;
    expect(rows(en, told, '2024-01-15')).toEqual([[1250, '2023', 'Lille']]);
    const remplissage = "Les responsables ont parlé une heure devant une salle pleine, répondant sur les écoles, les bus, le logement et le stade. ";
    const text = `Le procureur de Lille a dressé le bilan de l'année avec le préfet. ${remplissage.repeat(5)}En 2023, 1 250 trafiquants ont été interpellés. À Lille, les habitants disent que les points de deal reviennent.`;
    expect(rows(fr, text, '2024-01-15')).toEqual([[1250, '2023', 'Lille']]);
  });

  it("places a national drugs observatory's figures in France when the story names no place", () => {
    const told = 'According to the OFDT, 1.2 million adults used cocaine in 2023.';
    expect(rows(en, told, '2024-06-10')).toEqual([[1200000, '2023', 'France']]);
    const text = "Selon l'OFDT, 1,2 million d'adultes ont consommé de la cocaïne en 2023.";
    expect(rows(fr, text, '2024-06-10')).toEqual([[1200000, '2023', 'France']]);
  });
});

describe('a count told by a bare month', () => {
  it("keeps 'By April 2025, 65 attacks had been recorded' as April's count", () => {
    expect(rows(en, 'By April 2025, around 65 attacks on French prisons had been recorded.', '2025-05-02').map((r) => r[1])).toEqual(['2025-04']);
  });
});

describe('figures of a story set on an island région', () => {
  it("are the island's, not France's, when its places are the story's (Martinique, Corse)", () => {
    const text =
      "Homicides : le parquet s'inquiète en Martinique\n\nUn homme a été tué par balles samedi à Fort-de-France, une semaine après une fusillade au Lamentin.\n\nSelon le parquet, 27 homicides ont été recensés depuis le début de l'année, dont 19 par arme à feu.";
    expect(rows(fr, text, '2025-09-20').map((r) => r[2])).toEqual(['Martinique', 'Martinique']);
    const told =
      'Killings in Corsica\n\nAnother man was shot dead in Ajaccio last week, after a killing in Bastia in July. Seventeen homicides have been recorded since January.';
    expect(rows(en, told, '2024-11-30').map((r) => r[2])).toEqual(['Corse']);
  });

  it("reads 'Saint-Denis' of a story that names La Réunion as the island's town, so its figures are the island's", () => {
    const text =
      "Trafic de cocaïne à La Réunion\n\nUne nouvelle mule a été interpellée jeudi à l'aéroport de Saint-Denis avec 6 kg de cocaïne. Elle sera jugée à Saint-Denis.\n\nIl s'agit de la trentième mule interceptée depuis le début de l'année.";
    expect(rows(fr, text, '2025-08-08').map((r) => r[2])).toEqual(['La Réunion']);
  });

  it("gives a figure that follows a town of the island in its paragraph the island's name", () => {
    const text =
      "Lundi soir, un homme de 26 ans a été assassiné devant chez lui à Calenzana. En 2024, 17 homicides ont été recensés, selon la préfecture.\n\nLa Corse reste la région la plus touchée par les homicides.";
    expect(rows(fr, text, '2025-01-15')).toEqual([[17, '2024', 'Corse']]);
  });

  it("finds the place in a capitalised headline phrase ('Violences en Martinique')", () => {
    const text = "Violences en Martinique\n\nSelon le parquet, 27 homicides ont été recensés depuis le début de l'année.";
    expect(rows(fr, text, '2025-09-20').map((r) => r[2])).toEqual(['Martinique']);
  });

  it('stays France for a national story that names an island once among mainland towns', () => {
    const text = "Trafic de cocaïne : 47 tonnes saisies en France en 2024, dont une partie au Havre, à Marseille, à Dunkerque et en Guadeloupe.";
    expect(rows(fr, text, '2025-01-20').map((r) => r[2])).toEqual(['France']);
  });

  it("does not give a figure the town named as a neighbour ('limitrophe de Lyon', 'bordering Lyon')", () => {
    const text = "Le quartier de la Soie, limitrophe de Lyon, concentre l'essentiel du trafic de Villeurbanne, qui compte 23 points de deal au total, selon la police.";
    expect(rows(fr, text, '2024-12-10').map((r) => [r[0], r[2]])).toEqual([[23, 'Villeurbanne']]);
    const textEn = 'The estate, bordering Lyon, holds most of the drug trade of Villeurbanne, which has 23 drug-dealing spots in all, according to the police.';
    expect(rows(en, textEn, '2024-12-10').map((r) => [r[0], r[2]])).toEqual([[23, 'Villeurbanne']]);
  });
});
