// Runs the store contract suite and PostgreSQL's concurrency guarantees against a real server (SITREP_TEST_PG).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { storeContract, type StoreHarness } from '../store.contract.ts';
import { fixtureArticle, fixtureDocument, fixtureEvent, fixtureWrite } from '../store-contract-fixtures.ts';
import { PostgresStore } from './postgres-store.ts';
import { dropSchemas, postgresForTests, uniqueSchemaName, urlWithSchema } from './postgres-test-support.ts';

const target = await postgresForTests();

async function openFresh(url: string, schema = uniqueSchemaName()): Promise<StoreHarness & { schema: string }> {
  const store = new PostgresStore(urlWithSchema(url, schema), { maxConnections: 4 });
  await store.migrate();
  return { store, schema, dispose: async () => { await store.close(); await dropSchemas(url, [schema]); } };
}

if ('skip' in target) {
  describe('postgres store', () => it('runs against a real PostgreSQL', { skip: target.skip }, () => {}));
} else {
  const { url } = target;
  storeContract('postgres', () => openFresh(url));

  describe('postgres store under concurrent writers', () => {
    it('two stores saving the same document concurrently store it once; one of them returns false', async () => {
      const a = await openFresh(url);
      const b = new PostgresStore(urlWithSchema(url, a.schema));
      try {
        const text = 'Fighters clashed in Mosul.';
        const write = () => fixtureWrite(fixtureArticle('doc-same', 0, text, [fixtureEvent(text)]));
        const results = await Promise.all([a.store.saveDocument(fixtureDocument('doc-same'), [write()]), b.saveDocument(fixtureDocument('doc-same'), [write()])]);
        assert.deepEqual(results.sort(), [false, true]);
        const counts = await a.store.counts();
        assert.equal(counts.documents, 1);
        assert.equal(counts.articles, 1);
        assert.equal(counts.events, 1);
      } finally {
        await b.close();
        await a.dispose();
      }
    });

    it('two documents racing to store the same text as an original leave one original and one duplicate', async () => {
      const a = await openFresh(url);
      const b = new PostgresStore(urlWithSchema(url, a.schema));
      try {
        const text = 'Shelling hit Raqqa overnight.';
        // Both writers checked findArticleByContentHash before either saved, so both believe they hold the original.
        const [one, two] = await Promise.all([
          a.store.saveDocument(fixtureDocument('doc-one'), [fixtureWrite(fixtureArticle('doc-one', 0, text, [fixtureEvent(text)]))]),
          b.saveDocument(fixtureDocument('doc-two'), [fixtureWrite(fixtureArticle('doc-two', 0, text, [fixtureEvent(text)]))]),
        ]);
        assert.deepEqual([one, two], [true, true]);
        const counts = await a.store.counts();
        assert.equal(counts.articles, 2);
        assert.equal(counts.duplicateArticles, 1);
        assert.equal(counts.events, 1, 'the duplicate keeps no events of its own');
        const statuses = [(await a.store.getDocument('doc-one'))!.status, (await a.store.getDocument('doc-two'))!.status].sort();
        assert.deepEqual(statuses, ['duplicate', 'processed']);
        const original = await a.store.findArticleByContentHash(fixtureWrite(fixtureArticle('x', 0, text)).contentHash);
        assert.ok(original === 'doc-one-0' || original === 'doc-two-0');
      } finally {
        await b.close();
        await a.dispose();
      }
    });

    it('the incident lock is held by one store at a time, per schema, until released or its store closes', async () => {
      const a = await openFresh(url);
      const b = new PostgresStore(urlWithSchema(url, a.schema));
      const other = await openFresh(url);
      try {
        const release = await a.store.tryIncidentLock!();
        assert.ok(release, 'the first store takes it');
        assert.equal(await b.tryIncidentLock(), null, 'another store of the same schema does not, and does not wait');
        const elsewhere = await other.store.tryIncidentLock!();
        assert.ok(elsewhere, 'a store of another schema has its own');
        await elsewhere();
        await release();
        await release(); // a second release is harmless
        const taken = await b.tryIncidentLock();
        assert.ok(taken, 'released, the other store takes it');
        await b.close(); // closing a store ends its lock session
        const again = await a.store.tryIncidentLock!();
        assert.ok(again, 'a closed store holds it no more');
        await again();
      } finally {
        await b.close();
        await a.dispose();
        await other.dispose();
      }
    });

    it('several stores migrating one new schema at once apply each migration once', async () => {
      const schema = uniqueSchemaName();
      const stores = [1, 2, 3].map(() => new PostgresStore(urlWithSchema(url, schema), { maxConnections: 1 }));
      try {
        await Promise.all(stores.map((s) => s.migrate()));
        assert.equal((await stores[0]!.counts()).documents, 0);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
        await dropSchemas(url, [schema]);
      }
    });
  });
}
