// Hostile inputs, generated from a seed: case n of seed s is always the same bytes, so a finding can be replayed
// alone (`npm run fuzz -- --seed s --only n`). Kinds: random bytes, mutated real-looking pages and exports, corrupt
// and bomb archives, deep nesting, huge lines, bad encodings, hostile feeds, and hostile HTTP servers.
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { seededRandom } from '../bench/support/random.js';
import { TEMPLATES, englishReport, frenchReport, htmlPage, rssFeed, type Template } from './templates.js';

export type CaseKind = 'random' | 'mutated' | 'archive' | 'nesting' | 'huge' | 'encoding' | 'feed' | 'http';

export interface FuzzCase {
  index: number;
  kind: CaseKind;
  /** File name (its extension chooses the reader), or the path on the hostile server for `http`. */
  name: string;
  /** What the case is, for the report. */
  description: string;
  /** The file's bytes; absent for `http` cases. */
  bytes?: Buffer;
  /** Must not become a stored document (random bytes). */
  refused?: boolean;
}

type Random = () => number;

const KINDS: Array<[CaseKind, number]> = [
  ['random', 12],
  ['mutated', 38],
  ['archive', 10],
  ['nesting', 8],
  ['huge', 4],
  ['encoding', 12],
  ['feed', 9],
  ['http', 7],
];

const int = (rnd: Random, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
const oneOf = <T>(rnd: Random, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
/** Sizes spread over orders of magnitude: most small, some large. */
const logSize = (rnd: Random, lo: number, hi: number): number => Math.floor(Math.exp(Math.log(lo) + rnd() * (Math.log(hi) - Math.log(lo))));

function randomBytes(rnd: Random, n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256);
  return b;
}

// ------------------------------------------------------------------------------------------------------------
// Snippets inserted into real-looking inputs: markup that never closes, entities, escapes, controls, invisible and
// combining characters, numbers and dates out of range, event-dense prose.

const SNIPPETS: Array<(rnd: Random) => string> = [
  (r) => '<'.repeat(logSize(r, 10, 300_000)),
  (r) => '<a'.repeat(logSize(r, 10, 200_000)),
  (r) => '<div>'.repeat(logSize(r, 10, 50_000)),
  (r) => '<b><i><span>'.repeat(logSize(r, 10, 30_000)),
  () => '<!--',
  () => '<![CDATA[',
  () => '<script>',
  () => '<style>',
  () => '<title>',
  () => '<textarea>',
  () => '<plaintext>',
  () => '</p></div></article></body></html>',
  (r) => '&'.repeat(logSize(r, 10, 100_000)),
  (r) => '&#x'.repeat(logSize(r, 10, 50_000)),
  () => '&#99999999;&#xD800;&#0;&#x110000;&nbsp&amp&lt;script&gt;',
  (r) => '"'.repeat(logSize(r, 10, 50_000)),
  (r) => '\\'.repeat(logSize(r, 10, 50_000)),
  (r) => '{'.repeat(logSize(r, 10, 50_000)),
  () => '\u0000\u0001\u0002\u0007\u0008\u000b\u000c\u007f',
  () => '\u001b[31mROUGE\u001b[0m \u001b]0;titre\u0007 \u009b2J',
  () => '\u202eélliesraM\u202c \u2066isolé\u2069',
  (r) => '\u200d'.repeat(logSize(r, 1, 10_000)),
  () => 'Mar\u200dseille Ni\u200cmes Gre\u200bnoble \ufeff',
  (r) => 'a' + '\u0301\u0300\u0302\u0308'.repeat(logSize(r, 1, 20_000)),
  () => '👨‍👩‍👧‍👦 🇫🇷 مرسيليا 马赛 Марсель',
  (r) => '9'.repeat(logSize(r, 10, 100_000)),
  () => ' 1e309 -0 NaN Infinity 0x10 1,5e400 999999999999999999999 ',
  () => ' le 31 février 2025, le 32/13/2024, en 99999, le 2024-02-30, il y a -3 jours ',
  (r) => 'tué par balles à Marseille, '.repeat(logSize(r, 10, 20_000)),
  (r) => "Un homme a été tué à Nîmes près d'un point de deal. ".repeat(logSize(r, 10, 10_000)),
  (r) => 'x'.repeat(logSize(r, 100, 2_000_000)),
  (r) => '\r'.repeat(logSize(r, 10, 100_000)),
  (r) => '\n'.repeat(logSize(r, 10, 500_000)),
  () => '\u2028\u2029\u0085',
  () => '<meta charset="utf-7">+ADw-script+AD4-alert(1)+ADw-/script+AD4-',
  () => '<meta charset="utf-16"><?xml version="1.0" encoding="utf-32"?>',
  () => '<!DOCTYPE x [<!ENTITY a "&#38;#60;"><!ENTITY b SYSTEM "file:///etc/passwd">]>&a;&b;',
  () => '<a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)><svg onload=alert(1)>',
  () => '<script type="application/ld+json">' + '['.repeat(5000) + '</script>',
  (r) => '<p>' + 'mot '.repeat(logSize(r, 100, 500_000)) + '</p>',
];

function mutate(rnd: Random, text: string): { bytes: Buffer; steps: string[] } {
  let s = text;
  const steps: string[] = [];
  const rounds = int(rnd, 1, 3);
  for (let k = 0; k < rounds; k++) {
    const op = int(rnd, 0, 7);
    if (op === 0 || op === 1) {
      const snippet = oneOf(rnd, SNIPPETS)(rnd);
      const at = int(rnd, 0, s.length);
      s = s.slice(0, at) + snippet + s.slice(at);
      steps.push(`inserted ${JSON.stringify(snippet.slice(0, 24))}${snippet.length > 24 ? `… (${snippet.length} chars)` : ''}`);
    } else if (op === 2) {
      const at = int(rnd, 0, s.length);
      s = s.slice(0, at);
      steps.push(`truncated at ${at}`);
    } else if (op === 3) {
      const from = int(rnd, 0, Math.max(0, s.length - 1));
      const slice = s.slice(from, from + int(rnd, 1, 200));
      const times = logSize(rnd, 2, Math.max(3, Math.floor(400_000 / Math.max(1, slice.length))));
      s = s.slice(0, from) + slice.repeat(times) + s.slice(from);
      steps.push(`repeated a ${slice.length}-char slice ${times} times`);
    } else if (op === 4) {
      const other = oneOf(rnd, TEMPLATES).make(int(rnd, 0, 1000));
      s = s.slice(0, int(rnd, 0, s.length)) + other.slice(int(rnd, 0, other.length));
      steps.push('spliced with another template');
    } else if (op === 5) {
      // Drop or add markup characters here and there: tag soup.
      const chars = [...s];
      const n = logSize(rnd, 1, 200);
      for (let i = 0; i < n && chars.length; i++) {
        const at = int(rnd, 0, chars.length - 1);
        chars[at] = oneOf(rnd, ['', '<', '>', '"', "'", '&', '/', '=', ']]>', '-->']);
      }
      s = chars.join('');
      steps.push(`tag soup (${n} characters changed)`);
    } else if (op === 6) {
      // Mojibake: UTF-8 read as Windows-1252, once or twice.
      const times = int(rnd, 1, 2);
      for (let i = 0; i < times; i++) s = iconv.decode(Buffer.from(s, 'utf8'), 'windows-1252');
      steps.push(`mojibake x${times}`);
    } else {
      // Bytes flipped at random: the last step, since the result is no longer text to work on.
      const bytes = Buffer.from(s, 'utf8');
      const n = logSize(rnd, 1, 500);
      for (let i = 0; i < n && bytes.length; i++) bytes[int(rnd, 0, bytes.length - 1)] = int(rnd, 0, 255);
      steps.push(`${n} random bytes flipped`);
      return { bytes, steps };
    }
  }
  return { bytes: Buffer.from(s, 'utf8'), steps };
}

// ------------------------------------------------------------------------------------------------------------

/** Bombs are the same few buffers: compressed once per process. */
const bombs = new Map<string, Buffer>();
function bomb(kind: 'zeros' | 'letters' | 'newlines' | 'lines' | 'items', mb: number): Buffer {
  const key = `${kind}-${mb}`;
  let b = bombs.get(key);
  if (!b) {
    const size = mb * 1024 * 1024;
    const unit =
      kind === 'zeros'
        ? Buffer.alloc(1 << 20)
        : kind === 'letters'
          ? Buffer.alloc(1 << 20, 'a')
          : kind === 'newlines'
            ? Buffer.alloc(1 << 20, '\n')
            : kind === 'lines'
              ? Buffer.from(`${'<p>Un homme a été tué à Nîmes.</p>\n'.repeat(30_000)}`)
              : Buffer.from(`${JSON.stringify({ text: frenchReport(7) })}\n`.repeat(1000));
    const parts: Buffer[] = [];
    for (let n = 0; n < size; n += unit.length) parts.push(unit);
    b = gzipSync(Buffer.concat(parts));
    bombs.set(key, b);
  }
  return b;
}

function archiveCase(rnd: Random, t: Template, n: number): Omit<FuzzCase, 'index' | 'kind'> {
  const page = Buffer.from(t.make(n));
  const gz = gzipSync(page);
  const variant = int(rnd, 0, 9);
  const name = `${t.name}-${n}${t.ext}.gz`;
  switch (variant) {
    case 0:
      return { name, description: 'valid gzip', bytes: gz };
    case 1: {
      const cut = int(rnd, 10, gz.length - 1);
      return { name, description: `gzip truncated at ${cut} of ${gz.length}`, bytes: gz.subarray(0, cut) };
    }
    case 2: {
      const b = Buffer.from(gz);
      const flips = int(rnd, 1, 20);
      for (let i = 0; i < flips; i++) b[int(rnd, 10, b.length - 1)] = int(rnd, 0, 255);
      return { name, description: `gzip with ${flips} bytes flipped`, bytes: b };
    }
    case 3: {
      const kind = oneOf(rnd, ['zeros', 'letters', 'newlines', 'lines'] as const);
      const mb = oneOf(rnd, [64, 200]);
      return { name: `bomb-${kind}-${n}${oneOf(rnd, ['.html', '.txt', '.json', '.jsonl', '.rss'])}.gz`, description: `gzip bomb: ${mb} MB of ${kind}`, bytes: bomb(kind, mb) };
    }
    case 4:
      return { name: `bomb-items-${n}.jsonl.gz`, description: 'gzip bomb: 60 MB of JSON Lines items, all the same', bytes: bomb('items', 60) };
    case 5:
      return { name, description: 'gzip inside gzip', bytes: gzipSync(gz) };
    case 6:
      return { name, description: 'two gzip members', bytes: Buffer.concat([gz, gzipSync(Buffer.from(t.make(n + 1)))]) };
    case 7:
      return { name, description: 'gzip then garbage', bytes: Buffer.concat([gz, randomBytes(rnd, int(rnd, 1, 5000))]) };
    case 8:
      return { name, description: 'a .gz that is not gzip', bytes: page };
    default:
      return { name, description: 'gzip of nothing', bytes: gzipSync(Buffer.alloc(0)) };
  }
}

function nestingCase(rnd: Random, n: number): Omit<FuzzCase, 'index' | 'kind'> {
  const depth = logSize(rnd, 1_000, 200_000);
  const variant = int(rnd, 0, 8);
  switch (variant) {
    case 0:
      return { name: `deep-${n}.json`, description: `JSON arrays ${depth} deep`, bytes: Buffer.from('['.repeat(depth) + ']'.repeat(depth)) };
    case 1: {
      const parts: string[] = [];
      for (let i = 0; i < depth; i++) parts.push('{"text":');
      return { name: `deep-${n}.json`, description: `JSON "text" objects ${depth} deep`, bytes: Buffer.from(parts.join('') + '"x"' + '}'.repeat(depth)) };
    }
    case 2:
      return { name: `deep-${n}.jsonl`, description: `JSON Lines line ${depth} deep`, bytes: Buffer.from(`${'['.repeat(depth)}${']'.repeat(depth)}\n{"text":${JSON.stringify(frenchReport(n))}}\n`) };
    case 3:
      return { name: `deep-${n}.html`, description: `HTML <div> ${depth} deep`, bytes: Buffer.from(`<html><body>${'<div>'.repeat(depth)}<p>${frenchReport(n)}</p>${'</div>'.repeat(depth)}</body></html>`) };
    case 4:
      return { name: `unclosed-${n}.html`, description: `HTML ${depth} unclosed <b><font>`, bytes: Buffer.from(`<html><body><p>${frenchReport(n)}</p>${'<b><font>x '.repeat(depth)}</body></html>`) };
    case 5:
      return { name: `tables-${n}.htm`, description: `HTML tables ${Math.min(depth, 50_000)} deep`, bytes: Buffer.from(`<html><body>${'<table><tr><td>'.repeat(Math.min(depth, 50_000))}${frenchReport(n)}</body></html>`) };
    case 6: {
      const x = '<x>'.repeat(Math.min(depth, 100_000)) + '</x>'.repeat(Math.min(depth, 100_000));
      return { name: `deep-feed-${n}.rss`, description: `RSS item with XML ${Math.min(depth, 100_000)} deep`, bytes: Buffer.from(rssFeed(n).replace('<description>', `<description>${x}`)) };
    }
    case 7:
      return {
        name: `deep-ld-${n}.html`,
        description: `JSON-LD ${depth} deep in a page`,
        bytes: Buffer.from(htmlPage(n).replace('</head>', `<script type="application/ld+json">${'['.repeat(depth)}${']'.repeat(depth)}</script></head>`)),
      };
    default:
      return { name: `deep-svg-${n}.html`, description: `SVG and MathML ${Math.min(depth, 50_000)} deep`, bytes: Buffer.from(`<html><body><p>${frenchReport(n)}</p>${'<svg><math><mi>'.repeat(Math.min(depth, 50_000))}</body></html>`) };
  }
}

function hugeCase(rnd: Random, n: number): Omit<FuzzCase, 'index' | 'kind'> {
  const mb = int(rnd, 2, 20);
  const target = mb * 1024 * 1024;
  const variant = int(rnd, 0, 6);
  const prose = (sep: string) => {
    const parts: string[] = [];
    let len = 0;
    for (let i = 0; len < target; i++) {
      const p = i % 2 ? englishReport(n + i) : frenchReport(n + i);
      parts.push(p.replace(/\n+/g, ' '));
      len += p.length + sep.length;
    }
    return parts.join(sep);
  };
  switch (variant) {
    case 0:
      return { name: `one-line-${n}.txt`, description: `${mb} MB text on one line`, bytes: Buffer.from(prose(' ')) };
    case 1:
      return { name: `one-node-${n}.html`, description: `${mb} MB page, one text node`, bytes: Buffer.from(`<html><body><p>${prose(' ')}</p></body></html>`) };
    case 2:
      return { name: `minified-${n}.html`, description: `${mb} MB page on one line, many paragraphs`, bytes: Buffer.from(`<html><body>${prose('</p><p>')}</body></html>`) };
    case 3:
      return { name: `no-spaces-${n}.txt`, description: `${mb} MB without a space`, bytes: Buffer.alloc(target, 'Marseille') };
    case 4:
      return { name: `long-line-${n}.jsonl`, description: `JSON Lines with a ${mb} MB line`, bytes: Buffer.from(`${JSON.stringify({ text: prose(' ') })}\n${JSON.stringify({ text: frenchReport(n) })}\n`) };
    case 5:
      return { name: `tags-${n}.html`, description: `${mb} MB of tiny tags`, bytes: Buffer.from(`<html><body>${'<b class="c">x</b> '.repeat(Math.floor(target / 19))}</body></html>`) };
    default: {
      const lines = Math.floor(target / 40);
      return { name: `short-lines-${n}.txt`, description: `${lines} short lines`, bytes: Buffer.from('Un homme a été tué à Nîmes hier soir.\n'.repeat(lines)) };
    }
  }
}

function encodingCase(rnd: Random, n: number): Omit<FuzzCase, 'index' | 'kind'> {
  const t = oneOf(rnd, TEMPLATES);
  const text = t.make(n);
  const variant = int(rnd, 0, 11);
  const name = `${t.name}-${n}${t.ext}`;
  switch (variant) {
    case 0:
      return { name, description: 'Windows-1252, undeclared', bytes: iconv.encode(text, 'windows-1252') };
    case 1:
      return { name, description: 'UTF-16LE without BOM', bytes: iconv.encode(text, 'utf-16le') };
    case 2:
      return { name, description: 'UTF-16BE with BOM', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]) };
    case 3: {
      // Lone surrogates in UTF-16: code units D800 and DC00 out of pairs.
      const b = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
      for (let i = 0; i < int(rnd, 1, 50); i++) {
        const at = 2 + 2 * int(rnd, 0, (b.length - 4) / 2);
        b.writeUInt16LE(oneOf(rnd, [0xd800, 0xdbff, 0xdc00, 0xdfff]), at);
      }
      return { name, description: 'UTF-16LE with lone surrogates', bytes: b };
    }
    case 4:
      return { name, description: 'UTF-32LE with BOM', bytes: Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode(text, 'utf-32le')]) };
    case 5: {
      // CESU-8 / WTF-8 surrogates, overlong forms and stray continuation bytes inside UTF-8.
      const b = Buffer.from(text, 'utf8');
      const junk = [Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xe0, 0x80, 0xaf]), Buffer.from([0x80, 0x80]), Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80]), Buffer.from([0xfe, 0xff])];
      const parts: Buffer[] = [];
      let at = 0;
      for (let i = 0; i < int(rnd, 1, 40); i++) {
        const next = int(rnd, at, b.length);
        parts.push(b.subarray(at, next), oneOf(rnd, junk));
        at = next;
      }
      parts.push(b.subarray(at));
      return { name, description: 'UTF-8 with invalid sequences', bytes: Buffer.concat(parts) };
    }
    case 6:
      return { name: `utf7-${n}.html`, description: 'page declaring UTF-7', bytes: Buffer.from(htmlPage(n).replace('charset="utf-8"', 'charset="utf-7"').replace('<p>', '<p>+ADw-script+AD4-alert(1)+ADw-/script+AD4-')) };
    case 7: {
      const cs = oneOf(rnd, ['shift_jis', 'koi8-r', 'utf-16', 'x-bogus', 'iso-2022-jp', 'utf-32', 'windows-1251']);
      return { name: `declared-${n}.html`, description: `UTF-8 page declaring ${cs}`, bytes: Buffer.from(htmlPage(n).replace('charset="utf-8"', `charset="${cs}"`)) };
    }
    case 8:
      return { name, description: 'ISO-8859-15 with € and œ', bytes: iconv.encode(text.replace(/e/g, 'œ').replace(/ ans/g, ' €'), 'iso-8859-15') };
    case 9:
      return { name, description: 'Latin-1 pasted into UTF-8', bytes: Buffer.concat([Buffer.from(text.slice(0, text.length >> 1)), iconv.encode('Été à Nîmes, 3 000 € saisis.', 'latin1'), Buffer.from(text.slice(text.length >> 1))]) };
    case 10:
      return { name, description: 'BOM in the middle, BOMs of every kind', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.slice(0, 200)), Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0xfe]), Buffer.from(text.slice(200))]) };
    default:
      return { name: `${t.name}-${n}.txt`, description: 'Windows-1251 text, undeclared', bytes: iconv.encode('Мужчина убит в Марселе. '.repeat(int(rnd, 1, 500)), 'windows-1251') };
  }
}

function feedCase(rnd: Random, n: number): Omit<FuzzCase, 'index' | 'kind'> {
  const variant = int(rnd, 0, 10);
  const head = '<?xml version="1.0"?>\n';
  const item = (k: number, body = frenchReport(n + k)) =>
    `<item><title>Titre ${k}</title><link>https://fil.example/${n}/${k}</link><description>${body.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</description></item>`;
  switch (variant) {
    case 0:
      return {
        name: `laughs-${n}.rss`,
        description: 'billion laughs',
        bytes: Buffer.from(
          `${head}<!DOCTYPE rss [<!ENTITY a "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]><rss><channel><title>t</title><item><title>&j;</title><description>&j;</description></item></channel></rss>`,
        ),
      };
    case 1:
      return { name: `xxe-${n}.rss`, description: 'external entity (XXE)', bytes: Buffer.from(`${head}<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>t</title><item><title>x</title><description>&x; ${frenchReport(n)}</description></item></channel></rss>`) };
    case 2: {
      const count = logSize(rnd, 1_000, 20_000);
      return { name: `many-${n}.rss`, description: `${count} items`, bytes: Buffer.from(`${head}<rss><channel><title>t</title>${Array.from({ length: count }, (_, k) => item(k, k % 2 ? frenchReport(k) : englishReport(k))).join('')}</channel></rss>`) };
    }
    case 3: {
      const count = logSize(rnd, 1_000, 200_000);
      return { name: `empty-items-${n}.rss`, description: `${count} empty items`, bytes: Buffer.from(`${head}<rss><channel><title>t</title>${'<item></item>'.repeat(count)}</channel></rss>`) };
    }
    case 4: {
      const count = logSize(rnd, 1_000, 100_000);
      return { name: `attrs-${n}.xml`, description: `${count} attributes on one element`, bytes: Buffer.from(`${head}<rss><channel ${Array.from({ length: count }, (_, k) => `a${k}="${k}"`).join(' ')}><title>t</title>${item(0)}</channel></rss>`) };
    }
    case 5:
      return { name: `cdata-${n}.rss`, description: 'CDATA that never closes, and nested', bytes: Buffer.from(`${head}<rss><channel><title>t</title><item><description><![CDATA[<![CDATA[${frenchReport(n)}]]]]><![CDATA[>]]></description></item><item><description><![CDATA[${'x'.repeat(100_000)}</description></item></channel></rss>`) };
    case 6:
      return { name: `unclosed-${n}.atom`, description: 'Atom with unclosed elements', bytes: Buffer.from(`${head}<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>${'<entry><title>x<content type="xhtml"><div>'.repeat(int(rnd, 1, 5000))}${frenchReport(n)}`) };
    case 7:
      return { name: `doctype-${n}.rss`, description: 'DOCTYPE with an internal subset', bytes: Buffer.from(`${head}<!DOCTYPE rss [<!ENTITY nbsp "&#160;"><!-- ] > --><!ENTITY q '">'>]><rss version="2.0"><channel><title>t&nbsp;</title>${item(0)}${item(1)}</channel></rss>`) };
    case 8:
      return { name: `html-as-feed-${n}.rss`, description: 'an HTML page named .rss', bytes: Buffer.from(htmlPage(n)) };
    case 9: {
      const count = logSize(rnd, 100, 50_000);
      return { name: `ns-${n}.xml`, description: `${count} namespace declarations`, bytes: Buffer.from(`${head}<rss ${Array.from({ length: count }, (_, k) => `xmlns:n${k}="urn:${k}"`).join(' ')}><channel><title>t</title>${item(0)}</channel></rss>`) };
    }
    default: {
      const m = mutate(rnd, oneOf(rnd, [TEMPLATES[3], TEMPLATES[4]]).make(n));
      return { name: `mutated-feed-${n}.rss`, description: `feed: ${m.steps.join('; ')}`, bytes: m.bytes };
    }
  }
}

/** Routes of the hostile server (fuzz/server.ts), with what each does. */
export const HTTP_ROUTES: Record<string, string> = {
  'gzip-garbage': 'declares gzip, sends garbage, never ends',
  'gzip-garbage-end': 'declares gzip, sends garbage, ends',
  'gzip-stall': 'half a gzip body, then nothing',
  'gzip-truncated': 'half a gzip body, then the end',
  'gzip-bomb': 'a gzip bomb as content encoding',
  'br-garbage': 'declares brotli, sends garbage',
  stall: 'headers, then nothing',
  'stall-headers': 'accepts the connection, sends nothing',
  drip: 'one byte every 100 ms, forever',
  endless: 'an endless body',
  'short-length': 'Content-Length larger than the body, then closes',
  'long-length': 'announces 10 GB',
  'redirect-loop': 'redirects to itself',
  'redirect-many': 'twenty redirects',
  'redirect-scheme': 'redirects to file:///etc/passwd',
  binary: 'random bytes as text/html',
  'reset': 'resets the connection mid-body',
  'bad-status': 'an invalid status line',
  'feed-laughs': 'a billion-laughs feed',
  'page': 'a real-looking page (control)',
};

export function makeCase(seed: number, index: number): FuzzCase {
  const rnd = seededRandom((seed * 1_000_003 + index * 7919) >>> 0);
  const total = KINDS.reduce((n, [, w]) => n + w, 0);
  let roll = rnd() * total;
  let kind: CaseKind = 'mutated';
  for (const [k, w] of KINDS) {
    if ((roll -= w) < 0) {
      kind = k;
      break;
    }
  }
  const n = int(rnd, 0, 100_000);
  let body: Omit<FuzzCase, 'index' | 'kind'>;
  switch (kind) {
    case 'random': {
      const size = logSize(rnd, 32, 2_000_000);
      const ext = oneOf(rnd, ['.txt', '.html', '.htm', '.json', '.jsonl', '.xml', '.rss', '.gz', '.html.gz', '', '.dat']);
      body = { name: `random-${n}${ext}`, description: `${size} random bytes`, bytes: randomBytes(rnd, size), refused: true };
      break;
    }
    case 'mutated': {
      const t = oneOf(rnd, TEMPLATES);
      const m = mutate(rnd, t.make(n));
      body = { name: `${t.name}-${n}${t.ext}`, description: `${t.name}: ${m.steps.join('; ')}`, bytes: m.bytes };
      break;
    }
    case 'archive':
      body = archiveCase(rnd, oneOf(rnd, TEMPLATES), n);
      break;
    case 'nesting':
      body = nestingCase(rnd, n);
      break;
    case 'huge':
      body = hugeCase(rnd, n);
      break;
    case 'encoding':
      body = encodingCase(rnd, n);
      break;
    case 'feed':
      body = feedCase(rnd, n);
      break;
    default: {
      const route = oneOf(rnd, Object.keys(HTTP_ROUTES));
      body = { name: route, description: `HTTP: ${HTTP_ROUTES[route]}` };
    }
  }
  return { index, kind, ...body };
}
