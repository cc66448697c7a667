// Entities on the real-article set (eval/real): ingest the cached `dev` articles, export, and score the exported
// entities against the judgements in eval/real/entities.gold.json.
//
// Each article's entities are the exported entities with a mention in it (name and type as exported). A judged
// list says, per article, what each extracted name is (`ok`, `junk`: not an entity at all, `wrong-type`: a real
// entity typed wrongly) and which real entities should be there (criminal groups by name, officials with their
// role). The figures:
// - junk rate: the share of extracted (article, entity) pairs judged junk or wrong type, over the judged pairs;
// - recall: the share of expected entities found with their type (and, for officials, with their role among the
//   titles the export gives the entity);
// - unjudged: extracted pairs the list does not judge yet (printed for the tuned part, so the list can grow).
//
// About a quarter of the judged articles are kept aside as a held-out check, chosen by a hash of the article id
// (HELD_OUT below), never by hand: the extractor is tuned on the rest, the held-out part is read as figures only.
//
// `node dist/eval/entities.js [--dump FILE]` runs it alone; `npm run eval` runs it after the real-article figures.
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeJson } from '../src/export/json.js';
import { ingest } from '../src/pipeline/ingest.js';
import { openStore } from '../src/store/open.js';
import { readSources, realPaths } from './real.js';

export type EntityKind = 'person' | 'organisation' | 'criminal_group' | 'place';
export type Verdict = 'ok' | 'junk' | 'wrong-type';

export interface JudgedEntity {
  name: string;
  type: EntityKind;
  verdict: Verdict;
  /** For `wrong-type`: the type it should have. */
  should?: EntityKind;
}

export interface ExpectedEntity {
  name: string;
  type: EntityKind;
  /** Other fair names ("Yoda", "clan Yoda", "Yoda clan"). */
  aliases?: string[];
  /** For officials: a word of the role the text gives them ("procureur", "ministre", "prefect"). */
  role?: string;
}

export interface JudgedArticle {
  entities: JudgedEntity[];
  expected: ExpectedEntity[];
}

export interface JudgedList {
  version: number;
  articles: Record<string, JudgedArticle>;
}

/** The held-out part: a quarter of the articles by a hash of their id, fixed before the extractor was tuned. */
export function heldOut(id: string): boolean {
  const h = createHash('sha256').update(`vigie-entities-held-out:${id}`, 'utf8').digest();
  return h[0]! % 4 === 0;
}

/** Case, accents, apostrophes, hyphens and spacing do not tell names apart. */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[-\u2010-\u2015_]/g, ' ')
    .replace(/[«»"“”.,;:!?()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ExtractedEntity {
  name: string;
  type: EntityKind;
  aliases: string[];
  titles: string[];
}

export interface PartScore {
  part: 'tuned' | 'held-out';
  articles: number;
  extracted: number;
  judged: number;
  junk: number;
  wrongType: number;
  unjudged: number;
  expected: number;
  /** Expected entities in articles judged off-topic (nothing is extracted from those). */
  expectedOffTopic: number;
  found: number;
  /** Expected officials with a role, and those found with it. */
  roles: number;
  rolesFound: number;
}

export interface ArticleReport {
  id: string;
  part: 'tuned' | 'held-out';
  junk: ExtractedEntity[];
  wrongType: Array<ExtractedEntity & { should?: EntityKind }>;
  missed: Array<ExpectedEntity & { why: string }>;
  unjudged: ExtractedEntity[];
}

export interface EntityEvaluation {
  parts: PartScore[];
  reports: ArticleReport[];
  /** Every dev article's extracted entities (for judging). */
  extracted: Map<string, ExtractedEntity[]>;
  exportPath: string;
  elapsedMs: number;
}

/** Judges an extracted entity with the article's list, then with the verdicts on the same name elsewhere. */
function judge(e: ExtractedEntity, own: JudgedEntity[] | undefined, global: Map<string, JudgedEntity[]>): JudgedEntity | null {
  const key = foldName(e.name);
  const pick = (list: JudgedEntity[]): JudgedEntity | null => {
    const same = list.filter((j) => foldName(j.name) === key);
    if (!same.length) return null;
    const exact = same.find((j) => j.type === e.type);
    if (exact) return exact;
    // Judged under another type: junk stays junk; a real entity judged to be of this type is right here; a real
    // entity of another type is the wrong type here.
    const junk = same.find((j) => j.verdict === 'junk');
    if (junk) return { ...junk, type: e.type };
    if (same.some((j) => j.verdict === 'wrong-type' && j.should === e.type)) return { name: e.name, type: e.type, verdict: 'ok' };
    const real = same.find((j) => j.verdict === 'ok') ?? same.find((j) => j.should);
    if (real) return { name: e.name, type: e.type, verdict: 'wrong-type', should: real.verdict === 'ok' ? real.type : real.should };
    return null;
  };
  return (own && pick(own)) ?? pick(global.get(key) ?? []);
}

function found(x: ExpectedEntity, ents: ExtractedEntity[]): { entity: ExtractedEntity | null; typed: boolean } {
  const names = new Set([x.name, ...(x.aliases ?? [])].map(foldName));
  const hits = ents.filter((e) => names.has(foldName(e.name)) || e.aliases.some((a) => names.has(foldName(a))));
  const typed = hits.find((e) => e.type === x.type) ?? null;
  return { entity: typed ?? hits[0] ?? null, typed: !!typed };
}

export function scoreEntities(
  extracted: Map<string, ExtractedEntity[]>,
  list: JudgedList,
  offTopic: Set<string> = new Set(),
): { parts: PartScore[]; reports: ArticleReport[] } {
  const global = new Map<string, JudgedEntity[]>();
  for (const a of Object.values(list.articles)) {
    for (const j of a.entities) {
      const k = foldName(j.name);
      global.set(k, [...(global.get(k) ?? []), j]);
    }
  }
  const parts: Record<'tuned' | 'held-out', PartScore> = {
    tuned: { part: 'tuned', articles: 0, extracted: 0, judged: 0, junk: 0, wrongType: 0, unjudged: 0, expected: 0, expectedOffTopic: 0, found: 0, roles: 0, rolesFound: 0 },
    'held-out': { part: 'held-out', articles: 0, extracted: 0, judged: 0, junk: 0, wrongType: 0, unjudged: 0, expected: 0, expectedOffTopic: 0, found: 0, roles: 0, rolesFound: 0 },
  };
  const reports: ArticleReport[] = [];
  for (const id of Object.keys(list.articles).sort()) {
    if (!extracted.has(id)) continue;
    const part = heldOut(id) ? 'held-out' : 'tuned';
    const s = parts[part];
    const ents = extracted.get(id) ?? [];
    const judged = list.articles[id]!;
    const r: ArticleReport = { id, part, junk: [], wrongType: [], missed: [], unjudged: [] };
    s.articles++;
    for (const e of ents) {
      s.extracted++;
      const j = judge(e, judged.entities, global);
      if (!j) {
        s.unjudged++;
        r.unjudged.push(e);
        continue;
      }
      s.judged++;
      if (j.verdict === 'junk') (s.junk++, r.junk.push(e));
      else if (j.verdict === 'wrong-type') (s.wrongType++, r.wrongType.push({ ...e, should: j.should }));
    }
    for (const x of judged.expected) {
      s.expected++;
      if (offTopic.has(id)) s.expectedOffTopic++;
      if (x.role) s.roles++;
      const f = found(x, ents);
      if (!f.entity) {
        r.missed.push({ ...x, why: offTopic.has(id) ? 'not found: the article was judged off-topic, no entity is kept from it' : 'not found' });
        continue;
      }
      if (!f.typed) {
        r.missed.push({ ...x, why: `found as ${f.entity.type}` });
        continue;
      }
      s.found++;
      if (x.role) {
        // "procureur|prosecutor": any of the words, within any title the export gives the entity.
        const roles = x.role.split('|').map(foldName);
        if (f.entity.titles.some((t) => roles.some((r) => foldName(t).includes(r)))) s.rolesFound++;
        else r.missed.push({ ...x, why: `found without its role (titles: ${f.entity.titles.join(' | ') || 'none'})` });
      }
    }
    reports.push(r);
  }
  return { parts: [parts.tuned, parts['held-out']], reports };
}

/** The exported entities of each article, by article id (the cached file's name). */
export function entitiesByArticle(exported: {
  documents: Array<{ id: string; source: string; stories?: Array<{ relevant: boolean }> }>;
  entities: Array<{ name: string; type: EntityKind; aliases?: string[]; titles?: string[]; mentions: Array<{ document: string }> }>;
}): Map<string, ExtractedEntity[]> {
  const articleOf = new Map(exported.documents.map((d) => [d.id, basename(d.source).replace(/\.txt$/, '')]));
  const out = new Map<string, ExtractedEntity[]>();
  for (const d of exported.documents) out.set(articleOf.get(d.id)!, []);
  for (const e of exported.entities) {
    const docs = new Set(e.mentions.map((m) => m.document));
    for (const d of docs) {
      const id = articleOf.get(d);
      if (id === undefined) continue;
      out.get(id)!.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], titles: e.titles ?? [] });
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.name.localeCompare(b.name) || a.type.localeCompare(b.type));
  return out;
}

/** Articles none of whose stories was judged relevant: no entity is kept from them. */
export function offTopicArticles(exported: { documents: Array<{ source: string; stories?: Array<{ relevant: boolean }> }> }): Set<string> {
  return new Set(
    exported.documents.filter((d) => !(d.stories ?? []).some((s) => s.relevant)).map((d) => basename(d.source).replace(/\.txt$/, '')),
  );
}

export function entityListPath(root: string): string {
  return join(realPaths(root).dir, 'entities.gold.json');
}

/** Null when the set, the list or the cache is absent (the reason is in `skipped`). */
export async function runEntityEvaluation(root: string, opts: { detailsOut?: string } = {}): Promise<EntityEvaluation | { skipped: string }> {
  const paths = realPaths(root);
  const listPath = entityListPath(root);
  if (!existsSync(paths.sources)) return { skipped: `no ${paths.sources}` };
  if (!existsSync(listPath)) return { skipped: `no judged list ${listPath}` };
  const list = JSON.parse(readFileSync(listPath, 'utf8')) as JudgedList;
  const dev = readSources(paths.sources).filter((s) => s.split === 'dev' && existsSync(join(paths.cache, `${s.id}.txt`)));
  if (!dev.length) return { skipped: `no cached dev article in ${paths.cache} (npm run eval:real-cache)` };
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'vigie-entities-'));
  try {
    const manifest = join(dir, 'manifest.csv');
    const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
    writeFileSync(
      manifest,
      'file,url,outlet,published\n' + dev.map((s) => [`${s.id}.txt`, s.url, s.outlet, s.published].map(q).join(',')).join('\n') + '\n',
    );
    const store = await openStore(join(dir, 'entities.db'));
    await ingest(dev.map((s) => join(paths.cache, `${s.id}.txt`)), store, { workers: 0, read: { manifest } });
    mkdirSync(join(root, 'eval', 'out'), { recursive: true });
    const exportPath = join(root, 'eval', 'out', 'entities-dev-export.json');
    const out = createWriteStream(exportPath);
    await writeJson(store, out);
    await new Promise<void>((resolve) => out.end(resolve));
    await store.close();
    const exported = JSON.parse(readFileSync(exportPath, 'utf8'));
    const extracted = entitiesByArticle(exported);
    const offTopic = offTopicArticles(exported);
    const { parts, reports } = scoreEntities(extracted, list, offTopic);
    if (opts.detailsOut) writeFileSync(join(opts.detailsOut, 'entities-dev-details.txt'), details(reports));
    return { parts, reports, extracted, exportPath, elapsedMs: performance.now() - started };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const show = (e: { name: string; type: string }) => `${e.name} [${e.type}]`;

/** The tuned part's errors, article by article (the held-out part is read as figures only). */
function details(reports: ArticleReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    if (r.part !== 'tuned') continue;
    if (!r.junk.length && !r.wrongType.length && !r.missed.length && !r.unjudged.length) continue;
    lines.push(`== ${r.id}`);
    for (const e of r.junk) lines.push(`  junk       ${show(e)}`);
    for (const e of r.wrongType) lines.push(`  wrong type ${show(e)} (should be ${e.should ?? '?'})`);
    for (const e of r.missed) lines.push(`  missed     ${show(e)}${e.role ? ` (${e.role})` : ''}: ${e.why}`);
    for (const e of r.unjudged) lines.push(`  unjudged   ${show(e)}`);
  }
  return lines.join('\n') + '\n';
}

const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : 'n/a');

export function printEntityEvaluation(ev: EntityEvaluation, detailsPath: string | null): void {
  console.log(`== entities on the real-article set (dev articles judged in eval/real/entities.gold.json; ${(ev.elapsedMs / 1000).toFixed(1)} s)`);
  console.log(`  ${'measure'.padEnd(34)} ${ev.parts.map((p) => p.part.padStart(9)).join(' ')}`);
  const row = (k: string, f: (p: PartScore) => string | number) => console.log(`  ${k.padEnd(34)} ${ev.parts.map((p) => String(f(p)).padStart(9)).join(' ')}`);
  row('articles', (p) => p.articles);
  row('extracted (article, entity) pairs', (p) => p.extracted);
  row('judged', (p) => p.judged);
  row('junk rate (junk + wrong type)', (p) => pct(p.junk + p.wrongType, p.judged));
  row('  junk', (p) => p.junk);
  row('  wrong type', (p) => p.wrongType);
  row('recall of expected entities', (p) => pct(p.found, p.expected));
  row('  expected', (p) => p.expected);
  row('  in articles judged off-topic', (p) => p.expectedOffTopic);
  row('officials found with their role', (p) => pct(p.rolesFound, p.roles));
  row('unjudged', (p) => p.unjudged);
  const tuned = ev.reports.filter((r) => r.part === 'tuned');
  const unjudged = tuned.flatMap((r) => r.unjudged.map((e) => `${r.id}: ${show(e)}`));
  if (unjudged.length) {
    console.log(`  unjudged in the tuned part (add them to eval/real/entities.gold.json):`);
    for (const u of unjudged.slice(0, 40)) console.log(`    ${u}`);
    if (unjudged.length > 40) console.log(`    … ${unjudged.length - 40} more`);
  }
  if (detailsPath) console.log(`  (tuned part's errors in ${detailsPath}; the held-out part is read as figures only)`);
}

// Run alone: `node dist/eval/entities.js [--dump FILE]` (--dump writes every dev article's extracted entities).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let root = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);
  const outDir = join(root, 'eval', 'out');
  mkdirSync(outDir, { recursive: true });
  const ev = await runEntityEvaluation(root, { detailsOut: outDir });
  if ('skipped' in ev) {
    console.log(`== entities on the real-article set: skipped: ${ev.skipped}`);
  } else {
    printEntityEvaluation(ev, join(outDir, 'entities-dev-details.txt'));
    const i = process.argv.indexOf('--dump');
    if (i > 0 && process.argv[i + 1]) {
      writeFileSync(process.argv[i + 1]!, JSON.stringify(Object.fromEntries(ev.extracted), null, 1));
    }
  }
}
