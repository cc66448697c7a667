// `node dist/eval/real-build.js PARTS_DIR`: how the real-article set grows from annotators' part files (each
// {articles, same_incident_groups, disagreements}, articles with url/outlet/lang/published, text cached as
// eval/real/cache/<id>.txt): new articles are added to eval/real/gold.json and eval/real/sources.csv; articles
// already in the gold are kept as they are there.
//
// Splits are never chosen by hand: articles that share an incident key (every report of one incident, and the
// recalls of it) form one component, and a component goes to `test` when a hash of its smallest key falls under
// TEST_SHARE. A split once written is kept (the test split is frozen): only new articles are assigned.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { readSources, realPaths, sha256, SOURCE_COLUMNS } from './real.js';

interface Article {
  id: string;
  set: string;
  url: string;
  outlet: string;
  lang: string;
  published: string;
  in_scope: boolean;
  incidents: Array<{ key: string }>;
  claims: unknown[];
}
interface Part {
  articles: Article[];
  same_incident_groups: Array<{ key: string; articles: string[] }>;
  disagreements: Array<{ key: string; articles: string[] }>;
}

const TEST_SHARE = 0.4;

let root = dirname(fileURLToPath(import.meta.url));
while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);
const paths = realPaths(root);
const partsDir = process.argv[2] ?? join(paths.dir, 'parts');

const parts: Part[] = readdirSync(partsDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(partsDir, f), 'utf8')) as Part);

const previous = new Map(
  existsSync(paths.sources) ? readSources(paths.sources).map((s) => [s.id, s.split] as const) : [],
);
// The gold already written is kept as it is (it may have been corrected by hand since): parts only add articles.
const existing: Part & { articles: Article[] } = existsSync(paths.gold)
  ? JSON.parse(readFileSync(paths.gold, 'utf8'))
  : { articles: [], same_incident_groups: [], disagreements: [] };
const articles: Article[] = [...existing.articles];
const seenUrl = new Set<string>(articles.map((a) => a.url));
const seenId = new Set<string>(articles.map((a) => a.id));
const problems: string[] = [];
parts.unshift(existing);
for (const p of parts.slice(1)) {
  for (const a of p.articles) {
    if (seenId.has(a.id)) continue;
    seenId.add(a.id);
    const file = join(paths.cache, `${a.id}.txt`);
    if (!existsSync(file)) problems.push(`${a.id}: no cached text`);
    else if (seenUrl.has(a.url)) problems.push(`${a.id}: URL already in the set (${a.url})`);
    else {
      seenUrl.add(a.url);
      articles.push(a);
    }
  }
}
const ids = new Set(articles.map((a) => a.id));

// Components of articles linked by a shared incident key or a listed group.
const parent = new Map(articles.map((a) => [a.id, a.id]));
const find = (x: string): string => (parent.get(x) === x ? x : find(parent.get(x)!));
const union = (a: string, b: string) => parent.set(find(a), find(b));
const byKey = new Map<string, string[]>();
for (const a of articles) for (const i of a.incidents) byKey.set(i.key, [...(byKey.get(i.key) ?? []), a.id]);
for (const group of byKey.values()) for (const id of group.slice(1)) union(group[0], id);
for (const p of parts) for (const g of p.same_incident_groups) {
  const members = g.articles.filter((id) => ids.has(id));
  for (const id of members.slice(1)) union(members[0], id);
}
const components = new Map<string, Article[]>();
for (const a of articles) components.set(find(a.id), [...(components.get(find(a.id)) ?? []), a]);
const unit = (s: string) => parseInt(createHash('sha1').update(s).digest('hex').slice(0, 8), 16) / 0xffffffff;
for (const members of components.values()) {
  // A split once written is never changed. A new article joins the split of the incidents it shares: test when any
  // of them is in test (a report of a frozen incident must not be tuned on), else dev; a new component is hashed.
  const kept = members.map((a) => previous.get(a.id)).filter((s): s is string => !!s);
  const name = members.flatMap((a) => a.incidents.map((i) => i.key)).sort()[0] ?? members.map((a) => a.id).sort()[0];
  const split = kept.includes('test') ? 'test' : kept.length ? 'dev' : unit(name) < TEST_SHARE ? 'test' : 'dev';
  for (const a of members) a.set = previous.get(a.id) ?? split;
}

const only = <T extends { key: string; articles: string[] }>(xs: T[]) => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = JSON.stringify(x);
    if (seen.has(k) || !x.articles.every((id) => ids.has(id))) return false;
    seen.add(k);
    return true;
  });
};
// A part's groups and disagreements about articles the gold already had are the gold's business, not the part's.
const before = new Set(existing.articles.map((a) => a.id));
const added = <T extends { articles: string[] }>(xs: T[]) => xs.filter((x) => x.articles.some((id) => !before.has(id)));
/**
 * One group per incident key, holding every article listed for it by any part: the scorer counts the pairs of each
 * group listed, so a key listed by three parts would count its older pairs three times (one big incident told by
 * many batches would weigh on merge_pairs as several).
 */
const byIncident = <T extends { key: string; articles: string[] }>(xs: T[]): T[] => {
  const out = new Map<string, T>();
  for (const x of xs) {
    const had = out.get(x.key);
    out.set(x.key, had ? { ...had, articles: [...new Set([...had.articles, ...x.articles])] } : { ...x, articles: [...new Set(x.articles)] });
  }
  return [...out.values()];
};
const gold = {
  version: 1,
  articles,
  same_incident_groups: byIncident(only([...existing.same_incident_groups, ...added(parts.slice(1).flatMap((p) => p.same_incident_groups))])),
  disagreements: only([...existing.disagreements, ...added(parts.slice(1).flatMap((p) => p.disagreements))]),
};
// An article already in sources.csv keeps the SHA-256 recorded when it was annotated (its text need not be cached
// here: a copy can vanish from the store it came from); a new one gets its cached text's. Both files are written
// only once everything is computed, so a failure leaves the set as it was.
const recorded = new Map(existsSync(paths.sources) ? readSources(paths.sources).map((s) => [s.id, s.sha256] as const) : []);
const rows = articles.map((a) => ({
  id: a.id,
  url: a.url,
  outlet: a.outlet,
  language: a.lang,
  published: a.published,
  split: a.set,
  sha256: recorded.get(a.id) ?? sha256(readFileSync(join(paths.cache, `${a.id}.txt`), 'utf8')),
}));
writeFileSync(paths.gold, JSON.stringify(gold, null, 1) + '\n');
writeFileSync(paths.sources, stringify(rows, { header: true, columns: [...SOURCE_COLUMNS] }));
const count = (split: string) => articles.filter((a) => a.set === split);
console.log(
  `${articles.length} articles (dev ${count('dev').length}, test ${count('test').length}; ` +
    `${articles.filter((a) => !a.in_scope).length} off-topic), ${gold.same_incident_groups.length} groups, ` +
    `${gold.disagreements.length} disagreements`,
);
for (const p of problems) console.log(`  left out: ${p}`);
