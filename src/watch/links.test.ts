import { describe, expect, it } from 'vitest';
import { discoverFeeds, listingKind, readListing } from './links.js';

describe('listings', () => {
  it('reads RSS items (link or permalink guid) with their dates, relative links resolved', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>A &amp; B</title><link>/a-1</link><pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate></item>
      <item><title>No link</title><guid isPermaLink="true">https://n.example/b-2</guid></item>
      <item><title>Not a permalink</title><guid isPermaLink="false">urn:x</guid></item>
      <item><link>javascript:alert(1)</link></item></channel></rss>`;
    const l = readListing(rss, 'https://n.example/rss.xml', null);
    expect(l.kind).toBe('feed');
    expect(l.links).toEqual([
      { url: 'https://n.example/a-1', title: 'A & B', published: '2025-03-04T08:00:00Z' },
      { url: 'https://n.example/b-2', title: 'No link', published: null },
    ]);
  });

  it('reads Atom entries by their alternate link', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>E</title><link rel="self" href="/self"/><link rel="alternate" href="https://n.example/e"/><published>2025-03-01T10:00:00Z</published></entry></feed>`;
    expect(readListing(atom, 'https://n.example/atom', null).links).toEqual([{ url: 'https://n.example/e', title: 'E', published: '2025-03-01T10:00:00Z' }]);
  });

  it('reads news sitemaps, plain sitemaps and sitemap indexes', () => {
    const news = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://n.example/x</loc><news:news><news:publication_date>2025-03-02</news:publication_date><news:title>X</news:title></news:news></url><url><loc>https://n.example/y</loc><lastmod>2025-01-01</lastmod></url></urlset>`;
    const l = readListing(news, 'https://n.example/sitemap.xml', null);
    expect(l.kind).toBe('sitemap');
    expect(l.links).toEqual([
      { url: 'https://n.example/x', title: 'X', published: '2025-03-02' },
      { url: 'https://n.example/y', title: null, published: '2025-01-01' },
    ]);
    const index = `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://n.example/s1.xml</loc></sitemap></sitemapindex>`;
    expect(readListing(index, 'https://n.example/index.xml', null)).toMatchObject({ kind: 'sitemapindex', sitemaps: ['https://n.example/s1.xml'], links: [] });
  });

  it('takes the links of a listing page that match the pattern, once each', () => {
    const html = `<html><body><a href="/faits-divers/un-homme-tue-a-marseille">1</a><a href="/faits-divers/un-homme-tue-a-marseille#c">1 again</a><a href="/sport/x">2</a><a href="https://other.example/faits-divers/z">3</a></body></html>`;
    const l = readListing(html, 'https://n.example/faits-divers', /n\.example\/faits-divers\/.+/);
    expect(l.kind).toBe('html');
    expect(l.links.map((x) => x.url)).toEqual(['https://n.example/faits-divers/un-homme-tue-a-marseille']);
    // Without a pattern: same-site links that look like articles (a slug of several words).
    expect(readListing(html, 'https://n.example/faits-divers', null).links.map((x) => x.url)).toEqual(['https://n.example/faits-divers/un-homme-tue-a-marseille']);
  });

  it('finds the feeds a page announces', () => {
    const html = `<html><head><base href="https://n.example/sub/"><link rel="alternate" type="application/rss+xml" href="rss.xml"><link rel="alternate" type="application/atom+xml" href="/atom"><link rel="alternate" hreflang="en" href="/en"><link rel="stylesheet" href="s.css"></head></html>`;
    expect(discoverFeeds(html, 'https://n.example/')).toEqual(['https://n.example/sub/rss.xml', 'https://n.example/atom']);
    expect(listingKind('<?xml version="1.0"?><!-- c --><rss>')).toBe('feed');
    expect(listingKind('<!doctype html><html>')).toBe('html');
  });
});
