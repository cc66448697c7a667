import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addSourcesToFile, loadWatchConfig, parseDuration } from './sources.js';

const dir = mkdtempSync(join(tmpdir(), 'vigie-sources-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('sources file', () => {
  it('reads YAML sources with their fields, defaults and the allow-list', async () => {
    const p = file(
      'ok.yaml',
      `sources:
  - url: https://news.example/rss.xml
    name: News
    language: fr
    interval: 5m
    outlet: News Daily
  - https://other.example/sitemap.xml
  - url: https://site.example/faits-divers
    type: listing
    pattern: "/articles/.+"
allow_private: [10.0.0.0/8, intranet.example]
`,
    );
    const c = await loadWatchConfig(p);
    expect(c.problems).toEqual([]);
    expect(c.sources).toHaveLength(3);
    expect(c.sources[0]).toMatchObject({ name: 'News', language: 'fr', intervalSeconds: 300, outlet: 'News Daily', kind: 'auto' });
    expect(c.sources[1]).toMatchObject({ name: 'other.example', intervalSeconds: 900, language: null });
    expect(c.sources[2].pattern?.test('https://site.example/articles/x')).toBe(true);
    expect(c.allowHosts).toEqual(['10.0.0.0/8', 'intranet.example']);
  });

  it('names the file and each bad entry, and keeps the good ones', async () => {
    const p = file(
      'bad.yaml',
      `sources:
  - url: https://good.example/rss
  - url: file:///etc/passwd
    name: local
  - url: https://x.example/page
    type: listing
  - url: https://y.example/rss
    interval: 2s
  - url: https://z.example/rss
    colour: blue
  - url: https://good.example/rss
alerts:
  - name: hook
    webhook: https://hooks.example/x
    secret_env: VIGIE_TEST_UNSET_SECRET
`,
    );
    const c = await loadWatchConfig(p, {});
    expect(c.sources.map((s) => s.url)).toEqual(['https://good.example/rss']);
    expect(c.problems).toHaveLength(6);
    expect(c.problems[0]).toBe(`${p}: sources entry 2 (local): url: must be an http(s) URL`);
    expect(c.problems[1]).toContain('entry 3 (https://x.example/page): pattern: a listing page needs a pattern');
    expect(c.problems[2]).toContain('interval: must be at least 10 s');
    expect(c.problems[3]).toMatch(/entry 5 .*colour/);
    expect(c.problems[4]).toContain('listed twice');
    expect(c.problems[5]).toContain('alerts entry 1 (hook): secret_env VIGIE_TEST_UNSET_SECRET is not set');
  });

  it('reads JSON, and refuses a file that is not YAML/JSON or not a sources document with its name', async () => {
    const j = file('s.json', JSON.stringify({ sources: [{ url: 'https://a.example/feed', type: 'feed' }], alerts: [{ name: 'a', type: 'shooting_homicide', departement: 13 }] }));
    const c = await loadWatchConfig(j);
    expect(c.sources[0].kind).toBe('feed');
    expect(c.alerts[0]).toMatchObject({ types: ['shooting_homicide'], departements: ['13'], webhook: null });
    await expect(loadWatchConfig(file('broken.json', '{"sources": ['))).rejects.toThrow(/broken\.json: not valid JSON/);
    await expect(loadWatchConfig(file('list.yaml', '- a\n- b\n'))).rejects.toThrow(/list\.yaml: /);
    await expect(loadWatchConfig(join(dir, 'missing.yaml'))).rejects.toThrow(/cannot read sources file .*missing\.yaml/);
  });

  it('parses durations', () => {
    expect(parseDuration('15m')).toBe(900);
    expect(parseDuration('1h')).toBe(3600);
    expect(parseDuration(90)).toBe(90);
    expect(parseDuration('soon')).toBeNull();
  });

  it('adds sources to a file, keeping its comments and skipping URLs already there', async () => {
    const p = file('add.yaml', '# my sources\nsources:\n  - url: https://a.example/rss # the first\n');
    expect(await addSourcesToFile(p, [{ url: 'https://a.example/rss' }, { url: 'https://b.example/atom', name: 'B', type: 'feed' }])).toEqual(['https://b.example/atom']);
    const text = readFileSync(p, 'utf8');
    expect(text).toContain('# my sources');
    expect(text).toContain('# the first');
    const c = await loadWatchConfig(p);
    expect(c.sources.map((s) => s.url)).toEqual(['https://a.example/rss', 'https://b.example/atom']);
    const fresh = join(dir, 'new.yaml');
    await addSourcesToFile(fresh, [{ url: 'https://c.example/rss' }]);
    expect((await loadWatchConfig(fresh)).sources).toHaveLength(1);
  });
});
