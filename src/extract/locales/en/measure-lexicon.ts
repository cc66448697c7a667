// English words that bound the noun phrase a figure counts ("341 individuals injured").

import type { MeasureLexicon } from '../../claims/measure-lexicon.js';
import { EN_MONTHS, EN_WEEKDAYS } from './lexicon.js';

export const EN_MEASURE: MeasureLexicon = {
  linkers: ['of'],
  auxiliaries: ['were', 'was', 'have', 'has', 'had', 'been', 'being', 'are', 'is', 'be', 'got', 'get'],
  relatives: ['who', 'that', 'which'],
  complements: ['to', 'for', 'with', 'by'],
  determiners: ['the', 'a', 'an', 'these', 'those', 'this', 'that', 'their', 'its', 'his', 'her'],
  stops: [
    'and', 'or', 'but', 'while', 'whereas', 'than', 'in', 'on', 'at', 'for', 'by', 'since', 'during', 'between', 'from',
    'with', 'across', 'over', 'under', 'last', 'this', 'next', 'per', 'each', 'every', 'according', 'compared', 'up',
    'down', 'as', 'so', 'to', 'into', 'after', 'before', 'including', 'such', 'against', 'about', 'around', 'nearly',
    'almost', 'more', 'less', 'fewer', 'year', 'years', 'month', 'months', 'the', 'a', 'an', 'it', 'they', 'we', 'he',
    'she', 'there', 'not', 'also', 'only', 'now', 'then', 'still', 'already', 'when', 'where', 'if', 'because',
    'although', 'though', 'once', 'whose', 'whom', 'only', 'alone', 'respectively', 'roughly', 'approximately',
    // When it happened, not what was counted: "492 kilos of cocaine late April", "… on Tuesday".
    'late', 'early', 'mid', 'yesterday', ...Object.keys(EN_MONTHS).filter((m) => m !== 'may'), ...Object.keys(EN_WEEKDAYS),
  ],
  participles: ['shot', 'hurt', 'held', 'caught', 'slain', 'struck', 'taken', 'sold', 'found', 'seen', 'made', 'kept', 'dead'],
  participleEnding: /^[\p{L}-]{3,}(?:ed|en)$/u,
  genericHeads: ['people', 'persons', 'individuals', 'adults', 'residents', 'men', 'women', 'youths', 'teenagers'],
  placePrepositions: ['in', 'across', 'throughout'],
};
