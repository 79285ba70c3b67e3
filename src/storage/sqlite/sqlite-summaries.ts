// Aggregate reads for the SQLite store: event stats, outlets, claim subjects and the deletions feed.
import type { StatementSync } from 'node:sqlite';

/** Compiles (or fetches a cached compile of) one SQL statement. */
type Prepare = (sql: string) => StatementSync;
import type { ClaimSubjectSummary, Deletion, DeletionKind, EventStats, OutletSummary, Page } from '../store.ts';
import { decodeSequenceCursor, decodeSubjectCursor, encodeCursor, encodeSubjectCursor, sinceInstant } from '../rows.ts';
import { summariseEventCounts, type EventCountRow } from '../event-stats.ts';
import type { SqlFragment } from './sqlite-event-query.ts';

/**
 * Counts of the events matching `where` (a fragment from eventWhere), by type, country and month,
 * in one pass: the combinations are counted in SQL and summed per field here.
 */
export function eventStats(prepare: Prepare, where: SqlFragment): EventStats {
  // Unfiltered: the trigger-kept counts table. Filtered: one pass over the matching events.
  const rows = where.sql
    ? prepare(
      `SELECT e.event_type AS type, e.country AS country, substr(ifnull(e.date_start, ''), 1, 7) AS month, count(*) AS n
       FROM events e WHERE ${where.sql} GROUP BY 1, 2, 3`,
    ).all(...where.params)
    : prepare('SELECT event_type AS type, country, month, n FROM event_counts WHERE n > 0').all();
  return summariseEventCounts(rows as unknown as EventCountRow[]);
}

/** Outlets of non-duplicate articles with article and event counts (unflagged events, as every default view shows), most articles first. */
export function listOutlets(prepare: Prepare): OutletSummary[] {
  return prepare(
      `SELECT a.outlet, count(*) AS articles, sum((SELECT count(*) FROM events e WHERE e.article_id = a.id AND e.flagged = 0)) AS events,
         min(a.published) AS first_published, max(a.published) AS last_published
       FROM articles a WHERE a.duplicate_of IS NULL GROUP BY a.outlet ORDER BY articles DESC, a.outlet`,
    )
    .all()
    .map((r) => ({
      outlet: r.outlet == null ? null : String(r.outlet),
      articles: Number(r.articles),
      events: Number(r.events ?? 0),
      firstPublished: r.first_published == null ? null : String(r.first_published),
      lastPublished: r.last_published == null ? null : String(r.last_published),
    }));
}

/** Claim subjects, most claims first (ties by subject), paged by a (count, subject) cursor. */
export function listClaimSubjects(prepare: Prepare, limit: number, cursor: string | null): Page<ClaimSubjectSummary> {
  let having = '';
  const params: (string | number)[] = [];
  if (cursor) {
    const [count, subject] = decodeSubjectCursor(cursor);
    having = 'HAVING count(*) < ? OR (count(*) = ? AND c.subject > ?)';
    params.push(count, count, subject);
  }
  const rows = prepare(
      `SELECT c.subject, count(*) AS n, min(json_extract(c.record, '$.low')) AS low, max(json_extract(c.record, '$.high')) AS high,
         min(json_extract(c.record, '$.date')) AS first_date, max(json_extract(c.record, '$.date')) AS last_date
       FROM claims c GROUP BY c.subject ${having} ORDER BY n DESC, c.subject LIMIT ?`,
    )
    .all(...params, limit + 1);
  const items = rows.slice(0, limit).map((r) => ({
    subject: String(r.subject),
    claims: Number(r.n),
    low: r.low == null ? null : Number(r.low),
    high: r.high == null ? null : Number(r.high),
    firstDate: r.first_date == null ? null : String(r.first_date),
    lastDate: r.last_date == null ? null : String(r.last_date),
  }));
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeSubjectCursor(last.claims, last.subject) : null };
}

/** Deletions after `since` (ISO 8601), oldest first, paged by sequence number. */
export function listDeletions(prepare: Prepare, since: string | null, limit: number, cursor: string | null): Page<Deletion> {
  const afterSeq = decodeSequenceCursor(cursor);
  const sinceIso = sinceInstant(since, '');
  const rows = prepare('SELECT seq, kind, id, deleted_at FROM deletions WHERE seq > ? AND deleted_at > ? ORDER BY seq LIMIT ?')
    .all(afterSeq, sinceIso, limit + 1);
  const items = rows.slice(0, limit).map((r) => ({ kind: r.kind as DeletionKind, id: String(r.id), deletedAt: String(r.deleted_at) }));
  const lastSeq = rows[limit - 1]?.seq;
  return { items, nextCursor: rows.length > limit ? encodeCursor(String(lastSeq)) : null };
}
