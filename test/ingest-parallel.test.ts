// A parallel ingest (worker threads, batched writes) stores exactly what a sequential one does: nothing lost, duplicated or linked differently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestItems, type IngestOptions } from '../src/services/ingest-service.ts';
import { threadedProcessor } from '../src/services/ingest/document-processor.ts';
import { listIncidents, rebuildIncidents } from '../src/services/incidents-service.ts';
import { defaultPipeline } from '../src/stages/default-pipeline.ts';
import { readInputs, recordItem } from '../src/stages/read/read-inputs.ts';
import type { InputItem } from '../src/stages/read/input-item.ts';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.ts';
import { SEEDS, SHARED, skipWithoutShared } from './helpers.ts';
import { sqliteSnapshot } from './support/store-snapshot.ts';

const NOW = () => new Date('2026-01-05T12:00:00Z');

/** Seeds, real HTML pages and news texts, plus a repeated file, a reprint and an exact copy of a text under another name. */
async function inputs(): Promise<InputItem[]> {
  const html = readdirSync(`${SHARED}bench/extraction/scrapinghub/html`).sort().slice(0, 12).map((f) => `${SHARED}bench/extraction/scrapinghub/html/${f}`);
  const news = readdirSync(`${SHARED}bench/news/texts`).sort().slice(0, 8).map((f) => `${SHARED}bench/news/texts/${f}`);
  const items: InputItem[] = [];
  for await (const item of readInputs([SEEDS, ...html, ...news, html[0]!])) items.push(item);
  // The copy and the reprint come right after their originals, so a batch must see its own earlier documents.
  const [first, second] = [0, 1].map((i) => new TextDecoder().decode(items[i]!.bytes!));
  items.splice(2, 0, recordItem('copy#1', { text: first!, url: 'https://mirror.example/copy', outlet: 'Mirror' }));
  items.splice(3, 0, recordItem('reprint#1', { text: `${second}\nReporting by a wire desk.`, url: 'https://wire.example/reprint' }));
  return items;
}

async function ingestInto(path: string, items: readonly InputItem[], options: IngestOptions) {
  const store = new SqliteStore(path);
  await store.migrate();
  try {
    return await ingestItems(store, items, { now: NOW, ...options });
  } finally {
    await store.close();
  }
}

test('a parallel ingest stores exactly what a sequential one stores, incidents included', { skip: skipWithoutShared() }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-parallel-'));
  const processor = threadedProcessor({ jobs: 2, timeBudgetMs: 120_000 });
  try {
    const items = await inputs();
    // Sequentially, one document a batch with incidents brought up to date after every batch (incrementally, a few events at a time).
    const sequential = await ingestInto(join(dir, 'sequential.db'), items, { pipeline: defaultPipeline({ now: NOW }), batchSize: 1, incidentsEveryMs: 0 });
    const parallel = await ingestInto(join(dir, 'parallel.db'), items, { processor, batchSize: 5 });
    assert.deepEqual(parallel, sequential);
    assert.equal(sequential.documentsRead, items.length);
    assert.ok(sequential.documentsUnchanged >= 1 && sequential.duplicates >= 1 && sequential.nearDuplicates >= 1, JSON.stringify(sequential));
    assert.ok(sequential.events > 5, `${sequential.events} events`);
    const [a, b] = [sqliteSnapshot(join(dir, 'sequential.db')), sqliteSnapshot(join(dir, 'parallel.db'))];
    assert.ok(a.incidents!.length > 0 && a.article_links!.length === sequential.articles && a['articles_fts (terms)']!.length > 1000);
    // incident_state only counts incident updates (the sequential ingest made one per document).
    for (const table of Object.keys(a).filter((t) => t !== 'incident_state')) assert.deepEqual(b[table], a[table], `table ${table}`);
    assert.deepEqual(a.incident_queue, [], 'every event placed');
    // The incidents kept current document by document are those a rebuild from every stored event gives.
    const store = new SqliteStore(join(dir, 'sequential.db'));
    try {
      const incremental = [];
      for await (const incident of listIncidents(store)) incremental.push(incident);
      assert.ok(incremental.length > 0);
      assert.deepEqual(await rebuildIncidents(store), incremental);
    } finally {
      await store.close();
    }
  } finally {
    await processor.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
