// Real-looking inputs written for the fuzzer (invented events in real places), in every format Vigie reads: the
// seeds that mutations start from. Each is a function of a number so that seeds differ in figures and places.

const PLACES = ['Nîmes', 'Marseille', 'Grenoble', 'Valence', 'Toulouse', 'Dijon', 'Besançon', 'Avignon', 'Lille', 'Rennes'];
const QUARTERS = ['Pissevin', 'la Castellane', 'Mistral', 'Fontbarlettes', 'le Mirail', 'les Grésilles', 'Planoise', 'la Rocade', 'Moulins', 'Maurepas'];

function pick<T>(xs: readonly T[], n: number): T {
  return xs[Math.abs(n) % xs.length];
}

/** A French report of a shooting, three paragraphs. */
export function frenchReport(n: number): string {
  const city = pick(PLACES, n);
  const quarter = pick(QUARTERS, n * 3 + 1);
  return [
    `Un homme de ${18 + (n % 30)} ans a été tué par balles dans la nuit de samedi à dimanche ${1 + (n % 28)} mars dans le quartier ${quarter}, à ${city}, près d'un point de deal connu des enquêteurs.`,
    `Selon le parquet de ${city}, deux individus cagoulés ont ouvert le feu depuis un scooter avant de prendre la fuite. Un second homme, âgé de ${20 + (n % 9)} ans, a été blessé à la jambe.`,
    `L'enquête, confiée à la police judiciaire, privilégie la piste d'un règlement de comptes sur fond de trafic de stupéfiants. C'est le ${2 + (n % 12)}e homicide lié au narcotrafic dans le département depuis le début de l'année.`,
  ].join('\n\n');
}

/** An English report of a seizure, two paragraphs. */
export function englishReport(n: number): string {
  const city = pick(PLACES, n + 4);
  return [
    `Police in ${city} seized ${10 + (n % 90)} kilograms of cannabis resin and ${1 + (n % 5)} firearms on Tuesday in a raid on a flat used by a drug network, the prosecutor said.`,
    `Four men aged ${19 + (n % 10)} to ${30 + (n % 10)} were arrested. Officers also found €${(n % 50) * 1000 + 2500} in cash. "This network supplied the whole district," a police source told reporters.`,
  ].join('\n\n');
}

export function htmlPage(n: number): string {
  const city = pick(PLACES, n);
  const paragraphs = frenchReport(n)
    .split('\n\n')
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>${city} : un homme tué par balles près d'un point de deal | Le Courrier du Sud</title>
<meta property="og:title" content="${city} : un homme tué par balles">
<meta property="article:published_time" content="2025-03-${String(1 + (n % 28)).padStart(2, '0')}T08:30:00+01:00">
<link rel="canonical" href="https://courrier-du-sud.example/faits-divers/${n}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${city} : un homme tué par balles","datePublished":"2025-03-02","publisher":{"@type":"Organization","name":"Le Courrier du Sud"}}</script>
<style>body { font-family: serif } .ad { display: none }</style>
</head>
<body>
<header><nav><a href="/">Accueil</a> <a href="/faits-divers">Faits divers</a> <a href="/sport">Sport</a> <a href="/abonnement">S'abonner</a></nav></header>
<main><article>
<h1>${city} : un homme tué par balles près d'un point de deal</h1>
<p class="byline">Par la rédaction · publié le 2 mars 2025 à 08h30</p>
${paragraphs}
<figure><img src="/photo.jpg" alt="Les lieux du drame"><figcaption>Les lieux du drame. Photo AFP</figcaption></figure>
<aside class="related"><h2>Lire aussi</h2><ul><li><a href="/a">Trafic : un réseau démantelé</a></li><li><a href="/b">Saisie record au port</a></li></ul></aside>
</article></main>
<footer>© Le Courrier du Sud · <a href="/mentions">Mentions légales</a> · <a href="/cookies">Cookies</a></footer>
<script>window.dataLayer = window.dataLayer || []; function gtag(){ dataLayer.push(arguments) } if (a < b && c > d) { gtag('js', new Date()) }</script>
</body>
</html>
`;
}

export function englishPage(n: number): string {
  const paragraphs = englishReport(n)
    .split('\n\n')
    .map((p) => `<p>${p.replace(/&/g, '&amp;')}</p>`)
    .join('');
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Drugs and guns seized in raid - Riviera Herald</title></head><body><div id="page"><div class="content"><h1>Drugs and guns seized in raid</h1><div class="article-body">${paragraphs}</div><div class="comments"><h3>Comments</h3><p>Great work by the police!</p></div></div></div></body></html>`;
}

/** A text scrape: menu lines, the article, then page furniture. */
export function textScrape(n: number): string {
  return [
    'Accueil',
    'Faits divers',
    'Se connecter',
    '',
    `${pick(PLACES, n)} : un homme tué par balles`,
    '',
    'Publié le 02/03/2025 à 08:30',
    '',
    frenchReport(n),
    '',
    'Partager sur Facebook',
    'Lire aussi : Trafic de drogue, un réseau démantelé',
    '© Le Courrier du Sud - Tous droits réservés',
  ].join('\n');
}

export function rssFeed(n: number): string {
  const items = [0, 1, 2]
    .map(
      (k) => `<item>
<title>${pick(PLACES, n + k)} : un homme tué par balles</title>
<link>https://courrier-du-sud.example/fil/${n}-${k}</link>
<guid isPermaLink="true">https://courrier-du-sud.example/fil/${n}-${k}</guid>
<pubDate>Sun, 0${1 + k} Mar 2025 08:30:00 +0100</pubDate>
<description><![CDATA[<p>${frenchReport(n + k).split('\n\n').join('</p><p>')}</p>]]></description>
</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Le Courrier du Sud - Faits divers</title>
<link>https://courrier-du-sud.example/</link>
<description>Les faits divers du Sud</description>
${items}
</channel>
</rss>
`;
}

export function atomFeed(n: number): string {
  const entries = [0, 1]
    .map(
      (k) => `<entry>
<title type="html">Seizure in ${pick(PLACES, n + k)} &amp;amp; arrests</title>
<link rel="alternate" href="https://riviera-herald.example/news/${n}-${k}"/>
<id>urn:uuid:${n}-${k}</id>
<updated>2025-03-0${1 + k}T10:00:00Z</updated>
<content type="html">&lt;p&gt;${englishReport(n + k).replace(/&/g, '&amp;amp;').split('\n\n').join('&lt;/p&gt;&lt;p&gt;')}&lt;/p&gt;</content>
</entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Riviera Herald</title>
<id>urn:uuid:feed-${n}</id>
<updated>2025-03-02T10:00:00Z</updated>
${entries}
</feed>
`;
}

export function jsonExport(n: number): string {
  return JSON.stringify(
    {
      articles: [0, 1, 2].map((k) => ({
        url: `https://courrier-du-sud.example/json/${n}-${k}`,
        title: `${pick(PLACES, n + k)} : un homme tué par balles`,
        text: k === 1 ? englishReport(n + k) : frenchReport(n + k),
        published: `2025-03-0${1 + k}`,
        outlet: 'Le Courrier du Sud',
      })),
    },
    null,
    1,
  );
}

export function jsonlExport(n: number): string {
  return (
    [0, 1, 2, 3]
      .map((k) =>
        JSON.stringify(
          k % 2
            ? { url: `https://riviera-herald.example/jsonl/${n}-${k}`, html: `<p>${englishReport(n + k)}</p>`, date: '2025-03-02' }
            : { link: `https://courrier-du-sud.example/jsonl/${n}-${k}`, content: frenchReport(n + k), source: 'Le Courrier du Sud' },
        ),
      )
      .join('\n') + '\n'
  );
}

export interface Template {
  name: string;
  ext: string;
  make: (n: number) => string;
}

export const TEMPLATES: readonly Template[] = [
  { name: 'page-fr', ext: '.html', make: htmlPage },
  { name: 'page-en', ext: '.htm', make: englishPage },
  { name: 'scrape', ext: '.txt', make: textScrape },
  { name: 'rss', ext: '.rss', make: rssFeed },
  { name: 'atom', ext: '.xml', make: atomFeed },
  { name: 'json', ext: '.json', make: jsonExport },
  { name: 'jsonl', ext: '.jsonl', make: jsonlExport },
];
