import { describe, it, expect } from 'vitest';
import { normalizeDate } from './dates.js';

describe('normalizeDate', () => {
  it('keeps ISO dates at their precision', () => {
    expect(normalizeDate('2025')).toBe('2025');
    expect(normalizeDate('2025-02')).toBe('2025-02');
    expect(normalizeDate(' 2024-05-15 ')).toBe('2024-05-15');
    expect(normalizeDate('2024-05-15T21:40:00+02:00')).toBe('2024-05-15T21:40:00+02:00');
    expect(normalizeDate('2024-05-15 21:40')).toBe('2024-05-15T21:40:00');
  });

  it('reads the compact ISO basic form, rejecting impossible days', () => {
    expect(normalizeDate('20240514')).toBe('2024-05-14');
    expect(normalizeDate('20240514T0830Z')).toBe('2024-05-14T08:30:00Z');
    expect(normalizeDate('20241345')).toBeNull();
  });

  it('reads RFC 822 feed dates keeping the local time and offset', () => {
    expect(normalizeDate('Tue, 14 May 2024 23:30:00 +0200')).toBe('2024-05-14T23:30:00+02:00');
    expect(normalizeDate('Wed, 15 May 2024 18:00:00 GMT')).toBe('2024-05-15T18:00:00Z');
    expect(normalizeDate('Wed, 15 May 2024 18:00:00 EST')).toBe('2024-05-15T18:00:00-05:00');
  });

  it('reads written French and English dates', () => {
    expect(normalizeDate('mardi 14 mai 2024')).toBe('2024-05-14');
    expect(normalizeDate('1er août 2023 à 18h05')).toBe('2023-08-01T18:05:00');
    expect(normalizeDate('May 14, 2024')).toBe('2024-05-14');
    expect(normalizeDate('septembre 2023')).toBe('2023-09');
    expect(normalizeDate('14/05/2024')).toBe('2024-05-14');
    expect(normalizeDate('05/14/2024')).toBe('2024-05-14');
  });

  it('reads epoch timestamps in seconds and milliseconds', () => {
    expect(normalizeDate(1715670000)).toBe('2024-05-14T07:00:00Z');
    expect(normalizeDate('1715670000000')).toBe('2024-05-14T07:00:00Z');
  });

  it('returns null for what is not a date', () => {
    for (const v of ['', 'unknown', 'last Tuesday', '2024-13', '2024-02-30', '31 février 2024', null, 42, {}]) {
      expect(normalizeDate(v)).toBeNull();
    }
  });
});
