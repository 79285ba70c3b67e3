// Incidents kept current incrementally equal incidents rebuilt from every event, on both stores, with concurrent updaters.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withRecords } from '../article/article.ts';
import type { EventRecord } from '../article/records.ts';
import { SqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { PostgresStore } from '../storage/postgres/postgres-store.ts';
import { dropSchemas, postgresForTests, uniqueSchemaName, urlWithSchema } from '../storage/postgres/postgres-test-support.ts';
import type { Store } from '../storage/store.ts';
import { seededRandom, syntheticDocument } from '../../test/support/synthetic-events.ts';
import { listIncidents, rebuildIncidents, updateIncidents } from './incidents-service.ts';

/** Synthetic documents with their events packed into a few months and three types, so many reports merge. */
function denseDocuments(count: number, seed: number) {
  const random = seededRandom(seed);
  const types = [['Battles', 'Armed clash'], ['Violence against civilians', 'Attack'], ['Explosions/Remote violence', 'Air/drone strike']] as const;
  return Array.from({ length: count }, (_, i) => {
    const { document, writes } = syntheticDocument(i, 2, random);
    const events = writes[0]!.article.events.map((e): EventRecord => {
      const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 30) * 86_400_000).toISOString().slice(0, 10);
      const [eventType, subEventType] = types[Math.floor(random() * types.length)]!;
      return { ...e, eventType, subEventType, dateStart: day, dateEnd: day, flags: random() < 0.05 ? ['negated'] : [] };
    });
    return { document, writes: [{ ...writes[0]!, article: withRecords(writes[0]!.article, { events }) }] };
  });
}

async function incidentsOf(store: Store) {
  const all = [];
  for await (const incident of listIncidents(store)) all.push(incident);
  return all;
}

function storeSuite(name: string, open: () => Promise<{ store: Store; second?: () => Promise<Store>; dispose: () => Promise<void> }>) {
  describe(`${name}: incremental incidents`, () => {
    it('incidents updated batch by batch equal incidents rebuilt from every event', async () => {
      const { store, dispose } = await open();
      try {
        const docs = denseDocuments(160, 5);
        const order = docs.map((_, i) => (i * 67) % docs.length); // arrival order unrelated to dates
        for (let at = 0, size = 1; at < order.length; at += size, size = 1 + (at % 23)) {
          await store.saveDocuments(order.slice(at, at + size).map((i) => ({ document: docs[i]!.document, articles: docs[i]!.writes })));
          await updateIncidents(store);
        }
        const incremental = await incidentsOf(store);
        assert.ok(incremental.filter((i) => i.eventIds.length > 1).length >= 10, `${incremental.filter((i) => i.eventIds.length > 1).length} incidents merge several reports`);
        assert.ok(incremental.length < 300, `${incremental.length} incidents from 304 unflagged events`);
        const rebuilt = await rebuildIncidents(store);
        assert.deepEqual(incremental, rebuilt);
      } finally {
        await dispose();
      }
    });

    it('events stored with no update after them (a stopped ingest) are placed by the next update, and an idle update does nothing', async () => {
      const { store, dispose } = await open();
      try {
        const docs = denseDocuments(40, 9);
        for (const d of docs) await store.saveDocument(d.document, d.writes);
        assert.equal((await incidentsOf(store)).length, 0);
        const update = await updateIncidents(store);
        assert.equal(update.events, 80);
        const placed = await incidentsOf(store);
        assert.ok(placed.length > 0);
        assert.deepEqual(await updateIncidents(store), { events: 0, incidentsWritten: 0, reconsidered: 0, lostRaces: 0 });
        assert.deepEqual(placed, await rebuildIncidents(store));
      } finally {
        await dispose();
      }
    });
  });
}

describe('an update that loses the race', () => {
  it('gives way when asked (a periodic update), leaving the queue to the next; otherwise it redoes the round', async () => {
    const store = new SqliteStore(':memory:');
    await store.migrate();
    try {
      for (const d of denseDocuments(20, 21)) await store.saveDocument(d.document, d.writes);
      // Another process commits first once: this store's next commit finds the version moved.
      let lose = 1;
      const racing = new Proxy(store, {
        get(target, key, receiver) {
          if (key === 'commitIncidentChanges') {
            return async (changes: Parameters<Store['commitIncidentChanges']>[0]) => (lose-- > 0 ? false : target.commitIncidentChanges(changes));
          }
          const value = Reflect.get(target, key, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }) as Store;
      assert.deepEqual(await updateIncidents(racing, undefined, { giveWay: true }), { events: 0, incidentsWritten: 0, reconsidered: 0, lostRaces: 1 });
      assert.equal((await incidentsOf(store)).length, 0, 'nothing placed by the update that gave way');
      lose = 1;
      const redone = await updateIncidents(racing);
      assert.equal(redone.lostRaces, 1);
      assert.equal(redone.events, 40, 'the round is redone and places every queued event');
      assert.deepEqual(await incidentsOf(store), await rebuildIncidents(store));
    } finally {
      await store.close();
    }
  });
});

storeSuite('sqlite', async () => {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  return { store, dispose: () => store.close() };
});

const target = await postgresForTests();
if ('skip' in target) {
  describe('postgres: incremental incidents', () => it('runs against a real PostgreSQL', { skip: target.skip }, () => {}));
} else {
  const openPostgres = async () => {
    const schema = uniqueSchemaName();
    const store = new PostgresStore(urlWithSchema(target.url, schema), { maxConnections: 3 });
    await store.migrate();
    return { store, schema, dispose: async () => { await store.close(); await dropSchemas(target.url, [schema]); } };
  };
  storeSuite('postgres', openPostgres);
  describe('postgres: concurrent updaters', () => {
    it('two processes writing and updating at once leave the incidents a rebuild gives', async () => {
      const { store, schema, dispose } = await openPostgres();
      const other = new PostgresStore(urlWithSchema(target.url, schema), { maxConnections: 3 });
      try {
        const docs = denseDocuments(80, 13);
        const worker = async (s: Store, part: number) => {
          for (let i = part; i < docs.length; i += 2) {
            await s.saveDocument(docs[i]!.document, docs[i]!.writes);
            // Periodic updates give way to the other's (as the queue workers' do); the last one does not.
            if (i % 6 === part) await updateIncidents(s, undefined, { giveWay: i % 12 === part });
          }
          await updateIncidents(s);
        };
        await Promise.all([worker(store, 0), worker(other, 1)]);
        await updateIncidents(store);
        const incremental = await incidentsOf(store);
        assert.deepEqual(incremental, await rebuildIncidents(store));
      } finally {
        await other.close();
        await dispose();
      }
    });
  });
}
