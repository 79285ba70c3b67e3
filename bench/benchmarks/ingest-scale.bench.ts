// One long SQLite ingest of the realistic feed (bench/support/realistic-corpus.ts), 100,000 documents by default
// (SITREP_BENCH_SCALE_DOCUMENTS to change): peak RSS, and whether the last 10,000 articles cost more than the first.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Benchmark } from '../benchmark.ts';

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
}

/** Run the scale runner in its own process (its peak RSS is then its own); resolves with its figures. */
function runScale(documents: number, db: string): Promise<ScaleFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [RUNNER, String(documents), db], { stdio: ['ignore', 'pipe', 'inherit'] });
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
    const documents = Number(process.env.SITREP_BENCH_SCALE_DOCUMENTS ?? 100_000);
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-scale-'));
    try {
      const db = join(dir, 'scale.db');
      const f = await runScale(documents, db);
      const storeMb = statSync(db).size / (1024 * 1024);
      const slices = f.sliceSeconds.map((s) => s.toFixed(0)).join(', ');
      const slice = Number(process.env.SITREP_BENCH_SLICE ?? 10_000).toLocaleString('en');
      return {
        figures: { ...f, storeMb },
        rows: [
          ['documents (realistic feed, ~10% reprints)', `${f.documents} → ${f.articles} articles, ${f.nearDuplicates} near-duplicates, ${f.duplicates} exact duplicates`],
          ['events, claims, failures', `${f.events}, ${f.claims}, ${f.failures}`],
          ['worker threads; 1-min load average (start … end)', `${f.jobs}; ${f.loadAverages[0]?.toFixed(1)} … ${f.loadAverages.at(-1)?.toFixed(1)}`],
          ['wall s, articles/s, CPU s of the process', `${f.seconds.toFixed(0)}, ${(f.articles / f.seconds).toFixed(1)}, ${f.cpuSeconds.toFixed(0)}`],
          [`wall s per ${slice} articles, in order`, slices],
          [`CPU s (all threads) per ${slice} articles, in order`, f.sliceCpuSeconds.map((s) => s.toFixed(0)).join(', ')],
          [`last ${slice} / first ${slice}: wall, CPU`, `${f.lastOverFirst === null ? 'n/a' : f.lastOverFirst.toFixed(2)}, ${f.lastOverFirstCpu === null ? 'n/a' : f.lastOverFirstCpu.toFixed(2)}`],
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
