// With PostgreSQL, `vigie watch` puts the articles it fetched on the workers' queue, content included: `vigie worker`
// stores them without fetching them again, and the watcher marks them done once queued (a second cycle queues nothing).
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openQueue, queueStatus } from '../src/queue/queue.js';
import { openStore } from '../src/store/open.js';
import { shootingArticle, SimOutlet } from '../src/watch/sim-outlet.js';
import { parseWatchConfig } from '../src/watch/sources.js';
import { Watcher } from '../src/watch/watcher.js';
import { DIALECTS, freshPostgresUrl } from './support/stores.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, VIGIE_DB: '' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stderr }));
  });
}

describe.skipIf(!DIALECTS.includes('postgres'))('watch on PostgreSQL: fetched articles go to the workers', () => {
  it('queues the fetched articles; a worker stores them without fetching them again', async () => {
    const outlet = new SimOutlet();
    const base = await outlet.start();
    outlet.add(shootingArticle(1, 'Marseille'));
    outlet.add(shootingArticle(2, 'Grenoble'));
    const url = await freshPostgresUrl();
    const store = await openStore(url);
    const boss = await openQueue(url);
    try {
      const config = parseWatchConfig({ sources: [{ url: `${base}/rss.xml`, outlet: 'Sim' }] }, 'test');
      const w = new Watcher(store, config, { fetcher: { hostDelayMs: 0 }, allowPrivate: true, workers: 0, queue: boss });
      const s = await w.cycle();
      expect(s).toMatchObject({ fetched: 2, queued: 2, newDocuments: 0 });
      expect((await queueStatus(boss)).states.created).toBe(2);
      expect(await new Watcher(store, config, { fetcher: { hostDelayMs: 0 }, allowPrivate: true, workers: 0, queue: boss }).cycle()).toMatchObject({ due: 0, queued: 0 });
      const worker = await run(['worker', '--exit-when-empty', '--workers', '0', '--db', url]);
      expect(worker.code).toBe(0);
      const docs = await store.currentDocuments();
      expect(docs.map((d) => d.outlet).sort()).toEqual(['Sim', 'Sim']);
      expect(await store.countIncidents()).toBe(2);
      for (const n of [1, 2]) expect(outlet.count(`/articles/${shootingArticle(n, n === 1 ? 'Marseille' : 'Grenoble').slug}`)).toBe(1);
    } finally {
      await boss.stop({ graceful: false, wait: true });
      await store.close();
      await outlet.stop();
    }
  });
});
