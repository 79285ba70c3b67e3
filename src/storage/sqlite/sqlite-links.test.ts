// SQLite-specific dedupe checks: migration 3 creates the tables (the behaviour is in links.contract.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from './sqlite-store.ts';

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

