// Incident extraction entry point: trigger extractors per clause, then refiners that merge and date the events.

import type { EntityMention, ExtractedEvent } from '../../core/types.js';
import type { LocaleKit, Sentence } from '../common/types.js';
import { languagePack } from '../locales/index.js';
import type { IncidentLexicon } from './lexicon-types.js';
import { applyStoryContext } from './context.js';
import { refineCandidates, toEvent } from './refine.js';
import { scanCandidates } from './scan.js';
import type { StoryScan } from './types.js';

export interface IncidentContext {
  published: string | null;
  sentences?: Sentence[];
  /** Entity mentions of the same text, when already extracted: they name actors and keep names out of places. */
  entities?: EntityMention[];
}

export function incidentLexicon(lang: string): IncidentLexicon {
  return languagePack(lang).incidents;
}

/** Incidents told in `text`: one event per specific act, with the sentence(s) it came from as evidence. */
export function extractEvents(text: string, kit: LocaleKit, ctx: IncidentContext): ExtractedEvent[] {
  if (!text.trim()) return [];
  const scan: StoryScan = {
    text,
    kit,
    lex: incidentLexicon(kit.lang),
    published: ctx.published,
    sentences: ctx.sentences ?? kit.sentences(text),
    entities: ctx.entities ?? [],
    dateCache: new Map(),
  };
  const events = refineCandidates(scan, scanCandidates(scan));
  const { placeContext } = applyStoryContext(scan, events);
  return events.map((c) => {
    const e = toEvent(scan, c);
    const ctx = placeContext.get(c);
    return ctx ? { ...e, place_context: ctx } : e;
  });
}
