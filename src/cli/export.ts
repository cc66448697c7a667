// `vigie export --format json|jsonl|csv|geojson [--out FILE]`: the database for other tools.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { analyse } from '../analyse/report.js';
import type { Settings } from '../config/settings.js';
import { VigieError } from '../core/errors.js';
import { incidentsToCsv } from '../export/formats/csv.js';
import { departementsToGeoJson, incidentsToGeoJson } from '../export/formats/geojson.js';
import { writeJson, writeJsonl } from '../export/json.js';
import type { Incident } from '../reconcile/types.js';
import { departementInfo } from '../resolve/geo/index.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import { openStore } from './open-store.js';

const FORMATS = ['json', 'jsonl', 'csv', 'geojson'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `json: one object, the export contract (documents, events, claims, incidents, claim_groups, entities, analysis);
jsonl: one record per line with a "kind"; csv: one row per incident, ACLED-like columns;
geojson: incidents as points and départements (at their centroid) with counts and per-100k rates`;

/** Incidents and départements in one FeatureCollection; each feature's properties.kind says which it is. */
export function geojsonOf(store: SqliteStore) {
  const incidents = store.derived<Incident>('incidents');
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

async function writeFormat(store: SqliteStore, format: Format, out: Writable): Promise<void> {
  switch (format) {
    case 'json':
      return writeJson(store, out);
    case 'jsonl':
      return writeJsonl(store, out);
    case 'csv':
      out.write(incidentsToCsv(store.derived<Incident>('incidents')));
      return;
    case 'geojson':
      out.write(JSON.stringify(geojsonOf(store)) + '\n');
      return;
  }
}

export function registerExport(program: Command, settings: Settings): void {
  program
    .command('export')
    .description('Write the database as JSON, JSON Lines, CSV (incidents) or GeoJSON.')
    .option('--format <format>', `one of ${FORMATS.join(', ')}`, 'json')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--db <file>', `SQLite database (default: ${settings.db})`)
    .addHelpText('after', `\nFormats:\n${HELP}`)
    .action(async (o: { format: string; out?: string; db?: string }) => {
      if (!(FORMATS as readonly string[]).includes(o.format)) {
        throw new VigieError('bad_input', `unknown format "${o.format}": use one of ${FORMATS.join(', ')}`);
      }
      const store = openStore(o.db, settings, { mustExist: true });
      const out = o.out ? createWriteStream(o.out) : process.stdout;
      try {
        await writeFormat(store, o.format as Format, out);
      } finally {
        store.close();
        if (o.out) await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
      }
    });
}
