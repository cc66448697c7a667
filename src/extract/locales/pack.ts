// A language pack: everything the extract stage knows of one language, behind one interface. Adding a language is
// adding a folder beside en/ and fr/ with these parts, and one line in index.ts.
import type { ClaimLexicon } from '../claims/lexicon.js';
import type { MeasureLexicon } from '../claims/measure-lexicon.js';
import type { LocaleKit } from '../common/types.js';
import type { EntityLexicon } from '../entities/lexicon-types.js';
import type { IncidentLexicon } from '../incidents/lexicon-types.js';

export interface LanguagePack {
  lang: string;
  /** Sentences, numbers, ages and dates. */
  kit: LocaleKit;
  incidents: IncidentLexicon;
  claims: ClaimLexicon;
  measure: MeasureLexicon;
  entities: EntityLexicon;
}
