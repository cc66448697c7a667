// Routes of `vigie serve --watch`: the watcher's metrics in Prometheus text format and the state of its sources.
import type { FastifyInstance } from 'fastify';
import type { WatchMetrics } from '../../watch/metrics.js';
import type { WatchState } from '../../watch/state.js';

export interface WatchRoutesOptions {
  metrics: WatchMetrics;
  state: WatchState;
  /** Seconds after which a watcher that has not finished a cycle is reported unhealthy. */
  staleAfterSeconds: number;
}

/** The watcher's part of /api/health: when its latest cycle ended, and whether that is recent enough. */
export function watchHealth(o: WatchRoutesOptions): { ok: boolean; last_cycle_at: string | null; cycles: number } {
  const last = o.metrics.lastCycleAt;
  // Before the first cycle ends the watcher is starting, not stuck.
  const ok = last === null || (Date.now() - last.getTime()) / 1000 < o.staleAfterSeconds;
  return { ok, last_cycle_at: last?.toISOString() ?? null, cycles: o.metrics.cycleCount };
}

export function watchRoutes(app: FastifyInstance, o: WatchRoutesOptions): void {
  // Outside /api, so named as data explicitly: like the API, open on loopback or with --public-read, else a login or
  // an API token (a scraper sends "Authorization: Bearer …").
  app.get('/metrics', { config: { access: 'read' }, schema: { tags: ['meta'], summary: 'Watcher metrics in Prometheus text format' } }, async (_req, reply) =>
    reply.type(o.metrics.contentType).send(await o.metrics.text()),
  );
  app.get('/api/watch/sources', { schema: { tags: ['meta'], summary: 'Followed sources: last fetch, failures in a row, next try' } }, async () => ({
    items: await o.state.allSources(),
  }));
}
