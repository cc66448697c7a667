// The English language pack (see ../pack.ts).
import type { LanguagePack } from '../pack.js';
import { EN_CLAIMS } from './claim-lexicon.js';
import { EN_ENTITY_LEXICON } from './entity-lexicon.js';
import { EN_INCIDENT_LEXICON } from './incident-lexicon.js';
import { enKit } from './kit.js';
import { EN_MEASURE } from './measure-lexicon.js';

export const EN_PACK: LanguagePack = {
  lang: 'en',
  kit: enKit,
  incidents: EN_INCIDENT_LEXICON,
  claims: EN_CLAIMS,
  measure: EN_MEASURE,
  entities: EN_ENTITY_LEXICON,
};
