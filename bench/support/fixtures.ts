// Databases for the API's tests, browser tests and bench, written straight into a store through SQL (no pipeline):
// a small hand-written one (EN/FR stories, a 110-vs-10 conflict, a hostile article) and a large synthetic one.
import { seededRandom } from './random.js';
import type { EventType, Evidence, ExtractedEvent, ResolvedPlace, Victim } from '../../src/core/types.js';
import type { ClaimGroup, Conflict, Entity, Incident } from '../../src/reconcile/types.js';
import { listDepartements } from '../../src/resolve/geo/index.js';
import { sql, type Insertable, type Kysely } from 'kysely';
import type { Tables } from '../../src/store/schema.js';
import type { Store } from '../../src/store/store.js';

interface DocSpec {
  url: string;
  outlet: string;
  published: string;
  title: string;
  language: 'en' | 'fr';
  text: string;
}

/** Writes documents, stories, events, claims, mentions and the reconciled tables row by row. */
export class FixtureWriter {
  constructor(readonly store: Store) {}

  private get db() {
    return this.store.db;
  }

  /** A document with one story; returns the numeric ids. */
  async doc(d: DocSpec): Promise<{ doc: number; story: number; text: string }> {
    const { id: doc } = await this.db
      .insertInto('documents')
      .values({
        source: d.url, identity: d.url, url: d.url, outlet: d.outlet, published: d.published, title: d.title, language: d.language,
        format: 'text', encoding: 'utf-8', content_hash: `hash:${d.url}`, text: d.text, ingested_at: '2025-06-01T00:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: story } = await this.db
      .insertInto('stories')
      .values({ document_id: doc, idx: 0, title: d.title, text: d.text, language: d.language, relevance: 0.9, relevant: 1, terms: '[]' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { doc, story, text: d.text };
  }

  /** Evidence spans of phrases that must occur in the text (a fixture typo fails loudly here). */
  static spans(text: string, phrases: string[]): Evidence[] {
    return phrases.map((p) => {
      const start = text.indexOf(p);
      if (start < 0) throw new Error(`fixture phrase not in text: ${p}`);
      return { start, end: start + p.length, text: p };
    });
  }

  async event(
    at: { doc: number; story: number; text: string },
    e: {
      type: EventType;
      date: string | null;
      precision: 'day' | 'month' | 'year' | 'unknown';
      place: ResolvedPlace | null;
      killed: number | null;
      injured: number | null;
      evidence: string[];
      /** How the counts were stated (absent: an event extracted before the field existed). */
      casualties_stated?: ExtractedEvent['casualties_stated'];
      victims?: Victim[];
    },
  ): Promise<string> {
    const evidence = FixtureWriter.spans(at.text, e.evidence);
    const data = {
      type: e.type,
      date: e.date,
      date_precision: e.precision,
      date_flags: [],
      place_mention: null,
      place: e.place,
      killed: e.killed,
      injured: e.injured,
      ...(e.casualties_stated ? { casualties_stated: e.casualties_stated } : {}),
      victims: e.victims ?? [],
      weapons: [],
      drugs: [],
      actors: [],
      evidence,
    };
    const { id } = await this.db
      .insertInto('events')
      .values({
        document_id: at.doc, story_id: at.story, type: e.type, date: e.date, date_precision: e.precision, killed: e.killed, injured: e.injured,
        commune_insee: e.place?.commune_insee ?? null, departement: e.place?.departement ?? null, region: e.place?.region ?? null,
        country: e.place?.country ?? null, data: JSON.stringify(data),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return `e${id}`;
  }

  async claim(at: { doc: number; story: number; text: string }, c: { value: number; measure: string; period: string | null; attributed_to: string | null; evidence: string }): Promise<string> {
    const data = { value: c.value, unit: null, measure: c.measure, period: c.period, place: 'France', attributed_to: c.attributed_to, evidence: FixtureWriter.spans(at.text, [c.evidence]) };
    const { id } = await this.db
      .insertInto('claims')
      .values({ document_id: at.doc, story_id: at.story, value: c.value, unit: null, measure: c.measure, period: c.period, data: JSON.stringify(data) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return `c${id}`;
  }

  async mention(at: { doc: number; story: number; text: string }, name: string, type: Entity['type'], surface: string): Promise<Entity['mentions'][number]> {
    const [span] = FixtureWriter.spans(at.text, [surface]);
    await this.db
      .insertInto('entity_mentions')
      .values({ document_id: at.doc, story_id: at.story, name, type, title: null, span_start: span.start, span_end: span.end, surface })
      .execute();
    return { document: `d${at.doc}`, start: span.start, end: span.end };
  }
}

export const PLACES = {
  marseille14: { name: 'Marseille 14e Arrondissement', commune_insee: '13214', departement: '13', region: "Provence-Alpes-Côte d'Azur", country: 'FR', lat: 43.3448, lon: 5.3915, precision: 'arrondissement', population: 61000 },
  nimes: { name: 'Nîmes', commune_insee: '30189', departement: '30', region: 'Occitanie', country: 'FR', lat: 43.8374, lon: 4.3601, precision: 'commune', population: 148000 },
  saintDenisReunion: { name: 'Saint-Denis', commune_insee: '97411', departement: '974', region: 'La Réunion', country: 'FR', lat: -20.8823, lon: 55.4504, precision: 'commune', population: 153000 },
  grenoble: { name: 'Grenoble', commune_insee: '38185', departement: '38', region: 'Auvergne-Rhône-Alpes', country: 'FR', lat: 45.1885, lon: 5.7245, precision: 'commune', population: 157000 },
} satisfies Record<string, ResolvedPlace>;

/** Script, event handler and javascript: link a hostile story carries; the page must show them as text, never run them. */
export const HOSTILE = {
  script: '<script>window.__vigieXss = "script"</script>',
  img: '<img src="x" onerror="window.__vigieXss = \'onerror\'">',
  link: '<a href="javascript:window.__vigieXss=\'link\'">read more</a>',
  svg: '<svg onload="window.__vigieXss=\'svg\'"></svg>',
};

function incident(
  id: string,
  events: string[],
  f: Pick<Incident, 'type' | 'date' | 'date_precision' | 'place' | 'killed' | 'injured'> & { sources: number; conflicts?: Conflict[]; outlets: string[]; urls: string[] },
): Incident {
  return {
    id,
    events,
    type: f.type,
    date: f.date,
    date_precision: f.date_precision,
    place: f.place,
    killed: f.killed,
    injured: f.injured,
    victims: [],
    actors: [],
    sources: f.sources,
    conflicts: f.conflicts ?? [],
    source_urls: f.urls,
    outlets: f.outlets,
  };
}

export interface FixtureIds {
  marseille: string;
  nimes: string;
  hostile: string;
  conflictGroup: string;
  entity: string;
  hostileEntity: string;
}

/** The small hand-written database: four incidents in three départements (one overseas), two outlets disagreeing on a toll. */
export function writeFixtureDatabase(store: Store): Promise<FixtureIds> {
  return store.transaction(async (tx): Promise<FixtureIds> => {
    const w = new FixtureWriter(tx);
    const a = await w.doc({
      url: 'https://example.org/en/marseille-shooting',
      outlet: 'Example Herald',
      published: '2024-03-14',
      title: 'Teenager shot dead in northern Marseille',
      language: 'en',
      text:
        'Teenager shot dead in northern Marseille\n' +
        'A 17-year-old was shot dead on Wednesday evening at a housing estate in the 14th arrondissement of Marseille, police said.\n' +
        'Two other young men were wounded in the shooting, which investigators link to a turf war between rival dealing networks.\n' +
        'Prosecutor Claire Vautrin said the gunmen fled on a scooter.',
    });
    const b = await w.doc({
      url: 'https://example.fr/marseille-fusillade',
      outlet: 'Le Quotidien Exemple',
      published: '2024-03-15',
      title: 'Marseille : un adolescent tué par balles',
      language: 'fr',
      text:
        'Marseille : un adolescent tué par balles\n' +
        'Un adolescent de 17 ans a été tué par balles mercredi soir dans une cité du 14e arrondissement de Marseille.\n' +
        'Trois jeunes hommes ont été blessés, selon le parquet. La procureure Claire Vautrin évoque un règlement de comptes lié au trafic de stupéfiants.',
    });
    const c = await w.doc({
      url: 'https://example.fr/nimes-pissevin',
      outlet: 'Le Quotidien Exemple',
      published: '2023-08-22',
      title: 'Nîmes : un enfant de dix ans tué dans une fusillade',
      language: 'fr',
      text:
        'Nîmes : un enfant de dix ans tué dans une fusillade\n' +
        'Un garçon de dix ans a été tué par une balle perdue lundi soir dans le quartier de Pissevin, à Nîmes, sur fond de guerre des points de deal.',
    });
    const d = await w.doc({
      url: 'https://example.org/en/figures-2024',
      outlet: 'Example Herald',
      published: '2025-01-20',
      title: 'Drug violence toll rises',
      language: 'en',
      text:
        'Drug violence toll rises\n' +
        'The interior ministry said 110 people were killed in drug-trafficking related violence in 2024, up from the year before.\n' +
        'In Saint-Denis on Réunion island, a man was shot and wounded near a dealing point in December.',
    });
    const e = await w.doc({
      url: 'https://example.net/ten-killed',
      outlet: 'Example Weekly',
      published: '2025-02-02',
      title: 'Ten deaths, says observatory',
      language: 'en',
      text: 'Ten deaths, says observatory\nAccording to the drugs observatory, ten people were killed in trafficking-related shootings in 2024.',
    });
    const h = await w.doc({
      url: 'https://hostile.example/story',
      outlet: 'Hostile Example',
      published: '2024-06-02',
      title: `Shooting in Grenoble ${HOSTILE.svg}`,
      language: 'en',
      text:
        `Shooting in Grenoble ${HOSTILE.svg}\n` +
        `A man was shot dead in Grenoble on Sunday ${HOSTILE.script} near a dealing point.\n` +
        `Witnesses described panic ${HOSTILE.img} in the street. ${HOSTILE.link}`,
    });

    const ea = await w.event(a, { type: 'shooting_homicide', date: '2024-03-13', precision: 'day', place: PLACES.marseille14, killed: 1, injured: 2, evidence: ['A 17-year-old was shot dead on Wednesday evening', 'Two other young men were wounded'] });
    const eb = await w.event(b, { type: 'shooting_homicide', date: '2024-03-13', precision: 'day', place: PLACES.marseille14, killed: 1, injured: 3, evidence: ['Un adolescent de 17 ans a été tué par balles mercredi soir', 'Trois jeunes hommes ont été blessés'] });
    const ec = await w.event(c, { type: 'shooting_homicide', date: '2023-08-21', precision: 'day', place: PLACES.nimes, killed: 1, injured: null, evidence: ['Un garçon de dix ans a été tué par une balle perdue lundi soir'] });
    const ed = await w.event(d, { type: 'shooting_homicide', date: '2024-12', precision: 'month', place: PLACES.saintDenisReunion, killed: 0, injured: 1, evidence: ['a man was shot and wounded near a dealing point in December'] });
    const eh = await w.event(h, { type: 'shooting_homicide', date: '2024-06-02', precision: 'day', place: PLACES.grenoble, killed: 1, injured: null, evidence: [`A man was shot dead in Grenoble on Sunday ${HOSTILE.script}`, `Witnesses described panic ${HOSTILE.img}`] });

    const c110 = await w.claim(d, { value: 110, measure: 'people killed in drug-trafficking violence', period: '2024', attributed_to: 'interior ministry', evidence: 'The interior ministry said 110 people were killed in drug-trafficking related violence in 2024' });
    const c10 = await w.claim(e, { value: 10, measure: 'people killed in drug-trafficking violence', period: '2024', attributed_to: 'drugs observatory', evidence: 'ten people were killed in trafficking-related shootings in 2024' });
    const cHostile = await w.claim(h, { value: 1, measure: `shootings ${HOSTILE.script}`, period: '2024', attributed_to: HOSTILE.img, evidence: 'A man was shot dead in Grenoble' });

    const ids: FixtureIds = {
      marseille: `inc:${ea}`,
      nimes: `inc:${ec}`,
      hostile: `inc:${eh}`,
      conflictGroup: `cg:${c110 < c10 ? c110 : c10}`,
      entity: 'ent:claire-vautrin',
      hostileEntity: 'ent:hostile',
    };
    const incidents: Incident[] = [
      incident(ids.marseille, [ea, eb], {
        type: 'shooting_homicide', date: '2024-03-13', date_precision: 'day', place: PLACES.marseille14, killed: 1, injured: 2, sources: 2,
        conflicts: [{ field: 'injured', values: [{ value: 2, event: ea }, { value: 3, event: eb }] }],
        outlets: ['Example Herald', 'Le Quotidien Exemple'], urls: ['https://example.fr/marseille-fusillade', 'https://example.org/en/marseille-shooting'],
      }),
      incident(ids.nimes, [ec], { type: 'shooting_homicide', date: '2023-08-21', date_precision: 'day', place: PLACES.nimes, killed: 1, injured: null, sources: 1, outlets: ['Le Quotidien Exemple'], urls: ['https://example.fr/nimes-pissevin'] }),
      incident(`inc:${ed}`, [ed], { type: 'shooting_homicide', date: '2024-12', date_precision: 'month', place: PLACES.saintDenisReunion, killed: 0, injured: 1, sources: 1, outlets: ['Example Herald'], urls: ['https://example.org/en/figures-2024'] }),
      incident(ids.hostile, [eh], { type: 'shooting_homicide', date: '2024-06-02', date_precision: 'day', place: { ...PLACES.grenoble, name: `Grenoble ${HOSTILE.img}` }, killed: 1, injured: null, sources: 1, outlets: ['Hostile Example'], urls: ['javascript:window.__vigieXss="url"'] }),
    ];
    const groups: ClaimGroup[] = [
      {
        id: ids.conflictGroup, claims: [c110, c10].sort(), measure: 'people killed in drug-trafficking violence', period: '2024', place: 'France', unit: null, status: 'conflicting',
        values: [{ value: 110, claim: c110, document: `d${d.doc}` }, { value: 10, claim: c10, document: `d${e.doc}` }],
      },
      { id: `cg:${cHostile}`, claims: [cHostile], measure: `shootings ${HOSTILE.script}`, period: '2024', place: null, unit: null, status: 'single', values: [{ value: 1, claim: cHostile, document: `d${h.doc}` }] },
    ];
    const entities: Entity[] = [
      { id: ids.entity, name: 'Claire Vautrin', type: 'person', aliases: ['procureure Claire Vautrin'], mentions: [await w.mention(a, 'Claire Vautrin', 'person', 'Claire Vautrin'), await w.mention(b, 'Claire Vautrin', 'person', 'Claire Vautrin')] },
      { id: ids.hostileEntity, name: `Gang ${HOSTILE.img}`, type: 'criminal_group', aliases: [HOSTILE.script], mentions: [await w.mention(h, `Gang ${HOSTILE.img}`, 'criminal_group', HOSTILE.img)] },
    ];
    await tx.applyIncidentChanges({ remove: [], upsert: incidents, file: [], unfile: [] });
    await tx.replaceClaimGroupsAndEntities(groups, entities);
    return ids;
  });
}

// ---------------------------------------------------------------------------------------------
// The dashboard's details: a prison-van attack told by four outlets (two give the injured as 3, one says "several",
// one says nothing of them), a long story whose evidence lies far down, six months of incidents spread unevenly over
// départements (for the replay's colour scale), one overseas incident, and entities of every kind.

export interface DetailsIds {
  prisonVan: string;
  /** The event of the outlet that says nothing of the injured. */
  silentEvent: string;
  /** The event of the outlet that says "several" injured. */
  vagueEvent: string;
  reunion: string;
  firstDocument: string;
  entity: string;
}

const EXTRA_PLACES = {
  incarville: { name: 'Incarville', commune_insee: '27351', departement: '27', region: 'Normandie', country: 'FR', lat: 49.2386, lon: 1.1775, precision: 'commune', population: 1353 },
} satisfies Record<string, ResolvedPlace>;

/** Background paragraphs that push a story's evidence far below the first screen of its box. */
const FILLER = Array.from({ length: 30 }, (_, i) =>
  `Paragraph ${i + 1} of background: the ministry of justice has reviewed how detainees are moved between courts and prisons, and unions have asked for armoured vans for years.`,
).join('\n');

export function writeDashboardDetailsDatabase(store: Store): Promise<DetailsIds> {
  return store.transaction(async (tx): Promise<DetailsIds> => {
    const w = new FixtureWriter(tx);
    const herald = await w.doc({
      url: 'https://example.org/en/prison-van-attack',
      outlet: 'Example Herald',
      published: '2024-05-15',
      title: 'Two prison officers killed in ambush on prison van',
      language: 'en',
      text:
        'Two prison officers killed in ambush on prison van\n' +
        `${FILLER}\n` +
        'Two prison officers were killed and three others seriously injured in the attack on a prison van at the Incarville toll booth on Tuesday, freeing the inmate Mohamed Amra.\n' +
        'The DZ Mafia is not suspected, police said.',
    });
    const weekly = await w.doc({
      url: 'https://example.net/amra-escape',
      outlet: 'Example Weekly',
      published: '2024-05-16',
      title: 'Hit squad frees Mohamed Amra',
      language: 'en',
      text: 'Hit squad frees Mohamed Amra\nTwo officers were shot dead and three others seriously wounded when a hit squad attacked a prison van in Normandy on Tuesday.',
    });
    const review = await w.doc({
      url: 'https://example.com/review/amra',
      outlet: 'Example Review',
      published: '2025-05-20',
      title: 'A year after Incarville',
      language: 'en',
      text: 'A year after Incarville\nOn 14 May 2024, two officers of the prison service were shot dead during an ambush on a prison van. Several other guards were wounded.',
    });
    const quotidien = await w.doc({
      url: 'https://example.fr/incarville',
      outlet: 'Le Quotidien Exemple',
      published: '2024-05-15',
      title: 'Incarville : deux agents pénitentiaires tués',
      language: 'fr',
      text: 'Incarville : deux agents pénitentiaires tués\nDeux agents pénitentiaires ont été tués mardi au péage d’Incarville lors de l’attaque d’un fourgon pour libérer Mohamed Amra.',
    });
    const stated = (killed: 'number' | 'vague' | 'none', injured: 'number' | 'vague' | 'none') => ({ killed, injured });
    const e1 = await w.event(herald, {
      type: 'prison_attack', date: '2024-05-14', precision: 'day', place: EXTRA_PLACES.incarville, killed: 2, injured: 3, casualties_stated: stated('number', 'number'),
      victims: [{ age: null, minor: null, role: 'prison_officer' }, { age: null, minor: null, role: 'prison_officer' }],
      evidence: ['Two prison officers were killed and three others seriously injured in the attack on a prison van'],
    });
    const e2 = await w.event(weekly, {
      type: 'prison_attack', date: '2024-05-14', precision: 'day', place: EXTRA_PLACES.incarville, killed: 2, injured: 3, casualties_stated: stated('number', 'number'),
      evidence: ['Two officers were shot dead and three others seriously wounded'],
    });
    const e3 = await w.event(review, {
      type: 'prison_attack', date: '2024-05-14', precision: 'day', place: EXTRA_PLACES.incarville, killed: 2, injured: null, casualties_stated: stated('number', 'vague'),
      evidence: ['two officers of the prison service were shot dead during an ambush on a prison van', 'Several other guards were wounded'],
    });
    const e4 = await w.event(quotidien, {
      type: 'prison_attack', date: '2024-05-14', precision: 'day', place: EXTRA_PLACES.incarville, killed: 2, injured: null, casualties_stated: stated('number', 'none'),
      evidence: ['Deux agents pénitentiaires ont été tués mardi'],
    });

    // Six months of shootings: Marseille (13) has one a month for four months, Nîmes (30) one in the first month,
    // Saint-Denis de La Réunion (974) one in June.
    const monthly: Array<{ date: string; precision: 'day' | 'month'; place: ResolvedPlace; text: string; phrase: string }> = [
      ...['2024-01-10', '2024-02-10', '2024-03-10', '2024-04-10'].map((date, k) => ({
        date, precision: 'day' as const, place: PLACES.marseille14,
        text: `Fusillade à Marseille (${k + 1})\nUn homme a été tué par balles le ${date} dans une cité du 14e arrondissement de Marseille.`,
        phrase: 'Un homme a été tué par balles',
      })),
      { date: '2024-01-20', precision: 'day', place: PLACES.nimes, text: 'Fusillade à Nîmes\nUn homme a été tué par balles à Pissevin, à Nîmes.', phrase: 'Un homme a été tué par balles' },
      { date: '2024-06', precision: 'month', place: PLACES.saintDenisReunion, text: 'Shooting in Saint-Denis\nA man was shot dead near a dealing point in Saint-Denis, Réunion, in June.', phrase: 'A man was shot dead' },
    ];
    const shootings: Array<{ ev: string; at: Awaited<ReturnType<FixtureWriter['doc']>>; m: (typeof monthly)[number] }> = [];
    for (const [k, m] of monthly.entries()) {
      const at = await w.doc({ url: `https://example.org/shooting-${k + 1}`, outlet: 'Example Herald', published: m.date.length === 7 ? `${m.date}-30` : m.date, title: m.text.split('\n')[0], language: m.text.startsWith('Shooting') ? 'en' : 'fr', text: m.text });
      const ev = await w.event(at, { type: 'shooting_homicide', date: m.date, precision: m.precision, place: m.place, killed: 1, injured: null, casualties_stated: stated('number', 'none'), evidence: [m.phrase] });
      shootings.push({ ev, at, m });
    }

    const prisonVan: Incident = {
      ...incident(`inc:${e1}`, [e1, e2, e3, e4], {
        type: 'prison_attack', date: '2024-05-14', date_precision: 'day', place: EXTRA_PLACES.incarville, killed: 2, injured: 3, sources: 4,
        // As a database reconciled before silence was told apart holds it: the silent outlet's null among the values.
        conflicts: [{ field: 'injured', values: [{ value: 3, event: e1 }, { value: 3, event: e2 }, { value: null, event: e3 }, { value: null, event: e4 }] }],
        outlets: ['Example Herald', 'Example Review', 'Example Weekly', 'Le Quotidien Exemple'],
        urls: ['https://example.com/review/amra', 'https://example.fr/incarville', 'https://example.net/amra-escape', 'https://example.org/en/prison-van-attack'],
      }),
      // One source lists three victims where the others count two: the page shows people, grouped, as the source has them.
      victims: [{ age: null, minor: null, role: 'officer' }, { age: null, minor: null, role: 'officer' }, { age: null, minor: null, role: 'prison_officer' }],
    };
    const incidents: Incident[] = [
      prisonVan,
      ...shootings.map(({ ev, at, m }) => incident(`inc:${ev}`, [ev], {
        type: 'shooting_homicide', date: m.date, date_precision: m.precision, place: m.place, killed: 1, injured: null, sources: 1, outlets: ['Example Herald'], urls: [`https://example.org/shooting-${at.doc}`],
      })),
    ];
    const entities: Entity[] = [
      { id: 'ent:mohamed-amra', name: 'Mohamed Amra', type: 'person', aliases: ['Amra'], mentions: [await w.mention(herald, 'Mohamed Amra', 'person', 'Mohamed Amra'), await w.mention(weekly, 'Mohamed Amra', 'person', 'Mohamed Amra'), await w.mention(quotidien, 'Mohamed Amra', 'person', 'Mohamed Amra')] },
      { id: 'ent:dz-mafia', name: 'DZ Mafia', type: 'criminal_group', aliases: [], mentions: [await w.mention(herald, 'DZ Mafia', 'criminal_group', 'DZ Mafia')] },
      { id: 'ent:ministry-of-justice', name: 'Ministry of Justice', type: 'organisation', aliases: [], mentions: [await w.mention(herald, 'Ministry of Justice', 'organisation', 'ministry of justice')] },
      { id: 'ent:incarville', name: 'Incarville', type: 'place', aliases: [], mentions: [await w.mention(review, 'Incarville', 'place', 'Incarville'), await w.mention(quotidien, 'Incarville', 'place', 'Incarville')] },
      { id: 'ent:pissevin', name: 'Pissevin', type: 'place', aliases: [], mentions: [await w.mention(shootings[4].at, 'Pissevin', 'place', 'Pissevin')] },
    ];
    await tx.applyIncidentChanges({ remove: [], upsert: incidents, file: [], unfile: [] });
    await tx.replaceClaimGroupsAndEntities([], entities);
    return {
      prisonVan: prisonVan.id,
      silentEvent: e4,
      vagueEvent: e3,
      reunion: `inc:${shootings[5].ev}`,
      firstDocument: `d${herald.doc}`,
      entity: 'ent:mohamed-amra',
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Synthetic volume for the bench and the first-view timing: deterministic, one transaction.

const TYPES: EventType[] = ['shooting_homicide', 'shooting_homicide', 'shooting_homicide', 'arson_intimidation', 'seizure', 'police_operation', 'kidnapping_extortion', 'prison_attack', 'trial_verdict', 'corruption_case'];
const WORDS = ['fusillade', 'règlement', 'comptes', 'trafic', 'stupéfiants', 'cité', 'point', 'deal', 'balles', 'kalachnikov', 'shooting', 'dealer', 'network', 'police', 'raid', 'cocaine', 'cannabis', 'prison', 'gang', 'scooter', 'quartier', 'nuit', 'victime', 'blessé', 'tué', 'enquête', 'parquet', 'juge', 'mafia', 'clan'];

/** `count` incidents over the départements (weighted towards the big ones), 2015–2025, each with one event in one of count/5 stories. */
export async function writeSyntheticDatabase(store: Store, count: number, seed = 7): Promise<void> {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const deps = listDepartements().filter((d) => d.lat !== null && d.lon !== null);
  const weighted = deps.flatMap((d) => Array<typeof d>(Math.max(1, Math.round((d.population ?? 0) / 300_000))).fill(d));
  const stories = Math.max(1, Math.floor(count / 5));
  // Rows are buffered and written in batches (one statement per batch: few round trips on PostgreSQL).
  type Rows<T extends keyof Tables> = Array<Insertable<Tables[T]>>;
  const docs: Rows<'documents'> = [];
  const storyRows: Rows<'stories'> = [];
  const events: Rows<'events'> = [];
  const incidents: Rows<'incidents'> = [];
  const members: Rows<'incident_events'> = [];
  const flush = async (db: Kysely<Tables>, force: boolean) => {
    const write = async <T extends keyof Tables>(table: T, rows: Rows<T>, size: number) => {
      while (rows.length >= size || (force && rows.length)) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        await db.insertInto(table).values(rows.splice(0, size) as any).execute();
      }
    };
    await write('documents', docs, 500);
    await write('stories', storyRows, 500);
    await write('events', events, 500);
    await write('incidents', incidents, 500);
    await write('incident_events', members, 500);
  };
  await store.transaction(async (tx) => {
    // Indexes are built once the rows are in, as a bulk load does: a sorted build instead of a million random
    // inserts into each of the incidents' dozen indexes (a million incidents: minutes instead of tens of minutes).
    const rebuild = await dropIndexes(tx.db, store.kind, BULK_TABLES);
    const texts: string[] = [];
    for (let s = 1; s <= stories; s++) {
      const lang = rnd() < 0.6 ? 'fr' : 'en';
      const dep = pick(weighted);
      const words = Array.from({ length: 40 }, () => pick(WORDS)).join(' ');
      const title = `${pick(WORDS)} ${dep.name} ${s}`;
      const text = `${title}\n${words} à ${dep.name}. Synthetic story number ${s}, code${s}.`;
      texts.push(text);
      const published = `${2015 + Math.floor(rnd() * 11)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
      docs.push({ id: s, source: `synthetic/${s}.txt`, identity: `synthetic/${s}`, url: `https://synthetic.example/${s}`, outlet: `Outlet ${s % 40}`, published, title, language: lang, format: 'text', encoding: 'utf-8', content_hash: `synthetic:${seed}:${s}`, text, ingested_at: '2025-06-01T00:00:00.000Z' });
      storyRows.push({ id: s, document_id: s, idx: 0, title, text, language: lang, relevance: 0.8, relevant: 1, terms: '[]' });
      if (docs.length >= 500) await flush(tx.db, false);
    }
    await flush(tx.db, true);
    for (let i = 1; i <= count; i++) {
      const dep = pick(weighted);
      const type = pick(TYPES);
      const year = 2015 + Math.floor(rnd() * 11);
      const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
      const r = rnd();
      const [date, precision] =
        r < 0.8 ? [`${year}-${month}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`, 'day'] : r < 0.93 ? [`${year}-${month}`, 'month'] : r < 0.98 ? [`${year}`, 'year'] : [null, 'unknown'];
      const killed = type === 'shooting_homicide' ? (rnd() < 0.1 ? null : Math.floor(rnd() * 3)) : null;
      const injured = type === 'shooting_homicide' ? (rnd() < 0.2 ? null : Math.floor(rnd() * 3)) : null;
      const sources = 1 + Math.floor(rnd() * rnd() * 5);
      const lat = dep.lat! + (rnd() - 0.5) * 0.5;
      const lon = dep.lon! + (rnd() - 0.5) * 0.7;
      const place: ResolvedPlace = { name: dep.name, commune_insee: null, departement: dep.code, region: dep.region, country: 'FR', lat, lon, precision: 'departement', population: dep.population };
      const story = 1 + ((i * 7919) % stories);
      const text = texts[story - 1];
      // Each event its own words, as a story telling several incidents tells each in its own sentence: the events
      // of one story (i, i + stories, …) take successive slices of its text. Review corrections anchor events by them.
      const body = text.indexOf('\n') + 1;
      const start = body + ((Math.floor((i - 1) / stories) * 17) % Math.max(1, text.length - body - 40));
      const evidence = [{ start, end: Math.min(start + 40, text.length), text: text.slice(start, start + 40) }];
      const conflicts: Conflict[] = sources > 1 && rnd() < 0.2 ? [{ field: 'killed', values: [{ value: killed, event: `e${i}` }, { value: (killed ?? 0) + 1, event: `e${i}` }] }] : [];
      const ev = { type, date, date_precision: precision, date_flags: [], place_mention: null, place, killed, injured, victims: [], weapons: [], drugs: [], actors: [], evidence };
      events.push({ id: i, document_id: story, story_id: story, type, date, date_precision: precision, killed, injured, commune_insee: null, departement: dep.code, region: dep.region, country: 'FR', data: JSON.stringify(ev) });
      const inc: Incident = {
        id: `inc:e${i}`, events: [`e${i}`], type, date, date_precision: precision as Incident['date_precision'], place, killed, injured, victims: [], actors: [],
        sources, conflicts, source_urls: [`https://synthetic.example/${story}`], outlets: [`Outlet ${story % 40}`],
      };
      incidents.push({ id: inc.id, type, date, date_precision: precision, place_name: dep.name, commune_insee: null, departement: dep.code, region: dep.region, country: 'FR', lat, lon, killed, injured, sources, conflicts: conflicts.length, data: JSON.stringify(inc) });
      members.push({ incident_id: inc.id, event_id: i });
      if (incidents.length >= 500) await flush(tx.db, false);
    }
    await flush(tx.db, true);
    for (const create of rebuild) await sql.raw(create).execute(tx.db);
    await tx.dialect.resetSequences(tx.db);
  });
  // PostgreSQL: VACUUM too, as autovacuum would soon: it marks the pages all-visible, so index-only scans skip the table.
  await sql.raw(store.kind === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE').execute(store.db);
}

/** The tables the synthetic database fills in bulk. */
const BULK_TABLES = ['documents', 'stories', 'events', 'incidents', 'incident_events'];

/**
 * Drops the secondary indexes of `tables` (primary keys and unique constraints stay: they check the rows) and
 * returns the statements that create them again, as the database itself describes them.
 */
async function dropIndexes(db: Kysely<Tables>, kind: 'sqlite' | 'postgres', tables: readonly string[]): Promise<string[]> {
  const list = sql.join(tables.map((t) => sql`${t}`));
  const rows =
    kind === 'sqlite'
      ? (await sql<{ name: string; def: string }>`SELECT name, sql AS def FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${list})`.execute(db)).rows
      : (
          await sql<{ name: string; def: string }>`SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename IN (${list})
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`.execute(db)
        ).rows;
  for (const r of rows) await sql`DROP INDEX ${sql.ref(r.name)}`.execute(db);
  return rows.map((r) => r.def);
}
