// Scores how much a story is about drug trafficking / organised crime, from weighted en/fr lexicons.

import type { Language, Relevance } from '../core/types.js';
import { escapeRegExp, fold } from '../clean/text/fold.js';
import { EN_CONTEXT_TERMS, EN_FICTION_CUES, EN_OTHER_SUBJECTS, EN_OTHER_TRADES, EN_RELEVANCE_TERMS } from './lexicon/en.js';
import { FR_CONTEXT_TERMS, FR_FICTION_CUES, FR_OTHER_SUBJECTS, FR_OTHER_TRADES, FR_RELEVANCE_TERMS } from './lexicon/fr.js';
import type { ContextTerms, WeightedTerm } from './lexicon/types.js';
import { namesFrenchPlace } from './setting.js';
import { shippedRelevanceModel, type RelevanceScorer } from './relevance-model.js';

/**
 * `relevant` = score ≥ this. score = 1 − exp(−x / DEFAULT_SCALE), so 0.5 is reached at x = 3: one
 * unambiguous term ("point de deal", "drug trafficking") in a short story, or several in a long one.
 */
export const DEFAULT_RELEVANCE_THRESHOLD = 0.5;
/** x at which the score reaches 1 − 1/e ≈ 0.63. */
const DEFAULT_SCALE = 3 / Math.LN2;
/** Terms at least this heavy are "core" (the trade itself, drugs, organised crime). */
export const DEFAULT_CORE_WEIGHT = 2;
/** Without any core term, violence words alone (a shooting, a seizure) cannot pass: the score is scaled by this. */
const NO_CORE_FACTOR = 0.5;
/** Length (words) below which no density penalty applies: a brief lives on one or two terms. */
const REFERENCE_WORDS = 150;
/** The opening (title, dek, lead) is read with this many characters; terms there count extra. */
const OPENING_CHARS = 400;
const TITLE_BONUS = 1;
const OPENING_BONUS = 0.5;
/** At most this many terms are reported. */
const MAX_TERMS = 8;
/**
 * The band where the learned model (relevance-model.ts) has a say: a story the lexicon scores at least MODEL_FLOOR
 * but under the threshold passes when the model gives it at least MODEL_PASS. Both were chosen by cross-validation
 * on the dev split (eval/relevance-train.ts --cv): below the floor a story names almost nothing of the topic, and a
 * lower bar lets through the off-topic stories that share its words.
 */
export const MODEL_FLOOR = 0.2;
export const MODEL_PASS = 0.8;
/** The term reported for a story the model passed. */
export const MODEL_TERM = 'reads as a report of the trade (learned model)';

interface CompiledLexicon {
  re: RegExp;
  terms: WeightedTerm[];
}

/** Folded form without hyphens or apostrophes, used on both sides of the match ("maison d'arrêt" = "maison d arret"). */
function matchForm(s: string): string {
  return fold(s).replace(/[-_'’]+/g, ' ');
}

function compile(terms: readonly WeightedTerm[]): CompiledLexicon {
  const sorted = [...terms].sort((a, b) => b.term.length - a.term.length);
  const groups = sorted.map((w) => {
    const words = matchForm(w.term)
      .split(' ')
      .map((x) => (x.endsWith('*') ? `${escapeRegExp(x.slice(0, -1))}[a-z0-9]*` : escapeRegExp(x)));
    // " ?" between words: "go fast" also matches "gofast", "narco trafic" "narcotrafic".
    return `(${words.join(' ?')})`;
  });
  // One pass per text: each alternative is a capture group so the matched term is known without re-testing.
  return { re: new RegExp(`(?<![a-z0-9])(?:${groups.join('|')})(?![a-z0-9])`, 'g'), terms: sorted };
}

const LEXICONS: Record<'en' | 'fr' | 'any', CompiledLexicon> = {
  en: compile(EN_RELEVANCE_TERMS),
  fr: compile(FR_RELEVANCE_TERMS),
  // Unknown or other language: both lexicons (an English wire story mislabelled, a mixed page).
  any: compile([...EN_RELEVANCE_TERMS, ...FR_RELEVANCE_TERMS]),
};

/**
 * A place the trade attacks (a prison, its guards) named within this many characters of a violence word ("tirs
 * contre la prison", "a guard's car torched"): the attack is in scope even when no drug word is written.
 */
const CO_OCCURRING_REACH = 150;
const CO_OCCURRING_WEIGHT = 3.5;

function termRegex(terms: readonly string[]): RegExp {
  const alts = terms.map((w) =>
    matchForm(w)
      .split(' ')
      .map((x) => (x.endsWith('*') ? `${escapeRegExp(x.slice(0, -1))}[a-z0-9]*` : escapeRegExp(x)))
      .join(' ?'),
  );
  return new RegExp(`(?<![a-z0-9])(?:${alts.join('|')})(?![a-z0-9])`, 'g');
}

interface CompiledContext {
  label: string;
  cue: RegExp;
  violence: RegExp;
  unless: RegExp | null;
  inFrance: boolean;
}
const compileContext = (terms: ContextTerms[]): CompiledContext[] =>
  terms.map((t) => ({ label: t.label, cue: termRegex(t.cue), violence: termRegex(t.violence), unless: t.unless?.length ? termRegex(t.unless) : null, inFrance: t.inFrance === true }));
const CONTEXT: Record<'en' | 'fr', CompiledContext[]> = { en: compileContext(EN_CONTEXT_TERMS), fr: compileContext(FR_CONTEXT_TERMS) };

/** Mentions of another trade (EN_OTHER_TRADES) from which, with no drug named, a story is about that trade. */
const OTHER_TRADE_MENTIONS = 2;
const OTHER_TRADES: Record<'en' | 'fr' | 'any', RegExp> = {
  en: termRegex(EN_OTHER_TRADES),
  fr: termRegex(FR_OTHER_TRADES),
  any: termRegex([...EN_OTHER_TRADES, ...FR_OTHER_TRADES]),
};

/** Mentions of another subject (EN_OTHER_SUBJECTS) from which a story is about it, whatever drug it names. */
const OTHER_SUBJECT_MENTIONS = 3;
const OTHER_SUBJECTS: Record<'en' | 'fr' | 'any', RegExp> = {
  en: termRegex(EN_OTHER_SUBJECTS),
  fr: termRegex(FR_OTHER_SUBJECTS),
  any: termRegex([...EN_OTHER_SUBJECTS, ...FR_OTHER_SUBJECTS]),
};

/** Distinct fiction cues that make a story a work of fiction or its review (see FR_FICTION_CUES). */
export const DEFAULT_FICTION_CUES = 3;
const FICTION = [...FR_FICTION_CUES, ...EN_FICTION_CUES].map((w) => termRegex([w]));

/** Whether the story is about a series, a film or a novel: DEFAULT_FICTION_CUES of its words, each counted once. */
export function fictionStory(text: string): boolean {
  const body = matchForm(text);
  let n = 0;
  for (const re of FICTION) {
    re.lastIndex = 0;
    if (re.test(body) && ++n >= DEFAULT_FICTION_CUES) return true;
  }
  return false;
}

/** The label of the first cue and violence term that stand within reach of each other in the (match-form) text. */
function attackedPlace(body: string, original: string, lang: Language): string | null {
  const one = CONTEXT[lang as 'en' | 'fr'];
  const ctx = one ?? [...CONTEXT.en, ...CONTEXT.fr];
  for (const { label, cue, violence, unless, inFrance } of ctx) {
    if (unless) {
      unless.lastIndex = 0;
      if (unless.test(body)) continue;
    }
    cue.lastIndex = 0;
    for (let m = cue.exec(body); m; m = cue.exec(body)) {
      const from = Math.max(0, m.index - CO_OCCURRING_REACH);
      violence.lastIndex = 0;
      const zone = body.slice(from, m.index + m[0].length + CO_OCCURRING_REACH);
      if (!violence.test(zone)) continue;
      // (Places are looked up only once the words are found: most stories never get this far.)
      if (inFrance && !namesFrenchPlace(original)) break;
      return label;
    }
  }
  return null;
}

interface Hit {
  term: WeightedTerm;
  surface: string;
  count: number;
  inTitle: boolean;
  inOpening: boolean;
}

function collect(lex: CompiledLexicon, text: string, hits: Map<WeightedTerm, Hit>, where: 'title' | 'body', openingEnd: number): void {
  lex.re.lastIndex = 0;
  for (let m = lex.re.exec(text); m; m = lex.re.exec(text)) {
    let g = 1;
    while (m[g] === undefined) g++;
    const term = lex.terms[g - 1]!;
    let hit = hits.get(term);
    if (!hit) {
      hit = { term, surface: m[0], count: 0, inTitle: false, inOpening: false };
      hits.set(term, hit);
    }
    // A title occurrence counts as an occurrence, and again as a title bonus below.
    hit.count++;
    if (where === 'title') hit.inTitle = true;
    else if (m.index < openingEnd) hit.inOpening = true;
  }
}

const WORD_RE = /[a-z0-9]+/g;

/**
 * Scores a story with its title (null when unknown); the text may start with the title line too. `model` is the
 * learned second opinion (the shipped one when undefined; null for the lexicon alone).
 */
export function scoreStoryRelevance(title: string | null, text: string, lang: Language, model?: RelevanceScorer | null): Relevance {
  const lexical = lexiconRelevance(title, text, lang);
  if (lexical.relevant || lexical.score < MODEL_FLOOR) return lexical;
  // (The shipped model is read only when a story first falls in the band: most stories never need it.)
  const scorer = model === undefined ? shippedRelevanceModel() : model;
  if (scorer === null) return lexical;
  const p = scorer.probability(title ? `${title}\n${text}` : text);
  if (p < MODEL_PASS) return lexical;
  return { score: lexical.score, relevant: true, terms: [...lexical.terms.slice(0, MAX_TERMS - 1), MODEL_TERM] };
}

function lexiconRelevance(title: string | null, text: string, lang: Language): Relevance {
  const lex = LEXICONS[lang as 'en' | 'fr'] ?? LEXICONS.any;
  const body = matchForm(text);
  const hits = new Map<WeightedTerm, Hit>();
  collect(lex, body, hits, 'body', OPENING_CHARS);
  if (title) collect(lex, matchForm(title), hits, 'title', 0);
  // Context words are read in the title too ("school shooting" may be told there only).
  const attacked = attackedPlace(title ? `${matchForm(title)}\n${body}` : body, title ? `${title}\n${text}` : text, lang);
  if (hits.size === 0 && !attacked) return { score: 0, relevant: false, terms: [] };

  const words = (body.match(WORD_RE) ?? []).length;
  // Repeats add less and less (log); long texts are judged by density (square-root length penalty).
  const lengthFactor = Math.sqrt(Math.max(1, words / REFERENCE_WORDS));
  let x = 0;
  let core = false;
  // Drugs named with no word of the trade, crime or enforcement beside them: a health or consumption story.
  const beside = [...hits.values()].some((h) => !h.term.substance);
  const scored: { surface: string; value: number }[] = [];
  for (const h of hits.values()) {
    const w = h.term.weight;
    const value =
      (w * (1 + Math.log(h.count))) / lengthFactor +
      (h.inTitle ? w * TITLE_BONUS : 0) +
      (h.inOpening ? w * OPENING_BONUS : 0);
    x += value;
    if (w >= DEFAULT_CORE_WEIGHT && (beside || !h.term.substance)) core = true;
    scored.push({ surface: h.surface, value });
  }
  if (attacked) {
    x += CO_OCCURRING_WEIGHT;
    core = true;
    scored.push({ surface: attacked, value: CO_OCCURRING_WEIGHT });
  }
  // "12 tons of cigarettes … cigarette trafficking", "braquage d'une bijouterie … en bande organisée": the trade's words
  // are about another trade when no drug is named; they weigh as no core term.
  if (![...hits.values()].some((h) => h.term.substance)) {
    const other = OTHER_TRADES[lang as 'en' | 'fr'] ?? OTHER_TRADES.any;
    other.lastIndex = 0;
    const seen = (title ? `${matchForm(title)}\n${body}` : body).match(other)?.length ?? 0;
    if (seen >= OTHER_TRADE_MENTIONS) core = false;
  }
  // "Hunter, 56, dies after being shot by fellow hunter", "un chauffard sous cocaïne": a hunting accident or a road
  // crash told again and again is the story's subject.
  const subjects = OTHER_SUBJECTS[lang as 'en' | 'fr'] ?? OTHER_SUBJECTS.any;
  subjects.lastIndex = 0;
  if (((title ? `${matchForm(title)}\n${body}` : body).match(subjects)?.length ?? 0) >= OTHER_SUBJECT_MENTIONS) core = false;
  let score = 1 - Math.exp(-x / DEFAULT_SCALE);
  if (!core) score *= NO_CORE_FACTOR;
  score = Math.round(score * 1000) / 1000;
  scored.sort((a, b) => b.value - a.value);
  const terms: string[] = [];
  for (const s of scored) if (!terms.includes(s.surface) && terms.length < MAX_TERMS) terms.push(s.surface);
  return { score, relevant: score >= DEFAULT_RELEVANCE_THRESHOLD, terms };
}

/** Relevance of a text to drug trafficking / organised crime; a short first line is read as its title. */
export function scoreRelevance(text: string, lang: Language, model?: RelevanceScorer | null): Relevance {
  const nl = text.indexOf('\n');
  const first = nl === -1 ? null : text.slice(0, nl);
  const title = first !== null && first.length <= 250 && !/[.!?]['"”’»)]*$/.test(first) ? first : null;
  return scoreStoryRelevance(title, title === null ? text : text.slice(nl + 1), lang, model);
}
