// Retries: backoff with jitter, Retry-After honoured, only transient failures retried; against a real loopback server too.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay, withRetries } from './retry.ts';
import { parseRetryAfter, type FetchOutcome } from './safe-fetch.ts';
import { createFetcher } from './fetcher.ts';
import { startLoopbackServer } from './testing/loopback-server.ts';
import { fetchOptionsForTests } from './testing/test-fetcher.ts';

const policy = { retries: 3, baseDelayMs: 100, maxDelayMs: 10_000 };
const failure = (status: number, retryAfterMs: number | null = null): FetchOutcome => ({
  ok: false, url: 'http://x.example/', error: `HTTP ${status}`, status, retryAfterMs, transient: status === 429 || status >= 500,
});

describe('backoff', () => {
  test('doubles per retry, scaled by jitter into [0.5, 1)', () => {
    assert.deepEqual([0, 1, 2, 3].map((n) => backoffDelay(n, null, policy, () => 0)), [50, 100, 200, 400]);
    assert.deepEqual([0, 1, 2].map((n) => backoffDelay(n, null, policy, () => 0.999)), [100, 200, 400]);
  });
  test('uses Retry-After, and gives up on one longer than the cap', () => {
    assert.equal(backoffDelay(0, 3000, policy, () => 0.5), 3000);
    assert.equal(backoffDelay(0, 60_000, policy, () => 0.5), null);
  });
  test('parses Retry-After seconds and HTTP dates', () => {
    assert.equal(parseRetryAfter('7', 0), 7000);
    assert.equal(parseRetryAfter(new Date(10_000).toUTCString(), 4000), 6000);
    assert.equal(parseRetryAfter('soon', 0), null);
  });
});

describe('withRetries', () => {
  test('retries 503 then succeeds, sleeping the backoff between', async () => {
    const outcomes = [failure(503), failure(429, 1234), { ok: true } as FetchOutcome];
    const slept: number[] = [];
    const result = await withRetries(async () => outcomes.shift()!, policy, { sleep: async (ms) => void slept.push(ms), random: () => 0 });
    assert.equal(result.ok, true);
    assert.deepEqual(slept, [50, 1234]);
  });
  test('does not retry a 404, and says how many attempts a lasting 500 took', async () => {
    let calls = 0;
    const notFound = await withRetries(async () => (calls++, failure(404)), policy, { sleep: async () => undefined });
    assert.equal(calls, 1);
    assert.equal(!notFound.ok && notFound.error, 'HTTP 404');
    const lasting = await withRetries(async () => failure(500), policy, { sleep: async () => undefined });
    assert.equal(!lasting.ok && lasting.error, 'HTTP 500 (after 4 attempts)');
  });
  test('against a server: a 429 with Retry-After: 0 is retried and the page fetched', async () => {
    let hits = 0;
    const server = await startLoopbackServer((_req, res) => {
      hits++;
      if (hits === 1) res.writeHead(429, { 'retry-after': '0' }).end();
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
    const fetcher = createFetcher(fetchOptionsForTests('127.0.0.1', { retry: { retries: 2, baseDelayMs: 10, maxDelayMs: 100 } }));
    const outcome = await fetcher.fetch(`${server.origin}/`);
    await fetcher.close();
    await server.close();
    assert.equal(outcome.ok, true);
    assert.equal(hits, 2);
  });
});
