// Ingest throughput: the seeds repeated to about 10 MB; each copy ends in its own sentence so none is skipped as an exact duplicate.
import { mkdtemp, readdir, readFile, writeFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Benchmark } from '../benchmark.ts';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.ts';
import { ingestItems } from '../../src/services/ingest-service.ts';
import { readInputs } from '../../src/stages/read/read-inputs.ts';
import { defaultPipeline } from '../../src/stages/default-pipeline.ts';

const SEEDS = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
const TARGET_BYTES = 10 * 1024 * 1024;

const bench: Benchmark = {
  name: 'ingest',
  async run() {
    if (!existsSync(SEEDS)) {
      process.stderr.write(`skipped: ${SEEDS} is absent\n`);
      return null;
    }
    const seeds = await Promise.all((await readdir(SEEDS)).sort().map((f) => readFile(join(SEEDS, f), 'utf8')));
    const dir = await mkdtemp(join(tmpdir(), 'sitrep-bench-ingest-'));
    const corpus = join(dir, 'corpus.jsonl');
    const lines: string[] = [];
    let bytes = 0;
    for (let copy = 0; bytes < TARGET_BYTES; copy++) {
      for (const seed of seeds) {
        // The cleaner takes a first line as the title, so the copy's own line goes last, in the body.
        const text = `${seed}\nThis is copy ${copy} of the benchmark corpus.`;
        bytes += Buffer.byteLength(text);
        lines.push(JSON.stringify({ text, url: `https://bench.example/${copy}` }));
      }
    }
    await writeFile(corpus, `${lines.join('\n')}\n`);
    const store = new SqliteStore(join(dir, 'bench.db'));
    await store.migrate();
    const started = performance.now();
    const summary = await ingestItems(store, readInputs([corpus], { maxBytes: 64 * 1024 * 1024 }), { pipeline: defaultPipeline() });
    const seconds = (performance.now() - started) / 1000;
    await store.close();
    await rm(dir, { recursive: true, force: true });
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const figures = {
      input_mb: bytes / (1024 * 1024),
      documents: summary.documentsRead,
      articles: summary.articles,
      events: summary.events,
      seconds,
      articles_per_s: summary.articles / seconds,
      mb_per_s: bytes / (1024 * 1024) / seconds,
      peak_rss_mb: peakRssMb,
    };
    return {
      figures,
      rows: [
        ['input', `${figures.input_mb.toFixed(1)} MB, ${figures.documents} documents`],
        ['articles', String(figures.articles)],
        ['events', String(figures.events)],
        ['articles/s', figures.articles_per_s.toFixed(1)],
        ['MB/s', figures.mb_per_s.toFixed(2)],
        ['peak RSS', `${peakRssMb.toFixed(0)} MB`],
      ],
    };
  },
};
export default bench;
