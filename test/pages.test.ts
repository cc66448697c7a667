// Read → clean → classify on held-out pages written for Vigie (French and English, HTML and text scrapes).
import { readdirSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPage, runPageFixtures } from '../eval/pages.js';
import { segmentText } from '../src/clean/text/index.js';

const PAGES = resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures/pages');
const slugs = readdirSync(PAGES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('held-out pages (test/fixtures/pages)', () => {
  it('covers French and English, HTML and text', () => {
    const html = slugs.filter((s) => existsSync(resolve(PAGES, s, 'source.html')));
    const text = slugs.filter((s) => existsSync(resolve(PAGES, s, 'source.txt')));
    expect(html.filter((s) => s.startsWith('fr-')).length).toBeGreaterThanOrEqual(4);
    expect(html.filter((s) => s.startsWith('en-')).length).toBeGreaterThanOrEqual(3);
    expect(text.filter((s) => s.startsWith('fr-')).length).toBeGreaterThanOrEqual(3);
  });

  for (const slug of slugs) {
    it(`${slug}: keeps the article, drops the furniture, right language and relevance`, async () => {
      const r = await runPage(resolve(PAGES, slug), slug);
      expect(r.doc, 'page read').not.toBeNull();
      expect(r.misses).toEqual([]);
      expect(r.passed).toBe(r.total);
    });
  }

  it('reads the Windows-1252 page through its meta charset, accents intact', async () => {
    const r = await runPage(resolve(PAGES, 'fr-ouest-1252-saint-nazaire'), 'fr-ouest-1252-saint-nazaire');
    expect(r.doc?.encoding).toBe('windows-1252');
    expect(r.stories[0]!.text).toContain('l’Office anti-stupéfiants');
    expect(r.stories[0]!.text).not.toContain('\ufffd');
  });

  it('joins an article split in several article__paragraph blocks, in page order', async () => {
    const r = await runPage(resolve(PAGES, 'fr-provence-paragraphs-marseille'), 'fr-provence-paragraphs-marseille');
    const text = r.stories[0]!.text;
    const first = text.indexOf('Deux hommes âgés de 22 et 27 ans');
    const last = text.indexOf('une violence qui n');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThan(first);
  });

  it('keeps the glued teasers of a text scrape as separate off-topic stories', async () => {
    const r = await runPage(resolve(PAGES, 'fr-txt-havre-glued'), 'fr-txt-havre-glued');
    expect(r.stories[0]!.title).toMatch(/^Le Havre : 850 kilos/);
    const others = r.stories.slice(1);
    expect(others.length).toBeGreaterThanOrEqual(1);
    for (const s of others) expect(s.relevance.relevant).toBe(false);
  });

  it('scores every page', async () => {
    const all = await runPageFixtures(PAGES);
    expect(all?.pages).toHaveLength(slugs.length);
    expect(all?.score).toBe(1);
  });
});

describe('text scrape furniture, on small scrapes written here', () => {
  it('drops bylines and breadcrumbs but keeps a sentence that opens with "By"', () => {
    const scrape = [
      'Accueil > Faits divers > Marseille',
      'Un guetteur de 15 ans blessé par balle à Marseille',
      'Par Léa Fontaine',
      'Publié le 3 juin 2024 à 09h10',
      'Partager',
      "Un adolescent de 15 ans a été blessé par balle lundi soir alors qu'il faisait le guet à l'entrée d'une cité du 14e arrondissement de Marseille.",
      "By the end of the night, police had questioned four witnesses, and the investigation was handed to the organised crime squad.",
    ].join('\n');
    const [main] = segmentText(scrape);
    expect(main!.title).toBe('Un guetteur de 15 ans blessé par balle à Marseille');
    expect(main!.text).not.toContain('Par Léa Fontaine');
    expect(main!.text).not.toContain('Accueil >');
    expect(main!.text).toContain('By the end of the night');
  });

  it('drops the headline of an inline "Lire aussi" box and keeps the article going after it', () => {
    const scrape = [
      'Nîmes : saisie de 40 kilos de cannabis dans un appartement',
      "Les policiers ont découvert mardi quarante kilos de résine de cannabis dans un appartement du quartier Pissevin, à Nîmes, lors d'une perquisition.",
      'Lire aussi :',
      'Pissevin : un quartier sous l’emprise des trafiquants',
      "Deux hommes de 24 et 29 ans ont été placés en garde à vue et seront présentés à un juge d'instruction jeudi, selon le parquet.",
    ].join('\n');
    const stories = segmentText(scrape);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.text).toContain('Deux hommes de 24 et 29 ans');
    expect(stories[0]!.text).not.toContain('sous l’emprise des trafiquants');
  });

  it('still treats "Lire aussi" followed by headlines at the end of the page as teasers', () => {
    const scrape = [
      'Nîmes : saisie de 40 kilos de cannabis dans un appartement',
      "Les policiers ont découvert mardi quarante kilos de résine de cannabis dans un appartement du quartier Pissevin, à Nîmes, lors d'une perquisition.",
      "Deux hommes ont été placés en garde à vue et seront présentés à un juge d'instruction jeudi, selon le parquet de Nîmes.",
      'À lire aussi',
      'Feria de Nîmes : le programme complet des corridas',
      'Gard : la sécheresse menace les vendanges',
    ].join('\n');
    const text = segmentText(scrape)[0]!.text;
    expect(text).not.toContain('Feria de Nîmes');
    expect(text).not.toContain('sécheresse');
  });
});
