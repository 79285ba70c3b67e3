// GET /api/places: map labels from the offline gazetteer, by box and zoom.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from './app.ts';
import { SqliteStore } from '../storage/sqlite/sqlite-store.ts';

const app = createApp(new SqliteStore(':memory:'));

async function names(query: string): Promise<string[]> {
  const res = await app.request(`/api/places?${query}`);
  assert.equal(res.status, 200);
  return ((await res.json()) as { items: { name: string }[] }).items.map((p) => p.name);
}

test('country names far out, towns of the box as the zoom grows, largest first', async () => {
  const world = await names('bbox=-180,-85,180,85&zoom=2');
  assert.ok(world.includes('Iraq') && world.includes('Nigeria'), world.join(', '));
  const iraq = await names('bbox=40,30,48,38&zoom=6');
  assert.ok(iraq.indexOf('Baghdad') >= 0 && iraq.indexOf('Baghdad') < iraq.indexOf('Kirkuk'), iraq.join(', '));
  assert.ok(!iraq.some((n) => /al Jadīdah|al Qadīmah/.test(n)), 'parts of a town are not labelled as towns');
  const kirkuk = await names('bbox=43.5,35.2,44.8,35.7&zoom=9');
  assert.ok(kirkuk.includes('Kirkuk') && kirkuk.length >= 3, kirkuk.join(', '));
  assert.ok(!kirkuk.includes('Iraq'), 'no country names when zoomed in');
});

test('a bad box or an unknown parameter is refused with the one error shape', async () => {
  for (const query of ['bbox=1,2,3&zoom=3', 'bbox=0,50,10,40&zoom=3', 'bbox=0,0,1,1', 'bbox=0,0,1,1&zoom=3&size=5']) {
    const res = await app.request(`/api/places?${query}`);
    assert.equal(res.status, 400, query);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'invalid_request');
  }
});
