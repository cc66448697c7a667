// CSV export of incidents, one row each, with ACLED-like columns: RFC 4180, UTF-8 with BOM, guarded against formula injection.

import type { Incident } from '../../reconcile/types.js';

export const INCIDENT_CSV_COLUMNS = [
  'event_id', 'event_date', 'date_precision', 'event_type', 'commune', 'commune_insee', 'departement', 'region', 'country',
  'latitude', 'longitude', 'geo_precision', 'killed', 'injured', 'sources', 'source_urls', 'notes',
  'review_status', 'reviewed_by', 'reviewed_at',
] as const;

/** Spreadsheets (Excel, LibreOffice) only read a CSV as UTF-8 when it starts with a byte-order mark. */
const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;
/** A text cell starting with these is run as a formula by spreadsheets (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Several URLs in one cell: a separator that never occurs unescaped in a URL. */
export const URL_SEPARATOR = ' ';

type Cell = string | number | null;

/** One cell: numbers as written, null as empty, text guarded and quoted when needed. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvRow(cells: Cell[]): string {
  return cells.map(csvCell).join(',');
}

/** Human-readable notes: conflicts between sources, victims' ages, actors. */
export function incidentNotes(incident: Incident): string {
  const parts: string[] = [];
  for (const c of incident.conflicts) {
    const values = c.values.map((v) => {
      const shown = v.value === null ? 'no number given' : typeof v.value === 'object' ? (v.value.name ?? v.value.country ?? 'unknown place') : String(v.value);
      return `${shown} (${v.event})`;
    });
    parts.push(`sources disagree on ${c.field}: ${values.join(', ')}`);
  }
  const ages = incident.victims.map((v) => v.age).filter((a): a is number => a !== null);
  if (ages.length > 0) parts.push(`victims' ages: ${ages.join(', ')}`);
  if (incident.actors.length > 0) parts.push(`actors: ${incident.actors.join(', ')}`);
  return parts.join('; ');
}

function incidentCells(incident: Incident): Cell[] {
  const p = incident.place;
  return [
    incident.id,
    incident.date,
    incident.date_precision,
    incident.type,
    p !== null && p.commune_insee !== null ? p.name : null,
    p?.commune_insee ?? null,
    p?.departement ?? null,
    p?.region ?? null,
    p?.country ?? null,
    p?.lat ?? null,
    p?.lon ?? null,
    p?.precision ?? null,
    incident.killed,
    incident.injured,
    incident.sources,
    incident.source_urls.join(URL_SEPARATOR),
    incidentNotes(incident) || null,
    incident.review?.status ?? 'unreviewed',
    incident.review?.reviewed_by ?? null,
    incident.review?.reviewed_at ?? null,
  ];
}

const DIGITS = /(\d+)/;
const LEADING_ZEROS = /^0+/;

/**
 * Natural order of ids: runs of digits compare as numbers, so "inc:e2" comes before "inc:e10" (the store keeps
 * incidents in text order, where "inc:e10" sorts first). Equal numbers of different spellings ("e01", "e1") fall
 * back to text order, so the order is total.
 */
export function compareIds(a: string, b: string): number {
  const pa = a.split(DIGITS);
  const pb = b.split(DIGITS);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    // split with a capturing group alternates text (even indexes) and digit runs (odd indexes). Digit runs compare
    // by length once leading zeros are gone, then as text: exact for numbers of any size.
    const [x, y] = i % 2 === 1 ? [pa[i].replace(LEADING_ZEROS, ''), pb[i].replace(LEADING_ZEROS, '')] : [pa[i], pb[i]];
    const d = i % 2 === 1 && x.length !== y.length ? x.length - y.length : textOrder(x, y);
    if (d !== 0) return d;
  }
  return pa.length - pb.length || textOrder(a, b);
}

function textOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The whole CSV file: BOM, header, one CRLF-terminated row per incident, in natural order of event_id. */
export function incidentsToCsv(incidents: Iterable<Incident>): string {
  const lines = [csvRow([...INCIDENT_CSV_COLUMNS])];
  for (const inc of [...incidents].sort((a, b) => compareIds(a.id, b.id))) lines.push(csvRow(incidentCells(inc)));
  return BOM + lines.join('\r\n') + '\r\n';
}
