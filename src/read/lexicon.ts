// Words and names the read stage recognises, as data: month names, null markers, extensions, entities, columns.

/** Month names and abbreviations (English and French, accents optional) → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, janvier: 1, janv: 1,
  february: 2, feb: 2, fevrier: 2, février: 2, fevr: 2, févr: 2, fev: 2, fév: 2,
  march: 3, mar: 3, mars: 3,
  april: 4, apr: 4, avril: 4, avr: 4,
  may: 5, mai: 5,
  june: 6, jun: 6, juin: 6,
  july: 7, jul: 7, juillet: 7, juil: 7,
  august: 8, aug: 8, aout: 8, août: 8,
  september: 9, sep: 9, sept: 9, septembre: 9,
  october: 10, oct: 10, octobre: 10,
  november: 11, nov: 11, novembre: 11,
  december: 12, dec: 12, decembre: 12, décembre: 12, déc: 12,
};

/** Time zone abbreviations found in RSS (RFC 822) dates → offset from UTC in minutes. */
export const TIME_ZONES: Readonly<Record<string, number>> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  WET: 0, WEST: 60, BST: 60, CET: 60, CEST: 120, MET: 60, MEST: 120, EET: 120, EEST: 180,
};

/** Manifest and export cells that mean "not known". Compared lower-cased and trimmed. */
export const NULL_MARKERS: ReadonlySet<string> = new Set(['', 'unknown', 'inconnu', 'n/a', 'na', 'null', 'none', 'nil', '-', '?']);

/** Extensions read as documents; anything else inside a folder is sniffed unless listed as ignored. */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text']);
export const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm', '.xhtml', '.shtml']);
export const JSON_EXTENSIONS: ReadonlySet<string> = new Set(['.json']);
export const JSONL_EXTENSIONS: ReadonlySet<string> = new Set(['.jsonl', '.ndjson']);
export const FEED_EXTENSIONS: ReadonlySet<string> = new Set(['.xml', '.rss', '.atom']);

/**
 * Files skipped silently while walking a folder: page assets, notes and tables saved next to articles
 * (a manifest.csv or a README beside the pages is not an article). Given explicitly, they are still read.
 */
export const IGNORED_IN_FOLDERS: ReadonlySet<string> = new Set([
  '.md', '.markdown', '.csv', '.tsv', '.css', '.js', '.mjs', '.map', '.ico', '.svg', '.png', '.jpg', '.jpeg',
  '.gif', '.webp', '.avif', '.bmp', '.tif', '.tiff', '.woff', '.woff2', '.ttf', '.otf', '.eot', '.mp3', '.mp4',
  '.webm', '.m4a', '.ogg', '.wav', '.zip', '.tar', '.7z', '.rar', '.db', '.sqlite', '.lock', '.log',
  // SQLite's write-ahead log and shared-memory files: a database kept beside the articles is not an article.
  '.db-wal', '.db-shm', '.sqlite-wal', '.sqlite-shm', '.db-journal',
]);

/** Manifest column names (lower-cased) → the field they fill. */
export const MANIFEST_COLUMNS: Readonly<Record<string, 'file' | 'url' | 'outlet' | 'published' | 'title'>> = {
  file: 'file', path: 'file', filename: 'file', filepath: 'file', fichier: 'file',
  url: 'url', link: 'url', href: 'url', lien: 'url',
  outlet: 'outlet', source: 'outlet', publisher: 'outlet', site: 'outlet', media: 'outlet', média: 'outlet',
  published: 'published', date: 'published', pubdate: 'published', published_at: 'published',
  publication_date: 'published', date_publication: 'published',
  title: 'title', headline: 'title', titre: 'title',
};

/** Field names used by JSON exports of articles (scrapers, news APIs, CMS dumps), most specific first. */
export const JSON_FIELDS = {
  url: ['url', 'link', 'href', 'canonical_url', 'permalink', 'source_url'],
  title: ['title', 'headline', 'name', 'titre'],
  text: ['text', 'content_text', 'body', 'article', 'texte', 'contenu', 'plain_text', 'description'],
  html: ['html', 'content_html', 'raw_html', 'body_html', 'content'],
  published: ['published', 'published_at', 'publishedAt', 'pubDate', 'date_published', 'datePublished', 'date', 'created_at', 'time'],
  outlet: ['outlet', 'source', 'publisher', 'site', 'site_name', 'domain', 'media'],
} as const;

/** Keys of a JSON object that hold the list of articles. */
export const JSON_LIST_KEYS = ['items', 'articles', 'documents', 'results', 'data', 'entries', 'posts'] as const;

/** Tags a page can open with (after a doctype or comments): content starting with one is read as HTML. */
export const HTML_OPENING_TAGS = [
  '!doctype html', 'html', 'head', 'body', 'meta', 'title', 'div', 'p', 'article', 'section', 'main', 'header',
  'span', 'h[1-6]', 'table', 'ul', 'br', 'a', 'script', 'style', 'link',
] as const;

/** Tags whose presence shows that an export's "text" field is really markup. */
export const MARKUP_TAGS = [
  'p', 'div', 'br', 'span', 'a', 'h[1-6]', 'article', 'section', 'ul', 'ol', 'li', 'em', 'strong', 'b', 'i',
  'html', 'body', 'img', 'figure', 'blockquote', 'table',
] as const;

/** Named HTML entities worth decoding in a title or meta tag (numeric ones are decoded generically). */
export const HTML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', sbquo: '‚', bdquo: '„',
  euro: '€', pound: '£', copy: '©', reg: '®', trade: '™', deg: '°', middot: '·', bull: '•', shy: '\u00ad',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', Eacute: 'É', Egrave: 'È', Ecirc: 'Ê', Euml: 'Ë',
  agrave: 'à', acirc: 'â', auml: 'ä', aacute: 'á', Agrave: 'À', Acirc: 'Â', Auml: 'Ä', Aacute: 'Á',
  icirc: 'î', iuml: 'ï', iacute: 'í', Icirc: 'Î', Iuml: 'Ï', ocirc: 'ô', ouml: 'ö', oacute: 'ó', Ocirc: 'Ô',
  Ouml: 'Ö', ucirc: 'û', ugrave: 'ù', uuml: 'ü', uacute: 'ú', Ucirc: 'Û', Ugrave: 'Ù', Uuml: 'Ü',
  ccedil: 'ç', Ccedil: 'Ç', oelig: 'œ', OElig: 'Œ', aelig: 'æ', AElig: 'Æ', yuml: 'ÿ', ntilde: 'ñ', Ntilde: 'Ñ',
  szlig: 'ß',
};
