// Writes data/gazetteer.json, the compact gazetteer the geocoder loads, from the installed npm data packages.

import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteerData } from '../src/resolve/geo/gazetteer-build.js';
import { GAZETTEER_FILE } from '../src/resolve/geo/gazetteer.js';

function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('build-gazetteer: no package.json above the script');
    dir = up;
  }
  return dir;
}

const t0 = performance.now();
const data = buildGazetteerData();
const out = join(projectRoot(), GAZETTEER_FILE);
mkdirSync(dirname(out), { recursive: true });
const json = JSON.stringify(data);
writeFileSync(out, json);
const ms = Math.round(performance.now() - t0);
console.log(
  `gazetteer: ${data.communes.length} communes, ${data.departements.length} départements, ${data.regions.length} régions, ` +
    `${Object.keys(data.postcodes).length} postcodes, ${data.foreignCities.length} foreign cities → ${out} ` +
    `(${(json.length / 1e6).toFixed(1)} MB, ${ms} ms)`,
);
