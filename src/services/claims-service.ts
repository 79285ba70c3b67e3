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
