// Entity routes: people, organisations, criminal groups and places, with their mentions and related incidents.
import type { FastifyInstance } from 'fastify';
import type { VigieQueries } from '../queries.js';
import { errorResponses, idParams, paging } from '../schemas.js';

export function entityRoutes(app: FastifyInstance, q: VigieQueries): void {
  app.get<{ Querystring: { type?: string; q?: string; limit: number; offset: number } }>(
    '/api/entities',
    {
      schema: {
        tags: ['entities'],
        summary: 'Entities, most mentioned first',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            type: { type: 'string', enum: ['person', 'organisation', 'criminal_group', 'place'], description: 'Only this kind.' },
            q: { type: 'string', maxLength: 200, description: 'Part of the name or an alias.' },
            ...paging,
          },
        },
        response: errorResponses,
      },
    },
    async (req) => {
      const { limit, offset, ...f } = req.query;
      return q.listEntities(f, limit, offset);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/entities/:id',
    {
      schema: {
        tags: ['entities'],
        summary: 'One entity: its mentions in context and the incidents told in the same stories',
        params: idParams('^.+$', 'Entity id'),
        response: errorResponses,
      },
    },
    async (req) => q.entity(req.params.id),
  );
}
