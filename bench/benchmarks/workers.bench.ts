// Benchmark: documents/s processed by 1 and by 2 `sitrep worker` processes pulling from the same PostgreSQL queue.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Benchmark, BenchmarkResult } from '../benchmark.ts';
import { connectQueue, enqueueInputs, queueSchemaFor } from '../../src/services/queue/ingest-queue.ts';
import { readInputs } from '../../src/stages/read/read-inputs.ts';
import { openStore } from '../../src/storage/open-store.ts';
import { dropSchemas, postgresForTests, uniqueSchemaName, urlWithSchema } from '../../src/storage/postgres/postgres-test-support.ts';
import { startWorkerProcess, waitFor, workerReady, writeGeneratedReports } from '../../test/workers/worker-support.ts';

const DOCUMENTS = 1000;
/** Rounds of (1 worker, 2 workers), alternated so that load from other processes hits both alike. */
const ROUNDS = 3;
const WORKER_ARGS = ['--concurrency', '2', '--batch-size', '4'];

interface RunFigures {
  readonly workers: number;
  readonly documents: number;
  /** Steady-state rate: documents between 10% and 90% of the total, over the time that took. */
  readonly documentsPerSecond: number;
  /** From the first worker's start to the last document stored, start-up included. */
  readonly wallSeconds: number;
  /** CPU time the worker processes used per document (start-up included); null where /proc is absent. */
  readonly workerCpuMsPerDocument: number | null;
}

/** User + system CPU milliseconds a live process has used, from /proc (Linux); null elsewhere. */
async function cpuMilliseconds(pid: number | undefined): Promise<number | null> {
  try {
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).replace(/^.*\) /, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

async function measure(url: string, inputs: string, workerCount: number): Promise<RunFigures> {
  const schema = uniqueSchemaName('sitrep_bench');
  const db = urlWithSchema(url, schema);
  const store = await openStore(db, { maxConnections: 2 });
  try {
    const boss = await connectQueue(db);
    await enqueueInputs(boss, readInputs([inputs]));
    await boss.stop({ graceful: false, close: true });
    const started = performance.now();
    const workers = Array.from({ length: workerCount }, () => startWorkerProcess(db, WORKER_ARGS));
    try {
      await Promise.all(workers.map((w) => workerReady(w)));
      const stored = async (): Promise<number> => (await store.counts()).documents;
      await waitFor(stored, (n) => n >= DOCUMENTS * 0.1, 300_000, 25);
      const t10 = performance.now();
      await waitFor(stored, (n) => n >= DOCUMENTS * 0.9, 300_000, 25);
      const t90 = performance.now();
      await waitFor(stored, (n) => n >= DOCUMENTS, 300_000, 25);
      const done = performance.now();
      const cpu = await Promise.all(workers.map((w) => cpuMilliseconds(w.child.pid)));
      return {
        workers: workerCount,
        documents: DOCUMENTS,
        documentsPerSecond: (DOCUMENTS * 0.8) / ((t90 - t10) / 1000),
        wallSeconds: (done - started) / 1000,
        workerCpuMsPerDocument: cpu.includes(null) ? null : cpu.reduce((a, b) => a! + b!, 0)! / DOCUMENTS,
      };
    } finally {
      for (const w of workers) w.child.kill('SIGTERM');
      await Promise.all(workers.map((w) => w.exited));
    }
  } finally {
    await store.close();
    await dropSchemas(url, [schema, queueSchemaFor(db)]);
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const benchmark: Benchmark = {
  name: 'workers',
  async run(): Promise<BenchmarkResult | null> {
    const target = await postgresForTests();
    if ('skip' in target) {
      process.stderr.write(`workers: skipped: ${target.skip}\n`);
      return null;
    }
    const dir = await mkdtemp(join(tmpdir(), 'sitrep-bench-workers-'));
    try {
      const inputs = join(dir, 'reports.jsonl');
      await writeGeneratedReports(inputs, DOCUMENTS);
      const runs: RunFigures[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        runs.push(await measure(target.url, inputs, 1), await measure(target.url, inputs, 2));
      }
      const rate = (workers: number): number => median(runs.filter((r) => r.workers === workers).map((r) => r.documentsPerSecond));
      const wall = (workers: number): number => median(runs.filter((r) => r.workers === workers).map((r) => r.wallSeconds));
      const ratio = rate(2) / rate(1);
      const cpuPerDoc = (workers: number): string => {
        const values = runs.filter((r) => r.workers === workers).map((r) => r.workerCpuMsPerDocument);
        return values.includes(null) ? 'n/a' : median(values as number[]).toFixed(1);
      };
      const each = (workers: number): string => runs.filter((r) => r.workers === workers).map((r) => r.documentsPerSecond.toFixed(0)).join(', ');
      return {
        figures: {
          documents: DOCUMENTS, rounds: ROUNDS, workerArgs: WORKER_ARGS, cpus: availableParallelism(), loadAverage: loadavg()[0],
          oneWorkerDocumentsPerSecond: rate(1), twoWorkersDocumentsPerSecond: rate(2), ratio, runs,
        },
        rows: [
          ['documents per run, rounds', `${DOCUMENTS}, ${ROUNDS}`],
          ['worker options', WORKER_ARGS.join(' ')],
          ['CPUs, 1-min load average', `${availableParallelism()}, ${loadavg()[0]!.toFixed(1)}`],
          ['1 worker: documents/s (median; runs)', `${rate(1).toFixed(1)} (${each(1)})`],
          ['2 workers: documents/s (median; runs)', `${rate(2).toFixed(1)} (${each(2)})`],
          ['wall s with start-up, 1 / 2 workers', `${wall(1).toFixed(1)} / ${wall(2).toFixed(1)}`],
          ['worker CPU ms per document, 1 / 2 workers', `${cpuPerDoc(1)} / ${cpuPerDoc(2)}`],
          ['ratio 2 / 1', ratio.toFixed(2)],
        ],
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};

export default benchmark;
