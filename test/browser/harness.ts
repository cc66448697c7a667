// Browser-test plumbing: the dashboard built, a server on an ephemeral port over a given store, Debian's chromium driven by playwright-core.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/serve/server.js';
import type { Store } from '../../src/store/store.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const ARTIFACTS = join(ROOT, 'test-artifacts');
const WEB = join(ROOT, 'dist', 'web');

/** Builds the dashboard when dist/web is missing (a fresh clone that ran only tsc). */
export function ensureDashboardBuilt(): string {
  if (!existsSync(join(WEB, 'index.html'))) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(ROOT, 'web', 'vite.config.ts'), '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  return WEB;
}

export async function startServer(store: Store): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildServer({ store, webRoot: ensureDashboardBuilt() });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    // launch() gives every run a fresh temporary profile of its own (it refuses --user-data-dir).
  });
}

/** Every request the page makes to another origin (there must be none) and every page error. */
export function watch(page: Page, origin: string): { foreign: string[]; errors: string[]; dialogs: string[] } {
  const seen = { foreign: [] as string[], errors: [] as string[], dialogs: [] as string[] };
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:')) seen.foreign.push(u);
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  return seen;
}

export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
