import { describe, it, expect } from 'vitest';
import { extractHtml } from './index.js';
import { cleanTitle } from './meta.js';

const NAV = `<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
  <li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav>`;
const COOKIES = `<div id="cookie-banner" class="gdpr-consent"><p>We use cookies to improve your experience on our site.
  By continuing you accept our cookie policy.</p><button>Accept all</button></div>`;
const SHARE = `<div class="share-tools"><a href="https://facebook.com/x">Share on Facebook</a> <a href="https://x.com/y">Tweet</a></div>`;
const RELATED = `<aside class="related-articles"><h3>Related stories</h3><ul>
  <li><a href="/a">Harbour workers strike for a third day</a></li>
  <li><a href="/b">City council votes new budget for the tramway</a></li>
  <li><a href="/c">Heatwave: what the forecasters expect this week</a></li></ul></aside>`;
const COMMENTS = `<section id="comments" class="comments-area"><h3>Leave a reply</h3>
  <form action="/comment"><label>Your comment</label><textarea></textarea><input type="submit"></form>
  <div class="comment"><p>Great piece, thanks for the detailed reporting on this, really appreciated it.</p></div></section>`;
const FOOTER = `<footer class="site-footer"><p>© 2024 The Harbour Gazette. All rights reserved.</p>
  <a href="/legal">Legal notice</a> <a href="/contact">Contact</a></footer>`;

const EN_PARAS = [
  'Police in Marseille said on Tuesday that two men were arrested after a search of a flat in the 13th arrondissement, where officers found four kilograms of cannabis resin and a handgun.',
  'According to the prosecutor, the suspects had been under surveillance for several months, and investigators believe the flat served as a stash house for a larger distribution network operating in the northern districts.',
  'Residents of the estate told reporters that the deals had become more visible over the past year, with lookouts posted at the entrances of several buildings, even during school hours.',
  'The two men, aged 24 and 31, will appear before a judge on Thursday. Both face charges of drug trafficking and illegal possession of a weapon, which carry heavy sentences.',
];

function enPage(body: string): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
  <title>Two arrested after drugs and gun found in Marseille flat | The Harbour Gazette</title>
  <meta property="og:site_name" content="The Harbour Gazette">
  <meta property="article:published_time" content="2024-03-12T09:30:00+01:00">
  <meta name="author" content="Jane Moreau">
  <script>window.dataLayer = [{ page: 'article', secret: 'tracking-code-xyz' }];</script>
  <style>.share-tools { display: flex } body { font-family: serif }</style>
  </head><body>${NAV}${COOKIES}<div class="page"><div class="main-column">${body}</div>
  <div class="sidebar"><h4>Most read</h4><ol><li><a href="/x">Storm damages the old port</a></li><li><a href="/y">New ferry line opens</a></li></ol></div></div>
  ${FOOTER}</body></html>`;
}

describe('extractHtml on an English news page with <article>', () => {
  const html = enPage(`<article class="story">
    <h1>Two arrested after drugs and gun found in Marseille flat</h1>
    <div class="byline">By Jane Moreau</div>${SHARE}
    <figure><img src="/p.jpg"><figcaption>Officers outside the building. Photo: Agency</figcaption></figure>
    <p>${EN_PARAS[0]}</p><p>${EN_PARAS[1]}</p>
    <h2>A network under watch</h2>
    <p>${EN_PARAS[2]}</p>
    <ul><li>Four kilograms of cannabis resin were seized in the kitchen.</li><li>A loaded handgun was hidden in a wardrobe.</li></ul>
    <p><a href="/related/marseille-shootings">Read more: Marseille shootings since January</a></p>
    <p>${EN_PARAS[3]}</p>${RELATED}</article>${COMMENTS}`);
  const out = extractHtml(html, { url: 'https://example.org/a' });
  const lines = out.text.split('\n');

  it('keeps every paragraph, the subheading and the list items, one block per line', () => {
    for (const p of EN_PARAS) expect(lines).toContain(p);
    expect(lines).toContain('A network under watch');
    expect(lines).toContain('Four kilograms of cannabis resin were seized in the kitchen.');
    expect(lines).toContain('A loaded handgun was hidden in a wardrobe.');
    expect(lines.indexOf(EN_PARAS[0])).toBeLessThan(lines.indexOf(EN_PARAS[3]));
  });

  it('drops navigation, cookie banner, share buttons, caption, teaser, related block, comments and footer', () => {
    for (const junk of ['World', 'cookies', 'Share on Facebook', 'Photo: Agency', 'Read more', 'Harbour workers strike',
      'Great piece', 'Leave a reply', 'All rights reserved', 'Storm damages', 'By Jane Moreau']) {
      expect(out.text).not.toContain(junk);
    }
  });

  it('never outputs script or style content, nor the headline itself', () => {
    expect(out.text).not.toContain('tracking-code-xyz');
    expect(out.text).not.toContain('font-family');
    expect(lines).not.toContain('Two arrested after drugs and gun found in Marseille flat');
  });

  it('reads title, byline, date and language from the head', () => {
    expect(out.title).toBe('Two arrested after drugs and gun found in Marseille flat');
    expect(out.byline).toBe('Jane Moreau');
    expect(out.published).toBe('2024-03-12T08:30:00.000Z');
    expect(out.lang).toBe('en-GB');
  });

  it('has no empty lines and no runs of spaces', () => {
    expect(out.text).not.toMatch(/\n\s*\n/);
    expect(out.text).not.toMatch(/ {2}/);
  });
});

const FR_PARAS = [
  "Un homme de 22 ans a été tué par balles dans la nuit de samedi à dimanche à Nîmes, dans le quartier de Pissevin, a indiqué le parquet, qui évoque un règlement de comptes lié au trafic de stupéfiants.",
  "Selon les premiers éléments de l'enquête, la victime se trouvait au pied d'un immeuble lorsqu'un véhicule s'est arrêté à sa hauteur ; plusieurs coups de feu ont alors été tirés, avant que les agresseurs ne prennent la fuite.",
  "C'est le troisième homicide de ce type depuis le début de l'année dans la ville, où les habitants dénoncent une situation « intenable », malgré les renforts de police annoncés par le ministre.",
];

describe('extractHtml on a French page built from divs only', () => {
  const html = `<html lang="fr"><head><title>Nîmes : un homme tué par balles à Pissevin - Le Courrier du Sud</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Nîmes : un homme tué par balles à Pissevin","datePublished":"2024-08-18","author":{"@type":"Person","name":"Luc Bernard"}}</script>
    </head><body>
    <div class="menu-principal"><a href="/">Accueil</a> <a href="/faits-divers">Faits divers</a> <a href="/sport">Sport</a></div>
    <div id="didomi-notice" class="consent-popup"><div>Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés.</div></div>
    <div class="wrapper"><div class="contenu-article">
      <div class="texte">${FR_PARAS[0]}</div>
      <div class="texte">${FR_PARAS[1]}</div>
      <div class="intertitre"><h2>Un quartier sous tension</h2></div>
      <div class="texte">${FR_PARAS[2]}</div>
      <div class="partage"><a href="#">Partager sur Facebook</a> <a href="#">Partager sur X</a></div>
      <div class="lire-aussi"><span>À lire aussi :</span> <a href="/x">Trafic de drogue : un réseau démantelé à Alès</a></div>
    </div>
    <div class="newsletter-box"><p>Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin.</p></div>
    </div></body></html>`;
  const out = extractHtml(html);

  it('keeps the French paragraphs with their accents and guillemets, and the subheading', () => {
    for (const p of FR_PARAS) expect(out.text).toContain(p);
    expect(out.text).toContain('Un quartier sous tension');
  });

  it('drops menu, consent notice, share links, teaser and newsletter box', () => {
    for (const junk of ['Accueil', 'cookies', 'Partager', 'À lire aussi', 'Alès', 'newsletter']) expect(out.text).not.toContain(junk);
  });

  it('takes headline, author and date from JSON-LD', () => {
    expect(out.title).toBe('Nîmes : un homme tué par balles à Pissevin');
    expect(out.byline).toBe('Luc Bernard');
    expect(out.published).toBe('2024-08-18');
    expect(out.lang).toBe('fr');
  });
});

describe('extractHtml on harder markup', () => {
  it('splits <br>-separated text into lines', () => {
    const html = `<html><body><div class="nav"><a href="/">Home</a></div><div id="story">
      ${EN_PARAS[0]}<br><br>${EN_PARAS[1]}<br>${EN_PARAS[2]}<br/><br/>${EN_PARAS[3]}</div></body></html>`;
    const lines = extractHtml(html).text.split('\n');
    expect(lines).toEqual(EN_PARAS);
  });

  it('falls back to the JSON-LD articleBody when the page body holds no text', () => {
    const body = `${FR_PARAS[0]}\n\n${FR_PARAS[1]}`;
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Nîmes', articleBody: body })}</script></head>
      <body><div id="app"></div><noscript>Please enable JavaScript to read this article.</noscript></body></html>`;
    const out = extractHtml(html);
    expect(out.text).toBe(`${FR_PARAS[0]}\n${FR_PARAS[1]}`);
    expect(out.text).not.toContain('JavaScript');
  });

  it('prefers the itemprop=articleBody block over a longer comment thread', () => {
    const comments = Array.from({ length: 6 }, (_, i) => `<div class="reply-item"><p>Reader ${i} writes: I have lived in this neighbourhood for years, and honestly, things have changed a lot, not always for the better, sadly.</p></div>`).join('');
    const html = `<html><body><div class="wrap"><div itemprop="articleBody"><p>${EN_PARAS[0]}</p><p>${EN_PARAS[1]}</p></div>
      <div class="thread">${comments}</div></div></body></html>`;
    const out = extractHtml(html);
    expect(out.text).toContain(EN_PARAS[1]);
    expect(out.text).not.toContain('Reader 3 writes');
  });

  it('survives malformed HTML with unclosed tags', () => {
    const html = `<html><body><div class="article-body"><p>${EN_PARAS[0]}<p>${EN_PARAS[1]}<p><b>${EN_PARAS[2]}<div class="share">Share</div></body>`;
    const out = extractHtml(html);
    for (const p of EN_PARAS.slice(0, 3)) expect(out.text).toContain(p);
    expect(out.text.split('\n')).not.toContain('Share');
  });

  it('returns empty text and null metadata for an empty page', () => {
    for (const html of ['', '<html><head></head><body></body></html>']) {
      expect(extractHtml(html)).toEqual({ title: null, text: '', byline: null, published: null, lang: null });
    }
  });

  it('decodes entities and keeps non-Latin text', () => {
    const ru = 'Полиция задержала двух подозреваемых в торговле наркотиками, сообщила прокуратура в понедельник, добавив, что расследование продолжается.';
    const ar = 'أعلنت الشرطة الفرنسية، يوم الاثنين، توقيف شخصين يشتبه في تورطهما في تهريب المخدرات في مدينة مرسيليا، وفق ما أفادت النيابة العامة.';
    const html = `<html><body><article><p>Caf&eacute; &amp; bar &laquo;&nbsp;Le Phare&nbsp;&raquo; &#8212; closed &#x2014; after the raid, said the mayor, who called it a &quot;necessary&quot; step, one of many.</p>
      <p>${ru}</p><p>${ar}</p></article></body></html>`;
    const lines = extractHtml(html).text.split('\n');
    expect(lines[0]).toBe('Café & bar « Le Phare » — closed — after the raid, said the mayor, who called it a "necessary" step, one of many.');
    expect(lines).toContain(ru);
    expect(lines).toContain(ar);
  });

  it('drops content hidden from readers and template content', () => {
    const html = `<html><body><article><p>${EN_PARAS[0]}</p><p style="display:none">Hidden promotional text that no reader ever sees on screen.</p>
      <template><p>Template paragraph that is only used by scripts at run time.</p></template><p>${EN_PARAS[1]}</p></article></body></html>`;
    const out = extractHtml(html);
    expect(out.text).toBe(`${EN_PARAS[0]}\n${EN_PARAS[1]}`);
  });
});

describe('cleanTitle', () => {
  it('drops the site after the last separator but not a French headline colon', () => {
    expect(cleanTitle('Nîmes : un adolescent blessé par balle - Le Petit Gardois', null)).toBe('Nîmes : un adolescent blessé par balle');
    expect(cleanTitle('Drug gang leader jailed in Lyon | The Daily Wire', null)).toBe('Drug gang leader jailed in Lyon');
    expect(cleanTitle('Le Journal - Saisie record au Havre', 'Le Journal')).toBe('Saisie record au Havre');
    expect(cleanTitle('Marseille : le point sur la situation', null)).toBe('Marseille : le point sur la situation');
  });
});
