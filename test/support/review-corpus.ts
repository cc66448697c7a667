// Articles written for the review tests (and the review browser test), ingested through the whole pipeline: two
// reports of one shooting, an arson and a seizure. Files and manifest go to a temporary folder.
import { writeFileSync } from 'node:fs';
import { ingest } from '../../src/pipeline/ingest.js';
import { writeCorpus, type ArticleFile, type WrittenCorpus } from './corpus.js';
import type { Incident } from '../../src/reconcile/types.js';
import type { Store } from '../../src/store/store.js';

export type ReviewArticle = ArticleFile;

export const REVIEW_ARTICLES: ReviewArticle[] = [
  {
    file: 'shooting-a.txt',
    outlet: 'Southern Courier',
    published: '2025-04-08',
    text:
      'Man shot dead near a dealing point in Marseille\n' +
      "A 24-year-old man was shot dead on 7 April 2025 in Marseille's 13th arrondissement, close to a drug dealing point, police said.\n" +
      'Investigators believe the killing is tied to a feud between drug trafficking networks.\n',
  },
  {
    file: 'shooting-b.txt',
    outlet: 'Coastal Tribune',
    published: '2025-04-08',
    text:
      'Fatal shooting in northern Marseille\n' +
      "A 24-year-old was killed by gunfire on 7 April 2025 in Marseille's 13th arrondissement near a drug selling spot.\n" +
      'Prosecutors opened a murder inquiry; the victim was known to police for drug trafficking.\n',
  },
  {
    file: 'arson.txt',
    outlet: 'Alpine Post',
    published: '2025-05-03',
    text:
      'Car set alight outside mayor office in Grenoble\n' +
      "A car was set on fire on 2 May 2025 outside a town hall annex in Grenoble, in what police called intimidation by drug traffickers.\n" +
      'No one was hurt in the blaze.\n',
  },
  {
    file: 'seizure.txt',
    outlet: 'Channel Gazette',
    published: '2025-06-11',
    text:
      'Cocaine haul seized at Le Havre port\n' +
      'Customs officers seized 850 kilograms of cocaine on 10 June 2025 in a container at the port of Le Havre.\n' +
      'Two dockers were arrested and charged with drug trafficking.\n',
  },
];

export type ReviewCorpus = WrittenCorpus;

export function writeReviewCorpus(articles: ReviewArticle[] = REVIEW_ARTICLES): ReviewCorpus {
  return writeCorpus(articles, 'vigie-review-');
}

/** Rewrites one article of the corpus (a new version of it on the next ingest). */
export function rewriteArticle(corpus: ReviewCorpus, file: string, text: string): void {
  writeFileSync(corpus.paths.get(file) as string, text);
}

export async function ingestCorpus(corpus: ReviewCorpus, store: Store): Promise<void> {
  const summary = await ingest([...corpus.paths.values()], store, { workers: 0, read: { manifest: corpus.manifest } });
  if (summary.failed) throw new Error(`review corpus: ${JSON.stringify(summary.failures)}`);
}

/** Incidents with the files of their reports, to find them whatever their ids. */
export async function incidentsByFile(store: Store): Promise<Array<Incident & { files: string[] }>> {
  const rows = await store.db
    .selectFrom('incident_events as ie')
    .innerJoin('events as e', 'e.id', 'ie.event_id')
    .innerJoin('documents as d', 'd.id', 'e.document_id')
    .select(['ie.incident_id', 'd.source'])
    .execute();
  const files = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = files.get(r.incident_id) ?? new Set<string>();
    set.add(r.source.split('/').pop() as string);
    files.set(r.incident_id, set);
  }
  return (await store.derived<Incident>('incidents')).map((i) => ({ ...i, files: [...(files.get(i.id) ?? [])].sort() }));
}
