// Everything a SQLite store holds, as comparable rows: every table, write-time timestamps left out, and the
// full-text index as the terms it holds for each article (its segments are laid out by how writes were batched).
import { DatabaseSync } from 'node:sqlite';

/** Columns that record when a row was written, not what it holds. */
const WRITE_TIMES = new Set(['created_at', 'updated_at', 'applied_at', 'deleted_at']);
/** The full-text index's own tables: compared through what it answers instead (`articles_fts (terms)`). */
const FTS_SHADOW = /^articles_fts_(data|idx|docsize|config)$/;

/** Every row of every table of the SQLite file at `path` (timestamps of writing left out), sorted, by table. */
export function sqliteSnapshot(path: string): Record<string, string[]> {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all()
      .map((r) => String(r.name)).filter((t) => !FTS_SHADOW.test(t) && t !== 'articles_fts');
    const snapshot: Record<string, string[]> = {};
    // Every term occurrence the index holds (term, article, column, position), articles by id (rowids depend on write order).
    db.exec('CREATE VIRTUAL TABLE temp.fts_terms USING fts5vocab(main, articles_fts, instance)');
    snapshot['articles_fts (terms)'] = db.prepare('SELECT v.term, a.id, v.col, v.offset FROM temp.fts_terms v JOIN articles a ON a.rowid = v.doc').all()
      .map((r) => JSON.stringify([r.term, r.id, r.col, r.offset])).sort();
    for (const table of tables) {
      const columns = db.prepare(`SELECT name FROM pragma_table_xinfo('${table}')`).all().map((r) => String(r.name)).filter((c) => !WRITE_TIMES.has(c));
      const rows = db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}"`).all();
      snapshot[table] = rows.map((row) => JSON.stringify(columns.map((c) => (row[c] instanceof Uint8Array ? Buffer.from(row[c] as Uint8Array).toString('base64') : row[c])))).sort();
    }
    return snapshot;
  } finally {
    db.close();
  }
}
