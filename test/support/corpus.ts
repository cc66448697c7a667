// Writes articles of a test scenario to a temporary folder with the manifest `vigie ingest --manifest` reads.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One article of a scenario: its file name, outlet, publication date and text (written for the tests). */
export interface ArticleFile {
  file: string;
  outlet: string;
  published: string;
  text: string;
}

export interface WrittenCorpus {
  dir: string;
  manifest: string;
  /** file name → path written. */
  paths: Map<string, string>;
}

export function writeCorpus(articles: readonly ArticleFile[], prefix: string): WrittenCorpus {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const paths = new Map<string, string>();
  const rows = ['file,outlet,published'];
  for (const a of articles) {
    const path = join(dir, a.file);
    writeFileSync(path, a.text);
    paths.set(a.file, path);
    rows.push(`${a.file},${a.outlet},${a.published}`);
  }
  const manifest = join(dir, 'manifest.csv');
  writeFileSync(manifest, rows.join('\n') + '\n');
  return { dir, manifest, paths };
}
