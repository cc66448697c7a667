// Picks the language kit (sentences, numbers, ages, dates) for a story's language code.

import type { LocaleKit } from '../common/types.js';
import { enKit } from './en/kit.js';
import { frKit } from './fr/kit.js';

export type { LocaleKit } from '../common/types.js';

/** 'fr' (or 'fr-FR' …) → French kit; anything else, including 'und', → English kit. */
export function localeKit(lang: string): LocaleKit {
  return /^fr\b/i.test(lang) ? frKit : enKit;
}
