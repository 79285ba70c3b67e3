// The SQLite store on Node's built-in node:sqlite: one file, WAL, foreign keys, FTS5 text search.
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { Article } from '../../article/article.ts';
import type { Incident } from '../../article/incident-record.ts';
import type { DocumentRecord, DocumentStatus } from '../../article/document.ts';
import type { ClaimRecord, EventRecord } from '../../article/records.ts';
import { LAYER_NAMES } from '../../article/span.ts';
import type { AllTermFrequencies, ArticleLinks, LinkedFingerprint, StoryCandidateQuery, TermFrequencies, TermFrequencyQuery } from '../../article/links.ts';
import type {
  ArticleWrite, ClaimQuery, DocumentWrite, IncidentCommit, IncidentMember, IncidentMemberQuery, ClaimSubjectSummary, Deletion, DocumentSummary, EventFilter, EventQuery, EventStats, FeedState,
  OutletSummary, Page, Store, StoreCounts, StoredClaim, StoredEvent,
} from '../store.ts';
import {
  articleFromRows, claimId, decodeCursor, encodeCursor, eventId, storedClaimFromRow, storedEventFromRow,
  type SpanRow,
} from '../rows.ts';
import { sqliteMigrations } from './sqlite-migrations.ts';
import { incidentCursor, incidentSortPlan, type IncidentQuery } from '../incident-sort.ts';
import {
  LIST, insertDedupe, selectAllTermFrequencies, selectArticleLinks, selectNearDuplicateCandidates, selectStoryCandidates, selectTermFrequencies,
} from './sqlite-links.ts';
import {
  INDEXED_FILTERS, eventCursor, eventOrder, eventWhere, ftsQuery, indexedFilterPart, nearBox, sortKeyExpression, type IndexedFilter, type WhereOptions,
} from './sqlite-event-query.ts';
import { eventStats, listClaimSubjects, listDeletions, listOutlets } from './sqlite-summaries.ts';
import { commitIncidentChanges, incidentMembers, incidentQueue, incidentVersion, resetIncidents } from './sqlite-incidents.ts';

const MAX_PAGE = 1000;
const STATEMENT_CACHE_SIZE = 500;
/** Above this many matches, an indexed filter is probed along a sort index instead of driving the query. */
const LOOKUP_LIMIT = 2000;

export class SqliteStore implements Store {
  readonly #db: DatabaseSync;

  readonly #lookupLimit: number;
  /** Compiled statements by SQL text: compiling costs more than running most page queries. */
  readonly #statements = new Map<string, StatementSync>();

  /**
   * Open (creating if needed) the database file at `path`; ':memory:' for a throwaway store.
   * `lookupLimit` (tests only) moves the threshold between the two plans of selective filters.
   */
  constructor(path: string, options: { lookupLimit?: number } = {}) {
    this.#db = new DatabaseSync(path);
    // A 16 MiB page cache (the default 2 MiB spills a batch of stored pages to the log before its commit) and a
    // checkpoint every 10,000 log pages rather than 1,000: an ingest's store CPU per document 5.3 -> 2.9 ms.
    this.#db.exec(
      'PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; ' +
        'PRAGMA cache_size = -16384; PRAGMA wal_autocheckpoint = 10000;',
    );
    this.#lookupLimit = options.lookupLimit ?? LOOKUP_LIMIT;
  }

  async migrate(): Promise<void> {
    this.#db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set(
      this.#prepare('SELECT version FROM schema_migrations').all().map((r) => Number(r.version)),
    );
    for (const migration of sqliteMigrations) {
      if (applied.has(migration.version)) continue;
      this.#transaction(() => {
        this.#db.exec(migration.sql);
        this.#db
          .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
          .run(migration.version, migration.name, new Date().toISOString());
      });
    }
    // Planner statistics for tables that never had them; the query plans for filtered, sorted
    // event pages depend on them (close() refreshes them when tables have grown).
    this.#db.exec('PRAGMA optimize = 0x10002');
  }

  async close(): Promise<void> {
    if (!this.#db.isOpen) return;
    // SQLite's advice for every connection: refresh planner statistics where they are stale, then close.
    this.#db.exec('PRAGMA optimize');
    this.#db.close();
  }

  async existingDocuments(ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    const stmt = this.#prepare('SELECT 1 FROM documents WHERE id = ?');
    for (const id of ids) if (stmt.get(id)) found.add(id);
    return found;
  }

  async saveDocument(document: DocumentRecord, articles: readonly ArticleWrite[]): Promise<boolean> {
    return (await this.saveDocuments([{ document, articles }]))[0]!;
  }

  async saveDocuments(writes: readonly DocumentWrite[]): Promise<boolean[]> {
    if (writes.length === 0) return [];
    return this.#transaction(() => {
      const rowids: number[] = [];
      const saved = writes.map(({ document, articles }) => {
        const inserted = this.#prepare(
            `INSERT INTO documents (id, origin, content_type, fetched_at, status, error, byte_length, raw, fields)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`,
          )
          .run(
            document.id, document.origin, document.contentType, document.fetchedAt, document.status,
            document.error, document.byteLength, document.raw, JSON.stringify(document.fields),
          );
        if (Number(inserted.changes) === 0) return false;
        for (const write of articles) rowids.push(this.#insertArticle(write));
        return true;
      });
      // The batch's articles join the full-text index in one statement, last: FTS5 writes its pending terms out
      // at each savepoint (every statement with triggers opens one), so indexing them as they are inserted
      // wrote one index segment per article (migration 9).
      if (rowids.length > 0) {
        this.#prepare(`INSERT INTO articles_fts (rowid, title, text) SELECT rowid, title, text FROM articles WHERE rowid IN ${LIST}`)
          .run(JSON.stringify(rowids));
      }
      return saved;
    });
  }

  /** Insert an article's rows (not its full-text entry: saveDocuments adds the batch's); returns its rowid. */
  #insertArticle({ article, contentHash, duplicateOf, pipeline, failures, fingerprint, links }: ArticleWrite): number {
    const now = new Date().toISOString();
    const m = article.meta;
    const { lastInsertRowid } = this.#prepare(
        `INSERT INTO articles (id, document_id, idx, text, title, outlet, url, published, language, synthetic,
           meta, removed, content_hash, duplicate_of, pipeline, failures, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        article.id, article.documentId, article.index, article.text, m.title, m.outlet, m.url, m.published,
        m.language, m.synthetic ? 1 : 0, JSON.stringify(m), JSON.stringify(article.removed), contentHash,
        duplicateOf, JSON.stringify(pipeline), JSON.stringify(failures), now,
      );
    const spanStmt = this.#prepare(
      `INSERT INTO spans (article_id, layer, seq, start, end, label, value, stage, stage_version, method, confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const name of LAYER_NAMES) {
      (article.layers[name] ?? []).forEach((s, seq) => {
        spanStmt.run(
          article.id, name, seq, s.start, s.end, s.label, JSON.stringify(s.value),
          s.provenance.stage, s.provenance.version, s.provenance.method, s.provenance.confidence,
        );
      });
    }
    const eventStmt = this.#prepare(
      `INSERT INTO events (id, article_id, seq, event_type, sub_event_type, date_start, country, admin1,
         fatalities_best, record, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    article.events.forEach((e, seq) => {
      eventStmt.run(
        eventId(article.id, seq), article.id, seq, e.eventType, e.subEventType, e.dateStart, e.country,
        e.admin1, e.fatalities.best, JSON.stringify(e), now,
      );
    });
    const claimStmt = this.#prepare(
      'INSERT INTO claims (id, article_id, seq, subject, record, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    article.claims.forEach((c, seq) => {
      claimStmt.run(claimId(article.id, seq), article.id, seq, c.subject, JSON.stringify(c), now);
    });
    insertDedupe((sql) => this.#prepare(sql), fingerprint, links);
    return Number(lastInsertRowid);
  }

  async findNearDuplicateCandidates(bandKeys: readonly string[]): Promise<LinkedFingerprint[]> {
    return selectNearDuplicateCandidates((sql) => this.#prepare(sql), bandKeys);
  }

  async findStoryCandidates(query: StoryCandidateQuery): Promise<LinkedFingerprint[]> {
    return selectStoryCandidates((sql) => this.#prepare(sql), query);
  }

  async termDocumentFrequencies(query: TermFrequencyQuery): Promise<TermFrequencies> {
    return selectTermFrequencies((sql) => this.#prepare(sql), query);
  }

  async allTermFrequencies(range: { readonly since: string; readonly until: string }): Promise<AllTermFrequencies> {
    return selectAllTermFrequencies((sql) => this.#prepare(sql), range);
  }

  async getArticleLinks(articleIds: readonly string[]): Promise<ArticleLinks[]> {
    return selectArticleLinks((sql) => this.#prepare(sql), articleIds);
  }

  async findArticleByContentHash(contentHash: string): Promise<string | null> {
    const row = this.#prepare('SELECT id FROM articles WHERE content_hash = ? AND duplicate_of IS NULL ORDER BY created_at, id LIMIT 1')
      .get(contentHash);
    return row ? String(row.id) : null;
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.#prepare('SELECT * FROM articles WHERE id = ?').get(id) as
      | { id: string; document_id: string; idx: number; text: string; meta: string; removed: string }
      | undefined;
    if (!row) return null;
    const spans = this.#prepare('SELECT * FROM spans WHERE article_id = ? ORDER BY layer, seq')
      .all(id) as unknown as SpanRow[];
    const events = this.#prepare('SELECT record FROM events WHERE article_id = ? ORDER BY seq')
      .all(id)
      .map((r) => JSON.parse(String(r.record)) as EventRecord);
    const claims = this.#prepare('SELECT record FROM claims WHERE article_id = ? ORDER BY seq')
      .all(id)
      .map((r) => JSON.parse(String(r.record)) as ClaimRecord);
    return articleFromRows(row, spans, events, claims);
  }

  async getDocument(id: string): Promise<DocumentSummary | null> {
    const row = this.#prepare(`${DOCUMENT_SELECT} WHERE id = ?`).get(id);
    return row ? documentSummary(row) : null;
  }

  async listDocuments(options: { status?: DocumentStatus; limit?: number } = {}): Promise<DocumentSummary[]> {
    const limit = clampLimit(options.limit);
    const rows = options.status
      ? this.#prepare(`${DOCUMENT_SELECT} WHERE status = ? ORDER BY fetched_at, id LIMIT ?`).all(options.status, limit)
      : this.#prepare(`${DOCUMENT_SELECT} ORDER BY fetched_at, id LIMIT ?`).all(limit);
    return rows.map(documentSummary);
  }

  async listEvents(query: EventQuery = {}): Promise<Page<StoredEvent>> {
    const options = this.#whereOptions(query);
    const filter = eventWhere(query, options);
    const { orderBy, after, sort } = eventOrder(query);
    const where = [filter.sql, after?.sql].filter(Boolean).join(' AND ');
    const limit = clampLimit(query.limit);
    const dir = orderBy.endsWith('DESC') ? 'DESC' : 'ASC';
    // Find the page's keys first (index-only where the filters allow), then read just those records.
    // The limit is inlined (a clamped integer): the planner walks a sort index only when it sees it.
    const rows = this.#prepare(
        `SELECT ${EVENT_COLUMNS}, k.sort_key FROM (
           SELECT e.rowid AS rid, ${sortKeyExpression(sort)} AS sort_key FROM events e${options.walkById ? ' INDEXED BY events_by_id' : ''}
           ${where ? `WHERE ${where}` : ''} ORDER BY ${orderBy} LIMIT ${limit + 1}
         ) k JOIN events e ON e.rowid = k.rid JOIN articles a ON a.id = e.article_id
         ORDER BY k.sort_key ${dir}, e.id ${dir}`,
      )
      .all(...filter.params, ...(after?.params ?? [])) as unknown as (EventRow & { sort_key: string | number })[];
    const items = rows.slice(0, limit).map(storedEventFromRow);
    const last = rows[limit - 1];
    return { items, nextCursor: rows.length > limit && last ? eventCursor(sort, last.sort_key, last.id) : null };
  }

  /**
   * Query options for `query`: each indexed filter that matches many events (at least the lookup
   * limit, counted with a cap so this stays cheap) is probed along a sort index; filters that match
   * few drive the query through their own index.
   */
  #whereOptions(query: EventQuery): WhereOptions & { walkById: boolean } {
    const maxSpanDays = this.#maxSpanDays();
    const probe = new Set<IndexedFilter>();
    let lookups = query.articleId ? 1 : 0;
    for (const name of INDEXED_FILTERS) {
      const part = indexedFilterPart(query, name);
      if (!part) continue;
      // Actor, near and q count their own index directly: as IN (subquery) they would build the whole
      // set first. q counts matching articles (each carries several events) against a 20x lower cap.
      if (name === 'q') {
        const articles = this.#prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ${Math.ceil(this.#lookupLimit / 20)})`)
          .get(ftsQuery(query.q!))!.n;
        if (Number(articles) >= Math.ceil(this.#lookupLimit / 20)) probe.add(name);
        else lookups++;
        continue;
      }
      const single = name === 'actor'
        ? { sql: 'SELECT 1 FROM event_actors WHERE actor = lower(?)', params: [query.actor!.trim()] }
        : name === 'near'
          ? { sql: 'SELECT 1 FROM events_geo WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ?', params: nearBox(query.near!) }
          : (({ sql, params }) => ({ sql: `SELECT 1 FROM events e WHERE ${sql}`, params }))(eventWhere(part, { maxSpanDays }));
      // A date range is read from an index that carries the other filters' columns, so reading and
      // sorting a larger range still beats walking the id index: it gets a 10x higher limit.
      const limit = name === 'date' ? this.#lookupLimit * 10 : this.#lookupLimit;
      const n = this.#prepare(`SELECT count(*) AS n FROM (${single.sql} LIMIT ${limit})`).get(...single.params)!.n;
      if (Number(n) >= limit) probe.add(name);
      else lookups++;
    }
    // A narrow date range drives the query; equality filters then stay usable, so an index on
    // (type or place, date) reads just the pairs that match both.
    if (query.since || query.until ? !probe.has('date') : false) {
      for (const name of ['eventType', 'subEventType', 'country', 'admin1'] as const) probe.delete(name);
    }
    // With nothing selective to drive it, an id-ordered page walks the wide id index: the planner
    // would pick the narrower primary-key index and read every row it skips.
    return { maxSpanDays, probe, walkById: lookups === 0 && (query.sort ?? 'id') === 'id' };
  }

  async getEvents(ids: readonly string[]): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = this.#prepare(`SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id IN (${chunk.map(() => '?').join(', ')})`)
        .all(...chunk) as unknown as EventRow[];
      events.push(...rows.map(storedEventFromRow));
    }
    return events;
  }

  async getEvent(id: string): Promise<StoredEvent | null> {
    const row = this.#prepare(`SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?`)
      .get(id) as unknown as EventRow | undefined;
    return row ? storedEventFromRow(row) : null;
  }

  async listClaims(query: ClaimQuery = {}): Promise<Page<StoredClaim>> {
    const limit = clampLimit(query.limit);
    const after = query.cursor ? decodeCursor(query.cursor) : '';
    const bySubject = query.subject !== undefined;
    const rows = this.#prepare(
        `SELECT c.id, c.article_id, c.record, a.url, a.outlet FROM claims c JOIN articles a ON a.id = c.article_id
         WHERE c.id > ? ${bySubject ? 'AND c.subject = ?' : ''} ORDER BY c.id LIMIT ?`,
      )
      .all(after, ...(bySubject ? [query.subject!] : []), limit + 1) as unknown as Parameters<typeof storedClaimFromRow>[0][];
    const items = rows.slice(0, limit).map(storedClaimFromRow);
    return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1]!.id) : null };
  }

  async eventStats(filter: EventFilter = {}): Promise<EventStats> {
    return eventStats((sql) => this.#prepare(sql), eventWhere(filter, { maxSpanDays: this.#maxSpanDays() }));
  }

  async listOutlets(): Promise<OutletSummary[]> {
    return listOutlets((sql) => this.#prepare(sql));
  }

  async listClaimSubjects(query: { limit?: number; cursor?: string | null } = {}): Promise<Page<ClaimSubjectSummary>> {
    return listClaimSubjects((sql) => this.#prepare(sql), clampLimit(query.limit), query.cursor ?? null);
  }

  async listDeletions(query: { since?: string; limit?: number; cursor?: string | null } = {}): Promise<Page<Deletion>> {
    return listDeletions((sql) => this.#prepare(sql), query.since ?? null, clampLimit(query.limit), query.cursor ?? null);
  }

  /** The longest stored event interval in days (an index lookup), used to bound date-overlap scans. */
  #maxSpanDays(): number {
    return Number(this.#prepare('SELECT max(span_days) AS n FROM events').get()?.n ?? 0);
  }

  async counts(): Promise<StoreCounts> {
    const one = (sql: string): number => Number(this.#prepare(sql).get()!.n);
    return {
      documents: one('SELECT count(*) n FROM documents'),
      failedDocuments: one("SELECT count(*) n FROM documents WHERE status = 'failed'"),
      articles: one('SELECT count(*) n FROM articles'),
      duplicateArticles: one('SELECT count(*) n FROM articles WHERE duplicate_of IS NOT NULL'),
      events: one('SELECT count(*) n FROM events'),
      claims: one('SELECT count(*) n FROM claims'),
      syntheticArticles: one('SELECT count(*) n FROM articles WHERE synthetic = 1'),
    };
  }

  async incidentQueue(limit: number): Promise<string[]> {
    return incidentQueue((sql) => this.#prepare(sql), limit);
  }

  async incidentVersion(): Promise<number> {
    return incidentVersion((sql) => this.#prepare(sql));
  }

  async incidentMembers(query: IncidentMemberQuery): Promise<IncidentMember[]> {
    return incidentMembers((sql) => this.#prepare(sql), query);
  }

  async commitIncidentChanges(commit: IncidentCommit): Promise<boolean> {
    return commitIncidentChanges((sql) => this.#prepare(sql), (work) => this.#transaction(work), commit);
  }

  async resetIncidents(): Promise<void> {
    resetIncidents((sql) => this.#prepare(sql), (work) => this.#transaction(work));
  }

  async listIncidents(query: IncidentQuery = {}): Promise<Page<Incident>> {
    const limit = clampLimit(query.limit);
    const { column, descending, after } = incidentSortPlan(query.sort, query.cursor ?? null);
    const dir = descending ? 'DESC' : 'ASC';
    const where = after ? `WHERE (${column}, id) ${descending ? '<' : '>'} (?, ?)` : '';
    const rows = this.#db.prepare(`SELECT id, ${column} AS sort_key, record FROM incidents ${where} ORDER BY ${column} ${dir}, id ${dir} LIMIT ?`)
      .all(...(after ?? []), limit + 1);
    const items = rows.slice(0, limit).map((r) => JSON.parse(String(r.record)) as Incident);
    const last = rows[limit - 1];
    return { items, nextCursor: rows.length > limit && last ? incidentCursor(query.sort, last.sort_key as string | number, String(last.id)) : null };
  }

  async getIncident(id: string): Promise<Incident | null> {
    const row = this.#db.prepare('SELECT record FROM incidents WHERE id = ?').get(id);
    return row ? (JSON.parse(String(row.record)) as Incident) : null;
  }

  async getIncidentOfEvent(eventId: string): Promise<Incident | null> {
    const row = this.#db.prepare('SELECT i.record FROM incident_members m JOIN incidents i ON i.id = m.incident_id WHERE m.event_id = ?').get(eventId);
    return row ? (JSON.parse(String(row.record)) as Incident) : null;
  }

  async getFeedState(url: string): Promise<FeedState | null> {
    const row = this.#db.prepare('SELECT * FROM feed_state WHERE url = ?').get(url);
    if (!row) return null;
    return {
      url: String(row.url),
      etag: row.etag == null ? null : String(row.etag),
      lastModified: row.last_modified == null ? null : String(row.last_modified),
      seenItems: JSON.parse(String(row.seen_items)) as string[],
      lastPolledAt: row.last_polled_at == null ? null : String(row.last_polled_at),
      lastResult: row.last_result == null ? null : String(row.last_result),
    };
  }

  async putFeedState(state: FeedState): Promise<void> {
    this.#db
      .prepare(
        `INSERT INTO feed_state (url, etag, last_modified, seen_items, last_polled_at, last_result) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
           seen_items = excluded.seen_items, last_polled_at = excluded.last_polled_at, last_result = excluded.last_result`,
      )
      .run(state.url, state.etag, state.lastModified, JSON.stringify(state.seenItems), state.lastPolledAt, state.lastResult);
  }

  /** SQLite's own integrity check; "ok" when the file is sound. */
  integrityCheck(): string {
    return String(this.#prepare('PRAGMA integrity_check').get()!.integrity_check);
  }

  /** The compiled statement for `sql`, cached (the oldest is dropped past STATEMENT_CACHE_SIZE). */
  #prepare(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      if (this.#statements.size >= STATEMENT_CACHE_SIZE) this.#statements.delete(this.#statements.keys().next().value!);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  #transaction<T>(work: () => T): T {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
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
    fetchedAt: String(row.fetched_at),
  };
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined) return 100;
  return Math.max(1, Math.min(MAX_PAGE, Math.floor(limit)));
}

const EVENT_COLUMNS =
  'e.id, e.article_id, e.record, e.updated_at, a.url, a.outlet, a.published, a.title, a.synthetic';
type EventRow = Parameters<typeof storedEventFromRow>[0];
