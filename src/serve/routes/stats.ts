// Statistics routes: counts by month, type, area (with rates per 100,000 for départements), and diffusion.
import type { FastifyInstance } from 'fastify';
import type { IncidentFilters, StatsDimension, VigieQueries } from '../queries.js';
import { errorResponses, filterQuery, statsQuery } from '../schemas.js';

export function statsRoutes(app: FastifyInstance, q: VigieQueries): void {
  app.get<{ Querystring: IncidentFilters & { by: StatsDimension } }>(
    '/api/stats',
    {
      schema: {
        tags: ['statistics'],
        summary: 'Incidents, deaths and injuries by month, type, commune, département (with per-100k rates) or région',
        querystring: statsQuery,
        response: errorResponses,
      },
    },
    async (req) => {
      const { by, ...filters } = req.query;
      return q.stats(by, filters);
    },
  );

  app.get<{ Querystring: IncidentFilters }>(
    '/api/stats/diffusion',
    {
      schema: {
        tags: ['statistics'],
        summary: 'First dated incident per département, in order: how the violence spread',
        querystring: filterQuery,
        response: errorResponses,
      },
    },
    async (req) => ({ items: await q.diffusion(req.query) }),
  );
}
