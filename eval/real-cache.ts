// `npm run eval:real-cache`: fill the git-ignored article cache of the real-article set (eval/real/cache/<id>.txt).
//
//   --from FILE.jsonl   records {"id"?, "url"?, "text"}: the copies the gold was written on (how the set was built:
//                       the text of each page as a stored copy gives it, from its beginning)
//   --fetch             download each missing URL and keep its main text (needs internet access; a live page is
//                       rarely the exact copy the gold was written on, so such articles are reported as changed)
//   --check             only report what is cached, missing or different from the annotated copy
//
// Article text never enters the repository; sources.csv keeps a SHA-256 of the annotated copy so a different one is
// noticed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractHtml } from '../src/clean/html/index.js';
import { decodeBytes } from '../src/read/encoding.js';
import { fetchUrl } from '../src/read/url.js';
import { urlKey } from '../src/read/manifest.js';
import { cacheState, readSources, realPaths, type RealSource } from './real.js';

let root = dirname(fileURLToPath(import.meta.url));
while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const paths = realPaths(root);
if (!existsSync(paths.sources)) {
  console.error(`vigie eval:real-cache: ${paths.sources} not found`);
  process.exit(2);
}
const sources = readSources(paths.sources);
mkdirSync(paths.cache, { recursive: true });
const write = (s: RealSource, text: string) => writeFileSync(join(paths.cache, `${s.id}.txt`), text, 'utf8');

async function fromFile(file: string) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const byUrl = new Map(sources.map((s) => [urlKey(s.url), s]));
  let written = 0;
  let unknown = 0;
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let rec: { id?: string; url?: string; text?: string };
    try {
      rec = JSON.parse(line);
    } catch (e) {
      console.error(`${file}:${i + 1}: not JSON (${(e as Error).message}); skipped`);
      return;
    }
    const s = (rec.id && byId.get(rec.id)) || (rec.url && byUrl.get(urlKey(rec.url)));
    if (!s || typeof rec.text !== 'string') {
      unknown++;
      return;
    }
    write(s, rec.text);
    written++;
  });
  console.log(`${written} articles written to ${paths.cache}; ${unknown} records matched no article of sources.csv`);
}

async function fetchMissing() {
  const { missing } = cacheState(root, sources);
  let done = 0;
  for (const s of missing) {
    const r = await fetchUrl(s.url);
    done++;
    if (!r.ok) {
      console.error(`[${done}/${missing.length}] ${s.id} ${s.url}: ${r.reason}`);
      continue;
    }
    const decoded = decodeBytes(r.bytes, { httpCharset: /charset=([^;]+)/i.exec(r.contentType ?? '')?.[1] ?? null, sniffDeclarations: true });
    if (!decoded.ok) {
      console.error(`[${done}/${missing.length}] ${s.id} ${s.url}: ${decoded.reason}`);
      continue;
    }
    const html = decoded.text;
    const page = extractHtml(html, { url: r.finalUrl });
    write(s, [page.title, page.text].filter(Boolean).join('\n\n'));
    console.log(`[${done}/${missing.length}] ${s.id} fetched`);
  }
}

if (value('--from')) await fromFile(value('--from')!);
else if (flag('--fetch')) await fetchMissing();
else if (!flag('--check')) {
  console.error('usage: npm run eval:real-cache -- --from FILE.jsonl | --fetch | --check');
  process.exit(2);
}
const st = cacheState(root, sources);
console.log(
  `cache: ${st.present.length}/${sources.length} articles present, ${st.missing.length} missing, ` +
    `${st.changed.length} differ from the copy the gold was written on` +
    (st.changed.length ? ` (${st.changed.map((s) => s.id).join(' ')})` : ''),
);
if (flag('--check') && st.changed.length) process.exitCode = 1;
