// Building (once) and caching the synthetic N-event store the API benchmark queries, through the Store interface.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/storage/open-store.ts';
import { fillSyntheticStore } from '../../test/support/synthetic-events.ts';
import { bulkLoadSqlite } from './sqlite-bulk-load.ts';
import { BENCH_SCHEMA, bulkLoadPostgres, postgresBenchStoreComplete } from './postgres-bulk-load.ts';
import { parsePostgresUrl } from '../../src/storage/postgres/postgres-store.ts';

export const EVENTS_PER_ARTICLE = 100;

/** The default cache file for a store of `events` events (under the git-ignored .cache/). */
export function cachedStorePath(events: number): string {
  return fileURLToPath(new URL(`../../.cache/bench/api-${events}.db`, import.meta.url));
}

/**
 * The PostgreSQL store the benchmark uses for `url`: its own schema, sitrep_bench_<events>, unless the
 * URL names one with ?schema=.
 */
export function benchPostgresUrl(url: string, events: number): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('schema')) parsed.searchParams.set('schema', `sitrep_bench_${events}`);
  return parsed.toString();
}

/**
 * Make sure the store at `db` (a SQLite path or a store URL) holds `events` synthetic events: a new
 * SQLite file is bulk-loaded; a PostgreSQL benchmark schema (sitrep_bench…) not marked complete is
 * dropped and bulk-loaded with COPY (kept between runs); otherwise the missing documents are written through
 * Store.saveDocument (idempotent, so an interrupted build resumes). Returns the seconds spent building (0 when it was already complete).
 */
export async function ensureSyntheticStore(db: string, events: number, log: (line: string) => void): Promise<number> {
  const isUrl = /^\w+:\/\//.test(db);
  if (!isUrl && !existsSync(db)) {
    // A new SQLite file: the bulk path (same rows, indexes built once at the end).
    mkdirSync(dirname(db), { recursive: true });
    log(`bulk-loading a synthetic SQLite store of ${events} events into ${db}…`);
    const started = performance.now();
    await bulkLoadSqlite(`${db}.partial`, Math.ceil(events / EVENTS_PER_ARTICLE), EVENTS_PER_ARTICLE, log);
    renameSync(`${db}.partial`, db);
    return (performance.now() - started) / 1000;
  }
  if (/^postgres(ql)?:\/\//.test(db) && BENCH_SCHEMA.test(parsePostgresUrl(db).schema)) {
    if (await postgresBenchStoreComplete(db, events)) return 0;
    log(`bulk-loading a synthetic PostgreSQL store of ${events} events into schema ${parsePostgresUrl(db).schema}…`);
    const started = performance.now();
    await bulkLoadPostgres(db, Math.ceil(events / EVENTS_PER_ARTICLE), EVENTS_PER_ARTICLE, log);
    return (performance.now() - started) / 1000;
  }
  const store = await openStore(db);
  try {
    const have = (await store.counts()).events;
    if (have >= events) return 0;
    const documents = Math.ceil(events / EVENTS_PER_ARTICLE);
    log(`building a synthetic store of ${events} events in ${db} (have ${have})…`);
    const started = performance.now();
    const batch = 500;
    for (let first = 0; first < documents; first += batch) {
      // Each batch has its own seed, so a resumed build writes the same documents as a fresh one.
      await fillSyntheticStore(store, { documents: Math.min(batch, documents - first), eventsPerArticle: EVENTS_PER_ARTICLE, seed: 1 + first, first });
      if ((first / batch) % 20 === 0) log(`  ${Math.min(first + batch, documents) * EVENTS_PER_ARTICLE} events`);
    }
    return (performance.now() - started) / 1000;
  } finally {
    await store.close();
  }
}
