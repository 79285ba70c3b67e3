// /api/claims?subject=… marks the estimates that cannot both hold at one time, and only those.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { fixtureArticle, fixtureClaim, fixtureDocument, fixtureWrite } from '../storage/store-contract-fixtures.ts';
import { createApp } from './app.ts';

test('claims of one subject carry conflicts_with: same-day ranges apart conflict, overlapping ones do not', async () => {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  const write = async (id: string, low: number, high: number) => {
    const text = `Officials estimate between ${low} and ${high} fighters, report ${id}.`;
    await store.saveDocument(fixtureDocument(id), [fixtureWrite(fixtureArticle(id, 0, text, [], [fixtureClaim(text, 'IS fighters in Iraq', low, high)]))]);
  };
  await write('doc-a', 5000, 7000);
  await write('doc-b', 200, 900);
  await write('doc-c', 6000, 6500);
  const res = await createApp(store).request('/api/claims?subject=IS%20fighters%20in%20Iraq');
  assert.equal(res.status, 200);
  const { items } = await res.json();
  const byArticle = Object.fromEntries(items.map((c: { article_id: string; conflicts_with: string[] }) => [c.article_id, c.conflicts_with.length]));
  assert.deepEqual(byArticle, { 'doc-a-0': 1, 'doc-b-0': 2, 'doc-c-0': 1 });
  await store.close();
});
