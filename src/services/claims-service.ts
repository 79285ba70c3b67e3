// Querying claims: every stored claim page by page, the public JSON shapes (as in the API), and claims grouped by subject.
import type { ClaimSubjectSummary, Store, StoredClaim } from '../storage/store.ts';

/** Every stored claim, page by page. */
export async function* listClaims(store: Store): AsyncGenerator<StoredClaim> {
  let cursor: string | null = null;
  do {
    const page = await store.listClaims({ cursor, limit: 500 });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

/** The public JSON form of a claim. */
export function claimToJSON(c: StoredClaim) {
  return {
    id: c.id,
    subject: c.subject,
    low: c.low,
    high: c.high,
    best: c.best,
    unit: c.unit,
    text: c.text,
    attributed_to: c.attributedTo,
    cue: c.cue,
    date: c.date,
    evidence: [...c.evidence],
    confidence: c.confidence,
    article_id: c.articleId,
    source_url: c.sourceUrl,
    outlet: c.outlet,
  };
}

/** The public JSON form of a claim subject group. */
export function claimSubjectToJSON(s: ClaimSubjectSummary) {
  return { subject: s.subject, claims: s.claims, low: s.low, high: s.high, first_date: s.firstDate, last_date: s.lastDate };
}

export interface ClaimGroup {
  readonly subject: string;
  /** The group's claims, oldest first, so estimates can be read as they changed. */
  readonly claims: readonly StoredClaim[];
  /** Smallest low and largest high across the group: how far the sources disagree. */
  readonly low: number | null;
  readonly high: number | null;
}

/** Group claims by subject (case-insensitive), groups with most claims first. */
export function groupBySubject(claims: readonly StoredClaim[]): ClaimGroup[] {
  const groups = new Map<string, StoredClaim[]>();
  for (const c of claims) {
    const key = c.subject.toLowerCase();
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(c);
  }
  return [...groups.values()]
    .map((list) => {
      const sorted = [...list].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
      const lows = sorted.map((c) => c.low).filter((n): n is number => n !== null);
      const highs = sorted.map((c) => c.high).filter((n): n is number => n !== null);
      return {
        subject: sorted[0]!.subject,
        claims: sorted,
        low: lows.length ? Math.min(...lows) : null,
        high: highs.length ? Math.max(...highs) : null,
      };
    })
    .sort((a, b) => b.claims.length - a.claims.length || a.subject.localeCompare(b.subject));
}
