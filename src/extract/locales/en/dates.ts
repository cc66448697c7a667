// English date cues for the shared date finder: chrono's English parser plus patterns it misses.

import * as chrono from 'chrono-node';
import type { DateCues } from '../../common/dates.js';
import { EN_MONTHS, EN_WEEKDAYS } from './lexicon.js';

const MONTHS = Object.keys(EN_MONTHS).join('|');
const WEEKDAYS = Object.keys(EN_WEEKDAYS).join('|');
const COUNT_WORDS: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
// Number words past ten that chrono reads in "for twenty years" and the like.
const DURATION_COUNT_WORDS = ['a', 'an', 'a few', 'a couple of', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'few', 'several'];
const DURATION_UNITS = ['years?', 'months?', 'weeks?', 'days?', 'hours?', 'minutes?', 'seconds?'];
const COUNT = `(?<n>\\d{1,2}|${Object.keys(COUNT_WORDS).join('|')})`;

export const EN_DATE_CUES: DateCues = {
  chrono: chrono.en.casual,
  months: EN_MONTHS,
  weekdays: EN_WEEKDAYS,
  precheck: new RegExp(
    `\\b(?:${MONTHS}|${WEEKDAYS}|today|yesterday|tonight|ago|week|weekend|month|morning|evening|afternoon)\\b|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}`,
    'i',
  ),
  relativeWords: /\b(?:today|yesterday|tonight|tomorrow|ago|last|this|next|past|earlier|later)\b/i,
  // ("a week ago", "a week earlier" count seven days: they are no calendar week.)
  week: /\b(?:last|this|past|previous)\s+week\b/i,
  lastWeekend: /\b(?:last|over\s+the|at\s+the|this\s+past)\s+week-?end\b/gi,
  thisYear: /\b(?:this|the\s+current)\s+year\b/gi,
  lastYear: /\blast\s+year\b/gi,
  // "four years after the killing of …": the killing is four years before the report.
  yearsAfter: new RegExp(`\\b${COUNT}\\s+years\\s+(?:to\\s+the\\s+day\\s+)?(?:after|since)\\s+(?:the\\s+)?(?:death|killing|murder|shooting|assassination|attack|kidnapping)\\b`, 'gi'),
  thisMonth: /\b(?:at\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+month|early\s+this\s+month)\b/gi,
  bareMonth: new RegExp(`\\b(?:in|since|by|until|from|early|late|mid-?|end\\s+of|beginning\\s+of|start\\s+of)\\s*(${MONTHS})\\b(?!\\s+\\d)`, 'gi'),
  nightOf: [
    new RegExp(`\\b(?:the\\s+night\\s+(?:of|from)|overnight(?:\\s+from)?)\\s+(?<wd1>${WEEKDAYS})\\s+(?:to|into|and)\\s+(?<wd2>${WEEKDAYS})\\b`, 'gi'),
    new RegExp(`\\bnight\\s+of\\s+(?:(?:${WEEKDAYS}),?\\s+)?(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s*(?:to|-|–|and|into)\\s*(?:(?:${WEEKDAYS}),?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?<month>${MONTHS})(?:\\s+(?<year>\\d{4}))?`, 'gi'),
    // "the night of Monday June 5 to Tuesday June 6", "the night of June 5 to 6, 2023" (American order).
    new RegExp(`\\bnight\\s+of\\s+(?:(?:${WEEKDAYS}),?\\s+)?(?<month>${MONTHS})\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s*(?:to|-|–|and|into)\\s*(?:(?:${WEEKDAYS}),?\\s+)?(?:(?:${MONTHS})\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+(?<year>\\d{4}))?`, 'gi'),
    // "on the night of April 3", "the night of 3 April 2023": one night, told by the evening it starts (chrono reads
    // "night of April 3" with no day at all).
    new RegExp(`\\bnight\\s+of\\s+(?:(?:${WEEKDAYS}),?\\s+)?(?<month>${MONTHS})\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>\\d{4}))?`, 'gi'),
    new RegExp(`\\bnight\\s+of\\s+(?:(?:${WEEKDAYS}),?\\s+)?(?:the\\s+)?(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>${MONTHS})\\b(?:\\s+(?<year>\\d{4}))?`, 'gi'),
  ],
  // ("overnight on Saturday", "last night's attack on Sunday": the day named dates it.)
  lastNight: new RegExp(`\\b(?:overnight|last\\s+night)\\b(?!\\s+(?:on|from|into|to|between|of)\\b)(?!\\s+(?:${WEEKDAYS}|${MONTHS})\\b)`, 'gi'),
  anaphoricWeekday: { before: /\bthat\s+$/i },
  anchored: [
    { re: /\b(?:the\s+following\s+day|the\s+next\s+day|the\s+day\s+after)\b/gi, shift: 1 },
    { re: /\b(?:the\s+day\s+before|the\s+previous\s+day|the\s+eve)\b/gi, shift: -1 },
    { re: new RegExp(`\\b${COUNT}\\s+days?\\s+(?:earlier|before|previously)\\b`, 'gi'), shift: 'count_before' },
    { re: new RegExp(`\\b${COUNT}\\s+days?\\s+(?:later|after)\\b`, 'gi'), shift: 'count_after' },
  ],
  // Feasts that date an act (FR: the same).
  namedDays: [
    { re: /(?<![\p{L}])(?:on\s+)?Christmas\s+(?:Day|night)(?![\p{L}])|(?<![\p{L}])on\s+Christmas(?![\p{L}\s]*Eve)(?![\p{L}])/giu, month: 12, day: 25 },
    { re: /(?<![\p{L}])Christmas\s+Eve(?![\p{L}])/giu, month: 12, day: 24 },
    { re: /(?<![\p{L}])New\s+Year['’]s\s+Eve(?![\p{L}])/giu, month: 12, day: 31 },
    { re: /(?<![\p{L}])New\s+Year['’]s\s+Day(?![\p{L}])/giu, month: 1, day: 1 },
    { re: /(?<![\p{L}])Bastille\s+Day(?![\p{L}])/giu, month: 7, day: 14 },
  ],
  countWords: COUNT_WORDS,
  // chrono reads "now", the modal "may" and the verb "march" as dates.
  reject: /^(?:[Nn]ow|may|march|sun|sat|wed|second|Just\s+now)$/,
  next: /\bnext\b/i,
  // "is due to be sentenced on", "will deliver its verdict on", "adjourned until", "scheduled for".
  announced: /\b(?:will|is\s+due|are\s+due|is\s+expected|are\s+expected|is\s+scheduled|are\s+scheduled|(?<!had\s+been\s+)(?:scheduled|adjourned|postponed|deferred|due))(?:\s+[\p{L}'’-]+){0,5}?\s+(?:on|until|for|to)\s*$/iu,
  last: /\blast\b/i,
  // "jailed for 12 years", "in five years", "a man of 23 years": lengths, not dates ("two years ago" stays).
  duration: new RegExp(
    `^(?:(?:for|in|of|within|over|during)\\s+)?(?:\\d+|${Object.keys(COUNT_WORDS).join('|')}|${DURATION_COUNT_WORDS.join('|')})\\s+(?:${DURATION_UNITS.join('|')})$`,
    'i',
  ),
};
