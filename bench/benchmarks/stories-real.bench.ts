// Story clustering on real news pages: the scrapinghub extraction pages (../shared, 181 pages, mostly
// 18-20 November 2019) with the project's own story labels (data/story-labels-scrapinghub.json),
// ingested through the real path (Readability, dedupe) in file-name order, at several thresholds.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../../src/stages/read/read-inputs.ts';
import type { InputItem } from '../../src/stages/read/input-item.ts';
import { DEFAULT_DEDUPE_OPTIONS } from '../../src/stages/dedupe/index.ts';
import { linkItemsInOrder } from '../../src/services/story-evaluation-service.ts';
import { bcubedScores, pairwiseScores } from '../../src/util/cluster-metrics.ts';
import type { Benchmark } from '../benchmark.ts';

const PAGES = fileURLToPath(new URL('../../../shared/bench/extraction/scrapinghub/html', import.meta.url));
const LABELS = fileURLToPath(new URL('../../data/story-labels-scrapinghub.json', import.meta.url));
const THRESHOLDS = [0.1, 0.13, 0.15, 0.2, 0.25, 0.3];

const benchmark: Benchmark = {
  name: 'stories-real',
  async run() {
    if (!existsSync(PAGES)) {
      process.stderr.write(`stories-real: ${PAGES} is absent (needs ../shared); skipped\n`);
      return null;
    }
    const labels = new Map<string, string>(
      (JSON.parse(readFileSync(LABELS, 'utf8')) as { labels: { id: string; story: string }[] }).labels.map((l) => [l.id, l.story]),
    );
    const items: InputItem[] = [];
    for await (const item of readInputs([PAGES])) items.push(item);
    const gold = items.map((item) => {
      const story = labels.get(basename(item.origin).replace(/\.html\.gz$/, ''));
      if (!story) throw new Error(`no story label for ${item.origin}`);
      return story;
    });
    const figures: Record<string, unknown> = { pages: items.length, gold_multi_page_stories: new Set(gold).size < gold.length ? countMulti(gold) : 0 };
    const rows: [string, string][] = [];
    for (const threshold of THRESHOLDS) {
      const outcome = await linkItemsInOrder(items, { storySimilarity: threshold });
      const pairs = pairwiseScores(gold, outcome.storyIds);
      const b3 = bcubedScores(gold, outcome.storyIds);
      figures[`t${threshold}`] = { pairs_precision: round(pairs.precision), pairs_recall: round(pairs.recall), pairs_f1: round(pairs.f1), bcubed_f1: round(b3.f1) };
      const mark = threshold === DEFAULT_DEDUPE_OPTIONS.storySimilarity ? ' (default)' : '';
      rows.push([`cosine ${threshold}${mark}`, `pairwise P ${round(pairs.precision)} R ${round(pairs.recall)} F1 ${round(pairs.f1)} · B³ F1 ${round(b3.f1)}`]);
    }
    return { figures, rows };
  },
};

function countMulti(labels: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts.values()].filter((n) => n > 1).length;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export default benchmark;
