import { describe, it, expect } from 'vitest';
import { localeKit } from './index.js';

const en = localeKit('en');
const fr = localeKit('fr');
const val = (kit: typeof en, s: string) => kit.numbers(s).map((n) => [n.value, n.unit, n.kind]);

describe('localeKit', () => {
  it('picks French for fr codes and English otherwise', () => {
    expect(localeKit('fr-FR').lang).toBe('fr');
    expect(localeKit('und').lang).toBe('en');
  });
});

describe('sentences', () => {
  it('keeps abbreviations, initials, acronyms and decimals inside a sentence', () => {
    const s = en.sentences('Mr. Smith met Dr. Jones in the U.S. last week. He paid 1.1 million.\nNew block here');
    expect(s.map((x) => x.text)).toEqual(['Mr. Smith met Dr. Jones in the U.S. last week.', 'He paid 1.1 million.', 'New block here']);
  });
  it('handles French titles, n° and ellipses', () => {
    const t = "M. Dupont a été interpellé… Le parquet l'a confirmé. Me Durand, avocate, proteste! Il habite au n° 3.";
    const s = fr.sentences(t);
    expect(s.map((x) => x.text)).toEqual(["M. Dupont a été interpellé…", "Le parquet l'a confirmé.", 'Me Durand, avocate, proteste!', 'Il habite au n° 3.']);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
  });
});

describe('two amounts joined by and/et (written for these tests)', () => {
  it("reads 'five million and seven million' as two amounts, 'one thousand and five' as one", () => {
    expect(val(en, 'between five million and seven million euros').map((v) => v[0])).toEqual([5000000, 7000000]);
    expect(val(fr, "entre cinq millions et sept millions d'euros").map((v) => v[0])).toEqual([5000000, 7000000]);
    expect(val(en, 'one thousand and five people').map((v) => v[0])).toEqual([1005]);
    expect(val(fr, 'vingt et un morts').map((v) => v[0])).toEqual([21]);
  });
});

describe('sentences of hard-wrapped lines (written for these tests)', () => {
  it('joins a line wrapped mid-sentence and keeps titles, captions and cut-off lines apart', () => {
    const t = "Fusillade au marché\nSamedi, un homme a été abattu sur un marché de\nGrenoble. Le dossier est\ntransmis à la JIRS de Lyon.\nPlan A\nLe parquet a ouvert une enquête, selon\nLe Progrès.";
    const s = fr.sentences(t);
    expect(s.map((x) => x.text)).toEqual(['Fusillade au marché', 'Samedi, un homme a été abattu sur un marché de\nGrenoble.', 'Le dossier est\ntransmis à la JIRS de Lyon.', 'Plan A', 'Le parquet a ouvert une enquête, selon', 'Le Progrès.']);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
    expect(en.sentences('Two men were shot dead in the\nMarseille suburb of Septemes.\nPhoto: AFP').map((x) => x.text)).toEqual(['Two men were shot dead in the\nMarseille suburb of Septemes.', 'Photo: AFP']);
  });
});

describe('numbers (en)', () => {
  it('reads scale, money, quantity, percent and words', () => {
    expect(val(en, '1.1 million users')).toEqual([[1100000, null, 'cardinal']]);
    expect(val(en, 'worth €3.5bn')).toEqual([[3500000000, 'EUR', 'money']]);
    expect(val(en, 'a budget of €400 million')).toEqual([[400000000, 'EUR', 'money']]);
    expect(val(en, 'sales of 3.5 billion euros')).toEqual([[3500000000, 'EUR', 'money']]);
    expect(val(en, '47 tonnes of cocaine and 1,200 kilos')).toEqual([[47, 'tonne', 'quantity'], [1200, 'kg', 'quantity']]);
    expect(val(en, 'forty-nine people, a dozen cars, ten men and two women')).toEqual([
      [49, null, 'cardinal'], [12, null, 'cardinal'], [10, null, 'cardinal'], [2, null, 'cardinal'],
    ]);
    expect(val(en, '25 per cent')).toEqual([[25, 'percent', 'percent']]);
  });
  it('sets qualifiers and marks vague amounts', () => {
    const [n] = en.numbers('over 25% were minors');
    expect(n).toMatchObject({ value: 25, qualifier: 'over', text: '25%' });
    expect(en.numbers('around 5 million users')[0]!.qualifier).toBe('about');
    expect(en.numbers('at least 16 sites')[0]!.qualifier).toBe('at_least');
    expect(en.numbers('dozens of arrests')[0]!.approximate).toBe(true);
  });

  it('reads "half a tonne" as 0.5 t, and "several hundred", "quelques cent" as vague counts', () => {
    expect(val(en, 'half a tonne of cocaine')).toEqual([[0.5, 'tonne', 'quantity']]);
    expect(en.numbers('several hundred officers')[0]!.approximate).toBe(true);
    expect(en.numbers('three hundred officers')[0]!.approximate).toBeFalsy();
    expect(fr.numbers('quelques cent policiers')[0]!.approximate).toBe(true);
  });

  it('counts one in an article before a mass unit ("une tonne", "près d\'une tonne", "a kilo"), and nowhere else', () => {
    expect(val(fr, 'une tonne de cannabis')).toEqual([[1, 'tonne', 'quantity']]);
    expect(fr.numbers("près d'une tonne de cannabis").map((n) => [n.value, n.unit, n.qualifier])).toEqual([[1, 'tonne', 'about']]);
    expect(val(en, 'nearly a kilo of cocaine')).toEqual([[1, 'kg', 'quantity']]);
    expect(val(fr, "une personne a été interpellée, il s'agit d'une affaire")).toEqual([]);
  });
  it('skips years, times, days of the month, phone numbers and codes', () => {
    expect(en.numbers('In 2023, at 10.30pm on 15 May, call 01 23 45 67 89 about COVID-19 and M23.')).toEqual([]);
  });
  it('reads ordinals', () => {
    expect(val(en, 'the 43rd death, the first case, the forty-third victim')).toEqual([
      [43, null, 'ordinal'], [1, null, 'ordinal'], [43, null, 'ordinal'],
    ]);
  });
});

describe('numbers (fr)', () => {
  it('reads French decimals, grouping, scales and units', () => {
    expect(val(fr, '1,1 million de personnes')).toEqual([[1100000, null, 'cardinal']]);
    expect(val(fr, "3,5 milliards d'euros")).toEqual([[3500000000, 'EUR', 'money']]);
    expect(val(fr, '1 200 kilos et 400 kg de résine')).toEqual([[1200, 'kg', 'quantity'], [400, 'kg', 'quantity']]);
    expect(val(fr, '25 pour cent')).toEqual([[25, 'percent', 'percent']]);
    expect(val(fr, 'un budget de 3 M€')).toEqual([[3000000, 'EUR', 'money']]);
  });
  it('reads French number words, including the vigesimal ones', () => {
    expect(val(fr, 'quarante-neuf, soixante-dix, quatre-vingt-dix-sept, vingt et un, une douzaine').map((x) => x[0])).toEqual([49, 70, 97, 21, 12]);
    expect(fr.numbers('un homme')).toEqual([]);
    expect(fr.numbers('des centaines de policiers')[0]!.approximate).toBe(true);
    expect(fr.numbers('plus de 450 gendarmes')[0]!.qualifier).toBe('over');
  });
  it('reads French ordinals', () => {
    expect(val(fr, 'le 49e narchomicide, la 12ème victime, le premier, la quarante-neuvième').map((x) => [x[0], x[2]])).toEqual([
      [49, 'ordinal'], [12, 'ordinal'], [1, 'ordinal'], [49, 'ordinal'],
    ]);
  });
  it('skips times and dates', () => {
    expect(fr.numbers('vers 22h30, le 13 novembre 2015')).toEqual([]);
  });
});

describe('ages', () => {
  it('reads English ages', () => {
    const t = 'A 19-year-old was shot. Karim B., 24, was arrested. A man aged 31 and a five-year-old boy. He got a five-year prison sentence.';
    expect(en.ages(t).map((a) => a.age)).toEqual([19, 24, 31, 5]);
  });
  it('reads French ages and ignores durations', () => {
    const t = "Un adolescent de 17 ans, âgé de 24 ans selon d'autres, et la victime, 19 ans, tués. Condamné à 20 ans de prison, il vivait là depuis 30 ans. Deux jeunes de 15 et 16 ans; un homme de vingt-cinq ans.";
    expect(fr.ages(t).map((a) => a.age)).toEqual([17, 24, 19, 15, 16, 25]);
  });
});

describe('dates', () => {
  const d = (kit: typeof en, t: string, ref: string | null) => kit.dates(t, ref).map((x) => [x.text, x.date, x.precision, x.flags]);
  it('resolves English relative dates against the publication day', () => {
    const got = d(en, 'On Tuesday he fled. Last September a student died. In March and in November 2024. This year and last year.', '2024-05-17');
    expect(got).toEqual([
      ['On Tuesday', '2024-05-14', 'day', []],
      ['September', '2023-09', 'month', ['year_inferred']],
      ['March', '2024-03', 'month', ['year_inferred']],
      ['November 2024', '2024-11', 'month', []],
      ['This year', '2024', 'year', []],
      ['last year', '2023', 'year', []],
    ]);
  });
  it('keeps a stated date that contradicts its weekday, and flags it', () => {
    expect(d(en, 'It happened on Tuesday 15 May 2024.', '2024-05-20')[0]).toEqual(['on Tuesday 15 May 2024', '2024-05-15', 'day', ['weekday_mismatch']]);
  });
  it('anchors "the following day" on the story date before it', () => {
    expect(d(en, 'On 4 May 2025 a man died. The following day, police came.', '2025-05-20')[1]).toEqual(['The following day', '2025-05-05', 'day', ['anchored']]);
  });
  it('gives the reference month for a weekday when publication is only known to the month', () => {
    // Flagged: one day named, cut to the month, not a period like "in February".
    expect(d(en, 'On Friday police said so.', '2025-02')[0]).toEqual(['On Friday', '2025-02', 'month', ['day_cut_to_reference']]);
    expect(en.dates('On Friday police said so.', null)[0]).toMatchObject({ date: null, precision: 'unknown' });
  });
  it('resolves French nights, days and years', () => {
    const got = d(fr, "Dans la nuit de samedi à dimanche, un homme a été abattu. Le 13 novembre, puis en mars, cette année et l'an dernier.", '2024-05-15');
    expect(got).toEqual([
      ['nuit de samedi à dimanche', '2024-05-11', 'day', ['night_of']],
      ['13 novembre', '2023-11-13', 'day', ['year_inferred']],
      ['mars', '2024-03', 'month', ['year_inferred']],
      ['cette année', '2024', 'year', []],
      ["l'an dernier", '2023', 'year', []],
    ]);
  });
  it('dates an act told "N years after" to that many years before the report, and nothing else told with "après"', () => {
    expect(d(fr, 'Quatre ans après la mort du jeune Lionel, tué par balle, rien n\'a changé.', '2025-08-20')[0]).toEqual(['Quatre ans après la mort', '2021', 'year', []]);
    expect(d(en, 'Two years after the killing of a teenager, the estate is calm.', '2025-08-20')[0]).toEqual(['Two years after the killing', '2023', 'year', []]);
    expect(d(fr, 'Deux ans après sa sortie de prison, il a été interpellé.', '2025-08-20')).toEqual([]);
  });
  it('reads a weekday glossed by its date after a comma as that date, and keeps it apart when the date falls on another day', () => {
    expect(d(en, 'The frigate made the seizure on Friday evening, February 10.', '2023-02-20')[0]).toEqual(['on Friday evening', '2023-02-10', 'day', ['weekday_glossed']]);
    expect(d(fr, 'Samedi soir, 3 mai 2025, des tirs ont éclaté.', '2025-05-20')[0]).toEqual(['Samedi soir', '2025-05-03', 'day', ['weekday_glossed']]);
    expect(d(fr, 'Lundi soir, 3 mai 2025, des tirs ont éclaté.', '2025-05-20')[0]![1]).toBe('2025-05-19');
  });
  it('reads the day numbers listed before a full date as days of its month', () => {
    expect(d(fr, 'Les fusillades des 23 et 30 septembre.', '2024-10-05').map((x) => x[1])).toEqual(['2024-09-23', '2024-09-30']);
    expect(d(fr, 'Les 2, 9 et 16 mai 2024, trois attaques.', '2024-10-05').map((x) => x[1])).toEqual(['2024-05-02', '2024-05-09', '2024-05-16']);
    expect(d(en, 'On 23 and 30 September, two shootings.', '2024-10-05').map((x) => x[1])).toEqual(['2024-09-23', '2024-09-30']);
    // ("2,5 tonnes le 30 septembre": a decimal is no listed day.)
    expect(d(fr, 'Environ 2,5 et 30 septembre.', '2024-10-05').map((x) => x[1])).toEqual(['2024-09-30']);
  });
  it('never reads an age or a length of time as a date', () => {
    const fr1 = d(fr, "Un homme de 23 ans a été tué mardi soir. Âgée de 19 ans, elle purge une peine de 12 ans depuis lundi.", '2025-03-26');
    expect(fr1.map((x) => x[0])).toEqual(['mardi soir', 'lundi']);
    expect(fr1.map((x) => x[1])).toEqual(['2025-03-25', '2025-03-24']);
    expect(d(fr, 'Il y a deux ans, samedi matin.', '2025-03-26')[0]).toEqual(['Il y a deux ans', '2023', 'year', []]);
    const en1 = d(en, 'He was jailed for 12 years on Friday; in five years on Monday the port reopens. It began two years ago.', '2025-03-26');
    expect(en1.map((x) => x[0])).toEqual(['on Friday', 'on Monday', 'two years ago']);
  });
  it('never throws and returns [] for nothing', () => {
    expect(en.dates('', '2024-01-01')).toEqual([]);
    expect(fr.dates('Aucune date ici.', 'n/a')).toEqual([]);
  });
});

describe('days named by their feast', () => {
  it("dates 'le soir de Noël', 'la Saint-Sylvestre', 'le 14-Juillet' to the latest such day before publication, or the year written", () => {
    const fr = localeKit('fr').dates("Une fusillade le soir de Noël, des tirs le soir de la Saint-Sylvestre et des incendies le 14-Juillet ; une saisie le jour de l'An 2023.", '2025-12-30');
    expect(fr.map((d) => d.date)).toEqual(['2025-12-25', '2024-12-31', '2025-07-14', '2023-01-01']);
  });

  it("does the same in English ('Christmas Eve', 'New Year's Eve', 'Bastille Day')", () => {
    const en = localeKit('en').dates("He was shot on Christmas Eve; cars burned on New Year's Eve and on Bastille Day.", '2025-01-05');
    expect(en.map((d) => d.date)).toEqual(['2024-12-24', '2024-12-31', '2024-07-14']);
  });
});

describe('a weekday the text already dated', () => {
  it("reads 'Jeudi soir' as the 'jeudi 14 mars' told before it, with a publication dated by its month", () => {
    const ds = fr.dates("Des tirs ont eu lieu dans la soirée du jeudi 14 mars. Jeudi soir, vers 23 heures, les policiers sont intervenus.", '2024-03');
    expect(ds.filter((d) => /jeudi soir/i.test(d.text)).map((d) => [d.date, d.precision])).toEqual([['2024-03-14', 'day']]);
  });
  it("reads 'on Thursday' after 'Thursday, March 14' the same way, and a weekday no told day matches as the month", () => {
    const ds = en.dates('Shots were fired on Thursday, March 14. On Thursday night police arrived. On Saturday a man was arrested.', '2024-03');
    expect(ds.filter((d) => /night|Saturday/.test(d.text)).map((d) => [d.date, d.precision])).toEqual([['2024-03-14', 'day'], ['2024-03', 'month']]);
  });
});

describe('days enumerated before their month', () => {
  it("dates 'les mercredi 21, jeudi 22 et vendredi 23 mai 2025' day by day, not to the last Wednesday", () => {
    const ds = fr.dates('Ils seront jugés les mercredi 21, jeudi 22 et vendredi 23 mai 2025 à Toulouse.', '2025-05-14');
    expect(ds.map((d) => d.date)).toEqual(['2025-05-21', '2025-05-22', '2025-05-23']);
  });
});

describe('a length counted forward is no date', () => {
  it("reads 'deux fois en une semaine' and 'twice in a week' as lengths, 'a week ago' still as a date", () => {
    expect(fr.dates('Il a comparu deux fois en une semaine devant le tribunal.', '2026-01-13')).toEqual([]);
    expect(en.dates('He appeared twice in a week. A week ago he was arrested.', '2026-01-13').map((d) => d.date)).toEqual(['2026-01-06']);
  });
});

describe('a weekday said to come', () => {
  it("reads 'lundi prochain' and 'next Monday' as the Monday after publication, 'lundi dernier' as the one before", () => {
    // 19 April 2024 is a Friday.
    expect(fr.dates('Ils seront jugés lundi prochain.', '2024-04-19')[0]?.date).toBe('2024-04-22');
    expect(en.dates('They will be tried next Monday.', '2024-04-19')[0]?.date).toBe('2024-04-22');
    expect(fr.dates('Il a été interpellé lundi dernier.', '2024-04-19')[0]?.date).toBe('2024-04-15');
  });

  it("reads 'lundi dernier' and 'last Monday' said on a Monday as the Monday before, 'lundi' alone as that day", () => {
    // 30 September 2024 is a Monday.
    expect(fr.dates('Lundi dernier, des coups de feu ont été tirés.', '2024-09-30')[0]?.date).toBe('2024-09-23');
    expect(en.dates('Last Monday, shots were fired.', '2024-09-30')[0]?.date).toBe('2024-09-23');
    expect(fr.dates('Lundi, des coups de feu ont été tirés.', '2024-09-30')[0]?.date).toBe('2024-09-30');
  });
});

describe('days announced to come', () => {
  const day = (kit: typeof en, t: string, ref: string) => kit.dates(t, ref).map((x) => x.date);
  it("dates 'doit rendre son verdict le 9 avril' and 'will deliver its verdict on April 9' after publication", () => {
    expect(day(fr, 'Le tribunal doit rendre son verdict le 9 avril.', '2025-04-01')).toEqual(['2025-04-09']);
    expect(day(fr, 'Les prévenus seront jugés le 12 février devant le tribunal de Lille.', '2025-11-20')).toEqual(['2026-02-12']);
    expect(day(en, 'The court will deliver its verdict on April 9.', '2025-04-01')).toEqual(['2025-04-09']);
  });
  it('keeps a day told as past, or announced more than half a year ahead, before publication', () => {
    expect(day(fr, 'Le verdict a été rendu le 9 avril.', '2025-04-20')).toEqual(['2025-04-09']);
    expect(day(fr, 'Le tribunal a rendu son verdict le 25 mars.', '2025-04-01')).toEqual(['2025-03-25']);
    expect(day(fr, 'Le procès, qui avait été renvoyé au 12 mai, s’est tenu sans incident.', '2025-04-01')).toEqual(['2024-05-12']);
  });
});
