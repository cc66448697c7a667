// The dashboard's only channel to data: same-origin JSON from /api, errors turned into messages.

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export type Query = Record<string, string | string[] | number | boolean | null | undefined>;

export function queryString(q: Query): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === null || v === undefined || v === '' || v === false) continue;
    if (Array.isArray(v)) for (const x of v) p.append(k, x);
    else p.append(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

export async function api<T>(path: string, q: Query = {}): Promise<T> {
  const res = await fetch(`/api/${path}${queryString(q)}`, { headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.message ?? `request failed (${res.status})`);
  return body as T;
}

/** Who is logged in, and the CSRF token every write of the session carries (from /api/auth/me or the login). */
export interface Me {
  user: { name: string; role: 'viewer' | 'editor' | 'admin' } | null;
  csrf: string | null;
  read_open?: boolean;
}

let me: Me | null = null;

export async function whoAmI(fresh = false): Promise<Me> {
  if (!me || fresh) me = await api<Me>('auth/me');
  return me;
}

export function setMe(m: Me | null): void {
  me = m;
}

export const canEdit = (m: Me) => m.user !== null && (m.user.role === 'editor' || m.user.role === 'admin');

/** A write: JSON in and out, with the session's CSRF token. */
export async function post<T>(path: string, body: unknown = {}): Promise<T> {
  const csrf = me?.csrf ?? (await whoAmI()).csrf;
  const res = await fetch(`/api/${path}`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': csrf } : {}) },
    body: JSON.stringify(body),
  });
  const out = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) throw new ApiError(res.status, out?.error?.message ?? `request failed (${res.status})`);
  return out as T;
}

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
  /** Incident lists and searches: false when there are more than `total` (the server stops counting there). */
  total_exact?: boolean;
  /** The incident list: the cursor of the page after this one (null on the last page). */
  next?: string | null;
}

/** A page's total as a reader should see it: "10,000+" when the server stopped counting. */
export const totalText = (p: { total: number; total_exact?: boolean }, num: (n: number) => string): string => `${num(p.total)}${p.total_exact === false ? '+' : ''}`;

export interface IncidentItem {
  id: string;
  type: string;
  date: string | null;
  date_precision: string;
  place_name: string | null;
  departement: string | null;
  region: string | null;
  lat: number | null;
  lon: number | null;
  killed: number | null;
  injured: number | null;
  sources: number;
  conflicts: number;
}

export interface Departement {
  code: string;
  name: string;
  region: string;
  population: number | null;
  lat: number | null;
  lon: number | null;
  incidents: number;
}

export interface StatRow {
  key: string;
  label: string;
  incidents: number;
  killed: number;
  injured: number;
  population?: number | null;
  incidents_per_100k?: number | null;
  killed_per_100k?: number | null;
}

export interface Stats {
  by: string;
  total: { incidents: number; killed: number; injured: number };
  rows: StatRow[];
}

export interface DocMeta {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
}

export interface Facets {
  types: Array<{ type: string; n: number }>;
  first_date: string | null;
  last_date: string | null;
  regions: Array<{ region: string; n: number }>;
  counts: { incidents: number; groups: number; entities: number; documents: number };
}
