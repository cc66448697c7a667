// Child process of bench/watch.ts: N simulated outlets on 127.0.0.1 (one per port, so one "host" each), outside the
// measured process. Commands on stdin, one JSON line back each:
//   grow K     → K outlets, picked in turn, gain a new article
//   articles   → the article requests received since the last call, with their time (Date.now, shared clock)
//   requests   → requests received by kind
import { createInterface } from 'node:readline';
import { shootingArticle, SimOutlet } from '../src/watch/sim-outlet.js';

const COMMUNES = ['Marseille', 'Nîmes', 'Toulouse', 'Lyon', 'Grenoble', 'Valence', 'Avignon', 'Montpellier', 'Nice', 'Toulon', 'Rennes', 'Lille'];
const n = Number(process.argv[2] ?? 500);
const outlets: SimOutlet[] = [];
let counter = 0;
const add = (o: SimOutlet) => {
  counter++;
  o.add(shootingArticle(counter, COMMUNES[counter % COMMUNES.length], 1 + (counter % 27)));
};
for (let i = 0; i < n; i++) {
  const o = new SimOutlet();
  await o.start();
  add(o);
  outlets.push(o);
}
let seen = outlets.map(() => 0);
let next = 0;
process.stdout.write(JSON.stringify({ bases: outlets.map((o) => o.base) }) + '\n');
for await (const line of createInterface({ input: process.stdin })) {
  const [cmd, arg] = line.trim().split(/\s+/);
  if (cmd === 'grow') {
    for (let k = 0; k < Number(arg); k++) add(outlets[next++ % outlets.length]);
    process.stdout.write('{"ok":true}\n');
  } else if (cmd === 'articles') {
    const out: Array<{ path: string; at: number }> = [];
    outlets.forEach((o, i) => {
      for (const l of o.log.slice(seen[i])) if (l.path.startsWith('/articles/')) out.push({ path: `${o.base}${l.path}`, at: l.at });
    });
    seen = outlets.map((o) => o.log.length);
    process.stdout.write(JSON.stringify(out) + '\n');
  } else if (cmd === 'requests') {
    const by: Record<string, number> = {};
    for (const o of outlets) for (const [p, c] of o.hits) by[p.startsWith('/articles/') ? 'article' : p] = (by[p.startsWith('/articles/') ? 'article' : p] ?? 0) + c;
    process.stdout.write(JSON.stringify(by) + '\n');
  }
}
for (const o of outlets) await o.stop();
