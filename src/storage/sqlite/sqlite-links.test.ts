// SQLite-specific dedupe checks: migration 3 creates the tables (the behaviour is in links.contract.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from './sqlite-store.ts';
import { sqliteMigrations } from './sqlite-migrations.ts';

test('migration 3 is recorded and creates the dedupe tables', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-links-'));
  try {
    const path = join(dir, 'db.sqlite');
    const store = new SqliteStore(path);
    await store.migrate();
    await store.migrate();
    await store.close();
    const db = new DatabaseSync(path);
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all().map((r) => Number(r.version));
    assert.ok(versions.includes(3));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => String(r.name));
    for (const table of ['article_fingerprints', 'article_bands', 'article_links']) assert.ok(tables.includes(table), table);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});


test('migration 8 keeps the story terms of an older store, each under its publication day', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-links-'));
  try {
    const path = join(dir, 'db.sqlite');
    const old = new DatabaseSync(path);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of sqliteMigrations.filter((m) => m.version < 8)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-01-01T00:00:00Z');
    }
    old.exec("INSERT INTO documents (id, origin, content_type, fetched_at, status, byte_length) VALUES ('d', 'test', 'text/plain', '2026-01-01', 'processed', 1)");
    for (const [i, id] of ['a-0', 'b-0', 'c-0'].entries()) {
      old.prepare("INSERT INTO articles (id, document_id, idx, text, meta, content_hash, created_at) VALUES (?, 'd', ?, 'text', '{}', ?, '2026-01-01')").run(id, i, id);
    }
    const insert = old.prepare('INSERT INTO article_terms (term, article_id, published) VALUES (?, ?, ?)');
    insert.run('bomb', 'a-0', '2021-03-01T23:59:59.999Z');
    insert.run('flood', 'a-0', '2021-03-01T23:59:59.999Z');
    insert.run('bomb', 'b-0', '2021-03-02T00:00:00.000Z');
    insert.run('bomb', 'c-0', '1969-12-31T12:00:00.000Z');
    old.close();
    const store = new SqliteStore(path);
    await store.migrate();
    await store.close();
    const db = new DatabaseSync(path);
    const rows = db.prepare('SELECT day, term, article_id FROM article_terms ORDER BY day, term, article_id').all().map((r) => [Number(r.day), r.term, r.article_id]);
    const day = (iso: string) => Math.floor(Date.parse(iso) / 86_400_000);
    assert.deepEqual(rows, [
      [day('1969-12-31T12:00:00.000Z'), 'bomb', 'c-0'],
      [day('2021-03-01T00:00:00.000Z'), 'bomb', 'a-0'], [day('2021-03-01T00:00:00.000Z'), 'flood', 'a-0'],
      [day('2021-03-02T00:00:00.000Z'), 'bomb', 'b-0'],
    ]);
    assert.equal(rows[0]![0], -1);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('term document frequencies are the same whether the days are scanned (many terms) or each term is sought, and every term is listed', async () => {
  const { createArticle } = await import('../../article/article.ts');
  const store = new SqliteStore(':memory:');
  await store.migrate();
  try {
    const entries: Array<[string, string, Record<string, number>]> = [
      ['a', '2019-03-09T23:59:59.999Z', { bomb: 1, market: 2 }],
      ['b', '2019-03-10T00:00:00.000Z', { bomb: 1, soldier: 1 }],
      ['c', '2019-03-10T06:00:00.000Z', { bomb: 3, '~shrkt': 1 }],
      ['d', '2019-03-10T18:30:00.000Z', { flood: 1, soldier: 2 }],
      ['e', '2019-03-11T00:00:00.000Z', { bomb: 1, flood: 1 }],
      ['f', '2019-04-20T12:00:00.000Z', { bomb: 1 }],
    ];
    for (const [id, published, terms] of entries) {
      await store.saveDocument(
        { kind: 'document', id: `doc-${id}`, origin: id, contentType: 'text/plain', fetchedAt: published, status: 'processed', error: null, byteLength: 1, raw: null, fields: {} },
        [{
          article: createArticle({ id, documentId: `doc-${id}`, text: `text of ${id}` }), contentHash: id, duplicateOf: null, pipeline: [], failures: [],
          fingerprint: { articleId: id, published, dated: true, shingleCount: 1, signature: [1], bandKeys: [], eventDay: null, terms, producedBy: 'dedupe@test' },
          links: { articleId: id, nearDuplicateOf: null, nearDuplicateSimilarity: null, storyId: id, storyScore: null, producedBy: 'dedupe@test' },
        }],
      );
    }
    const present = ['bomb', 'market', 'soldier', '~shrkt', 'flood', 'absent'];
    // 3,000 terms over a few rows: read by scanning the days.
    const many = [...present, ...Array.from({ length: 3000 }, (_, i) => `term${i}`)];
    const windows = [
      { since: '2019-03-10T00:00:00.000Z', until: '2019-03-10T23:59:59.999Z' },
      { since: '2019-03-10T05:00:00.000Z', until: '2019-03-10T18:30:00.000Z' },
      { since: '2019-03-09T00:00:00.000Z', until: '2019-03-11T00:00:00.000Z' },
      { since: '2019-01-01T00:00:00.000Z', until: '2020-12-31T23:59:59.999Z' },
      { since: '2019-03-12T00:00:00.000Z', until: '2019-03-13T00:00:00.000Z' },
    ];
    const expected = [
      { documents: 3, frequencies: { bomb: 2, soldier: 2, '~shrkt': 1, flood: 1 } },
      { documents: 2, frequencies: { bomb: 1, soldier: 1, '~shrkt': 1, flood: 1 } },
      { documents: 5, frequencies: { bomb: 4, market: 1, soldier: 2, '~shrkt': 1, flood: 2 } },
      { documents: 6, frequencies: { bomb: 5, market: 1, soldier: 2, '~shrkt': 1, flood: 2 } },
      { documents: 0, frequencies: {} },
    ];
    for (const [i, window] of windows.entries()) {
      const sought = await store.termDocumentFrequencies({ ...window, terms: present });
      const scanned = await store.termDocumentFrequencies({ ...window, terms: many });
      assert.deepEqual({ ...sought, frequencies: { ...sought.frequencies } }, expected[i], `sought ${window.since}`);
      assert.deepEqual({ ...scanned, frequencies: { ...scanned.frequencies } }, expected[i], `scanned ${window.since}`);
      // Every term of the window (each window above names all its terms).
      const all = await store.allTermFrequencies(window);
      assert.deepEqual({ documents: all.documents, frequencies: Object.fromEntries(all.frequencies) }, expected[i], `listed ${window.since}`);
    }
  } finally {
    await store.close();
  }
});
