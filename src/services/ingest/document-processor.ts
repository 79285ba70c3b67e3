// Where documents are prepared: on a pool of worker threads with a per-document time budget (the CLI, the
// server, the queue worker), or inline in this thread (inline-processor.ts: tests, evals). Both give the same result.
import { availableParallelism } from 'node:os';
import { WorkerPool } from '../../pipeline/worker-pool.ts';
import { createDeduper, type DedupeOptions, type Deduper } from '../../stages/dedupe/index.ts';
import { loadPackedGazetteer } from '../../stages/places/gazetteer.ts';
import type { PreparedDocument, PrepareRequest } from './prepared-document.ts';
import type { DocumentWorkerData } from './document-worker.ts';

/** Wall-clock seconds one document may take before it is stopped and recorded as failed. */
export const DEFAULT_TIME_BUDGET_MS = 10_000;

export interface DocumentProcessor {
  /** The fingerprinting and linking settings the documents are prepared with. */
  readonly deduper: Deduper;
  /**
   * Prepare one document. A failure, a timeout included, is a 'failed' document; rejects only with
   * InterruptedError when the processor is closed before the document is done (nothing is wrong with it).
   */
  prepare(request: PrepareRequest): Promise<PreparedDocument>;
  /** Resolves once start-up (loading dictionaries, gazetteer, models) is done. */
  ready(): Promise<void>;
  /** Release the workers at once, documents in progress included (they reject with InterruptedError); a no-op inline. */
  close(): Promise<void>;
}

/** A document was not prepared because the processor was closed (a stop was asked for): it should be tried again, not recorded as failed. */
export class InterruptedError extends Error {
  constructor() {
    super('interrupted: the processor was closed before the document was done');
    this.name = 'InterruptedError';
  }
}

/**
 * Heap limits of each worker thread: a document whose work outgrows them ends its worker and is
 * recorded as failed, instead of taking the process's memory. Far above what a real page needs
 * (the gazetteer is shared memory, outside the heap). The young generation is kept small (V8 lets it
 * grow to 128 MB of semi-spaces per thread under the pipeline's allocation rate): about 120 MB less
 * per worker thread, no measurable CPU cost (29-33 ms per document either way on the realistic feed).
 */
export const WORKER_RESOURCE_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 24 } as const;

export interface ThreadedProcessorOptions {
  /** Worker threads (default: the machine's cores). */
  readonly jobs?: number;
  /** Fewest worker threads: below `jobs`, threads the work leaves idle are let go and started again when it needs them (default: `jobs`, a fixed pool). */
  readonly minJobs?: number;
  /** Per-document time budget in milliseconds (default 10 s); Infinity for none. */
  readonly timeBudgetMs?: number;
  /** Stage ids in order (default: the default pipeline; this thread never loads the stages). */
  readonly stages?: readonly string[];
  readonly dedupe?: Partial<DedupeOptions>;
}

/** The default number of worker threads: one per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Prepare documents on `jobs` worker threads, started on first use. Each worker loads the pipeline's start-up data once;
 * a document over the time budget has its worker terminated and comes back as failed with the reason.
 */
export function threadedProcessor(options: ThreadedProcessorOptions = {}): DocumentProcessor {
  const deduper = createDeduper(options.dedupe);
  const stages = options.stages ? [...options.stages] : null;
  // Workers start on first use, so a run that never prepares a document (nothing new in a feed, a
  // store that cannot be opened) starts none.
  let pool: WorkerPool<PrepareRequest, PreparedDocument> | null = null;
  // The gazetteer is loaded here once, into shared memory, and every worker reads that one copy.
  const started = () => (pool ??= new WorkerPool<PrepareRequest, PreparedDocument>({
    script: new URL('./document-worker.ts', import.meta.url),
    workerData: { stages, dedupe: options.dedupe ?? {}, gazetteer: loadPackedGazetteer() } satisfies DocumentWorkerData,
    size: options.jobs ?? defaultJobs(),
    minSize: options.minJobs,
    timeBudgetMs: options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS,
    resourceLimits: WORKER_RESOURCE_LIMITS,
  }));
  return {
    deduper,
    async prepare(request) {
      const outcome = await started().run(request);
      if (outcome.ok) return outcome.value;
      if (outcome.reason === 'closed') throw new InterruptedError();
      return { kind: 'failed', error: outcome.error };
    },
    ready: () => started().ready(),
    close: async () => {
      await pool?.close();
    },
  };
}
