// The real-article set (eval/real): ingest the cached articles with their sources.csv metadata, export, and score
// the export with the shared real-article scorer (../shared/gold/score_real.py), split by split.
//
// The repository holds only eval/real/sources.csv and eval/real/gold.json; the articles' text lives in the
// git-ignored eval/real/cache/<id>.txt. Without the cache (a fresh clone) the evaluation says how to fill it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { writeJson } from '../src/export/json.js';
import { ingest, type IngestSummary } from '../src/pipeline/ingest.js';
import { openStore } from '../src/store/open.js';
import { figureListing, type FigureListing } from './real-figures.js';

export interface RealSource {
  id: string;
  url: string;
  outlet: string;
  language: string;
  published: string;
  split: string;
  /** SHA-256 of the cached text the gold was written on (hex), so a different copy of the page is noticed. */
  sha256: string;
}

export const SOURCE_COLUMNS = ['id', 'url', 'outlet', 'language', 'published', 'split', 'sha256'] as const;

export function realPaths(root: string) {
  const dir = join(root, 'eval', 'real');
  return { dir, sources: join(dir, 'sources.csv'), gold: join(dir, 'gold.json'), cache: join(dir, 'cache') };
}

export function readSources(path: string): RealSource[] {
  const rows = parseCsv(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Array<
    Record<string, string>
  >;
  return rows.map((r, i) => {
    for (const c of SOURCE_COLUMNS) {
      if (r[c] === undefined) throw new Error(`${path}: row ${i + 2} has no "${c}" column`);
    }
    return r as unknown as RealSource;
  });
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export interface CacheState {
  present: RealSource[];
  missing: RealSource[];
  /** Cached, but not the text the gold was written on. */
  changed: RealSource[];
}

export function cacheState(root: string, sources: RealSource[]): CacheState {
  const { cache } = realPaths(root);
  const state: CacheState = { present: [], missing: [], changed: [] };
  for (const s of sources) {
    const file = join(cache, `${s.id}.txt`);
    if (!existsSync(file)) state.missing.push(s);
    else {
      state.present.push(s);
      if (s.sha256 && sha256(readFileSync(file, 'utf8')) !== s.sha256) state.changed.push(s);
    }
  }
  return state;
}

export interface SplitScore {
  split: string;
  articles: number;
  /** score_real.py's figures (its --json output). */
  metrics: Record<string, unknown> & { summary: string };
  /** Its human-readable report with every miss (dev only; the test split is read as summary figures alone). */
  details: string | null;
  /** The exported figures that are figures the gold lists (the scorer counts only the gold's found). */
  figures: FigureListing;
}

export interface RealEvaluation {
  ingest: IngestSummary;
  cache: CacheState;
  splits: SplitScore[];
  exportPath: string;
  elapsedMs: number;
}

/** Null when the set, the scorer or the cache is absent (the reason is in `why`). */
export async function runRealEvaluation(
  root: string,
  shared: string,
  opts: { workers?: number; detailsOut?: string } = {},
): Promise<RealEvaluation | { skipped: string }> {
  const paths = realPaths(root);
  const scorer = join(shared, 'gold', 'score_real.py');
  if (!existsSync(paths.sources) || !existsSync(paths.gold)) return { skipped: `no ${paths.sources} or ${paths.gold}` };
  if (!existsSync(scorer)) return { skipped: `the real-article scorer ${scorer} is missing` };
  const sources = readSources(paths.sources);
  const cache = cacheState(root, sources);
  if (!cache.present.length) {
    return {
      skipped:
        `the article cache ${paths.cache} is empty (article text is never committed). Fill it with ` +
        '`npm run eval:real-cache -- --from FILE.jsonl` (records {id or url, text}) or, on a machine with internet ' +
        'access, `npm run eval:real-cache -- --fetch`.',
    };
  }
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'vigie-real-'));
  try {
    // A manifest beside nothing: file names are unique ids, so the manifest matches them by basename.
    const manifest = join(dir, 'manifest.csv');
    const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
    writeFileSync(
      manifest,
      'file,url,outlet,published\n' +
        cache.present.map((s) => [`${s.id}.txt`, s.url, s.outlet, s.published].map(q).join(',')).join('\n') +
        '\n',
    );
    const store = await openStore(join(dir, 'real.db'));
    const files = cache.present.map((s) => join(paths.cache, `${s.id}.txt`));
    const summary = await ingest(files, store, { workers: opts.workers ?? 0, read: { manifest } });
    // Kept beside the error listing (eval/out, git-ignored): each checkout writes its own, so two working copies
    // scoring at once never read each other's export.
    mkdirSync(join(root, 'eval', 'out'), { recursive: true });
    const exportPath = join(root, 'eval', 'out', 'real-export.json');
    const out = createWriteStream(exportPath);
    await writeJson(store, out);
    await new Promise<void>((resolve) => out.end(resolve));
    await store.close();

    // Articles whose text is not cached are scored as if they were not in the set (their pairs and groups with
    // them): a missing copy is not an extraction error. How many are missing is printed beside the figures.
    const goldPath = cache.missing.length ? join(dir, 'gold.json') : paths.gold;
    if (cache.missing.length) {
      const gold = JSON.parse(readFileSync(paths.gold, 'utf8')) as { articles: { id: string }[] };
      const present = new Set(cache.present.map((s) => s.id));
      writeFileSync(goldPath, JSON.stringify({ ...gold, articles: gold.articles.filter((a) => present.has(a.id)) }));
    }
    const splits: SplitScore[] = [];
    const exported = JSON.parse(readFileSync(exportPath, 'utf8'));
    const goldAll = JSON.parse(readFileSync(goldPath, 'utf8'));
    const articleOf = new Map(sources.map((s) => [s.url, { id: s.id, split: s.split }]));
    for (const split of [...new Set(sources.map((s) => s.split))].sort()) {
      const args = [scorer, exportPath, '--gold', goldPath, '--set', split];
      const metrics = JSON.parse(execFileSync('python3', [...args, '--json'], { encoding: 'utf8' }));
      // Frozen splits are read as figures only: their per-article errors are never printed or written.
      const details = split === 'test' ? null : execFileSync('python3', [...args, '--details'], { encoding: 'utf8' });
      if (details && opts.detailsOut) writeFileSync(join(opts.detailsOut, `real-${split}-details.txt`), details);
      const figures = figureListing(exported, goldAll, articleOf, split);
      splits.push({ split, articles: cache.present.filter((s) => s.split === split).length, metrics, details, figures });
    }
    return { ingest: summary, cache, splits, exportPath, elapsedMs: performance.now() - started };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
