// An in-memory LinkSource with the store's semantics: for articles not yet stored (earlier stories of
// the same page) and for tests.
import type { LinkedFingerprint, LinkSource, StoryCandidateQuery, TermFrequencies, TermFrequencyQuery } from '../../article/links.ts';

/** A LinkSource over `fingerprints`, answering exactly as a store holding them would. */
export function memoryLinkSource(fingerprints: readonly LinkedFingerprint[]): LinkSource {
  const inWindow = (f: LinkedFingerprint, since: string, until: string): boolean =>
    f.dated && f.published >= since && f.published <= until;
  return {
    async findNearDuplicateCandidates(bandKeys) {
      const keys = new Set(bandKeys);
      return fingerprints.filter((f) => f.bandKeys.some((k) => keys.has(k))).sort(byId);
    },
    async findStoryCandidates(query: StoryCandidateQuery) {
      const shared = fingerprints
        .filter((f) => inWindow(f, query.since, query.until))
        .map((f) => ({ f, n: query.terms.filter((t) => f.terms[t] !== undefined).length }))
        .filter(({ n }) => n > 0)
        .sort((a, b) => b.n - a.n || byId(a.f, b.f))
        .slice(0, Math.max(0, query.limit));
      return shared.map(({ f }) => f).sort(byId);
    },
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
      const frequencies: Record<string, number> = { ...a.frequencies };
      for (const [term, n] of Object.entries(b.frequencies)) frequencies[term] = (frequencies[term] ?? 0) + n;
      return { documents: a.documents + b.documents, frequencies };
    },
  };
}

function byId(a: LinkedFingerprint, b: LinkedFingerprint): number {
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0;
}
