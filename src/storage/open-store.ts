// Opening a store from a --db value: a `postgres://` URL (PostgreSQL) or a file path (SQLite).
import type { Store } from './store.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';

/** Whether `db` names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/**
 * Open and migrate the store named by `db`: a `postgres://` or `postgresql://` URL (optionally with
 * `?schema=NAME`), else a SQLite file path or ':memory:'. Rejects when the database cannot be reached.
 */
export async function openStore(db: string, options: { maxConnections?: number } = {}): Promise<Store> {
  if (isPostgresUrl(db)) {
    // Loaded only when asked for, so SQLite users never load the PostgreSQL driver.
    const { PostgresStore } = await import('./postgres/postgres-store.ts');
    const store = new PostgresStore(db, options);
    try {
      await store.migrate();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }
  const store = new SqliteStore(db);
  await store.migrate();
  return store;
}
