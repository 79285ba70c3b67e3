// `sitrep worker`: pull queued ingest jobs from PostgreSQL (pg-boss) and process them until stopped.
import { usageError } from '../../errors/catalogue.ts';
import { isPostgresUrl, openStore } from '../../storage/open-store.ts';
import type { Command, ParsedArgs } from '../command.ts';
import type { CliIO } from '../cli-io.ts';
import { dbPath } from './db-option.ts';
import { defaultJobs, threadedProcessor, type DocumentProcessor } from '../../services/ingest/document-processor.ts';
import { JOBS_OPTION, jobsFrom, jobsSettingFrom, timeBudgetFrom } from './processor-settings.ts';

export const workerCommand: Command = {
  name: 'worker',
  summary: 'Process ingest jobs queued with `ingest --enqueue` (PostgreSQL store)',
  usage: [
    'sitrep worker --db postgres://… [--concurrency N] [--batch-size N] [--jobs N] [--supervise-seconds N]',
    '       sitrep worker --db postgres://… --dead-letters | --redrive',
    '  --concurrency N        jobs processed at once in this process (default 2)',
    '  --batch-size N         jobs fetched per round trip (default 4)',
    '  --jobs N               worker threads for the per-article pipeline (default: the jobs setting; "auto" is this',
    '                         worker\'s share of the host\'s cores with the other workers running there, at most --concurrency)',
    '  --supervise-seconds N  how often dead workers\' jobs are taken back (default 30)',
    '  --dead-letters         list jobs that ran out of retries, with their errors, and exit',
    '  --redrive              put dead-lettered jobs back on the ingest queue and exit',
    'Stops on SIGINT/SIGTERM: fetches no more jobs and ends its worker threads at once; a job in hand whose',
    'document was not done is not stored and goes back to the queue (retried later, by this or another worker).',
  ].join('\n'),
  options: {
    concurrency: { type: 'string' },
    'batch-size': { type: 'string' },
    'supervise-seconds': { type: 'string' },
    'dead-letters': { type: 'boolean' },
    redrive: { type: 'boolean' },
    ...JOBS_OPTION,
  },
  allowPositionals: false,
  async run(args, io) {
    const db = dbPath(args, io);
    if (!isPostgresUrl(db)) throw usageError('worker needs a PostgreSQL store: --db postgres://…');
    const concurrency = positiveInteger(args, 'concurrency', 2);
    const batchSize = positiveInteger(args, 'batch-size', 4);
    const superviseIntervalSeconds = positiveInteger(args, 'supervise-seconds', 30);
    if (args.values['dead-letters'] || args.values.redrive) return manageDeadLetters(db, Boolean(args.values.redrive), io);
    const givenJobs = jobsSettingFrom(args, io) === 'auto' ? null : jobsFrom(args, io); // a bad value is a usage error before anything connects
    timeBudgetFrom(io);
    // Registered first, so that workers started together count each other when they size their thread pools below.
    const { registerWorker, workerJobs } = await import('../../services/queue/worker-registry.ts');
    const registration = await registerWorker(db);
    // Loaded only when a worker runs, so other commands never load the queue library.
    const { connectQueue, INGEST_QUEUE } = await import('../../services/queue/ingest-queue.ts');
    const { formatWorkerTotals, startIngestWorker } = await import('../../services/queue/ingest-worker.ts');
    let processor: DocumentProcessor | null = null;
    const store = await openStore(db, { maxConnections: concurrency + 1 }).catch(async (error) => {
      await registration.close();
      throw error;
    });
    try {
      const boss = await connectQueue(db, {
        supervise: true, superviseIntervalSeconds, maxConnections: concurrency + 2, onError: (m) => io.stderr(`sitrep worker: ${m}\n`),
      });
      try {
        // --jobs or SITREP_JOBS as given; "auto": this worker's share of the host's cores, counted as late as start-up allows.
        const jobs = givenJobs ?? workerJobs(defaultJobs(), await registration.workersOnHost(), concurrency);
        processor = threadedProcessor({ jobs, timeBudgetMs: timeBudgetFrom(io) });
        // Start-up (gazetteer, models) before the first job, so it is not charged to that job's timeout.
        await processor.ready();
        const worker = await startIngestWorker(boss, {
          store, processor, concurrency, batchSize, now: io.now,
          onError: (message) => io.stderr(`sitrep worker: ${message}\n`),
          onJob: (outcome) => {
            for (const f of outcome.documentFailures) io.stderr(`sitrep worker: document failed: ${f.origin}: ${f.error}\n`);
            if (outcome.status === 'completed') return;
            const what = outcome.status === 'failed' ? 'failed (will retry while retries last)' : 'dead-lettered';
            io.stderr(`sitrep worker: job ${outcome.jobId}${outcome.origin ? ` (${outcome.origin})` : ''} ${what}: ${outcome.error}\n`);
          },
        });
        io.stderr(`sitrep worker: processing queue ${INGEST_QUEUE} with concurrency ${concurrency}, ${jobs} pipeline threads (pid ${process.pid}); SIGINT/SIGTERM to stop\n`);
        await untilAborted(io.stopSignal);
        io.stderr('sitrep worker: stopping; jobs in hand that are not done go back to the queue\n');
        // Worker threads end now, a running document included (not waited for): its job fails and is retried.
        const stopped = worker.stop();
        await processor.close();
        await stopped;
        io.stderr(`sitrep worker: ${formatWorkerTotals(worker.totals)}\n`);
      } finally {
        await boss.stop({ graceful: true, close: true, timeout: 30_000 });
      }
    } finally {
      await store.close();
      await processor?.close();
      await registration.close();
    }
    return 0;
  },
};

/** `--dead-letters`: one line per dead job (origin, retries, error); `--redrive`: move them all back. */
async function manageDeadLetters(db: string, redrive: boolean, io: CliIO): Promise<number> {
  const { connectQueue } = await import('../../services/queue/ingest-queue.ts');
  const { listDeadLetters, redriveDeadLetters } = await import('../../services/queue/dead-letters.ts');
  await (await openStore(db)).close(); // a clear store_unavailable error when the database is unreachable
  const boss = await connectQueue(db, { onError: (m) => io.stderr(`sitrep worker: ${m}\n`) });
  try {
    if (redrive) {
      io.stderr(`sitrep worker: ${await redriveDeadLetters(boss)} dead-lettered jobs put back on the ingest queue\n`);
      return 0;
    }
    const dead = await listDeadLetters(boss);
    for (const d of dead) io.stdout(`${d.deadSince}\t${d.origin ?? '(no origin)'}\t${d.retries} retries\t${d.error ?? ''}\n`);
    io.stderr(`sitrep worker: ${dead.length} dead-lettered jobs\n`);
    return 0;
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}

function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

function positiveInteger(args: ParsedArgs, name: string, fallback: number): number {
  const text = args.values[name];
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw usageError(`--${name} must be a positive integer, got "${String(text)}"`);
  return n;
}
