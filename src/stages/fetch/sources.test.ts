// readSources: sorting arguments, sitemap indexes over the network, feed files that carry full text.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFetcher, type Fetcher } from './fetcher.ts';
import { classifySources, readSources, type SourceDeps } from './sources.ts';
import { startLoopbackServer, type LoopbackServer } from './testing/loopback-server.ts';
import { fetchOptionsForTests } from './testing/test-fetcher.ts';
import type { InputItem } from '../read/input-item.ts';

async function collect(items: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const all: InputItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

test('classifySources: "-" is stdin, scheme:// a URL, anything else a path; --urls files last', () => {
  assert.deepEqual(classifySources(['-', 'https://a.example/x', 'ftp://b.example/', 'seeds/', 'c:/x'], ['list.txt']), [
    { kind: 'stdin' }, { kind: 'url', url: 'https://a.example/x' }, { kind: 'url', url: 'ftp://b.example/' },
    { kind: 'path', path: 'seeds/' }, { kind: 'path', path: 'c:/x' }, { kind: 'url-list', path: 'list.txt' },
  ]);
});

describe('readSources', () => {
  let server: LoopbackServer;
  let fetcher: Fetcher;
  let dir: string;
  let deps: SourceDeps;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sitrep-sources-'));
    server = await startLoopbackServer((req, res) => {
      const url = req.url ?? '/';
      const xml = (body: string) => res.writeHead(200, { 'content-type': 'application/xml' }).end(body);
      if (url === '/index.xml') return void xml(`<sitemapindex><sitemap><loc>${server.origin}/s1.xml</loc></sitemap><sitemap><loc>${server.origin}/gone.xml</loc></sitemap></sitemapindex>`);
      if (url === '/s1.xml') return void xml(`<urlset><url><loc>${server.origin}/p1</loc><lastmod>2024-01-05</lastmod></url><url><loc>${server.origin}/p2</loc></url></urlset>`);
      if (url.startsWith('/p')) return void res.writeHead(200, { 'content-type': 'text/html; charset=windows-1256' }).end(Buffer.from(`<p>page ${url}</p>`));
      res.writeHead(404).end();
    });
    fetcher = createFetcher(fetchOptionsForTests('127.0.0.1'));
    deps = { fetcher, maxBytes: 1 << 20, maxFeedItems: 100, readStdin: async () => new Uint8Array(0) };
  });
  after(async () => {
    await fetcher.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('follows a sitemap index to its sitemaps and their pages; a missing child fails alone', async () => {
    const items = await collect(readSources([{ kind: 'url', url: `${server.origin}/index.xml` }], deps));
    assert.deepEqual(items.map((i) => [new URL(i.origin).pathname, i.error]), [['/p1', null], ['/p2', null], ['/gone.xml', 'HTTP 404 Not Found']]);
    assert.equal(items[0]!.body, '<p>page /p1</p>');
    assert.equal(items[0]!.fields.published, '2024-01-05T00:00:00.000Z');
    assert.equal(items[0]!.kind, 'html');
  });

  test('a feed file on disk whose entries carry full text yields them without fetching', async () => {
    const body = `<p>${'Shelling hit the northern suburbs on Friday, residents said. '.repeat(25)}</p>`;
    const path = join(dir, 'saved-feed');
    await writeFile(path, `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id><updated>2024-01-01T00:00:00Z</updated>
<entry><id>urn:1</id><title>Suburbs shelled</title><updated>2024-01-02T00:00:00Z</updated><link href="https://unreachable.example/1"/><content type="html"><![CDATA[${body}]]></content></entry></feed>`);
    const before = server.connections();
    const items = await collect(readSources(classifySources([path]), deps));
    assert.equal(items.length, 1);
    assert.equal(items[0]!.origin, 'https://unreachable.example/1');
    assert.equal(items[0]!.body, body);
    assert.equal(items[0]!.fields.title, 'Suburbs shelled');
    assert.equal(server.connections(), before);
  });
});
