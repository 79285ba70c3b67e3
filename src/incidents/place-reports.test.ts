// Incremental placement equals clustering everything at once: reports added in batches, in any order, or removed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterEvents, reportDay, reportKey } from './cluster-events.ts';
import type { IncidentInput } from './incident-model.ts';
import { incidentIdFor } from './merge-incident.ts';
import { seededRandom } from '../util/seeded-random.ts';
import { memberKey, placeReports, type Placed, type PlacementChanges, type PlacementHistory, type Removal } from './place-reports.ts';

/** A dense, varied stream of reports: few places and types, close dates, so many merge and many nearly do. */
function reports(seed: number, n: number): IncidentInput[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const places = [
    { location: 'Rashad', country: 'Iraq', admin1: 'Kirkuk', latitude: 35.05, longitude: 44.2, geoPrecision: 1 },
    { location: 'Daquq', country: 'Iraq', admin1: 'Kirkuk', latitude: 34.97, longitude: 44.45, geoPrecision: 2 },
    { location: 'Iraq', country: 'Iraq', admin1: null, latitude: 33, longitude: 44, geoPrecision: 3 },
    { location: 'Raqqa', country: 'Syria', admin1: 'Raqqa', latitude: 35.95, longitude: 39.01, geoPrecision: 1 },
    { location: null, country: null, admin1: null, latitude: null, longitude: null, geoPrecision: null },
  ];
  const types = [['Violence against civilians', 'Attack'], ['Battles', 'Armed clash'], ['Explosions/Remote violence', 'Air/drone strike']];
  const actors = [{ id: 'islamic-state', name: 'Islamic State', text: 'IS' }, { id: 'iraq-army', name: 'Military Forces of Iraq', text: 'army' }, null];
  return Array.from({ length: n }, (_, i) => {
    const place = pick(places);
    const [eventType, subEventType] = pick(types);
    const day = random() < 0.04 ? null : new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 240) * 86_400_000).toISOString().slice(0, 10);
    const article = `a${Math.floor(i / (random() < 0.2 ? 1 : 2))}`;
    return {
      kind: 'event', id: `${article}:e${i}`, articleId: article, eventType: eventType!, subEventType: subEventType!,
      actor1: pick(actors), actor2: null, dateStart: random() < 0.8 ? day : null, dateEnd: null, timePrecision: pick([1, 2, 3]),
      ...place, admin2: null, fatalities: { best: null, low: null, high: null }, injured: { best: null, low: null, high: null },
      flags: [], trigger: { start: 0, end: 1, text: 'x' }, evidence: [], confidence: 0.5, producedBy: 'test',
      sourceUrl: null, outlet: pick(['north', 'gulf', 'wire']), published: day, articleTitle: null, synthetic: true, sourceKey: article,
    } as unknown as IncidentInput;
  });
}

/** The stored incidents, in memory, with exactly the reads placement makes of a store. */
class MemoryIncidents implements PlacementHistory {
  readonly members = new Map<string, Placed>();

  async membersFrom(fromKey: string, toKey: string | null, limit: number, after = false): Promise<Placed[]> {
    return [...this.members.values()]
      .filter((m) => (after ? m.key > fromKey : m.key >= fromKey) && (toKey === null || m.key < toKey))
      .sort((x, y) => (x.key < y.key ? -1 : 1))
      .slice(0, limit);
  }

  async membersOf(incidentIds: readonly string[]): Promise<Placed[]> {
    const ids = new Set(incidentIds);
    return [...this.members.values()].filter((m) => ids.has(m.incidentId));
  }

  apply(changes: PlacementChanges): void {
    const replaced = new Set(changes.replacedIncidentIds);
    for (const [id, m] of this.members) if (replaced.has(m.incidentId)) this.members.delete(id);
    for (const cluster of changes.clusters) {
      const incidentId = incidentIdFor(cluster);
      for (const report of cluster) this.members.set(report.id, { key: memberKey(report), report, incidentId });
    }
  }

  removalOf(eventId: string): Removal {
    const m = this.members.get(eventId)!;
    return { key: m.key, incidentId: m.incidentId };
  }

  partition(): string[] {
    const groups = new Map<string, string[]>();
    for (const [id, m] of this.members) groups.set(m.incidentId, [...(groups.get(m.incidentId) ?? []), id]);
    return [...groups.values()].map((ids) => ids.sort().join(',')).sort();
  }
}

const partitionOf = (all: readonly IncidentInput[]) => clusterEvents(all).map((c) => c.members.map((m) => m.id).sort().join(',')).sort();

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

test('reports placed batch by batch, in any arrival order, give the clusters of clustering them all at once', async () => {
  for (const seed of [1, 2, 3, 4]) {
    const all = reports(seed, 240);
    const expected = partitionOf(all);
    assert.ok(expected.some((group) => group.includes(',')), 'the data has merged incidents');
    const store = new MemoryIncidents();
    const arrivals = shuffled(all, seed);
    for (let at = 0, size = 1; at < arrivals.length; at += size, size = 1 + ((at * 7 + seed) % 37)) {
      store.apply(await placeReports(arrivals.slice(at, at + size), [], store));
    }
    assert.deepEqual(store.partition(), expected, `seed ${seed}`);
  }
});

test('removed reports leave the clusters of the reports that remain', async () => {
  const all = reports(7, 200);
  const store = new MemoryIncidents();
  store.apply(await placeReports(all, [], store));
  const gone = shuffled(all, 3).slice(0, 40);
  const removals = gone.map((e) => store.removalOf(e.id));
  for (const e of gone) store.members.delete(e.id);
  store.apply(await placeReports([], removals, store));
  const goneIds = new Set(gone.map((e) => e.id));
  assert.deepEqual(store.partition(), partitionOf(all.filter((e) => !goneIds.has(e.id))));
});

test('reports arriving in date order reconsider only the stored reports near them', async () => {
  const all = reports(11, 400).filter((e) => reportDay(e) !== null);
  all.sort((x, y) => (reportKey(x) < reportKey(y) ? -1 : 1));
  const store = new MemoryIncidents();
  let reconsidered = 0;
  for (let at = 0; at < all.length; at += 20) {
    const changes = await placeReports(all.slice(at, at + 20), [], store);
    reconsidered += changes.reconsidered;
    store.apply(changes);
  }
  assert.deepEqual(store.partition(), partitionOf(all));
  assert.equal(reconsidered, 0, 'nothing stored comes after a batch in date order, so nothing is decided again');
});
