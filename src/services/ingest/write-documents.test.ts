// The writer links a batch as if its documents had been stored one by one: copies, reprints and stories inside one batch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pipeline } from '../../pipeline/runner.ts';
import { createDeduper } from '../../stages/dedupe/index.ts';
import { recordItem } from '../../stages/read/read-inputs.ts';
import { SqliteStore } from '../../storage/sqlite/sqlite-store.ts';
import { sqliteSnapshot } from '../../../test/support/store-snapshot.ts';
import { documentIdFor } from '../ingest-service.ts';
import { emptySummary } from './ingest-summary.ts';
import { prepareDocument } from './prepare-document.ts';
import { writeDocuments, type ReadyDocument } from './write-documents.ts';

const WIRE = 'MOGADISHU (Wire) - A car bomb exploded at a security checkpoint on the road to the airport on Monday, killing at least 17 people and wounding 28, police and medical workers said.\n\nA police captain said the car was stopped at the checkpoint near the junction before it blew up. Most of the dead were civilians in passing minibuses.';
const RECORDS = [
  { url: 'https://wire.example/1', published: '2019-07-22T10:00:00Z', text: WIRE },
  { url: 'https://mirror.example/1', published: '2019-07-22T11:00:00Z', text: WIRE }, // an exact copy
  { url: 'https://daily.example/2', published: '2019-07-22T12:00:00Z', text: `${WIRE}\n\nDaily News - independent reporting. Send your tips to our newsroom.` },
  { url: 'https://times.example/3', published: '2019-07-23T08:00:00Z', text: 'Families on Tuesday buried relatives killed in Monday\'s car bombing at the airport road checkpoint. The ambulance service put the toll at 17 dead.' },
  { url: 'https://wire.example/1', published: '2019-07-22T10:00:00Z', text: WIRE }, // the first document again
];

function ready(): ReadyDocument[] {
  const pipeline = new Pipeline([]);
  const deduper = createDeduper();
  const now = '2019-07-24T00:00:00.000Z';
  return RECORDS.map((record, i) => {
    const item = recordItem(`test#${i}`, record);
    const documentId = documentIdFor(item);
    const input = { kind: item.kind, bytes: item.bytes, body: item.body, fields: item.fields };
    return { item, documentId, now, prepared: prepareDocument({ documentId, input, now }, pipeline, deduper) };
  });
}

async function write(path: string, batches: ReadyDocument[][]) {
  const store = new SqliteStore(path);
  await store.migrate();
  const summary = emptySummary();
  for (const batch of batches) await writeDocuments(batch, { store, deduper: createDeduper(), summary });
  await store.close();
  return summary;
}

test('one batch holding copies, a reprint and a repeated document stores what writing them one by one does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-writer-'));
  try {
    const docs = ready();
    const oneByOne = await write(join(dir, 'one.db'), docs.map((d) => [d]));
    const together = await write(join(dir, 'batch.db'), [docs]);
    assert.deepEqual(together, oneByOne);
    assert.deepEqual(
      [oneByOne.documentsNew, oneByOne.documentsUnchanged, oneByOne.articles, oneByOne.duplicates, oneByOne.nearDuplicates],
      [4, 1, 4, 1, 1],
      'the copy is an exact duplicate, the longer reprint a near-duplicate, the repeated file unchanged',
    );
    assert.deepEqual(sqliteSnapshot(join(dir, 'batch.db')), sqliteSnapshot(join(dir, 'one.db')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
