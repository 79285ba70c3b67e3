// Translating an EventQuery into SQLite: WHERE clauses over indexed columns and keyset pagination on (sort key, id).
import type { SQLInputValue } from 'node:sqlite';
import type { EventFilter, EventQuery, EventSort } from '../store.ts';
import { EVENT_SORTS } from '../store.ts';
import { decodeCursor, encodeCursor } from '../rows.ts';

export interface SqlFragment {
  readonly sql: string;
  readonly params: SQLInputValue[];
}

const EARTH_RADIUS_KM = 6371.0088;

/** The indexed expression each sort walks; NULL keys sort lowest so the key is never NULL. */
const SORT_KEYS: Record<EventSort, { expr: string | null; desc: boolean }> = {
  id: { expr: null, desc: false },
  date: { expr: "ifnull(e.date_start, '')", desc: false },
  '-date': { expr: "ifnull(e.date_start, '')", desc: true },
  fatalities: { expr: 'ifnull(e.fatalities_best, -1)', desc: false },
  '-fatalities': { expr: 'ifnull(e.fatalities_best, -1)', desc: true },
};

/** Filters that can drive a query through their own index. */
export const INDEXED_FILTERS = ['eventType', 'subEventType', 'country', 'admin1', 'date', 'minFatalities', 'actor', 'near', 'q', 'updatedSince'] as const;
export type IndexedFilter = (typeof INDEXED_FILTERS)[number];

/** The part of `filter` that one indexed filter reads, or null when it is not set. */
export function indexedFilterPart(filter: EventFilter, name: IndexedFilter): EventFilter | null {
  if (name === 'date') return filter.since || filter.until ? { since: filter.since, until: filter.until } : null;
  const value = filter[name];
  return value === undefined || value === '' ? null : { [name]: value };
}

export interface WhereOptions {
  /** The longest stored date interval in days; lets the overlap test use the start-date index. */
  readonly maxSpanDays: number;
  /**
   * Filters that match many events: they are checked row by row while a sort index is walked
   * (a page is then found in few steps) instead of driving the query from their own index, which
   * would read and sort every match. The rest may drive it.
   */
  readonly probe?: ReadonlySet<IndexedFilter>;
}

/**
 * WHERE conditions (joined with AND, empty when unfiltered) for every filter of `filter`, over
 * `events e` alone. Throws TypeError on an invalid value (bad date, point).
 */
export function eventWhere(filter: EventFilter, options: WhereOptions): SqlFragment {
  const where: string[] = [];
  const params: SQLInputValue[] = [];
  const add = (sql: string, ...values: SQLInputValue[]): void => { where.push(sql); params.push(...values); };
  // A unary + keeps SQLite from using an index for the term, so the sort index is walked instead.
  const p = (name: IndexedFilter): string => (options.probe?.has(name) ? '+' : '');
  const maxSpanDays = options.maxSpanDays;
  if (filter.eventType) add(`${p('eventType')}e.event_type = ?`, filter.eventType);
  if (filter.subEventType) add(`${p('subEventType')}e.sub_event_type = ?`, filter.subEventType);
  if (filter.articleId) add('e.article_id = ?', filter.articleId);
  if (filter.country) add(`${p('country')}e.country = ? COLLATE NOCASE`, filter.country);
  if (filter.admin1) add(`${p('admin1')}e.admin1 = ? COLLATE NOCASE`, filter.admin1);
  if (filter.since || filter.until) {
    // Overlap: start <= until and end >= since. A start earlier than since - maxSpan cannot reach
    // since, so one range on the start-date index (a single lower bound: SQLite uses only one)
    // bounds the scan; NULL dates ('') fall outside it.
    const lower = filter.since ? shiftDay(isoDay(filter.since), -maxSpanDays) : '0';
    add(`${p('date')}ifnull(e.date_start, '') BETWEEN ? AND ?`, lower, filter.until ? isoDay(filter.until) : '9999-12-31');
    if (filter.since) add('e.date_end >= ?', filter.since);
  }
  if (filter.minFatalities !== undefined) add(`${p('minFatalities')}ifnull(e.fatalities_best, -1) >= ?`, filter.minFatalities);
  if (filter.actor) {
    add(options.probe?.has('actor')
      ? 'EXISTS (SELECT 1 FROM event_actors x WHERE x.actor = lower(?) AND x.event_id = e.id)'
      : 'e.id IN (SELECT event_id FROM event_actors WHERE actor = lower(?))', filter.actor.trim());
  }
  if (filter.near) nearClause(filter.near, options.probe?.has('near') ?? false, add);
  // Flags are rare: the indexed flagged column skips unflagged rows before the record is read.
  if (filter.flags?.length) add('e.flagged = 1');
  for (const flag of filter.flags ?? []) add('EXISTS (SELECT 1 FROM json_each(e.flags) WHERE value = ?)', flag);
  if (filter.excludeFlagged) add('e.flagged = 0');
  if (filter.updatedSince) add(`${p('updatedSince')}e.updated_at > ?`, isoInstant(filter.updatedSince));
  if (filter.q) {
    add(`${p('q')}e.article_id IN (SELECT id FROM articles WHERE rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`, ftsQuery(filter.q));
  }
  return { sql: where.join(' AND '), params };
}

/** The bounding box of a circle of `km` around a point: [minLat, maxLat, minLon, maxLon]. Throws TypeError on a bad point. */
export function nearBox(near: NonNullable<EventFilter['near']>): [number, number, number, number] {
  const { lat, lon, km } = near;
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && km > 0)) throw new TypeError('near needs lat in [-90, 90], lon in [-180, 180] and km > 0');
  const dLat = (km / EARTH_RADIUS_KM) * (180 / Math.PI);
  const cosLat = Math.cos((lat * Math.PI) / 180);
  const dLon = cosLat < 1e-6 ? 180 : Math.min(180, dLat / cosLat);
  return [lat - dLat, lat + dLat, lon - dLon, lon + dLon];
}

function nearClause(near: NonNullable<EventFilter['near']>, probe: boolean, add: (sql: string, ...v: SQLInputValue[]) => void): void {
  const [minLat, maxLat, minLon, maxLon] = nearBox(near);
  // The box narrows (through the R*Tree, or on indexed columns); the haversine distance decides.
  const box = !probe
    ? 'e.rowid IN (SELECT id FROM events_geo WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ?)'
    : 'e.latitude BETWEEN ? AND ? AND e.longitude BETWEEN ? AND ?';
  add(
    `${box}
     AND 2 * ${EARTH_RADIUS_KM} * asin(min(1, sqrt(
       power(sin(radians(e.latitude - ?) / 2), 2) +
       cos(radians(?)) * cos(radians(e.latitude)) * power(sin(radians(e.longitude - ?) / 2), 2)))) <= ?`,
    minLat, maxLat, minLon, maxLon, near.lat, near.lat, near.lon, near.km,
  );
}

/** ORDER BY and the keyset condition for the page after `cursor`. Throws TypeError on a foreign cursor. */
export function eventOrder(query: EventQuery): { orderBy: string; after: SqlFragment | null; sort: EventSort } {
  const sort = query.sort ?? 'id';
  if (!(EVENT_SORTS as readonly string[]).includes(sort)) throw new TypeError(`unknown sort ${sort}`);
  const { expr, desc } = SORT_KEYS[sort];
  const dir = desc ? 'DESC' : 'ASC';
  const orderBy = expr ? `${expr} ${dir}, e.id ${dir}` : `e.id ${dir}`;
  if (!query.cursor) return { orderBy, after: null, sort };
  const [cursorSort, key, id] = parseCursor(query.cursor);
  if (cursorSort !== sort) throw new TypeError('invalid cursor: it belongs to another sort');
  const op = desc ? '<' : '>';
  const after = expr ? { sql: `(${expr}, e.id) ${op} (?, ?)`, params: [key, id] } : { sql: `e.id ${op} ?`, params: [id] };
  return { orderBy, after, sort };
}

/** The cursor pointing after `row`, whose `sort_key` column holds the sort expression's value. */
export function eventCursor(sort: EventSort, sortKey: SQLInputValue, id: string): string {
  return encodeCursor(JSON.stringify([sort, sortKey, id]));
}

/** The SELECT expression for the sort key ('' placeholder for id sort). */
export function sortKeyExpression(sort: EventSort): string {
  return SORT_KEYS[sort].expr ?? "''";
}

function parseCursor(cursor: string): [string, string | number, string] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeCursor(cursor));
  } catch {
    throw new TypeError('invalid cursor');
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[0] !== 'string' || typeof parsed[2] !== 'string'
    || !(typeof parsed[1] === 'string' || typeof parsed[1] === 'number')) {
    throw new TypeError('invalid cursor');
  }
  return parsed as [string, string | number, string];
}

function isoDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new TypeError(`not a YYYY-MM-DD date: ${value}`);
  return value;
}

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function isoInstant(value: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new TypeError(`not an ISO 8601 timestamp: ${value}`);
  return new Date(time).toISOString();
}

/** Turn free text into an FTS5 query of quoted terms, so user input is never parsed as FTS syntax. */
export function ftsQuery(q: string): string {
  const terms = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return terms.length ? terms.map((t) => `"${t}"`).join(' ') : '""';
}
