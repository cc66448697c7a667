// French words that bound the noun phrase a figure counts ("points de deal", "assassinats liés au narcotrafic").

import type { MeasureLexicon } from '../../claims/measure-lexicon.js';
import { FR_MONTHS, FR_WEEKDAYS } from './lexicon.js';

export const FR_MEASURE: MeasureLexicon = {
  linkers: ['de', 'des', 'du', "d'"],
  auxiliaries: ['ont', 'sont', 'a', 'est', 'été', 'étaient', 'avaient', 'avait', 'était', 'ont été', 'se'],
  relatives: ['qui', 'que', 'dont'],
  complements: ['au', 'aux', 'à', 'pour', 'avec', 'par'],
  determiners: ['le', 'la', 'les', "l'", 'un', 'une', 'ces', 'ce', 'cette', 'leurs', 'leur', 'ses', 'son', 'sa'],
  stops: [
    'et', 'ou', 'mais', 'alors', 'contre', 'que', 'en', 'dans', 'sur', 'pour', 'par', 'depuis', 'pendant', 'entre',
    'selon', 'avec', 'sans', 'chez', 'vers', 'après', 'avant', 'dont', 'soit', 'plus', 'moins', 'environ', 'près',
    'au', 'aux', 'à', 'le', 'la', 'les', "l'", 'un', 'une', 'ce', 'cette', 'ces', 'il', 'ils', 'elle', 'elles', 'on',
    'an', 'ans', 'année', 'années', 'mois', 'ne', 'pas', 'aussi', 'déjà', 'encore', 'seulement', 'désormais', 'uniquement', 'notamment', 'respectivement',
    'quand', 'lorsque', 'si', 'car', 'puisque', 'où', 'ayant', 'étant',
    // When it happened, not what was counted: "492 kilos de cocaïne fin avril", "… mardi soir".
    'fin', 'début', 'mi', 'courant', 'hier', ...Object.keys(FR_MONTHS), ...Object.keys(FR_WEEKDAYS),
  ],
  participles: ['morts', 'mort', 'mortes', 'pris', 'mis', 'détenus'],
  participleEnding: /^[\p{L}-]{2,}(?:é|ée|és|ées|is|ies|ise|ises)$/u,
  genericHeads: ['personnes', 'individus', 'adultes', 'habitants', 'hommes', 'femmes', 'jeunes', 'français', 'françaises'],
  placePrepositions: ['en', 'dans', 'à', 'au', 'aux'],
};
