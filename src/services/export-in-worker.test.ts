// exportInWorker yields exactly what exportEvents yields in-process, and surfaces a worker failure as a rejection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { fillSyntheticStore } from '../../test/support/synthetic-events.ts';
import { exportEvents } from './export-service.ts';
import { exportInWorker } from './export-in-worker.ts';

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

test('the worker export equals the in-process export', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-worker-'));
  try {
    const db = join(dir, 'w.db');
    const store = new SqliteStore(db);
    await store.migrate();
    await fillSyntheticStore(store, { documents: 30, eventsPerArticle: 20, seed: 8 });
    for (const format of ['acled-csv', 'geojson', 'jsonl'] as const) {
      const expected = await collect(exportEvents(store, format, { country: 'Iraq' }));
      assert.ok(expected.length > 70_000, 'spans several chunks');
      assert.equal(await collect(exportInWorker(db, format, { country: 'Iraq' })), expected, format);
    }
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a store the worker cannot open rejects the export', async () => {
  await assert.rejects(collect(exportInWorker('/nonexistent-dir/none.db', 'jsonl')));
});
