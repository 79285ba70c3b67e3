// Opening a store from a --db value: a file path (SQLite); later adapters add URL schemes here.
import type { Store } from './store.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';

/** Open and migrate the store named by `db` (a SQLite file path or ':memory:'). */
export async function openStore(db: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(db)) {
    throw new Error('PostgreSQL stores are not available in this build');
  }
  const store = new SqliteStore(db);
  await store.migrate();
  return store;
}
