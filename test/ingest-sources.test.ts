// End to end: `sitrep ingest` with URLs, a feed, a URL list and stdin, against a loopback server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { runCli } from '../src/cli/run-cli.ts';
import type { CliIO } from '../src/cli/cli-io.ts';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.ts';
import { startLoopbackServer, type LoopbackServer } from '../src/stages/fetch/testing/loopback-server.ts';

const story = (place: string) =>
  `<html><head><title>Report from ${place}</title></head><body><article><h1>Report from ${place}</h1>` +
  `<p>${`Officials in ${place} said on Tuesday that clashes had continued near the market for a second day. `.repeat(6)}</p></article></body></html>`;

// "العراق" (Iraq) and "بغداد" (Baghdad) encoded as windows-1256 bytes, no charset declared anywhere.
const arabic1256 = Buffer.from([0xc7, 0xe1, 0xda, 0xd1, 0xc7, 0xde, 0x20, 0xc8, 0xdb, 0xcf, 0xc7, 0xcf, 0x2e, 0x20]);

function testIO(env: Record<string, string>, stdin?: string): CliIO & { err: string[] } {
  const err: string[] = [];
  return {
    err,
    stdout: () => undefined,
    stderr: (t) => void err.push(t),
    stderrIsTTY: false,
    env: { ...env },
    now: () => new Date('2026-01-01T00:00:00Z'),
    stopSignal: new AbortController().signal,
    readStdin: stdin === undefined ? undefined : async () => new TextEncoder().encode(stdin),
  };
}

describe('sitrep ingest with web sources', () => {
  let server: LoopbackServer;
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sitrep-ingest-'));
    server = await startLoopbackServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private\n');
      if (url === '/feed.xml') {
        const items = ['/a', '/b', '/missing'].map((p) => `<item><title>t${p}</title><link>${server.origin}${p}</link><guid>${p}</guid></item>`).join('');
        return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>${items}</channel></rss>`);
      }
      if (url === '/a' || url === '/b' || url === '/c') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(story(`Town${url.slice(1).toUpperCase()}`));
      if (url === '/arabic') return void res.writeHead(200, { 'content-type': 'text/plain' }).end(Buffer.concat(Array(20).fill(arabic1256)));
      if (url === '/bomb') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        let sent = 0;
        const zeros = new Readable({ read() { sent += 1 << 20; this.push(sent > 1 << 30 ? null : Buffer.alloc(1 << 20)); } });
        res.on('close', () => zeros.destroy());
        return void zeros.pipe(createGzip({ level: 1 })).pipe(res);
      }
      if (url.startsWith('/loop/')) return void res.writeHead(307, { location: `/loop/${Number(url.slice(6)) + 1}` }).end();
      if (url === '/image') return void res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.alloc(10));
      if (url === '/private') return void res.writeHead(200, { 'content-type': 'text/html' }).end(story('Secret'));
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no');
    });
  });
  after(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('ingests pages and feed entries, records each failure, and exits 3', async () => {
    const db = join(dir, 'a.db');
    const io = testIO({ SITREP_ALLOW_HOSTS: '127.0.0.1', SITREP_HOST_DELAY: '0', SITREP_FETCH_RETRIES: '0' });
    const code = await runCli(['ingest', `${server.origin}/c`, `${server.origin}/feed.xml`, `${server.origin}/private`, `${server.origin}/arabic`, '--db', db], io);
    const out = io.err.join('');
    assert.equal(code, 3, out);
    assert.match(out, /6 documents read/);
    assert.match(out, /failed: http:\/\/127\.0\.0\.1:\d+\/missing: HTTP 404/);
    assert.match(out, /failed: http:\/\/127\.0\.0\.1:\d+\/private: disallowed by robots\.txt/);
    const store = new SqliteStore(db);
    const failed = await store.listDocuments({ status: 'failed' });
    assert.equal(failed.length, 2);
    const docs = await store.listDocuments();
    const feedEntry = docs.find((d) => d.origin.endsWith('/b'));
    assert.equal(feedEntry?.status, 'processed');
    const arabicDoc = docs.find((d) => d.origin.endsWith('/arabic'))!;
    assert.equal(arabicDoc.status, 'processed');
    const counts = await store.counts();
    assert.equal(counts.articles, 4);
    await store.close();
  });

  test('a batch with a gzip bomb, an endless redirect and an image keeps the good pages and records each reason', async () => {
    const db = join(dir, 'hostile.db');
    const io = testIO({ SITREP_ALLOW_HOSTS: '127.0.0.1', SITREP_HOST_DELAY: '0', SITREP_IGNORE_ROBOTS: 'true', SITREP_FETCH_RETRIES: '0' });
    const rssBefore = process.memoryUsage().rss;
    const urls = ['/a', '/bomb', '/loop/0', '/image', '/b'].map((p) => `${server.origin}${p}`);
    assert.equal(await runCli(['ingest', ...urls, '--db', db], io), 3, io.err.join(''));
    assert.ok(process.memoryUsage().rss - rssBefore < 300 * 1024 * 1024, 'memory grew by more than 300 MB');
    const store = new SqliteStore(db);
    const reasons = Object.fromEntries((await store.listDocuments()).map((d) => [new URL(d.origin).pathname, d.error ?? d.status]));
    assert.deepEqual(reasons, {
      '/a': 'processed',
      '/bomb': 'body over the 15.0 MiB limit after decompression; cut off',
      '/loop/0': 'too many redirects (more than 5)',
      '/image': 'content type image/jpeg is not a page or feed sitrep reads',
      '/b': 'processed',
    });
    await store.close();
  });

  test('decodes an undeclared windows-1256 page as Arabic, not mojibake', async () => {
    const db = join(dir, 'b.db');
    const io = testIO({ SITREP_ALLOW_HOSTS: '127.0.0.1', SITREP_HOST_DELAY: '0' });
    assert.equal(await runCli(['ingest', `${server.origin}/arabic`, '--db', db], io), 0, io.err.join(''));
    const store = new SqliteStore(db);
    const [doc] = await store.listDocuments();
    const article = await store.getArticle(`${doc!.id.slice(0, 24)}-0`);
    assert.match(article?.text ?? '', /العراق بغداد/);
    await store.close();
  });

  test('reads a URL list and stdin; without the allow setting nothing reaches the server', async () => {
    const list = join(dir, 'urls.txt');
    await writeFile(list, `# my list\n${server.origin}/a\n\n${server.origin}/b\n`);
    const allowed = testIO({ SITREP_ALLOW_HOSTS: '127.0.0.1', SITREP_HOST_DELAY: '0' }, `${server.origin}/c\n`);
    assert.equal(await runCli(['ingest', '--urls', list, '-', '--db', join(dir, 'c.db')], allowed), 0, allowed.err.join(''));
    assert.match(allowed.err.join(''), /3 documents read \(3 new/);

    const before = server.connections();
    const blocked = testIO({ SITREP_HOST_DELAY: '0' }, `${server.origin}/c\n`);
    assert.equal(await runCli(['ingest', '--urls', list, '-', '--db', join(dir, 'd.db')], blocked), 1);
    assert.match(blocked.err.join(''), /failed: .*\/a: refused: address 127\.0\.0\.1 is a loopback address/);
    assert.equal(server.connections(), before);
  });
});
