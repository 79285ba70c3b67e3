// Summing event counts by (type, country, month) rows into the per-field breakdowns every store returns.
import type { CountByKey, EventStats } from './store.ts';

/** One grouped row: a combination of type, country and month (any may be null or '') and its count. */
export interface EventCountRow {
  readonly type: unknown;
  readonly country: unknown;
  readonly month: unknown;
  readonly n: unknown;
}

/** Breakdowns by type and country (largest first, unknown last on ties) and by month (in order, unknown last). */
export function summariseEventCounts(rows: Iterable<EventCountRow>): EventStats {
  const byType = new Map<string | null, number>();
  const byCountry = new Map<string | null, number>();
  const byMonth = new Map<string | null, number>();
  let total = 0;
  const bump = (map: Map<string | null, number>, key: unknown, n: number): void => {
    const k = key == null || key === '' ? null : String(key);
    map.set(k, (map.get(k) ?? 0) + n);
  };
  for (const r of rows) {
    const n = Number(r.n);
    total += n;
    bump(byType, r.type, n);
    bump(byCountry, r.country, n);
    bump(byMonth, r.month, n);
  }
  const byCount = (map: Map<string | null, number>): CountByKey[] =>
    [...map].map(([key, count]) => ({ key, count })).sort((x, y) => y.count - x.count || compareKeys(x.key, y.key));
  return {
    total,
    byType: byCount(byType),
    byCountry: byCount(byCountry),
    byMonth: [...byMonth].map(([key, count]) => ({ key, count })).sort((x, y) => compareKeys(x.key, y.key)),
  };
}

/** Keys in order, null (unknown) last. */
function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
