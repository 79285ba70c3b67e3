// Sitemaps: urlsets (news sitemaps included), indexes, bounds, and refused entity declarations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeSitemap, parseSitemapText } from './sitemaps.ts';

const news = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://n.example/a</loc><news:news><news:publication_date>2024-03-01T10:00:00Z</news:publication_date><news:title>Convoy hit</news:title></news:news></url>
<url><loc> https://n.example/b </loc><lastmod>2024-03-02</lastmod></url>
<url><lastmod>2024-03-03</lastmod></url>
</urlset>`;

test('reads page URLs, news titles and dates from a urlset', () => {
  assert.equal(looksLikeSitemap(news), true);
  const sitemap = parseSitemapText(news, 100);
  assert.ok(sitemap.ok && sitemap.kind === 'urlset');
  assert.deepEqual(sitemap.entries, [
    { url: 'https://n.example/a', published: '2024-03-01T10:00:00.000Z', title: 'Convoy hit' },
    { url: 'https://n.example/b', published: '2024-03-02T00:00:00.000Z', title: null },
  ]);
});

test('reads a sitemap index, bounded by maxEntries', () => {
  const index = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${[1, 2, 3].map((i) => `<sitemap><loc>https://n.example/s${i}.xml</loc></sitemap>`).join('')}</sitemapindex>`;
  const sitemap = parseSitemapText(index, 2);
  assert.deepEqual(sitemap, { ok: true, kind: 'index', sitemaps: ['https://n.example/s1.xml', 'https://n.example/s2.xml'], truncated: 1 });
});

test('refuses entity declarations and reports non-sitemaps', () => {
  const xxe = '<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]><urlset><url><loc>&x;</loc></url></urlset>';
  assert.match(JSON.stringify(parseSitemapText(xxe, 10)), /declares XML entities/);
  assert.equal(parseSitemapText('<rss><channel/></rss>', 10).ok, false);
  assert.equal(looksLikeSitemap('<html><urlset>'), false);
});
