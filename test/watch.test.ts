// End to end: `sitrep watch` polls with conditional GET, fetches only new entries, survives errors, stops on signal.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/run-cli.ts';
import type { CliIO } from '../src/cli/cli-io.ts';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.ts';
import { startLoopbackServer, type LoopbackServer } from '../src/stages/fetch/testing/loopback-server.ts';

const page = (n: string) => `<html><body><article><h1>Item ${n}</h1><p>${`Police in district ${n} reported an attack on a checkpoint overnight. `.repeat(5)}</p></article></body></html>`;

function watchIO(stop = new AbortController()): CliIO & { out: string[] } {
  const out: string[] = [];
  return {
    out,
    stdout: (t) => void out.push(t),
    stderr: () => undefined,
    stderrIsTTY: false,
    env: { SITREP_ALLOW_HOSTS: '127.0.0.1', SITREP_HOST_DELAY: '0', SITREP_FETCH_RETRIES: '0' },
    now: () => new Date('2026-01-01T00:00:00Z'),
    stopSignal: stop.signal,
  };
}

describe('sitrep watch', () => {
  let server: LoopbackServer;
  let dir: string;
  let version = 1;
  const pageHits = new Map<string, number>();
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sitrep-watch-'));
    server = await startLoopbackServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/robots.txt') return void res.writeHead(404).end();
      if (url === '/feed.xml') {
        const etag = `"v${version}"`;
        const lastModified = new Date(Date.UTC(2025, 0, version)).toUTCString();
        if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
        const ids = version === 1 ? ['1', '2'] : ['3', '1', '2'];
        const items = ids.map((i) => `<item><title>Item ${i}</title><link>${server.origin}/item/${i}</link><guid>item-${i}</guid></item>`).join('');
        return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag, 'last-modified': lastModified })
          .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>${items}</channel></rss>`);
      }
      if (url === '/flaky.xml') {
        // Unchanged feed: same validators on every poll.
        if (req.headers['if-none-match'] === '"flaky"') return void res.writeHead(304, { etag: '"flaky"' }).end();
        const items = ['a', 'b'].map((i) => `<item><title>Flaky ${i}</title><link>${server.origin}/flaky-item/${i}</link><guid>flaky-${i}</guid></item>`).join('');
        return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"flaky"', 'last-modified': new Date(Date.UTC(2025, 0, 1)).toUTCString() })
          .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>${items}</channel></rss>`);
      }
      if (url.startsWith('/flaky-item/')) {
        const hits = (pageHits.get(url) ?? 0) + 1;
        pageHits.set(url, hits);
        // Entry b fails the first time it is fetched, then works.
        if (url.endsWith('/b') && hits === 1) return void res.writeHead(503).end();
        return void res.writeHead(200, { 'content-type': 'text/html' }).end(page(`flaky ${url.slice(12)}`));
      }
      if (url.startsWith('/item/')) {
        pageHits.set(url, (pageHits.get(url) ?? 0) + 1);
        return void res.writeHead(200, { 'content-type': 'text/html' }).end(page(url.slice(6)));
      }
      res.writeHead(500).end();
    });
  });
  after(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('conditional GET: new entries once, then 304, then only the entry added since', async () => {
    const feeds = join(dir, 'feeds.txt');
    const db = join(dir, 'w.db');
    await writeFile(feeds, `${server.origin}/feed.xml\n`);
    const feedRequests = () => server.requests.filter((r) => r.url === '/feed.xml');

    const first = watchIO();
    assert.equal(await runCli(['watch', '--feeds', feeds, '--once', '--db', db], first), 0);
    assert.match(first.out.join(''), /feed\.xml: 2 new, 0 already seen · 2 articles/);
    assert.equal(feedRequests()[0]!.headers['if-none-match'], undefined);

    const second = watchIO();
    assert.equal(await runCli(['watch', '--feeds', feeds, '--once', '--db', db], second), 0);
    assert.match(second.out.join(''), /feed\.xml: not modified \(304\)/);
    const conditional = feedRequests()[1]!.headers;
    assert.equal(conditional['if-none-match'], '"v1"');
    assert.equal(conditional['if-modified-since'], new Date(Date.UTC(2025, 0, 1)).toUTCString());

    version = 2;
    const third = watchIO();
    assert.equal(await runCli(['watch', '--feeds', feeds, '--once', '--db', db], third), 0);
    assert.match(third.out.join(''), /feed\.xml: 1 new, 2 already seen/);
    assert.deepEqual(Object.fromEntries([...pageHits].filter(([u]) => u.startsWith('/item/'))), { '/item/1': 1, '/item/2': 1, '/item/3': 1 });

    const store = new SqliteStore(db);
    const state = await store.getFeedState(`${server.origin}/feed.xml`);
    assert.deepEqual(state?.seenItems, ['item-3', 'item-1', 'item-2']);
    assert.equal(state?.etag, '"v2"');
    await store.close();
  });

  test('an entry that failed is retried on the next poll although the feed is unchanged (validators not saved)', async () => {
    const feeds = join(dir, 'feeds-flaky.txt');
    const db = join(dir, 'flaky.db');
    await writeFile(feeds, `${server.origin}/flaky.xml\n`);
    const first = watchIO();
    assert.equal(await runCli(['watch', '--feeds', feeds, '--once', '--db', db], first), 0);
    assert.match(first.out.join(''), /flaky\.xml: 2 new \(1 failed\)/);
    let store = new SqliteStore(db);
    let state = await store.getFeedState(`${server.origin}/flaky.xml`);
    await store.close();
    assert.equal(state?.etag, null, 'no ETag saved while an entry failed');
    assert.equal(state?.lastModified, null, 'no Last-Modified saved while an entry failed');

    const second = watchIO();
    assert.equal(await runCli(['watch', '--feeds', feeds, '--once', '--db', db], second), 0);
    assert.match(second.out.join(''), /flaky\.xml: 1 new, 1 already seen · 1 articles/);
    assert.equal(pageHits.get('/flaky-item/b'), 2);
    assert.equal(pageHits.get('/flaky-item/a'), 1);

    const third = watchIO();
    assert.equal(await runCli(['watch', '--feeds', feeds, '--once', '--db', db], third), 0);
    assert.match(third.out.join(''), /flaky\.xml: not modified \(304\)/);
    store = new SqliteStore(db);
    state = await store.getFeedState(`${server.origin}/flaky.xml`);
    assert.deepEqual(state?.seenItems, ['flaky-b', 'flaky-a']);
    assert.equal(state?.etag, '"flaky"');
    await store.close();
  });

  test('keeps polling through a failing feed and stops cleanly on the stop signal', async () => {
    const feeds = join(dir, 'feeds2.txt');
    await writeFile(feeds, `${server.origin}/broken.xml\n${server.origin}/feed.xml\n`);
    const stop = new AbortController();
    const io = watchIO(stop);
    const running = runCli(['watch', '--feeds', feeds, '--every', '100ms', '--db', join(dir, 'w2.db')], io);
    while (io.out.length < 4) await new Promise((r) => setTimeout(r, 20));
    stop.abort();
    assert.equal(await running, 0);
    const lines = io.out.join('').trim().split('\n');
    assert.match(lines[0]!, /broken\.xml: failed: HTTP 500/);
    assert.match(lines[1]!, /feed\.xml: \d+ new/);
    assert.match(lines[2]!, /broken\.xml: failed: HTTP 500/);
    assert.match(lines[3]!, /feed\.xml: not modified \(304\)/);
  });

  test('refuses a bad --every', async () => {
    const io = watchIO();
    assert.equal(await runCli(['watch', '--feeds', 'x', '--every', 'often'], io), 2);
  });
});
