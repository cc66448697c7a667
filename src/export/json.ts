// Streams the export as one JSON object (the contract in PRODUCT.md) or as JSON Lines, without holding it whole.
import type { Writable } from 'node:stream';
import type { Store } from '../store/store.js';
import { analyse } from '../analyse/report.js';
import { loadReconcileInputs } from '../pipeline/reconcile-store.js';
import type { Incident } from '../reconcile/types.js';
import { exportSections, SECTIONS } from './records.js';

type Write = (chunk: string) => Promise<void>;

function writer(out: Writable): Write {
  return (chunk) =>
    new Promise((resolve, reject) => {
      if (out.write(chunk)) resolve();
      else {
        // Each wait removes its own listeners: thousands of waits on a big export must not pile them up.
        const drained = () => {
          out.off('error', failed);
          resolve();
        };
        const failed = (err: Error) => {
          out.off('drain', drained);
          reject(err);
        };
        out.once('drain', drained);
        out.once('error', failed);
      }
    });
}

export async function writeJson(store: Store, out: Writable): Promise<void> {
  const write = writer(out);
  await write('{');
  let current: string | null = null;
  let first = true;
  const seen = new Set<string>();
  const open = async (section: string) => {
    if (current !== null) await write('\n]');
    await write(`${seen.size ? ',' : ''}\n"${section}": [`);
    seen.add(section);
    current = section;
    first = true;
  };
  for await (const [section, record] of exportSections(store)) {
    if (section !== current) await open(section);
    await write((first ? '\n' : ',\n') + JSON.stringify(record));
    first = false;
  }
  if (current !== null) await write('\n]');
  // Sections with nothing in them are still present, empty, as the contract says.
  for (const s of SECTIONS) if (!seen.has(s)) await write(`${seen.size ? ',' : ''}\n"${s}": []`), seen.add(s);
  await write(`,\n"analysis": ${JSON.stringify(analyse(await store.visibleIncidents(), (await loadReconcileInputs(store)).claims))}`);
  await write('\n}\n');
}

export async function writeJsonl(store: Store, out: Writable): Promise<void> {
  const write = writer(out);
  const kind: Record<string, string> = {
    documents: 'document',
    events: 'event',
    claims: 'claim',
    incidents: 'incident',
    claim_groups: 'claim_group',
    entities: 'entity',
  };
  for await (const [section, record] of exportSections(store)) {
    await write(JSON.stringify({ kind: kind[section], ...(record as object) }) + '\n');
  }
  await write(JSON.stringify({ kind: 'analysis', ...analyse(await store.visibleIncidents(), (await loadReconcileInputs(store)).claims) }) + '\n');
}
