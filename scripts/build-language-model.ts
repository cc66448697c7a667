// Writes data/eld-extrasmall.json, the compact copy of eld's n-gram model the language detector loads
// (src/classify/language-model.ts), from the installed eld package.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compactModel, eldFile, LANGUAGE_MODEL_FILE, projectRoot, type EldNgramsData } from '../src/classify/language-model.js';

const t0 = performance.now();
const { ngramsData } = (await import(pathToFileURL(eldFile(join('src', 'ngrams', 'extrasmall.js'))).href)) as { ngramsData: EldNgramsData };
const model = compactModel(ngramsData);
const root = projectRoot();
if (!root) throw new Error('build-language-model: no package.json above the script');
const out = join(root, LANGUAGE_MODEL_FILE);
mkdirSync(dirname(out), { recursive: true });
const json = JSON.stringify(model);
writeFileSync(out, json);
console.log(
  `language model: ${model.keys.length} n-grams, ${model.pairs.length} scores, ${Object.keys(model.languages).length} languages → ${out} ` +
    `(${(json.length / 1e6).toFixed(1)} MB, ${Math.round(performance.now() - t0)} ms)`,
);
