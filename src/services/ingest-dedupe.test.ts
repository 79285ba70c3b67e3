// Tests for near-duplicate and story linking inside ingest: reprints linked (not dropped), stories shared, re-runs stable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Pipeline } from '../pipeline/runner.ts';
import { recordItem } from '../stages/read/read-inputs.ts';
import { SqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { ingestItem, ingestItems } from './ingest-service.ts';

const WIRE = [
  'MOGADISHU (Wire) - A car bomb exploded at a security checkpoint on the road to the airport on Monday, killing at least 17 people and wounding 28, police and medical workers said.',
  'A police captain said the car was stopped at the checkpoint near the junction before it blew up. Most of the dead were civilians in passing minibuses.',
  'The militant group claimed responsibility through its radio station, saying it had targeted a convoy of foreign officials.',
].join('\n\n');

const RECORDS = [
  { url: 'https://wire.example/1', title: 'Car bomb near airport kills 17', published: '2019-07-22T10:00:00Z', text: WIRE },
  { url: 'https://daily.example/2', title: '17 killed in checkpoint blast', published: '2019-07-22T12:00:00Z', text: `${WIRE}\n\nDaily News - independent reporting. Send your tips to our newsroom.` },
  { url: 'https://times.example/3', title: 'Capital buries bombing victims', published: '2019-07-23T08:00:00Z', text: 'Families on Tuesday buried relatives killed in Monday\'s car bombing at the airport road checkpoint. The ambulance service put the toll at 17 dead and said the convoy of foreign officials was unharmed.' },
  { url: 'https://times.example/4', title: 'Floods cut highway in the north', published: '2019-07-23T09:00:00Z', text: 'Heavy rain on Tuesday flooded the northern highway, cutting off three towns from the regional market, the roads agency said. Engineers expect to reopen one lane by Friday.' },
];

const items = (records: typeof RECORDS) => records.map((r, i) => recordItem(`test#${i + 1}`, r));
const options = { pipeline: new Pipeline([]), now: () => new Date('2019-07-24T00:00:00Z') };

async function storyOf(store: SqliteStore, documentId: string) {
  return (await store.getArticleLinks([`${documentId.slice(0, 24)}-0`]))[0];
}

test('a wire reprint is stored, linked as a near-duplicate and counted; rewrites share its story; unrelated news does not', async () => {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  const ids: string[] = [];
  for (const item of items(RECORDS)) ids.push(await ingestItem(store, item, options));
  const [wire, reprint, followUp, floods] = await Promise.all(ids.map((id) => storyOf(store, id)));
  assert.equal(reprint!.nearDuplicateOf, wire!.articleId);
  assert.equal(reprint!.storyId, wire!.articleId);
  assert.equal(followUp!.nearDuplicateOf, null);
  assert.equal(followUp!.storyId, wire!.articleId);
  assert.equal(floods!.storyId, floods!.articleId);
  assert.equal((await store.counts()).articles, 4, 'near-duplicates are kept');
  await store.close();
});

test('the summary counts near-duplicates, and re-ingesting changes nothing', async () => {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  const first = await ingestItems(store, items(RECORDS), options);
  assert.equal(first.nearDuplicates, 1);
  assert.equal(first.duplicates, 0);
  const again = await ingestItems(store, items(RECORDS), options);
  assert.equal(again.documentsUnchanged, 4);
  assert.equal(again.nearDuplicates, 0);
  await store.close();
});

test('an exact duplicate is linked to its original and joins its story', async () => {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  const originalId = await ingestItem(store, recordItem('a', RECORDS[0]), options);
  const copyId = await ingestItem(store, recordItem('b', { ...RECORDS[0], url: 'https://mirror.example/1' }), options);
  const copy = await storyOf(store, copyId);
  const original = await storyOf(store, originalId);
  assert.equal(copy!.nearDuplicateOf, original!.articleId);
  assert.equal(copy!.storyId, original!.storyId);
  assert.equal(copy!.nearDuplicateSimilarity, 1);
  await store.close();
});
