// Picks the language pack (kit and lexicons) for a story's language code.

import type { LocaleKit } from '../common/types.js';
import { EN_PACK } from './en/pack.js';
import { FR_PACK } from './fr/pack.js';
import type { LanguagePack } from './pack.js';

export type { LocaleKit } from '../common/types.js';
export type { LanguagePack } from './pack.js';

/** Packs by primary language subtag; a story in any other language is read with the English pack. */
const PACKS: Record<string, LanguagePack> = { en: EN_PACK, fr: FR_PACK };

/** Every pack, for stages that read records of any language together (reconciliation). */
export function allLanguagePacks(): LanguagePack[] {
  return Object.values(PACKS);
}

/** 'fr' (or 'fr-FR' …) → French pack; anything else, including 'und', → English pack. */
export function languagePack(lang: string): LanguagePack {
  return PACKS[(lang ?? '').toLowerCase().split(/[-_]/)[0]!] ?? EN_PACK;
}

export function localeKit(lang: string): LocaleKit {
  return languagePack(lang).kit;
}
