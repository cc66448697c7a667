// Cross-stage: one real incident told by several outlets, in English and French, through the whole pipeline
// (read → clean → classify → extract → resolve → store → reconcile) becomes one incident with its conflicts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeJson } from '../src/export/json.js';
import { ingest } from '../src/pipeline/ingest.js';
import type { Store } from '../src/store/store.js';
import { openStore } from '../src/store/open.js';
import { DIALECTS, freshStore, type DialectName } from './support/stores.js';
import { writeCorpus as writeFiles, type ArticleFile, type WrittenCorpus as Corpus } from './support/corpus.js';

const writeCorpus = (articles: Article[]): Corpus => writeFiles(articles, 'vigie-multi-');

/** An article of the scenarios: the text is written to `file`, the manifest gives its outlet and date. */
type Article = ArticleFile;

// ---------------------------------------------------------------------------------------------
// Scenario 1 (en): a 19-year-old shot dead at a dealing point in Marseille 14e, night of Monday 10 to
// Tuesday 11 March 2025, told five ways: exact date / "on Tuesday" / "overnight Monday to Tuesday";
// 14th arrondissement / "northern Marseille" / "Marseille"; one, two, "several" or no wounded; one report says 20.
const MARSEILLE_EN: Article[] = [
  {
    file: 'en-mrs-a.txt', outlet: 'Riviera Daily', published: '2025-03-11',
    text:
      'Teenager shot dead at Marseille dealing point\n' +
      "A 19-year-old man was shot dead at a drug dealing point in Marseille's 14th arrondissement on 11 March 2025, prosecutors said.\n" +
      'Another man was wounded in the shooting and taken to hospital.\n' +
      'Police believe the killing is linked to a turf war between rival drug trafficking gangs.\n',
  },
  {
    file: 'en-mrs-b.txt', outlet: 'Channel Herald', published: '2025-03-12',
    text:
      'Drug war claims another life in northern Marseille\n' +
      'A 19-year-old was killed on Tuesday in northern Marseille when gunmen opened fire on a dealing spot.\n' +
      'Two other people were injured, according to police sources.\n' +
      'The victim was known to police for drug trafficking offences.\n',
  },
  {
    file: 'en-mrs-c.txt', outlet: 'Euro Wire', published: '2025-03-11',
    text:
      'Marseille: young man killed in overnight shooting\n' +
      'A young man aged 19 was gunned down overnight Monday to Tuesday in the 14th arrondissement of Marseille, at a cannabis selling point.\n' +
      'One person was wounded.\n' +
      'It is the latest killing linked to the narcotics trade in the city this year.\n',
  },
  {
    file: 'en-mrs-d.txt', outlet: 'Morning Post', published: '2025-03-12',
    text:
      'Shooting in Marseille leaves one dead\n' +
      'A 20-year-old man was shot dead in Marseille on Tuesday in an attack on a drug dealing point.\n' +
      'Several people were wounded.\n' +
      'Investigators suspect a settling of scores between drug traffickers.\n',
  },
  {
    file: 'en-mrs-e.txt', outlet: 'Global News Net', published: '2025-03-13',
    text:
      'France: another drug-related killing in Marseille\n' +
      "A 19-year-old man was shot dead on Tuesday at a drug dealing point in Marseille's 14th arrondissement, the prosecutor's office said.\n" +
      "The killing is the latest in a series of drug-related murders in France's second city.\n",
  },
];

// Scenario 2 (fr): a 23-year-old shot dead at Pissevin, Nîmes, night of Saturday 5 to Sunday 6 April 2025.
const NIMES_FR: Article[] = [
  {
    file: 'fr-nim-a.txt', outlet: 'Le Courrier du Gard', published: '2025-04-06',
    text:
      'Nîmes : un homme abattu à Pissevin\n' +
      "Un homme de 23 ans a été abattu dans la nuit de samedi à dimanche dans le quartier Pissevin, à Nîmes, près d'un point de deal.\n" +
      'Un autre homme a été blessé par balle.\n' +
      'Le parquet évoque un règlement de comptes sur fond de trafic de stupéfiants.\n',
  },
  {
    file: 'fr-nim-b.txt', outlet: 'Midi Info', published: '2025-04-07',
    text:
      'Fusillade mortelle à Nîmes\n' +
      'Un jeune homme de 23 ans a été tué par balles dimanche à Nîmes, dans le quartier de Pissevin.\n' +
      'Deux autres personnes ont été blessées.\n' +
      'Le quartier est gangrené par le trafic de drogue depuis plusieurs années.\n',
  },
  {
    file: 'fr-nim-c.txt', outlet: 'Actu Occitanie', published: '2025-04-06',
    text:
      'Gard : un mort dans une fusillade sur fond de trafic\n' +
      'Dans la nuit de samedi à dimanche, un homme de 23 ans a été tué par balles à Nîmes (Gard).\n' +
      'Un blessé a été transporté au CHU.\n' +
      "Les enquêteurs privilégient la piste d'un règlement de comptes entre trafiquants de drogue.\n",
  },
  {
    file: 'fr-nim-d.txt', outlet: 'France Sud', published: '2025-04-08',
    text:
      'Nouveau narchomicide à Nîmes\n' +
      'Le 6 avril 2025, un homme de 23 ans a été abattu à Pissevin, à Nîmes.\n' +
      'Une autre victime a été blessée.\n' +
      "La police judiciaire a ouvert une enquête pour assassinat en bande organisée, sur fond de trafic de stupéfiants.\n",
  },
];

// Scenario 3 (en): two shootings in Marseille on Tuesday 3 June 2025, a 17-year-old in the 3rd arrondissement
// and a 34-year-old in the 15th, each told by two outlets (one of them vaguer about the place).
const TWO_MARSEILLE_EN: Article[] = [
  {
    file: 'en-two-a.txt', outlet: 'Riviera Daily', published: '2025-06-03',
    text:
      'Teenager killed in Marseille shooting\n' +
      "A 17-year-old boy was shot dead on 3 June 2025 in Marseille's 3rd arrondissement, near a drug dealing point.\n" +
      'Police suspect a dispute between drug trafficking gangs.\n',
  },
  {
    file: 'en-two-b.txt', outlet: 'Channel Herald', published: '2025-06-04',
    text:
      'Boy, 17, shot dead in Marseille\n' +
      'A 17-year-old was killed by gunfire in Marseille on Tuesday, in what police called a drug-related attack.\n' +
      'He is the youngest victim of the drug war in the city this year.\n',
  },
  {
    file: 'en-two-c.txt', outlet: 'Euro Wire', published: '2025-06-03',
    text:
      'Man shot dead in northern Marseille\n' +
      "A 34-year-old man was shot dead on 3 June 2025 in Marseille's 15th arrondissement, at a cannabis dealing spot.\n" +
      'Investigators believe the killing is linked to drug trafficking.\n',
  },
  {
    file: 'en-two-d.txt', outlet: 'Morning Post', published: '2025-06-04',
    text:
      'Second killing in a day in Marseille\n' +
      'A 34-year-old man was gunned down on Tuesday in Marseille, hours after another shooting, police said.\n' +
      'The victim was known to police for drug dealing.\n',
  },
];

// Scenario 3 (fr): the same in French, Grenoble, Saturday 12 July 2025, Mistral (16 ans) and Villeneuve (28 ans).
const TWO_GRENOBLE_FR: Article[] = [
  {
    file: 'fr-two-a.txt', outlet: 'Le Dauphiné Libre', published: '2025-07-12',
    text:
      'Grenoble : un adolescent tué au Mistral\n' +
      'Un adolescent de 16 ans a été tué par balles samedi 12 juillet 2025 dans le quartier du Mistral, à Grenoble, près d\'un point de deal.\n' +
      "L'enquête s'oriente vers un règlement de comptes lié au trafic de stupéfiants.\n",
  },
  {
    file: 'fr-two-b.txt', outlet: 'Alpes Actu', published: '2025-07-13',
    text:
      'Un jeune de 16 ans abattu à Grenoble\n' +
      'Samedi, un jeune de 16 ans a été abattu à Grenoble sur fond de trafic de drogue.\n' +
      'Le parquet a ouvert une enquête pour assassinat.\n',
  },
  {
    file: 'fr-two-c.txt', outlet: 'Isère Matin', published: '2025-07-12',
    text:
      'Grenoble : un homme tué à la Villeneuve\n' +
      'Un homme de 28 ans a été tué par balles samedi 12 juillet 2025 à la Villeneuve, à Grenoble.\n' +
      'La victime était connue pour trafic de stupéfiants.\n',
  },
  {
    file: 'fr-two-d.txt', outlet: 'Radio Alpes', published: '2025-07-13',
    text:
      'Deuxième homicide de la journée à Grenoble\n' +
      'Un homme de 28 ans a été abattu samedi soir à Grenoble, quelques heures après la mort d\'un adolescent.\n' +
      'Les enquêteurs évoquent le trafic de drogue.\n',
  },
];

// Scenario 4 (en): a prison-van ambush near Valence (Drôme) on Tuesday 16 September 2025 freeing an inmate, two
// guards killed; one outlet dates it the 17th, another counts "several" wounded instead of three, and one places
// it only in "south-eastern France".
const PRISON_VAN_EN: Article[] = [
  {
    file: 'en-van-a.txt', outlet: 'Riviera Daily', published: '2025-09-16',
    text:
      'Prison van ambushed near Valence, inmate freed\n' +
      'Armed men attacked a prison van at a motorway toll near Valence, in the Drôme, on 16 September 2025, freeing the inmate Karim Benali.\n' +
      'Two prison officers were killed and three other officers were wounded.\n' +
      'Benali, 31, is suspected of running a drug trafficking network.\n',
  },
  {
    file: 'en-van-b.txt', outlet: 'Channel Herald', published: '2025-09-18',
    text:
      'Manhunt after deadly prison convoy attack\n' +
      'A commando attacked a prison convoy near Valence on 17 September 2025 to free the drug trafficker Karim Benali.\n' +
      'Two prison guards were killed and several others were wounded.\n' +
      'Police have launched a nationwide manhunt.\n',
  },
  {
    file: 'en-van-c.txt', outlet: 'Euro Wire', published: '2025-09-17',
    text:
      'France mourns two prison officers\n' +
      'Two prison officers were killed on Tuesday when gunmen ambushed a prison van near Valence to free Karim Benali, a suspected drug lord.\n' +
      'Three officers were wounded in the attack.\n',
  },
  {
    // The vaguest report: a weekday and a compass area only; the inmate's name ties it to the others.
    file: 'en-van-d.txt', outlet: 'Morning Post', published: '2025-09-18',
    text:
      'Escaped drug lord still on the run\n' +
      'Karim Benali escaped on Tuesday after gunmen attacked his prison van in south-eastern France, killing two prison officers and wounding three.\n' +
      'Investigators believe his network paid for the operation.\n',
  },
];

// Scenario 5 (fr): a 27-year-old shot dead at La Reynerie, Toulouse, on Thursday 9 October 2025. One outlet counts
// two wounded, one never mentions the wounded (silence: no conflict), one says "plusieurs blessés" (a conflict).
const TOULOUSE_FR: Article[] = [
  {
    file: 'fr-tls-a.txt', outlet: 'La Garonne', published: '2025-10-09',
    text:
      'Toulouse : un homme tué par balles à la Reynerie\n' +
      'Un homme de 27 ans a été tué par balles jeudi 9 octobre 2025 dans le quartier de la Reynerie, à Toulouse, près d\'un point de deal.\n' +
      'Deux autres hommes ont été blessés.\n' +
      'Le parquet évoque un règlement de comptes entre trafiquants.\n',
  },
  {
    file: 'fr-tls-b.txt', outlet: 'Occitanie Soir', published: '2025-10-10',
    text:
      'Narchomicide à Toulouse\n' +
      'Jeudi, un homme de 27 ans a été abattu à la Reynerie, à Toulouse, sur fond de trafic de stupéfiants.\n' +
      'La police judiciaire est chargée de l\'enquête.\n',
  },
  {
    file: 'fr-tls-c.txt', outlet: 'Radio Pyrénées', published: '2025-10-10',
    text:
      'Fusillade à la Reynerie\n' +
      'Un homme de 27 ans a été abattu jeudi 9 octobre 2025 à Toulouse, dans le quartier de la Reynerie.\n' +
      'Plusieurs personnes ont été blessées lors des tirs, liés au trafic de drogue selon les enquêteurs.\n',
  },
];

// ---------------------------------------------------------------------------------------------
// Helpers

const ALL = [...MARSEILLE_EN, ...NIMES_FR, ...TWO_MARSEILLE_EN, ...TWO_GRENOBLE_FR, ...PRISON_VAN_EN];



/** An incident as a reader compares it: members and conflicting values named by source file, not by row id. */
interface NamedIncident {
  files: string[];
  type: string;
  date: string | null;
  date_precision: string;
  place: string | null;
  insee: string | null;
  departement: string | null;
  killed: number | null;
  injured: number | null;
  conflicts: { field: string; values: string[] }[];
}

async function exportObject(store: Store): Promise<any> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeJson(store, out);
  out.end();
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function namedIncidents(store: Store): Promise<NamedIncident[]> {
  const exp = await exportObject(store);
  const fileOfDoc = new Map<string, string>(exp.documents.map((d: any) => [d.id, basename(d.source)]));
  const fileOfEvent = new Map<string, string>(exp.events.map((e: any) => [e.id, fileOfDoc.get(e.document) as string]));
  const incidents = await store.derived<any>('incidents');
  return incidents
    .map((i) => ({
      files: i.events.map((e: string) => fileOfEvent.get(e) as string).sort(),
      type: i.type,
      date: i.date,
      date_precision: i.date_precision,
      place: i.place?.name ?? null,
      insee: i.place?.commune_insee ?? null,
      departement: i.place?.departement ?? null,
      killed: i.killed,
      injured: i.injured,
      conflicts: i.conflicts
        .map((c: any) => ({
          field: c.field,
          values: c.values
            .map((v: any) => `${fileOfEvent.get(v.event)}=${typeof v.value === 'object' && v.value !== null ? v.value.name : v.value}`)
            .sort(),
        }))
        .sort((a: any, b: any) => a.field.localeCompare(b.field)),
    }))
    .sort((a, b) => a.files.join().localeCompare(b.files.join()));
}

/** Ingests the files (in the order given) into a new store, in one run or one file per run. */
async function run(corpus: Corpus, files: string[], oneAtATime = false, dialect: DialectName = 'sqlite'): Promise<NamedIncident[]> {
  const store = await freshStore(dialect, { file: true });
  try {
    const paths = files.map((f) => corpus.paths.get(f) as string);
    const opts = { workers: 0, read: { manifest: corpus.manifest } };
    if (oneAtATime) for (const p of paths) await ingest([p], store, opts);
    else {
      const summary = await ingest(paths, store, opts);
      expect(summary.failed, JSON.stringify(summary.failures)).toBe(0);
    }
    return await namedIncidents(store);
  } finally {
    await store.close();
  }
}

const fileNames = (articles: Article[]) => articles.map((a) => a.file);
const conflictFields = (i: NamedIncident) => i.conflicts.map((c) => c.field);
/** The incident holding the event of this file (a file reports one incident in these scenarios). */
const incidentOf = (incidents: NamedIncident[], file: string) => incidents.find((i) => i.files.includes(file));

// ---------------------------------------------------------------------------------------------

describe('one shooting told by five English outlets', () => {
  it('becomes one incident of five events, one dead, with conflicts on the wounded and on the age of the victim', async () => {
    const corpus = writeCorpus(MARSEILLE_EN);
    const incidents = await run(corpus, fileNames(MARSEILLE_EN));
    expect(incidents, JSON.stringify(incidents, null, 1)).toHaveLength(1);
    const [inc] = incidents;
    expect(inc.files).toEqual(fileNames(MARSEILLE_EN));
    expect(inc.type).toBe('shooting_homicide');
    expect(inc.killed).toBe(1);
    // One wounded is said twice, two once, "several" and silence say no number: one wins.
    expect(inc.injured).toBe(1);
    // Every report dates it Tuesday 11 March (the overnight one included): no date conflict.
    expect(inc.date).toBe('2025-03-11');
    expect(inc.date_precision).toBe('day');
    // The 14th arrondissement is the most precise place all others contain.
    expect(inc.insee).toBe('13214');
    // One report gives the victim 20 years, the others 19: a disagreement on the ages too.
    expect(conflictFields(inc)).toEqual(['ages', 'injured']);
    const injured = inc.conflicts.find((c) => c.field === 'injured')!.values;
    expect(injured).toContain('en-mrs-a.txt=1');
    expect(injured).toContain('en-mrs-b.txt=2');
    expect(injured).toContain('en-mrs-d.txt=null');
    // The report that never mentions the wounded takes no part in that conflict.
    expect(injured.filter((v) => v.startsWith('en-mrs-e.txt'))).toEqual([]);
  });
});

describe('one shooting told by four French outlets', () => {
  it('becomes one incident of four events in Nîmes with a conflict on the wounded', async () => {
    const corpus = writeCorpus(NIMES_FR);
    const incidents = await run(corpus, fileNames(NIMES_FR));
    expect(incidents, JSON.stringify(incidents, null, 1)).toHaveLength(1);
    const [inc] = incidents;
    expect(inc.files).toEqual(fileNames(NIMES_FR));
    expect(inc.type).toBe('shooting_homicide');
    expect(inc.killed).toBe(1);
    expect(inc.injured).toBe(1);
    expect(inc.insee).toBe('30189');
    expect(inc.date).toBe('2025-04-06');
    expect(conflictFields(inc)).toEqual(['injured']);
    expect(inc.conflicts[0].values).toContain('fr-nim-b.txt=2');
  });
});

describe('two shootings on the same day in the same city', () => {
  it('stay two incidents in English, each with its own reports', async () => {
    const corpus = writeCorpus(TWO_MARSEILLE_EN);
    const incidents = await run(corpus, fileNames(TWO_MARSEILLE_EN));
    expect(incidents.map((i) => i.files), JSON.stringify(incidents, null, 1)).toEqual([
      ['en-two-a.txt', 'en-two-b.txt'],
      ['en-two-c.txt', 'en-two-d.txt'],
    ]);
    expect(incidentOf(incidents, 'en-two-a.txt')!.insee).toBe('13203');
    expect(incidentOf(incidents, 'en-two-c.txt')!.insee).toBe('13215');
    for (const inc of incidents) {
      expect(inc.date).toBe('2025-06-03');
      expect(inc.killed).toBe(1);
      expect(inc.conflicts).toEqual([]);
    }
  });

  it('stay two incidents in French, each with its own reports', async () => {
    const corpus = writeCorpus(TWO_GRENOBLE_FR);
    const incidents = await run(corpus, fileNames(TWO_GRENOBLE_FR));
    expect(incidents.map((i) => i.files), JSON.stringify(incidents, null, 1)).toEqual([
      ['fr-two-a.txt', 'fr-two-b.txt'],
      ['fr-two-c.txt', 'fr-two-d.txt'],
    ]);
    for (const inc of incidents) {
      expect(inc.insee).toBe('38185');
      expect(inc.date).toBe('2025-07-12');
      expect(inc.killed).toBe(1);
    }
  });
});

describe('a prison-van ambush told with different dates and counts', () => {
  it('becomes one incident with conflicts on the date and the wounded', async () => {
    const corpus = writeCorpus(PRISON_VAN_EN);
    const incidents = await run(corpus, fileNames(PRISON_VAN_EN));
    expect(incidents, JSON.stringify(incidents, null, 1)).toHaveLength(1);
    const [inc] = incidents;
    expect(inc.files).toEqual(fileNames(PRISON_VAN_EN));
    expect(inc.type).toBe('prison_attack');
    expect(inc.killed).toBe(2);
    expect(inc.injured).toBe(3);
    // Two reports say (or imply, "on Tuesday") the 16th against one the 17th.
    expect(inc.date).toBe('2025-09-16');
    expect(inc.departement).toBe('26');
    expect(conflictFields(inc)).toEqual(['date', 'injured']);
    expect(inc.conflicts[0].values).toContain('en-van-b.txt=2025-09-17');
    expect(inc.conflicts[1].values).toContain('en-van-b.txt=null');
  });
});

describe('a report silent on the wounded against one with a vague count', () => {
  const corpus = writeCorpus(TOULOUSE_FR);

  it('adds no conflict when a report simply does not mention the wounded', async () => {
    const incidents = await run(corpus, ['fr-tls-a.txt', 'fr-tls-b.txt']);
    expect(incidents, JSON.stringify(incidents, null, 1)).toHaveLength(1);
    const [inc] = incidents;
    expect(inc.files).toEqual(['fr-tls-a.txt', 'fr-tls-b.txt']);
    expect(inc.killed).toBe(1);
    expect(inc.injured).toBe(2);
    expect(inc.insee).toBe('31555');
    expect(inc.conflicts).toEqual([]);
  });

  it('lists "plusieurs blessés" against "deux blessés" as a conflict, still without the silent report', async () => {
    const incidents = await run(corpus, fileNames(TOULOUSE_FR));
    expect(incidents, JSON.stringify(incidents, null, 1)).toHaveLength(1);
    const [inc] = incidents;
    expect(inc.files).toEqual(fileNames(TOULOUSE_FR));
    expect(inc.injured).toBe(2);
    expect(inc.conflicts).toEqual([{ field: 'injured', values: ['fr-tls-a.txt=2', 'fr-tls-c.txt=null'] }]);
  });

  it('exports how each report stated its counts', async () => {
    const store = await openStore(join(mkdtempSync(join(tmpdir(), 'vigie-multi-db-')), 'v.db'));
    try {
      await ingest(fileNames(TOULOUSE_FR).map((f) => corpus.paths.get(f) as string), store, { workers: 0, read: { manifest: corpus.manifest } });
      const exp = await exportObject(store);
      const fileOfDoc = new Map<string, string>(exp.documents.map((d: any) => [d.id, basename(d.source)]));
      const stated = exp.events.map((e: any) => [fileOfDoc.get(e.document), e.casualties_stated]).sort((a: any, b: any) => a[0].localeCompare(b[0]));
      expect(stated).toEqual([
        ['fr-tls-a.txt', { killed: 'number', injured: 'number' }],
        ['fr-tls-b.txt', { killed: 'number', injured: 'none' }],
        ['fr-tls-c.txt', { killed: 'number', injured: 'vague' }],
      ]);
    } finally {
      await store.close();
    }
  });
});

describe.each(DIALECTS)('ingestion order on %s', (dialect) => {
  it('does not change the incidents: three orders in one run, and one file per run', async () => {
    const corpus = writeCorpus(ALL);
    const files = fileNames(ALL);
    const reversed = files.slice().reverse();
    // A fixed interleaving (every third file first), so the stores see the scenarios mixed.
    const interleaved = [0, 1, 2].flatMap((k) => files.filter((_, i) => i % 3 === k));
    const reference = await run(corpus, files, false, dialect);
    // Five scenarios: 1 + 1 + 2 + 2 + 1 incidents.
    expect(reference.length, JSON.stringify(reference, null, 1)).toBe(7);
    expect(await run(corpus, reversed, false, dialect)).toEqual(reference);
    expect(await run(corpus, interleaved, false, dialect)).toEqual(reference);
    expect(await run(corpus, reversed, true, dialect)).toEqual(reference);
    // The same incidents on either dialect.
    if (dialect !== 'sqlite') expect(reference).toEqual(await run(corpus, files, false, 'sqlite'));
  });
});
