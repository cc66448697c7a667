// Finds statistical claims (counts, rates, money, quantities stated as figures) in a story.

import type { ExtractedClaim } from '../../core/types.js';
import type { LocaleKit, Sentence } from '../common/types.js';

export interface ClaimContext {
  published: string | null;
  sentences?: Sentence[];
}

export function extractClaims(_text: string, _kit: LocaleKit, _ctx: ClaimContext): ExtractedClaim[] {
  return [];
}
