// Document frequencies kept in memory for one ingest run: the writer asks for the frequencies of the same
// window (every article of a day shares one, see createDeduper) again and again, and a store answers each ask
// by counting its term index. Frequencies asked once are kept per window and brought up to date with what the
// run stores, so a store is asked only for terms not asked before. A feed moves through time a day at a time:
// the window of the next day is derived from the held one by counting only the days that leave and enter it,
// so the work per new window does not grow with the window's contents (the store's size, for long windows).
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
  /** Frequency of every term asked for so far in this window (0 for none). */
  readonly counts: Map<string, number>;
}

/** At most this many windows are held (the least recently asked goes first): a feed works in a few days at a time. */
const DEFAULT_WINDOWS = 4;
/** A window holding more terms than this is dropped and started afresh (memory stays bounded on any feed). */
const MAX_TERMS_PER_WINDOW = 400_000;

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
    else window = (await shifted(since, until)) ?? { since, until, sinceMs: Date.parse(since), untilMs: Date.parse(until), documents: null, counts: new Map() };
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
      if (!from || shift <= Math.abs(from.sinceMs - sinceMs)) from = held; // the nearest, the most recently used on ties
    }
    if (!from || !Number.isFinite(length)) return null;
    const [leaving, entering] = sinceMs > from.sinceMs
      ? [{ since: from.since, until: iso(sinceMs - 1) }, { since: iso(from.untilMs + 1), until }]
      : [{ since: iso(untilMs + 1), until: from.until }, { since, until: iso(from.sinceMs - 1) }];
    const terms = [...from.counts.keys()];
    const [out, into] = [await countIn(leaving, terms), await countIn(entering, terms)];
    const counts = new Map<string, number>();
    for (const [term, n] of from.counts) {
      const now = n - ownCount(out.frequencies, term) + ownCount(into.frequencies, term);
      if (now > 0) counts.set(term, now); // terms held by none are asked again if needed
    }
    return { since, until, sinceMs, untilMs, documents: from.documents! - out.documents + into.documents, counts };
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
      const unknown = [...new Set(query.terms.filter((term) => !window.counts.has(term)))];
      if (unknown.length > 0 || window.documents === null) {
        const answer = await source.termDocumentFrequencies({ since: query.since, until: query.until, terms: unknown });
        window.documents = answer.documents;
        for (const term of unknown) window.counts.set(term, ownCount(answer.frequencies, term));
      }
      const frequencies: Record<string, number> = {};
      for (const term of query.terms) {
        const n = window.counts.get(term)!;
        if (n > 0) frequencies[term] = n;
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
          }
        }
      }
    },
  };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
