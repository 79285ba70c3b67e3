// The PostgreSQL store on node-postgres: shared by many workers, idempotent writes, tsvector text search.
import pg from 'pg';
import type { Article } from '../../article/article.ts';
import type { DocumentRecord, DocumentStatus } from '../../article/document.ts';
import type { ClaimRecord, EventRecord } from '../../article/records.ts';
import type { Incident } from '../../article/incident-record.ts';
import type { ArticleLinks, LinkedFingerprint, StoryCandidateQuery, TermFrequencies, TermFrequencyQuery } from '../../article/links.ts';
import { selectArticleLinks, selectNearDuplicateCandidates, selectStoryCandidates, selectTermFrequencies } from './postgres-links.ts';
import type {
  ArticleWrite, ClaimQuery, DocumentWrite, IncidentCommit, IncidentMember, IncidentMemberQuery, ClaimSubjectSummary, Deletion, DocumentSummary, EventFilter, EventQuery, EventStats, FeedState,
  OutletSummary, Page, Store, StoreCounts, StoredClaim, StoredEvent,
} from '../store.ts';
import { eventStats, listClaimSubjects, listDeletions, listOutlets } from './postgres-summaries.ts';
import { articleFromRows, decodeCursor, encodeCursor, storedClaimFromRow, storedEventFromRow, type SpanRow } from '../rows.ts';
import { postgresMigrations } from './postgres-migrations.ts';
import { UPDATED_AT_ISO, eventCursor, eventPageStatement } from './postgres-event-query.ts';
import { insertArticle, toJsonb } from './postgres-writes.ts';
import { incidentCursor, incidentSortPlan, type IncidentQuery } from '../incident-sort.ts';
import { commitIncidentChanges, incidentMembers, incidentQueue, incidentVersion, resetIncidents } from './postgres-incidents.ts';

const MAX_PAGE = 1000;

export interface PostgresLocation {
  /** The connection string without sitrep's own `schema` parameter. */
  readonly connectionString: string;
  /** The schema holding sitrep's tables ("public" unless `?schema=` named another). */
  readonly schema: string;
}

/**
 * Split a `postgres://` URL into what node-postgres understands and the schema sitrep keeps its tables in,
 * given as `?schema=NAME` (lower-case letters, digits, underscores). Throws TypeError on a bad schema name.
 */
export function parsePostgresUrl(url: string): PostgresLocation {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new TypeError(`invalid schema name "${schema}"`);
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.toString(), schema };
}

export class PostgresStore implements Store {
  readonly #pool: pg.Pool;
  readonly #schema: string;
  readonly #connectionString: string;
  /** The session holding the incident lock (see tryIncidentLock), connected on first use; null while none. */
  #lockClient: Promise<pg.Client> | null = null;

  /** A store over a pool of at most `maxConnections` connections; nothing connects until the first call. */
  constructor(url: string, options: { maxConnections?: number } = {}) {
    const { connectionString, schema } = parsePostgresUrl(url);
    this.#schema = schema;
    this.#connectionString = connectionString;
    this.#pool = new pg.Pool({
      connectionString,
      max: options.maxConnections ?? 10,
      options: `-c search_path=${schema}`,
      application_name: 'sitrep',
    });
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    this.#pool.on('error', () => {});
  }

  async migrate(): Promise<void> {
    await this.#transaction(async (db) => {
      // Serialises concurrent openers (several workers starting at once) on one migration run.
      await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sitrep:migrate:${this.#schema}`]);
      // Checked first because CREATE SCHEMA needs the CREATE privilege on the database even when the
      // schema exists, which a role owning only its schema (often "public") lacks.
      const exists = await db.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [this.#schema]);
      if (!exists.rowCount) await db.query(`CREATE SCHEMA ${this.#schema}`);
      await db.query(`CREATE TABLE IF NOT EXISTS ${this.#schema}.schema_migrations
        (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const applied = new Set(
        (await db.query(`SELECT version FROM ${this.#schema}.schema_migrations`)).rows.map((r) => Number(r.version)),
      );
      for (const migration of postgresMigrations) {
        if (applied.has(migration.version)) continue;
        await db.query(migration.sql);
        await db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      }
    });
  }

  async close(): Promise<void> {
    const lockClient = this.#lockClient;
    this.#lockClient = null;
    if (lockClient) await (await lockClient.catch(() => null))?.end().catch(() => {});
    if (!this.#pool.ended) await this.#pool.end();
  }

  /**
   * A session-level advisory lock, per schema, on a connection of its own (not one of the pool's, which the
   * update itself needs): it ends with the process, so a worker that dies hands the incident updates on.
   */
  async tryIncidentLock(): Promise<(() => Promise<void>) | null> {
    const key = `sitrep:incidents:${this.#schema}`;
    this.#lockClient ??= (async () => {
      const client = new pg.Client({ connectionString: this.#connectionString, application_name: 'sitrep-lock' });
      client.on('error', () => {}); // a dropped session frees the lock; the next try connects again
      client.on('end', () => { if (this.#lockClient === connecting) this.#lockClient = null; });
      await client.connect();
      return client;
    })();
    const connecting = this.#lockClient;
    let client: pg.Client;
    try {
      client = await connecting;
    } catch (error) {
      if (this.#lockClient === connecting) this.#lockClient = null;
      throw error;
    }
    const { rows } = await client.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [key]);
    if (!rows[0].locked) return null;
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => {}); // a lost session has already freed it
    };
  }

  async existingDocuments(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const { rows } = await this.#pool.query('SELECT id FROM documents WHERE id = ANY($1::text[])', [[...ids]]);
    return new Set(rows.map((r) => String(r.id)));
  }

  async saveDocument(document: DocumentRecord, articles: readonly ArticleWrite[]): Promise<boolean> {
    return (await this.saveDocuments([{ document, articles }]))[0]!;
  }

  async saveDocuments(writes: readonly DocumentWrite[]): Promise<boolean[]> {
    if (writes.length === 0) return [];
    return this.#transaction(async (db) => {
      const saved: boolean[] = [];
      for (const { document, articles } of writes) {
        // A concurrent insert of the same id makes this wait for the other transaction, then do nothing.
        const inserted = await db.query(
          `INSERT INTO documents (id, origin, content_type, fetched_at, status, error, byte_length, raw, fields)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb) ON CONFLICT (id) DO NOTHING`,
          [
            document.id, document.origin, document.contentType, document.fetchedAt, document.status, document.error,
            document.byteLength, document.raw ? Buffer.from(document.raw) : null, toJsonb(document.fields),
          ],
        );
        if (inserted.rowCount === 0) {
          saved.push(false);
          continue;
        }
        let originals = 0;
        for (const write of articles) if (await insertArticle(db, write)) originals++;
        // Every original lost its race to another worker's copy: the document is a duplicate after all.
        if (document.status === 'processed' && originals === 0) {
          await db.query("UPDATE documents SET status = 'duplicate' WHERE id = $1", [document.id]);
        }
        saved.push(true);
      }
      return saved;
    });
  }

  async findArticleByContentHash(contentHash: string): Promise<string | null> {
    const { rows } = await this.#pool.query(
      'SELECT id FROM articles WHERE content_hash = $1 AND duplicate_of IS NULL ORDER BY created_at, id LIMIT 1',
      [contentHash],
    );
    return rows.length ? String(rows[0].id) : null;
  }

  async getArticle(id: string): Promise<Article | null> {
    const { rows } = await this.#pool.query(
      'SELECT id, document_id, idx, text, meta::text AS meta, removed::text AS removed FROM articles WHERE id = $1',
      [id],
    );
    if (!rows.length) return null;
    const [spans, events, claims] = await Promise.all([
      this.#pool.query(
        `SELECT layer, start_offset AS start, end_offset AS "end", label, value::text AS value, stage, stage_version,
           method, confidence FROM spans WHERE article_id = $1 ORDER BY layer, seq`,
        [id],
      ),
      this.#pool.query('SELECT record::text AS record FROM events WHERE article_id = $1 ORDER BY seq', [id]),
      this.#pool.query('SELECT record::text AS record FROM claims WHERE article_id = $1 ORDER BY seq', [id]),
    ]);
    return articleFromRows(
      rows[0],
      spans.rows as SpanRow[],
      events.rows.map((r) => JSON.parse(r.record) as EventRecord),
      claims.rows.map((r) => JSON.parse(r.record) as ClaimRecord),
    );
  }

  async getDocument(id: string): Promise<DocumentSummary | null> {
    const { rows } = await this.#pool.query(`${DOCUMENT_SELECT} WHERE id = $1`, [id]);
    return rows.length ? documentSummary(rows[0]) : null;
  }

  async listDocuments(options: { status?: DocumentStatus; limit?: number } = {}): Promise<DocumentSummary[]> {
    const limit = clampLimit(options.limit);
    const { rows } = options.status
      ? await this.#pool.query(`${DOCUMENT_SELECT} WHERE status = $1 ORDER BY fetched_at, id LIMIT $2`, [options.status, limit])
      : await this.#pool.query(`${DOCUMENT_SELECT} ORDER BY fetched_at, id LIMIT $1`, [limit]);
    return rows.map(documentSummary);
  }

  async listEvents(query: EventQuery = {}): Promise<Page<StoredEvent>> {
    const limit = clampLimit(query.limit);
    const { sql, params } = eventPageStatement(query, limit);
    const { rows } = await this.#pool.query(sql, params);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(storedEventFromRow),
      nextCursor: rows.length > limit ? eventCursor(query.sort, last.sort_key, last.id) : null,
    };
  }

  async getEvents(ids: readonly string[]): Promise<StoredEvent[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.#pool.query(
      `SELECT e.id, e.article_id, e.record::text AS record, ${UPDATED_AT_ISO}, a.url, a.outlet, a.published, a.title, a.synthetic
       FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ANY($1::text[])`,
      [[...ids]],
    );
    return rows.map(storedEventFromRow);
  }

  async getEvent(id: string): Promise<StoredEvent | null> {
    const { rows } = await this.#pool.query(
      `SELECT e.id, e.article_id, e.record::text AS record, ${UPDATED_AT_ISO}, a.url, a.outlet, a.published, a.title, a.synthetic
       FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = $1`,
      [id],
    );
    return rows.length ? storedEventFromRow(rows[0]) : null;
  }

  async listClaims(query: ClaimQuery = {}): Promise<Page<StoredClaim>> {
    const limit = clampLimit(query.limit);
    const after = query.cursor ? decodeCursor(query.cursor) : '';
    const bySubject = query.subject !== undefined;
    const { rows } = await this.#pool.query(
      `SELECT c.id, c.article_id, c.record::text AS record, a.url, a.outlet
       FROM claims c JOIN articles a ON a.id = c.article_id
       WHERE c.id > $1 ${bySubject ? 'AND c.subject = $3' : ''} ORDER BY c.id LIMIT $2`,
      bySubject ? [after, limit + 1, query.subject] : [after, limit + 1],
    );
    const items = rows.slice(0, limit).map(storedClaimFromRow);
    return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1]!.id) : null };
  }

  async eventStats(filter: EventFilter = {}): Promise<EventStats> {
    return eventStats(this.#pool, filter);
  }

  async listOutlets(): Promise<OutletSummary[]> {
    return listOutlets(this.#pool);
  }

  async listClaimSubjects(query: { limit?: number; cursor?: string | null } = {}): Promise<Page<ClaimSubjectSummary>> {
    return listClaimSubjects(this.#pool, clampLimit(query.limit), query.cursor ?? null);
  }

  async listDeletions(query: { since?: string; limit?: number; cursor?: string | null } = {}): Promise<Page<Deletion>> {
    return listDeletions(this.#pool, query.since ?? null, clampLimit(query.limit), query.cursor ?? null);
  }

  async counts(): Promise<StoreCounts> {
    const { rows } = await this.#pool.query(`SELECT
      (SELECT count(*) FROM documents) AS documents,
      (SELECT count(*) FROM documents WHERE status = 'failed') AS failed_documents,
      (SELECT count(*) FROM articles) AS articles,
      (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicate_articles,
      (SELECT count(*) FROM events) AS events,
      (SELECT count(*) FROM claims) AS claims,
      (SELECT count(*) FROM articles WHERE synthetic) AS synthetic_articles`);
    const r = rows[0];
    return {
      documents: Number(r.documents),
      failedDocuments: Number(r.failed_documents),
      articles: Number(r.articles),
      duplicateArticles: Number(r.duplicate_articles),
      events: Number(r.events),
      claims: Number(r.claims),
      syntheticArticles: Number(r.synthetic_articles),
    };
  }

  async findNearDuplicateCandidates(bandKeys: readonly string[]): Promise<LinkedFingerprint[]> {
    return selectNearDuplicateCandidates(this.#pool, bandKeys);
  }

  async findStoryCandidates(query: StoryCandidateQuery): Promise<LinkedFingerprint[]> {
    return selectStoryCandidates(this.#pool, query);
  }

  async termDocumentFrequencies(query: TermFrequencyQuery): Promise<TermFrequencies> {
    return selectTermFrequencies(this.#pool, query);
  }

  async getArticleLinks(articleIds: readonly string[]): Promise<ArticleLinks[]> {
    return selectArticleLinks(this.#pool, articleIds);
  }

  async incidentQueue(limit: number): Promise<string[]> {
    return incidentQueue(this.#pool, limit);
  }

  async incidentVersion(): Promise<number> {
    return incidentVersion(this.#pool);
  }

  async incidentMembers(query: IncidentMemberQuery): Promise<IncidentMember[]> {
    return incidentMembers(this.#pool, query);
  }

  async commitIncidentChanges(commit: IncidentCommit): Promise<boolean> {
    return this.#transaction((db) => commitIncidentChanges(db, commit));
  }

  async resetIncidents(): Promise<void> {
    await this.#transaction((db) => resetIncidents(db));
  }

  async listIncidents(query: IncidentQuery = {}): Promise<Page<Incident>> {
    const limit = clampLimit(query.limit);
    const { column, descending, after } = incidentSortPlan(query.sort, query.cursor ?? null);
    const dir = descending ? 'DESC' : 'ASC';
    const where = after ? `WHERE (${column}, id) ${descending ? '<' : '>'} ($2, $3)` : '';
    const { rows } = await this.#pool.query(
      `SELECT id, ${column} AS sort_key, record::text AS record FROM incidents ${where} ORDER BY ${column} ${dir}, id ${dir} LIMIT $1`,
      [limit + 1, ...(after ?? [])],
    );
    const items = rows.slice(0, limit).map((r) => JSON.parse(r.record) as Incident);
    const last = rows[limit - 1];
    return { items, nextCursor: rows.length > limit && last ? incidentCursor(query.sort, last.sort_key, last.id) : null };
  }

  async getIncidentOfEvent(eventId: string): Promise<Incident | null> {
    const { rows } = await this.#pool.query(
      'SELECT i.record::text AS record FROM incident_members m JOIN incidents i ON i.id = m.incident_id WHERE m.event_id = $1', [eventId],
    );
    return rows.length ? (JSON.parse(rows[0].record) as Incident) : null;
  }

  async getIncident(id: string): Promise<Incident | null> {
    const { rows } = await this.#pool.query('SELECT record::text AS record FROM incidents WHERE id = $1', [id]);
    return rows.length ? (JSON.parse(rows[0].record) as Incident) : null;
  }

  async getFeedState(url: string): Promise<FeedState | null> {
    const { rows } = await this.#pool.query(
      'SELECT url, etag, last_modified, seen_items::text AS seen_items, last_polled_at, last_result FROM feed_state WHERE url = $1',
      [url],
    );
    if (!rows.length) return null;
    const r = rows[0];
    return {
      url: r.url,
      etag: r.etag,
      lastModified: r.last_modified,
      seenItems: JSON.parse(r.seen_items) as string[],
      lastPolledAt: r.last_polled_at,
      lastResult: r.last_result,
    };
  }

  async putFeedState(state: FeedState): Promise<void> {
    await this.#pool.query(
      `INSERT INTO feed_state (url, etag, last_modified, seen_items, last_polled_at, last_result)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
         seen_items = excluded.seen_items, last_polled_at = excluded.last_polled_at, last_result = excluded.last_result`,
      [state.url, state.etag, state.lastModified, JSON.stringify(state.seenItems), state.lastPolledAt, state.lastResult],
    );
  }

  async #transaction<T>(work: (db: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}

const DOCUMENT_SELECT = 'SELECT id, origin, status, error, byte_length, fetched_at FROM documents';

function documentSummary(row: Record<string, unknown>): DocumentSummary {
  return {
    id: String(row.id),
    origin: String(row.origin),
    status: row.status as DocumentStatus,
    error: row.error == null ? null : String(row.error),
    byteLength: Number(row.byte_length),
    fetchedAt: (row.fetched_at as Date).toISOString(),
  };
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined) return 100;
  return Math.max(1, Math.min(MAX_PAGE, Math.floor(limit)));
}
