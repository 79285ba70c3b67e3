// Translating an EventQuery into one parameterised PostgreSQL statement, with keyset cursors stable under each sort.
import type { EventFilter, EventQuery, EventSort } from '../store.ts';
import { decodeCursor, encodeCursor } from '../rows.ts';

interface SortOrder {
  /** SQL expression ordered by; nulls map to a sentinel so they sort last in either direction. */
  readonly key: string;
  readonly descending: boolean;
  /** The SQL type of the key, for casting the cursor's value back. */
  readonly type: 'text' | 'integer';
}

// These expressions must stay identical to the events_sort_* indexes in postgres-migrations.ts.
const SORT_ORDERS: Readonly<Record<EventSort, SortOrder>> = {
  id: { key: 'e.id', descending: false, type: 'text' },
  date: { key: "coalesce(e.date_start, '0000-00-00')", descending: false, type: 'text' },
  '-date': { key: "coalesce(e.date_start, '0000-00-00')", descending: true, type: 'text' },
  fatalities: { key: 'coalesce(e.fatalities_best, -1)', descending: false, type: 'integer' },
  '-fatalities': { key: 'coalesce(e.fatalities_best, -1)', descending: true, type: 'integer' },
};

/** An event's updated_at as ISO 8601 UTC text, as the SQLite store returns it. */
export const UPDATED_AT_ISO = `to_char(e.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at`;

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_LATITUDE = 111.19;

export interface EventStatement {
  readonly sql: string;
  readonly params: unknown[];
}

/**
 * The SELECT for one page of events matching `query`, fetching `limit + 1` rows so the caller can tell
 * whether a next page exists. Each row has the columns storedEventFromRow needs plus `sort_key`.
 * Throws TypeError for a cursor that is not ours or was made under another sort.
 */
export function eventPageStatement(query: EventQuery, limit: number): EventStatement {
  const params: unknown[] = [];
  const p = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const sort = SORT_ORDERS[query.sort ?? 'id'];
  if (!sort) throw new TypeError(`unknown sort ${String(query.sort)}`);
  const where: string[] = [];
  if (query.cursor) {
    const { key, id } = readCursor(query.cursor, query.sort ?? 'id');
    if (query.sort === undefined || query.sort === 'id') {
      where.push(`e.id > ${p(id)}`);
    } else {
      // Ties go by id in the sort's direction, as in every store (see the contract). A row comparison
      // is that same order, and one the (key, id) sort index can start its scan at.
      where.push(`(${sort.key}, e.id) ${sort.descending ? '<' : '>'} (${p(key)}::${sort.type}, ${p(id)})`);
    }
  }
  where.push(...eventConditions(query, p));
  const sql = `
    SELECT e.id, e.article_id, e.record::text AS record, ${sort.key} AS sort_key, ${UPDATED_AT_ISO},
           a.url, a.outlet, a.published, a.title, a.synthetic
    FROM events e JOIN articles a ON a.id = e.article_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${sort.key === 'e.id' ? 'e.id' : `${sort.key} ${sort.descending ? 'DESC' : 'ASC'}, e.id ${sort.descending ? 'DESC' : 'ASC'}`}
    LIMIT ${p(limit + 1)}`;
  return { sql, params };
}

/** The cursor pointing after a row with this sort key and id. */
export function eventCursor(sort: EventSort | undefined, key: string | number, id: string): string {
  return encodeCursor(JSON.stringify([sort ?? 'id', key, id]));
}

function readCursor(cursor: string, sort: EventSort): { key: string | number; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeCursor(cursor));
  } catch {
    throw new TypeError('invalid cursor');
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== sort || typeof parsed[2] !== 'string') {
    throw new TypeError('invalid cursor');
  }
  const key = parsed[1] as unknown;
  const expected = SORT_ORDERS[sort].type === 'integer' ? 'number' : 'string';
  if (typeof key !== expected) throw new TypeError('invalid cursor');
  return { key: key as string | number, id: parsed[2] };
}

/** Great-circle distance (haversine) within km, after a latitude band the index can use. */
function nearCondition(near: NonNullable<EventQuery['near']>, p: (v: unknown) => string): string {
  const band = near.km / KM_PER_DEGREE_LATITUDE;
  const lat = p(near.lat);
  const lon = p(near.lon);
  const haversine = `2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
      power(sin(radians(e.latitude - ${lat}::float8) / 2), 2) +
      cos(radians(${lat}::float8)) * cos(radians(e.latitude)) * power(sin(radians(e.longitude - ${lon}::float8) / 2), 2))))`;
  return `(e.latitude BETWEEN ${p(near.lat - band)} AND ${p(near.lat + band)} AND e.longitude IS NOT NULL AND ${haversine} <= ${p(near.km)})`;
}

/**
 * The WHERE conditions (over `events e JOIN articles a`) for every filter in `filter`, binding values
 * through `p`. Shared by event pages and event statistics.
 */
export function eventConditions(query: EventFilter, p: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (query.eventType) where.push(`e.event_type = ${p(query.eventType)}`);
  if (query.subEventType) where.push(`e.sub_event_type = ${p(query.subEventType)}`);
  if (query.articleId) where.push(`e.article_id = ${p(query.articleId)}`);
  if (query.q !== undefined && query.q !== '') where.push(`a.search @@ plainto_tsquery('simple', ${p(query.q)})`);
  if (query.since) where.push(`coalesce(e.date_end, e.date_start) >= ${p(query.since)}`);
  if (query.until) where.push(`e.date_start <= ${p(query.until)}`);
  if (query.country) where.push(`e.country = ${p(query.country)}`);
  if (query.admin1) where.push(`e.admin1 = ${p(query.admin1)}`);
  if (query.near) where.push(nearCondition(query.near, p));
  if (query.actor) {
    where.push(`(e.actor_ids @> ARRAY[${p(query.actor)}]::text[] OR e.actor_names @> ARRAY[${p(query.actor.toLowerCase())}]::text[])`);
  }
  if (query.minFatalities !== undefined) where.push(`e.fatalities_best >= ${p(query.minFatalities)}`);
  if (query.flags?.length) where.push(`e.flags @> ${p([...query.flags])}::text[]`);
  if (query.excludeFlagged) where.push('cardinality(e.flags) = 0');
  if (query.updatedSince) where.push(`e.updated_at > ${p(query.updatedSince)}::timestamptz`);
  return where;
}
