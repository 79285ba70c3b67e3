// Evaluating near-duplicate and story linking: labelled fixture articles go through the real ingest
// path into a throwaway store, and the links it assigned are scored against the gold labels.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Pipeline } from '../pipeline/runner.ts';
import { recordItem } from '../stages/read/read-inputs.ts';
import type { InputItem } from '../stages/read/input-item.ts';
import { createDeduper, type DedupeOptions } from '../stages/dedupe/index.ts';
import { shingleSet } from '../stages/dedupe/shingles.ts';
import { SqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { bcubedScores, pairwiseScores, type ClusterScores } from '../util/cluster-metrics.ts';
import { ingestItem } from './ingest-service.ts';

/** One labelled fixture article (test/fixtures/stories layout). */
export interface LabelledArticle {
  readonly id: string;
  readonly url: string;
  readonly published: string | null;
  readonly text: string;
  readonly story: string;
  readonly wire: string | null;
  /** The whole JSON record, ingested as is. */
  readonly record: Record<string, unknown>;
}

/** Read every *.jsonl file of `path` (a folder or one file). Throws Error naming the first bad row. */
export async function loadLabelledArticles(path: string): Promise<LabelledArticle[]> {
  const files = (await stat(path)).isDirectory()
    ? (await readdir(path)).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(path, f))
    : [path];
  const rows: LabelledArticle[] = [];
  for (const file of files) {
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const r = JSON.parse(line) as Record<string, unknown>;
      if (typeof r.id !== 'string' || typeof r.text !== 'string' || typeof r.story !== 'string' || typeof r.url !== 'string') {
        throw new Error(`${file}:${i + 1}: a row needs string id, url, text and story`);
      }
      const published = typeof r.published === 'string' ? r.published : null;
      rows.push({ id: r.id, url: r.url, published, text: r.text, story: r.story, wire: typeof r.wire === 'string' ? r.wire : null, record: r });
    });
  }
  return rows;
}

/** What the linker assigned to each fixture article, in the order given. */
export interface LinkOutcome {
  readonly storyIds: string[];
  /** Near-duplicate group of each article: the root of its chain of near-duplicate links. */
  readonly nearDuplicateGroups: string[];
}

/**
 * Ingest `articles` in the given order (no per-article stages: only reading, cleaning and linking)
 * into an in-memory store, and read back the links. Throws when an article cannot be found again.
 */
export async function linkInOrder(articles: readonly LabelledArticle[], options: Partial<DedupeOptions> = {}): Promise<LinkOutcome> {
  const outcome = await linkItemsInOrder(articles.map((row) => recordItem(`fixture:${row.id}`, row.record)), options);
  articles.forEach((row, i) => {
    if (outcome.urls[i] !== row.url) throw new Error(`fixture ${row.id} was not stored as its article`);
  });
  return outcome;
}

/**
 * Ingest input items in the given order into an in-memory store and read back the links of each
 * item's first article. An item that yielded no article gets its own story and group (its origin).
 */
export async function linkItemsInOrder(items: readonly InputItem[], options: Partial<DedupeOptions> = {}): Promise<LinkOutcome & { urls: (string | null)[] }> {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  try {
    const deduper = createDeduper(options);
    const pipeline = new Pipeline([]);
    const articleIds: string[] = [];
    const urls: (string | null)[] = [];
    for (const item of items) {
      const documentId = await ingestItem(store, item, { pipeline, deduper, now: () => new Date(0) });
      const articleId = `${documentId.slice(0, 24)}-0`;
      const stored = await store.getArticle(articleId);
      articleIds.push(stored ? articleId : `none:${item.origin}`);
      urls.push(stored?.meta.url ?? null);
    }
    const links = new Map((await store.getArticleLinks(articleIds)).map((l) => [l.articleId, l]));
    const root = (id: string): string => {
      const seen = new Set<string>();
      let current = id;
      while (!seen.has(current)) {
        seen.add(current);
        const next = links.get(current)?.nearDuplicateOf;
        if (!next) break;
        current = next;
      }
      return current;
    };
    return {
      storyIds: articleIds.map((id) => links.get(id)?.storyId ?? id),
      nearDuplicateGroups: articleIds.map(root),
      urls,
    };
  } finally {
    await store.close();
  }
}

/** Articles in arrival order: by publication time, then id. */
export function byPublication(articles: readonly LabelledArticle[]): LabelledArticle[] {
  return [...articles].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id));
}

export interface StoryScores {
  readonly pairs: ClusterScores;
  readonly bcubed: ClusterScores;
  readonly nearDuplicates: ClusterScores;
}

/** Score an outcome against the gold labels, over all articles or only those whose `include` is true. */
export function scoreOutcome(articles: readonly LabelledArticle[], outcome: LinkOutcome, include: (a: LabelledArticle) => boolean = () => true): StoryScores {
  const keep = articles.map((a, i) => [a, i] as const).filter(([a]) => include(a));
  const gold = keep.map(([a]) => a.story);
  const predicted = keep.map(([, i]) => outcome.storyIds[i]!);
  const wires = keep.map(([a]) => a.wire);
  const groups = keep.map(([, i]) => outcome.nearDuplicateGroups[i]!);
  return { pairs: pairwiseScores(gold, predicted), bcubed: bcubedScores(gold, predicted), nearDuplicates: pairwiseScores(wires, groups) };
}

/** Exact shingle-set resemblance of labelled pairs: the weakest reprint pair and the strongest non-reprint pair. */
export function nearDuplicateGap(articles: readonly LabelledArticle[], shingleSize: number): { minReprintJaccard: number; minReprintContainment: number; maxOtherJaccard: number; maxOtherContainment: number } {
  const sets = articles.map((a) => shingleSet(a.text, shingleSize));
  const gap = { minReprintJaccard: 1, minReprintContainment: 1, maxOtherJaccard: 0, maxOtherContainment: 0 };
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      let shared = 0;
      for (const s of sets[i]!) if (sets[j]!.has(s)) shared++;
      const jaccard = shared / (sets[i]!.size + sets[j]!.size - shared || 1);
      const containment = shared / (Math.min(sets[i]!.size, sets[j]!.size) || 1);
      if (articles[i]!.wire !== null && articles[i]!.wire === articles[j]!.wire) {
        gap.minReprintJaccard = Math.min(gap.minReprintJaccard, jaccard);
        gap.minReprintContainment = Math.min(gap.minReprintContainment, containment);
      } else {
        gap.maxOtherJaccard = Math.max(gap.maxOtherJaccard, jaccard);
        gap.maxOtherContainment = Math.max(gap.maxOtherContainment, containment);
      }
    }
  }
  return gap;
}
