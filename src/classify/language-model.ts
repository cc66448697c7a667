// eld's n-gram table kept compact: the same detector, fed from typed arrays instead of eld's own module.
//
// eld ships its model as a JavaScript module: one object literal of ~50,000 n-grams, each an object of language
// scores. Every thread that loads it parses ~1 MB of source and keeps ~50,000 small objects: +27 MB of heap and about
// +70 MB resident per worker, on the first text the stop-word vote cannot tell (any language but English and French,
// mojibake, random bytes). With two workers, each replaced after a large document, that was one of the largest shares
// of an ingest's memory. The table is written once at build time (data/eld-extrasmall.json: the n-grams, and their
// language scores packed in numbers) and read here with JSON.parse into a Map and two typed arrays (~3 MB); eld's own
// detector runs on it unchanged, so its answers are the same.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LANGUAGE_MODEL_FILE = join('data', 'eld-extrasmall.json');
/** Bump when the file's layout changes: a file of another version is not read. */
export const LANGUAGE_MODEL_VERSION = 1;

/** eld's model as it is in its module (src/ngrams/*.js): n-gram → language index → score. */
export interface EldNgramsData {
  type: string;
  languages: Record<string, string>;
  isSubset?: boolean;
  ngrams: Record<string, Record<string, number>>;
}

/** The same model, flat: n-gram i has the (language, score) pairs pairs[starts[i]] … pairs[starts[i + 1] - 1]. */
export interface CompactModel {
  version: number;
  type: string;
  languages: Record<string, string>;
  keys: string[];
  starts: number[];
  /** language * 256 + score (eld's languages are fewer than 256, its scores under 256). */
  pairs: number[];
}

export interface Detector {
  detect(text: string): { language: string };
}

export function compactModel(data: EldNgramsData): CompactModel {
  const keys: string[] = [];
  const starts: number[] = [];
  const pairs: number[] = [];
  for (const [key, scores] of Object.entries(data.ngrams)) {
    keys.push(key);
    starts.push(pairs.length);
    // Languages in ascending order, as a for…in over eld's object visits them (integer keys).
    for (const [lang, score] of Object.entries(scores)) {
      const l = Number(lang);
      if (!Number.isInteger(l) || l < 0 || l > 255 || !Number.isInteger(score) || score < 0 || score > 255) {
        throw new Error(`eld model: language ${lang} score ${score} of "${key}" does not fit in the compact form`);
      }
      pairs.push(l * 256 + score);
    }
  }
  starts.push(pairs.length);
  return { version: LANGUAGE_MODEL_VERSION, type: data.type, languages: data.languages, keys, starts, pairs };
}

/** The package folder of eld, found by walking up from this file (its exports map has no `require` entry). */
export function eldFile(rel: string): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', 'eld', rel);
    if (existsSync(candidate)) return candidate;
    if (dir === dirname(dir)) throw new Error('the eld package is not installed');
  }
}

export function projectRoot(): string | null {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dir === dirname(dir)) return null;
  }
}

type CreateEld = () => { instance: Detector; loadData(data: EldNgramsData): string };

/**
 * eld's detector on the compact model. Its scoring reads `ngrams[ngram]` and sums the scores of the languages it
 * lists: a proxy answers those reads from the typed arrays, building the small object of one n-gram when it is read
 * (a text is cut to 1,000 characters: a few hundred reads per detection).
 */
export function detectorFromCompact(model: CompactModel): Detector {
  const index = new Map<string, number>();
  model.keys.forEach((k, i) => index.set(k, i));
  const starts = Int32Array.from(model.starts);
  const pairs = Uint16Array.from(model.pairs);
  const ngrams = new Proxy({} as Record<string, Record<number, number>>, {
    get(_target, key) {
      const i = typeof key === 'string' ? index.get(key) : undefined;
      if (i === undefined) return undefined;
      const scores: Record<number, number> = {};
      for (let j = starts[i]; j < starts[i + 1]; j++) scores[pairs[j] >> 8] = pairs[j] & 255;
      return scores;
    },
  });
  const { createEld } = createRequire(import.meta.url)(eldFile(join('src', 'languageDetector.js'))) as { createEld: CreateEld };
  const { instance, loadData } = createEld();
  loadData({ type: model.type, languages: model.languages, isSubset: false, ngrams: ngrams as unknown as EldNgramsData['ngrams'] });
  return instance;
}

/** The compact model written at build time, or null when it is missing, unreadable or of another version. */
export function loadCompactModel(): CompactModel | null {
  const root = projectRoot();
  const file = root ? join(root, LANGUAGE_MODEL_FILE) : null;
  if (!file || !existsSync(file)) return null;
  try {
    const model = JSON.parse(readFileSync(file, 'utf8')) as CompactModel;
    return model.version === LANGUAGE_MODEL_VERSION ? model : null;
  } catch {
    return null;
  }
}
