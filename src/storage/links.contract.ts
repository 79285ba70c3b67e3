// Contract for the dedupe side of every store: fingerprints, band lookups, story windows and links.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle } from '../article/article.ts';
import type { DocumentRecord } from '../article/document.ts';
import type { ArticleFingerprint, ArticleLinks } from '../article/links.ts';
import { memoryLinkSource } from '../stages/dedupe/memory-link-source.ts';
import type { Store } from './store.ts';
import type { StoreHarness } from './store.contract.ts';

function document(id: string): DocumentRecord {
  return { kind: 'document', id, origin: `test:${id}`, contentType: 'text/plain', fetchedAt: '2019-03-10T00:00:00Z', status: 'processed', error: null, byteLength: 1, raw: null, fields: {} };
}

function fingerprint(articleId: string, published: string, bandKeys: string[], terms: Record<string, number> = { bomb: 2, '~shrkt': 1 }): ArticleFingerprint {
  return { articleId, published, dated: true, shingleCount: 42, signature: [0, 1, 0xffffffff, 123456789], bandKeys, eventDay: published.slice(0, 10), terms, producedBy: 'dedupe@test' };
}

function links(articleId: string, storyId: string, nearDuplicateOf: string | null = null): ArticleLinks {
  return { articleId, nearDuplicateOf, nearDuplicateSimilarity: nearDuplicateOf ? 0.8 : null, storyId, storyScore: null, producedBy: 'dedupe@test' };
}

type Entry = { id: string; published: string; keys: string[]; story: string; near?: string; terms?: Record<string, number> };

/** Register the dedupe-links contract for one backend; `open` returns a new empty store each call. */
export function linksContract(name: string, open: () => Promise<StoreHarness>): void {
  const withEntries = async (entries: Entry[], work: (store: Store) => Promise<void>): Promise<void> => {
    const harness = await open();
    try {
      for (const e of entries) {
        const article = createArticle({ id: e.id, documentId: `doc-${e.id}`, text: `text of ${e.id}` });
        await harness.store.saveDocument(document(`doc-${e.id}`), [{
          article, contentHash: e.id, duplicateOf: null, pipeline: [], failures: [],
          fingerprint: fingerprint(e.id, e.published, e.keys, e.terms), links: links(e.id, e.story, e.near ?? null),
        }]);
      }
      await work(harness.store);
    } finally {
      await harness.dispose();
    }
  };

  describe(`${name} store contract: near-duplicate and story links`, () => {
    it('near-duplicate candidates are the articles sharing a band key, with signature and links intact', () => withEntries([
    { id: 'a', published: '2019-03-10T10:00:00.000Z', keys: ['0:aaaa', '1:bbbb'], story: 'a' },
    { id: 'b', published: '2019-03-10T12:00:00.000Z', keys: ['0:cccc', '1:bbbb'], story: 'a', near: 'a' },
    { id: 'c', published: '2019-03-10T13:00:00.000Z', keys: ['0:dddd', '1:eeee'], story: 'c' },
  ], async (store) => {
      const found = await store.findNearDuplicateCandidates(['1:bbbb', '0:zzzz']);
      assert.deepEqual(found.map((f) => f.articleId), ['a', 'b']);
      assert.deepEqual(found[0]!.signature, [0, 1, 0xffffffff, 123456789]);
      assert.deepEqual(found[1]!.terms, { bomb: 2, '~shrkt': 1 });
      assert.equal(found[1]!.nearDuplicateOf, 'a');
      assert.equal(found[1]!.storyId, 'a');
      assert.equal(found[1]!.eventDay, '2019-03-10');
      assert.equal(found[1]!.dated, true);
      assert.deepEqual(await store.findNearDuplicateCandidates([]), []);
    }));

    it('story candidates are the articles in the window sharing a term, those sharing most kept when capped', () => withEntries(WINDOW_ENTRIES, async (store) => {
      assert.deepEqual((await store.findStoryCandidates({ ...WINDOW, terms: ['bomb', '~shrkt'], limit: 10 })).map((f) => f.articleId), ['x', 'y']);
      assert.deepEqual((await store.findStoryCandidates({ ...WINDOW, terms: ['bomb', '~shrkt'], limit: 1 })).map((f) => f.articleId), ['y']);
      assert.deepEqual(await store.findStoryCandidates({ ...WINDOW, terms: [], limit: 10 }), []);
    }));

    it('term document frequencies count dated articles in the window', () => withEntries(WINDOW_ENTRIES, async (store) => {
      const counted = await store.termDocumentFrequencies({ ...WINDOW, terms: ['bomb', '~shrkt', 'flood', 'absent'] });
      assert.equal(counted.documents, 3);
      assert.deepEqual({ ...counted.frequencies }, { bomb: 2, '~shrkt': 1, flood: 1 });
    }));

    it('the in-memory link source answers exactly as the store', () => withEntries(WINDOW_ENTRIES, async (store) => {
      const all = await store.findStoryCandidates({ since: '2000-01-01T00:00:00.000Z', until: '2100-01-01T00:00:00.000Z', terms: ['bomb', 'flood', '~shrkt', 'market', 'soldier'], limit: 100 });
      const memory = memoryLinkSource(all);
      for (const terms of [['bomb'], ['bomb', '~shrkt'], ['flood', 'market'], ['absent']]) {
        for (const limit of [1, 2, 10]) {
          assert.deepEqual(await memory.findStoryCandidates({ ...WINDOW, terms, limit }), await store.findStoryCandidates({ ...WINDOW, terms, limit }), `${terms} ${limit}`);
        }
        assert.deepEqual(await memory.termDocumentFrequencies({ ...WINDOW, terms }), { ...(await store.termDocumentFrequencies({ ...WINDOW, terms })) });
      }
    }));

    it('article links are read back in the order asked, skipping unknown ids', () => withEntries([
    { id: 'a', published: '2019-03-10T10:00:00.000Z', keys: [], story: 'a' },
    { id: 'b', published: '2019-03-10T12:00:00.000Z', keys: [], story: 'a', near: 'a' },
  ], async (store) => {
      const found = await store.getArticleLinks(['b', 'missing', 'a']);
      assert.deepEqual(found.map((l) => [l.articleId, l.storyId, l.nearDuplicateOf, l.nearDuplicateSimilarity]), [['b', 'a', 'a', 0.8], ['a', 'a', null, null]]);
    }));
  });
}

const WINDOW_ENTRIES: Entry[] = [
  { id: 'early', published: '2019-02-01T00:00:00.000Z', keys: [], story: 'early', terms: { bomb: 1, '~shrkt': 1 } },
  { id: 'x', published: '2019-03-09T00:00:00.000Z', keys: [], story: 'x', terms: { bomb: 1, market: 2 } },
  { id: 'y', published: '2019-03-10T06:00:00.000Z', keys: [], story: 'x', terms: { bomb: 1, '~shrkt': 3, soldier: 1 } },
  { id: 'z', published: '2019-03-12T00:00:00.000Z', keys: [], story: 'z', terms: { flood: 1 } },
];

const WINDOW = { since: '2019-03-01T00:00:00.000Z', until: '2019-03-20T00:00:00.000Z' };
