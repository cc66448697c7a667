// Incident routes: the filtered list, the map's points, and one incident with its sources and evidence.
import type { FastifyInstance } from 'fastify';
import { VigieError } from '../../core/errors.js';
import type { Bbox, IncidentFilters, IncidentSort, VigieQueries } from '../queries.js';
import { errorResponses, idParams, incidentListQuery, pointsQuery } from '../schemas.js';

type ListQuery = IncidentFilters & { sort: IncidentSort; limit: number; offset?: number; cursor?: string };

export function incidentRoutes(app: FastifyInstance, q: VigieQueries): void {
  app.get<{ Querystring: ListQuery }>(
    '/api/incidents',
    {
      schema: {
        tags: ['incidents'],
        summary:
          'Incidents matching the filters, paged and sorted; total counted up to 10,000 (total_exact false past it); "next" is the cursor of the following page (null on the last)',
        querystring: incidentListQuery,
        response: errorResponses,
      },
    },
    async (req) => {
      const { sort, limit, offset, cursor, ...filters } = req.query;
      if (cursor !== undefined && offset !== undefined) {
        throw new VigieError('bad_input', 'query parameters "cursor" and "offset" cannot be combined: a cursor already says where the page starts');
      }
      return q.listIncidents(filters, sort, limit, offset ?? 0, cursor);
    },
  );

  app.get<{ Querystring: IncidentFilters & { limit: number; bbox?: string } }>(
    '/api/incidents/points',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Located incidents as [id, lat, lon, type, date, killed, departement] tuples, for maps, deadliest first, in a bbox if given',
        querystring: pointsQuery,
        response: errorResponses,
      },
    },
    async (req) => {
      const { limit, bbox, ...filters } = req.query;
      return q.incidentPoints(filters, limit, bbox === undefined ? undefined : parseBbox(bbox));
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

/** "west,south,east,north" as numbers; a box with its sides the wrong way round is a mistake worth saying. */
function parseBbox(text: string): Bbox {
  const [west, south, east, north] = text.split(',').map(Number);
  if (south > north || west > east || south < -90 || north > 90 || west < -180 || east > 180) {
    throw new VigieError('bad_input', `"bbox" must be west,south,east,north in degrees with west ≤ east and south ≤ north (${text})`);
  }
  return { west, south, east, north };
}
