// Bounds on what one article's records may hold, so a hostile text cannot make them balloon: 8,000 claims
// about one 128 KiB "sentence" each carried that sentence as evidence, and storing them took 4.7 GB and 50 s.

import { deepFreeze, type Article, type RemovedBlock } from './article.ts';
import type { ClaimRecord, EventRecord, Evidence } from './records.ts';
import type { Span } from './span.ts';

/** Removed blocks one article lists at most (a page of 2 million repeated lines listed each one), and characters quoted of each. */
export const MAX_REMOVED_BLOCKS = 1000;
export const MAX_REMOVED_CHARS = 2000;
/**
 * Spans one layer of an article keeps at most (in text order, the first ones): a long report has a few hundred
 * sentences; 15 MiB of text had 170,000 of them and a million spans in all, sent back from the worker and stored.
 */
export const MAX_SPANS_PER_LAYER = 20_000;
/** Characters of article text one piece of evidence quotes at most (a sentence rarely has 1,000). */
export const MAX_EVIDENCE_CHARS = 2000;
/** Evidence spans one record keeps at most. */
export const MAX_EVIDENCE_PER_RECORD = 200;
/** Events and claims one article keeps at most (in text order, the first ones). */
export const MAX_EVENTS_PER_ARTICLE = 2000;
export const MAX_CLAIMS_PER_ARTICLE = 5000;

/** Evidence quoting at most MAX_EVIDENCE_CHARS: its end moves in with the text, so text = articleText.slice(start, end) still holds. */
function boundedEvidence(e: Evidence): Evidence {
  if (e.end - e.start <= MAX_EVIDENCE_CHARS && e.text.length <= MAX_EVIDENCE_CHARS) return e;
  const text = e.text.slice(0, MAX_EVIDENCE_CHARS);
  return { ...e, end: e.start + text.length, text };
}

function boundedList(list: readonly Evidence[]): readonly Evidence[] {
  const kept = list.length > MAX_EVIDENCE_PER_RECORD ? list.slice(0, MAX_EVIDENCE_PER_RECORD) : list;
  return kept.some((e) => e.end - e.start > MAX_EVIDENCE_CHARS || e.text.length > MAX_EVIDENCE_CHARS) ? kept.map(boundedEvidence) : kept;
}

function boundedEvent(e: EventRecord): EventRecord {
  const evidence = boundedList(e.evidence);
  const trigger = boundedEvidence(e.trigger);
  return evidence === e.evidence && trigger === e.trigger ? e : { ...e, evidence, trigger };
}

function boundedClaim(c: ClaimRecord): ClaimRecord {
  const evidence = boundedList(c.evidence);
  const text = c.text !== null && c.text.length > MAX_EVIDENCE_CHARS ? c.text.slice(0, MAX_EVIDENCE_CHARS) : c.text;
  return evidence === c.evidence && text === c.text ? c : { ...c, evidence, text };
}

/**
 * The article with its records bounded: at most MAX_EVENTS_PER_ARTICLE events and MAX_CLAIMS_PER_ARTICLE
 * claims (what is left out is listed among the article's removed blocks), each with at most
 * MAX_EVIDENCE_PER_RECORD evidence spans of at most MAX_EVIDENCE_CHARS characters, at most MAX_SPANS_PER_LAYER
 * spans per layer, and MAX_REMOVED_BLOCKS removed blocks of at most MAX_REMOVED_CHARS. An ordinary article
 * comes back as it was (the same object).
 */
export function boundRecords(article: Article): Article {
  const events = article.events.slice(0, MAX_EVENTS_PER_ARTICLE).map(boundedEvent);
  const claims = article.claims.slice(0, MAX_CLAIMS_PER_ARTICLE).map(boundedClaim);
  const removedBounded = article.removed.length <= MAX_REMOVED_BLOCKS && article.removed.every((r) => r.text.length <= MAX_REMOVED_CHARS);
  const overLayers = (Object.entries(article.layers) as [string, readonly Span[]][]).filter(([, spans]) => spans.length > MAX_SPANS_PER_LAYER);
  const unchanged = removedBounded && overLayers.length === 0 && events.length === article.events.length && claims.length === article.claims.length
    && events.every((e, i) => e === article.events[i]) && claims.every((c, i) => c === article.claims[i]);
  if (unchanged) return article;
  const removed: RemovedBlock[] = removedBounded ? [...article.removed] : boundedRemoved(article.removed);
  const over = (kept: number, all: number, what: string) => {
    if (all > kept) removed.push({ text: '', reason: `${all - kept} ${what} past the first ${kept} not kept (records bounded per article)` });
  };
  over(events.length, article.events.length, 'events');
  over(claims.length, article.claims.length, 'claims');
  const layers = { ...article.layers };
  for (const [name, spans] of overLayers) {
    (layers as Record<string, readonly Span[]>)[name] = spans.slice(0, MAX_SPANS_PER_LAYER);
    over(MAX_SPANS_PER_LAYER, spans.length, `${name} spans`);
  }
  return deepFreeze({ ...article, layers, events, claims, removed });
}

/** At most MAX_REMOVED_BLOCKS blocks, each quoting at most MAX_REMOVED_CHARS, and one line saying how many more there were. */
export function boundedRemoved(blocks: readonly RemovedBlock[]): RemovedBlock[] {
  const kept = blocks.slice(0, MAX_REMOVED_BLOCKS).map((r) => (r.text.length <= MAX_REMOVED_CHARS ? r : { text: `${r.text.slice(0, MAX_REMOVED_CHARS)}…`, reason: r.reason }));
  if (blocks.length > MAX_REMOVED_BLOCKS) kept.push({ text: '', reason: `${blocks.length - MAX_REMOVED_BLOCKS} more removed blocks not listed (bounded per article)` });
  return kept;
}
