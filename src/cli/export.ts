// `vigie export --format json|jsonl|csv|geojson [--out FILE]`: the database for other tools.
import { createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { analyse } from '../analyse/report.js';
import type { Settings } from '../config/settings.js';
import { VigieError } from '../core/errors.js';
import { createParentFolders, FolderError, fsReason } from '../core/folders.js';
import { incidentsToCsv } from '../export/formats/csv.js';
import { departementsToGeoJson, incidentsToGeoJson } from '../export/formats/geojson.js';
import { writeJson, writeJsonl } from '../export/json.js';
import type { Incident } from '../reconcile/types.js';
import { departementInfo } from '../resolve/geo/index.js';
import type { Store } from '../store/store.js';
import { notePendingWork, openStore } from './open-store.js';
import { oneOf } from './options.js';

const FORMATS = ['json', 'jsonl', 'csv', 'geojson'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `json: one object, the export contract (documents, events, claims, incidents, claim_groups, entities, analysis);
jsonl: one record per line with a "kind"; csv: one row per incident, ACLED-like columns;
geojson: incidents as points and départements (at their centroid) with counts and per-100k rates`;

/** Incidents and départements in one FeatureCollection; each feature's properties.kind says which it is. */
export async function geojsonOf(store: Store) {
  const incidents = await store.visibleIncidents();
  const points = incidentsToGeoJson(incidents);
  const deps = departementsToGeoJson(analyse(incidents).byDepartement, (code) => {
    const d = departementInfo(code);
    return d && d.lat !== null && d.lon !== null ? { name: d.name, lat: d.lat, lon: d.lon } : null;
  });
  return {
    type: 'FeatureCollection' as const,
    features: [
      ...points.features.map((f) => ({ ...f, properties: { kind: 'incident', ...f.properties } })),
      ...deps.features.map((f) => ({ ...f, properties: { kind: 'departement', ...f.properties } })),
    ],
  };
}

async function writeFormat(store: Store, format: Format, out: Writable): Promise<void> {
  switch (format) {
    case 'json':
      return writeJson(store, out);
    case 'jsonl':
      return writeJsonl(store, out);
    case 'csv':
      out.write(incidentsToCsv(await store.visibleIncidents()));
      return;
    case 'geojson':
      out.write(JSON.stringify(await geojsonOf(store)) + '\n');
      return;
  }
}

/** Why --out cannot be written, in the user's terms. */
function outReason(path: string, err: unknown): string {
  return `cannot write ${path}: ${err instanceof FolderError ? err.message : fsReason(err)}`;
}

/**
 * Writes the export to a file beside the target and renames it into place at the end, so a failed or
 * interrupted export never leaves a truncated file where a good one was (or seems to be). Missing folders are
 * created one level at a time: a path that cannot be created (under /proc, say) fails at once.
 */
async function writeToFile(path: string, write: (out: Writable) => Promise<void>): Promise<void> {
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    createParentFolders(path);
  } catch (err) {
    throw new VigieError('bad_input', outReason(path, err));
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const out = createWriteStream(tmp);
  const failed = new Promise<never>((_, reject) => out.once('error', (err) => reject(new VigieError('bad_input', outReason(path, err)))));
  failed.catch(() => undefined);
  try {
    await new Promise<void>((resolve, reject) => {
      out.once('open', () => resolve());
      out.once('error', reject);
    });
    await Promise.race([write(out), failed]);
    await Promise.race([new Promise<void>((resolve) => out.end(resolve)), failed]);
    renameSync(tmp, path);
  } catch (err) {
    out.destroy();
    rmSync(tmp, { force: true });
    throw err instanceof VigieError ? err : new VigieError('bad_input', outReason(path, err));
  }
}

export function registerExport(program: Command, settings: Settings): void {
  program
    .command('export')
    .description('Write the database as JSON, JSON Lines, CSV (incidents) or GeoJSON.')
    .option('--format <format>', `one of ${FORMATS.join(', ')}`, oneOf('--format', FORMATS), 'json' as Format)
    .option('--out <file>', 'write to this file (its folder created if missing) instead of standard output')
    .option('--db <file|url>', `SQLite file or postgres:// URL (default: ${settings.db})`)
    .addHelpText('after', `\nFormats:\n${HELP}`)
    .action(async (o: { format: Format; out?: string; db?: string }) => {
      const store = await openStore(o.db, settings, { readOnly: true });
      try {
        await notePendingWork(store);
        if (o.out) await writeToFile(o.out, (out) => writeFormat(store, o.format, out));
        else await writeFormat(store, o.format, process.stdout);
      } finally {
        await store.close();
      }
    });
}
