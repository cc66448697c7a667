// Atom feeds of incidents anyone can subscribe to: /api/feeds/incidents.atom with the list's filters (type,
// département, commune, min_killed…), the incidents most recently reported first.
import { XMLBuilder } from 'fast-xml-parser';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Incident } from '../../reconcile/types.js';
import type { IncidentFilters, VigieQueries } from '../queries.js';
import { incidentWhere } from '../queries.js';
import { errorResponses, incidentFilterProps } from '../schemas.js';

const FEED_LIMIT = 50;
const MAX_FEED_LIMIT = 200;

const feedQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...incidentFilterProps,
    min_killed: { type: 'integer', minimum: 0, maximum: 10_000, description: 'Only incidents with at least this many killed.' },
    limit: { type: 'integer', minimum: 1, maximum: MAX_FEED_LIMIT, default: FEED_LIMIT, description: `Entries (1–${MAX_FEED_LIMIT}).` },
  },
} as const;

type FeedQuery = IncidentFilters & { min_killed?: number; limit: number };

// Article text and place names are untrusted: the builder escapes every value (no CDATA, no raw markup).
const BUILDER = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true, processEntities: true });

const TYPE_WORDS: Record<string, string> = {
  shooting_homicide: 'Shooting / homicide',
  prison_attack: 'Prison attack',
  kidnapping_extortion: 'Kidnapping / extortion',
};

function entryTitle(i: Incident): string {
  const what = TYPE_WORDS[i.type] ?? i.type.replace(/_/g, ' ');
  const where = i.place?.name ? ` in ${i.place.name}${i.place.departement ? ` (${i.place.departement})` : ''}` : '';
  const when = i.date ? `, ${i.date}` : '';
  const toll = i.killed ? `: ${i.killed} killed` : i.injured ? `: ${i.injured} injured` : '';
  return `${what}${where}${when}${toll}`;
}

function entrySummary(i: Incident): string {
  const parts = [
    `Killed: ${i.killed ?? 'unknown'}. Injured: ${i.injured ?? 'unknown'}.`,
    `Reported by ${i.sources} document(s)${i.outlets.length ? ` (${i.outlets.join(', ')})` : ''}.`,
    i.conflicts.length ? `The sources disagree on ${i.conflicts.map((c) => c.field).join(', ')}.` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

export function feedRoutes(app: FastifyInstance, q: VigieQueries): void {
  app.get<{ Querystring: FeedQuery }>(
    '/api/feeds/incidents.atom',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Atom feed of incidents matching the filters, the most recently reported first',
        querystring: feedQuery,
        response: errorResponses,
      },
    },
    async (req, reply) => {
      const { limit, min_killed: minKilled, ...filters } = req.query;
      const where = incidentWhere(filters, q.store.dialect);
      const killed = minKilled !== undefined && minKilled > 0 ? sql`AND i.killed >= ${minKilled}` : sql``;
      // The latest storing of any member document is the entry's "updated": a new source re-announces the incident.
      const rows = (
        await sql<{ id: string; data: string; updated: string }>`
          SELECT i.id, i.data, MAX(d.ingested_at) AS updated
          FROM (SELECT * FROM incidents ${where}) i
          JOIN incident_events ie ON ie.incident_id = i.id
          JOIN events e ON e.id = ie.event_id
          JOIN documents d ON d.id = e.document_id
          WHERE 1 = 1 ${killed}
          GROUP BY i.id, i.data
          ORDER BY updated DESC, i.id
          LIMIT ${limit}`.execute(q.store.db)
      ).rows;
      const origin = `${req.protocol}://${req.host}`;
      const self = `${origin}${req.url}`;
      const entries = rows.map((r) => {
        const i = JSON.parse(r.data) as Incident;
        return {
          id: `${origin}/api/incidents/${encodeURIComponent(i.id)}`,
          title: entryTitle(i),
          updated: r.updated,
          link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': `${origin}/#/incident/${encodeURIComponent(i.id)}` },
          category: { '@_term': i.type },
          summary: entrySummary(i),
        };
      });
      const feed = {
        '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
        feed: {
          '@_xmlns': 'http://www.w3.org/2005/Atom',
          id: self,
          title: 'Vigie: incidents',
          updated: rows[0]?.updated ?? new Date(0).toISOString(),
          author: { name: 'Vigie' },
          link: { '@_rel': 'self', '@_href': self },
          entry: entries,
        },
      };
      return reply.type('application/atom+xml; charset=utf-8').send(BUILDER.build(feed));
    },
  );
}
