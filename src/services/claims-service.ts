// Querying claims: every stored claim page by page, the public JSON shapes (as in the API), and claims grouped by subject.
import { claimTimelines } from '../incidents/claim-timeline.ts';
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
    counted: c.counted ?? null,
    of_whom: c.ofWhom ?? null,
    place: c.place ?? null,
    area: c.area ?? null,
    event_index: c.eventIndex ?? null,
    denied: c.denied ?? false,
    denied_by: c.deniedBy ?? null,
    source_kind: c.sourceKind ?? null,
    article_id: c.articleId,
    source_url: c.sourceUrl,
    outlet: c.outlet,
  };
}

/** The public JSON form of a claim subject group. */
export function claimSubjectToJSON(s: ClaimSubjectSummary) {
  return { subject: s.subject, claims: s.claims, low: s.low, high: s.high, first_date: s.firstDate, last_date: s.lastDate };
}

/**
 * For every claim about exactly `subject`, the ids of the claims it conflicts with (estimates that
 * cannot both hold at one time; see claim-timeline.ts). Reads the whole subject.
 */
export async function subjectConflicts(store: Store, subject: string): Promise<Map<string, readonly string[]>> {
  const all: StoredClaim[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listClaims({ subject, cursor, limit: 1000 });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  const conflicts = new Map<string, readonly string[]>();
  for (const timeline of claimTimelines(all)) for (const entry of timeline.entries) conflicts.set(entry.claim.id, entry.conflictsWith);
  return conflicts;
}
