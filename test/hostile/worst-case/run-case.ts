// One worst case in a process of its own: `node test/hostile/worst-case/run-case.ts NAME [BYTES...]` writes the
// input at each size, ingests it end to end as `sitrep ingest --jobs 1` does (worker thread, per-document time
// budget, SQLite store, incidents) or parses it as `watch` parses a feed, and prints one JSON line with the
// wall and CPU seconds of each size, how it ended, and the process's peak resident memory (each input is written by
// make-input.ts in a process of its own, so building it costs this process nothing). Without sizes:
// 32 KiB doubling until one takes SCALE_CPU_SECONDS or 4 MiB (the growth check), then 15 MiB less 1 KiB.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadedProcessor } from '../../../src/services/ingest/document-processor.ts';
import { ingestItems } from '../../../src/services/ingest-service.ts';
import { parseFeedText } from '../../../src/stages/fetch/feeds.ts';
import { readInputs } from '../../../src/stages/read/read-inputs.ts';
import { SqliteStore } from '../../../src/storage/sqlite/sqlite-store.ts';
import { WORST_CASES } from './corpus.ts';

export interface SizeResult {
  readonly bytes: number;
  readonly wallSeconds: number;
  /** CPU time of the whole process (main thread, worker, garbage collector) while the input was handled. */
  readonly cpuSeconds: number;
  /** 'stored' (articles or none), 'refused' (a one-line reason before the pipeline), 'stopped' (time or memory budget), 'failed'. */
  readonly outcome: 'stored' | 'refused' | 'stopped' | 'failed' | 'parsed';
  readonly reason: string | null;
  readonly articles: number;
}

export interface CaseResult {
  readonly name: string;
  readonly sizes: readonly SizeResult[];
  readonly peakRssMb: number;
}

const KIB = 1024;
/** The largest input read (the default size limit) less a margin: the budget check's size. */
export const MAX_BYTES = 15 * 1024 * KIB - KIB;
/** The growth check stops doubling once one size takes this much CPU time. */
export const SCALE_CPU_SECONDS = 3;

const [name, ...sizeArgs] = process.argv.slice(2);
const worst = WORST_CASES.find((c) => c.name === name);
if (!worst) {
  process.stderr.write(`usage: run-case.ts NAME BYTES...; names: ${WORST_CASES.map((c) => c.name).join(', ')}\n`);
  process.exit(2);
}
const timeBudgetMs = Number(process.env.SITREP_TIME_BUDGET ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), 'sitrep-worst-'));
const processor = worst.path === 'ingest' ? threadedProcessor({ jobs: 1, timeBudgetMs }) : null;
const store = worst.path === 'ingest' ? new SqliteStore(join(dir, 'worst.db')) : null;
try {
  if (store) await store.migrate();
  await processor?.ready();
  const sizes: SizeResult[] = [];
  const measure = async (bytes: number): Promise<SizeResult> => {
    const file = join(dir, `input-${bytes}${worst.extension}`);
    // Built in a process of its own: only the ingest's memory counts in this process's peak.
    const made = spawnSync(process.execPath, [fileURLToPath(new URL('./make-input.ts', import.meta.url)), worst.name, String(bytes), file], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`could not make ${worst.name} at ${bytes} bytes: ${made.stderr}`);
    const wall = performance.now();
    const cpu = process.cpuUsage();
    let result: Omit<SizeResult, 'bytes' | 'wallSeconds' | 'cpuSeconds'>;
    if (processor && store) {
      const summary = await ingestItems(store, readInputs([file]), { processor, now: () => new Date('2026-01-01T00:00:00Z') });
      // A failed document, or a stage that failed on an article (stored, with the stage's error).
      const reason = summary.failures[0]?.error ?? null;
      const failed = summary.failedDocuments > 0 && reason !== null;
      result = {
        outcome: !failed ? 'stored' : /time budget|memory budget/.test(reason) ? 'stopped' : /refused|nested|not a JSON|neither|over the/.test(reason) ? 'refused' : 'failed',
        reason, articles: summary.articles,
      };
    } else {
      const feed = parseFeedText(readFileSync(file, 'utf8'));
      result = { outcome: feed.ok ? 'parsed' : 'refused', reason: feed.ok ? null : feed.error, articles: feed.ok ? feed.items.length : 0 };
    }
    const used = process.cpuUsage(cpu);
    const measured: SizeResult = {
      bytes: statSync(file).size,
      wallSeconds: round((performance.now() - wall) / 1000),
      cpuSeconds: round((used.user + used.system) / 1e6),
      ...result,
    };
    rmSync(file);
    sizes.push(measured);
    return measured;
  };
  if (sizeArgs.length > 0) {
    for (const bytes of sizeArgs) await measure(Number(bytes));
  } else {
    for (let bytes = 32 * KIB; bytes <= 4096 * KIB; bytes *= 2) {
      const measured = await measure(bytes);
      if (measured.cpuSeconds >= SCALE_CPU_SECONDS || measured.outcome === 'stopped') break;
    }
    await measure(MAX_BYTES);
  }
  const output: CaseResult = { name: worst.name, sizes, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  process.stdout.write(`${JSON.stringify(output)}\n`);
} finally {
  await store?.close();
  await processor?.close();
  rmSync(dir, { recursive: true, force: true });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
