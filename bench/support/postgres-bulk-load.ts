// Fast bulk load of synthetic documents into a PostgreSQL schema: COPY FROM STDIN with the secondary indexes deferred.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { PostgresStore, parsePostgresUrl } from '../../src/storage/postgres/postgres-store.ts';
import { toJsonb } from '../../src/storage/postgres/postgres-writes.ts';
import { claimId, eventId } from '../../src/storage/rows.ts';
import { seededRandom, syntheticDocument } from '../../test/support/synthetic-events.ts';

/** Schemas the benchmark may drop and rebuild: only its own, never a store someone uses. */
export const BENCH_SCHEMA = /^sitrep_bench(_|$)/;

/** The schema comment that marks a complete build of `events` synthetic events. */
function completeMark(events: number): string {
  return `sitrep synthetic benchmark store: ${events} events, complete`;
}

/** Whether the benchmark schema named in `url` holds a complete build of `events` events. */
export async function postgresBenchStoreComplete(url: string, events: number): Promise<boolean> {
  const { connectionString, schema } = parsePostgresUrl(url);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT obj_description(oid, 'pg_namespace') AS mark FROM pg_namespace WHERE nspname = $1", [schema],
    );
    return rows[0]?.mark === completeMark(events);
  } finally {
    await client.end();
  }
}

/**
 * Drop and rebuild the benchmark schema named in `url` with documents [0, documents) of the synthetic
 * corpus: the same rows PostgresStore.saveDocument writes (articles, documents, events with their derived
 * columns, claims; created_at/updated_at from the column defaults), sent with COPY in one transaction
 * with the tables' secondary indexes dropped and rebuilt after, then VACUUM ANALYZE. The schema is
 * marked complete only at the end, so an interrupted build is rebuilt from scratch.
 */
export async function bulkLoadPostgres(url: string, documents: number, eventsPerArticle: number, log: (line: string) => void): Promise<void> {
  const { connectionString, schema } = parsePostgresUrl(url);
  if (!BENCH_SCHEMA.test(schema)) throw new Error(`refusing to rebuild schema "${schema}": benchmark schemas start with sitrep_bench`);
  const client = new pg.Client({ connectionString, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    const store = new PostgresStore(url, { maxConnections: 1 });
    await store.migrate();
    await store.close();

    await client.query("SET maintenance_work_mem = '256MB'");
    await client.query('SET synchronous_commit = off');
    await client.query('BEGIN');
    // Secondary indexes (everything not backing a constraint) are rebuilt after the rows are in.
    const { rows: deferred } = await client.query(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i
       WHERE i.schemaname = $1 AND i.tablename IN ('documents', 'articles', 'events', 'claims')
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.connamespace = $1::regnamespace)`,
      [schema],
    );
    for (const d of deferred) await client.query(`DROP INDEX ${schema}.${d.indexname}`);

    const copy = async (table: string, columns: string, lines: string[]): Promise<void> => {
      if (!lines.length) return;
      await pipeline(Readable.from(chunks(lines)), client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN`)));
    };
    const batch = 500;
    for (let first = 0; first < documents; first += batch) {
      const random = seededRandom(1 + first); // the same seeds as the Store path and the SQLite bulk path
      const docs: string[] = [];
      const articles: string[] = [];
      const events: string[] = [];
      const claims: string[] = [];
      for (let i = first; i < Math.min(first + batch, documents); i++) {
        const { document: d, writes } = syntheticDocument(i, eventsPerArticle, random);
        docs.push(row([d.id, d.origin, d.contentType, d.fetchedAt, d.status, d.error, d.byteLength, null, toJsonb(d.fields)]));
        for (const { article: a, contentHash, duplicateOf, pipeline: steps, failures } of writes) {
          const m = a.meta;
          articles.push(row([
            a.id, a.documentId, a.index, a.text, m.title, m.outlet, m.url, m.published, m.language, m.synthetic,
            toJsonb(m), toJsonb(a.removed), contentHash, duplicateOf, toJsonb(steps), toJsonb(failures),
          ]));
          a.events.forEach((e, seq) => events.push(row([
            eventId(a.id, seq), a.id, seq, e.eventType, e.subEventType, e.dateStart, e.dateEnd, e.country, e.admin1,
            e.latitude, e.longitude, e.fatalities.best === null ? null : Math.round(e.fatalities.best),
            textArray([e.actor1?.id, e.actor2?.id].filter((v): v is string => Boolean(v))),
            textArray([e.actor1?.name, e.actor2?.name].filter((v): v is string => Boolean(v)).map((n) => n.toLowerCase())),
            textArray(e.flags), toJsonb(e),
          ])));
          a.claims.forEach((c, seq) => claims.push(row([claimId(a.id, seq), a.id, seq, c.subject, toJsonb(c)])));
        }
      }
      await copy('documents', 'id, origin, content_type, fetched_at, status, error, byte_length, raw, fields', docs);
      await copy('articles', `id, document_id, idx, text, title, outlet, url, published, language, synthetic, meta, removed,
        content_hash, duplicate_of, pipeline, failures`, articles);
      await copy('events', `id, article_id, seq, event_type, sub_event_type, date_start, date_end, country, admin1,
        latitude, longitude, fatalities_best, actor_ids, actor_names, flags, record`, events);
      await copy('claims', 'id, article_id, seq, subject, record', claims);
      if ((first / batch) % 20 === 0) log(`  ${Math.min(first + batch, documents) * eventsPerArticle} events copied`);
    }
    log(`  rebuilding ${deferred.length} indexes…`);
    for (const d of deferred) await client.query(d.indexdef);
    await client.query('COMMIT');
    log('  vacuum analyze…');
    for (const table of ['documents', 'articles', 'events', 'claims']) await client.query(`VACUUM ANALYZE ${schema}.${table}`);
    await client.query(`COMMENT ON SCHEMA ${schema} IS '${completeMark(documents * eventsPerArticle)}'`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Lines grouped into ~1 MB chunks for the COPY stream. */
function* chunks(lines: readonly string[]): Generator<string> {
  let chunk = '';
  for (const line of lines) {
    chunk += line;
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

type Field = string | number | boolean | null | undefined;

/** One line of COPY's text format: tab-separated, \N for NULL, backslash escapes. */
function row(fields: readonly Field[]): string {
  return `${fields.map((f) => (f === null || f === undefined ? '\\N' : copyText(String(f)))).join('\t')}\n`;
}

function copyText(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** A text[] literal, every element quoted. */
function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
