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

/** Days apart within which two estimates of a standing quantity (fighters, displaced people) describe the same moment. */
export const SAME_TIME_DAYS = 31;
/** Days apart within which two tolls of an event (killed, wounded, abducted…) can be of the same event. */
export const SAME_EVENT_DAYS = 1;
/** What happens in an event and is counted once it is over; the rest (forces, displaced, other) are standing quantities. */
const EVENT_COUNTS = new Set(['killed', 'wounded', 'abducted', 'arrested', 'destroyed', 'attacks', 'munitions']);

/** low..high, an open "at least 12" reaching to infinity; null when the claim has no figure. */
function range(c: StoredClaim): [number, number] | null {
  const low = c.low ?? c.best;
  const high = c.high ?? (c.low !== null ? Number.POSITIVE_INFINITY : c.best);
  return low === null || high === null ? null : [low, high];
}

/** Same value, or either side does not say (claims stored before the field existed). */
const agree = (a: string | null | undefined, b: string | null | undefined): boolean =>
  a === undefined || b === undefined || (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

/**
 * Whether two estimates cannot both be true: they count the same thing (what is counted, of whom,
 * in the same area, in the same unit), both are dated and describe the same time — the same event
 * (at most SAME_EVENT_DAYS apart) for tolls, at most SAME_TIME_DAYS apart for standing quantities —
 * and their ranges do not overlap ("at least 12" overlaps 13). Undated estimates are never called
 * conflicting: they may describe different moments; nor are two figures of one article from one
 * teller, or tied by the article to two different events.
 */
export function estimatesConflict(a: StoredClaim, b: StoredClaim, dateA: string | null, dateB: string | null): boolean {
  if ((a.unit ?? '') !== (b.unit ?? '')) return false;
  if (a.articleId === b.articleId) {
    // One teller in one article does not contradict itself: its two figures count two things ("187 from the high school and 125 from the elementary").
    if ((a.attributedTo ?? '') === (b.attributedTo ?? '')) return false;
    // Figures the article ties to two different events are of different events.
    if (a.eventIndex != null && b.eventIndex != null && a.eventIndex !== b.eventIndex) return false;
  }
  if (!agree(a.counted, b.counted) || !agree(a.ofWhom, b.ofWhom) || !agree(a.area, b.area)) return false;
  if (!dateA || !dateB) return false;
  const days = EVENT_COUNTS.has(a.counted ?? '') ? SAME_EVENT_DAYS : SAME_TIME_DAYS;
  if (Math.abs(Date.parse(dateA) - Date.parse(dateB)) > days * 86_400_000) return false;
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
