import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { mergeIncidents } from '../../reconcile/incidents.js';
import { event, place } from '../../../bench/support/events.js';
import { compareIds, csvCell, INCIDENT_CSV_COLUMNS, incidentsToCsv } from './csv.js';

const rennes = place('Rennes', 'commune', { commune: '35238', departement: '35', region: '53', lat: 48.1147, lon: -1.6794 });

const incidents = mergeIncidents([
  event('r1', { document: 'ouest-france', source: 'https://ouest-france.example/a?x=1,2', date: '2024-09-03', date_precision: 'day', place: rennes, killed: 1, injured: 2, actors: ['=HYPERLINK("x")'], victims: [{ age: 16, minor: true, role: null }] }),
  event('r2', { document: 'le-telegramme', source: 'https://letelegramme.example/b', date: '2024-09-03', date_precision: 'day', place: rennes, killed: 1, injured: null, victims: [{ age: 16, minor: true, role: null }] }),
  event('q1', { document: 'x', type: 'seizure', date: '2024', date_precision: 'year', place: null }),
]);

describe('incidentsToCsv', () => {
  const text = incidentsToCsv(incidents);

  it('starts with a BOM, ends rows with CRLF and parses back to the ACLED-like columns', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows: Record<string, string>[] = parse(text, { bom: true, columns: true, record_delimiter: '\r\n' });
    expect(Object.keys(rows[0])).toEqual([...INCIDENT_CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    const r = rows.find((x) => x.event_id === 'inc:r1') as Record<string, string>;
    expect(r).toMatchObject({ event_date: '2024-09-03', commune: 'Rennes', commune_insee: '35238', departement: '35', killed: '1', injured: '2', sources: '2', longitude: '-1.6794' });
    expect(r.source_urls.split(' ')).toEqual(['https://letelegramme.example/b', 'https://ouest-france.example/a?x=1,2']);
    // The order of the disagreeing values is reconciliation's to choose; both must be named.
    expect(r.notes).toMatch(/sources disagree on injured: (2 \(r1\), no number given \(r2\)|no number given \(r2\), 2 \(r1\))/);
    const unknown = rows.find((x) => x.event_id === 'inc:q1') as Record<string, string>;
    // Unknown is empty, never 0.
    expect(unknown.killed).toBe('');
    expect(unknown.commune).toBe('');
  });

  it('quotes per RFC 4180 and defuses formula-like text cells but not negative numbers', () => {
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-1.6794)).toBe('-1.6794');
    expect(csvCell(null)).toBe('');
    expect(text).toContain('actors: =HYPERLINK(""x"")"');
    const hostile = mergeIncidents([event('h1', { place: place('+33 rue', 'commune', { commune: '35238' }) })]);
    const [row] = parse(incidentsToCsv(hostile), { bom: true, columns: true }) as Record<string, string>[];
    expect(row.commune).toBe("'+33 rue");
  });
});

describe('incidentsToCsv: row order', () => {
  it('sorts event_id naturally (e2 before e10), not as text, whatever order the store gives', () => {
    // Ids in the store's text order: "inc:e1" < "inc:e10" < "inc:e2".
    const stored = mergeIncidents(['e1', 'e10', 'e2', 'e100', 'e9'].map((id) => event(id, { document: id, place: place(`Ville ${id}`, 'commune', { commune: id }) })));
    const text = [...stored].sort((a, b) => (a.id < b.id ? -1 : 1));
    const rows = parse(incidentsToCsv(text), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.event_id)).toEqual(['inc:e1', 'inc:e2', 'inc:e9', 'inc:e10', 'inc:e100']);
  });

  it('compares digit runs as numbers of any size, and is a total order', () => {
    expect(compareIds('inc:e2', 'inc:e10')).toBeLessThan(0);
    expect(compareIds('inc:e99999999999999999999', 'inc:e100000000000000000000')).toBeLessThan(0);
    expect(compareIds('inc:e01', 'inc:e1')).not.toBe(0);
    expect(compareIds('inc:a5', 'inc:b1')).toBeLessThan(0);
    expect(compareIds('inc:e7', 'inc:e7')).toBe(0);
  });
});
