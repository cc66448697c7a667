// Review routes: the queue of incidents waiting for a person, the audit log, and every review action (editors).
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import {
  confirmIncident,
  editIncident,
  markFigureGroupingWrong,
  MAX_REASON,
  mergeEntities,
  mergeIncidents,
  moveReportOut,
  rejectIncident,
  renameEntity,
  splitEntity,
  undoCorrection,
} from '../../review/actions.js';
import { loadCorrections } from '../../review/corrections.js';
import type { Incident } from '../../reconcile/types.js';
import type { VigieQueries } from '../queries.js';
import { errorResponses, idParams } from '../schemas.js';

const reason = { type: 'string', maxLength: MAX_REASON, description: 'Why (kept in the audit log).' } as const;
const INCIDENT_ID = '^inc:e[0-9]{1,15}$';
const body = (props: Record<string, unknown>, required: string[]) => ({ type: 'object', additionalProperties: false, required, properties: props });

/**
 * Why an incident needs a person, most pressing first; the weights order the queue. The index incidents_review_queue
 * (store migration 8, both dialects) holds this expression word for word so that a page of the queue is read in
 * order instead of sorting every unreviewed incident: change both together.
 */
export const REVIEW_NEED =
  `(CASE WHEN conflicts > 0 THEN 8 ELSE 0 END) + (CASE WHEN sources = 1 THEN 4 ELSE 0 END) + (CASE WHEN date_precision IN ('unknown', 'year') THEN 2 ELSE 0 END) + (CASE WHEN lat IS NULL THEN 1 ELSE 0 END)`;
const NEED = sql.raw(REVIEW_NEED);

interface QueueRow {
  id: string;
  type: string;
  date: string | null;
  place_name: string | null;
  killed: number | null;
  injured: number | null;
  sources: number;
  conflicts: number;
  date_precision: string;
  lat: number | null;
  need: number;
}

/** A page of the queue: unreviewed incidents, most in need first, newest first among equals (read in the index's order). */
export function queuePage(limit: number, offset: number) {
  return sql<QueueRow>`SELECT id, type, date, place_name, killed, injured, sources, conflicts, date_precision, lat, ${NEED} AS need
    FROM incidents WHERE review_status = 'unreviewed' ORDER BY need DESC, date DESC, id LIMIT ${limit} OFFSET ${offset}`;
}

function reasons(r: QueueRow): string[] {
  const out: string[] = [];
  if (r.conflicts > 0) out.push('sources disagree');
  if (r.sources === 1) out.push('one source only');
  if (r.date_precision === 'unknown' || r.date_precision === 'year') out.push('date uncertain');
  if (r.lat === null) out.push('not located');
  out.push('never reviewed');
  return out;
}

export function reviewRoutes(app: FastifyInstance, q: VigieQueries): void {
  const store = q.store;
  const editor = { access: 'editor' as const };
  const user = (req: { identity: { user: { name: string } } | null }) => req.identity!.user.name;

  app.get<{ Querystring: { limit: number; offset: number } }>(
    '/api/review/queue',
    {
      config: editor,
      schema: {
        tags: ['review'],
        summary: 'Incidents waiting for a person, most in need first (sources disagree, one source, uncertain, never reviewed); flagged ones on top',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
            offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
          },
        },
        response: errorResponses,
      },
    },
    async (req) => {
      const { limit, offset } = req.query;
      const counts = Object.fromEntries(
        (await sql<{ s: string; n: number }>`SELECT review_status AS s, COUNT(*) AS n FROM incidents GROUP BY review_status`.execute(store.db)).rows.map(
          (r) => [r.s, Number(r.n)],
        ),
      );
      // Reviewed incidents whose supporting text changed since: few, and they come first. Found by their column:
      // reading every reviewed incident's JSON for its flags took 100 ms with 5,000 of them (bench/review.ts).
      const flagged = (await store.db.selectFrom('incidents').select(['id', 'data']).where('review_flagged', '=', 1).orderBy('id').execute())
        .map((r) => JSON.parse(r.data) as Incident)
        .filter((i) => (i.review?.flags.length ?? 0) > 0)
        .map((i) => ({ id: i.id, type: i.type, date: i.date, place_name: i.place?.name ?? null, killed: i.killed, injured: i.injured, sources: i.sources, reasons: i.review!.flags, review_status: i.review!.status }));
      const rows = (await queuePage(limit, offset).execute(store.db)).rows;
      // Corrections that find nothing any more (the reports they were about are gone, or read as something else):
      // kept in the log, and counted here so that someone looks.
      const orphaned = await store.db
        .selectFrom('corrections')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('state', '=', 'orphaned')
        .where('undone_at', 'is', null)
        .executeTakeFirstOrThrow();
      return {
        counts: {
          waiting: counts.unreviewed ?? 0,
          confirmed: counts.confirmed ?? 0,
          corrected: counts.corrected ?? 0,
          rejected: counts.rejected ?? 0,
          flagged: flagged.length,
          orphaned: Number(orphaned.n),
        },
        flagged,
        items: rows.map((r) => ({ id: r.id, type: r.type, date: r.date, place_name: r.place_name, killed: r.killed, injured: r.injured, sources: r.sources, need: Number(r.need), reasons: reasons(r), review_status: 'unreviewed' })),
      };
    },
  );

  app.get<{ Querystring: { limit: number } }>(
    '/api/review/corrections',
    {
      config: editor,
      schema: {
        tags: ['review'],
        summary: 'The audit log: every correction, newest first, with who, when, before, after, reason, evidence and undo',
        querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } } },
        response: errorResponses,
      },
    },
    async (req) => ({ items: (await loadCorrections(store, { limit: req.query.limit })).reverse() }),
  );

  const incidentParams = idParams(INCIDENT_ID, 'Incident id');

  app.post<{ Params: { id: string }; Body: { reason?: string } }>(
    '/api/review/incidents/:id/confirm',
    { config: editor, schema: { tags: ['review'], summary: 'Confirm an incident as the machine has it', params: incidentParams, body: body({ reason }, []), response: errorResponses } },
    async (req) => confirmIncident(store, user(req), req.params.id, req.body?.reason),
  );

  app.post<{ Params: { id: string }; Body: { reason: string } }>(
    '/api/review/incidents/:id/reject',
    { config: editor, schema: { tags: ['review'], summary: 'Reject an incident (not one): it leaves the lists, maps, stats and exports', params: incidentParams, body: body({ reason }, ['reason']), response: errorResponses } },
    async (req) => rejectIncident(store, user(req), req.params.id, req.body.reason),
  );

  app.post<{ Params: { id: string }; Body: { field: string; value: unknown; reason: string; evidence?: unknown } }>(
    '/api/review/incidents/:id/edit',
    {
      config: editor,
      schema: {
        tags: ['review'],
        summary: 'Correct one field (type, date, place, killed, injured, ages, actors), with a reason and the supporting words selected in a source',
        params: incidentParams,
        body: body(
          {
            field: { type: 'string', maxLength: 20 },
            value: { description: 'The new value (null for unknown).' },
            reason,
            evidence: {
              type: 'object',
              additionalProperties: false,
              description: 'The supporting words: a story of one of its reports ("s12") and character offsets into its text.',
              required: ['story', 'start', 'end'],
              properties: {
                story: { type: 'string', maxLength: 20 },
                start: { type: 'integer', minimum: 0 },
                end: { type: 'integer', minimum: 0 },
              },
            },
          },
          ['field', 'value', 'reason'],
        ),
        response: errorResponses,
      },
    },
    async (req) => editIncident(store, user(req), req.params.id, req.body),
  );

  app.post<{ Params: { id: string }; Body: { other: string; reason: string } }>(
    '/api/review/incidents/:id/merge',
    {
      config: editor,
      schema: { tags: ['review'], summary: 'Merge another incident into this one', params: incidentParams, body: body({ other: { type: 'string', pattern: INCIDENT_ID }, reason }, ['other', 'reason']), response: errorResponses },
    },
    async (req) => mergeIncidents(store, user(req), req.params.id, req.body.other, req.body.reason),
  );

  app.post<{ Params: { id: string }; Body: { event: string; reason: string } }>(
    '/api/review/incidents/:id/move-out',
    {
      config: editor,
      schema: { tags: ['review'], summary: 'Move one report (event) out of this incident into one of its own', params: incidentParams, body: body({ event: { type: 'string', pattern: '^e[0-9]{1,15}$' }, reason }, ['event', 'reason']), response: errorResponses },
    },
    async (req) => moveReportOut(store, user(req), req.params.id, req.body.event, req.body.reason),
  );

  app.post<{ Params: { id: string }; Body: { reason: string } }>(
    '/api/review/figures/:id/grouping-wrong',
    { config: editor, schema: { tags: ['review'], summary: "Mark a figure group's grouping wrong: its figures stand alone", params: idParams('^cg:c[0-9]{1,15}$', 'Figure group id'), body: body({ reason }, ['reason']), response: errorResponses } },
    async (req) => markFigureGroupingWrong(store, user(req), req.params.id, req.body.reason),
  );

  const entityParams = idParams('^ent:.+$', 'Entity id');
  app.post<{ Params: { id: string }; Body: { into: string; reason: string } }>(
    '/api/review/entities/:id/merge',
    { config: editor, schema: { tags: ['review'], summary: 'Merge this entity into another', params: entityParams, body: body({ into: { type: 'string', maxLength: 200 }, reason }, ['into', 'reason']), response: errorResponses } },
    async (req) => mergeEntities(store, user(req), req.params.id, req.body.into, req.body.reason),
  );
  app.post<{ Params: { id: string }; Body: { name: string; reason: string } }>(
    '/api/review/entities/:id/rename',
    { config: editor, schema: { tags: ['review'], summary: 'Rename an entity (the old name stays an alias)', params: entityParams, body: body({ name: { type: 'string', maxLength: 200 }, reason }, ['name', 'reason']), response: errorResponses } },
    async (req) => renameEntity(store, user(req), req.params.id, req.body.name, req.body.reason),
  );
  app.post<{ Params: { id: string }; Body: { alias: string; reason: string } }>(
    '/api/review/entities/:id/split',
    { config: editor, schema: { tags: ['review'], summary: 'Split the mentions written as one alias out into an entity of their own', params: entityParams, body: body({ alias: { type: 'string', maxLength: 200 }, reason }, ['alias', 'reason']), response: errorResponses } },
    async (req) => splitEntity(store, user(req), req.params.id, req.body.alias, req.body.reason),
  );

  app.post<{ Params: { id: string } }>(
    '/api/review/corrections/:id/undo',
    { config: editor, schema: { tags: ['review'], summary: 'Undo a correction (it stays in the log, marked undone)', params: idParams('^[0-9]{1,15}$', 'Correction id'), response: errorResponses } },
    async (req) => undoCorrection(store, user(req), Number(req.params.id)),
  );
}
