// Text routes: full-text search over stories, and documents with their cleaned text.
import type { FastifyInstance } from 'fastify';
import type { VigieQueries } from '../queries.js';
import { cursorPaging, errorResponses, idParams, textQuery } from '../schemas.js';

export function textRoutes(app: FastifyInstance, q: VigieQueries): void {
  app.get<{ Querystring: { q: string; limit: number; offset: number } }>(
    '/api/search',
    {
      schema: {
        tags: ['texts'],
        summary: 'Full-text search over stories (accents ignored, last word as a prefix); snippets as hit/non-hit pieces',
        querystring: textQuery(true),
        response: errorResponses,
      },
    },
    async (req) => q.searchStories(req.query.q, req.query.limit, req.query.offset),
  );

  app.get<{ Querystring: { outlet?: string; limit: number; offset?: number; cursor?: string } }>(
    '/api/documents',
    {
      schema: {
        tags: ['texts'],
        summary: 'Current documents (latest versions), newest first; total counted up to 10,000; "next" is the cursor of the following page',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { outlet: { type: 'string', maxLength: 200, description: 'Only this outlet.' }, ...cursorPaging },
        },
        response: errorResponses,
      },
    },
    async (req) => q.listDocuments({ outlet: req.query.outlet }, req.query.limit, req.query.offset, req.query.cursor),
  );

  app.get<{ Params: { id: string } }>(
    '/api/documents/:id',
    {
      schema: {
        tags: ['texts'],
        summary: 'One document with its cleaned text and its stories',
        params: idParams('^d[0-9]+$', 'Document id ("d12")'),
        response: errorResponses,
      },
    },
    async (req) => q.document(req.params.id),
  );
}
