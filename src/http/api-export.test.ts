// GET /api/export: ACLED-column CSV parsed back, GeoJSON with longitude first, JSON Lines, all honouring the filters.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { createApp } from './app.ts';
import { SqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { ACLED_COLUMNS } from '../services/acled-csv.ts';
import { fillSyntheticStore } from '../../test/support/synthetic-events.ts';

const store = new SqliteStore(':memory:');
const app = createApp(store);
let iraq: any[] = [];

before(async () => {
  await store.migrate();
  await fillSyntheticStore(store, { documents: 40, eventsPerArticle: 20, seed: 11 });
  iraq = [];
  let cursor = '';
  do {
    const body = await (await app.request(`/api/events?country=Iraq&limit=1000${cursor}`)).json() as any;
    iraq.push(...body.items);
    cursor = body.next_cursor ? `&cursor=${body.next_cursor}` : '';
  } while (cursor);
});
after(() => store.close());

test('ACLED CSV has ACLED\'s 31 columns in order, then sitrep\'s, one row per filtered event', async () => {
  const res = await app.request('/api/export?format=acled-csv&country=Iraq');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type')!, /^text\/csv/);
  assert.match(res.headers.get('content-disposition')!, /attachment; filename="sitrep-events\.csv"/);
  const rows = parse(await res.text(), { columns: false }) as string[][];
  const header = rows[0]!;
  assert.deepEqual(header.slice(0, 31), [...ACLED_COLUMNS]);
  assert.equal(header.length, 38);
  assert.deepEqual(header.slice(31), ['evidence', 'source_urls', 'confidence', 'flags', 'fatalities_low', 'fatalities_high', 'article_id']);
  const records = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  assert.equal(records.length, iraq.length);
  const byId = new Map(iraq.map((e) => [e.id, e]));
  for (const r of records) {
    const e = byId.get(r.event_id_cnty)!;
    assert.ok(e, r.event_id_cnty);
    assert.equal(r.country, 'Iraq');
    assert.equal(r.iso, '368');
    assert.equal(r.event_date, e.date_start);
    assert.equal(r.year, e.date_start.slice(0, 4));
    assert.equal(r.sub_event_type, e.sub_event_type);
    assert.equal(r.actor1, e.actor1.name);
    assert.equal(Number(r.latitude), e.latitude);
    assert.equal(r.fatalities, String(e.fatalities_best ?? 0));
    assert.equal(r.fatalities_high, e.fatalities_high === null ? '' : String(e.fatalities_high));
    assert.equal(r.source_urls, e.source_url);
    assert.equal(r.disorder_type === 'Demonstrations', e.event_type === 'Protests');
  }
});

test('CSV rows carry the evidence sentence as notes, filtered by actor', async () => {
  const rows = parse(await (await app.request('/api/export?format=acled-csv&actor=sdf')).text(), { columns: true }) as Record<string, string>[];
  assert.ok(rows.length > 0);
  assert.ok(rows.every((r) => Object.keys(r).length === 38 && /^Synthetic report \d+ about/.test(r.notes!)));
  assert.ok(rows.every((r) => r.actor1 === 'Syrian Democratic Forces' || r.actor2 === 'Syrian Democratic Forces'));
});

test('GeoJSON is a FeatureCollection of points with longitude first', async () => {
  const res = await app.request('/api/export?format=geojson&country=Iraq&min_fatalities=10');
  assert.equal(res.headers.get('content-type'), 'application/geo+json');
  const collection = await res.json() as any;
  assert.equal(collection.type, 'FeatureCollection');
  const expected = iraq.filter((e) => (e.fatalities_best ?? -1) >= 10);
  assert.equal(collection.features.length, expected.length);
  for (const f of collection.features) {
    const e = expected.find((x) => x.id === f.id);
    assert.deepEqual(f.geometry, { type: 'Point', coordinates: [e.longitude, e.latitude] });
    assert.equal(f.properties.sub_event_type, e.sub_event_type);
  }
});

test('JSON Lines carries one API event per line', async () => {
  const text = await (await app.request('/api/export?format=jsonl&country=Iraq')).text();
  const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines, iraq);
});

test('serve\'s worker-thread export source gives the same body as the in-process one', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { exportInWorker } = await import('../services/export-in-worker.ts');
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-http-export-'));
  try {
    const db = join(dir, 'e.db');
    const fileStore = new SqliteStore(db);
    await fileStore.migrate();
    await fillSyntheticStore(fileStore, { documents: 10, eventsPerArticle: 10, seed: 12 });
    const inProcess = await (await createApp(fileStore).request('/api/export?format=geojson&country=Iraq')).text();
    const viaWorker = createApp(fileStore, { exportEvents: (format, filter) => exportInWorker(db, format, filter) });
    assert.equal(await (await viaWorker.request('/api/export?format=geojson&country=Iraq')).text(), inProcess);
    await fileStore.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
