// Reviews measure the extractor: the machine's values of every reviewed incident against people's final values,
// per field and per incident type. Each team's own corrections become a growing, real test set.
import { REVIEW_FIELDS, REVIEWED_STATUSES, type Incident, type ReviewField } from '../reconcile/types.js';
import type { Store } from '../store/store.js';
import { fieldValue, restoreMachine } from './apply.js';

export interface FieldScore {
  field: ReviewField;
  right: number;
  total: number;
}

export interface ReviewedEval {
  /** Incidents people confirmed or corrected (their fields are compared). */
  reviewed: number;
  /** Incidents people rejected: the machine found an incident where there was none. */
  rejected: number;
  fields: FieldScore[];
  byType: Array<{ type: string; incidents: number; right: number; total: number }>;
}

function comparable(i: Incident, field: ReviewField): string {
  const v = fieldValue(i, field);
  if (field === 'place') {
    const p = v as Incident['place'];
    // A place is right when it names the same commune (or, without one, the same département and name).
    return p === null ? 'null' : JSON.stringify([p.commune_insee, p.commune_insee ? null : p.departement, p.commune_insee ? null : p.name]);
  }
  if (field === 'ages' || field === 'actors') return JSON.stringify([...(v as Array<string | number>)].sort());
  return JSON.stringify(v);
}

export async function evalReviewed(store: Store): Promise<ReviewedEval> {
  const rows = await store.db.selectFrom('incidents').select('data').where('review_status', 'in', REVIEWED_STATUSES).orderBy('id').execute();
  const fields = new Map<ReviewField, FieldScore>(REVIEW_FIELDS.map((f) => [f, { field: f, right: 0, total: 0 }]));
  const types = new Map<string, { type: string; incidents: number; right: number; total: number }>();
  let reviewed = 0;
  let rejected = 0;
  for (const r of rows) {
    const final = JSON.parse(r.data) as Incident;
    if (final.review?.status === 'rejected') {
      rejected++;
      continue;
    }
    reviewed++;
    const machine = restoreMachine(final);
    const t = types.get(final.type) ?? { type: final.type, incidents: 0, right: 0, total: 0 };
    t.incidents++;
    for (const f of REVIEW_FIELDS) {
      const ok = comparable(machine, f) === comparable(final, f);
      const s = fields.get(f)!;
      s.total++;
      t.total++;
      if (ok) {
        s.right++;
        t.right++;
      }
    }
    types.set(final.type, t);
  }
  return { reviewed, rejected, fields: [...fields.values()], byType: [...types.values()].sort((a, b) => b.incidents - a.incidents || (a.type < b.type ? -1 : 1)) };
}

const pct = (right: number, total: number) => (total ? `${((100 * right) / total).toFixed(1)}%` : '—');

export function evalLines(e: ReviewedEval): string[] {
  const out = [`reviewed incidents ${e.reviewed} (confirmed or corrected), rejected ${e.rejected}`];
  if (e.reviewed + e.rejected > 0) out.push(`incidents that were real: ${pct(e.reviewed, e.reviewed + e.rejected)}`);
  out.push('', 'field        right / total  accuracy');
  for (const f of e.fields) out.push(`  ${f.field.padEnd(10)} ${String(f.right).padStart(5)} / ${String(f.total).padEnd(5)}  ${pct(f.right, f.total)}`);
  out.push('', 'type (final)             incidents  fields right  accuracy');
  for (const t of e.byType) out.push(`  ${t.type.padEnd(22)} ${String(t.incidents).padStart(9)}  ${String(t.right).padStart(5)} / ${String(t.total).padEnd(5)}  ${pct(t.right, t.total)}`);
  return out;
}
