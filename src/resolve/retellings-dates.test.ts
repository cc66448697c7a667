// A day borrowed from the story's lead is no day of an event's own (issue #8, dates).
import { describe, expect, it } from 'vitest';
import type { ExtractedEvent, ResolvedPlace } from '../core/types.js';
import { foldRetellings } from './retellings.js';

const NIMES: ResolvedPlace = { name: 'Nîmes', commune_insee: '30189', departement: '30', region: '76', country: 'FR', lat: null, lon: null, precision: 'commune', population: null };

let at = 0;
function ev(date: string | null, killed: number | null, flags: string[] = []): ExtractedEvent {
  at += 100;
  return {
    type: 'shooting_homicide', date, date_precision: date === null ? 'unknown' : 'day', date_flags: flags,
    place_mention: null, place: NIMES, killed, injured: null, victims: [],
    weapons: [], drugs: [], actors: [], evidence: [{ start: at, end: at + 50, text: 'x'.repeat(50) }],
  };
}

describe('foldRetellings and lead dates', () => {
  it("folds a later telling in the same town whose day is only the lead's into the dated incident", () => {
    const first = ev('2024-04-06', 1);
    expect(foldRetellings([first, ev('2024-04-06', null, ['year_inferred', 'from_story_lead'])])).toHaveLength(1);
    // A day of its own, even the same one, is not borrowed: two acts of one day in one town stay two.
    expect(foldRetellings([first, ev('2024-04-06', 1)])).toHaveLength(2);
  });
});
