// Meta routes: health, the OpenAPI document and its docs page, geography and facets the dashboard builds its filters from.
import type { FastifyInstance } from 'fastify';
import { DEFAULT_PLACE_CANDIDATES, placeCandidates } from '../../resolve/geo/index.js';
import { DOCS_CSS, renderDocsPage } from '../docs-page.js';
import type { VigieQueries } from '../queries.js';

export function metaRoutes(app: FastifyInstance, q: VigieQueries, watch?: () => { ok: boolean }): void {
  // Open even where reads need a login: a load balancer's liveness probe has no account, and this says nothing of the data.
  app.get(
    '/api/health',
    { config: { access: 'open' }, schema: { tags: ['meta'], summary: 'Liveness and schema version (and, with --watch, the watcher\'s latest cycle)' } },
    async (_req, reply) => {
      const w = watch?.();
      // A watcher that stopped cycling makes the service unhealthy (503), so a supervisor restarts it.
      if (w && !w.ok) reply.status(503);
      return { ok: w ? w.ok : true, schema_version: await q.store.schemaVersion(), ...(w ? { watch: w } : {}) };
    },
  );

  app.get('/api/facets', { schema: { tags: ['meta'], summary: 'Incident types present, date span, régions and table counts' } }, async () =>
    q.facets(),
  );

  app.get('/api/departements', { schema: { tags: ['meta'], summary: 'Départements with name, région, population, centroid and incident count' } }, async () => ({
    items: await q.departements(),
  }));

  // The places some words may name, for a reviewer choosing an incident's place (the words selected in a source).
  app.get<{ Querystring: { q: string; limit: number } }>(
    '/api/places',
    {
      schema: {
        tags: ['meta'],
        summary: 'Places some words may name (communes of that name, a département, a région), the best reading first',
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['q'],
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 200 },
            limit: { type: 'integer', minimum: 1, maximum: 50, default: DEFAULT_PLACE_CANDIDATES },
          },
        },
      },
    },
    async (req) => ({ items: placeCandidates(req.query.q, req.query.limit) }),
  );

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/api/docs', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(renderDocsPage(app.swagger() as unknown as Parameters<typeof renderDocsPage>[0])),
  );
  app.get('/api/docs.css', { schema: { hide: true } }, async (_req, reply) => reply.type('text/css; charset=utf-8').send(DOCS_CSS));
}
