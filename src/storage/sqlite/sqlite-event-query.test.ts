// Every EventQuery filter and sort of the SQLite store, checked against the same filter computed in plain JS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from './sqlite-store.ts';
import { fillSyntheticStore } from '../../../test/support/synthetic-events.ts';
import type { EventQuery, StoredEvent } from '../store.ts';

const store = new SqliteStore(':memory:');
// The same data with every actor/near filter probed along a sort index instead of looked up.
const probing = new SqliteStore(':memory:', { lookupLimit: 1 });
let all: StoredEvent[] = [];

async function everything(query: Omit<EventQuery, 'cursor'>, from = store): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  let cursor: string | null = null;
  do {
    const page = await from.listEvents({ ...query, cursor, limit: query.limit ?? 37 });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const ids = (events: readonly StoredEvent[]): string[] => events.map((e) => e.id).sort();

function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = (d: number): number => (d * Math.PI) / 180;
  const h = Math.sin(r(lat2 - lat1) / 2) ** 2 + Math.cos(r(lat1)) * Math.cos(r(lat2)) * Math.sin(r(lon2 - lon1) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

before(async () => {
  await store.migrate();
  await fillSyntheticStore(store, { documents: 60, eventsPerArticle: 8, seed: 7 });
  await probing.migrate();
  await fillSyntheticStore(probing, { documents: 60, eventsPerArticle: 8, seed: 7 });
  all = await everything({});
});
after(async () => {
  await store.close();
  await probing.close();
});

test('pages through every event exactly once in id order', () => {
  assert.equal(all.length, 480);
  assert.deepEqual(all.map((e) => e.id), ids(all));
  assert.equal(new Set(all.map((e) => e.id)).size, 480);
});

const filterCases: [string, Omit<EventQuery, 'cursor'>, (e: StoredEvent) => boolean][] = [
  ['event type', { eventType: 'Battles' }, (e) => e.eventType === 'Battles'],
  ['sub-event type', { subEventType: 'Air/drone strike' }, (e) => e.subEventType === 'Air/drone strike'],
  ['country (any case)', { country: 'syria' }, (e) => e.country === 'Syria'],
  ['admin1', { admin1: 'Anbar' }, (e) => e.admin1 === 'Anbar'],
  ['date overlap', { since: '2022-03-01', until: '2022-06-30' }, (e) => e.dateStart! <= '2022-06-30' && (e.dateEnd ?? e.dateStart!) >= '2022-03-01'],
  ['since alone', { since: '2025-06-01' }, (e) => (e.dateEnd ?? e.dateStart!) >= '2025-06-01'],
  ['until alone', { until: '2020-03-01' }, (e) => e.dateStart! <= '2020-03-01'],
  ['min fatalities', { minFatalities: 20 }, (e) => (e.fatalities.best ?? -1) >= 20],
  ['actor by id', { actor: 'sdf' }, (e) => e.actor1?.id === 'sdf' || e.actor2?.id === 'sdf'],
  ['actor by name', { actor: 'boko haram' }, (e) => e.actor1?.name === 'Boko Haram' || e.actor2?.name === 'Boko Haram'],
  ['near', { near: { lat: 36.3, lon: 43.1, km: 15 } }, (e) => haversineKm(36.3, 43.1, e.latitude!, e.longitude!) <= 15],
  ['flag', { flags: ['historical'] }, (e) => e.flags.includes('historical')],
  ['exclude flagged', { excludeFlagged: true }, (e) => e.flags.length === 0],
  ['full text', { q: 'checkpoint' }, (e) => e.evidence[0]!.text.includes('checkpoint')],
  ['combined', { country: 'Iraq', minFatalities: 5, since: '2021-01-01', eventType: 'Battles' },
    (e) => e.country === 'Iraq' && (e.fatalities.best ?? -1) >= 5 && (e.dateEnd ?? e.dateStart!) >= '2021-01-01' && e.eventType === 'Battles'],
];

for (const [name, query, keep] of filterCases) {
  test(`filters by ${name}`, async () => {
    const expected = ids(all.filter(keep));
    assert.ok(expected.length > 0 && expected.length < all.length, `case ${name} must select a proper subset`);
    assert.deepEqual(ids(await everything(query)), expected);
    assert.deepEqual(ids(await everything({ ...query, sort: '-date' }, probing)), expected, 'probed along a sort index');
  });
}

test('sorts are stable under cursor pagination', async () => {
  const key = { date: (e: StoredEvent) => e.dateStart ?? '', fatalities: (e: StoredEvent) => e.fatalities.best ?? -1 };
  for (const sort of ['date', '-date', 'fatalities', '-fatalities'] as const) {
    const got = await everything({ sort, limit: 23 });
    const k = key[sort.replace('-', '') as 'date' | 'fatalities'];
    const sign = sort.startsWith('-') ? -1 : 1;
    const expected = [...all].sort((a, b) => sign * (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : a.id < b.id ? -1 : 1));
    assert.deepEqual(got.map((e) => e.id), expected.map((e) => e.id), sort);
  }
});

test('rejects a cursor from another sort and a forged cursor', async () => {
  const page = await store.listEvents({ sort: 'date', limit: 5 });
  await assert.rejects(store.listEvents({ sort: '-fatalities', cursor: page.nextCursor }), TypeError);
  await assert.rejects(store.listEvents({ cursor: 'not-a-cursor' }), TypeError);
  await assert.rejects(store.listEvents({ since: '2022-13-45' }), TypeError);
});

test('updatedSince returns only events written after the instant', async () => {
  const mark = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 5));
  await fillSyntheticStore(store, { documents: 2, eventsPerArticle: 3, seed: 9, first: 1000 });
  const fresh = await everything({ updatedSince: mark });
  assert.deepEqual(fresh.map((e) => e.articleId).sort(), Array(3).fill('synthetic-00001000-0').concat(Array(3).fill('synthetic-00001001-0')));
  assert.ok(fresh.every((e) => e.updatedAt! > mark));
});

test('stats count by type, country and month over the filtered events', async () => {
  const stats = await store.eventStats({ country: 'Iraq' });
  const iraq = (await everything({})).filter((e) => e.country === 'Iraq');
  assert.equal(stats.total, iraq.length);
  assert.deepEqual(stats.byCountry, [{ key: 'Iraq', count: iraq.length }]);
  assert.equal(stats.byType.reduce((n, r) => n + r.count, 0), iraq.length);
  const battles = iraq.filter((e) => e.eventType === 'Battles').length;
  assert.equal(stats.byType.find((r) => r.key === 'Battles')?.count, battles);
  const months = stats.byMonth.map((r) => r.key);
  assert.deepEqual(months, [...months].sort());
});

test('claim subjects group claims and page by count', async () => {
  const first = await store.listClaimSubjects({ limit: 3 });
  assert.equal(first.items.length, 3);
  const rest = await store.listClaimSubjects({ limit: 100, cursor: first.nextCursor });
  const subjects = [...first.items, ...rest.items];
  assert.equal(subjects.length, 8);
  assert.equal(subjects.reduce((n, s) => n + s.claims, 0), (await store.counts()).claims);
  const one = await store.listClaims({ subject: subjects[0]!.subject, limit: 1000 });
  assert.equal(one.items.length, subjects[0]!.claims);
  assert.ok(one.items.every((c) => c.subject === subjects[0]!.subject));
});

test('outlets count articles and the events every default view shows (flagged ones are not counted)', async () => {
  const outlets = await store.listOutlets();
  assert.equal(outlets.reduce((n, o) => n + o.articles, 0), (await store.counts()).articles);
  const events = await everything({});
  assert.ok(events.some((e) => e.flags.length > 0), 'the fixture has flagged events');
  assert.equal(outlets.reduce((n, o) => n + o.events, 0), events.filter((e) => e.flags.length === 0).length);
});

test('unfiltered stats (trigger-kept counts) equal a count over every event', async () => {
  const events = await everything({});
  const stats = await store.eventStats({});
  assert.equal(stats.total, events.length);
  const tally = (key: (e: StoredEvent) => string | null) => {
    const m = new Map<string | null, number>();
    for (const e of events) m.set(key(e), (m.get(key(e)) ?? 0) + 1);
    return m;
  };
  assert.deepEqual(new Map(stats.byType.map((r) => [r.key, r.count])), tally((e) => e.eventType));
  assert.deepEqual(new Map(stats.byCountry.map((r) => [r.key, r.count])), tally((e) => e.country));
  assert.deepEqual(new Map(stats.byMonth.map((r) => [r.key, r.count])), tally((e) => e.dateStart?.slice(0, 7) ?? null));
});
