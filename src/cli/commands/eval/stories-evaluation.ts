// `sitrep eval stories --data DIR`: near-duplicate and story-clustering precision/recall on labelled fixtures.
import { usageError } from '../../../errors/catalogue.ts';
import { DEFAULT_DEDUPE_OPTIONS } from '../../../stages/dedupe/index.ts';
import {
  byPublication, linkInOrder, loadLabelledArticles, nearDuplicateGap, scoreOutcome, type LabelledArticle,
} from '../../../services/story-evaluation-service.ts';
import type { Evaluation } from './evaluation.ts';

/** Story-similarity thresholds shown in the sweep, around the default. */
const SWEEP = [0.05, 0.08, 0.1, 0.12, 0.13, 0.15, 0.2, 0.3];
/** Near-duplicate Jaccard thresholds shown in the sweep (containment rule disabled, to see Jaccard alone). */
const NEAR_SWEEP = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

export const storiesEvaluation: Evaluation = {
  name: 'stories',
  summary: 'near-duplicate and story clustering, pairwise P/R on labelled JSONL (test/fixtures/stories layout)',
  usage: '--data DIR',
  async run(data) {
    let articles: LabelledArticle[];
    try {
      articles = byPublication(await loadLabelledArticles(data));
    } catch (error) {
      throw usageError(`cannot read story fixtures at ${data}: ${(error as Error).message}`);
    }
    if (articles.length === 0) throw usageError(`no labelled articles in ${data}`);
    const started = performance.now();
    const outcome = await linkInOrder(articles);
    const seconds = (performance.now() - started) / 1000;
    const all = scoreOutcome(articles, outcome);
    const reversed = [...articles].reverse();
    const reverseScores = scoreOutcome(reversed, await linkInOrder(reversed));
    const rerun = await linkInOrder(articles);
    const stable = rerun.storyIds.every((id, i) => id === outcome.storyIds[i]);
    const stories = [...new Set(articles.map((a) => a.story))].sort();
    // Halves by the month a story starts in (odd months dev, even held-out), so that similar events
    // of the same week, the hard cases, fall in the same half.
    const startMonth = new Map<string, number>();
    for (const a of articles) if (!startMonth.has(a.story)) startMonth.set(a.story, Number((a.published ?? '0000-01').slice(5, 7)));
    const isDev = (a: LabelledArticle): boolean => (startMonth.get(a.story) ?? 1) % 2 === 1;
    const sweep = [];
    for (const threshold of SWEEP) {
      const run = await linkInOrder(articles, { storySimilarity: threshold });
      const dev = scoreOutcome(articles, run, isDev).pairs;
      const heldOut = scoreOutcome(articles, run, (a) => !isDev(a)).pairs;
      sweep.push({ threshold, dev_f1: round(dev.f1), held_out_precision: round(heldOut.precision), held_out_recall: round(heldOut.recall), held_out_f1: round(heldOut.f1) });
    }
    const nearSweep = [];
    for (const threshold of NEAR_SWEEP) {
      const run = await linkInOrder(articles, { nearDuplicateJaccard: threshold, nearDuplicateContainment: 2 });
      const near = scoreOutcome(articles, run).nearDuplicates;
      nearSweep.push({ jaccard: threshold, precision: round(near.precision), recall: round(near.recall) });
    }
    const gap = nearDuplicateGap(articles, DEFAULT_DEDUPE_OPTIONS.shingleSize);
    const json = {
      articles: articles.length,
      gold_stories: stories.length,
      predicted_stories: new Set(outcome.storyIds).size,
      pairs_precision: round(all.pairs.precision),
      pairs_recall: round(all.pairs.recall),
      pairs_f1: round(all.pairs.f1),
      bcubed_f1: round(all.bcubed.f1),
      near_duplicate_precision: round(all.nearDuplicates.precision),
      near_duplicate_recall: round(all.nearDuplicates.recall),
      near_duplicate_f1: round(all.nearDuplicates.f1),
      reverse_order_pairs_f1: round(reverseScores.pairs.f1),
      rerun_identical: stable,
      articles_per_s: Math.round(articles.length / seconds),
      story_similarity_threshold: DEFAULT_DEDUPE_OPTIONS.storySimilarity,
      near_duplicate_thresholds: { jaccard: DEFAULT_DEDUPE_OPTIONS.nearDuplicateJaccard, containment: DEFAULT_DEDUPE_OPTIONS.nearDuplicateContainment },
      near_duplicate_gap: Object.fromEntries(Object.entries(gap).map(([k, v]) => [k, round(v)])),
      sweep,
      near_duplicate_sweep: nearSweep,
    };
    return { json, text: formatReport(json) };
  },
};

function formatReport(r: Record<string, unknown> & { sweep: Record<string, number>[]; near_duplicate_sweep: Record<string, number>[]; near_duplicate_gap: Record<string, number> }): string {
  const lines = [
    `articles ${r.articles} · gold stories ${r.gold_stories} · predicted stories ${r.predicted_stories} · ${r.articles_per_s} articles/s`,
    `stories (threshold ${r.story_similarity_threshold}): pairwise precision ${r.pairs_precision} recall ${r.pairs_recall} F1 ${r.pairs_f1} · B³ F1 ${r.bcubed_f1}`,
    `  arrival in reverse order: pairwise F1 ${r.reverse_order_pairs_f1} · re-run identical: ${r.rerun_identical ? 'yes' : 'NO'}`,
    `near-duplicates: pairwise precision ${r.near_duplicate_precision} recall ${r.near_duplicate_recall} F1 ${r.near_duplicate_f1}`,
    `  exact shingle resemblance: weakest reprint pair Jaccard ${r.near_duplicate_gap.minReprintJaccard} / containment ${r.near_duplicate_gap.minReprintContainment}; ` +
      `strongest other pair Jaccard ${r.near_duplicate_gap.maxOtherJaccard} / containment ${r.near_duplicate_gap.maxOtherContainment}`,
    'story threshold sweep (dev = stories starting in odd months, held-out = even months):',
    '  threshold  dev F1  held-out P  held-out R  held-out F1',
    ...r.sweep.map((s) => `  ${pad(s.threshold, 9)}  ${pad(s.dev_f1, 6)}  ${pad(s.held_out_precision, 10)}  ${pad(s.held_out_recall, 10)}  ${pad(s.held_out_f1, 11)}`),
    'near-duplicate sweep, Jaccard rule alone (containment rule off):',
    `  ${r.near_duplicate_sweep.map((s) => `${s.jaccard}: P ${s.precision} R ${s.recall}`).join(' · ')}`,
  ];
  return `${lines.join('\n')}\n`;
}

function pad(value: number | undefined, width: number): string {
  return String(value).padStart(width);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
