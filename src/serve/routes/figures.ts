// Claim-group routes: statistical figures grouped by measure and period, with who states which value.
import type { FastifyInstance } from 'fastify';
import type { VigieQueries } from '../queries.js';
import { cursorPaging, errorResponses, idParams } from '../schemas.js';

export function figureRoutes(app: FastifyInstance, q: VigieQueries): void {
  app.get<{ Querystring: { status?: string; q?: string; limit: number; offset?: number; cursor?: string } }>(
    '/api/claim-groups',
    {
      schema: {
        tags: ['figures'],
        summary: 'Claim groups (conflicting first), each with its statements, values, sources and sentences; total counted up to 10,000; "next" is the cursor of the following page',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            status: { type: 'string', enum: ['conflicting', 'corroborated', 'single'], description: 'Only groups with this status.' },
            q: { type: 'string', maxLength: 200, description: 'Words in the measure or the period.' },
            ...cursorPaging,
          },
        },
        response: errorResponses,
      },
    },
    async (req) => {
      const { limit, offset, cursor, ...f } = req.query;
      return q.listClaimGroups(f, limit, offset, cursor);
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
