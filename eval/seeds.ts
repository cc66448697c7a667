// Seeds' gold evaluation: ingest ../shared/seeds with their manifest, export, and score with the gold's own scorer.
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeJson } from '../src/export/json.js';
import { ingest, type IngestSummary } from '../src/pipeline/ingest.js';
import { openStore } from '../src/store/open.js';

export interface SeedScores {
  cleaning: number | null;
  events_precision: number | null;
  events_recall: number | null;
  events_f1: number | null;
  killed_acc: number | null;
  injured_acc: number | null;
  place_acc: number | null;
  date_acc: number | null;
  claims_precision: number | null;
  claims_recall: number | null;
  claims_f1: number | null;
  period_acc: number | null;
  attribution_acc: number | null;
  must_not_events_violations: number;
  incidents_ok: string;
  claim_groups_ok: string;
  entity_links_ok: string;
  misses: string[];
}

export async function runSeedEvaluation(
  shared: string,
  workers = 0,
): Promise<{ scores: SeedScores; ingest: IngestSummary; exportPath: string } | null> {
  const seeds = join(shared, 'seeds');
  const scorer = join(shared, 'gold', 'score.py');
  if (!existsSync(seeds) || !existsSync(scorer)) return null;
  const dir = mkdtempSync(join(tmpdir(), 'vigie-eval-'));
  const store = await openStore(join(dir, 'seeds.db'));
  const summary = await ingest([seeds], store, { workers, read: { manifest: join(seeds, 'manifest.csv') } });
  const exportPath = join(dir, 'export.json');
  const out = createWriteStream(exportPath);
  await writeJson(store, out);
  await new Promise<void>((resolve) => out.end(resolve));
  await store.close();
  const raw = execFileSync('python3', [scorer, exportPath, '--json'], { encoding: 'utf8' });
  const scores = JSON.parse(raw) as SeedScores;
  rmSync(join(dir, 'seeds.db'), { force: true });
  return { scores, ingest: summary, exportPath };
}
