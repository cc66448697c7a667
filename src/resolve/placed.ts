// Whether the text tells a name as a place: "à Goult", "near Incarville", "au péage d'Incarville". The geocoder then
// takes a small commune that is the only one of its name (GeocodeContext.placed).

import type { PlaceMention } from '../core/types.js';
import { allLanguagePacks } from '../extract/locales/index.js';
import { escapeRegExp } from '../clean/text/fold.js';
import { fold } from './geo/index.js';
import { actNounBefore } from '../extract/incidents/fields.js';

/** A place lead of a language pack right before the mention: "à Goult", "in Incarville", "près d'Incarville". */
const PLACE_LEAD = new RegExp(
  `(?:^|[\\s(])(?:${[...new Set(allLanguagePacks().flatMap((p) => p.incidents.placeLeads ?? []))].map((w) => escapeRegExp(w).replace(/\s+/gu, '\\s+').replace(/['’]/gu, "['’]")).join('|')})\\s*$`,
  'iu',
);

/** Heads that name a place by the town after them: "au péage d'", "la prison de", "the town of". */
const PLACE_OF_HEADS = [...new Set(allLanguagePacks().flatMap((p) => p.incidents.placeOfHeads.flatMap((h) => (/(?:\s(?:de|du|des)|['’])$/u.test(h) ? [h] : [`${h} of`, `${h} of the`]))))];

/** Words that open a street's or a district's name ("Chemin bas d'Avignon", "Cité des Lauriers"): such a name is no town. */
const SITE_WORDS = new Set(allLanguagePacks().flatMap((p) => [...(p.incidents.streetHeads ?? []), ...(p.incidents.localityHeads ?? [])].map((w) => fold(w))));

/** Nouns a town's name can qualify, in any language read ("the Incarville toll booth", "the Villepinte prison"). */
const MODIFIED_HEADS = [...new Set(allLanguagePacks().flatMap((p) => p.incidents.placeModifiedHeads))].sort((a, b) => b.length - a.length);

export function placedBy(text: string, m: Pick<PlaceMention, 'text' | 'start'>): boolean {
  if (SITE_WORDS.has(fold(m.text.split(/[\s-]/u)[0] ?? ''))) return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (PLACE_LEAD.test(before.slice(-20))) return true;
  // ("at the Incarville toll booth", "near the Villepinte prison": the town names the site the act happened at.)
  const after = text.slice(m.start + m.text.length, m.start + m.text.length + 24).toLowerCase();
  if (/(?:^|\s)the\s+$/iu.test(before) && MODIFIED_HEADS.some((h) => after.startsWith(' ' + h))) return true;
  // ("l'évasion sanglante d'Incarville", "la fusillade de Pissevin": an act's noun names where it happened.)
  if (allLanguagePacks().some((p) => actNounBefore(p.incidents, before))) return true;
  const lower = before.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  return PLACE_OF_HEADS.some((h) => lower.endsWith(h.replace(/’/g, "'") + (h.endsWith("'") ? '' : ' ')) && /(?:^|[\s(])$/u.test(lower.slice(0, lower.length - h.length - (h.endsWith("'") ? 0 : 1))));
}

