// The dedupe step: fingerprints articles (MinHash + LSH band keys, story terms, lead event day) and
// links each to the near-duplicate it reprints and the story it belongs to. Cross-article, so it is
// not a per-article Stage: ingest passes a LinkSource (the store) to look up earlier articles.
import type { Article } from '../../article/article.ts';
import type { ArticleFingerprint, ArticleLinks, LinkSource } from '../../article/links.ts';
import { type LinkThresholds, chooseStory, findNearDuplicate, nearDuplicateLinks, storyLinks } from './link-article.ts';
import { lshBandKeys } from './lsh.ts';
import { minhashSignature } from './minhash.ts';
import { shingleSet, shingleSetOfFolded } from './shingles.ts';
import { storyTerms } from './story-terms.ts';
import { leadEventDay } from './lead-date.ts';
import { tfidfVector } from './story-similarity.ts';
import { ownCount } from '../../util/own-count.ts';

export const DEDUPE_VERSION = '1.0.0';

export interface DedupeOptions extends LinkThresholds {
  /** Words per shingle. */
  readonly shingleSize: number;
  /** MinHash functions; must equal bands × rows. */
  readonly hashes: number;
  readonly bands: number;
  readonly rows: number;
  /**
   * Articles published on the article's day (UTC) or within this many whole days either side supply the
   * document frequencies for story similarity. Whole days, so all the articles of a day share one window
   * (an ingest keeps its frequencies in memory: term-frequency-cache.ts).
   */
  readonly idfWindowDays: number;
  /** Story candidates must share one of the article's this-many highest-weighted terms that earlier articles have (blocking). */
  readonly blockingTerms: number;
  /** At most this many story candidates are compared (those sharing most blocking terms first). */
  readonly maxStoryCandidates: number;
}

/**
 * Defaults, measured on test/fixtures/stories (`sitrep eval stories`). Near-duplicates: reprint
 * pairs there have exact 5-shingle Jaccard >= 0.46 (containment >= 0.75), other pairs <= 0.06
 * (<= 0.13); 0.5 Jaccard, or 0.8 containment for cut-down briefs, sits in that gap and above what
 * one shared background paragraph gives. Story linking: average link (pairwise F1 on the fixtures'
 * dev half 0.857 with max link, 0.898 with average, at cosine 0.1). Story cosine 0.13: the best
 * mean of pairwise F1 on the fixtures' dev half (stories starting in odd months) and on real news
 * pages (`npm run bench stories-real`); the fixtures alone would pick 0.1, which merges unrelated
 * long articles on the same topic (precision 0.37 on the real pages).
 */
export const DEFAULT_DEDUPE_OPTIONS: DedupeOptions = Object.freeze({
  shingleSize: 5,
  hashes: 128,
  bands: 32,
  rows: 4,
  nearDuplicateJaccard: 0.5,
  nearDuplicateContainment: 0.8,
  minContainmentShingles: 30,
  storySimilarity: 0.13,
  storyWindowDays: 3,
  maxEventDayGap: 1,
  idfWindowDays: 30,
  blockingTerms: 10,
  maxStoryCandidates: 300,
});

export interface Deduper {
  readonly version: string;
  readonly options: DedupeOptions;
  /**
   * Fingerprint an article; `fallbackPublished` (ISO) stands in when it has no valid publication date. `folded`, when
   * given, is normalizeForHash(article.text), already computed by the caller.
   */
  fingerprint(article: Article, fallbackPublished: string, folded?: string): ArticleFingerprint;
  /** Link a fingerprint to the earlier articles `source` holds. Deterministic for the same source content. */
  link(fingerprint: ArticleFingerprint, source: LinkSource): Promise<ArticleLinks>;
}

const DAY_MS = 86_400_000;

/** Factory for the dedupe step. Throws RangeError when hashes ≠ bands × rows. */
export function createDeduper(overrides: Partial<DedupeOptions> = {}): Deduper {
  const options: DedupeOptions = { ...DEFAULT_DEDUPE_OPTIONS, ...overrides };
  if (options.bands * options.rows !== options.hashes) {
    throw new RangeError(`hashes (${options.hashes}) must equal bands × rows (${options.bands} × ${options.rows})`);
  }
  const producedBy = `dedupe@${DEDUPE_VERSION}`;
  return {
    version: DEDUPE_VERSION,
    options,
    fingerprint(article, fallbackPublished, folded) {
      const shingles = folded === undefined ? shingleSet(article.text, options.shingleSize) : shingleSetOfFolded(folded, options.shingleSize);
      const signature = minhashSignature(shingles, options.hashes);
      const dated = instant(article.meta.published) !== null;
      const published = instant(article.meta.published) ?? instant(fallbackPublished) ?? new Date(0).toISOString();
      return {
        articleId: article.id,
        published,
        dated,
        shingleCount: shingles.size,
        signature,
        bandKeys: lshBandKeys(signature, options.bands, options.rows),
        // Without a real publication date, weekday words cannot be resolved.
        eventDay: dated ? leadEventDay(article.meta.title, article.text, published) : null,
        terms: storyTerms(article.meta.title, article.text),
        producedBy,
      };
    },
    async link(fingerprint, source) {
      const near = findNearDuplicate(fingerprint, await source.findNearDuplicateCandidates(fingerprint.bandKeys), options);
      if (near) return nearDuplicateLinks(fingerprint, near);
      if (!fingerprint.dated) return storyLinks(fingerprint, { storyId: fingerprint.articleId, score: null });
      const at = Date.parse(fingerprint.published);
      const day = Math.floor(at / DAY_MS) * DAY_MS;
      const idfWindow = { since: iso(day - options.idfWindowDays * DAY_MS), until: iso(day + (options.idfWindowDays + 1) * DAY_MS - 1) };
      const own = await source.termDocumentFrequencies({ ...idfWindow, terms: Object.keys(fingerprint.terms) });
      const df = new Map(Object.keys(fingerprint.terms).map((t) => [t, ownCount(own.frequencies, t) + 1]));
      const documents = own.documents + 1;
      // Block on the heaviest terms some earlier article also has (a term only this one has finds nothing).
      const blocking = [...tfidfVector(fingerprint.terms, df, documents)]
        .filter(([term]) => ownCount(own.frequencies, term) > 0)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, options.blockingTerms)
        .map(([term]) => term);
      const candidates = await source.findStoryCandidates({
        since: iso(at - options.storyWindowDays * DAY_MS),
        until: iso(at + options.storyWindowDays * DAY_MS),
        terms: blocking,
        limit: options.maxStoryCandidates,
      });
      const missing = [...new Set(candidates.flatMap((c) => Object.keys(c.terms)))].filter((t) => !df.has(t));
      const theirs = await source.termDocumentFrequencies({ ...idfWindow, terms: missing });
      for (const term of missing) df.set(term, ownCount(theirs.frequencies, term, 1));
      return storyLinks(fingerprint, chooseStory(fingerprint, candidates, df, documents, options));
    },
  };
}

/** Earliest instant taken as a real publication date; pages say "0001-01-01" when they mean none. */
const EARLIEST_PUBLICATION = Date.UTC(1900, 0, 1);

/** An ISO instant from a date or date-time string, or null when it does not parse or is implausibly early. */
function instant(value: string | null): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) || ms < EARLIEST_PUBLICATION ? null : new Date(ms).toISOString();
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export { combineLinkSources, memoryLinkSource, MemoryLinkIndex } from './memory-link-source.ts';
export { cachedTermFrequencies, type CachedLinkSource } from './term-frequency-cache.ts';
export type { LinkThresholds } from './link-article.ts';
