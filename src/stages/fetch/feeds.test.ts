// Feed parsing: RSS, Atom and RDF items; hostile feeds (entities, 100k items) refused or bounded.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeFeed, parseFeedText } from './feeds.ts';

const rss = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Desk</title><link>https://news.example/</link>
<item><title>Clashes near the river</title><link>https://news.example/a/1</link><guid isPermaLink="false">n-1</guid><pubDate>Tue, 03 Sep 2019 08:00:00 GMT</pubDate><description>Short teaser.</description></item>
<item><title>Long report</title><link>https://news.example/a/2</link><content:encoded><![CDATA[<p>${'Fighting continued in the district for a third day. '.repeat(30)}</p>]]></content:encoded></item>
<item><title>No link, no guid</title></item>
</channel></rss>`;

const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom desk</title><id>urn:desk</id><updated>2020-01-01T00:00:00Z</updated>
<entry><title>Strike on depot</title><id>urn:e1</id><link rel="alternate" href="https://atom.example/e1"/><updated>2020-01-02T10:00:00Z</updated><published>2020-01-02T09:00:00Z</published></entry>
</feed>`;

const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example/"><title>RDF desk</title><link>https://rdf.example/</link></channel>
<item rdf:about="https://rdf.example/i1"><title>Talks resume</title><link>https://rdf.example/i1</link><dc:date>2021-05-06T07:00:00Z</dc:date></item>
</rdf:RDF>`;

describe('parseFeedText', () => {
  test('reads RSS 2.0 items with guid, link, date, and full content when the feed carries it', () => {
    const feed = parseFeedText(rss);
    assert.ok(feed.ok);
    assert.equal(feed.format, 'rss');
    assert.equal(feed.title, 'Desk');
    assert.equal(feed.items.length, 2, 'the item with neither link nor guid is dropped');
    assert.deepEqual(feed.items[0], { id: 'n-1', url: 'https://news.example/a/1', title: 'Clashes near the river', published: '2019-09-03T08:00:00.000Z', content: null });
    assert.equal(feed.items[1]!.id, 'https://news.example/a/2');
    assert.match(feed.items[1]!.content ?? '', /Fighting continued in the district/);
  });

  test('reads Atom entries, preferring the alternate link and the published date', () => {
    const feed = parseFeedText(atom);
    assert.ok(feed.ok && feed.format === 'atom');
    assert.deepEqual(feed.items, [{ id: 'urn:e1', url: 'https://atom.example/e1', title: 'Strike on depot', published: '2020-01-02T09:00:00.000Z', content: null }]);
  });

  test('reads RDF (RSS 1.0) items', () => {
    const feed = parseFeedText(rdf);
    assert.ok(feed.ok && feed.format === 'rdf');
    assert.equal(feed.items[0]!.url, 'https://rdf.example/i1');
    assert.equal(feed.items[0]!.published, '2021-05-06T07:00:00.000Z');
  });

  test('reads RSS 0.91 with its public DOCTYPE', () => {
    const old = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old</title><link>http://old.example/</link><description>d</description><language>en</language>
<item><title>Item</title><link>http://old.example/1</link></item></channel></rss>`;
    const feed = parseFeedText(old);
    assert.ok(feed.ok);
    assert.equal(feed.items[0]!.url, 'http://old.example/1');
  });

  test('refuses a billion-laughs feed quickly, without expanding it', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">${levels}]><rss version="2.0"><channel><title>&l9;</title><item><title>&l9;</title><link>http://x.example/</link></item></channel></rss>`;
    const started = performance.now();
    const feed = parseFeedText(bomb);
    assert.ok(performance.now() - started < 200);
    assert.deepEqual(feed, { ok: false, error: 'feed declares XML entities (refused: entity expansion and external entities are unsafe)' });
  });

  test('refuses an external-entity feed', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title><link>http://x.example/</link></item></channel></rss>`;
    const feed = parseFeedText(xxe);
    assert.equal(feed.ok, false);
    assert.match(!feed.ok ? feed.error : '', /declares XML entities/);
  });

  test('keeps at most maxItems of a 100,000-item feed, in bounded time', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => `<item><title>t${i}</title><link>https://big.example/${i}</link></item>`).join('');
    const big = `<rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`;
    const started = performance.now();
    const feed = parseFeedText(big, 1000);
    const ms = performance.now() - started;
    assert.ok(feed.ok);
    assert.equal(feed.items.length, 1000);
    assert.equal(feed.truncated, 99_000);
    assert.equal(feed.items[999]!.url, 'https://big.example/999');
    assert.ok(ms < 10_000, `took ${ms} ms`);
  });

  test('reports garbage as not a readable feed', () => {
    const feed = parseFeedText('<html><body>not a feed</body></html>');
    assert.equal(feed.ok, false);
  });
});

describe('looksLikeFeed', () => {
  test('recognises RSS, Atom and RDF roots after declarations and comments', () => {
    assert.equal(looksLikeFeed(rss), true);
    assert.equal(looksLikeFeed(atom), true);
    assert.equal(looksLikeFeed(rdf), true);
    assert.equal(looksLikeFeed('\uFEFF<?xml version="1.0"?>\n<!-- c --><?xml-stylesheet href="s.xsl"?><rss>'), true);
  });
  test('does not take HTML or text for a feed', () => {
    assert.equal(looksLikeFeed('<!DOCTYPE html><html><body><feed>'), false);
    assert.equal(looksLikeFeed('BAGHDAD: the feed of news continued'), false);
  });
});
