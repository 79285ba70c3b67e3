// The dedupe step: fingerprints articles (MinHash + LSH band keys, story terms) and links each to
// the near-duplicate it reprints and the story it belongs to. Cross-article, so it is not a
// per-article Stage: the ingest service fetches candidates from the store and calls `link`.
import type { Article } from '../../article/article.ts';
import type { ArticleFingerprint, ArticleLinks, LinkedFingerprint } from '../../article/links.ts';
import { type LinkThresholds, linkArticle } from './link-article.ts';
import { lshBandKeys } from './lsh.ts';
import { minhashSignature } from './minhash.ts';
import { shingleSet } from './shingles.ts';
import { storyTerms } from './story-terms.ts';
import { leadEventDay } from './lead-date.ts';

export const DEDUPE_VERSION = '1.0.0';

export interface DedupeOptions extends LinkThresholds {
  /** Words per shingle. */
  readonly shingleSize: number;
  /** MinHash functions; must equal bands × rows. */
  readonly hashes: number;
  readonly bands: number;
  readonly rows: number;
  /** Articles within this many days either side supply the document frequencies for story similarity. */
  readonly idfWindowDays: number;
  /** At most this many of them (nearest in time first). */
  readonly idfSampleLimit: number;
}

/**
 * Defaults, measured on test/fixtures/stories (`sitrep eval stories`). Near-duplicates: reprint
 * pairs there have exact 5-shingle Jaccard >= 0.46 (containment >= 0.75), other pairs <= 0.06
 * (<= 0.13); 0.5 Jaccard, or 0.8 containment for cut-down briefs, sits in that gap and above what
 * one shared background paragraph gives. Story cosine 0.1: best pairwise F1 on the dev half
 * (stories starting in odd months); the held-out half is reported beside it.
 */
export const DEFAULT_DEDUPE_OPTIONS: DedupeOptions = Object.freeze({
  shingleSize: 5,
  hashes: 128,
  bands: 32,
  rows: 4,
  nearDuplicateJaccard: 0.5,
  nearDuplicateContainment: 0.8,
  minContainmentShingles: 30,
  storySimilarity: 0.1,
  storyWindowDays: 3,
  maxEventDayGap: 1,
  idfWindowDays: 30,
  idfSampleLimit: 2000,
});

/** A time window and size cap for the store's story-candidate query. */
export interface CandidateWindow {
  readonly since: string;
  readonly until: string;
  readonly around: string;
  readonly limit: number;
}

export interface Deduper {
  readonly version: string;
  readonly options: DedupeOptions;
  /** Fingerprint an article; `fallbackPublished` (ISO) stands in when it has no valid publication date. */
  fingerprint(article: Article, fallbackPublished: string): ArticleFingerprint;
  /** The window of earlier articles `link` needs as story candidates (and document frequencies). */
  storyWindow(fingerprint: ArticleFingerprint): CandidateWindow;
  /** Link a fingerprint to candidates found by band keys and by the story window. Pure and deterministic. */
  link(fingerprint: ArticleFingerprint, nearCandidates: readonly LinkedFingerprint[], storyCandidates: readonly LinkedFingerprint[]): ArticleLinks;
}

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
    fingerprint(article, fallbackPublished) {
      const shingles = shingleSet(article.text, options.shingleSize);
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
    storyWindow(fingerprint) {
      const at = Date.parse(fingerprint.published);
      const span = options.idfWindowDays * 86_400_000;
      return {
        since: new Date(at - span).toISOString(),
        until: new Date(at + span).toISOString(),
        around: fingerprint.published,
        limit: options.idfSampleLimit,
      };
    },
    link(fingerprint, nearCandidates, storyCandidates) {
      return linkArticle(fingerprint, nearCandidates, storyCandidates, options);
    },
  };
}

/** An ISO instant from a date or date-time string, or null when it does not parse. */
function instant(value: string | null): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

export { lshBandKeys } from './lsh.ts';
export { estimateJaccard, minhashSignature } from './minhash.ts';
export { shingleSet } from './shingles.ts';
export { storyTerms } from './story-terms.ts';
export type { LinkThresholds } from './link-article.ts';
