// Every API resource and filter through app.request(): events, incidents, claims, articles, documents, outlets, stats, sync.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createApp } from './app.ts';
import { rebuildIncidents } from '../services/incidents-service.ts';
import { SqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { fillSyntheticStore } from '../../test/support/synthetic-events.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
const dbFile = join(dir, 'api.db');
const store = new SqliteStore(dbFile);
const app = createApp(store);

async function get(path: string): Promise<any> {
  const res = await app.request(path);
  const body = await res.json();
  assert.equal(res.status, 200, `${path}: ${JSON.stringify(body)}`);
  return body;
}

/** Every event of a filtered query, following next_cursor. */
async function allPages(query: string, limit = 17): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = query ? '&' : '';
    const body = await get(`/api/events?${query}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...body.items);
    cursor = body.next_cursor;
    pages++;
  } while (cursor && pages < 1000);
  return items;
}

let everything: any[] = [];

before(async () => {
  await store.migrate();
  await fillSyntheticStore(store, { documents: 30, eventsPerArticle: 6, seed: 3 });
  everything = await allPages('include_flagged=true', 1000);
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('pages through all events across pages without gaps or repeats', async () => {
  assert.equal(everything.length, 180);
  const paged = await allPages('include_flagged=true', 17);
  assert.deepEqual(paged.map((e) => e.id), everything.map((e) => e.id));
});

const filters: [string, (e: any) => boolean][] = [
  ['event_type=Battles', (e) => e.event_type === 'Battles'],
  ['sub_event_type=Armed%20clash', (e) => e.sub_event_type === 'Armed clash'],
  ['country=Iraq', (e) => e.country === 'Iraq'],
  ['admin1=aleppo', (e) => e.admin1 === 'Aleppo'],
  ['since=2023-01-01&until=2023-12-31', (e) => e.date_start <= '2023-12-31' && e.date_end >= '2023-01-01'],
  ['near=11.85,13.16,30', (e) => e.country === 'Nigeria'],
  ['actor=islamic-state', (e) => e.actor1?.id === 'islamic-state' || e.actor2?.id === 'islamic-state'],
  ['min_fatalities=30', (e) => (e.fatalities_best ?? -1) >= 30],
  ['flags=negated', (e) => e.flags.includes('negated')],
  ['flags=NEGATED', (e) => e.flags.includes('negated')],
  ['include_flagged=true&country=Iraq', (e) => e.country === 'Iraq'],
  ['q=market', (e) => e.evidence[0].text.includes('market')],
  ['type=battles', (e) => e.event_type === 'Battles'],
  ['type=ARMED%20CLASH', (e) => e.sub_event_type === 'Armed clash'],
  ['event_type=battles&sub_event_type=armed%20clash', (e) => e.sub_event_type === 'Armed clash'],
];

/** Flagged events are listed only when the query asks for them (include_flagged or flags). */
const showsFlagged = (query: string) => /include_flagged=true|flags=/.test(query);

test('hides negated, hypothetical and historical events by default; include_flagged=true shows them', async () => {
  const flagged = everything.filter((e) => e.flags.length > 0);
  assert.ok(flagged.length > 0 && flagged.length < everything.length, 'the synthetic store has some flagged events');
  const listed = await allPages('', 50);
  assert.deepEqual(listed.map((e) => e.id).sort(), everything.filter((e) => e.flags.length === 0).map((e) => e.id).sort());
  const stats = await get('/api/stats');
  assert.equal(stats.matching_events, everything.length - flagged.length);
  assert.equal((await get('/api/stats?include_flagged=TRUE')).matching_events, everything.length);
  const exported = await (await app.request('/api/export?format=jsonl')).text();
  assert.equal(exported.trim().split('\n').length, everything.length - flagged.length, 'exports leave them out too');
  assert.equal((await get(`/api/events/${encodeURIComponent(flagged[0].id)}`)).id, flagged[0].id, 'one flagged event is still readable by id');
});

for (const [query, keep] of filters) {
  test(`filters events by ${query}`, async () => {
    const expected = everything.filter((e) => keep(e) && (showsFlagged(query) || e.flags.length === 0)).map((e) => e.id).sort();
    assert.ok(expected.length > 0 && expected.length < everything.length, 'a proper subset');
    const got = (await allPages(query, 7)).map((e) => e.id).sort();
    assert.deepEqual(got, expected);
  });
}

test('sorts by -fatalities with unknown counts last, across pages', async () => {
  const got = await allPages('sort=-fatalities&include_flagged=true', 11);
  const values = got.map((e) => e.fatalities_best ?? -1);
  assert.deepEqual(values, [...values].sort((a, b) => b - a));
  assert.equal(got.length, everything.length);
});

test('returns one event by id, and 404 for an unknown id', async () => {
  const first = everything[0];
  assert.deepEqual(await get(`/api/events/${encodeURIComponent(first.id)}`), { ...first, incident_id: null });
  const res = await app.request('/api/events/nope');
  assert.equal(res.status, 404);
});

test('serves an article with text, metadata, span layers and removed blocks', async () => {
  const article = await get(`/api/articles/${everything[0].article_id}`);
  assert.equal(article.id, everything[0].article_id);
  assert.match(article.text, /^Synthetic report/);
  assert.equal(article.meta.outlet, everything[0].outlet);
  assert.equal(typeof article.layers, 'object');
  assert.ok(Array.isArray(article.removed));
  assert.equal(article.events.length, 6);
});

test('lists documents with status and returns one by id', async () => {
  const list = await get('/api/documents?status=processed&limit=5');
  assert.equal(list.items.length, 5);
  assert.ok(list.items.every((d: any) => d.status === 'processed' && d.error === null));
  const one = await get(`/api/documents/${list.items[0].id}`);
  assert.equal(one.origin, list.items[0].origin);
});

test('lists claims, claim subjects and the claims of one subject', async () => {
  const claims = await get('/api/claims?limit=100');
  assert.equal(claims.items.length, 30);
  const subjects = await get('/api/claims/subjects');
  assert.equal(subjects.items.reduce((n: number, s: any) => n + s.claims, 0), 30);
  const top = subjects.items[0];
  const bySubject = await get(`/api/claims?subject=${encodeURIComponent(top.subject)}`);
  assert.equal(bySubject.items.length, top.claims);
  assert.ok(bySubject.items.every((c: any) => c.subject === top.subject && c.attributed_to === 'officials'));
  assert.ok(claims.items.every((c: any) => c.conflicts_with === undefined), 'conflicts only with a subject filter');
  // The oracle: both dated within 31 days, same unit, low–high ranges apart.
  const apart = (a: any, b: any) => a.date && b.date && a.unit === b.unit
    && Math.abs(Date.parse(a.date) - Date.parse(b.date)) <= 31 * 86_400_000 && (a.high < b.low || b.high < a.low);
  for (const a of bySubject.items) {
    const expected = bySubject.items.filter((b: any) => b !== a && apart(a, b)).map((b: any) => b.id).sort();
    assert.deepEqual([...a.conflicts_with].sort(), expected, a.id);
  }
});

test('counts outlets and stats by type, country and month under filters', async () => {
  const outlets = await get('/api/outlets');
  // Outlets count the events every default view shows: flagged ones are stored (stats.events) but not counted.
  assert.equal(outlets.items.reduce((n: number, o: any) => n + o.events, 0), everything.filter((e) => e.flags.length === 0).length);
  assert.ok(everything.some((e) => e.flags.length > 0), 'the fixture has flagged events');
  const stats = await get('/api/stats?country=Syria');
  const syria = everything.filter((e) => e.country === 'Syria' && e.flags.length === 0);
  assert.equal(stats.events, 180);
  assert.equal(stats.matching_events, syria.length);
  assert.deepEqual(stats.by_country, [{ key: 'Syria', count: syria.length }]);
  assert.equal(stats.by_month.reduce((n: number, m: any) => n + m.count, 0), syria.length);
});

test('incidents are sorted by date, fatalities or independent sources, and an event names its incident', async () => {
  assert.deepEqual(await get('/api/incidents'), { items: [], next_cursor: null });
  assert.equal((await app.request('/api/incidents/x')).status, 404);
  const incidents = await rebuildIncidents(store);
  assert.ok(incidents.length > 10, `incidents: ${incidents.length}`);
  const walk = async (sort: string) => {
    const items: any[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await get(`/api/incidents?sort=${sort}&limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      items.push(...page.items);
      cursor = page.next_cursor;
    } while (cursor);
    return items;
  };
  const byFatalities = (await walk('-fatalities')).map((i) => i.fatalities_best ?? -1);
  assert.equal(byFatalities.length, incidents.length);
  assert.deepEqual(byFatalities, [...byFatalities].sort((a, b) => b - a));
  const bySources = (await walk('-SOURCES')).map((i) => i.independent_sources);
  assert.deepEqual(bySources, [...bySources].sort((a, b) => b - a));
  const byDate = (await walk('date')).map((i) => i.date_start ?? '');
  assert.deepEqual(byDate, [...byDate].sort());
  const member = incidents[0]!.eventIds[0]!;
  assert.equal((await get(`/api/events/${encodeURIComponent(member)}/incident`)).id, incidents[0]!.id);
  assert.equal((await get(`/api/events/${encodeURIComponent(member)}`)).incident_id, incidents[0]!.id, 'one event names its incident');
  const flagged = everything.find((e) => e.flags.length > 0);
  const res = await app.request(`/api/events/${encodeURIComponent(flagged.id)}/incident`);
  assert.equal(res.status, 404);
  assert.match(((await res.json()) as any).error.message, /in no incident \(flagged/);
});

test('syncs a copy with updated_since and the deletions feed', async () => {
  const mark = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 5));
  await fillSyntheticStore(store, { documents: 1, eventsPerArticle: 2, seed: 5, first: 500 });
  const fresh = await allPages(`updated_since=${encodeURIComponent(mark)}&sort=id&include_flagged=true`);
  assert.deepEqual(fresh.map((e) => e.article_id), ['synthetic-00000500-0', 'synthetic-00000500-0']);
  assert.deepEqual((await get(`/api/deletions?since=${encodeURIComponent(mark)}`)).items, []);

  // Another writer removes the article; the feed lists it and its events, and they leave the lists.
  const writer = new DatabaseSync(dbFile);
  writer.exec('PRAGMA foreign_keys = ON');
  writer.prepare('DELETE FROM articles WHERE id = ?').run('synthetic-00000500-0');
  writer.close();
  const first = await get(`/api/deletions?since=${encodeURIComponent(mark)}&limit=2`);
  const rest = await get(`/api/deletions?since=${encodeURIComponent(mark)}&cursor=${encodeURIComponent(first.next_cursor)}`);
  const deleted = [...first.items, ...rest.items].map((d: any) => `${d.kind}:${d.id}`).sort();
  assert.deepEqual(deleted, ['article:synthetic-00000500-0', 'claim:synthetic-00000500-0:c0', `event:${fresh[0].id}`, `event:${fresh[1].id}`]);
  assert.equal((await app.request(`/api/events/${encodeURIComponent(fresh[0].id)}`)).status, 404);
  const stats = await get('/api/stats?include_flagged=true');
  assert.equal(stats.matching_events, stats.events, 'kept counts follow deletions');
});
