// Hostile servers: gzip bombs, giant bodies, endless redirects, slow drips and wrong types are cut off with a clear reason.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { ServerResponse } from 'node:http';
import { createFetcher, type Fetcher } from './fetcher.ts';
import { startLoopbackServer, type LoopbackServer } from './testing/loopback-server.ts';
import { fetchOptionsForTests } from './testing/test-fetcher.ts';

const MiB = 1024 * 1024;

/** A lazily generated stream of `total` zero bytes (nothing stored; generation stops when the client leaves). */
function zeros(total: number): Readable {
  let sent = 0;
  const chunk = Buffer.alloc(MiB);
  return new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      const n = Math.min(chunk.length, total - sent);
      sent += n;
      this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    },
  });
}

function pipeUntilClosed(source: Readable, res: ServerResponse): void {
  res.on('close', () => source.destroy());
  source.on('error', () => res.destroy());
  source.pipe(res);
}

describe('hostile servers', () => {
  let server: LoopbackServer;
  let fetcher: Fetcher;
  // Size limits are checked with a generous time limit, so a loaded machine cannot turn them into timeouts.
  let patient: Fetcher;
  let generatedCompressed = 0;
  before(async () => {
    server = await startLoopbackServer((req, res) => {
      const path = req.url ?? '/';
      if (path === '/gzip-bomb') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        const gzip = createGzip({ level: 1 });
        gzip.on('data', (c: Buffer) => (generatedCompressed += c.length));
        pipeUntilClosed(zeros(1024 * MiB).pipe(gzip), res);
      } else if (path === '/nested-gzip') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip, gzip' });
        pipeUntilClosed(zeros(1024 * MiB).pipe(createGzip({ level: 1 })).pipe(createGzip({ level: 1 })), res);
      } else if (path === '/huge') {
        res.writeHead(200, { 'content-type': 'text/html' });
        pipeUntilClosed(zeros(100 * MiB), res);
      } else if (path === '/huge-declared') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(100 * MiB) });
        pipeUntilClosed(zeros(100 * MiB), res);
      } else if (path.startsWith('/loop/')) {
        res.writeHead(302, { location: `/loop/${Number(path.slice(6)) + 1}` }).end();
      } else if (path === '/drip') {
        res.writeHead(200, { 'content-type': 'text/html' });
        const timer = setInterval(() => res.write('x'), 100);
        res.on('close', () => clearInterval(timer));
      } else if (path === '/silent-headers') {
        req.socket.write('HTTP/1.1 200 OK\r\n');
      } else if (path === '/image') {
        res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      } else {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>fine</p>');
      }
    });
  });
  after(async () => {
    await fetcher?.close();
    await patient?.close();
    await server.close();
  });
  before(() => {
    fetcher = createFetcher(fetchOptionsForTests('127.0.0.1', {
      limits: { maxBytes: 15 * MiB, totalTimeoutMs: 1500, maxRedirects: 5 },
      headersTimeoutMs: 1000,
    }));
    patient = createFetcher(fetchOptionsForTests('127.0.0.1', { limits: { maxBytes: 15 * MiB, totalTimeoutMs: 60_000, maxRedirects: 5 } }));
  });

  const error = async (path: string, using: 'short' | 'patient' = 'patient'): Promise<string> => {
    const outcome = await (using === 'short' ? fetcher : patient).fetch(`${server.origin}${path}`);
    assert.equal(outcome.ok, false, `${path} should fail`);
    return outcome.ok ? '' : outcome.error;
  };

  test('cuts off a gzip body that would expand to 1 GB at 15 MiB decompressed', async () => {
    assert.match(await error('/gzip-bomb'), /body over the 15\.0 MiB limit after decompression/);
    assert.ok(generatedCompressed < 5 * MiB, `server compressed ${generatedCompressed} bytes, so the client read little`);
  });

  test('cuts off nested compression by the decompressed size', async () => {
    assert.match(await error('/nested-gzip'), /over the 15\.0 MiB limit after decompression/);
  });

  test('cuts off a 100 MB body streamed without a length', async () => {
    assert.match(await error('/huge'), /body over the 15\.0 MiB limit/);
  });

  test('refuses a declared 100 MB body before reading it', async () => {
    assert.match(await error('/huge-declared'), /body is 100\.0 MiB, over the 15\.0 MiB limit/);
  });

  test('stops an endless redirect chain after 5 hops', async () => {
    const before = server.requests.length;
    assert.match(await error('/loop/0'), /too many redirects \(more than 5\)/);
    assert.equal(server.requests.length - before, 6);
  });

  test('cuts off a server that drips a byte at a time, by the total time limit', async () => {
    assert.match(await error('/drip', 'short'), /timed out after 1500 ms/);
  });

  test('cuts off a server that never finishes its headers', async () => {
    assert.match(await error('/silent-headers', 'short'), /timed out/);
  });

  test('refuses a content type that is not a page or feed', async () => {
    assert.match(await error('/image'), /content type image\/png is not a page or feed/);
  });

  test('fetches a normal page after all of that', async () => {
    const outcome = await fetcher.fetch(`${server.origin}/fine`);
    assert.equal(outcome.ok && new TextDecoder().decode(outcome.bytes), '<p>fine</p>');
  });
});
