// Aggregate reads for the PostgreSQL store: event stats, outlets, claim subjects and the deletions feed (mirrors sqlite-summaries.ts).
import type pg from 'pg';
import type { ClaimSubjectSummary, Deletion, DeletionKind, EventFilter, EventStats, OutletSummary, Page } from '../store.ts';
import { decodeSequenceCursor, decodeSubjectCursor, encodeCursor, encodeSubjectCursor, sinceInstant } from '../rows.ts';
import { summariseEventCounts, type EventCountRow } from '../event-stats.ts';
import { eventConditions } from './postgres-event-query.ts';

/** Counts of the events matching `filter`, by type, country and month of the start date. */
export async function eventStats(db: pg.Pool, filter: EventFilter): Promise<EventStats> {
  const params: unknown[] = [];
  const p = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = eventConditions(filter, p);
  const { rows } = await db.query(
    `SELECT e.event_type AS type, e.country AS country, substr(coalesce(e.date_start, ''), 1, 7) AS month, count(*) AS n
     FROM events e JOIN articles a ON a.id = e.article_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY 1, 2, 3`,
    params,
  );
  return summariseEventCounts(rows);
}

/** Outlets of non-duplicate articles with article and event counts (unflagged events, as every default view shows), most articles first. */
export async function listOutlets(db: pg.Pool): Promise<OutletSummary[]> {
  const { rows } = await db.query(
    `SELECT a.outlet, count(*) AS articles, sum((SELECT count(*) FROM events e WHERE e.article_id = a.id AND cardinality(e.flags) = 0)) AS events,
       min(a.published) AS first_published, max(a.published) AS last_published
     FROM articles a WHERE a.duplicate_of IS NULL GROUP BY a.outlet ORDER BY articles DESC, a.outlet COLLATE "C"`,
  );
  return rows.map((r) => ({
    outlet: r.outlet ?? null,
    articles: Number(r.articles),
    events: Number(r.events ?? 0),
    firstPublished: r.first_published ?? null,
    lastPublished: r.last_published ?? null,
  }));
}

/** Claim subjects, most claims first (ties by subject), paged by a (count, subject) cursor. */
export async function listClaimSubjects(db: pg.Pool, limit: number, cursor: string | null): Promise<Page<ClaimSubjectSummary>> {
  const params: unknown[] = [];
  let having = '';
  if (cursor) {
    const [count, subject] = decodeSubjectCursor(cursor);
    having = 'HAVING count(*) < $1 OR (count(*) = $1 AND c.subject COLLATE "C" > $2)';
    params.push(count, subject);
  }
  params.push(limit + 1);
  const { rows } = await db.query(
    `SELECT c.subject, count(*) AS n, min((c.record->>'low')::float8) AS low, max((c.record->>'high')::float8) AS high,
       min(c.record->>'date') AS first_date, max(c.record->>'date') AS last_date
     FROM claims c GROUP BY c.subject ${having} ORDER BY n DESC, c.subject COLLATE "C" LIMIT $${params.length}`,
    params,
  );
  const items = rows.slice(0, limit).map((r) => ({
    subject: String(r.subject),
    claims: Number(r.n),
    low: r.low == null ? null : Number(r.low),
    high: r.high == null ? null : Number(r.high),
    firstDate: r.first_date ?? null,
    lastDate: r.last_date ?? null,
  }));
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeSubjectCursor(last.claims, last.subject) : null };
}

/** Deletions after `since` (ISO 8601), oldest first, paged by sequence number. */
export async function listDeletions(db: pg.Pool, since: string | null, limit: number, cursor: string | null): Promise<Page<Deletion>> {
  const afterSeq = decodeSequenceCursor(cursor);
  const sinceIso = sinceInstant(since, '1970-01-01T00:00:00.000Z');
  const { rows } = await db.query(
    'SELECT seq, kind, id, deleted_at FROM deletions WHERE seq > $1 AND deleted_at > $2::timestamptz ORDER BY seq LIMIT $3',
    [afterSeq, sinceIso, limit + 1],
  );
  const items = rows.slice(0, limit).map((r) => ({ kind: r.kind as DeletionKind, id: String(r.id), deletedAt: (r.deleted_at as Date).toISOString() }));
  const lastSeq = rows[limit - 1]?.seq;
  return { items, nextCursor: rows.length > limit ? encodeCursor(String(lastSeq)) : null };
}
