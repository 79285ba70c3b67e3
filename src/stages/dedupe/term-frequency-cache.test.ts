// The in-memory document frequencies answer exactly as the store under them, as the store grows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LinkedFingerprint } from '../../article/links.ts';
import type { AllTermFrequencies, LinkSource } from '../../article/links.ts';
import { cachedTermFrequencies, memoryLinkSource } from './index.ts';

/** A store holding whatever `held` holds when asked (memoryLinkSource indexes a copy taken when made). */
function liveSource(held: readonly LinkedFingerprint[]): LinkSource {
  return {
    findNearDuplicateCandidates: (bandKeys) => memoryLinkSource(held).findNearDuplicateCandidates(bandKeys),
    findStoryCandidates: (query) => memoryLinkSource(held).findStoryCandidates(query),
    termDocumentFrequencies: (query) => memoryLinkSource(held).termDocumentFrequencies(query),
  };
}

/** liveSource that also lists every term of a range, as the SQLite store does. */
function listingSource(held: readonly LinkedFingerprint[]): LinkSource & Required<Pick<LinkSource, 'allTermFrequencies'>> {
  return {
    ...liveSource(held),
    async allTermFrequencies({ since, until }): Promise<AllTermFrequencies> {
      const inRange = held.filter((f) => f.dated && f.published >= since && f.published <= until);
      const frequencies = new Map<string, number>();
      for (const f of inRange) for (const term of Object.keys(f.terms)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
      return { documents: inRange.length, frequencies };
    },
  };
}

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
  const store = liveSource(held);
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

test('a feed moving a day at a time: each day\'s window is derived from the last, equal to the store\'s, without counting the whole window again', async () => {
  const DAY = 86_400_000;
  const start = Date.UTC(2022, 4, 1);
  const vocabulary = ['bomb', 'flood', 'police', '~mosul', 'strike', 'protest', 'rain', 'court'];
  const held: LinkedFingerprint[] = [];
  const store = liveSource(held);
  const asks: Array<{ since: string; until: string; terms: number }> = [];
  const counting = { ...store, termDocumentFrequencies: (q: Parameters<typeof store.termDocumentFrequencies>[0]) => (asks.push({ since: q.since, until: q.until, terms: q.terms.length }), store.termDocumentFrequencies(q)) };
  const cached = cachedTermFrequencies(counting);
  const window = (day: number) => ({ since: new Date(start + (day - 5) * DAY).toISOString(), until: new Date(start + (day + 6) * DAY - 1).toISOString() });
  let n = 0;
  // Days go forward, with a step back (a late article) and a jump (a gap in the feed) among them.
  for (const day of [0, 1, 2, 3, 2, 4, 5, 6, 20, 21, 22]) {
    for (let k = 0; k < 4; k++, n++) {
      const terms = Object.fromEntries(vocabulary.filter((_, i) => (n * 7 + i * 3) % 5 < 2).map((t, i) => [t, 1 + ((n + i) % 3)]));
      const asked = [...Object.keys(terms), 'absent'];
      const published = new Date(start + day * DAY + k * 3_600_000).toISOString();
      assert.deepEqual(await cached.termDocumentFrequencies({ ...window(day), terms: asked }), await store.termDocumentFrequencies({ ...window(day), terms: asked }), `day ${day}, article ${k}`);
      const f = fingerprint(`a${n}`, published, terms, n % 9 !== 4);
      held.push(f);
      cached.stored([f]);
    }
  }
  // Whole windows were counted for the first day and after the jump; other days asked only for the days leaving and entering.
  const whole = asks.filter((a) => Date.parse(a.until) - Date.parse(a.since) === 11 * DAY - 1 && a.terms > 0);
  assert.ok(whole.every((a) => a.since === window(0).since || a.since === window(20).since || a.terms <= 2), JSON.stringify(whole));
  assert.ok(asks.some((a) => Date.parse(a.until) - Date.parse(a.since) === DAY - 1), 'edge days were asked for');
});

test('with a store that lists whole windows: the same answers, and no term is ever asked for alone', async () => {
  const DAY = 86_400_000;
  const start = Date.UTC(2022, 4, 1);
  const vocabulary = ['bomb', 'flood', 'police', '~mosul', 'strike', 'protest', 'rain', 'court', 'constructor'];
  const held: LinkedFingerprint[] = [fingerprint('old', new Date(start - 3 * DAY).toISOString(), { bomb: 1, rain: 2 })];
  const store = listingSource(held);
  const asks: Array<{ since: string; until: string; terms: number }> = [];
  const lists: Array<{ since: string; until: string }> = [];
  const counting: LinkSource = {
    ...store,
    termDocumentFrequencies: (q) => (asks.push({ since: q.since, until: q.until, terms: q.terms.length }), store.termDocumentFrequencies(q)),
    allTermFrequencies: (range) => (lists.push(range), store.allTermFrequencies(range)),
  };
  const cached = cachedTermFrequencies(counting, 2);
  const window = (day: number) => ({ since: new Date(start + (day - 5) * DAY).toISOString(), until: new Date(start + (day + 6) * DAY - 1).toISOString() });
  let n = 0;
  // Days go forward, with steps back (late articles), a jump (a gap in the feed) and a far older day among them.
  for (const day of [0, 1, 2, 3, 2, 4, 5, 6, 20, 21, 22, -40, 23]) {
    for (let k = 0; k < 4; k++, n++) {
      const terms = Object.fromEntries(vocabulary.filter((_, i) => (n * 7 + i * 3) % 5 < 2).map((t, i) => [t, 1 + ((n + i) % 3)]));
      const asked = [...Object.keys(terms), 'absent', 'bomb'];
      const published = new Date(start + day * DAY + k * 3_600_000).toISOString();
      const expected = await store.termDocumentFrequencies({ ...window(day), terms: asked });
      assert.deepEqual(await cached.termDocumentFrequencies({ ...window(day), terms: asked }), expected, `day ${day}, article ${k}`);
      const f = fingerprint(`a${n}`, published, terms, n % 9 !== 4);
      held.push(f);
      cached.stored([f]);
    }
  }
  assert.ok(asks.every((a) => a.terms === 0), 'only documents were counted');
  // Whole windows were listed for the first day, after the jump and for the far day; the others (day 23 too: day 22's
  // window is still held) moved by their edge days.
  const whole = lists.filter((r) => Date.parse(r.until) - Date.parse(r.since) === 11 * DAY - 1);
  assert.deepEqual(whole.map((r) => r.since), [window(0).since, window(20).since, window(-40).since]);
  assert.ok(lists.some((r) => Date.parse(r.until) - Date.parse(r.since) === DAY - 1), 'edge days were listed');
});
