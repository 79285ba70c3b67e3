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
