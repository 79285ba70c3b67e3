// Dedupe throughput: ingest (read, fingerprint, find candidates, link, store) of the story fixtures,
// and of a dense month built from them (each copy of the corpus gets its own vocabulary, so copies
// are not duplicates of each other but all fall inside one another's IDF window).
import { fileURLToPath } from 'node:url';
import { Pipeline } from '../../src/pipeline/runner.ts';
import { recordItem } from '../../src/stages/read/read-inputs.ts';
import { ingestItem } from '../../src/services/ingest-service.ts';
import { byPublication, loadLabelledArticles, type LabelledArticle } from '../../src/services/story-evaluation-service.ts';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.ts';
import type { Benchmark } from '../benchmark.ts';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/stories', import.meta.url));
const COPIES = 20;

/** Copy `k` of a record: every word suffixed with a per-copy tag, published on a day inside March 2019. */
function copyOf(row: LabelledArticle, k: number, index: number): Record<string, unknown> {
  const tag = String.fromCharCode(97 + (k % 26)).repeat(1 + Math.floor(k / 26));
  const retag = (text: string): string => text.replace(/\p{L}+/gu, (w) => `${w}${tag}`);
  const day = 1 + ((index + k) % 28);
  return { ...row.record, url: `${row.url}#${k}`, title: retag(String(row.record.title ?? '')), text: retag(row.text), published: `2019-03-${String(day).padStart(2, '0')}T12:00:00Z` };
}

async function ingestAll(records: readonly Record<string, unknown>[]): Promise<number> {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  const pipeline = new Pipeline([]);
  const started = performance.now();
  for (const [i, record] of records.entries()) await ingestItem(store, recordItem(`bench#${i}`, record), { pipeline, now: () => new Date(0) });
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return records.length / seconds;
}

const benchmark: Benchmark = {
  name: 'dedupe',
  async run() {
    const rows = byPublication(await loadLabelledArticles(FIXTURES));
    const fixtureRate = await ingestAll(rows.map((r) => r.record));
    const dense = Array.from({ length: COPIES }, (_, k) => rows.map((r, i) => copyOf(r, k, i))).flat();
    const denseRate = await ingestAll(dense);
    return {
      figures: { fixture_articles: rows.length, fixture_articles_per_s: Math.round(fixtureRate), dense_articles: dense.length, dense_articles_per_s: Math.round(denseRate) },
      rows: [
        [`ingest+dedupe, ${rows.length} fixture articles`, `${Math.round(fixtureRate)} articles/s`],
        [`ingest+dedupe, ${dense.length} articles in one month`, `${Math.round(denseRate)} articles/s`],
      ],
    };
  },
};

export default benchmark;
