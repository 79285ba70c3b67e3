// Opening a store from a --db value: a `postgres://` URL (PostgreSQL) or a file path (SQLite).
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { SitrepError } from '../errors/catalogue.ts';
import type { Store } from './store.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';

/** Whether `db` names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/**
 * Open and migrate the store named by `db`: a `postgres://` or `postgresql://` URL (optionally with
 * `?schema=NAME`), else a SQLite file path or ':memory:'. Rejects with a `store_unavailable` SitrepError
 * when PostgreSQL cannot be reached or migrated, or the SQLite file cannot be opened (naming the path).
 */
export async function openStore(db: string, options: { maxConnections?: number } = {}): Promise<Store> {
  if (isPostgresUrl(db)) {
    // Loaded only when asked for, so SQLite users never load the PostgreSQL driver.
    const { PostgresStore } = await import('./postgres/postgres-store.ts');
    let store: InstanceType<typeof PostgresStore>;
    try {
      store = new PostgresStore(db, options);
    } catch (error) {
      throw new SitrepError('usage', `invalid PostgreSQL URL ${redactUrl(db)}: ${(error as Error).message}`);
    }
    try {
      await store.migrate();
    } catch (error) {
      await store.close();
      throw new SitrepError('store_unavailable', `cannot open the PostgreSQL store at ${redactUrl(db)}: ${(error as Error).message}`, { cause: error });
    }
    return store;
  }
  let store: SqliteStore;
  try {
    store = new SqliteStore(db);
  } catch (error) {
    const folder = dirname(db);
    const why = existsSync(folder) ? (error as Error).message : `the folder ${folder} does not exist`;
    throw new SitrepError('store_unavailable', `cannot open the store at ${db}: ${why}`, { cause: error });
  }
  await store.migrate();
  return store;
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
