// Everything a SQLite store holds, as comparable rows: every table, write-time timestamps left out.
import { DatabaseSync } from 'node:sqlite';

/** Columns that record when a row was written, not what it holds. */
const WRITE_TIMES = new Set(['created_at', 'updated_at', 'applied_at', 'deleted_at']);

/** Every row of every table of the SQLite file at `path` (timestamps of writing left out), sorted, by table. */
export function sqliteSnapshot(path: string): Record<string, string[]> {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all().map((r) => String(r.name));
    const snapshot: Record<string, string[]> = {};
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
