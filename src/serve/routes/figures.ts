// Claim-group routes: statistical figures grouped by measure and period, with who states which value.
import type { FastifyInstance } from 'fastify';
import type { VigieQueries } from '../queries.js';
import { errorResponses, idParams, paging } from '../schemas.js';

export function figureRoutes(app: FastifyInstance, q: VigieQueries): void {
  app.get<{ Querystring: { status?: string; q?: string; limit: number; offset: number } }>(
    '/api/claim-groups',
    {
      schema: {
        tags: ['figures'],
        summary: 'Claim groups (conflicting first), each with its statements, values, sources and sentences',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            status: { type: 'string', enum: ['conflicting', 'corroborated', 'single'], description: 'Only groups with this status.' },
            q: { type: 'string', maxLength: 200, description: 'Words in the measure or the period.' },
            ...paging,
          },
        },
        response: errorResponses,
      },
    },
    async (req) => {
      const { limit, offset, ...f } = req.query;
      return q.listClaimGroups(f, limit, offset);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/claim-groups/:id',
    {
      schema: {
        tags: ['figures'],
        summary: 'One claim group with its statements',
        params: idParams('^cg:', 'Claim group id ("cg:c12")'),
        response: errorResponses,
      },
    },
    async (req) => q.claimGroup(req.params.id),
  );
}
