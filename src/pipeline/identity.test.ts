import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../core/types.js';
import { formerIdentityOf, identityOf, storedSource } from './identity.js';

function raw(source: string, url: string | null = null): RawDocument {
  return { source, format: 'text', content: 'x', encoding: 'utf-8', meta: { url, outlet: null, published: null, title: null } };
}

describe('storedSource and identity', () => {
  it('stores a file as an absolute file:// URI, the same whatever the spelling of its path', () => {
    const uri = pathToFileURL(resolve('corpus/a b.txt')).href;
    expect(storedSource('corpus/a b.txt')).toBe(uri);
    expect(storedSource(join('corpus', '..', 'corpus', 'a b.txt'))).toBe(uri);
    expect(storedSource(resolve('corpus/a b.txt'))).toBe(uri);
    expect(uri).toMatch(/^file:\/\/\/.*\/corpus\/a%20b\.txt$/);
  });

  it('keeps the item number of a feed or JSON export as a fragment, and URLs as they are', () => {
    expect(storedSource('exports/news.jsonl#12')).toBe(`${pathToFileURL(resolve('exports/news.jsonl')).href}#12`);
    expect(storedSource('https://news.example/a#3')).toBe('https://news.example/a#3');
  });

  it('is the URL when known; else the file URI, with the path as given kept to find older versions', () => {
    expect(identityOf(raw('a.txt', 'https://news.example/a'))).toBe('https://news.example/a');
    expect(formerIdentityOf(raw('a.txt', 'https://news.example/a'))).toBeNull();
    expect(identityOf(raw('a.txt'))).toBe(pathToFileURL(resolve('a.txt')).href);
    expect(formerIdentityOf(raw('a.txt'))).toBe('a.txt');
  });
});
