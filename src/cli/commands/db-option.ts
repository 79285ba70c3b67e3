// The --db option shared by commands that open the store, and opening a store that must already exist.
import { existsSync } from 'node:fs';
import { setting } from '../../config/settings.ts';
import { SitrepError } from '../../errors/catalogue.ts';
import { isPostgresUrl, openStore } from '../../storage/open-store.ts';
import type { Store } from '../../storage/store.ts';
import { stringOption, type ParsedArgs } from '../command.ts';
import type { CliIO } from '../cli-io.ts';

/** --db when given, else SITREP_DB, else ./sitrep.db. */
export function dbPath(args: ParsedArgs, io: CliIO): string {
  return stringOption(args, 'db') ?? setting('db', io.env);
}

/** Throws a not_found SitrepError when `db` is a SQLite path with no file: a reading command would only create an empty store. */
export function assertStoreExists(db: string): void {
  if (isPostgresUrl(db) || db === ':memory:' || existsSync(db)) return;
  throw new SitrepError('not_found', `no store at ${db}: ingest something first (sitrep ingest FILES --db ${db}), or pass --db (or SITREP_DB) naming an existing store`);
}

/** Open the store of a reading command (events, incidents, claims, explain, export); it must exist. */
export async function openExistingStore(args: ParsedArgs, io: CliIO): Promise<Store> {
  const db = dbPath(args, io);
  assertStoreExists(db);
  return openStore(db);
}
