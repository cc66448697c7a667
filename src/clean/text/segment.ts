// Finds the article in labelled lines (header, body, tail) and cuts the tail into the other stories glued after it.

import type { StoryDraft } from '../../core/types.js';
import { fold } from './fold.js';
import type { Line } from './lines.js';
import type { SectionMode } from './lexicon.js';

/** Header lines looked at, walking back from the first paragraph, for the title, dek, dateline and byline. */
const HEADER_LOOKBACK = 6;
/** Interface lines (share bars, bylines) skipped in a row while walking back over the header; a longer run is a menu. */
const HEADER_MAX_UI_RUN = 6;
/** Headlines an inline "Lire aussi" box holds before the article resumes. */
const INLINE_BOX_MAX_TEASERS = 3;
/** Words a first line needs to be taken for a headline when printed again further down the page. */
const HEADLINE_MIN_WORDS = 6;
/** Lines shorter than this are dropped when repeated on a page (notices, buttons); longer ones keep their first copy. */
const REPEAT_DROP_CHARS = 200;
/** A teaser block after the article starts at a short headline (≤ this many words) that follows a longer line. */
const TEASER_TITLE_MAX_WORDS = 12;
/** Paragraphs a block after a "Related" header needs, opening on a paragraph, to count as the article resuming. */
const REJOIN_RELATED_MIN_PARAGRAPHS = 2;

type Origin = 'main' | 'related' | 'byline' | 'chrome';

interface Block {
  origin: Origin;
  lines: Line[];
  /** Opened by a short headline in the same run of lines as the block before it (no notice or header between). */
  subhead?: boolean;
}

/**
 * A block cut off by a page notice rejoins the main story when it resumes mid-text (opens on a paragraph, not a
 * headline): glued stories and teasers start with their own headline. Vocabulary overlap was tried and rejected:
 * on the seeds, two halves of one article share 13–18% of their content words, unrelated stories 12–16%.
 */
function rejoinsMain(b: Block): boolean {
  const first = b.lines[0]!;
  if (first.titleLike || !first.substantive) return false;
  if (b.origin === 'chrome') return true;
  // After a "Related" box a one-paragraph summary is a teaser; several paragraphs are the article resuming.
  return b.origin === 'related' && b.lines.filter((l) => l.substantive).length >= REJOIN_RELATED_MIN_PARAGRAPHS;
}

/** A subheading over paragraphs of the article (one short headline, then only paragraphs), or a cut-off paragraph. */
function subheadSection(b: Block): boolean {
  const [head, ...rest] = b.lines;
  return head !== undefined && head.titleLike && !head.terminal && (rest.length > 0 || head.substantive) && rest.every((l) => !l.titleLike || l.substantive);
}

const isDropped = (l: Line): boolean => l.kind !== 'text' && l.kind !== 'caption' && l.kind !== 'date';

/** Marks later copies of repeated lines, and every copy of short repeated lines that are not a doubled headline. */
function markRepeats(lines: Line[], fromHtml: boolean): void {
  const firstAt = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === 'blank' || l.folded === '') continue;
    const first = firstAt.get(l.folded);
    if (first === undefined) {
      firstAt.set(l.folded, i);
      continue;
    }
    const f = lines[first]!;
    const short = l.text.length < REPEAT_DROP_CHARS;
    let between = 0;
    for (let j = first + 1; j < i && between <= 1; j++) if (lines[j]!.kind !== 'blank') between++;
    // A headline printed twice in a row (page title + article title): the copy vanishes, the first stays.
    // (In an extracted article only a copy right after the first: rows of a table alternate with other rows.)
    if (f.kind === 'text' && f.titleLike && between <= (fromHtml ? 0 : 1)) {
      l.kind = 'blank';
      continue;
    }
    // The page's first line, a headline of several words, printed again over the article's picture further down:
    // the same doubled headline, not a widget printed at top and bottom (those are a few words: an outlet's name).
    if (!fromHtml && f.kind === 'text' && f.titleLike && f.words >= HEADLINE_MIN_WORDS && lines.slice(0, first).every((x) => x.kind === 'blank' || x.folded === '')) {
      l.kind = 'blank';
      continue;
    }
    // Inside an article's container (HTML extractor output) repeated lines are content: table rows, recipe cards.
    if (fromHtml) continue;
    // Later copies keep a notice's role (a repeated ad-blocker box still ends the article); repeated text
    // goes, and a short repeated non-sentence is page furniture (a widget printed at top and bottom).
    if (l.kind === 'text' || l.kind === 'caption') l.kind = short && !l.terminal ? 'chrome' : 'ui';
    if (f.kind === 'text' && short && !f.terminal) f.kind = 'ui';
  }
}

/** Marks the outlet lines around a relative-time byline ("NBC News / 4 hours ago / - NBC News") as byline too. */
function markBylines(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.kind !== 'reltime') continue;
    const prev = neighbour(lines, i, -1);
    const outlet = prev !== -1 && isOutletLike(lines[prev]!) ? lines[prev]! : null;
    if (outlet) outlet.kind = 'reltime';
    const next = neighbour(lines, i, 1);
    if (next === -1) continue;
    const n = lines[next]!;
    // Only a repeated outlet or a dash-led source line after the time: a short headline must stay.
    const bare = n.folded.replace(/^[-–—•·|]\s*/, '');
    if (n.words <= 5 && (/^[-–—•·|]/.test(n.text) || (outlet !== null && bare === outlet.folded))) n.kind = 'reltime';
  }
}

function neighbour(lines: Line[], i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.kind !== 'blank') return j;
  return -1;
}

const isOutletLike = (l: Line): boolean => l.words <= 5 && l.text.length <= 40 && !l.terminal && l.kind !== 'section';

/** The first real paragraph: a long sentence-bearing line that is long in itself or followed by more text. */
function findBodyStart(lines: Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== 'text' && l.kind !== 'caption') continue;
    if (!l.substantive || !(l.terminal || /[.!?]\s/.test(l.text))) continue;
    if (l.text.length >= 120) return i;
    const n = nextKept(lines, i);
    if (n !== -1 && (lines[n]!.substantive || lines[n]!.terminal)) return i;
  }
  // Degrade: no paragraph-like line at all (a brief, a headline-only page): start at the first kept line.
  for (let i = 0; i < lines.length; i++) if (!isDropped(lines[i]!) && lines[i]!.kind !== 'blank') return i;
  return -1;
}

function nextKept(lines: Line[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.kind === 'blank' || l.kind === 'interruption') continue;
    return isDropped(l) ? -1 : j;
  }
  return -1;
}

/** Index of the line matching the known title (equal, or one containing the other), or -1. */
function findTitleLine(lines: Line[], title: string, before: number): number {
  const t = fold(title);
  if (t.length < 8) return -1;
  for (let i = 0; i < Math.min(before + 1, lines.length); i++) {
    const f = lines[i]!.folded;
    if (f.length >= 8 && (f === t || f.includes(t) || (t.includes(f) && f.length >= t.length / 2))) return i;
  }
  return -1;
}

/**
 * Walks back from the first paragraph over the headline block (title, dek, dateline, caption) and returns
 * where the story starts and which line is the title. Nav crumbs and notices above it stop the walk.
 */
function findHeader(lines: Line[], bodyStart: number, knownTitle: string | null): { start: number; title: number } {
  if (knownTitle) {
    const t = findTitleLine(lines, knownTitle, bodyStart);
    if (t !== -1) return { start: t, title: t };
  }
  const accepted: number[] = [];
  let uiRun = 0;
  for (let j = bodyStart - 1; j >= 0 && accepted.length < HEADER_LOOKBACK; j--) {
    const l = lines[j]!;
    if (l.kind === 'blank' || l.kind === 'interruption') continue;
    // A share bar or a byline between the headline and the text does not end the header; a menu does.
    if (l.kind === 'ui' && ++uiRun <= HEADER_MAX_UI_RUN) continue;
    if (isDropped(l)) break;
    uiRun = 0;
    accepted.push(j);
  }
  accepted.reverse();
  const title = accepted.find((j) => lines[j]!.titleLike && lines[j]!.kind === 'text');
  if (title !== undefined) return { start: title, title };
  return { start: accepted[0] ?? bodyStart, title: -1 };
}

/**
 * An inline teaser box inside the article ("Lire aussi :" then one to three headlines, then the article resumes):
 * marks the headlines as interruptions and returns true when a paragraph follows them. Otherwise (the header
 * opens a list at the end of the page) returns false and changes nothing.
 */
function skipInlineBox(lines: Line[], at: number): boolean {
  const teasers: Line[] = [];
  for (let j = at + 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.kind === 'blank' || l.kind === 'ui' || l.kind === 'interruption') continue;
    if (l.kind === 'text' && l.titleLike && !l.terminal && teasers.length < INLINE_BOX_MAX_TEASERS) {
      teasers.push(l);
      continue;
    }
    const resumes = teasers.length > 0 && l.kind === 'text' && l.substantive && !l.titleLike;
    if (resumes) for (const t of teasers) t.kind = 'interruption';
    return resumes;
  }
  return false;
}

/** Splits labelled lines into blocks: the main story first, then the teasers and items glued after it. */
function cut(lines: Line[], bodyStart: number, headerStart: number): Block[] {
  const main: Block = { origin: 'main', lines: [] };
  const blocks: Block[] = [main];
  for (let i = headerStart; i < bodyStart; i++) if (!isDropped(lines[i]!) && lines[i]!.kind !== 'blank') main.lines.push(lines[i]!);

  let mode: SectionMode | 'body' | 'chrome' = 'body';
  let cur: Block | null = main;
  let pendingOrigin: Origin | null = null;
  for (let i = bodyStart; i < lines.length; i++) {
    const l = lines[i]!;
    switch (l.kind) {
      case 'blank':
      case 'ui':
      case 'interruption':
        continue;
      case 'section':
        if (mode === 'body' && l.inlineBox && skipInlineBox(lines, i)) continue;
        mode = l.section!;
        cur = null;
        pendingOrigin = 'related';
        continue;
      case 'chrome':
        // Notices inside the header or before any paragraph do not end the article.
        if (mode === 'body' && main.lines.some((m) => m.substantive)) {
          mode = 'chrome';
          cur = null;
          pendingOrigin = 'chrome';
        }
        continue;
      case 'reltime':
        // "Outlet / 4 hours ago": another item starts here, whatever came before.
        if (mode !== 'comments') {
          mode = 'related';
          cur = null;
          pendingOrigin = 'byline';
        }
        continue;
      default:
        break;
    }
    if (mode === 'comments') continue;
    if (mode === 'tags') {
      // Tag lists are short; a paragraph after them is page content of its own.
      if (!l.substantive) continue;
      mode = 'chrome';
      pendingOrigin = 'chrome';
    }
    if (mode === 'body') {
      main.lines.push(l);
      continue;
    }
    // Tail: captions of teaser pictures and datelines are not stories.
    if (l.kind === 'caption' || l.kind === 'date') continue;
    const last: Line | undefined = cur?.lines[cur.lines.length - 1];
    const startsTeaser: boolean =
      last !== undefined && l.titleLike && l.words <= TEASER_TITLE_MAX_WORDS && (last.substantive || last.terminal);
    // A list of two or more bare links followed by a real paragraph: the links were a box, the paragraph
    // starts something else (often the article resuming after a mid-page "Related articles" box).
    const afterLinkList: boolean =
      cur !== null && cur.lines.length >= 2 && l.terminal && !l.titleLike && l.substantive && !cur.lines.some((x) => x.substantive);
    if (afterLinkList) {
      blocks.pop();
      pendingOrigin = cur!.origin;
    }
    if (cur === null || startsTeaser || afterLinkList) {
      const subhead: boolean = cur !== null && startsTeaser && !afterLinkList;
      cur = { origin: pendingOrigin ?? 'chrome', lines: [], subhead };
      blocks.push(cur);
      pendingOrigin = null;
    }
    cur.lines.push(l);
  }
  return blocks;
}

/** Drops blocks without a paragraph (stray headlines, link lists); folds interrupted text back into the main story. */
function settle(blocks: Block[]): Block[] {
  const main = blocks[0]!;
  const out: Block[] = [main];
  // (After a notice cut the article, a block that resumed it is the article again, and so are the sections its
  // subheadings open next, in the same run: "Des hommes cagoulés à scooter" over two paragraphs of the same report.)
  let resumed = false;
  for (const b of blocks.slice(1)) {
    if (!b.lines.some((l) => l.substantive)) continue;
    if (rejoinsMain(b) || (resumed && b.subhead && b.origin === 'chrome' && subheadSection(b))) {
      main.lines.push(...b.lines);
      resumed = true;
    } else {
      out.push(b);
      resumed = false;
    }
  }
  return out;
}

/** Segments labelled lines into stories; the first is the main article. */
export function segmentLines(lines: Line[], knownTitle: string | null, fromHtml = false): StoryDraft[] {
  markRepeats(lines, fromHtml);
  markBylines(lines);
  const bodyStart = findBodyStart(lines);
  if (bodyStart === -1) return [];
  const header = findHeader(lines, bodyStart, knownTitle);
  const blocks = settle(cut(lines, bodyStart, header.start));
  const stories: StoryDraft[] = [];
  for (const [k, b] of blocks.entries()) {
    if (b.lines.length === 0) continue;
    const first = b.lines[0]!;
    const title =
      k === 0
        ? (knownTitle ?? (header.title !== -1 ? lines[header.title]!.text : null))
        : first.titleLike && b.lines.length > 1
          ? first.text
          : null;
    stories.push({ title, text: b.lines.map((l) => l.text).join('\n') });
  }
  return stories;
}
