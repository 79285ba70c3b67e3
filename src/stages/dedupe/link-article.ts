// Placing one article among earlier ones: the near-duplicate it reprints (if any) and the story it joins.
import type { ArticleFingerprint, ArticleLinks, LinkedFingerprint } from '../../article/links.ts';
import { estimateContainment, estimateJaccard } from './minhash.ts';
import { cosineTo, tfidfVector } from './story-similarity.ts';

export interface LinkThresholds {
  /** Estimated Jaccard at or above which two texts are near-duplicates. */
  readonly nearDuplicateJaccard: number;
  /** Estimated containment of the shorter text at or above which they are near-duplicates... */
  readonly nearDuplicateContainment: number;
  /** ...provided the shorter text has at least this many shingles (a headline alone is no reprint). */
  readonly minContainmentShingles: number;
  /** TF-IDF cosine at or above which an article joins a story. */
  readonly storySimilarity: number;
  /** Only articles published within this many days of each other are compared for stories. */
  readonly storyWindowDays: number;
  /** Two articles whose leads name event days further apart than this many days are different stories. */
  readonly maxEventDayGap: number;
}

const DAY_MS = 86_400_000;

/** The near-duplicate match of `article` among `candidates`: the most similar one over the thresholds, or null. */
export function findNearDuplicate(
  article: ArticleFingerprint,
  candidates: readonly LinkedFingerprint[],
  thresholds: LinkThresholds,
): { match: LinkedFingerprint; similarity: number } | null {
  let best: { match: LinkedFingerprint; similarity: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.articleId === article.articleId || candidate.signature.length !== article.signature.length) continue;
    const jaccard = estimateJaccard(article.signature, candidate.signature);
    const containment = estimateContainment(jaccard, article.shingleCount, candidate.shingleCount);
    const longEnough = Math.min(article.shingleCount, candidate.shingleCount) >= thresholds.minContainmentShingles;
    const isNear = jaccard >= thresholds.nearDuplicateJaccard || (longEnough && containment >= thresholds.nearDuplicateContainment);
    if (!isNear) continue;
    const similarity = Math.max(jaccard, longEnough ? containment : 0);
    if (!best || similarity > best.similarity || (similarity === best.similarity && earlier(candidate, best.match))) {
      best = { match: candidate, similarity };
    }
  }
  return best;
}

/**
 * The story `article` joins: among stories with candidates published within the window, the one
 * whose candidates' mean TF-IDF cosine to the article is highest and reaches the threshold, unless
 * the article's lead names an event day more than `maxEventDayGap` days from the story's (the
 * earliest day its articles' leads name); otherwise a new story named after the article (always so for an undated article). `df` and
 * `documents` describe the articles around that time, the article itself included. Ties go to the
 * earlier story id, so a re-run decides the same way.
 */
export function chooseStory(
  article: ArticleFingerprint,
  candidates: readonly LinkedFingerprint[],
  df: ReadonlyMap<string, number>,
  documents: number,
  thresholds: LinkThresholds,
): { storyId: string; score: number | null } {
  // Undated articles cannot be placed in a time window: they join stories only as near-duplicates.
  if (!article.dated) return { storyId: article.articleId, score: null };
  const others = candidates.filter((c) => c.articleId !== article.articleId);
  const vector = tfidfVector(article.terms, df, documents);
  const at = Date.parse(article.published);
  const storyDays = earliestEventDays(others);
  let best: { storyId: string; score: number } | null = null;
  const perStory = new Map<string, { sum: number; count: number }>();
  for (const candidate of others) {
    if (!candidate.dated || Math.abs(Date.parse(candidate.published) - at) > thresholds.storyWindowDays * DAY_MS) continue;
    const storyDay = storyDays.get(candidate.storyId);
    if (article.eventDay && storyDay &&
        Math.abs(Date.parse(article.eventDay) - Date.parse(storyDay)) > thresholds.maxEventDayGap * DAY_MS) continue;
    const total = perStory.get(candidate.storyId) ?? { sum: 0, count: 0 };
    perStory.set(candidate.storyId, { sum: total.sum + cosineTo(vector, candidate.terms, df, documents), count: total.count + 1 });
  }
  // Average link: one bridging follow-up cannot pull a neighbouring event into the story.
  for (const [storyId, { sum, count }] of [...perStory].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const score = sum / count;
    if (score >= thresholds.storySimilarity && (!best || score > best.score)) best = { storyId, score };
  }
  return best ? { storyId: best.storyId, score: best.score } : { storyId: article.articleId, score: null };
}

/** Links for a near-duplicate: it joins its original's story. */
export function nearDuplicateLinks(article: ArticleFingerprint, near: { match: LinkedFingerprint; similarity: number }): ArticleLinks {
  return {
    articleId: article.articleId,
    nearDuplicateOf: near.match.articleId,
    nearDuplicateSimilarity: round(near.similarity),
    storyId: near.match.storyId,
    storyScore: round(near.similarity),
    producedBy: article.producedBy,
  };
}

/** Links for an article placed by content: the story chosen, no near-duplicate. */
export function storyLinks(article: ArticleFingerprint, story: { storyId: string; score: number | null }): ArticleLinks {
  return {
    articleId: article.articleId,
    nearDuplicateOf: null,
    nearDuplicateSimilarity: null,
    storyId: story.storyId,
    storyScore: story.score === null ? null : round(story.score),
    producedBy: article.producedBy,
  };
}

/** Each story's event day: the earliest day any of its articles' leads names (follow-ups report later days). */
function earliestEventDays(candidates: readonly LinkedFingerprint[]): Map<string, string> {
  const days = new Map<string, string>();
  for (const c of candidates) {
    const known = days.get(c.storyId);
    if (c.eventDay && (!known || c.eventDay < known)) days.set(c.storyId, c.eventDay);
  }
  return days;
}

function earlier(a: LinkedFingerprint, b: LinkedFingerprint): boolean {
  return a.published < b.published || (a.published === b.published && a.articleId < b.articleId);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
