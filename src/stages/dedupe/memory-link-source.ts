// An in-memory LinkSource with the store's semantics: for articles not yet stored (earlier stories of
// the same page) and for tests.
import type { LinkedFingerprint, LinkSource, StoryCandidateQuery, TermFrequencies, TermFrequencyQuery } from '../../article/links.ts';
import { ownCount } from '../../util/own-count.ts';

/** A LinkSource over `fingerprints` (whatever the array holds when asked), answering exactly as a store holding them would. */
export function memoryLinkSource(fingerprints: readonly LinkedFingerprint[]): LinkSource {
  return {
    async findNearDuplicateCandidates(bandKeys) {
      const keys = new Set(bandKeys);
      return fingerprints.filter((f) => f.bandKeys.some((k) => keys.has(k))).sort(byId);
    },
    findStoryCandidates: async (query) => storyCandidates(fingerprints, query),
    async termDocumentFrequencies(query: TermFrequencyQuery): Promise<TermFrequencies> {
      // Each fingerprint's own terms looked up in the asked ones (an ask can hold thousands of terms).
      const asked = new Set(query.terms);
      const counts = new Map<string, number>();
      let documents = 0;
      for (const f of fingerprints) {
        if (!inWindow(f, query.since, query.until)) continue;
        documents++;
        for (const term of Object.keys(f.terms)) if (asked.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
      }
      const frequencies: Record<string, number> = {};
      for (const term of query.terms) {
        const n = counts.get(term);
        if (n !== undefined) frequencies[term] = n;
      }
      return { documents, frequencies };
    },
  };
}

function storyCandidates(fingerprints: readonly LinkedFingerprint[], query: StoryCandidateQuery): LinkedFingerprint[] {
  const shared = fingerprints
    .filter((f) => inWindow(f, query.since, query.until))
    .map((f) => ({ f, n: query.terms.filter((t) => Object.hasOwn(f.terms, t)).length }))
    .filter(({ n }) => n > 0)
    .sort((a, b) => b.n - a.n || byId(a.f, b.f))
    .slice(0, Math.max(0, query.limit));
  return shared.map(({ f }) => f).sort(byId);
}

/**
 * An in-memory LinkSource that fingerprints can be added to (a writer's batch not yet stored), with each
 * term's dated fingerprints indexed: a frequency ask costs its terms' postings, not every fingerprint's terms.
 */
export class MemoryLinkIndex implements LinkSource {
  readonly #fingerprints: LinkedFingerprint[] = [];
  /** Publication instants of the dated fingerprints holding each term. */
  readonly #postings = new Map<string, string[]>();
  readonly #dated: string[] = [];

  get size(): number {
    return this.#fingerprints.length;
  }

  add(fingerprint: LinkedFingerprint): void {
    this.#fingerprints.push(fingerprint);
    if (!fingerprint.dated) return;
    this.#dated.push(fingerprint.published);
    for (const term of Object.keys(fingerprint.terms)) {
      const list = this.#postings.get(term);
      if (list) list.push(fingerprint.published);
      else this.#postings.set(term, [fingerprint.published]);
    }
  }

  async findNearDuplicateCandidates(bandKeys: readonly string[]): Promise<LinkedFingerprint[]> {
    const keys = new Set(bandKeys);
    return this.#fingerprints.filter((f) => f.bandKeys.some((k) => keys.has(k))).sort(byId);
  }

  async findStoryCandidates(query: StoryCandidateQuery): Promise<LinkedFingerprint[]> {
    return storyCandidates(this.#fingerprints, query);
  }

  async termDocumentFrequencies(query: TermFrequencyQuery): Promise<TermFrequencies> {
    const within = (published: string) => published >= query.since && published <= query.until;
    let documents = 0;
    for (const published of this.#dated) if (within(published)) documents++;
    const frequencies: Record<string, number> = {};
    if (documents === 0) return { documents, frequencies };
    for (const term of query.terms) {
      const list = this.#postings.get(term);
      if (!list) continue;
      let n = 0;
      for (const published of list) if (within(published)) n++;
      if (n > 0) frequencies[term] = n;
    }
    return { documents, frequencies };
  }
}

function inWindow(f: LinkedFingerprint, since: string, until: string): boolean {
  return f.dated && f.published >= since && f.published <= until;
}

/**
 * Two sources as one: candidates from both (by article id, first source winning), frequencies summed.
 * The two must hold different articles.
 */
export function combineLinkSources(first: LinkSource, second: LinkSource): LinkSource {
  const merge = (a: LinkedFingerprint[], b: LinkedFingerprint[]): LinkedFingerprint[] => {
    const ids = new Set(a.map((f) => f.articleId));
    return [...a, ...b.filter((f) => !ids.has(f.articleId))].sort(byId);
  };
  return {
    async findNearDuplicateCandidates(bandKeys) {
      return merge(await first.findNearDuplicateCandidates(bandKeys), await second.findNearDuplicateCandidates(bandKeys));
    },
    async findStoryCandidates(query) {
      return merge(await first.findStoryCandidates(query), await second.findStoryCandidates(query));
    },
    async termDocumentFrequencies(query) {
      const a = await first.termDocumentFrequencies(query);
      const b = await second.termDocumentFrequencies(query);
      // Every source answers with a record of its own making: the first one's is extended in place, not copied
      // (an ask for the terms of hundreds of candidates has thousands).
      const frequencies = a.frequencies as Record<string, number>;
      for (const [term, n] of Object.entries(b.frequencies)) frequencies[term] = ownCount(frequencies, term) + n;
      return { documents: a.documents + b.documents, frequencies };
    },
  };
}

function byId(a: LinkedFingerprint, b: LinkedFingerprint): number {
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0;
}
