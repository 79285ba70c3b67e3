// One hostile text must not make its records balloon (issue 16, defect 12): thousands of counts in one endless
// "sentence" each became a claim quoting that whole sentence as evidence (128 KiB of it: 8,000 claims, 4.7 GB
// and 50 s to store). Stored records quote at most MAX_EVIDENCE_CHARS of text, still exactly the article's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boundRecords, MAX_CLAIMS_PER_ARTICLE, MAX_EVIDENCE_CHARS, MAX_REMOVED_BLOCKS, MAX_REMOVED_CHARS, MAX_SPANS_PER_LAYER } from '../../src/article/bounded-records.ts';
import { createArticle, withLayer, withRecords } from '../../src/article/article.ts';
import { makeSpan } from '../../src/article/span.ts';
import type { ClaimRecord } from '../../src/article/records.ts';
import { ingestItems } from '../../src/services/ingest-service.ts';
import { recordItem } from '../../src/stages/read/read-inputs.ts';
import { defaultPipeline } from '../../src/stages/default-pipeline.ts';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.ts';

test('counts back to back in one 32 KiB sentence: every stored claim quotes at most the bound, exactly from the text', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-bounded-'));
  try {
    const db = join(dir, 'b.db');
    const store = new SqliteStore(db);
    await store.migrate();
    const text = `Gunmen killed two farmers near Mosul on Friday, police said. ${'5,000 killed 12 '.repeat(2048)}`;
    const summary = await ingestItems(store, [recordItem('numbers', { text, published: '2024-03-02' })], { pipeline: defaultPipeline() });
    await store.close();
    assert.equal(summary.failedDocuments, 0);
    const sqlite = new DatabaseSync(db, { readOnly: true });
    const articleText = String((sqlite.prepare('SELECT text FROM articles').get() as { text: string }).text);
    const claims = sqlite.prepare('SELECT record FROM claims').all().map((r) => JSON.parse(String(r.record)) as ClaimRecord);
    const bytes = Number((sqlite.prepare('SELECT sum(length(record)) AS n FROM claims').get() as { n: number }).n);
    sqlite.close();
    assert.ok(claims.length > 100, `claims: ${claims.length}`);
    for (const c of claims) {
      for (const e of c.evidence) {
        assert.ok(e.text.length <= MAX_EVIDENCE_CHARS, `evidence of ${e.text.length} characters`);
        assert.equal(articleText.slice(e.start, e.end), e.text);
      }
    }
    assert.ok(bytes < claims.length * (MAX_EVIDENCE_CHARS + 4000), `claims stored in ${bytes} bytes`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('an article over the record bounds keeps the first ones and says how many it left out; an ordinary one is untouched', () => {
  const article = createArticle({ id: 'a', documentId: 'd', text: 'x', meta: {} });
  const claim: ClaimRecord = {
    kind: 'claim', subject: 'killed', value: { best: 1, low: 1, high: 1 }, unit: null, text: null, attributedTo: null, cue: null, date: null,
    evidence: [{ start: 0, end: 1, text: 'x' }], confidence: 0.5, producedBy: 'test',
  } as unknown as ClaimRecord;
  const ordinary = withRecords(article, { claims: [claim] });
  assert.equal(boundRecords(ordinary), ordinary);
  const many = withRecords(article, { claims: Array.from({ length: MAX_CLAIMS_PER_ARTICLE + 7 }, () => claim) });
  const bounded = boundRecords(many);
  assert.equal(bounded.claims.length, MAX_CLAIMS_PER_ARTICLE);
  assert.deepEqual(bounded.removed.map((r) => r.reason), [`7 claims past the first ${MAX_CLAIMS_PER_ARTICLE} not kept (records bounded per article)`]);
});

test('an article with more sentences than a layer keeps and more removed blocks than are listed keeps the first ones and says what it left out', () => {
  const sentences = MAX_SPANS_PER_LAYER + 5;
  const text = 'Go. '.repeat(sentences);
  const provenance = Object.freeze({ stage: 'segment', version: 't', method: 't', confidence: 1 });
  const spans = Array.from({ length: sentences }, (_, i) => makeSpan(text, 4 * i, 4 * i + 3, 'sentence', null, provenance));
  const removed = Array.from({ length: MAX_REMOVED_BLOCKS + 3 }, (_, i) => ({ text: i === 0 ? 'x'.repeat(MAX_REMOVED_CHARS + 10) : 'killed', reason: 'repeated paragraph' }));
  const article = withLayer(createArticle({ id: 'a', documentId: 'd', text, meta: {}, removed }), 'sentences', spans);
  const bounded = boundRecords(article);
  assert.equal(bounded.layers.sentences!.length, MAX_SPANS_PER_LAYER);
  assert.deepEqual(bounded.layers.sentences!.slice(0, 2), spans.slice(0, 2), 'the first spans, in text order');
  assert.equal(bounded.removed[0]!.text, `${'x'.repeat(MAX_REMOVED_CHARS)}…`);
  assert.deepEqual(bounded.removed.slice(MAX_REMOVED_BLOCKS).map((r) => r.reason), [
    '3 more removed blocks not listed (bounded per article)',
    `5 sentences spans past the first ${MAX_SPANS_PER_LAYER} not kept (records bounded per article)`,
  ]);
  assert.equal(boundRecords(withLayer(createArticle({ id: 'b', documentId: 'd', text, meta: {} }), 'sentences', spans.slice(0, 10))).layers.sentences!.length, 10);
});
