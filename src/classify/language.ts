// Tells the language of a story: a stop-word vote for English/French, the eld n-gram detector for the rest.

import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Language } from '../core/types.js';
import { detectorFromCompact, eldFile, loadCompactModel, type Detector } from './language-model.js';
import { STOP_WORDS } from './lexicon/stop-words.js';

/** Below this many letters a text is too short to tell its language: 'und'. */
export const DEFAULT_MIN_LETTERS = 12;
/** Only the head of a long text is read: language does not change halfway through an article. */
const MAX_CHARS = 1500;
/** The stop-word vote decides alone with at least this many hits… */
const VOTE_MIN_HITS = 3;
/** …this many times as many as the other language… */
const VOTE_MIN_RATIO = 3;
/** …and this share of all words (real en/fr prose runs at 25-40%; Spanish or Italian sharing "le"/"il" stays far below). */
const VOTE_MIN_SHARE = 0.12;

/**
 * eld's model, relative to the package folder. The n-gram tables cost ~85 MB of RSS and ~0.5 s per thread that
 * loads them from eld's module ('small': ~150 MB), and the stop-word vote answers for nearly every English or French
 * article, so the model is loaded on the first text the vote cannot tell, not when this module is imported.
 * 'extrasmall' keeps the language tests passing at about half the memory of 'small'. It is read from the compact copy
 * written at build time (language-model.ts, ~3 MB), from eld's module only when that copy is missing.
 */
const ELD_ENTRY = join('src', 'entries', 'static.extrasmall.js');

let detector: Detector | null = null;
let detectorKind: 'compact' | 'module' | 'none' | null = null;

/** Loads eld synchronously on first use (Node ≥ 20.19 can require an ES module without top-level await). */
function eldDetector(): Detector {
  if (!detector) {
    try {
      const compact = loadCompactModel();
      if (compact) {
        detector = detectorFromCompact(compact);
        detectorKind = 'compact';
      } else {
        detector = (createRequire(import.meta.url)(eldFile(ELD_ENTRY)) as { eld: Detector }).eld;
        detectorKind = 'module';
      }
    } catch {
      // Older Node 20 releases cannot require an ES module: the vote's own fallback answers instead.
      detector = { detect: () => ({ language: '' }) };
      detectorKind = 'none';
    }
  }
  return detector;
}

/** Which form of the n-gram model this thread loaded, if any (memory checks). */
export function languageModelKind(): 'compact' | 'module' | 'none' | null {
  return detectorKind;
}

/** Whether the n-gram model has been loaded in this thread (memory checks). */
export function languageModelLoaded(): boolean {
  return detector !== null;
}

const EN = new Set<string>(STOP_WORDS.en);
const FR = new Set<string>(STOP_WORDS.fr);
// Elided French articles ("l'homme", "d'une") count as French function words.
const TOKEN_RE = /[a-zà-ÿœæ]+'?/g;
const CURLY_APOSTROPHE_RE = /’/g;
const LETTER_RE = /\p{L}/gu;

function countLetters(s: string): number {
  LETTER_RE.lastIndex = 0;
  let n = 0;
  while (LETTER_RE.exec(s) && n < DEFAULT_MIN_LETTERS) n++;
  return n;
}

/** Counts English and French function words in the text. */
export function stopWordVote(text: string): { en: number; fr: number; tokens: number } {
  let en = 0;
  let fr = 0;
  let tokens = 0;
  TOKEN_RE.lastIndex = 0;
  const lower = text.toLowerCase().replace(CURLY_APOSTROPHE_RE, "'");
  for (let m = TOKEN_RE.exec(lower); m; m = TOKEN_RE.exec(lower)) {
    const t = m[0];
    tokens++;
    if (EN.has(t)) en++;
    else if (FR.has(t)) fr++;
  }
  return { en, fr, tokens };
}

/** 'en' | 'fr' | other ISO 639-1 code | 'und' (too little text, or nothing recognisable). */
export function detectLanguage(text: string): Language {
  const head = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  if (countLetters(head) < DEFAULT_MIN_LETTERS) return 'und';
  const vote = stopWordVote(head);
  const minHits = Math.max(VOTE_MIN_HITS, VOTE_MIN_SHARE * vote.tokens);
  if (vote.en >= minHits && vote.en >= VOTE_MIN_RATIO * vote.fr) return 'en';
  if (vote.fr >= minHits && vote.fr >= VOTE_MIN_RATIO * vote.en) return 'fr';
  const guess = eldDetector().detect(head);
  if (guess.language) return guess.language;
  // eld abstains on odd inputs; a clear-enough vote still answers.
  if (vote.en > vote.fr) return 'en';
  if (vote.fr > vote.en) return 'fr';
  return 'und';
}
