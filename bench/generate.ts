// Writes a synthetic news corpus for benchmarks (our own templates, random facts): text files with a manifest, and HTML pages.
//
// Shaped like real coverage: each article reports one incident (sometimes two) with a date and a commune among
// ~60 (several per département), surrounded by background sentences and the odd statistic; about 30% of
// articles re-tell an incident another outlet already told, in other words, so reconciliation has work to do.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from './support/random.js';

/** Deterministic, so two bench runs read the same corpus. */
export const rng = seededRandom;

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function between(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

/** Communes and their département, several per département, as articles name them. */
const CITIES: ReadonlyArray<[city: string, departement: string]> = [
  ['Marseille', 'Bouches-du-Rhône'], ['Aix-en-Provence', 'Bouches-du-Rhône'], ['Martigues', 'Bouches-du-Rhône'], ['Vitrolles', 'Bouches-du-Rhône'], ['Salon-de-Provence', 'Bouches-du-Rhône'],
  ['Nîmes', 'Gard'], ['Alès', 'Gard'], ['Bagnols-sur-Cèze', 'Gard'],
  ['Montpellier', 'Hérault'], ['Béziers', 'Hérault'], ['Sète', 'Hérault'], ['Lunel', 'Hérault'],
  ['Toulouse', 'Haute-Garonne'], ['Colomiers', 'Haute-Garonne'],
  ['Lyon', 'Rhône'], ['Villeurbanne', 'Rhône'], ['Vénissieux', 'Rhône'], ['Vaulx-en-Velin', 'Rhône'], ['Rillieux-la-Pape', 'Rhône'],
  ['Grenoble', 'Isère'], ['Échirolles', 'Isère'], ['Saint-Martin-d’Hères', 'Isère'],
  ['Valence', 'Drôme'], ['Romans-sur-Isère', 'Drôme'],
  ['Avignon', 'Vaucluse'], ['Cavaillon', 'Vaucluse'], ['Carpentras', 'Vaucluse'],
  ['Nice', 'Alpes-Maritimes'], ['Cannes', 'Alpes-Maritimes'], ['Antibes', 'Alpes-Maritimes'],
  ['Toulon', 'Var'], ['La Seyne-sur-Mer', 'Var'], ['Fréjus', 'Var'],
  ['Sevran', 'Seine-Saint-Denis'], ['Aubervilliers', 'Seine-Saint-Denis'], ['Bobigny', 'Seine-Saint-Denis'], ['Aulnay-sous-Bois', 'Seine-Saint-Denis'],
  ['Nanterre', 'Hauts-de-Seine'], ['Colombes', 'Hauts-de-Seine'],
  ['Créteil', 'Val-de-Marne'], ['Villejuif', 'Val-de-Marne'],
  ['Grigny', 'Essonne'], ['Évry-Courcouronnes', 'Essonne'],
  ['Mantes-la-Jolie', 'Yvelines'], ['Trappes', 'Yvelines'],
  ['Lille', 'Nord'], ['Roubaix', 'Nord'], ['Tourcoing', 'Nord'], ['Dunkerque', 'Nord'],
  ['Rennes', 'Ille-et-Vilaine'], ['Saint-Malo', 'Ille-et-Vilaine'],
  ['Nantes', 'Loire-Atlantique'], ['Saint-Nazaire', 'Loire-Atlantique'],
  ['Bordeaux', 'Gironde'], ['Mérignac', 'Gironde'],
  ['Dijon', 'Côte-d’Or'], ['Besançon', 'Doubs'],
  ['Rouen', 'Seine-Maritime'], ['Canteleu', 'Seine-Maritime'], ['Le Havre', 'Seine-Maritime'],
  ['Strasbourg', 'Bas-Rhin'], ['Mulhouse', 'Haut-Rhin'], ['Limoges', 'Haute-Vienne'], ['Orléans', 'Loiret'],
];

const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FR_DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const EN_NUM = ['two', 'three', 'four', 'five', 'six'];
const FR_NUM = ['deux', 'trois', 'quatre', 'cinq', 'six'];

const OUTLETS = {
  en: ['The Riviera Herald', 'France Daily Wire', 'Southern Post', 'Continental Desk', 'The Channel Times'],
  fr: ['Le Courrier du Sud', 'La Gazette du Rhône', 'Midi Matin', 'Le Journal de l’Est', 'Nord Soir', 'L’Écho de la Côte'],
};

type IncidentType = 'homicide' | 'shooting' | 'arson' | 'seizure';

/** One incident of the synthetic world: what several articles may report. */
export interface SyntheticIncident {
  type: IncidentType;
  city: string;
  departement: string;
  /** Day of the incident (UTC midnight). */
  date: Date;
  /** Happened at night: French reports say "dans la nuit de … à …". */
  night: boolean;
  age: number;
  victims: number;
  kilos: number;
  arrested: number;
}

const DAY_MS = 86_400_000;
/** Incidents spread over three years, as an archive would. */
const START = Date.UTC(2023, 0, 1);
const SPAN_DAYS = 3 * 365;

function newIncident(r: () => number): SyntheticIncident {
  const [city, departement] = pick(r, CITIES);
  const u = r();
  const type: IncidentType = u < 0.4 ? 'homicide' : u < 0.65 ? 'shooting' : u < 0.75 ? 'arson' : 'seizure';
  return {
    type,
    city,
    departement,
    date: new Date(START + between(r, 0, SPAN_DAYS) * DAY_MS),
    night: r() < 0.5,
    age: between(r, 16, 45),
    victims: r() < 0.8 ? 1 : 2,
    kilos: between(r, 2, 400),
    arrested: between(r, 0, 4),
  };
}

/** How an article dates an incident it reports `lag` days later. */
function enDate(r: () => number, inc: SyntheticIncident, lag: number): string {
  const day = EN_DAYS[inc.date.getUTCDay()];
  const abs = `on ${inc.date.getUTCDate()} ${EN_MONTHS[inc.date.getUTCMonth()]}`;
  if (lag > 5 || r() < 0.25) return abs;
  return inc.night ? `on ${day} night` : pick(r, [`on ${day}`, `on ${day} evening`, `early on ${day}`]);
}

function frDate(r: () => number, inc: SyntheticIncident, lag: number): string {
  const d = inc.date.getUTCDay();
  const abs = `le ${inc.date.getUTCDate() === 1 ? '1er' : inc.date.getUTCDate()} ${FR_MONTHS[inc.date.getUTCMonth()]}`;
  if (lag > 5 || r() < 0.25) return abs;
  if (inc.night) return `dans la nuit de ${FR_DAYS[d]} à ${FR_DAYS[(d + 1) % 7]}`;
  return pick(r, [`${FR_DAYS[d]} soir`, `ce ${FR_DAYS[d]}`, `${FR_DAYS[d]} en fin d’après-midi`]);
}

/** The sentences telling an incident; `variant` picks another wording for another outlet. */
function enIncident(r: () => number, inc: SyntheticIncident, lag: number): { title: string; lead: string[] } {
  const when = enDate(r, inc, lag);
  const who = inc.victims > 1 ? `two men aged ${inc.age} and ${inc.age + 3}` : `a ${inc.age}-year-old man`;
  switch (inc.type) {
    case 'homicide':
      return pick(r, [
        { title: `Man killed in ${inc.city} shooting`, lead: [`${cap(who)} ${inc.victims > 1 ? 'were' : 'was'} shot dead ${when} in ${inc.city}, in the ${inc.departement} département, prosecutors said.`, 'Investigators suspect a settling of scores between rival drug trafficking networks.'] },
        { title: `Fatal shooting in ${inc.city}`, lead: [`Gunmen on a scooter opened fire on ${who} ${when} near a dealing point in ${inc.city}, killing ${inc.victims > 1 ? 'both' : 'him'}.`, 'The victim was known to the police for drug offences, a police source said.'] },
      ]);
    case 'shooting':
      return pick(r, [
        { title: `Shots fired in ${inc.city}`, lead: [`${cap(who)} ${inc.victims > 1 ? 'were' : 'was'} seriously injured by gunfire ${when} in ${inc.city} (${inc.departement}).`, 'The shooting took place at the foot of a tower block used as a drug market.'] },
        { title: `${inc.city}: man wounded by gunfire`, lead: [`A gunman wounded ${who} with a Kalashnikov ${when} in a housing estate of ${inc.city}, police said.`, 'The injured were taken to hospital; their lives are not in danger.'] },
      ]);
    case 'arson':
      return { title: `Car set on fire in ${inc.city}`, lead: [`The front door of a flat was set on fire ${when} in ${inc.city}, in what investigators believe was an intimidation linked to drug trafficking.`, 'Nobody was hurt.'] };
    case 'seizure':
      return { title: `${inc.kilos} kg of cannabis seized in ${inc.city}`, lead: [`Police seized ${inc.kilos} kilograms of cannabis resin ${when} during a raid in ${inc.city} (${inc.departement}).`, `${cap(EN_NUM[Math.min(inc.arrested, 4)])} suspects were taken into custody.`] };
  }
}

function frIncident(r: () => number, inc: SyntheticIncident, lag: number): { title: string; lead: string[] } {
  const when = frDate(r, inc, lag);
  const who = inc.victims > 1 ? `deux hommes de ${inc.age} et ${inc.age + 3} ans` : `un homme de ${inc.age} ans`;
  const plural = inc.victims > 1;
  switch (inc.type) {
    case 'homicide':
      return pick(r, [
        { title: `${inc.city} : un homme tué par balles`, lead: [`${cap(who)} ${plural ? 'ont été abattus' : 'a été abattu'} par balles ${when} à ${inc.city} (${inc.departement}).`, 'Les enquêteurs privilégient la piste d’un règlement de comptes sur fond de trafic de stupéfiants.'] },
        { title: `Nouveau narchomicide à ${inc.city}`, lead: [`${cap(when)}, ${who} ${plural ? 'ont été tués' : 'a été tué'} de plusieurs balles près d’un point de deal à ${inc.city}, selon le parquet.`, 'Les tireurs ont pris la fuite à bord d’un véhicule retrouvé incendié.'] },
      ]);
    case 'shooting':
      return pick(r, [
        { title: `Fusillade à ${inc.city}`, lead: [`${cap(who)} ${plural ? 'ont été grièvement blessés' : 'a été grièvement blessé'} par balles ${when} à ${inc.city}.`, 'Les tirs ont eu lieu au pied d’un immeuble connu pour abriter un point de vente de drogue.'] },
        { title: `${inc.city} : des tirs de kalachnikov dans un quartier`, lead: [`${cap(when)}, des tirs de kalachnikov ont blessé ${who} dans une cité de ${inc.city} (${inc.departement}).`, 'Le pronostic vital n’est pas engagé.'] },
      ]);
    case 'arson':
      return { title: `${inc.city} : un appartement incendié`, lead: [`La porte d’un appartement a été incendiée ${when} à ${inc.city}, une intimidation liée au trafic de stupéfiants selon les enquêteurs.`, 'Aucun blessé n’est à déplorer.'] };
    case 'seizure':
      return { title: `${inc.kilos} kilos de résine de cannabis saisis à ${inc.city}`, lead: [`Les policiers ont saisi ${inc.kilos} kilos de résine de cannabis ${when} lors d’une perquisition à ${inc.city} (${inc.departement}).`, `${cap(FR_NUM[Math.min(inc.arrested, 4)])} suspects ont été placés en garde à vue.`] };
  }
}

const EN_BACKGROUND = [
  'Residents of the estate describe a climate of fear, with lookouts posted at the entrance of every building.',
  'The mayor called for more police officers and for a new plan against organised crime.',
  'The investigation has been entrusted to the judicial police.',
  'Several dealing points have been dismantled in the area in recent months, only to reopen a few weeks later.',
  'Local associations say young people are recruited on social networks to work as lookouts.',
  'An autopsy is due to be carried out in the coming days.',
];
const FR_BACKGROUND = [
  'Les habitants du quartier décrivent un climat de peur, avec des guetteurs postés à l’entrée des immeubles.',
  'Le maire a réclamé des renforts de police et un plan de lutte contre le narcotrafic.',
  'L’enquête a été confiée à la police judiciaire.',
  'Plusieurs points de deal ont été démantelés ces derniers mois dans le secteur, avant de rouvrir quelques semaines plus tard.',
  'Les associations du quartier dénoncent le recrutement de jeunes guetteurs sur les réseaux sociaux.',
  'Une autopsie doit être pratiquée dans les prochains jours.',
];
const OFF_TOPIC = {
  en: ['The council approved the new cycling lanes after a long debate about parking spaces in the centre.', 'The local football club won its third match in a row, with two goals in the second half.', 'The summer festival drew more visitors than last year despite the rain.'],
  fr: ['Le conseil municipal a adopté les nouvelles pistes cyclables après un long débat sur le stationnement.', 'Le club de football local a remporté son troisième match consécutif.', 'Le festival de musique a attiré plus de visiteurs que l’an dernier malgré la pluie.'],
};

function enStatistic(r: () => number, inc: SyntheticIncident): string {
  return pick(r, [
    `Since the start of the year, ${between(r, 3, 40)} people have been killed in drug-related shootings in the ${inc.departement}, according to the prefecture.`,
    `Police recorded ${between(r, 20, 300)} shootings linked to drug trafficking in the département last year.`,
  ]);
}

function frStatistic(r: () => number, inc: SyntheticIncident): string {
  return pick(r, [
    `Depuis le début de l’année, ${between(r, 3, 40)} personnes ont été tuées dans des règlements de comptes liés au trafic de stupéfiants dans le département (${inc.departement}), selon la préfecture.`,
    `Les services de police ont recensé ${between(r, 20, 300)} fusillades liées au narcotrafic dans le département l’an dernier.`,
  ]);
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface SyntheticArticle {
  lang: 'en' | 'fr';
  outlet: string;
  url: string;
  /** ISO date of publication. */
  published: string;
  title: string;
  paragraphs: string[];
  /** Incidents the article reports (none when off topic). */
  incidents: SyntheticIncident[];
}

/** Writes articles one by one; remembers recent incidents so about 30% of articles re-tell one. */
export class ArticleGenerator {
  private readonly told: SyntheticIncident[] = [];
  private n = 0;
  constructor(private readonly r: () => number) {}

  next(): SyntheticArticle {
    const r = this.r;
    const lang: 'en' | 'fr' = r() < 0.45 ? 'en' : 'fr';
    const outlet = pick(r, OUTLETS[lang]);
    const i = this.n++;
    if (r() < 0.12) return this.offTopic(lang, outlet, i);
    // About 30% re-tell an incident told before (another outlet, other wording); a few report two incidents.
    const main = this.told.length && r() < 0.3 ? pick(r, this.told) : this.remember(newIncident(r));
    const incidents = r() < 0.15 ? [main, this.remember(newIncident(r))] : [main];
    const lag = r() < 0.6 ? between(r, 0, 2) : between(r, 3, 9);
    const publishedDate = new Date(main.date.getTime() + lag * DAY_MS);
    const paragraphs: string[] = [];
    let title = '';
    incidents.forEach((inc, k) => {
      // A second incident is an older one the article recalls: dated in full.
      const told = lang === 'en' ? enIncident(r, inc, k ? 99 : lag) : frIncident(r, inc, k ? 99 : lag);
      if (!k) title = told.title;
      paragraphs.push(told.lead.join(' '));
    });
    const background = lang === 'en' ? EN_BACKGROUND : FR_BACKGROUND;
    // Distinct background sentences, in a random order.
    const pool = [...background];
    for (let b = between(r, 2, 5); b > 0 && pool.length; b--) paragraphs.push(pool.splice(Math.floor(r() * pool.length), 1)[0]);
    if (r() < 0.3) paragraphs.splice(1, 0, lang === 'en' ? enStatistic(r, main) : frStatistic(r, main));
    return { lang, outlet, url: articleUrl(outlet, publishedDate, i), published: isoDay(publishedDate), title, paragraphs, incidents };
  }

  private remember(inc: SyntheticIncident): SyntheticIncident {
    this.told.push(inc);
    // Re-tellings pick among recent incidents, as outlets follow the same news.
    if (this.told.length > 2000) this.told.shift();
    return inc;
  }

  private offTopic(lang: 'en' | 'fr', outlet: string, i: number): SyntheticArticle {
    const r = this.r;
    const published = new Date(START + between(r, 0, SPAN_DAYS) * DAY_MS);
    const paragraphs = Array.from({ length: between(r, 3, 6) }, () => pick(r, OFF_TOPIC[lang]));
    const title = lang === 'en' ? 'Council news of the week' : 'Les nouvelles de la semaine';
    return { lang, outlet, url: articleUrl(outlet, published, i), published: isoDay(published), title, paragraphs, incidents: [] };
  }
}

const NOT_LETTERS_RE = /[^A-Za-z]+/g;
const EDGE_DASH_RE = /^-|-$/g;
const DASH_RE = /-/g;
const AMP_RE = /&/g;
const LT_RE = /</g;
const QUOTE_RE = /"/g;
const CSV_SPECIAL_RE = /[",\n]/;

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function articleUrl(outlet: string, d: Date, i: number): string {
  const host = outlet.normalize('NFD').replace(NOT_LETTERS_RE, '-').replace(EDGE_DASH_RE, '').toLowerCase();
  return `https://${host}.example/${isoDay(d).replace(DASH_RE, '/')}/story-${i}`;
}

/** A text file as a scraper saves it: navigation and footer lines around the story, a date line (not metadata). */
export function textDocument(a: SyntheticArticle): string {
  const [y, m, d] = a.published.split('-');
  const dateLine = a.lang === 'en' ? `Published ${Number(d)} ${EN_MONTHS[Number(m) - 1]} ${y}` : `Publié le ${d}/${m}/${y}`;
  const footer = a.lang === 'en' ? ['Share this article', 'Comments', `© ${y} ${a.outlet}. All rights reserved.`] : ['Partager cet article', 'Commentaires', `© ${y} ${a.outlet}. Tous droits réservés.`];
  return [a.lang === 'en' ? 'Home > News > France' : 'Accueil > Actualités > Faits divers', a.title, dateLine, ...a.paragraphs, ...footer].join('\n');
}

const SCRIPT_BLOB = 'window.__STATE__=' + JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ id: i, slug: `item-${i}`, tags: ['a', 'b'] })) }) + ';';
const NAV = `<nav class="main-menu"><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/section-${i}">Section ${i}</a></li>`).join('')}</ul></nav>`;

function escapeHtml(s: string): string {
  return s.replace(AMP_RE, '&amp;').replace(LT_RE, '&lt;').replace(QUOTE_RE, '&quot;');
}

/** A full news page: metadata in the head, menus, cookie banner, related links and comments around the article. */
export function htmlDocument(a: SyntheticArticle, i: number): string {
  const title = escapeHtml(a.title);
  const related = Array.from({ length: 6 }, (_, k) => `<li><a href="/story-${i}-${k}">Another story number ${k} about the region</a></li>`).join('');
  return `<!doctype html><html lang="${a.lang}"><head><meta charset="utf-8"><title>${title} | ${escapeHtml(a.outlet)}</title>
<link rel="canonical" href="${a.url}"><meta property="og:site_name" content="${escapeHtml(a.outlet)}">
<meta property="og:title" content="${title}"><meta property="article:published_time" content="${a.published}T08:00:00+01:00">
<style>${'.c{color:red}'.repeat(300)}</style><script>${SCRIPT_BLOB}</script></head>
<body><header>${NAV}<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div></header>
<main><article><h1>${title}</h1><p class="byline">${a.lang === 'en' ? 'By Staff Reporter' : 'Par la rédaction'}</p>
${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article><aside class="related"><h2>Related articles</h2><ul>${related}</ul></aside>
<section class="comments"><h3>Leave a comment</h3><form><textarea></textarea><button>Post</button></form></section></main>
<footer>${NAV}<p>© ${a.published.slice(0, 4)} ${escapeHtml(a.outlet)}</p></footer><script>${SCRIPT_BLOB}</script></body></html>`;
}

function csvCell(s: string): string {
  return CSV_SPECIAL_RE.test(s) ? `"${s.replace(QUOTE_RE, '""')}"` : s;
}

export interface CorpusInfo {
  /** Folder of the documents. */
  root: string;
  /** Manifest (CSV: file,url,outlet,published) of the text documents; null for HTML, whose pages carry it. */
  manifest: string | null;
  /** Distinct incidents reported (what perfect reconciliation would find). */
  incidents: number;
  /** Articles that report an incident. */
  onTopic: number;
}

/** Writes `count` documents of a kind under `dir` (in subfolders of 1,000). */
export function writeCorpus(dir: string, kind: 'text' | 'html', count: number, seed = 42): CorpusInfo {
  const gen = new ArticleGenerator(rng(seed));
  const root = join(dir, kind);
  const rows = ['file,url,outlet,published'];
  const distinct = new Set<SyntheticIncident>();
  let onTopic = 0;
  for (let i = 0; i < count; i++) {
    const folder = String(Math.floor(i / 1000)).padStart(3, '0');
    const sub = join(root, folder);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const a = gen.next();
    for (const inc of a.incidents) distinct.add(inc);
    if (a.incidents.length) onTopic++;
    const name = `${String(i).padStart(6, '0')}.${kind === 'text' ? 'txt' : 'html'}`;
    writeFileSync(join(sub, name), kind === 'text' ? textDocument(a) : htmlDocument(a, i));
    if (kind === 'text') rows.push([`${kind}/${folder}/${name}`, a.url, a.outlet, a.published].map(csvCell).join(','));
  }
  let manifest: string | null = null;
  if (kind === 'text') {
    manifest = join(dir, 'text-manifest.csv');
    writeFileSync(manifest, rows.join('\n') + '\n');
  }
  return { root, manifest, incidents: distinct.size, onTopic };
}
