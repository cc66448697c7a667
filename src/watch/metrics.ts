// The watcher's metrics in Prometheus text format (prom-client), on a registry of its own so that several watchers
// (tests, a bench) never share counters: fetches, failures, new documents and incidents, alerts, queue lag.
import { Counter, Gauge, Registry } from 'prom-client';
import type { CycleSummary } from './watcher.js';

export class WatchMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({ name: 'vigie_watch_http_requests_total', help: 'HTTP requests sent (robots.txt, listings, articles, retries included)', registers: [this.registry] });
  readonly fetches = new Counter({
    name: 'vigie_watch_fetches_total',
    help: 'Fetches by kind (listing, article) and outcome (ok, not_modified, failed)',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly newLinks = new Counter({ name: 'vigie_watch_new_links_total', help: 'Article links seen for the first time', registers: [this.registry] });
  readonly newDocuments = new Counter({ name: 'vigie_watch_new_documents_total', help: 'Documents (or new versions) stored from fetched articles', registers: [this.registry] });
  readonly newIncidents = new Counter({ name: 'vigie_watch_new_incidents_total', help: 'Incidents that did not exist before the cycle', registers: [this.registry] });
  readonly alerts = new Counter({ name: 'vigie_watch_alerts_total', help: 'Webhook deliveries by outcome', labelNames: ['outcome'] as const, registers: [this.registry] });
  readonly cycles = new Counter({ name: 'vigie_watch_cycles_total', help: 'Watch cycles run', registers: [this.registry] });
  readonly failingSources = new Gauge({ name: 'vigie_watch_failing_sources', help: 'Sources whose last fetch failed in the latest cycle', registers: [this.registry] });
  readonly queueLag = new Gauge({ name: 'vigie_watch_queue_lag', help: 'Article links listed but not yet stored (pending)', registers: [this.registry] });
  readonly lastCycle = new Gauge({ name: 'vigie_watch_last_cycle_timestamp_seconds', help: 'When the latest cycle ended (Unix time)', registers: [this.registry] });
  readonly cycleSeconds = new Gauge({ name: 'vigie_watch_last_cycle_duration_seconds', help: 'How long the latest cycle took', registers: [this.registry] });
  /** When the latest cycle ended, for the health endpoint. */
  lastCycleAt: Date | null = null;
  cycleCount = 0;

  cycleDone(s: CycleSummary, pending: number): void {
    this.cycles.inc();
    this.cycleCount++;
    this.failingSources.set(s.failedSources);
    this.queueLag.set(pending);
    this.lastCycleAt = new Date();
    this.lastCycle.set(this.lastCycleAt.getTime() / 1000);
    this.cycleSeconds.set(s.elapsedMs / 1000);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
