// Feed state in the SQLite store: migration 2 creates it; get/put round-trip and replace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from './sqlite-store.ts';

test('stores, replaces and reads back feed state; unknown feeds read as null', async () => {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  await store.migrate();
  assert.equal(await store.getFeedState('https://a.example/feed'), null);
  const first = { url: 'https://a.example/feed', etag: '"v1"', lastModified: 'Tue, 03 Sep 2019 08:00:00 GMT', seenItems: ['g1', 'g2'], lastPolledAt: '2026-01-01T00:00:00.000Z', lastResult: '2 new' };
  await store.putFeedState(first);
  assert.deepEqual(await store.getFeedState(first.url), first);
  const second = { ...first, etag: null, seenItems: ['g3', 'g1', 'g2'], lastResult: 'not modified' };
  await store.putFeedState(second);
  assert.deepEqual(await store.getFeedState(first.url), second);
  await store.close();
});
