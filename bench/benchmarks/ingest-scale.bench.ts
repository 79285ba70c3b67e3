// One long SQLite ingest of the realistic feed (bench/support/realistic-corpus.ts), 100,000 documents by default
// (SITREP_BENCH_SCALE_DOCUMENTS to change): peak RSS, and whether the last 10,000 articles cost more than the first.
// A scaled run (fewer documents, e.g. 20,000: the full run takes hours on a busy 2-core machine) keeps the
// proportions of the full one: the feed spans the same 400 days (fewer documents a day, so the dedupe
// windows — 3 days for stories, ±30 days for term frequencies — hold the same share of the store) and
// the slices are a tenth of the run. What grows with the store size itself (indexes, LSH band look-ups)
// grows less over a smaller store: the full run is the target's measure.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Benchmark } from '../benchmark.ts';
import { sitrepNodeFlags } from '../support/child-processes.ts';

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const RUNNER = fileURLToPath(new URL('../support/scale-run.ts', import.meta.url));

interface ScaleFigures {
  readonly documents: number;
  readonly jobs: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly startupSeconds: number;
  readonly articles: number;
  readonly nearDuplicates: number;
  readonly duplicates: number;
  readonly events: number;
  readonly claims: number;
  readonly failures: number;
  readonly peakRssMb: number;
  readonly sliceSeconds: readonly number[];
  readonly lastOverFirst: number | null;
  readonly sliceCpuSeconds: readonly number[];
  readonly lastOverFirstCpu: number | null;
  readonly rssAtStartMb: number;
  readonly loadAverages: readonly number[];
  readonly sliceWriterCpuSeconds?: readonly number[];
  readonly lastOverFirstWriterCpu?: number | null;
}

const FULL_RUN = 100_000;

/** Run the scale runner in its own process (its peak RSS is then its own); resolves with its figures. */
function runScale(documents: number, db: string, perDay: number, slice: number): Promise<ScaleFigures> {
  return new Promise((resolve, reject) => {
    // With the Node options the `sitrep` executable runs with: the runner's thread is the ingest's writer, as in `sitrep ingest`.
    const child = spawn(process.execPath, [...sitrepNodeFlags(), RUNNER, String(documents), db, 'auto', String(perDay)], {
      stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, SITREP_BENCH_SLICE: String(slice) },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as ScaleFigures) : reject(new Error(`scale run exited with ${code}`))));
  });
}

const bench: Benchmark = {
  name: 'ingest-scale',
  async run() {
    if (!existsSync(join(SHARED, 'bench/relevance/bbc-news.jsonl'))) {
      process.stderr.write(`ingest-scale: skipped, ../shared is absent (${SHARED})\n`);
      return null;
    }
    const documents = Number(process.env.SITREP_BENCH_SCALE_DOCUMENTS ?? FULL_RUN);
    // The full run's feed: 250 documents a day over 400 days, slices of 10,000; a scaled run keeps the 400 days and tenths.
    const perDay = Number(process.env.SITREP_BENCH_SCALE_PER_DAY ?? Math.max(1, Math.round((250 * documents) / FULL_RUN)));
    const sliceSize = Number(process.env.SITREP_BENCH_SLICE ?? Math.max(1, Math.round(documents / 10)));
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-scale-'));
    try {
      const db = join(dir, 'scale.db');
      const f = await runScale(documents, db, perDay, sliceSize);
      const storeMb = statSync(db).size / (1024 * 1024);
      const slices = f.sliceSeconds.map((s) => s.toFixed(0)).join(', ');
      const slice = sliceSize.toLocaleString('en');
      const writerSlices = f.sliceWriterCpuSeconds ?? [];
      return {
        figures: { ...f, storeMb, scaled: documents !== FULL_RUN, sliceSize },
        rows: [
          ['run', documents === FULL_RUN ? 'the full run' : `scaled: ${documents.toLocaleString('en')} documents (the full run is ${FULL_RUN.toLocaleString('en')}), ${perDay} a day`],
          ['documents (realistic feed, ~10% reprints)', `${f.documents} → ${f.articles} articles, ${f.nearDuplicates} near-duplicates, ${f.duplicates} exact duplicates`],
          ['events, claims, failures', `${f.events}, ${f.claims}, ${f.failures}`],
          ['worker threads; 1-min load average (start … end)', `${f.jobs}; ${f.loadAverages[0]?.toFixed(1)} … ${f.loadAverages.at(-1)?.toFixed(1)}`],
          ['wall s, articles/s, CPU s of the process', `${f.seconds.toFixed(0)}, ${(f.articles / f.seconds).toFixed(1)}, ${f.cpuSeconds.toFixed(0)}`],
          [`wall s per ${slice} articles, in order`, slices],
          [`CPU s (all threads) per ${slice} articles, in order`, f.sliceCpuSeconds.map((s) => s.toFixed(0)).join(', ')],
          [`writer thread CPU s per ${slice} articles, in order`, writerSlices.map((s) => s.toFixed(0)).join(', ')],
          [`last ${slice} / first ${slice}: wall, CPU, writer thread CPU`, [f.lastOverFirst, f.lastOverFirstCpu, f.lastOverFirstWriterCpu ?? null].map((r) => (r == null ? 'n/a' : r.toFixed(2))).join(', ')],
          ['peak RSS (main + worker threads; the feed is made in another process)', `${f.peakRssMb.toFixed(0)} MB (${f.rssAtStartMb.toFixed(0)} MB when the ingest began)`],
          ['store size', `${storeMb.toFixed(0)} MB`],
        ],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
export default bench;
