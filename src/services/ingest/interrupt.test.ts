// A stop during an ingest: the worker threads end at once (a long document in progress is not waited for), what
// was done is stored, nothing is recorded as failed for the stop's sake, and ingesting again adds the rest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordItem } from '../../stages/read/read-inputs.ts';
import type { InputItem } from '../../stages/read/input-item.ts';
import { SqliteStore } from '../../storage/sqlite/sqlite-store.ts';
import { ingestItems } from '../ingest-service.ts';
import { threadedProcessor } from './document-processor.ts';

const REPORT = (n: number) => `KABUL (Wire) - Gunmen attacked a checkpoint in Kunduz province on Monday, killing ${n} police officers, officials said.`;
// A long page: its pipeline takes far longer than the short reports, so it is in progress when the stop comes.
const LONG = Array.from({ length: 1500 }, (_, i) => `In district ${i} of Helmand, ${i % 7} shops were closed on Tuesday after clashes, residents said.`).join('\n\n');

function inputs(): InputItem[] {
  const items = [1, 2, 3].map((n) => recordItem(`short#${n}`, { text: REPORT(n), published: '2021-05-03' }));
  items.push(recordItem('long', { text: LONG, published: '2021-05-04' }));
  for (let n = 4; n < 10; n++) items.push(recordItem(`short#${n}`, { text: REPORT(n), published: '2021-05-03' }));
  return items;
}

test('a stop ends the worker threads at once, keeps what was stored and leaves the rest to a later ingest', async () => {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  const processor = threadedProcessor({ jobs: 1, timeBudgetMs: Infinity });
  const controller = new AbortController();
  controller.signal.addEventListener('abort', () => void processor.close(), { once: true });
  try {
    const summary = await ingestItems(store, inputs(), {
      processor, batchSize: 1, signal: controller.signal,
      onProgress: (s) => {
        if (s.documentsNew === 3) controller.abort();
      },
    });
    assert.equal(summary.documentsNew, 3, 'the three reports before the long page were stored');
    assert.deepEqual(summary.failures, [], 'nothing is recorded as failed because of the stop');
    assert.equal((await store.counts()).documents, 3);
    assert.deepEqual((await store.listDocuments({ limit: 10 })).map((d) => d.status), ['processed', 'processed', 'processed']);

    const again = threadedProcessor({ jobs: 1, timeBudgetMs: Infinity });
    try {
      const rest = await ingestItems(store, inputs(), { processor: again });
      assert.equal(rest.documentsUnchanged, 3);
      assert.equal(rest.documentsNew, inputs().length - 3);
      assert.deepEqual(rest.failures, []);
    } finally {
      await again.close();
    }
  } finally {
    await processor.close();
    await store.close();
  }
});
