// Event typing on CASE 2021 task 2 (weighted F1, all 30 and ACLED 25) and the events+claims stages' speed on the seed pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Benchmark } from '../benchmark.ts';
import { eventsEvaluation } from '../../src/cli/commands/eval/eval-events.ts';
import { createArticle } from '../../src/article/article.ts';
import { defaultPipeline } from '../../src/stages/default-pipeline.ts';
import { processIO } from '../../src/cli/cli-io.ts';

const TSV = fileURLToPath(new URL('../../../shared/bench/events/case2021-task2-dev.tsv', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));

const benchmark: Benchmark = {
  name: 'events',
  async run() {
    if (!existsSync(TSV)) {
      process.stderr.write(`events: ${TSV} not found (it lives in the shared workspace); skipped\n`);
      return null;
    }
    const started = performance.now();
    const { json } = await eventsEvaluation.run(TSV, processIO());
    const typingSeconds = (performance.now() - started) / 1000;
    const snippets = json.snippets as number;
    const figures: Record<string, unknown> = {
      snippets,
      accuracy: json.accuracy,
      weighted_f1: json.weighted_f1,
      weighted_f1_acled25: json.weighted_f1_acled25,
      snippets_per_second: snippets / typingSeconds,
    };
    if (existsSync(SEEDS)) {
      const pipeline = defaultPipeline();
      const texts = readdirSync(SEEDS).map((f) => readFileSync(SEEDS + f, 'utf8'));
      const rounds = 20;
      const t0 = performance.now();
      for (let r = 0; r < rounds; r++) texts.forEach((text, i) => pipeline.run(createArticle({ id: `s${i}`, documentId: 'd', text })));
      figures.seed_articles_per_second = (rounds * texts.length) / ((performance.now() - t0) / 1000);
    }
    const f = (x: unknown): string => (typeof x === 'number' ? x.toFixed(3) : String(x));
    return {
      figures,
      rows: Object.entries(figures).map(([k, v]) => [k, f(v)] as const),
    };
  },
};

export default benchmark;
