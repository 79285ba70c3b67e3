// Document frequencies kept in memory for one ingest run: the writer asks for the frequencies of the same
// window (every article of a day shares one, see createDeduper) again and again, and a store answers each ask
// by counting its term index. Frequencies asked once are kept per window and brought up to date with what the
// run stores, so a store is asked only for terms not asked before. A feed moves through time a day at a time:
// the window of the next day is derived from the held one by counting only the days that leave and enter it,
// so the work per new window does not grow with the window's contents (the store's size, for long windows).
// A store that can list every term of a few days (LinkSource.allTermFrequencies) gets whole windows: every term
// of the window is held, a term not held has no document, and the store is never asked for single terms
// (seeking a term in each day of a 61-day window cost more of the writer than anything else it did).
import type { ArticleFingerprint, LinkSource, TermFrequencies, TermFrequencyQuery } from '../../article/links.ts';
import { ownCount } from '../../util/own-count.ts';

export interface CachedLinkSource extends LinkSource {
  /**
   * Count fingerprints just stored in the source (call once they are committed, never before a
   * look-up that could already see them): windows held in memory are brought up to date.
   */
  stored(fingerprints: readonly ArticleFingerprint[]): void;
}

interface Window {
  readonly since: string;
  readonly until: string;
  readonly sinceMs: number;
  readonly untilMs: number;
  documents: number | null;
  /** Frequency of every term asked for so far in this window (0 for none); of every term it holds when complete. */
  readonly counts: Map<string, number>;
  /** Every term held by the window's fingerprints is in counts: a term that is not has no document. */
  readonly complete: boolean;
}

/** At most this many windows are held (the least recently asked goes first): a feed works in a few days at a time. */
const DEFAULT_WINDOWS = 4;
/** A window holding more terms than this is dropped and started afresh (memory stays bounded on any feed). */
const MAX_TERMS_PER_WINDOW = 400_000;
/** A window is read whole (every term) when it holds at most this many dated documents; a larger one is held in part. */
const MAX_WHOLE_DOCUMENTS = 50_000;

/**
 * `source` with its term document frequencies held in memory. Answers exactly as `source` would,
 * provided every fingerprint stored in it while this cache lives is passed to stored() (one writer).
 */
export function cachedTermFrequencies(source: LinkSource, maxWindows = DEFAULT_WINDOWS): CachedLinkSource {
  const windows = new Map<string, Window>();
  const windowFor = async (since: string, until: string): Promise<Window> => {
    const key = `${since}|${until}`;
    let window = windows.get(key);
    if (window && window.counts.size > MAX_TERMS_PER_WINDOW) window = undefined;
    if (window) windows.delete(key); // re-inserted below: most recently used last
    else {
      window = (await shifted(since, until)) ?? (await whole(since, until))
        ?? { since, until, sinceMs: Date.parse(since), untilMs: Date.parse(until), documents: null, counts: new Map(), complete: false };
    }
    windows.set(key, window);
    while (windows.size > maxWindows) windows.delete(windows.keys().next().value!);
    return window;
  };
  /**
   * The window [since, until] derived from a held window of the same length that overlaps it by more than
   * half: its counts less those of the part that leaves, plus those of the part that enters. Null when none.
   */
  const shifted = async (since: string, until: string): Promise<Window | null> => {
    const sinceMs = Date.parse(since);
    const untilMs = Date.parse(until);
    const length = untilMs - sinceMs;
    let from: Window | null = null;
    for (const held of windows.values()) {
      const shift = Math.abs(held.sinceMs - sinceMs);
      if (held.documents === null || held.untilMs - held.sinceMs !== length || shift === 0 || shift > length / 2) continue;
      // A complete window first, then the nearest, then the most recently used.
      if (!from || (held.complete && !from.complete) || (held.complete === from.complete && shift <= Math.abs(from.sinceMs - sinceMs))) from = held;
    }
    if (!from || !Number.isFinite(length)) return null;
    const [leaving, entering] = sinceMs > from.sinceMs
      ? [{ since: from.since, until: iso(sinceMs - 1) }, { since: iso(from.untilMs + 1), until }]
      : [{ since: iso(untilMs + 1), until: from.until }, { since, until: iso(from.sinceMs - 1) }];
    if (from.complete && source.allTermFrequencies) {
      const [out, into] = [await source.allTermFrequencies(leaving), await source.allTermFrequencies(entering)];
      const counts = new Map(from.counts);
      for (const [term, n] of out.frequencies) {
        const now = counts.get(term)! - n;
        if (now > 0) counts.set(term, now);
        else counts.delete(term);
      }
      for (const [term, n] of into.frequencies) counts.set(term, (counts.get(term) ?? 0) + n);
      return { since, until, sinceMs, untilMs, documents: from.documents! - out.documents + into.documents, counts, complete: true };
    }
    const terms = [...from.counts.keys()];
    const [out, into] = [await countIn(leaving, terms), await countIn(entering, terms)];
    const counts = new Map<string, number>();
    for (const [term, n] of from.counts) {
      const now = n - ownCount(out.frequencies, term) + ownCount(into.frequencies, term);
      if (now > 0) counts.set(term, now); // terms held by none are asked again if needed
    }
    return { since, until, sinceMs, untilMs, documents: from.documents! - out.documents + into.documents, counts, complete: false };
  };
  /** The window [since, until] with every term it holds, when the source lists them and the window is not too large; else null. */
  const whole = async (since: string, until: string): Promise<Window | null> => {
    if (!source.allTermFrequencies) return null;
    const { documents } = await source.termDocumentFrequencies({ since, until, terms: [] });
    if (documents > MAX_WHOLE_DOCUMENTS) return null;
    const all = await source.allTermFrequencies({ since, until });
    if (all.frequencies.size > MAX_TERMS_PER_WINDOW) return null;
    return { since, until, sinceMs: Date.parse(since), untilMs: Date.parse(until), documents: all.documents, counts: new Map(all.frequencies), complete: true };
  };
  /** Frequencies of `terms` in a part of a window; the terms are not asked for when it holds no document. */
  const countIn = async (range: { since: string; until: string }, terms: readonly string[]): Promise<TermFrequencies> => {
    const documents = await source.termDocumentFrequencies({ ...range, terms: [] });
    return documents.documents === 0 || terms.length === 0 ? documents : source.termDocumentFrequencies({ ...range, terms });
  };
  return {
    findNearDuplicateCandidates: (bandKeys) => source.findNearDuplicateCandidates(bandKeys),
    findStoryCandidates: (query) => source.findStoryCandidates(query),
    async termDocumentFrequencies(query: TermFrequencyQuery): Promise<TermFrequencies> {
      const window = await windowFor(query.since, query.until);
      const unknown = window.complete ? [] : [...new Set(query.terms.filter((term) => !window.counts.has(term)))];
      if (unknown.length > 0 || window.documents === null) {
        const answer = await source.termDocumentFrequencies({ since: query.since, until: query.until, terms: unknown });
        window.documents = answer.documents;
        for (const term of unknown) window.counts.set(term, ownCount(answer.frequencies, term));
      }
      const frequencies: Record<string, number> = {};
      for (const term of query.terms) {
        const n = window.counts.get(term);
        if (n) frequencies[term] = n;
      }
      return { documents: window.documents, frequencies };
    },
    stored(fingerprints) {
      for (const f of fingerprints) {
        if (!f.dated) continue;
        for (const window of windows.values()) {
          if (f.published < window.since || f.published > window.until) continue;
          if (window.documents !== null) window.documents++;
          for (const term of Object.keys(f.terms)) {
            const n = window.counts.get(term);
            if (n !== undefined) window.counts.set(term, n + 1);
            else if (window.complete) window.counts.set(term, 1);
          }
        }
      }
    },
  };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
