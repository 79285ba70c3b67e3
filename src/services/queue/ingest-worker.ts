// The ingest worker: pulls jobs from the pg-boss queue and runs each through ingestItem into the store.
import type { PgBoss, JobResult } from 'pg-boss';
import type { Pipeline } from '../../pipeline/runner.ts';
import type { Store } from '../../storage/store.ts';
import { emptySummary, ingestItem, type IngestSummary } from '../ingest-service.ts';
import { InvalidJobError, inputFromJobData } from './ingest-job.ts';
import { INGEST_QUEUE } from './ingest-queue.ts';

export interface JobOutcome {
  readonly jobId: string;
  readonly origin: string | null;
  /** completed; failed (retried later, or dead-lettered once out of retries); deadletter (never retried). */
  readonly status: JobResult['status'];
  readonly error: string | null;
}

export interface IngestWorkerOptions {
  readonly store: Store;
  readonly pipeline: Pipeline;
  /** Jobs processed at once in this process (default 2). */
  readonly concurrency?: number;
  /** Jobs fetched per round trip by each of the concurrent loops (default 4). */
  readonly batchSize?: number;
  readonly now?: () => Date;
  readonly onJob?: (outcome: JobOutcome, summary: Readonly<IngestSummary>) => void;
}

export interface IngestWorker {
  /** Running totals over every job this worker completed. */
  readonly summary: Readonly<IngestSummary>;
  /** Stop fetching, wait for the jobs in hand to settle. The caller then stops pg-boss and closes the store. */
  stop(): Promise<void>;
}

/**
 * Start processing ingest jobs. Delivery is at least once: a job whose worker died is retried, and
 * ingestItem's idempotent writes (content-hash document ids, one transaction per document) make the
 * repeat harmless. Store errors fail the job so pg-boss retries it with backoff; a malformed payload
 * goes straight to the dead-letter queue.
 */
export async function startIngestWorker(boss: PgBoss, options: IngestWorkerOptions): Promise<IngestWorker> {
  const summary = emptySummary();
  const settle = async (job: { id: string; data: unknown }): Promise<JobResult> => {
    let origin: string | null = null;
    const outcome = (status: JobResult['status'], error: string | null): JobResult => {
      options.onJob?.({ jobId: job.id, origin, status, error }, summary);
      return { id: job.id, status, output: error === null ? undefined : { error } };
    };
    try {
      const item = inputFromJobData(job.data);
      origin = item.origin;
      summary.documentsRead++;
      await ingestItem(options.store, item, { pipeline: options.pipeline, now: options.now }, summary);
      return outcome('completed', null);
    } catch (error) {
      const message = (error as Error)?.message ?? String(error);
      return outcome(error instanceof InvalidJobError ? 'deadletter' : 'failed', message);
    }
  };
  await boss.work<unknown>(
    INGEST_QUEUE,
    {
      localConcurrency: Math.max(1, options.concurrency ?? 2),
      batchSize: Math.max(1, options.batchSize ?? 4),
      perJobResults: true,
      // Keep fetching while batches come back full; poll every half second once the queue runs dry.
      burstWhenBatchFull: true,
      pollingIntervalSeconds: 0.5,
    },
    async (jobs) => {
      const results: JobResult[] = [];
      for (const job of jobs) results.push(await settle(job));
      return results;
    },
  );
  return {
    summary,
    stop: () => boss.offWork(INGEST_QUEUE, { wait: true }),
  };
}
