// The ingest worker: pulls jobs from the pg-boss queue and runs each through ingestItem into the store.
import type { PgBoss, JobResult } from 'pg-boss';
import type { Pipeline } from '../../pipeline/runner.ts';
import type { Store } from '../../storage/store.ts';
import { updateIncidents } from '../incidents-service.ts';
import type { DocumentProcessor } from '../ingest/document-processor.ts';
import { emptySummary, ingestItem, type IngestFailure, type IngestOptions } from '../ingest-service.ts';
import { InvalidJobError, inputFromJobData } from './ingest-job.ts';
import { INGEST_QUEUE } from './ingest-queue.ts';

export interface JobOutcome {
  readonly jobId: string;
  readonly origin: string | null;
  /** completed; failed (retried later, or dead-lettered once out of retries); deadletter (never retried). */
  readonly status: JobResult['status'];
  /** Why the job failed (a store error, a malformed payload); null when it completed. */
  readonly error: string | null;
  /** Failures recorded with the document itself (unreadable input, a stage that failed); the job still completed. */
  readonly documentFailures: readonly IngestFailure[];
}

/** Running totals of one worker. Counts only, so a worker can run for months in constant memory. */
export interface WorkerTotals {
  jobsCompleted: number;
  jobsFailed: number;
  jobsDeadLettered: number;
  documentsNew: number;
  documentsUnchanged: number;
  articles: number;
  duplicates: number;
  events: number;
  claims: number;
  documentFailures: number;
  /** Incident updates this worker made, the queued events they placed, and rounds lost because another worker committed first (a periodic update then gives way; the last one redoes it). */
  incidentUpdates: number;
  incidentEvents: number;
  incidentRoundsRedone: number;
  /** Periodic incident updates skipped because another worker held the incident lock (it placed those events). */
  incidentUpdatesSkipped: number;
}

export interface IngestWorkerOptions {
  readonly store: Store;
  /** Where documents are prepared: worker threads with a time budget (`sitrep worker`)… */
  readonly processor?: DocumentProcessor;
  /** …or this pipeline in the calling thread. */
  readonly pipeline?: Pipeline;
  /** Jobs processed at once in this process (default 2). */
  readonly concurrency?: number;
  /** Jobs fetched per round trip by each of the concurrent loops (default 4). */
  readonly batchSize?: number;
  readonly now?: () => Date;
  readonly onJob?: (outcome: JobOutcome, totals: Readonly<WorkerTotals>) => void;
  /** Problems outside any one job (bringing incidents up to date failed; the next batch retries). */
  readonly onError?: (message: string) => void;
}

export interface IngestWorker {
  readonly totals: Readonly<WorkerTotals>;
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
  const totals: WorkerTotals = {
    jobsCompleted: 0, jobsFailed: 0, jobsDeadLettered: 0, documentsNew: 0, documentsUnchanged: 0,
    articles: 0, duplicates: 0, events: 0, claims: 0, documentFailures: 0, incidentUpdates: 0, incidentEvents: 0, incidentRoundsRedone: 0, incidentUpdatesSkipped: 0,
  };
  // Incidents are brought up to date after batches of jobs, not per job.
  const incidents = incidentRefresher(options.store, totals, options.onError);
  // Events stored but not yet placed (a worker or an ingest killed before its incident update) are placed even
  // if no job ever comes: the first update is asked for at start.
  incidents.request();
  const ingestOptions: IngestOptions = options.processor
    ? { processor: options.processor, now: options.now, updateIncidents: false }
    : { pipeline: options.pipeline, now: options.now, updateIncidents: false };
  const settle = async (job: { id: string; data: unknown }): Promise<JobResult> => {
    let origin: string | null = null;
    const done = (status: JobResult['status'], error: string | null, documentFailures: readonly IngestFailure[] = []): JobResult => {
      if (status === 'completed') totals.jobsCompleted++;
      else if (status === 'failed') totals.jobsFailed++;
      else totals.jobsDeadLettered++;
      options.onJob?.({ jobId: job.id, origin, status, error, documentFailures }, totals);
      return { id: job.id, status, output: error === null ? undefined : { error } };
    };
    try {
      const item = inputFromJobData(job.data);
      origin = item.origin;
      const summary = emptySummary();
      await ingestItem(options.store, item, ingestOptions, summary);
      totals.documentsNew += summary.documentsNew;
      totals.documentsUnchanged += summary.documentsUnchanged;
      totals.articles += summary.articles;
      totals.duplicates += summary.duplicates;
      totals.events += summary.events;
      totals.claims += summary.claims;
      totals.documentFailures += summary.failures.length;
      return done('completed', null, summary.failures);
    } catch (error) {
      const message = (error as Error)?.message ?? String(error);
      return done(error instanceof InvalidJobError ? 'deadletter' : 'failed', message);
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
      incidents.request();
      return results;
    },
  );
  return {
    totals,
    stop: async () => {
      await boss.offWork(INGEST_QUEUE, { wait: true });
      await incidents.settled();
    },
  };
}

/**
 * Incidents brought up to date after batches, off the jobs' path: at most one update per
 * `intervalMs` (an update reads the incidents open around what arrived, so updating after every
 * batch would read them again and again), the last one when the worker stops. A store error fails no
 * job (their documents are stored): the next update, by this worker or any other, places what is queued.
 *
 * Workers sharing a store take turns through its incident lock (Store.tryIncidentLock): the worker holding it
 * makes the periodic updates, placing every worker's events, and keeps it while they find work; the others skip
 * theirs (a try costs one query) and try again at their next interval, so the store gets one update per interval
 * whatever the number of workers, and none is done only to lose the race to another worker's commit. The lock
 * holder goes on updating while its updates find events even when its own jobs stop coming, and lets the lock
 * go once one finds none.
 */
function incidentRefresher(store: Store, totals: WorkerTotals, onError?: (message: string) => void, intervalMs = 5000) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let requested = false;
  let stopping = false;
  /** Releases the incident lock while this worker holds it. */
  let release: (() => Promise<void>) | null = null;
  const letGo = async (): Promise<void> => {
    const held = release;
    release = null;
    await held?.().catch((error: Error) => onError?.(`could not release the incident lock: ${error.message}`));
  };
  const update = async (last = false): Promise<void> => {
    const asked = requested;
    requested = false;
    if (!last && !release && store.tryIncidentLock) {
      try {
        release = await store.tryIncidentLock();
      } catch (error) {
        onError?.(`could not take the incident lock: ${(error as Error).message}`);
      }
      if (!release) {
        // Another worker is updating (or the lock could not be asked for): its next update places what is queued;
        // this one asks again at its next interval, in case that worker lets the lock go first.
        totals.incidentUpdatesSkipped++;
        requested ||= asked;
        return;
      }
    }
    // A periodic update gives way to another process's; the last one, when the worker stops, places everything queued.
    const done = await updateIncidents(store, undefined, { giveWay: !last }).catch((error: Error) => onError?.(`could not update incidents: ${error.message}`));
    totals.incidentUpdates++;
    totals.incidentRoundsRedone += done?.lostRaces ?? 0;
    totals.incidentEvents += done?.events ?? 0;
    // The lock is kept while updates find work, and let go once one finds none (or fails), so an idle worker never keeps it.
    if (release && (last || !done || done.events === 0)) await letGo();
  };
  const schedule = (): void => {
    timer = setTimeout(() => {
      timer = null;
      running = update().finally(() => {
        running = null;
        if (!stopping && (requested || release)) schedule();
      });
    }, intervalMs);
  };
  return {
    request(): void {
      requested = true;
      if (!timer && !running && !stopping) schedule();
    },
    /** Wait for the update in progress, then make a last one if any was asked for (or the lock is held); let the lock go. */
    settled: async (): Promise<void> => {
      stopping = true;
      if (timer) clearTimeout(timer);
      timer = null;
      while (running) await running;
      if (requested || release) await update(true);
      await letGo();
    },
  };
}

/** One line summing up a worker's totals. */
export function formatWorkerTotals(t: Readonly<WorkerTotals>): string {
  return `jobs: ${t.jobsCompleted} completed, ${t.jobsFailed} failed, ${t.jobsDeadLettered} dead-lettered · ` +
    `documents: ${t.documentsNew} new, ${t.documentsUnchanged} already stored, ${t.documentFailures} failures recorded · ` +
    `${t.articles} articles (${t.duplicates} duplicates) · ${t.events} events · ${t.claims} claims · ` +
    `incidents: ${t.incidentUpdates} updates placing ${t.incidentEvents} events (${t.incidentRoundsRedone} rounds lost to another worker's; ` +
    `${t.incidentUpdatesSkipped} skipped while another worker held the incident lock)`;
}
