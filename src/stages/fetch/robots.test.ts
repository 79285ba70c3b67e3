// robots.txt: rules obeyed for sitrep's agent, 4xx allows all, 5xx disallows all, Crawl-delay read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RobotsCache } from './robots.ts';
import type { FetchOutcome } from './safe-fetch.ts';

const served = (text: string): FetchOutcome => ({ ok: true, url: '', finalUrl: '', status: 200, contentType: 'text/plain', etag: null, lastModified: null, bytes: new TextEncoder().encode(text) });
const httpError = (status: number): FetchOutcome => ({ ok: false, url: '', error: `HTTP ${status}`, status, retryAfterMs: null, transient: status >= 500 });

test('obeys rules for sitrep, reads Crawl-delay, and fetches robots.txt once per origin', async () => {
  const fetched: string[] = [];
  const robots = new RobotsCache(async (url) => (fetched.push(url), served('User-agent: *\nDisallow: /\n\nUser-agent: sitrep\nDisallow: /private/\nCrawl-delay: 3\n')));
  assert.deepEqual(await robots.check('https://n.example/news/1'), { allowed: true, crawlDelayMs: 3000 });
  assert.deepEqual(await robots.check('https://n.example/private/x'), { allowed: false, reason: 'disallowed by robots.txt' });
  assert.deepEqual(fetched, ['https://n.example/robots.txt']);
});

test('a missing robots.txt allows everything; an unreachable one disallows everything', async () => {
  assert.equal((await new RobotsCache(async () => httpError(404)).check('https://a.example/x')).allowed, true);
  const down = await new RobotsCache(async () => httpError(503)).check('https://b.example/x');
  assert.equal(down.allowed, false);
  assert.match(!down.allowed ? down.reason : '', /robots\.txt unreachable \(HTTP 503\)/);
});
