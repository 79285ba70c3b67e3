// Benchmark: documents/s processed by 1 and by 2 `sitrep worker` processes pulling from the same PostgreSQL queue.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Benchmark, BenchmarkResult } from '../benchmark.ts';
import { connectQueue, enqueueInputs, queueSchemaFor } from '../../src/services/queue/ingest-queue.ts';
import { readInputs } from '../../src/stages/read/read-inputs.ts';
import { openStore } from '../../src/storage/open-store.ts';
import { dropSchemas, postgresForTests, uniqueSchemaName, urlWithSchema } from '../../src/storage/postgres/postgres-test-support.ts';
import { startWorkerProcess, waitFor, workerReady, writeGeneratedReports } from '../../test/workers/worker-support.ts';

const DOCUMENTS = 1000;
/** Rounds of (1 worker, 2 workers), alternated so that load from other processes hits both alike (SITREP_BENCH_ROUNDS). */
const ROUNDS = Number(process.env.SITREP_BENCH_ROUNDS ?? 3);
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
  /**
   * Where that CPU went, ms per document, by thread kind summed over the worker processes: MainThread (queue,
   * writer, store client), WorkerThread (the per-article pipeline), V8Worker (garbage collection and compiling),
   * libuv (thread pool), exited (threads gone by the end); from /proc/PID/task. Null where /proc is absent.
   */
  readonly cpuMsPerDocumentByThread: Record<string, number> | null;
  /** The worker processes' CPU per document from the moment they were ready (start-up excluded). */
  readonly workerCpuMsPerDocumentAfterStartup: number | null;
  /**
   * Steady state: the worker processes' CPU per document while the documents between 10% and 90% of the total were
   * stored (start-up and each process's first documents, while its code is compiled and optimised, excluded), and
   * PostgreSQL's over the same span. What a long-running worker costs per document.
   */
  readonly workerCpuMsPerDocumentSteady: number | null;
  readonly postgresCpuMsPerDocumentSteady: number | null;
  /** CPU time of every PostgreSQL server process during the run, per document (other users of the server count too). */
  readonly postgresCpuMsPerDocument: number | null;
  /** 1-minute load average when the run ended. */
  readonly loadAverage: number;
  /**
   * Incident updates the workers made (from their totals line at stop, the last update at stop included), rounds lost to
   * another worker committed first, and periodic updates skipped while the other worker held the incident lock.
   */
  readonly incidentUpdates: number | null;
  readonly incidentRoundsRedone: number | null;
  readonly incidentUpdatesSkipped: number | null;
  /** Pipeline worker threads of each worker process, as each said at start (`--jobs`, else its share of the cores). */
  readonly pipelineThreads: Array<number | null>;
}

/** Incident updates, rounds lost and updates skipped, from a stopped worker's totals line; null when it printed none. */
function incidentTotals(stderr: string): { updates: number; redone: number; skipped: number } | null {
  const match = /incidents: (\d+) updates placing \d+ events \((\d+) rounds (?:redone|lost)[^;)]*(?:; (\d+) skipped)?/.exec(stderr);
  return match ? { updates: Number(match[1]), redone: Number(match[2]), skipped: Number(match[3] ?? 0) } : null;
}

/** CPU milliseconds of each live thread of a process, summed by thread name, plus 'exited' for threads already gone. */
function threadCpu(pid: number | undefined): Record<string, number> | null {
  try {
    const ms = (stat: string): number => {
      const fields = stat.replace(/^.*\) /s, '').split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    };
    const total = ms(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    const byName: Record<string, number> = {};
    let live = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim().replace(/^libuv-worker$/, 'libuv');
        const used = ms(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'));
        byName[name] = (byName[name] ?? 0) + used;
        live += used;
      } catch {
        // the thread ended while being read
      }
    }
    byName.exited = Math.max(0, total - live);
    return byName;
  } catch {
    return null;
  }
}

/** CPU milliseconds used so far by every PostgreSQL server process (by command name), from /proc; null elsewhere. */
function postgresCpu(): number | null {
  try {
    let total = 0;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        if (!/^\d+ \(postgres/.test(stat)) continue;
        const fields = stat.replace(/^.*\) /s, '').split(' ');
        total += ((Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * 1000) / 100; // own and reaped children
      } catch {
        // gone
      }
    }
    return total;
  } catch {
    return null;
  }
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
    const postgresAtStart = postgresCpu();
    const workers = Array.from({ length: workerCount }, () => startWorkerProcess(db, WORKER_ARGS));
    try {
      await Promise.all(workers.map((w) => workerReady(w, 180_000))); // start-up is slow on a loaded machine
      const threadsAtReady = workers.map((w) => threadCpu(w.child.pid));
      const stored = async (): Promise<number> => (await store.counts()).documents;
      const n10 = await waitFor(stored, (n) => n >= DOCUMENTS * 0.1, 300_000, 25);
      const t10 = performance.now();
      const at10 = { workers: await Promise.all(workers.map((w) => cpuMilliseconds(w.child.pid))), postgres: postgresCpu() };
      const n90 = await waitFor(stored, (n) => n >= DOCUMENTS * 0.9, 300_000, 25);
      const t90 = performance.now();
      const at90 = { workers: await Promise.all(workers.map((w) => cpuMilliseconds(w.child.pid))), postgres: postgresCpu() };
      const steadyDocuments = n90 - n10;
      const steadyWorkers = at10.workers.includes(null) || at90.workers.includes(null)
        ? null : at90.workers.reduce((sum: number, ms, i) => sum + ms! - at10.workers[i]!, 0) / steadyDocuments;
      const steadyPostgres = at10.postgres === null || at90.postgres === null ? null : (at90.postgres - at10.postgres) / steadyDocuments;
      await waitFor(stored, (n) => n >= DOCUMENTS, 300_000, 25);
      const done = performance.now();
      const cpu = await Promise.all(workers.map((w) => cpuMilliseconds(w.child.pid)));
      const threads = workers.map((w) => threadCpu(w.child.pid));
      const postgresAtEnd = postgresCpu();
      // After start-up only: each worker process pays its own start-up (gazetteer, models), which two workers pay twice.
      let byThread: Record<string, number> | null = {};
      threads.forEach((t, i) => {
        const before = threadsAtReady[i];
        if (!t || !before || !byThread) byThread = null;
        else for (const [name, ms] of Object.entries(t)) byThread[name] = (byThread[name] ?? 0) + (ms - (before[name] ?? 0)) / DOCUMENTS;
      });
      const afterStartup = byThread === null ? null : Object.values(byThread as Record<string, number>).reduce((a, b) => a + b, 0);
      const figures = {
        workers: workerCount,
        documents: DOCUMENTS,
        documentsPerSecond: (DOCUMENTS * 0.8) / ((t90 - t10) / 1000),
        wallSeconds: (done - started) / 1000,
        workerCpuMsPerDocument: cpu.includes(null) ? null : cpu.reduce((a, b) => a! + b!, 0)! / DOCUMENTS,
        cpuMsPerDocumentByThread: byThread,
        workerCpuMsPerDocumentAfterStartup: afterStartup,
        workerCpuMsPerDocumentSteady: steadyWorkers,
        postgresCpuMsPerDocumentSteady: steadyPostgres,
        postgresCpuMsPerDocument: postgresAtStart === null || postgresAtEnd === null ? null : (postgresAtEnd - postgresAtStart) / DOCUMENTS,
        loadAverage: loadavg()[0]!,
      };
      for (const w of workers) w.child.kill('SIGTERM');
      await Promise.all(workers.map((w) => w.exited));
      const incidents = workers.map((w) => incidentTotals(w.stderr()));
      const sum = (pick: (t: { updates: number; redone: number; skipped: number }) => number): number | null =>
        incidents.includes(null) ? null : incidents.reduce((n, t) => n + pick(t!), 0);
      const pipelineThreads = workers.map((w) => {
        const match = /(\d+) pipeline threads/.exec(w.stderr());
        return match ? Number(match[1]) : null;
      });
      return {
        ...figures, incidentUpdates: sum((t) => t.updates), incidentRoundsRedone: sum((t) => t.redone), incidentUpdatesSkipped: sum((t) => t.skipped), pipelineThreads,
      };
    } finally {
      for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
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

const FIXED_WORK = fileURLToPath(new URL('../support/fixed-cpu-work.ts', import.meta.url));

/** CPU milliseconds of one run of the fixed workload (bench/support/fixed-cpu-work.ts) in its own process. */
function fixedWork(): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [FIXED_WORK], (error, stdout) => (error ? reject(error) : resolve((JSON.parse(stdout) as { cpuMs: number }).cpuMs)));
  });
}

/**
 * How much CPU time per unit of work grows on this machine when two processes run at once: the fixed workload twice
 * alone, then twice as a pair. Two workers (and PostgreSQL) run side by side where one worker mostly does not, so
 * this growth is part of the 2-worker CPU per document whatever sitrep does.
 */
async function concurrencyInflation(): Promise<{ aloneMs: number[]; togetherMs: number[]; growth: number }> {
  const aloneMs = [await fixedWork(), await fixedWork()];
  const togetherMs = [...(await Promise.all([fixedWork(), fixedWork()])), ...(await Promise.all([fixedWork(), fixedWork()]))];
  const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
  return { aloneMs, togetherMs, growth: mean(togetherMs) / mean(aloneMs) };
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
      const inflation = await concurrencyInflation();
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
      const medianOf = (workers: number, pick: (r: RunFigures) => number | null | undefined): number | null => {
        const values = runs.filter((r) => r.workers === workers).map(pick);
        return values.some((v) => v === null || v === undefined) ? null : median(values as number[]);
      };
      const cpuRatio = ((medianOf(2, (r) => r.workerCpuMsPerDocument) ?? NaN) / (medianOf(1, (r) => r.workerCpuMsPerDocument) ?? NaN)).toFixed(2);
      const names = [...new Set(runs.flatMap((r) => Object.keys(r.cpuMsPerDocumentByThread ?? {})))].sort();
      const threadRows: Array<[string, string]> = names.map((name) => [
        `  of which ${name}, ms per document, 1 / 2 workers`,
        [1, 2].map((w) => medianOf(w, (r) => r.cpuMsPerDocumentByThread?.[name] ?? 0)?.toFixed(2) ?? 'n/a').join(' / '),
      ]);
      const steady = (workers: number): string => medianOf(workers, (r) => r.workerCpuMsPerDocumentAfterStartup)?.toFixed(1) ?? 'n/a';
      const steadyRatio = ((medianOf(2, (r) => r.workerCpuMsPerDocumentAfterStartup) ?? NaN) / (medianOf(1, (r) => r.workerCpuMsPerDocumentAfterStartup) ?? NaN)).toFixed(2);
      const steadyOf = (workers: number): string => medianOf(workers, (r) => r.workerCpuMsPerDocumentSteady)?.toFixed(1) ?? 'n/a';
      const steadyStateRatio = ((medianOf(2, (r) => r.workerCpuMsPerDocumentSteady) ?? NaN) / (medianOf(1, (r) => r.workerCpuMsPerDocumentSteady) ?? NaN)).toFixed(2);
      const pgPerDoc = (workers: number): string => medianOf(workers, (r) => r.postgresCpuMsPerDocument)?.toFixed(1) ?? 'n/a';
      const loads = (workers: number): string => runs.filter((r) => r.workers === workers).map((r) => r.loadAverage.toFixed(1)).join(', ');
      const each = (workers: number): string => runs.filter((r) => r.workers === workers).map((r) => r.documentsPerSecond.toFixed(0)).join(', ');
      return {
        figures: {
          documents: DOCUMENTS, rounds: ROUNDS, workerArgs: WORKER_ARGS, cpus: availableParallelism(), loadAverage: loadavg()[0],
          oneWorkerDocumentsPerSecond: rate(1), twoWorkersDocumentsPerSecond: rate(2), ratio, runs, machineConcurrencyInflation: inflation,
        },
        rows: [
          ['documents per run, rounds', `${DOCUMENTS}, ${ROUNDS}`],
          ['worker options', WORKER_ARGS.join(' ')],
          ['CPUs, 1-min load average', `${availableParallelism()}, ${loadavg()[0]!.toFixed(1)}`],
          [
            'this machine: CPU ms of a fixed JS workload, one process alone; two at once (growth)',
            `${inflation.aloneMs.map((v) => v.toFixed(0)).join(', ')}; ${inflation.togetherMs.map((v) => v.toFixed(0)).join(', ')} (${inflation.growth.toFixed(2)}x)`,
          ],
          ['1 worker: documents/s (median; runs)', `${rate(1).toFixed(1)} (${each(1)})`],
          ['2 workers: documents/s (median; runs)', `${rate(2).toFixed(1)} (${each(2)})`],
          ['wall s with start-up, 1 / 2 workers', `${wall(1).toFixed(1)} / ${wall(2).toFixed(1)}`],
          ['worker CPU ms per document with start-up, 1 / 2 workers', `${cpuPerDoc(1)} / ${cpuPerDoc(2)} (ratio ${cpuRatio})`],
          ['worker CPU ms per document after start-up, 1 / 2 workers', `${steady(1)} / ${steady(2)} (ratio ${steadyRatio})`],
          ...threadRows,
          ['worker CPU ms per document, steady state (10% to 90% of the documents), 1 / 2 workers', `${steadyOf(1)} / ${steadyOf(2)} (ratio ${steadyStateRatio})`],
          ['PostgreSQL server CPU ms per document, 1 / 2 workers', `${pgPerDoc(1)} / ${pgPerDoc(2)}`],
          ['PostgreSQL server CPU ms per document, steady state, 1 / 2 workers', [1, 2].map((w) => medianOf(w, (r) => r.postgresCpuMsPerDocumentSteady)?.toFixed(1) ?? 'n/a').join(' / ')],
          ['1-min load average at the end of each run, 1 / 2 workers', `${loads(1)} / ${loads(2)}`],
          [
            'incident updates (rounds lost to another worker committed first; skipped, the other holding the lock), 1 / 2 workers',
            [1, 2].map((w) => runs.filter((r) => r.workers === w).map((r) => `${r.incidentUpdates ?? 'n/a'} (${r.incidentRoundsRedone ?? 'n/a'}; ${r.incidentUpdatesSkipped ?? 'n/a'})`).join(', ')).join(' / '),
          ],
          ['pipeline threads of each worker process, 1 / 2 workers', [1, 2].map((w) => runs.filter((r) => r.workers === w).map((r) => r.pipelineThreads.map((n) => n ?? '?').join('+')).join(', ')).join(' / ')],
          ['ratio 2 / 1', ratio.toFixed(2)],
        ],
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};

export default benchmark;
