// The in-memory document frequencies answer exactly as the store under them, as the store grows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LinkedFingerprint } from '../../article/links.ts';
import { cachedTermFrequencies, memoryLinkSource } from './index.ts';

function fingerprint(id: string, published: string, terms: Record<string, number>, dated = true): LinkedFingerprint {
  return {
    articleId: id, published, dated, shingleCount: 10, signature: [], bandKeys: [], eventDay: null, terms,
    producedBy: 'dedupe@test', storyId: id, nearDuplicateOf: null,
  };
}

const WINDOWS = [
  { since: '2021-03-01T00:00:00.000Z', until: '2021-03-03T23:59:59.999Z' },
  { since: '2021-03-02T00:00:00.000Z', until: '2021-03-04T23:59:59.999Z' },
  { since: '2021-02-01T00:00:00.000Z', until: '2021-02-03T23:59:59.999Z' },
];
const TERMS = ['bomb', 'flood', '~mosul', 'absent', 'police'];

test('frequencies held in memory equal the store\'s, window by window, as fingerprints are stored', async () => {
  const held: LinkedFingerprint[] = [];
  const store = memoryLinkSource(held); // answers over whatever `held` holds when asked
  const cached = cachedTermFrequencies(store, 2); // fewer windows than asked: some are dropped and asked again
  const arrivals = [
    [fingerprint('a', '2021-03-01T10:00:00.000Z', { bomb: 2, '~mosul': 1 }), fingerprint('b', '2021-03-02T00:00:00.000Z', { flood: 1 })],
    [fingerprint('c', '2021-03-03T23:59:59.999Z', { bomb: 1, police: 3 }), fingerprint('d', '2021-03-04T08:00:00.000Z', { bomb: 1 }, false)],
    [fingerprint('e', '2021-02-02T12:00:00.000Z', { flood: 2, bomb: 1 }), fingerprint('f', '2021-03-04T23:00:00.000Z', { '~mosul': 4, police: 1 })],
  ];
  let asked = 0;
  for (const batch of arrivals) {
    for (const window of WINDOWS) {
      for (const terms of [TERMS.slice(0, 2), TERMS, ['police', 'absent']]) {
        assert.deepEqual(await cached.termDocumentFrequencies({ ...window, terms }), await store.termDocumentFrequencies({ ...window, terms }));
        asked++;
      }
    }
    held.push(...batch);
    cached.stored(batch);
  }
  for (const window of WINDOWS) assert.deepEqual(await cached.termDocumentFrequencies({ ...window, terms: TERMS }), await store.termDocumentFrequencies({ ...window, terms: TERMS }));
  assert.equal(asked, 27);
});

test('a window asked again is answered from memory: the store is asked only for terms it was never asked', async () => {
  const held = [fingerprint('a', '2021-03-01T10:00:00.000Z', { bomb: 2 })];
  const store = memoryLinkSource(held);
  const asks: string[][] = [];
  const counting = { ...store, termDocumentFrequencies: (q: Parameters<typeof store.termDocumentFrequencies>[0]) => (asks.push([...q.terms]), store.termDocumentFrequencies(q)) };
  const cached = cachedTermFrequencies(counting);
  await cached.termDocumentFrequencies({ ...WINDOWS[0]!, terms: ['bomb', 'flood'] });
  await cached.termDocumentFrequencies({ ...WINDOWS[0]!, terms: ['flood', 'bomb', 'police'] });
  await cached.termDocumentFrequencies({ ...WINDOWS[0]!, terms: ['bomb'] });
  assert.deepEqual(asks, [['bomb', 'flood'], ['police']]);
});
