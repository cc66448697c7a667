// The French language pack (see ../pack.ts).
import type { LanguagePack } from '../pack.js';
import { FR_CLAIMS } from './claim-lexicon.js';
import { FR_ENTITY_LEXICON } from './entity-lexicon.js';
import { FR_INCIDENT_LEXICON } from './incident-lexicon.js';
import { frKit } from './kit.js';
import { FR_MEASURE } from './measure-lexicon.js';

export const FR_PACK: LanguagePack = {
  lang: 'fr',
  kit: frKit,
  incidents: FR_INCIDENT_LEXICON,
  claims: FR_CLAIMS,
  measure: FR_MEASURE,
  entities: FR_ENTITY_LEXICON,
};
