// Entity routes: people, organisations, criminal groups and places, with their mentions and related incidents.
import type { FastifyInstance } from 'fastify';
import type { VigieQueries } from '../queries.js';
import { cursorPaging, errorResponses, idParams } from '../schemas.js';

export function entityRoutes(app: FastifyInstance, q: VigieQueries): void {
  app.get<{ Querystring: { type?: string; q?: string; limit: number; offset?: number; cursor?: string } }>(
    '/api/entities',
    {
      schema: {
        tags: ['entities'],
        summary: 'Entities, most mentioned first; total counted up to 10,000; "next" is the cursor of the following page',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            type: { type: 'string', enum: ['person', 'organisation', 'criminal_group', 'place'], description: 'Only this kind.' },
            q: { type: 'string', maxLength: 200, description: 'Part of the name or an alias.' },
            ...cursorPaging,
          },
        },
        response: errorResponses,
      },
    },
    async (req) => {
      const { limit, offset, cursor, ...f } = req.query;
      return q.listEntities(f, limit, offset, cursor);
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
