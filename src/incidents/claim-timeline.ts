// Claims over time: estimates of one subject in date order, with the pairs that cannot both be true flagged.
import type { StoredClaim } from '../storage/store.ts';

export interface TimelineEntry {
  readonly claim: StoredClaim;
  /** The date the estimate refers to, else its article's publication date. */
  readonly date: string | null;
  /** Ids of claims in the same timeline that conflict with this one. */
  readonly conflictsWith: readonly string[];
}

export interface ClaimTimeline {
  readonly subject: string;
  readonly entries: readonly TimelineEntry[];
  /** How many entries conflict with at least one other. */
  readonly conflicts: number;
  /** Smallest low and largest high across the timeline: how far the sources disagree. */
  readonly low: number | null;
  readonly high: number | null;
}

/** Days apart within which two estimates describe the same moment. */
export const SAME_TIME_DAYS = 31;

function range(c: StoredClaim): [number, number] | null {
  const low = c.low ?? c.best;
  const high = c.high ?? c.best;
  return low === null || high === null ? null : [low, high];
}

/**
 * Whether two estimates of the same subject cannot both be true: both are dated, at most
 * SAME_TIME_DAYS apart, use the same unit, and their ranges do not overlap. Undated estimates are
 * never called conflicting: they may describe different moments.
 */
export function estimatesConflict(a: StoredClaim, b: StoredClaim, dateA: string | null, dateB: string | null): boolean {
  if ((a.unit ?? '') !== (b.unit ?? '')) return false;
  if (!dateA || !dateB) return false;
  if (Math.abs(Date.parse(dateA) - Date.parse(dateB)) > SAME_TIME_DAYS * 86_400_000) return false;
  const ra = range(a);
  const rb = range(b);
  if (!ra || !rb) return false;
  return ra[1] < rb[0] || rb[1] < ra[0];
}

/**
 * Group claims by subject (case-insensitive) into timelines, each in date order with conflicts
 * marked; timelines with most claims first, then by subject.
 */
export function claimTimelines(claims: readonly StoredClaim[], publishedOf: (claim: StoredClaim) => string | null = () => null): ClaimTimeline[] {
  const bySubject = new Map<string, StoredClaim[]>();
  for (const c of claims) {
    const key = c.subject.toLowerCase();
    bySubject.set(key, [...(bySubject.get(key) ?? []), c]);
  }
  return [...bySubject.values()]
    .map((group) => {
      const subject = group[0]!.subject;
      const dated = group.map((claim) => ({ claim, date: claim.date ?? publishedOf(claim) }));
      dated.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.claim.id.localeCompare(y.claim.id));
      const entries = dated.map((x) => ({
        ...x,
        conflictsWith: dated.filter((y) => y !== x && estimatesConflict(x.claim, y.claim, x.date, y.date)).map((y) => y.claim.id),
      }));
      const lows = group.map((c) => c.low ?? c.best).filter((n): n is number => n !== null);
      const highs = group.map((c) => c.high ?? c.best).filter((n): n is number => n !== null);
      return {
        subject,
        entries,
        conflicts: entries.filter((e) => e.conflictsWith.length > 0).length,
        low: lows.length ? Math.min(...lows) : null,
        high: highs.length ? Math.max(...highs) : null,
      };
    })
    .sort((a, b) => b.entries.length - a.entries.length || a.subject.localeCompare(b.subject));
}
