// The sources file of `vigie watch`: YAML or JSON listing the feeds, sitemaps and listing pages to follow, the hosts
// opened to private addresses, and the alert rules. Validated with zod: each bad entry is named (file, entry, field)
// with what is wrong, the good entries are kept, and the run goes on without the bad ones.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { VigieError, reasonOf, safeLine } from '../core/errors.js';

export const SOURCE_KINDS = ['feed', 'sitemap', 'listing', 'auto'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface WatchSource {
  /** Stable key of the source in the database: its URL (a renamed source keeps its state). */
  url: string;
  name: string;
  kind: SourceKind;
  /** Language hint for its articles ("fr", "en"), or null to let the classifier tell. */
  language: string | null;
  /** Seconds between two fetches of the source. */
  intervalSeconds: number;
  outlet: string | null;
  /** Listing pages: links whose absolute URL matches this pattern are articles. */
  pattern: RegExp | null;
}

export interface AlertRule {
  name: string;
  types: string[] | null;
  departements: string[] | null;
  communes: string[] | null;
  minKilled: number | null;
  /** Only incidents whose sources disagree (at least one conflict). */
  onlyConflicts: boolean;
  webhook: { url: string; secret: string | null } | null;
}

export interface WatchConfig {
  file: string | null;
  sources: WatchSource[];
  /** Host names, IP addresses or CIDR ranges that may be fetched even when private or loopback. */
  allowHosts: string[];
  alerts: AlertRule[];
  /** One line per refused entry, naming the file and the entry. */
  problems: string[];
}

export const DEFAULT_INTERVAL_SECONDS = 15 * 60;
/** Shortest interval accepted: a source polled more often than this would be impolite. */
export const MIN_INTERVAL_SECONDS = 10;

const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*$/i;
const UNIT_SECONDS: Record<string, number> = { s: 1, sec: 1, m: 60, min: 60, h: 3600, d: 86400 };

/** "15m", "1h", "90s", "90" (seconds) or a number of seconds → seconds; null when unreadable. */
export function parseDuration(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : null;
  const m = DURATION.exec(value);
  if (!m) return null;
  const n = Number(m[1]) * UNIT_SECONDS[(m[2] ?? 's').toLowerCase()];
  return n > 0 ? n : null;
}

const httpUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

const duration = z
  .union([z.string(), z.number()])
  .transform((v, ctx) => {
    const s = parseDuration(v);
    if (s === null) {
      ctx.addIssue({ code: 'custom', message: 'must be a duration such as "15m", "1h" or a number of seconds' });
      return z.NEVER;
    }
    if (s < MIN_INTERVAL_SECONDS) {
      ctx.addIssue({ code: 'custom', message: `must be at least ${MIN_INTERVAL_SECONDS} s (polling faster is impolite)` });
      return z.NEVER;
    }
    return s;
  });

const pattern = z.string().transform((v, ctx) => {
  try {
    return new RegExp(v);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `is not a valid regular expression (${reasonOf(err)})` });
    return z.NEVER;
  }
});

const stringList = z.union([z.string(), z.number()]).transform(String).array().or(z.union([z.string(), z.number()]).transform((v) => [String(v)]));

const sourceSchema = z
  .object({
    url: httpUrl,
    name: z.string().trim().min(1).optional(),
    type: z.enum(SOURCE_KINDS).default('auto'),
    language: z.string().trim().regex(/^[a-z]{2}$/, 'must be a two-letter language code such as "fr" or "en"').optional(),
    interval: duration.optional(),
    outlet: z.string().trim().min(1).optional(),
    pattern: pattern.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.type === 'listing' && !s.pattern) ctx.addIssue({ code: 'custom', path: ['pattern'], message: 'a listing page needs a pattern for its article links' });
  });

const alertSchema = z
  .object({
    name: z.string().trim().min(1),
    type: stringList.optional(),
    departement: stringList.optional(),
    commune: stringList.optional(),
    min_killed: z.number().int().min(0).optional(),
    only_conflicts: z.boolean().default(false),
    webhook: httpUrl.optional(),
    /** Name of the environment variable holding the shared secret: secrets stay out of the file. */
    secret_env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name').optional(),
  })
  .strict();

const topSchema = z
  .object({
    sources: z.array(z.unknown()).default([]),
    allow_private: z.array(z.string().trim().min(1)).default([]),
    alerts: z.array(z.unknown()).default([]),
  })
  .strict();

function issueText(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
}

function entryLabel(raw: unknown, index: number): string {
  const r = raw as { name?: unknown; url?: unknown } | null;
  const label = typeof r?.name === 'string' ? r.name : typeof r?.url === 'string' ? r.url : null;
  return `entry ${index + 1}${label ? ` (${safeLine(label, 80)})` : ''}`;
}

function toSource(s: z.infer<typeof sourceSchema>): WatchSource {
  return {
    url: s.url,
    name: s.name ?? new URL(s.url).host,
    kind: s.type,
    language: s.language ?? null,
    intervalSeconds: s.interval ?? DEFAULT_INTERVAL_SECONDS,
    outlet: s.outlet ?? null,
    pattern: s.pattern ?? null,
  };
}

/** A source given directly on the command line: a feed, sitemap or page URL with the defaults. */
export function sourceFromUrl(url: string): WatchSource {
  const parsed = httpUrl.safeParse(url);
  if (!parsed.success) throw new VigieError('bad_input', `not an http(s) URL: ${safeLine(url, 200)}`);
  return toSource({ url: parsed.data, type: 'auto' });
}

/**
 * Validates a parsed sources document. Never throws for a bad entry: it is listed in `problems` and left out; a
 * document that is not an object of the expected shape is an error naming the file.
 */
export function parseWatchConfig(data: unknown, file: string, env: NodeJS.ProcessEnv = process.env): WatchConfig {
  const top = topSchema.safeParse(data ?? {});
  if (!top.success) throw new VigieError('bad_input', `${file}: ${issueText(top.error)}`);
  const problems: string[] = [];
  const sources: WatchSource[] = [];
  const seen = new Set<string>();
  top.data.sources.forEach((raw, i) => {
    const r = sourceSchema.safeParse(typeof raw === 'string' ? { url: raw } : raw);
    if (!r.success) {
      problems.push(`${file}: sources ${entryLabel(raw, i)}: ${issueText(r.error)}`);
      return;
    }
    if (seen.has(r.data.url)) {
      problems.push(`${file}: sources ${entryLabel(raw, i)}: the same URL is listed twice (the first is kept)`);
      return;
    }
    seen.add(r.data.url);
    sources.push(toSource(r.data));
  });
  const alerts: AlertRule[] = [];
  top.data.alerts.forEach((raw, i) => {
    const r = alertSchema.safeParse(raw);
    if (!r.success) {
      problems.push(`${file}: alerts ${entryLabel(raw, i)}: ${issueText(r.error)}`);
      return;
    }
    const a = r.data;
    let secret: string | null = null;
    if (a.secret_env) {
      secret = env[a.secret_env] ?? null;
      if (!secret) {
        problems.push(`${file}: alerts ${entryLabel(raw, i)}: secret_env ${a.secret_env} is not set in the environment`);
        return;
      }
    }
    alerts.push({
      name: a.name,
      types: a.type ?? null,
      departements: a.departement ?? null,
      communes: a.commune ?? null,
      minKilled: a.min_killed ?? null,
      onlyConflicts: a.only_conflicts,
      webhook: a.webhook ? { url: a.webhook, secret } : null,
    });
  });
  return { file, sources, allowHosts: top.data.allow_private, alerts, problems };
}

/** Reads a sources file: .json as JSON, anything else as YAML (a superset of JSON). */
export async function loadWatchConfig(file: string, env: NodeJS.ProcessEnv = process.env): Promise<WatchConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new VigieError('bad_input', `cannot read sources file ${file}: ${reasonOf(err)}`);
  }
  let data: unknown;
  try {
    data = extname(file).toLowerCase() === '.json' ? JSON.parse(text) : YAML.parse(text);
  } catch (err) {
    throw new VigieError('bad_input', `${file}: not valid ${extname(file).toLowerCase() === '.json' ? 'JSON' : 'YAML'}: ${safeLine(reasonOf(err), 300)}`);
  }
  return parseWatchConfig(data, file, env);
}

/** Adds sources to a YAML sources file (created when missing), keeping its comments; returns the URLs added. */
export async function addSourcesToFile(file: string, entries: Array<{ url: string; name?: string; type?: SourceKind }>): Promise<string[]> {
  const { writeFile } = await import('node:fs/promises');
  let doc: YAML.Document;
  try {
    doc = YAML.parseDocument(await readFile(file, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new VigieError('bad_input', `cannot read sources file ${file}: ${reasonOf(err)}`);
    doc = new YAML.Document({ sources: [] });
  }
  if (doc.errors.length) throw new VigieError('bad_input', `${file}: not valid YAML: ${safeLine(doc.errors[0].message, 300)}`);
  if (!doc.has('sources')) doc.set('sources', doc.createNode([]));
  const list = doc.get('sources') as YAML.YAMLSeq;
  const present = new Set(
    (list.toJSON() as unknown[]).map((e) => (typeof e === 'string' ? e : (e as { url?: string })?.url)).filter((u): u is string => typeof u === 'string'),
  );
  const added: string[] = [];
  for (const e of entries) {
    if (present.has(e.url)) continue;
    present.add(e.url);
    list.add(doc.createNode(Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined))));
    added.push(e.url);
  }
  await writeFile(file, doc.toString());
  return added;
}
