// SQLite-specific checks: WAL and foreign keys on, migrations recorded once, idempotent writes, FTS search.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createArticle, withLayer, withRecords } from '../../article/article.ts';
import type { DocumentRecord } from '../../article/document.ts';
import type { EventRecord } from '../../article/records.ts';
import { makeSpan } from '../../article/span.ts';
import { SqliteStore } from './sqlite-store.ts';
import { sqliteMigrations } from './sqlite-migrations.ts';

const p = { stage: 't', version: '1', method: 'm', confidence: 0.9 };

function doc(id: string): DocumentRecord {
  return { kind: 'document', id, origin: `/tmp/${id}.txt`, contentType: 'text/plain', fetchedAt: '2025-01-01T00:00:00.000Z', status: 'processed', error: null, byteLength: 3, raw: new Uint8Array([1, 2, 3]), fields: {} };
}

function event(text: string, start: number, end: number): EventRecord {
  return {
    kind: 'event', eventType: 'Battles', subEventType: 'Armed clash', actor1: null, actor2: null, dateStart: '2025-01-01', dateEnd: '2025-01-01', timePrecision: 1,
    location: null, country: null, admin1: null, admin2: null, latitude: null, longitude: null, geoPrecision: null,
    fatalities: { best: 2, low: 2, high: 2 }, injured: { best: null, low: null, high: null }, flags: [],
    trigger: { start, end, text: text.slice(start, end) }, evidence: [{ start: 0, end: text.length, text }], confidence: 0.5, producedBy: 'test@1',
  };
}

async function tempStore(): Promise<{ store: SqliteStore; path: string }> {
  const path = join(await mkdtemp(join(tmpdir(), 'sitrep-sqlite-')), 'test.db');
  const store = new SqliteStore(path);
  await store.migrate();
  return { store, path };
}

test('opens in WAL mode with foreign keys, and records each migration once', async () => {
  const { store, path } = await tempStore();
  await store.migrate();
  await store.close();
  const db = new DatabaseSync(path);
  assert.equal(db.prepare('PRAGMA journal_mode').get()!.journal_mode, 'wal');
  const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all().map((r) => Number(r.version));
  assert.deepEqual(versions, sqliteMigrations.map((m) => m.version));
  db.close();
});

test('saves a document with its article, spans and events in one go, once', async () => {
  const { store } = await tempStore();
  const text = 'Militants clashed with the army near Kirkuk.';
  let article = createArticle({ id: 'a1', documentId: 'd1', text, meta: { title: 'Clash', outlet: 'Ex', synthetic: true } });
  article = withLayer(article, 'sentences', [makeSpan(text, 0, text.length, 'sentence', null, p)]);
  article = withLayer(article, 'places', [makeSpan(text, 37, 43, 'place', { name: 'Kirkuk', lat: 35.47 }, p)]);
  article = withRecords(article, { events: [event(text, 10, 17)] });
  const write = { article, contentHash: 'h1', duplicateOf: null, pipeline: ['t@1'], failures: [] };
  assert.equal(await store.saveDocument(doc('d1'), [write]), true);
  assert.equal(await store.saveDocument(doc('d1'), [write]), false, 'a second save of the same document writes nothing');
  assert.deepEqual(await store.getArticle('a1'), article);
  assert.equal(await store.findArticleByContentHash('h1'), 'a1');
  const counts = await store.counts();
  assert.deepEqual(counts, { documents: 1, failedDocuments: 0, articles: 1, duplicateArticles: 0, events: 1, claims: 0, syntheticArticles: 1 });
  const page = await store.listEvents({ q: 'kirkuk' });
  assert.equal(page.items.length, 1);
  assert.equal(page.items[0]!.trigger.text, 'clashed');
  assert.equal(page.items[0]!.outlet, 'Ex');
  assert.equal((await store.listEvents({ q: 'baghdad' })).items.length, 0);
  assert.equal(store.integrityCheck(), 'ok');
  await store.close();
});

test('a write that fails midway leaves nothing behind', async () => {
  const { store } = await tempStore();
  const article = createArticle({ id: 'a1', documentId: 'd1', text: 'x' });
  const write = { article, contentHash: 'h', duplicateOf: 'no-such-article', pipeline: [], failures: [] };
  await assert.rejects(store.saveDocument(doc('d1'), [write]), /FOREIGN KEY/);
  assert.equal((await store.counts()).documents, 0);
  await store.close();
});

test('pages through events with an opaque cursor and rejects a forged one', async () => {
  const { store } = await tempStore();
  const text = 'Clashes erupted.';
  for (let i = 0; i < 5; i++) {
    const article = withRecords(createArticle({ id: `a${i}`, documentId: `d${i}`, text }), { events: [event(text, 0, 7)] });
    await store.saveDocument(doc(`d${i}`), [{ article, contentHash: `h${i}`, duplicateOf: null, pipeline: [], failures: [] }]);
  }
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listEvents({ limit: 2, cursor });
    seen.push(...page.items.map((e) => e.id));
    cursor = page.nextCursor;
  } while (cursor);
  assert.deepEqual(seen, ['a0:e0', 'a1:e0', 'a2:e0', 'a3:e0', 'a4:e0']);
  await assert.rejects(store.listEvents({ cursor: '!!not-a-cursor' }), TypeError);
  await store.close();
});

test('a batch of documents joins the full-text index once each, in the batch transaction (migration 9), on a store indexed by the old trigger too', async () => {
  const path = join(await mkdtemp(join(tmpdir(), 'sitrep-sqlite-')), 'test.db');
  // A store made before migration 9, whose articles the insert trigger indexed.
  const old = new DatabaseSync(path);
  old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const m of sqliteMigrations.filter((m) => m.version < 9)) {
    old.exec(m.sql);
    old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2025-01-01T00:00:00.000Z');
  }
  old.exec(`INSERT INTO documents (id, origin, content_type, fetched_at, status, error, byte_length, raw, fields)
    VALUES ('d-1', '/tmp/d-1.txt', 'text/plain', '2025-01-01T00:00:00.000Z', 'processed', NULL, 3, NULL, '{}')`);
  old.exec(`INSERT INTO articles (id, document_id, idx, text, title, meta, removed, content_hash, pipeline, failures, created_at)
    VALUES ('a-1', 'd-1', 0, 'Shelling hit Kharkiv overnight.', 'Report 1', '{}', '[]', 'h-1', '[]', '[]', '2025-01-01T00:00:00.000Z')`);
  old.exec(`INSERT INTO events (id, article_id, seq, event_type, record, updated_at)
    VALUES ('a-1:e0', 'a-1', 0, 'Battles', '${JSON.stringify(event('Shelling hit Kharkiv overnight.', 0, 8))}', '2025-01-01T00:00:00.000Z')`);
  old.close();
  const store = new SqliteStore(path);
  const write = (id: string, text: string) => {
    const article = withRecords(createArticle({ id: `a-${id}`, documentId: `d-${id}`, text, meta: { title: `Report ${id}` } }), { events: [event(text, 0, 7)] });
    return { document: doc(`d-${id}`), articles: [{ article, contentHash: `h-${id}`, duplicateOf: null, pipeline: [], failures: [] }] };
  };
  await store.migrate();
  const batch = [write('2', 'Clashes near Goma displaced thousands.'), write('3', 'Airstrikes struck Idlib province.'), write('2', 'Clashes near Goma displaced thousands.')];
  assert.deepEqual(await store.saveDocuments(batch), [true, true, false], 'the repeated document is written once');
  assert.deepEqual(await store.saveDocuments([write('1', 'Shelling hit Kharkiv overnight.'), write('4', 'Protesters marched in Dhaka.')]), [false, true]);
  for (const [q, id] of [['kharkiv', 'a-1'], ['goma', 'a-2'], ['idlib', 'a-3'], ['dhaka', 'a-4']]) {
    assert.deepEqual((await store.listEvents({ q })).items.map((e) => e.articleId), [id], q);
  }
  assert.equal((await store.listEvents({ q: 'report' })).items.length, 4, 'titles are indexed');
  await store.close();
  const db = new DatabaseSync(path);
  db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"); // throws when the index and the articles differ
  assert.equal(Number(db.prepare('SELECT count(*) n FROM articles_fts_docsize').get()!.n), 4, 'each article indexed once');
  assert.equal(db.prepare("SELECT count(*) n FROM sqlite_master WHERE name = 'articles_fts_insert'").get()!.n, 0);
  db.close();
});
