// Writes a synthetic corpus of news-like text and HTML documents (our own templates, random facts) for benchmarks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Deterministic PRNG (mulberry32) so two bench runs read the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ['Marseille', 'Nîmes', 'Grenoble', 'Toulouse', 'Lyon', 'Valence', 'Besançon', 'Rennes', 'Lille', 'Dijon', 'Canteleu', 'Villeurbanne', 'Avignon', 'Nantes', 'Montpellier'];
const EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FR_DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const EN_NUM = ['two', 'three', 'four', 'five', 'six'];
const FR_NUM = ['deux', 'trois', 'quatre', 'cinq', 'six'];

const EN_TEMPLATES: Array<(r: () => number) => string> = [
  (r) => `A ${18 + Math.floor(r() * 20)}-year-old man was shot dead on ${pick(r, EN_DAYS)} night in ${pick(r, CITIES)}, police said.`,
  (r) => `Investigators believe the killing was linked to a dispute between rival drug trafficking gangs over a dealing point.`,
  (r) => `Officers seized ${1 + Math.floor(r() * 900)} kilograms of cannabis resin and ${pick(r, EN_NUM)} handguns during the raid.`,
  (r) => `According to the prosecutor, ${pick(r, EN_NUM)} suspects were arrested and placed in custody on ${pick(r, EN_DAYS)}.`,
  (r) => `Residents of the estate described a climate of fear, with lookouts posted at the entrance of every building.`,
  (r) => `The interior ministry said ${10 + Math.floor(r() * 300)} people had been injured in drug-related violence since January.`,
  (r) => `The victim, who was known to the police for narcotics offences, died at the scene despite the efforts of firefighters.`,
  (r) => `Local officials called for more police officers and for a new plan against organised crime in the city.`,
];
const FR_TEMPLATES: Array<(r: () => number) => string> = [
  (r) => `Un homme de ${18 + Math.floor(r() * 20)} ans a été abattu par balles dans la nuit de ${pick(r, FR_DAYS)} à ${pick(r, FR_DAYS)} à ${pick(r, CITIES)}.`,
  (r) => `Selon le parquet, les enquêteurs privilégient la piste d'un règlement de comptes sur fond de trafic de stupéfiants.`,
  (r) => `Les policiers ont saisi ${1 + Math.floor(r() * 900)} kilos de résine de cannabis et ${pick(r, FR_NUM)} armes de poing.`,
  (r) => `${pick(r, FR_NUM)} suspects ont été interpellés et placés en garde à vue, a indiqué une source policière.`,
  (r) => `Les habitants du quartier décrivent un point de deal ouvert jour et nuit, tenu par des guetteurs.`,
  (r) => `Il s'agit du ${2 + Math.floor(r() * 40)}e narchomicide depuis le début de l'année dans le département.`,
  (r) => `Le maire a réclamé des renforts de police et un plan de lutte contre le narcotrafic.`,
];
const OFF_TOPIC = [
  'The council approved the new cycling lanes after a long debate about parking spaces in the centre.',
  'The local football club won its third match in a row, with two goals in the second half.',
  'Le festival de musique a attiré plus de visiteurs que l’an dernier malgré la pluie.',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

export function articleParagraphs(r: () => number): { lang: 'en' | 'fr'; title: string; paragraphs: string[] } {
  const lang = r() < 0.5 ? 'en' : 'fr';
  const templates = lang === 'en' ? EN_TEMPLATES : FR_TEMPLATES;
  const offTopic = r() < 0.2;
  const paragraphs: string[] = [];
  const n = 6 + Math.floor(r() * 10);
  for (let i = 0; i < n; i++) {
    const sentences = 2 + Math.floor(r() * 3);
    const parts: string[] = [];
    for (let j = 0; j < sentences; j++) parts.push(offTopic ? pick(r, OFF_TOPIC) : pick(r, templates)(r));
    paragraphs.push(parts.join(' '));
  }
  const title = offTopic ? 'Council news of the week' : lang === 'en' ? `Shooting in ${pick(r, CITIES)} linked to drug gangs` : `${pick(r, CITIES)} : un nouveau règlement de comptes`;
  return { lang, title, paragraphs };
}

export function textDocument(r: () => number, i: number): string {
  const a = articleParagraphs(r);
  return [`Home > News > France`, a.title, `Published ${1 + (i % 28)} March 2025`, ...a.paragraphs, 'Share this article', 'Comments', '© 2025 Example Media. All rights reserved.'].join('\n');
}

const SCRIPT_BLOB = 'window.__STATE__=' + JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ id: i, slug: `item-${i}`, tags: ['a', 'b'] })) }) + ';';
const NAV = `<nav class="main-menu"><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/section-${i}">Section ${i}</a></li>`).join('')}</ul></nav>`;

export function htmlDocument(r: () => number, i: number): string {
  const a = articleParagraphs(r);
  const related = Array.from({ length: 6 }, (_, k) => `<li><a href="/story-${i}-${k}">Another story number ${k} about the region</a></li>`).join('');
  return `<!doctype html><html lang="${a.lang}"><head><meta charset="utf-8"><title>${a.title} | Example Media</title>
<meta property="og:title" content="${a.title}"><meta property="article:published_time" content="2025-03-${String(1 + (i % 28)).padStart(2, '0')}T08:00:00Z">
<style>${'.c{color:red}'.repeat(300)}</style><script>${SCRIPT_BLOB}</script></head>
<body><header>${NAV}<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div></header>
<main><article><h1>${a.title}</h1><p class="byline">By Staff Reporter</p>
${a.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><aside class="related"><h2>Related articles</h2><ul>${related}</ul></aside>
<section class="comments"><h3>Leave a comment</h3><form><textarea></textarea><button>Post</button></form></section></main>
<footer>${NAV}<p>© 2025 Example Media</p></footer><script>${SCRIPT_BLOB}</script></body></html>`;
}

/** Writes `count` documents of a kind under `dir` (in subfolders of 1,000), returns the folder. */
export function writeCorpus(dir: string, kind: 'text' | 'html', count: number, seed = 42): string {
  const r = rng(seed);
  const root = join(dir, kind);
  for (let i = 0; i < count; i++) {
    const sub = join(root, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const body = kind === 'text' ? textDocument(r, i) : htmlDocument(r, i);
    writeFileSync(join(sub, `${String(i).padStart(6, '0')}.${kind === 'text' ? 'txt' : 'html'}`), body);
  }
  return root;
}
