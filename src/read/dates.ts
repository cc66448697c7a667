// Publication dates as sources write them (ISO, RFC 822 feeds, "15 mai 2024", timestamps) → ISO, precision kept.
import { MONTHS, TIME_ZONES } from './lexicon.js';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;
// "Tue, 14 May 2024 08:30:00 +0200", "mardi 14 mai 2024", "14 May 2024", "14-May-2024"
const DAY_MONTH_YEAR =
  /^(?:\p{L}+\.?,?\s+)?(\d{1,2})(?:er)?[\s\-/]+(\p{L}+)\.?[\s\-/,]+(\d{4}|\d{2})(?:[\sT,àa]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?)?/iu;
// "May 14, 2024", "Tuesday, May 14 2024 8:30"
const MONTH_DAY_YEAR = /^(?:\p{L}+,?\s+)?(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/iu;
const MONTH_YEAR = /^(\p{L}+)\.?\s+(\d{4})$/iu;
// "15/05/2024", "15.05.2024": day first (French usage) unless that cannot be.
const NUMERIC_DMY = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
const NUMERIC_YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const EPOCH = /^\d{9,13}$/;
// "20240514" and "20240514T083000Z" (ISO 8601 basic format, sitemaps and some CMS exports).
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/i;
// Before this many seconds since 1970 a number is more likely a year or an id than a timestamp (2001-09-09).
const MIN_EPOCH_SECONDS = 1_000_000_000;

function pad(n: number | string, width = 2): string {
  return String(n).padStart(width, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function monthOf(word: string): number | null {
  const key = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? MONTHS[key.normalize('NFD').replace(/[\u0300-\u036f]/g, '')] ?? null;
}

function offsetText(zone: string | undefined): string {
  if (!zone) return '';
  if (/^[+-]/.test(zone)) {
    const digits = zone.replace(':', '');
    return `${digits.slice(0, 3)}:${digits.length >= 5 ? digits.slice(3, 5) : '00'}`;
  }
  const minutes = TIME_ZONES[zone.toUpperCase()];
  if (minutes === undefined) return '';
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function dayIso(y: number, m: number, d: number, hh?: string, mm?: string, ss?: string, zone?: string): string | null {
  if (!validDay(y, m, d)) return null;
  const date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (hh === undefined || mm === undefined) return date;
  if (Number(hh) > 23 || Number(mm) > 59) return date;
  return `${date}T${pad(hh)}:${pad(mm)}:${pad(ss ?? '00')}${offsetText(zone)}`;
}

/**
 * An ISO date as precise as the input ("2025", "2025-02", "2025-02-14", "2025-02-14T08:30:00+01:00"), or null
 * when the value is empty or not a date. The local time and offset of a timestamp are kept: converting to UTC
 * could move an evening article to the next day.
 */
export function normalizeDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const s = value.trim().replace(/\s+/g, ' ');
  if (s === '') return null;

  let m = ISO.exec(s);
  if (m) {
    const [, y, mo, d, hh, mi, ss, zone] = m;
    if (!mo) return y;
    if (!d) return Number(mo) >= 1 && Number(mo) <= 12 ? `${y}-${mo}` : null;
    return dayIso(Number(y), Number(mo), Number(d), hh, mi, ss, zone);
  }
  if ((m = COMPACT.exec(s))) return dayIso(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6], m[7]);
  if (EPOCH.test(s)) return fromEpoch(Number(s));
  if ((m = NUMERIC_YMD.exec(s))) return dayIso(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = NUMERIC_DMY.exec(s))) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return b > 12 ? dayIso(y, a, b) : dayIso(y, b, a);
  }
  if ((m = DAY_MONTH_YEAR.exec(s))) {
    const month = monthOf(m[2]);
    if (month !== null) {
      const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      return dayIso(y, month, Number(m[1]), m[4], m[5], m[6], m[7]);
    }
  }
  if ((m = MONTH_DAY_YEAR.exec(s))) {
    const month = monthOf(m[1]);
    if (month !== null) return dayIso(Number(m[3]), month, Number(m[2]));
  }
  if ((m = MONTH_YEAR.exec(s))) {
    const month = monthOf(m[1]);
    if (month !== null) return `${m[2]}-${pad(month)}`;
  }
  return null;
}

function fromEpoch(n: number): string | null {
  const ms = n > 1e11 ? n : n * 1000;
  if (ms < MIN_EPOCH_SECONDS * 1000) return null;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().replace('.000Z', 'Z');
}
