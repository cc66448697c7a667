// GET requests to a test server: the status and JSON body, or the body of an answer that must be a 200.
import { expect } from 'vitest';
import type { FastifyInstance } from 'fastify';

/** `app` is read at each call: test files build their server in beforeAll. */
export function apiGetters(app: () => FastifyInstance) {
  const get = async (url: string) => {
    const res = await app().inject({ method: 'GET', url });
    return { status: res.statusCode, body: res.json() };
  };
  const ok = async (url: string) => {
    const { status, body } = await get(url);
    expect(status, `${url}: ${JSON.stringify(body)}`).toBe(200);
    return body;
  };
  return { get, ok };
}

/** A cursor as a client could write one (the format is checked, not signed). */
export const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
