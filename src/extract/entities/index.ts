// Entity extraction: people (with titles and nicknames), organisations, criminal groups and places named in a story.

import type { EntityMention, EntityType } from '../../core/types.js';
import type { LocaleKit } from '../common/types.js';
import { DisjointSpans } from '../common/spans.js';
import { languagePack } from '../locales/index.js';
import { findPhrases } from '../incidents/phrase-pattern.js';
import type { EntityLexicon } from './lexicon-types.js';
import { articledCommune, knownArea, knownPlace } from './places.js';

// Capitalised words joined by spaces or small connectors ("French Observatory on Drugs and Drug Addiction",
// "Provence-Alpes-Côte d'Azur"). Connectors are checked against the lexicon afterwards.
const NAME_SEQ =
  /(?<![\p{L}\p{N}_@#]|\p{Ll}-)\p{Lu}[\p{L}\p{N}’'-]*(?:(?:[ \u00a0]+(?:[\p{Ll}’']{1,4}[ \u00a0]+|[dl][’'])?)\p{Lu}[\p{L}\p{N}’'-]*)*/gu;
/** "Vaulx-en-Velin", "Saint-Denis": a hyphenated compound, as place names often are. */
function hyphenated(w: string): boolean {
  return /\p{L}-\p{L}/u.test(w);
}
// "and"/"et" join the words of an organisation's name, never two people ("Jérôme Durain and Etienne Blanc").
const AND_WORDS = new Set(['and', 'et']);
const ACRONYM = /^\p{Lu}{2,7}s?$/u;
// "FO-Justice", "CGT-Police": a union or body named by an acronym and a word.
const ACRONYM_WORD = /^\p{Lu}{2,6}-\p{Lu}\p{L}+$/u;
const POSSESSIVE = /[’']s$/u;
const QUOTED = /^\s*,?\s*(?:["“«‘']\s*)([^"”»’'\n]{2,40}?)\s*(?:["”»’'])/u;
const BARE = /^\s*,?\s*((?:(?:[Tt]he|[Ll]a|[Ll]e|[Ll]es|[Ll]['’])\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/u;
const PAREN = /^\s*,?\s*\(\s*(\p{Lu}[^()\n]{1,30}?)\s*\)/u;

interface Seq {
  start: number;
  end: number;
  words: { text: string; start: number; end: number }[];
}

/** A French adjective by its ending ("pénitentiaire", "organisée", "nationale", "douanières"). */
const ADJECTIVE = '\\p{Ll}+(?:al|ale|aux|ales|el|elle|elles|ique|iques|aire|aires|if|ifs|ive|ives|ien|ienne|iens|ée|é|és|ées|ier|iers|ière|ières|ies)(?![\\p{L}])';

const longOrgCache = new WeakMap<EntityLexicon, RegExp | null>();

/** "Association des maires de France": a capitalised organisation head carried on by lower-case links. */
function longOrgRegex(lex: EntityLexicon): RegExp | null {
  let re = longOrgCache.get(lex);
  if (re === undefined) {
    // (With and without accents: "École" and "Ecole".)
    const heads = [...new Set(lex.orgHeads.flatMap((h) => [h, unaccent(h)]))].filter((h) => !h.includes(' ')).map((h) => h[0]!.toUpperCase() + h.slice(1));
    const tails = [...(lex.orgTails ?? [])].sort((a, b) => b.length - a.length).map((t) => t.replace(/'/g, "['’]").replace(/ /g, '\\s+'));
    re = heads.length && tails.length
      ? new RegExp(
        // a head, then one lower-case word or two adjectives ("Juridiction interrégionale spécialisée")
        `(?<![\\p{L}])(?:${heads.join('|')})(?:\\s+${ADJECTIVE}\\s+${ADJECTIVE}|\\s+\\p{Ll}[\\p{L}-]*)?` +
          // each link, an article, a word, and the adjectives that qualify it ("de l'administration pénitentiaire",
          // "de la criminalité organisée et spécialisée", "contre le crime organisé")
          `(?:\\s+(?:${tails.join('|')})(?:\\s+|(?<=['’]))(?:(?:le|la|les|l['’])\\s*)?[\\p{L}\\p{N}-]+(?:(?:\\s+|\\s+et\\s+)${ADJECTIVE})*){1,4}`,
        'gu',
      )
      : null;
    longOrgCache.set(lex, re);
  }
  return re;
}

export function entityLexicon(lang: string): EntityLexicon {
  return languagePack(lang).entities;
}

function words(text: string, start: number, end: number): Seq['words'] {
  const out: Seq['words'] = [];
  const re = /[^\s\u00a0]+/gu;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

/** The last word of `s` (letters, apostrophes, hyphens), spaces after it aside; '' if it ends otherwise. */
function lastWord(s: string): string {
  let e = s.length;
  while (e > 0 && /[\s\u00a0]/u.test(s[e - 1]!)) e--;
  let b = e;
  while (b > 0 && /[\p{L}'-]/u.test(s[b - 1]!)) b--;
  return s.slice(b, e);
}

function unaccent(w: string): string {
  return w.normalize('NFD').replace(/\p{M}/gu, '');
}

function strip(w: string): string {
  return w.toLowerCase().replace(/[’]/g, "'").replace(/[.,;:!?]+$/u, '');
}

interface LexiconSets {
  stop: Set<string>;
  titles: Set<string>;
  qualifiers: Set<string>;
  connectors: Set<string>;
  orgHeads: Set<string>;
  groupHeads: Set<string>;
  placeSet: Set<string>;
  knownOrgs: Set<string>;
  particles: Set<string>;
  compass: Set<string>;
  titleWords: Set<string>;
  nameArticles: Set<string>;
  placeHeads: Set<string>;
  outletSet: Set<string>;
  outletsByWord: Map<string, string[]>;
  contractions: Map<string, string>;
  placeCue: RegExp;
  streetCue: RegExp;
  cueWords: Set<string>;
}

/** Outlets by their first word (lower case), longest first: "france" → "France Bleu", "France 3", "France"… */
function outletIndex(outlets: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const o of [...outlets].sort((a, b) => b.length - a.length)) {
    const w = (/^[\p{L}\p{N}-]+/u.exec(o)?.[0] ?? o).toLowerCase();
    out.set(w, [...(out.get(w) ?? []), o]);
  }
  return out;
}

/** "rue ", "la cité du ", "quartier de ", "in the district of ": a word for a place, its link, right before a name. */
function placeCueRegex(cues: string[]): RegExp {
  if (!cues.length) return /$^/;
  const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[- \\t\\u00a0]+');
  const alt = [...cues].sort((a, b) => b.length - a.length).map(escape).join('|');
  const link = "(?:de la|de l['’]|du|des|de|d['’]|of the|of|the)";
  // On one line: a cue at the end of a line ("en pleine rue") says nothing of the next line's first word.
  return new RegExp(`(?<![\\p{L}])(?:${alt})[ \\t\\u00a0]+(?:${link}[ \\t\\u00a0]*)?[«"“]?[ \\t\\u00a0]*$`, 'iu');
}

// The lexicons are module constants: their word sets are built once, not once per story.
const setsCache = new WeakMap<EntityLexicon, LexiconSets>();

function lexiconSets(lex: EntityLexicon): LexiconSets {
  let sets = setsCache.get(lex);
  if (!sets) {
    sets = {
      stop: new Set(lex.stopWords.map((w) => w.toLowerCase())),
      titles: new Set(lex.titles),
      qualifiers: new Set(lex.titleQualifiers),
      connectors: new Set(lex.connectors),
      orgHeads: new Set(lex.orgHeads.flatMap((h) => [h, unaccent(h)])),
      groupHeads: new Set(lex.groupHeads),
      placeSet: new Set(lex.places.map((p) => p.toLowerCase())),
      knownOrgs: new Set(lex.knownOrgs.map((p) => p.toLowerCase())),
      particles: new Set((lex.surnameParticles ?? []).map((w) => w.toLowerCase())),
      compass: new Set((lex.compassWords ?? []).map((w) => w.toLowerCase())),
      titleWords: new Set((lex.titleObjects ?? []).map((w) => w.toLowerCase())),
      nameArticles: new Set((lex.nameArticles ?? []).map((w) => w.toLowerCase())),
      placeHeads: new Set((lex.placeHeads ?? []).map((w) => w.toLowerCase())),
      outletSet: new Set((lex.outlets ?? []).map((w) => w.toLowerCase())),
      outletsByWord: outletIndex(lex.outlets ?? []),
      contractions: new Map(Object.entries(lex.contractedArticles ?? {})),
      placeCue: placeCueRegex(lex.placeCues ?? []),
      streetCue: placeCueRegex(lex.streetCues ?? []),
      cueWords: new Set([...(lex.placeCues ?? []), ...(lex.streetCues ?? [])].flatMap((c) => c.toLowerCase().split(/[\s-]+/u))),
    };
    setsCache.set(lex, sets);
  }
  return sets;
}

/** People, organisations, criminal groups and places in `text`, offsets into it. */
export function extractEntities(text: string, kit: LocaleKit): EntityMention[] {
  if (!text.trim()) return [];
  const lex = entityLexicon(kit.lang);
  const { stop, titles, qualifiers, connectors, orgHeads, groupHeads, placeSet, knownOrgs, particles, compass, titleWords, nameArticles, placeHeads, outletSet, outletsByWord, contractions, placeCue, streetCue, cueWords } = lexiconSets(lex);
  const sentenceStarts = new Set(kit.sentences(text).map((s) => s.start));
  const lineStarts = new Set<number>([0]);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.add(i + 1);
  // At a sentence's or a line's start, quotes and brackets before it aside.
  const isStart = (pos: number): boolean => {
    for (let p = pos; ; p--) {
      if (sentenceStarts.has(p) || lineStarts.has(p)) return true;
      if (p === 0 || !/["“«‘'(\s\u00a0]/u.test(text[p - 1]!) || text[p - 1] === '\n') return false;
    }
  };

  const out: EntityMention[] = [];
  const outSpans = new DisjointSpans(); // the spans of `out`, for overlap checks
  const persons: EntityMention[] = [];
  const phraseCache = new Map<number, { start: number; text: string; link: boolean } | null>();
  // Acronyms the story writes in capitals, so that "Bac Nord" reads as "BAC Nord" where it also says "BAC".
  let acronyms: Map<string, boolean> | undefined;
  const isAcronym = (w: string): boolean => {
    if (ACRONYM.test(w)) return true;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return false;
    const up = w.toUpperCase();
    let known = acronyms?.get(up);
    if (known === undefined) {
      known = false;
      for (let i = text.indexOf(up); i >= 0 && !known; i = text.indexOf(up, i + 1)) {
        known = !/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i + up.length] ?? '');
      }
      (acronyms ??= new Map()).set(up, known);
    }
    return known;
  };
  const longOrg = longOrgRegex(lex);
  if (longOrg) {
    longOrg.lastIndex = 0;
    for (let m = longOrg.exec(text); m; m = longOrg.exec(text)) {
      // ("… de lutte contre le": a link or article cannot end a name.)
      let raw = m[0];
      // "Police et de la Gendarmerie": "et" before another body's head word starts that body's name.
      const other = /[\s\u00a0]+et[\s\u00a0]+(?:(?:de la|de l['’]|de|du|des|la|le|les|l['’])[\s\u00a0]*)?(\p{Lu}[\p{L}-]*)/u.exec(raw);
      if (other && orgHeads.has(other[1]!.toLowerCase())) {
        raw = raw.slice(0, other.index);
        longOrg.lastIndex = m.index + raw.length;
      }
      raw = raw.replace(/(?:[\s\u00a0]+(?:de|des|du|d['’]|le|la|les|l['’]|et|pour|contre))+$/u, '');
      if (!/[\s\u00a0]/u.test(raw)) {
        longOrg.lastIndex = m.index + raw.length;
        continue;
      }
      const name = raw.replace(/[\s\u00a0]+/g, ' ');
      // Only when the tail reaches a capitalised word ("… de France") or runs three words: "Office de presse" is not a name.
      if (!/\s\p{Lu}/u.test(name) && name.split(' ').length < 4) continue;
      push('organisation', name, m.index, m.index + raw.length);
    }
  }
  const placeArticles = (lex.placeArticles ?? []).map((a) => a.toLowerCase());
  // "McDonald's" is a name in French, a possessive in English.
  const possessive = lex.possessive ?? false;
  const hyphenParts = new Set((lex.placeHyphenParts ?? []).map((a) => a.toLowerCase()));
  NAME_SEQ.lastIndex = 0;
  for (let m = NAME_SEQ.exec(text); m; m = NAME_SEQ.exec(text)) {
    let ws = words(text, m.index, m.index + m[0].length);
    // Small lowercase words may join capitalised ones only when the lexicon knows them as connectors.
    const split: Seq['words'][] = [[]];
    const orgLike = ws.some((w) => orgHeads.has(strip(w.text)));
    // "Police et de la Gendarmerie": "and" joins two bodies when each side has its own head word.
    const andAt = ws.findIndex((w) => AND_WORDS.has(strip(w.text)));
    const twoBodies = andAt > 0 && ws.slice(0, andAt).some((w) => orgHeads.has(strip(w.text))) && ws.slice(andAt + 1).some((w) => orgHeads.has(strip(w.text)));
    for (const w of ws) {
      const low = strip(w.text);
      // "Fontaine d’Ouche": an elided link glued to a capitalised word belongs to the name.
      const elided = /^[dl][’'][\p{Lu}]/u.test(w.text);
      if ((/^\p{Ll}/u.test(w.text) && !connectors.has(low) && !elided) || (AND_WORDS.has(low) && (!orgLike || twoBodies))) split.push([]);
      else split[split.length - 1]!.push(w);
      // "France’s Interior Minister": a possessive ends a name.
      const next = ws[ws.indexOf(w) + 1];
      if (possessive && POSSESSIVE.test(w.text) && next && !orgHeads.has(strip(next.text))) split.push([]);
    }
    for (ws of split) {
      // (A capitalised article may open a name: "La Barben"; classify decides.)
      while (ws.length && /^\p{Ll}/u.test(ws[0]!.text)) ws = ws.slice(1);
      while (ws.length && (connectors.has(strip(ws[ws.length - 1]!.text)) || (/^\p{Ll}/u.test(ws[ws.length - 1]!.text) && !/^[dl][’'][\p{Lu}]/u.test(ws[ws.length - 1]!.text)))) ws = ws.slice(0, -1);
      if (ws.length) classify(ws);
    }
  }

  /** A word that may sit inside a title phrase: a title, a qualifier, a link, or a capitalised name ("de Marseille"). */
  function titleToken(raw: string): boolean {
    const low = strip(raw);
    const bare = low.replace(/^[ld]'/, '');
    return titles.has(bare) || qualifiers.has(low) || qualifiers.has(bare) || connectors.has(low) || orgHeads.has(bare) || titleWords.has(bare) || /^(?:[ldLD]['’])?\p{Lu}/u.test(raw);
  }
  function isTitle(raw: string): boolean {
    return titles.has(strip(raw).replace(/^[ld]'/, ''));
  }

  /**
   * The title phrase that ends right before `pos` ("le ministre de l'Intérieur ", "Marseille prosecutor ", "la procureure
   * de la République, "): its start, its text, and whether it ends on a link ("le procureur de " + a name: the name is
   * what the title is of, a place or a body, not the person holding it).
   */
  function titlePhraseBefore(pos: number): { start: number; text: string; link: boolean } | null {
    let hit = phraseCache.get(pos);
    if (hit === undefined) phraseCache.set(pos, (hit = readTitlePhraseBefore(pos)));
    return hit;
  }

  function readTitlePhraseBefore(pos: number): { start: number; text: string; link: boolean } | null {
    const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
    const before = words(text, Math.max(lineStart, pos - 120), pos);
    // A word cut by `pos` ("l'" of "l'Etat") is still a word.
    let comma = false;
    let first = -1;
    let i = before.length - 1;
    if (i >= 0 && before[i]!.text.endsWith(',')) comma = true;
    // "le directeur général de la police nationale (DGPN), Frédéric Veaux": the acronym in brackets is the body's.
    if (comma && i >= 0 && /^\(\p{Lu}[\p{Lu}\p{N}-]{1,9}\),$/u.test(before[i]!.text)) i--;
    let edge = i;
    for (; i >= 0; i--) {
      const raw = before[i]!.text.replace(i === edge ? /,$/ : /$^/, '');
      if (/[.;:!?,)(»«"“”]$/u.test(raw) || /^[(«"“]/u.test(raw) || !titleToken(raw)) break;
      first = i;
    }
    if (first < 0) return null;
    const taken = before.slice(first);
    let t = taken.findIndex((w) => isTitle(w.text));
    if (t < 0) return null;
    // Before the first title word, only qualifiers and names that qualify it ("Interior Minister", "Marseille prosecutor").
    while (t > 0 && !connectors.has(strip(taken[t - 1]!.text)) && !stop.has(strip(taken[t - 1]!.text))) t--;
    const phrase = taken.slice(t);
    if (phrase.length > 10) return null;
    const last = phrase[phrase.length - 1]!;
    const link = !comma && connectors.has(strip(last.text)) && !/\p{Lu}/u.test(last.text);
    const end = link ? last.start : last.start + last.text.replace(/,$/, '').length;
    const out = text.slice(phrase[0]!.start, end).replace(/[\s\u00a0]+/g, ' ').replace(/\s+(?:de|du|des|d['’]|of|of the|the|la|le|l['’])$/iu, '').trim();
    return out ? { start: phrase[0]!.start, text: out, link } : null;
  }

  /** ", procureur de la République de Marseille," / ", the left-wing mayor of Marseille": a title set after the name. */
  function titlePhraseAfter(end: number): string | null {
    const m = /^[\s\u00a0]*,[\s\u00a0]*((?:(?:le|la|l['’]|the|a|an|un|une)[\s\u00a0]+)?[^,;:.!?()\n«»"“”]{2,90})/u.exec(text.slice(end, end + 110));
    if (!m) return null;
    const ws = m[1]!.trim().split(/[\s\u00a0]+/);
    // The title word comes first, or after an article and at most two adjectives ("the left-wing mayor").
    let i = 0;
    if (/^(?:le|la|l['’]|the|a|an|un|une)$/iu.test(ws[0] ?? '')) i++;
    const t = ws.findIndex((w, k) => k >= i && k <= i + 2 && isTitle(w));
    if (t < 0) return null;
    // ", the local mayor Marie-Hélène Thoraval wrote": a title before someone else's name is theirs.
    let k = t + 1;
    while (k < ws.length && (isTitle(ws[k]!) || qualifiers.has(strip(ws[k]!)))) k++;
    if (k + 1 < ws.length && /^\p{Lu}\p{Ll}/u.test(ws[k]!) && /^\p{Lu}\p{Ll}/u.test(ws[k + 1]!)) return null;
    const phrase = ws.slice(i).join(' ');
    return phrase.length <= 90 ? phrase : null;
  }

  /** A title for the name at [start, end): the phrase before it, else the one after it. */
  function titleOf(start: number, end: number): string | null {
    const before = titlePhraseBefore(start);
    if (before && !before.link) return before.text;
    return titlePhraseAfter(end);
  }

  /** "Nicolas Bessone", "Jean-Marie Blin", "Christian de Rocquigny": capitalised words and particles, no place word. */
  function personLike(ws: Seq['words']): boolean {
    if (ws.length < 2 || ws.length > 4) return false;
    const lows = ws.map((w) => strip(w.text));
    if (!/^\p{Lu}/u.test(ws[0]!.text) || !/^\p{Lu}/u.test(ws[ws.length - 1]!.text)) return false;
    return lows.every((l, k) =>
      (particles.has(l) && k > 0 && k < lows.length - 1) ||
      (/^\p{Lu}/u.test(ws[k]!.text) && !stop.has(l) && !titles.has(l) && !qualifiers.has(l) && !orgHeads.has(l) && !groupHeads.has(l) && !compass.has(l) && !placeSet.has(l) && !ACRONYM.test(ws[k]!.text)),
    );
  }

  /**
   * "procureur de Marseille Nicolas Bessone", "depuis Marseille Gérald Darmanin", "l'AFP Ivana Obradovic": a place or
   * an acronym run into a person's name. The number of leading words that are not the person's, or 0.
   */
  function gluedHead(ws: Seq['words'], afterLink: boolean, afterPreposition: boolean): number {
    if (ws.length < 3) return 0;
    if ((ACRONYM.test(ws[0]!.text) || knownOrgs.has(strip(ws[0]!.text))) && personLike(ws.slice(1))) return 1;
    if (!afterLink && !afterPreposition) return 0;
    for (let k = Math.min(3, ws.length - 2); k >= 1; k--) {
      const head = text.slice(ws[0]!.start, ws[k - 1]!.end);
      if ((placeSet.has(head.toLowerCase()) || knownPlace(head)) && personLike(ws.slice(k))) return k;
    }
    return afterLink && personLike(ws.slice(1)) ? 1 : 0;
  }

  function push(type: EntityType, name: string, start: number, end: number, title: string | null = null): void {
    if (outSpans.overlaps(start, end)) return;
    outSpans.add({ start, end });
    const e: EntityMention = { name, type, title, start, end };
    out.push(e);
    if (type === 'person') persons.push(e);
  }

  function classify(ws: Seq['words']): void {
    // "rue Henri Regnault", "la cité du Dr Ayme", "quartier Saint Thys": a name after a word for a place is that
    // place, whatever it looks like (a person's name, a title).
    const cueBefore = text.slice(Math.max(0, ws[0]!.start - 40), ws[0]!.start);
    // (The cue patterns are only tried when one of the last words before the name is a cue's.)
    const tail = cueBefore.slice(-28).toLowerCase().split(/[^\p{L}.-]+/u);
    const cued = tail.some((w) => cueWords.has(w));
    // A street's name keeps its word ("rue de Liège" is not Liège); an area's does not ("la cité des Iris": Iris).
    const street = cued ? streetCue.exec(cueBefore) : null;
    if (street && !(ws.length === 1 && ACRONYM.test(ws[0]!.text))) {
      const s0 = ws[0]!.start - street[0].length + street[0].search(/\p{L}/u);
      const e0 = ws[ws.length - 1]!.start + ws[ws.length - 1]!.text.replace(/(?:[’']s)?[.,;:!?'’"”»]*$/u, '').length;
      return push('place', text.slice(s0, e0).replace(/[\s\u00a0]+/g, ' '), s0, e0);
    }
    if (cued && placeCue.test(cueBefore)) {
      while (ws.length > 1 && stop.has(strip(ws[ws.length - 1]!.text)) && !connectors.has(strip(ws[ws.length - 2]!.text))) ws = ws.slice(0, -1);
      const s0 = ws[0]!.start;
      const e0 = s0 + text.slice(s0, ws[ws.length - 1]!.end).replace(/(?:[’']s)?[.,;:!?'’"”»]*$/u, '').length;
      if (!(ws.length === 1 && (ACRONYM.test(ws[0]!.text) || knownOrgs.has(strip(ws[0]!.text))))) {
        const link = /([\p{L}]+)[\s\u00a0]*$/u.exec(cueBefore)?.[1]?.toLowerCase() ?? '';
        const art = contractions.get(link);
        const full = art ? articledCommune(text.slice(s0, e0), art) : null;
        return push('place', full ?? text.slice(s0, e0), s0, e0);
      }
    }
    // Drop sentence openers ("However", "In") and possessives; leading title words ("Interior Minister Bruno
    // Retailleau") are read back as the person's title. A capitalised article inside a sentence is the name's own
    // ("à La Barben", "selon La Provence"), as is one the official name of a commune or an outlet takes.
    let articled = false;
    while (ws.length && stop.has(strip(ws[0]!.text)) && !placeSet.has(strip(ws[0]!.text))) {
      const w = ws[0]!;
      if (ws.length > 1 && nameArticles.has(strip(w.text)) && /^\p{Lu}/u.test(w.text) && !ORDINAL.test(ws[1]!.text)) {
        const whole = text.slice(w.start, ws[ws.length - 1]!.end);
        const rest = text.slice(ws[1]!.start, ws[ws.length - 1]!.end);
        if (!isStart(w.start) || outletSet.has(whole.toLowerCase()) || articledCommune(rest, strip(w.text)) === whole) {
          articled = true;
          break;
        }
      }
      ws = ws.slice(1);
    }
    // (English text names French places with their article: "the La Joliette district".)
    if (!articled && ws.length > 1 && nameArticles.has(strip(ws[0]!.text)) && /^\p{Lu}/u.test(ws[0]!.text) && !stop.has(strip(ws[0]!.text))) articled = true;
    // A body's name drops it ("La Gendarmerie nationale"), an outlet's keeps it ("Le Parisien").
    if (articled && !outletSet.has(text.slice(ws[0]!.start, ws[ws.length - 1]!.end).toLowerCase()) && ws.slice(1).some((w) => orgHeads.has(strip(w.text)))) {
      ws = ws.slice(1);
      articled = false;
    }
    let n = 0;
    while (n < ws.length - 1 && (titles.has(strip(ws[n]!.text)) || qualifiers.has(strip(ws[n]!.text)))) n++;
    // Leading qualifiers are a title only when a title word is among them or before them: "French Observatory" stays whole.
    const lead = n ? titlePhraseBefore(ws[0]!.start) : null;
    // ("the Director General of the National Police": after a title's link, "National" is the body's, not the title's.)
    if (n && (ws.slice(0, n).some((w) => titles.has(strip(w.text))) || (lead && !(lead.link && ws.slice(n).some((w) => orgHeads.has(strip(w.text))))))) {
      ws = ws.slice(n);
      while (ws.length && connectors.has(strip(ws[0]!.text))) ws = ws.slice(1);
    }
    // "République d’Alès": the name after the title's elided link is "Alès".
    if (ws.length && /^[dl][’'](?=\p{Lu})/u.test(ws[0]!.text)) ws = [{ text: ws[0]!.text.slice(2), start: ws[0]!.start + 2, end: ws[0]!.end }, ...ws.slice(1)];
    // ("Belle de Mai": a month after "de" is part of the name; "Publié le Mardi" is not one.)
    while (ws.length && stop.has(strip(ws[ws.length - 1]!.text)) && !(ws.length > 2 && /^(?:de|du|des|d')$/u.test(strip(ws[ws.length - 2]!.text)))) ws = ws.slice(0, -1);
    // "IVe Marseille": an arrondissement's ordinal before its city.
    while (ws.length > 1 && ORDINAL.test(ws[0]!.text)) ws = ws.slice(1);
    // "Bouches-du-Rhône Police Chief": a title phrase that names where its holder serves, not a body of its own.
    if (ws.length > 1 && titles.has(strip(ws[ws.length - 1]!.text))) {
      let k = ws.length;
      while (k > 0 && (titles.has(strip(ws[k - 1]!.text)) || qualifiers.has(strip(ws[k - 1]!.text)))) k--;
      if (k > 0 && k < ws.length) ws = ws.slice(0, k);
    }
    // "Minister of the Interior" is a title, not a name.
    // ("National Police": qualifiers alone, with a body's head word among them, may name a body.)
    if (!ws.length || (ws.every((w) => titles.has(strip(w.text)) || qualifiers.has(strip(w.text)) || connectors.has(strip(w.text))) && !(ws.some((w) => orgHeads.has(strip(w.text))) && !ws.some((w) => titles.has(strip(w.text)))))) return;
    // "Prison officers have…": a word capitalised because it opens the sentence, written in lower case elsewhere.
    if (ws.length === 1 && isStart(ws[0]!.start) && !placeSet.has(strip(ws[0]!.text)) && !knownOrgs.has(strip(ws[0]!.text)) && !ACRONYM.test(ws[0]!.text) && writtenLower(text, strip(ws[0]!.text))) return;
    const start = ws[0]!.start;
    let end = ws[ws.length - 1]!.end;
    let name = text.slice(start, end).replace(/[.,;:!?'’"”]+$/u, '');
    if (possessive) name = name.replace(POSSESSIVE, '');
    end = start + name.length;
    if (!name) return;
    const lows = ws.map((w) => (possessive ? strip(w.text).replace(POSSESSIVE, '') : strip(w.text)));
    const after = text.slice(end, end + 24).toLowerCase();
    const before = text.slice(Math.max(0, start - 30), start).toLowerCase().replace(/[\s\u00a0]+/g, ' ');
    const nextWord = /^[\s\u00a0]+([\p{L}'-]+)/u.exec(after)?.[1] ?? '';
    const prevWord = lastWord(before);
    // "Europe 1", "France 3 Bourgogne": an outlet whose name runs on past a number.
    // ("Le Midi libre": an outlet written in lower case, after the article the story gives it.)
    const from = articled && ws.length > 1 ? ws[1]!.start : start;
    const firstWord = /^[\p{L}\p{N}-]+/u.exec(text.slice(from, from + 30))?.[0].toLowerCase() ?? '';
    const candidates = outletsByWord.get(firstWord);
    const opening = candidates ? text.slice(from, from + 40).toLowerCase() : '';
    const outlet = candidates?.find((o) => from + o.length >= start + name.length && opening.startsWith(o.toLowerCase()) && !/[\p{L}\p{N}]/u.test(text[from + o.length] ?? ''));
    if (outlet) {
      let more = /^(?:[ \u00a0]+\p{Lu}[\p{L}-]*)*/u.exec(text.slice(from + outlet.length))![0];
      const run = words(text, from + outlet.length, from + outlet.length + more.length);
      if (personLike(run) && !knownPlace(run[0]!.text)) more = '';
      return push('organisation', text.slice(start, from + outlet.length + more.length), start, from + outlet.length + more.length);
    }
    // "du Havre", "au Boulou", "du Parisien": a contraction swallowed the article of the name ("Le Havre").
    const contraction = contractions.get(prevWord);
    if (contraction && / $/.test(before) && !articled) {
      const full = `${contraction[0]!.toUpperCase()}${contraction.slice(1)} ${name}`;
      if (outletSet.has(full.toLowerCase())) return push('organisation', full, start, end);
      const commune = ws.length <= 3 ? articledCommune(name, contraction) : null;
      if (commune) return push('place', commune, start, end);
    }
    const phrase = titlePhraseBefore(start);
    const unquoted = /^[\s\u00a0]*[»"”’]/u.test(text.slice(end)) ? before.replace(/[«"“‘][\s\u00a0]*$/u, '') : before;
    const afterPreposition = lex.placePrepositions.some((p) => unquoted.endsWith(' ' + p + ' ') || unquoted === p + ' ');
    // "procureur de Marseille Nicolas Bessone": the place (or body) the title is of, then the person.
    const head = gluedHead(ws, !!phrase?.link, afterPreposition);
    if (head) {
      classify(ws.slice(0, head));
      return classify(ws.slice(head));
    }
    // Criminal groups: "DZ Mafia", "the Meziani clan", "le clan Yoda".
    if (lows.some((w) => groupHeads.has(w))) return push('criminal_group', name, start, end);
    if (groupHeads.has(nextWord) && !/\p{Lu}/u.test(after.trim()[0] ?? '')) {
      const e = end + after.indexOf(nextWord) + nextWord.length;
      return push('criminal_group', text.slice(start, e), start, e);
    }
    if (groupHeads.has(prevWord)) {
      const s = start - (before.length - before.lastIndexOf(prevWord));
      return push('criminal_group', text.slice(s, end), s, end);
    }
    // "les clans Yoda et DZ Mafia": after a plural head each name is a group of its own.
    if (/[sx]$/u.test(prevWord) && (groupHeads.has(prevWord.slice(0, -1)) || groupHeads.has(prevWord.replace(/aux$/u, 'al'))) && ws.length <= 3) {
      return push('criminal_group', name, start, end);
    }
    const prefix = lex.orgPrefixes.find((p) => before.endsWith(p.toLowerCase() + ' ') || before.endsWith(p.toLowerCase()));
    if (prefix) {
      const s = start - prefix.length - (before.endsWith(' ') ? 1 : 0);
      return push('organisation', text.slice(s, end), s, end);
    }
    // "la commission des Lois du Sénat", "la brigade des stupéfiants de Lyon": a body's head word in lower case and its
    // link run on into the name.
    const linked = / (?:de la|de|des|du) $|(?:^| )(?:d|de l)['’] ?$/u.test(before.slice(-8));
    const lowerHead = linked ? /(?:^|[^\p{L}])(\p{Ll}[\p{L}-]*)[\s\u00a0]+(de la|de l['’]|des|du|de|d['’])[\s\u00a0]*$/u.exec(text.slice(Math.max(0, start - 40), start)) : null;
    if (lowerHead && orgHeads.has(lowerHead[1]!) && !knownPlace(name) && !personLike(ws)) {
      const s = start - (lowerHead[0].length - lowerHead[0].indexOf(lowerHead[1]!));
      return push('organisation', text.slice(s, end).replace(/[\s\u00a0]+/g, ' '), s, end);
    }
    if (ws.length === 1 && placeSet.has(name.toLowerCase())) return push('place', name, start, end);
    // "the Paris BAC": a place's unit named by its acronym.
    if (ws.length === 2 && ACRONYM.test(ws[1]!.text) && !ACRONYM.test(ws[0]!.text) && (placeSet.has(lows[0]!) || knownPlace(ws[0]!.text))) return push('organisation', name, start, end);
    if (knownOrgs.has(name.toLowerCase()) || lows.some((w) => orgHeads.has(w)) || (ws.length === 1 && (ACRONYM.test(name) || ACRONYM_WORD.test(name))) || (ws.length > 1 && isAcronym(ws[0]!.text) && !personLike(ws.slice(1)))) {
      return push('organisation', name, start, end);
    }
    if (placeSet.has(name.toLowerCase())) return push('place', name, start, end);
    // People take no article ("Le Pen" aside, known as a surname in the story).
    if (articled) {
      const sur = persons.find((p) => p.name.endsWith(` ${name}`));
      return sur ? push('person', sur.name, start, end) : push('place', name, start, end);
    }
    // (A name of several words no map knows, after a title, is a body: "secrétaire de l'Ufap Unsa Justice".)
    if (phrase?.link && !(personLike(ws) && !knownPlace(name))) return push(ws.length > 1 && !knownPlace(name) && !ws.some((w) => hyphenated(w.text)) ? 'organisation' : 'place', name, start, end);
    // "River Seine", "Saint Thys", "Port du Havre", "Amérique Latine": a word for a place, or a known place, heads it.
    if (ws.length > 1 && !personLike(ws.slice(1)) && (placeHeads.has(lows[0]!) || placeHeads.has(lows[lows.length - 1]!) || placeSet.has(lows[0]!))) {
      return push('place', name, start, end);
    }
    // People take no article ("de la Grande Borne", "du Havre"), and "Toulon-La Farlède", "Saint-Denis" are places.
    if (placeArticles.some((a) => before.endsWith(a.endsWith("'") ? a : a + ' ') || before.endsWith(a.replace("'", '’')))) return push('place', name, start, end);
    if (ws.some((w) => w.text.split('-').slice(1).some((p) => hyphenParts.has(p.toLowerCase())) || (w.text.includes('-') && hyphenParts.has(w.text.split('-')[0]!.toLowerCase())))) {
      return push('place', name, start, end);
    }
    // "maire de Grigny", "mayor of Grigny", "procureur de la République de Marseille": what a title is of is a place,
    // unless it reads as a person's name.
    const title = phrase?.link ? titlePhraseAfter(end) : titleOf(start, end);
    // "Préfet Côte-d'Or": a title before a département, a région or a country is of that place.
    if (ws.length === 1 && title && knownArea(name)) return push('place', name, start, end);
    if (ws.length === 1 && !title) {
      const sur = persons.find((p) => p.name.split(/\s+/).pop() === name);
      if (sur) return push('person', sur.name, start, end, null);
      if (afterPreposition || /(?<![\p{L}])(?:in|à|en)$/u.test(before.trim())) return push('place', name, start, end);
      return;
    }
    if (ws.length >= 2 || title) {
      if (!title && (afterPreposition || lex.placePrepositions.some((p) => before.endsWith(' ' + p + ' the '))) && !isStart(start)) return push('place', name, start, end);
      if (ws.length > 4) return;
      return push('person', name, start, end, title);
    }
  }

  // Surname-only mentions that came before the full name, and nicknames, need the whole list of people.
  for (const e of out) {
    if (e.type !== 'person' || e.name.includes(' ')) continue;
    const full = persons.find((p) => p.name.includes(' ') && p.name.split(/\s+/).pop() === e.name);
    if (full) e.name = full.name;
  }
  nicknames(text, lex, out);
  rivals(text, lex, out);
  // One name, one sense in a story: "le Dr Ayme" read as a person where "la cité du Dr Ayme" is a place is that place.
  const placeNames = out.filter((e) => e.type === 'place').map((e) => e.name);
  for (const e of out) {
    if (e.type !== 'person') continue;
    const place = placeNames.find((p) => p === e.name || (p.endsWith(` ${e.name}`) && text.slice(Math.max(0, e.start - (p.length - e.name.length)), e.start) === p.slice(0, p.length - e.name.length)));
    if (place) Object.assign(e, { type: 'place', name: place, title: null, start: e.end - place.length });
  }
  // "l’Eris (Équipe régionale d’intervention et de sécurité)": a name glossed in brackets by a body's name is that body.
  // (Organisations by where they start: the gloss opens right after the bracket.)
  const organisationAt = new Map<number, EntityMention>();
  for (const o of out) if (o.type === 'organisation' && !organisationAt.has(o.start)) organisationAt.set(o.start, o);
  for (const e of out) {
    if (e.type === 'organisation' || e.type === 'criminal_group') continue;
    const bracket = /^[\s\u00a0]*\(/u.exec(text.slice(e.end, e.end + 80));
    const o = bracket ? organisationAt.get(e.end + bracket[0].length) : undefined;
    const gloss = o && text[o.end] === ')' ? o : undefined;
    if (gloss && /\s/u.test(gloss.name) && !/\s/u.test(e.name) && !knownPlace(e.name)) Object.assign(e, { type: 'organisation', title: null });
  }
  return tidy(text, lex, out).sort((a, b) => a.start - b.start);
}

/**
 * "les clans Yoda et DZ Mafia", "the “Yoda” and “DZ Mafia” clans", "les équipes « Yoda » contre « DZ Mafia »": a
 * name set beside a criminal group by "and", "against" is a group too (its rival or its ally), whatever else it
 * was read as; known places and people's full names aside.
 */
function rivals(text: string, lex: EntityLexicon, out: EntityMention[]): void {
  const joins = (lex.rivalJoins ?? []).map((j) => j.replace(/\./g, '\\.')).join('|');
  if (!joins) return;
  const q = '[«»"“”‘’\\s\\u00a0]*';
  const art = `(?:(?:la|le|les|l['’]|the)[\\s\\u00a0]+)?`;
  const NAME = "(\\p{Lu}[\\p{L}\\p{N}'’-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{N}'’-]*){0,2})";
  const before = new RegExp(`${NAME}${q}[\\s\\u00a0]+(?:${joins})[\\s\\u00a0]+${art}${q}$`, 'u');
  const after = new RegExp(`^${q}[\\s\\u00a0]+(?:${joins})[\\s\\u00a0]+${art}${q}${NAME}`, 'u');
  for (const g of out.filter((e) => e.type === 'criminal_group')) {
    const found: Array<{ start: number; end: number }> = [];
    const b = before.exec(text.slice(Math.max(0, g.start - 60), g.start));
    if (b) {
      const start = g.start - (Math.min(60, g.start) - b.index);
      found.push({ start, end: start + b[1]!.length });
    }
    const a = after.exec(text.slice(g.end, g.end + 60));
    if (a) {
      const start = g.end + a[0].length - a[1]!.length;
      found.push({ start, end: start + a[1]!.length });
    }
    for (const f of found) {
      const name = text.slice(f.start, f.end);
      const held = out.filter((e) => e.start < f.end && f.start < e.end);
      if (held.some((e) => e.type === 'criminal_group' || e.type === 'organisation' || (e.type === 'person' && /\s/u.test(e.name)))) continue;
      if (/\s/u.test(name) || knownPlace(name) || /^\p{Lu}+$/u.test(name) && name.length <= 1) continue;
      for (const e of held) out.splice(out.indexOf(e), 1);
      out.push({ name, type: 'criminal_group', title: null, start: f.start, end: f.end });
    }
  }
}

// "LacombeProcureur": two words glued by a lost line break or space; the name is the first.
const GLUED = /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll}{2})/u;
// "XIVe", "IVe": an arrondissement's ordinal, not a place without its city.
// ("Le" is an article, not the 50th.)
const ORDINAL = /^(?:[IVX][IVXL]*|L[IVXL]+)(?:e|er|ème|è)$/u;
const SHOUTED = /^[\p{Lu}\s-]+$/u;
// "II", "XIV": a Roman numeral (a typo for "Il" too), not a name.
const ROMAN = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/u;
// Lower-case adjectives (or a point of the compass) right after a body's head word: part of its name.
const ADJECTIVES_AFTER = new RegExp(`^(?:[ \\u00a0]+(?:${ADJECTIVE}|nord|sud|est|ouest))+`, 'u');
// What follows a body's head word cut from its name: a lower-case link, adjective or point of the compass.
const TRUNCATED_NAME = /^[\s\u00a0]+(?:d['’]|(?:de|des|du|of|nord|sud|est|ouest|\p{Ll}+(?:al|ale|aux|ales|el|elle|ique|aire|if|ive|ien|ienne|ée|é|és|ées|ale|ial|iale|ional|ionale|ité))(?![\p{L}]))/u;
const LEADING_LINK = /^(?:de|du|des|d['’]|of)\s+/iu;

/**
 * Drops or mends mentions that are not names: cut off by the end of the text, two words glued together, a bare
 * ordinal, a word the language pack lists as never a name ("l'État", "NDLR", a product after "de marque"), a name
 * starting with a lower-case link ("de Rennes"); names of news outlets are organisations, never people or places.
 */
interface TidySets {
  notNames: Set<string>;
  outlets: string[];
  brands: Set<string>;
  knownOrgs: Set<string>;
  credits: Set<string>;
  heads: Set<string>;
  demonym: RegExp | null;
  adjective: RegExp | null;
  linkInName: RegExp | null;
}

const tidyCache = new WeakMap<EntityLexicon, TidySets>();

function tidySets(lex: EntityLexicon): TidySets {
  let t = tidyCache.get(lex);
  if (!t) {
    t = {
      notNames: new Set((lex.notNames ?? []).map((w) => w.toLowerCase())),
      outlets: lex.outlets ?? [],
      brands: new Set((lex.brands ?? []).map((w) => w.toLowerCase())),
      knownOrgs: new Set(lex.knownOrgs.map((w) => w.toLowerCase())),
      credits: new Set((lex.creditCues ?? []).map((w) => w.toLowerCase())),
      heads: new Set(lex.orgHeads.flatMap((w) => [w.toLowerCase(), unaccent(w.toLowerCase())])),
      demonym: lex.demonymSuffixes?.length ? new RegExp(`^\\p{Lu}\\p{Ll}+(?:${lex.demonymSuffixes.join('|')})$`, 'u') : null,
      adjective: lex.adjectiveSuffixes?.length ? new RegExp(`^(?:\\p{Lu}\\p{Ll}+[\\s\\u00a0]+)?\\p{Lu}\\p{Ll}+(?:${lex.adjectiveSuffixes.join('|')})$`, 'u') : null,
      linkInName: lex.nameBreakers?.length ? new RegExp(`[\\s\\u00a0](?:${lex.nameBreakers.join('|')})[\\s\\u00a0]`, 'giu') : null,
    };
    tidyCache.set(lex, t);
  }
  return t;
}

function tidy(text: string, lex: EntityLexicon, mentions: EntityMention[]): EntityMention[] {
  const end = text.trimEnd().length;
  const { notNames, outlets, brands, knownOrgs, credits, heads, demonym, adjective, linkInName } = tidySets(lex);
  const out: EntityMention[] = [];
  for (const m of mentions) {
    let e = { ...m };
    let surface = text.slice(e.start, e.end);
    // A text cut mid-word ("Interregional Jurisd") leaves a fragment.
    if (e.end >= end && !/[.!?»"”)]$/u.test(text.slice(0, end))) continue;
    // ("l'Ecole nationale de" and the text ends: the name was cut after its link.)
    if (/^[\s\u00a0]+(?:de|des|du|d['’]|of|of the|de la)[\s\u00a0]*$/u.test(text.slice(e.end, end + 1))) continue;
    const glued = GLUED.exec(surface);
    if (glued && glued.index > 0) {
      e = { ...e, end: e.start + glued.index, name: e.name === surface ? surface.slice(0, glued.index) : e.name };
      surface = text.slice(e.start, e.end);
    }
    // "Anvers en Belgique", "Gérald Darmanin sur X": the name, then where it is or where it was said.
    const within = / (?:en|sur|on) \p{Lu}/u.exec(surface);
    if (within && (e.type !== 'organisation' || /^ (?:en|sur|on) \p{Lu}\S*$/u.test(surface.slice(within.index)))) {
      const where = surface.slice(within.index).replace(/^ (?:en|sur|on) /u, '');
      e = { ...e, end: e.start + within.index, name: e.name === surface ? surface.slice(0, within.index) : e.name.split(/ (?:en|sur|on) /u)[0]! };
      surface = text.slice(e.start, e.end);
      // "Anvers en Belgique", "Réau en Seine-et-Marne": a single word set in a known place is a place itself.
      if (e.type === 'person' && !/\s/u.test(surface) && knownPlace(where)) e = { ...e, type: 'place', title: null };
    }
    const lead = LEADING_LINK.exec(surface);
    if (lead) {
      e = { ...e, start: e.start + lead[0].length, name: e.name.replace(LEADING_LINK, '') };
      surface = text.slice(e.start, e.end);
    }
    if (ORDINAL.test(surface) || ROMAN.test(surface) || notNames.has(surface.toLowerCase()) || notNames.has(e.name.toLowerCase())) continue;
    // "M", "B": a letter alone is an initial or a label, not a name.
    if (surface.replace(/[.\s]/g, '').length <= 1) continue;
    // "Juridiction interrégionale", "Section de recherches", "Bac nord": a body's head word whose name goes on in
    // lower case was cut from it; alone it names nothing.
    if (!/[\s\u00a0]/u.test(surface) && heads.has(surface.toLowerCase())) {
      // ("Gendarmerie nationale", "Juridiction interrégionale spécialisée": the adjectives are the name's.)
      const adjectives = ADJECTIVES_AFTER.exec(text.slice(e.end, e.end + 60));
      if (adjectives && e.type === 'organisation') {
        e = { ...e, end: e.end + adjectives[0].length, name: e.name === surface ? surface + adjectives[0].replace(/[\s\u00a0]+/g, ' ') : e.name };
        surface = text.slice(e.start, e.end);
        if (/^[\s\u00a0]+(?:de|des|du|d['’]|of|of the|de la)[\s\u00a0]*$/u.test(text.slice(e.end, end + 1))) continue;
      } else if (TRUNCATED_NAME.test(text.slice(e.end, e.end + 30))) continue;
    }
    // "des Marseillais", "les Icaunais": the people of a place, not the place.
    if (e.type === 'place' && demonym && demonym.test(surface) && /(?:^|\s)(?:des|les|aux)\s+$/iu.test(text.slice(Math.max(0, e.start - 6), e.start))) continue;
    // "South American region": an adjective of place before a noun.
    if (adjective && adjective.test(surface) && /^[\s\u00a0]+\p{Ll}/u.test(text.slice(e.end, e.end + 3))) continue;
    if (e.type === 'person') {
      // A name alone on its line is a byline or a breadcrumb, not someone the story is about.
      const ls = text.lastIndexOf('\n', e.start - 1) + 1;
      const le = text.indexOf('\n', e.end);
      if (text.slice(ls, le < 0 ? text.length : le).trim() === surface) continue;
      // "Murder of Samuel Paty", "Brother of French": a person's name holds no such link; what follows it may be one.
      const link = linkInName ? [...surface.matchAll(linkInName)].pop() : undefined;
      if (link) {
        const rest = surface.slice(link.index! + link[0].length);
        if (!/\s/u.test(rest.trim())) continue;
        e = { ...e, start: e.start + link.index! + link[0].length, name: e.name === surface ? rest : e.name };
        surface = rest;
      }
      // "Drug Trafficking", "Ans Blessé": every word is written in lower case elsewhere in the story.
      const ws = surface.split(/[\s\u00a0]+/u);
      // (As a word of the text, not inside a link: "french-minister-gerald-darmanin".)
      if (ws.every((w) => writtenLower(text, w.toLowerCase()))) continue;
    }
    if (e.type === 'person') {
      // "Reportage B. Christal": a credit's label run into the first name.
      const cue = /^([\p{L}]+)[\s\u00a0]+/u.exec(surface);
      if (cue && credits.has(cue[1]!.toLowerCase())) {
        const rest = surface.slice(cue[0].length);
        if (rest.replace(/[.\s]/g, '').length <= 1) continue;
        e = { ...e, start: e.start + cue[0].length, name: e.name === surface ? rest : e.name };
        surface = rest;
      }
      if (isCredit(text, e.start, e.end, credits)) continue;
    }
    // "FAIT-DIVERS", "FILE": a page's section label in capitals, not an acronym (short, no hyphen) nor a known body.
    // (In brackets, after the name it stands for, it is an acronym: "(JUNALCO)".)
    const bracketed = text[e.start - 1] === '(' && text[e.end] === ')';
    if (SHOUTED.test(surface) && !bracketed && !knownOrgs.has(surface.toLowerCase()) && (surface.length > 6 || surface.includes('-'))) continue;
    // "Renault Clio", "Google Street View": a make or a brand, not a person or place.
    if (brands.has(surface.split(/[\s\u00a0]+/)[0]!.toLowerCase())) continue;
    if (hasPhraseBefore(text, lex.productCues ?? [], e.start)) continue;
    const lower = e.name.toLowerCase();
    // "Voix du Nord" for "La Voix du Nord": an outlet's name with or without its article.
    if (e.type !== 'organisation' && outlets.some((o) => lower.includes(o.toLowerCase()) || (lower.length >= 10 && o.toLowerCase().endsWith(lower)))) e = { ...e, type: 'organisation', title: null };
    if (e.end > e.start) out.push(e);
  }
  return out;
}

/** Whether `text` writes `word` in lower case as a word of its own (not inside a link: "french-minister-gerald"). */
function writtenLower(text: string, word: string): boolean {
  if (!word || word !== word.toLowerCase() || !/^\p{Ll}/u.test(word)) return false;
  const edge = /[\p{L}\p{N}/_-]/u;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if ((i === 0 || !edge.test(text[i - 1]!)) && (i + word.length >= text.length || !edge.test(text[i + word.length]!))) return true;
  }
  return false;
}

/**
 * A photo credit or a byline, not a person the story is about: "(Jean Dupont/AFP)", "AFP/Jean Dupont", "© Jean Dupont",
 * "Photo: Jean Dupont", "Par Jean Dupont" opening a line or after the time of publication, "Jean Dupont avec AFP".
 */
function isCredit(text: string, start: number, end: number, credits: Set<string>): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  if (/[/©][\s\u00a0]*$/u.test(before) || /^[\s\u00a0]*\//u.test(after)) return true;
  const cue = /(?:^|[\s(\[|•–-])([\p{L}]+)[\s\u00a0]*:?[\s\u00a0]*$/u.exec(before);
  if (cue && credits.has(cue[1]!.toLowerCase())) {
    const word = cue[1]!;
    const head = before.slice(0, before.length - cue[0].length + (cue[0].length - cue[0].trimStart().length));
    // "par"/"by" introduce an agent too ("tué par Karim B."): a credit only when capitalised, opening its line,
    // or right after the date or time of publication.
    if (!AGENT_CUES.has(word.toLowerCase()) || /^\p{Lu}/u.test(word) || !head.trim() || /\d[\s\u00a0]*$/u.test(head)) return true;
  }
  // "Léa Martin avec AFP" on a line of its own.
  if (!before.trim() && /^[\s\u00a0]+(?:avec|with|and|et)[\s\u00a0]+\p{Lu}[\p{Lu}\p{N}]/u.test(after) && after.length < 40) return true;
  return false;
}

/** Credit words that also introduce the agent of a passive verb ("tué par", "killed by"). */
const AGENT_CUES = new Set(['par', 'by']);

/** One of `cues` ends right before `at` ("véhicule de marque Renault Clio", "fusil d'assaut de type AK"). */
function hasPhraseBefore(text: string, cues: string[], at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at).toLowerCase().replace(/\s+/g, ' ');
  return cues.some((c) => before.endsWith(c + ' ') || before.endsWith(c));
}

/** "known as 'the Fly'", "surnommé « La Mouche »": the nickname becomes a mention of the person. */
function nicknames(text: string, lex: EntityLexicon, out: EntityMention[]): void {
  const people = out.filter((e) => e.type === 'person');
  if (!people.length) return;
  const freq = new Map<string, number>();
  for (const p of people) freq.set(p.name, (freq.get(p.name) ?? 0) + 1);
  const main = [...freq].sort((a, b) => b[1] - a[1])[0]![0];
  const adjacent = new Set((lex.adjacentNicknameCues ?? []).map((c) => c.toLowerCase()));
  for (const cue of findPhrases(text, lex.nicknameCues)) {
    const rest = text.slice(cue.end, cue.end + 80);
    const q = QUOTED.exec(rest) ?? BARE.exec(rest);
    if (!q) continue;
    const near = [...people].reverse().find((e) => e.end <= cue.start && cue.start - e.end <= 60);
    // "on aurait dit", "il a dit": a cue that is also a common verb names a nickname only right after the name.
    if (adjacent.has(text.slice(cue.start, cue.end).toLowerCase()) && !(near && /^[\s\u00a0]*,?[\s\u00a0]*$/u.test(text.slice(near.end, cue.start)))) continue;
    const nickStart = cue.end + rest.indexOf(q[1]!);
    const spans = [{ start: nickStart, end: nickStart + q[1]!.length }];
    const tail = text.slice(cue.end + q[0].length, cue.end + q[0].length + 40);
    const p = PAREN.exec(tail);
    if (p) {
      const s = cue.end + q[0].length + tail.indexOf(p[1]!);
      spans.push({ start: s, end: s + p[1]!.length });
    }
    const owner = near?.name ?? main;
    for (const sp of spans) {
      for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < sp.end && sp.start < out[i]!.end) out.splice(i, 1);
      out.push({ name: owner, type: 'person', title: null, start: sp.start, end: sp.end });
    }
  }
}

