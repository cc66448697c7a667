// Incident routes: the filtered list, the map's points, and one incident with its sources and evidence.
import type { FastifyInstance } from 'fastify';
import type { IncidentFilters, IncidentSort, VigieQueries } from '../queries.js';
import { errorResponses, idParams, incidentListQuery, pointsQuery } from '../schemas.js';

type ListQuery = IncidentFilters & { sort: IncidentSort; limit: number; offset: number };

export function incidentRoutes(app: FastifyInstance, q: VigieQueries): void {
  app.get<{ Querystring: ListQuery }>(
    '/api/incidents',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Incidents matching the filters, paged and sorted',
        querystring: incidentListQuery,
        response: errorResponses,
      },
    },
    async (req) => {
      const { sort, limit, offset, ...filters } = req.query;
      return q.listIncidents(filters, sort, limit, offset);
    },
  );

  app.get<{ Querystring: IncidentFilters & { limit: number } }>(
    '/api/incidents/points',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Located incidents as [id, lat, lon, type, date, killed, departement] tuples, for maps',
        querystring: pointsQuery,
        response: errorResponses,
      },
    },
    async (req) => {
      const { limit, ...filters } = req.query;
      return q.incidentPoints(filters, limit);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/incidents/:id',
    {
      schema: {
        tags: ['incidents'],
        summary: 'One incident: its fields, conflicts, and every source story with the evidence spans',
        params: idParams('^inc:', 'Incident id ("inc:e12")'),
        response: errorResponses,
      },
    },
    async (req) => q.incident(req.params.id),
  );
}
