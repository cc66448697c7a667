// A short run of the fuzzer (`npm run fuzz`), so CI feeds hostile inputs of every kind to a real ingest process on
// each change: random bytes, mutated pages and exports, corrupt archives, deep nesting, a huge page, bad encodings,
// hostile feeds and misbehaving HTTP servers. Any crash, hang, memory blow-up, lost or duplicated document,
// evidence mismatch or stored random bytes fails it.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fuzz = join(root, 'dist', 'fuzz', 'run.js');

describe.skipIf(!existsSync(fuzz))('fuzzing ingest (short run)', () => {
  it('finds no crash, hang, memory blow-up, lost document, evidence mismatch or stored random bytes', async () => {
    const report = join(mkdtempSync(join(tmpdir(), 'vigie-fuzz-test-')), 'report.json');
    // 40 inputs of seed 2: every kind, one huge page, three hostile servers; about 30 s. Hangs are judged at 30 s
    // per input here, not the fuzzer's 10 s: the rest of the suite runs beside it and slows everything down.
    const code = await new Promise<number | null>((done) => {
      const child = execFile(process.execPath, [fuzz, '--files', '40', '--seed', '2', '--budget-ms', '30000', '--quiet', '--json', report], { timeout: 170_000 }, () => undefined);
      child.on('exit', (c) => done(c));
    });
    const r = JSON.parse(readFileSync(report, 'utf8')) as Record<string, unknown> & { findings: unknown[]; kinds: Record<string, number>; database: { integrity: string } };
    expect(r.findings).toEqual([]);
    expect(r).toMatchObject({ files: 40, crashes: 0, hangs: 0, memoryBlowups: 0, workerOutOfMemory: 0, evidenceMismatches: 0, lostOrDuplicated: 0, randomBytesStored: 0 });
    expect(r.database.integrity).toBe('ok');
    expect(r.peakRssMb as number).toBeLessThan(500);
    // The run must have exercised what it is meant to: every kind of input.
    expect(Object.keys(r.kinds).sort()).toEqual(['archive', 'encoding', 'feed', 'http', 'huge', 'mutated', 'nesting', 'random']);
    expect(code).toBe(0);
  }, 180_000);
});
