// Where documents are prepared: inline in this thread (tests, evals) or on a pool of worker threads
// with a per-document time budget (the CLI, the server, the queue worker). Both give the same result.
import { availableParallelism } from 'node:os';
import type { Pipeline } from '../../pipeline/runner.ts';
import { stageName } from '../../pipeline/stage.ts';
import { WorkerPool } from '../../pipeline/worker-pool.ts';
import { DEFAULT_STAGES, defaultRegistry } from '../../stages/default-pipeline.ts';
import { createDeduper, type DedupeOptions, type Deduper } from '../../stages/dedupe/index.ts';
import { prepareDocument, type PreparedDocument, type PrepareRequest } from './prepare-document.ts';
import type { DocumentWorkerData } from './document-worker.ts';

/** Wall-clock seconds one document may take before it is stopped and recorded as failed. */
export const DEFAULT_TIME_BUDGET_MS = 10_000;

export interface DocumentProcessor {
  /** "id@version" of each stage the pipeline runs, for provenance. */
  readonly stages: readonly string[];
  /** The fingerprinting and linking settings the documents are prepared with. */
  readonly deduper: Deduper;
  /** Prepare one document; never rejects (a failure, a timeout included, is a 'failed' document). */
  prepare(request: PrepareRequest): Promise<PreparedDocument>;
  /** Release the workers (a no-op inline). */
  close(): Promise<void>;
}

/** Prepare documents in this thread with `pipeline` (no time budget: a stuck document blocks the caller). */
export function inlineProcessor(pipeline: Pipeline, deduper: Deduper = createDeduper()): DocumentProcessor {
  return {
    stages: pipeline.describe(),
    deduper,
    prepare: async (request) => prepareDocument(request, pipeline, deduper),
    close: async () => {},
  };
}

export interface ThreadedProcessorOptions {
  /** Worker threads (default: the machine's cores). */
  readonly jobs?: number;
  /** Per-document time budget in milliseconds (default 10 s); Infinity for none. */
  readonly timeBudgetMs?: number;
  /** Stage ids in order (default: the default pipeline). */
  readonly stages?: readonly string[];
  readonly dedupe?: Partial<DedupeOptions>;
}

/** The default number of worker threads: one per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Prepare documents on `jobs` worker threads. Each worker loads the pipeline's start-up data once;
 * a document over the time budget has its worker terminated and comes back as failed with the reason.
 */
export function threadedProcessor(options: ThreadedProcessorOptions = {}): DocumentProcessor {
  const stageIds = options.stages ?? DEFAULT_STAGES;
  const deduper = createDeduper(options.dedupe);
  const workerData: DocumentWorkerData = { stages: [...stageIds], dedupe: options.dedupe ?? {} };
  const pool = new WorkerPool<PrepareRequest, PreparedDocument>({
    script: new URL('./document-worker.ts', import.meta.url),
    workerData,
    size: options.jobs ?? defaultJobs(),
    timeBudgetMs: options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS,
  });
  return {
    stages: defaultRegistry().build(stageIds).map(stageName),
    deduper,
    async prepare(request) {
      const outcome = await pool.run(request);
      return outcome.ok ? outcome.value : { kind: 'failed', error: outcome.error };
    },
    close: () => pool.close(),
  };
}
