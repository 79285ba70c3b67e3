// Sorting incidents by date, fatalities or independent sources, with keyset cursors shared by both stores.
import { decodeCursor, encodeCursor } from './rows.ts';

export const INCIDENT_SORTS = ['id', 'date', '-date', 'fatalities', '-fatalities', 'sources', '-sources'] as const;
export type IncidentSort = (typeof INCIDENT_SORTS)[number];

export interface IncidentQuery {
  readonly limit?: number;
  readonly cursor?: string | null;
  /** Default `id`; a leading "-" is descending; ties go by id the same way. Unknown dates and fatalities sort lowest. */
  readonly sort?: IncidentSort;
}

/**
 * The sort column of each order (generated columns in both stores, never null: an unknown date is
 * '' and unknown fatalities -1, so they sort lowest) and whether the column holds numbers.
 */
export const INCIDENT_SORT_COLUMNS = {
  id: { column: 'id', numeric: false },
  date: { column: 'sort_date', numeric: false },
  fatalities: { column: 'sort_fatalities', numeric: true },
  sources: { column: 'independent_sources', numeric: true },
} as const;

export interface IncidentSortPlan {
  readonly column: string;
  readonly descending: boolean;
  /** The key after which the page starts: [sort value, id], or null on the first page. */
  readonly after: readonly [string | number, string] | null;
}

/** How to read one page in `sort` order from `cursor`; throws TypeError on a cursor from another order. */
export function incidentSortPlan(sort: IncidentSort = 'id', cursor: string | null = null): IncidentSortPlan {
  const descending = sort.startsWith('-');
  const { column, numeric } = INCIDENT_SORT_COLUMNS[sort.replace(/^-/, '') as keyof typeof INCIDENT_SORT_COLUMNS];
  if (!cursor) return { column, descending, after: null };
  let key: unknown;
  try {
    key = JSON.parse(`[${decodeCursor(cursor)}]`);
  } catch {
    throw new TypeError('invalid cursor');
  }
  const [order, value, id] = key as [string, string | number, string];
  if (order !== sort || typeof id !== 'string' || typeof value !== (numeric ? 'number' : 'string')) throw new TypeError('invalid cursor');
  return { column, descending, after: [value, id] };
}

/** The cursor after an incident whose sort key is `value` and id is `id`. */
export function incidentCursor(sort: IncidentSort = 'id', value: string | number, id: string): string {
  return encodeCursor(JSON.stringify([sort, value, id]).slice(1, -1));
}
