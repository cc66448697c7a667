// Settings as data: one table of {name, default, env, help}, read once at start-up; nothing else reads process.env.

export interface SettingSpec {
  name: keyof Settings;
  default: string | number;
  env: string;
  help: string;
}

export interface Settings {
  db: string;
  workers: number;
  fetchTimeoutMs: number;
  documentTimeoutMs: number;
  maxBytes: number;
  userAgent: string;
  allowedHosts: string;
  jobTimeoutS: number;
  queueMaintenanceS: number;
}

const CPUS_DEFAULT = -1; // "-1" means: one worker per core, at most two.

export const SETTINGS: readonly SettingSpec[] = [
  { name: 'db', default: 'vigie.db', env: 'VIGIE_DB', help: 'Database used when --db is not given: an SQLite file or a postgres:// URL.' },
  {
    name: 'workers',
    default: CPUS_DEFAULT,
    env: 'VIGIE_WORKERS',
    help: 'Worker threads that clean and extract documents (0 = in the main thread; -1 = one per core, max 2).',
  },
  { name: 'fetchTimeoutMs', default: 20_000, env: 'VIGIE_FETCH_TIMEOUT_MS', help: 'Timeout of one HTTP fetch (headers and whole body), in milliseconds.' },
  {
    name: 'documentTimeoutMs',
    default: 60_000,
    env: 'VIGIE_DOCUMENT_TIMEOUT_MS',
    help: 'Longest time one document may take to process on a worker before it fails alone, in milliseconds (0 = no limit).',
  },
  {
    name: 'maxBytes',
    default: 50 * 1024 * 1024,
    env: 'VIGIE_MAX_BYTES',
    help: 'Largest input accepted (file or HTTP body), in bytes; larger ones fail with a clear reason.',
  },
  {
    name: 'userAgent',
    default: 'Vigie/0.1 (open observatory of drug-trafficking violence)',
    env: 'VIGIE_USER_AGENT',
    help: 'User-Agent header sent when fetching URLs.',
  },
  {
    name: 'allowedHosts',
    default: '',
    env: 'VIGIE_ALLOWED_HOSTS',
    help: 'Comma-separated host names `serve` answers to besides its address and localhost (other Host headers get 403).',
  },
  {
    name: 'jobTimeoutS',
    default: 600,
    env: 'VIGIE_JOB_TIMEOUT_S',
    help: 'Queued ingestion: seconds a job may run before it is taken as lost (its worker died) and given to another worker.',
  },
  {
    name: 'queueMaintenanceS',
    default: 30,
    env: 'VIGIE_QUEUE_MAINTENANCE_S',
    help: 'Queued ingestion: how often workers look for lost jobs to retry, in seconds (at least 1).',
  },
];

let cached: Settings | null = null;

/** Reads the settings once from the environment (or the given map, for tests). */
export function loadSettings(env: Record<string, string | undefined> = process.env): Settings {
  if (cached && env === process.env) return cached;
  const out: Record<string, string | number> = {};
  for (const spec of SETTINGS) {
    const raw = env[spec.env];
    if (raw === undefined || raw === '') {
      out[spec.name] = spec.default;
    } else if (typeof spec.default === 'number') {
      const n = Number(raw);
      if (!Number.isFinite(n)) throw new Error(`${spec.env} must be a number, got "${raw}"`);
      out[spec.name] = n;
    } else {
      out[spec.name] = raw;
    }
  }
  const settings = out as unknown as Settings;
  if (env === process.env) cached = settings;
  return settings;
}

/** The settings table as text, for `vigie --help` and the README. */
export function describeSettings(): string {
  return SETTINGS.map((s) => `  ${s.env.padEnd(24)} ${s.help} (default: ${s.default})`).join('\n');
}
