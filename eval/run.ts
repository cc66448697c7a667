// `npm run eval`: accuracy on the real-article set, the seeds' gold and the article-extraction benchmark, in one run.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runArticleExtractionBenchmark } from './article-extraction.js';
import { printEntityEvaluation, runEntityEvaluation } from './entities.js';
import { runFixtureEvaluation } from './fixtures.js';
import { runPageFixtures } from './pages.js';
import { runRealEvaluation } from './real.js';
import { runSeedEvaluation } from './seeds.js';

// dist/eval/run.js or eval/run.ts: the project root is the nearest folder above with package.json.
let root = dirname(fileURLToPath(import.meta.url));
while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);
const shared = resolve(root, '..', 'shared');

const outDir = join(root, 'eval', 'out');
mkdirSync(outDir, { recursive: true });
const ratioOf = (n: number, d: number) => (d ? n / d : 'n/a');
const fmt = (v: unknown) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : String(v));

// Held-out pages written for Vigie (test/fixtures/pages): needs nothing from ../shared.
const pages = await runPageFixtures(join(root, 'test', 'fixtures', 'pages'));
if (pages) {
  console.log('== held-out pages (test/fixtures/pages: read → clean → classify, must_keep/must_drop/language/relevance)');
  console.log(`  cleaning score                   ${fmt(pages.score)} over ${pages.pages.length} pages`);
  for (const p of pages.pages) if (p.misses.length) console.log(`    - ${p.slug}: ${p.misses.join('; ')}`);
  console.log('');
}

if (!existsSync(shared)) {
  console.log(`../shared not found beside the project (${shared}): nothing to evaluate against, skipping.`);
  process.exit(0);
}

// The real-article set first: it is the yardstick (the seeds and fixtures below are regression tests).
const real = await runRealEvaluation(root, shared, { detailsOut: outDir });
if ('skipped' in real) {
  console.log(`== real-article set (eval/real): skipped: ${real.skipped}\n`);
} else {
  console.log(
    `== real-article set (eval/real, scored by ../shared/gold/score_real.py): ${real.cache.present.length} cached ` +
      `articles, ${real.cache.missing.length} missing, ${real.cache.changed.length} differing from the annotated copy; ` +
      `ingest failed ${real.ingest.failed}; ${(real.elapsedMs / 1000).toFixed(1)} s`,
  );
  const keys = ['incident_recall', 'incident_precision', 'incident_precision_strict', 'commune', 'arrondissement', 'date',
    'killed', 'injured', 'ages', 'claim_value', 'claim_full', 'claim_full_strict', 'merge_pairs', 'false_merges',
    'conflicts_flagged'];
  const cols = real.splits.map((s) => s.split);
  console.log(`  ${'measure'.padEnd(34)} ${cols.map((c) => c.padStart(8)).join(' ')}`);
  const row = (k: string, f: (m: Record<string, unknown>) => unknown) =>
    console.log(`  ${k.padEnd(34)} ${real.splits.map((s) => fmt(f(s.metrics)).padStart(8)).join(' ')}`);
  row('articles', (m) => m.articles);
  row('in-scope articles judged off-topic', (m) => {
    const out = new Set(m.articles_out_of_scope as string[]);
    const irr = (m.documents_irrelevant as string[]).filter((a) => !out.has(a)).length;
    return ratioOf(irr, (m.articles as number) - out.size);
  });
  row('off-topic articles kept', (m) => {
    const out = m.articles_out_of_scope as string[];
    const irr = new Set(m.documents_irrelevant as string[]);
    return ratioOf(out.filter((a) => !irr.has(a)).length, out.length);
  });
  for (const k of keys) row(k, (m) => m[k]);
  // Not the scorer's: the share of the figures shown that the gold lists (wrong numbers shown, see eval/real-figures.ts).
  console.log(`  ${'figures shown that the gold lists'.padEnd(34)} ${real.splits.map((s) => fmt(s.figures.share ?? 'n/a').padStart(8)).join(' ')}`);
  for (const s of real.splits) console.log(`  ${s.split}: ${s.metrics.summary}`);
  console.log(`  (dev errors in ${join(outDir, 'real-dev-details.txt')}; test is frozen: figures only)\n`);
}

// Entities on the same set's dev articles, judged by hand in eval/real/entities.gold.json (a quarter held out by hash).
const ents = await runEntityEvaluation(root, { detailsOut: outDir });
if ('skipped' in ents) console.log(`== entities on the real-article set: skipped: ${ents.skipped}\n`);
else {
  printEntityEvaluation(ents, join(outDir, 'entities-dev-details.txt'));
  console.log('');
}

const seeds = await runSeedEvaluation(shared);
if (seeds) {
  const s = seeds.scores;
  console.log('== seeds gold (../shared/gold, scored by score.py)');
  console.log(`ingest: read ${seeds.ingest.read}, new ${seeds.ingest.new}, failed ${seeds.ingest.failed}`);
  const rows: Array<[string, unknown]> = [
    ['cleaning (must_keep/must_drop)', s.cleaning],
    ['events precision', s.events_precision],
    ['events recall', s.events_recall],
    ['events F1', s.events_f1],
    ['killed accuracy', s.killed_acc],
    ['injured accuracy', s.injured_acc],
    ['place accuracy', s.place_acc],
    ['date accuracy', s.date_acc],
    ['claims precision', s.claims_precision],
    ['claims recall', s.claims_recall],
    ['claims F1', s.claims_f1],
    ['period accuracy', s.period_acc],
    ['attribution accuracy', s.attribution_acc],
    ['must_not_events violations', s.must_not_events_violations],
    ['incidents as gold', s.incidents_ok],
    ['claim groups as gold', s.claim_groups_ok],
    ['entity links as gold', s.entity_links_ok],
  ];
  for (const [k, v] of rows) console.log(`  ${k.padEnd(32)} ${fmt(v)}`);
  if (s.misses.length) {
    console.log('  misses:');
    for (const m of s.misses) console.log(`    - ${m}`);
  }
  console.log(`  (export kept at ${seeds.exportPath})`);
} else {
  console.log('seeds or gold scorer missing under ../shared: seeds evaluation skipped.');
}

// The held-out fixtures live in the repository: scored even when ../shared is absent would be nicer, but the
// eval's other sections need shared, so this runs in the same place.
const fixtures = runFixtureEvaluation(join(root, 'test', 'fixtures', 'articles'));
if (fixtures) {
  const t = fixtures.totals;
  console.log(`\n== held-out fixtures (test/fixtures/articles, ${t.fixtures} articles, extract + resolve)`);
  const rows: Array<[string, unknown]> = [
    ['events precision', t.eventsPrecision],
    ['events recall', t.eventsRecall],
    ['event field accuracy', t.fieldAccuracy],
    ['claims precision', t.claimsPrecision],
    ['claims recall', t.claimsRecall],
    ['period accuracy', t.periodAccuracy],
    ['entity recall', t.entityRecall],
    ['background pieces with events', t.backgroundViolations],
  ];
  for (const [k, v] of rows) console.log(`  ${k.padEnd(32)} ${fmt(v)}`);
  for (const r of fixtures.reports) {
    for (const m of r.misses) console.log(`    - ${r.slug}: ${m}`);
    for (const m of r.todos) console.log(`    ~ ${r.slug}: ${m}`);
  }
}

const bench = runArticleExtractionBenchmark(join(shared, 'benchmarks', 'article-extraction'));
if (bench) {
  console.log('\n== article extraction (../shared/benchmarks/article-extraction, the benchmark\'s metric)');
  console.log('  extractor          pages  precision  recall     F1   pages/s');
  for (const [name, r] of [['vigie (extractor)', bench.vigie], ['vigie (stored)', bench.stored], ['readability.js', bench.readability]] as const) {
    console.log(
      `  ${name.padEnd(18)} ${String(r.pages).padStart(5)}  ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}  ${r.f1.toFixed(3).padStart(5)}  ${r.pagesPerSecond.toFixed(1).padStart(8)}`,
    );
  }
} else {
  console.log('\narticle-extraction benchmark missing under ../shared: skipped.');
}
