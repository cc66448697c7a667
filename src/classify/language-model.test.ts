import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compactModel, detectorFromCompact, eldFile, loadCompactModel, type EldNgramsData } from './language-model.js';

type Scored = { language: string; getScores(): Record<string, number> };

/** Texts of many scripts and languages, and noise: short phrases of our own, and seeded random strings. */
function samples(): string[] {
  const phrases = [
    'La policía detuvo ayer a dos hombres que llevaban una pistola en su coche cerca de la estación.',
    'La polizia ha arrestato due uomini che trasportavano una pistola nella loro auto vicino alla stazione.',
    'Die Polizei hat gestern zwei Männer festgenommen, die eine Pistole in ihrem Auto hatten.',
    'A polícia prendeu ontem dois homens que levavam uma pistola no carro perto da estação.',
    'De politie heeft gisteren twee mannen aangehouden die een pistool in hun auto hadden.',
    'Policja zatrzymała wczoraj dwóch mężczyzn, którzy mieli pistolet w samochodzie.',
    'Мужчина убит в Марселе. Полиция задержала двух подозреваемых возле вокзала.',
    'Чоловіка вбили в Марселі, поліція затримала двох підозрюваних.',
    'Η αστυνομία συνέλαβε χθες δύο άνδρες που είχαν ένα όπλο στο αυτοκίνητό τους.',
    'قتل رجل في مرسيليا واعتقلت الشرطة مشتبها بهما قرب المحطة',
    '马赛一名男子被枪杀，警方在车站附近逮捕了两名嫌疑人。',
    'マルセイユで男性が撃たれて死亡し、警察は駅の近くで容疑者二人を逮捕した。',
    'Polis dün istasyon yakınında arabalarında tabanca bulunan iki adamı gözaltına aldı.',
    'Ã‰tÃ© Ã  NÃ®mes, un homme a Ã©tÃ© tuÃ© prÃ¨s dâ€™un point de deal.',
    'Un homme a été tué à Marseille, selon le parquet, près d’un point de deal.',
    'Two men were arrested on Monday after the police found a gun in their car.',
  ];
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const ranges = [[0x61, 0x7a], [0xc0, 0x17f], [0x400, 0x4ff], [0x370, 0x3ff], [0x600, 0x6ff], [0x4e00, 0x4fff], [0x20, 0x7e]];
  const noise: string[] = [];
  for (let i = 0; i < 200; i++) {
    const [lo, hi] = ranges[i % ranges.length];
    let s = '';
    const n = 20 + Math.floor(rnd() * 400);
    for (let k = 0; k < n; k++) s += rnd() < 0.15 ? ' ' : String.fromCodePoint(lo + Math.floor(rnd() * (hi - lo + 1)));
    noise.push(s);
  }
  // Words of the phrases shuffled together: mixed-language text.
  const words = phrases.join(' ').split(/\s+/);
  for (let i = 0; i < 100; i++) noise.push(Array.from({ length: 5 + (i % 40) }, () => words[Math.floor(rnd() * words.length)]).join(' '));
  return [...phrases, ...noise];
}

describe('the compact copy of eld\'s n-gram model', () => {
  it('gives exactly the answers and scores of eld\'s own module', async () => {
    const { eld } = (await import(pathToFileURL(eldFile(join('src', 'entries', 'static.extrasmall.js'))).href)) as { eld: { detect(t: string): Scored } };
    const { ngramsData } = (await import(pathToFileURL(eldFile(join('src', 'ngrams', 'extrasmall.js'))).href)) as { ngramsData: EldNgramsData };
    const compact = detectorFromCompact(compactModel(ngramsData)) as unknown as { detect(t: string): Scored };
    const texts = samples();
    const languages = new Set<string>();
    for (const t of texts) {
      const a = eld.detect(t);
      const b = compact.detect(t);
      expect(b.language, t).toBe(a.language);
      expect(b.getScores(), t).toEqual(a.getScores());
      languages.add(a.language);
    }
    // The samples do exercise the model: many languages, and abstentions.
    expect(languages.size).toBeGreaterThan(10);
  });

  it('is the one written by the build (npm run build), and is what a thread loads', async () => {
    const model = loadCompactModel();
    expect(model).not.toBeNull();
    expect(model!.keys.length).toBeGreaterThan(40_000);
    const lang = await import('./language.js');
    expect(lang.detectLanguage('La policía detuvo ayer a dos hombres que llevaban una pistola en su coche cerca de la estación.')).toBe('es');
    expect(lang.languageModelKind()).toBe('compact');
  });
});
