// Running an export on a worker thread with a small heap, so exporting millions of events keeps the process's memory flat.
import { Worker } from 'node:worker_threads';
import type { EventFilter } from '../storage/store.ts';
import type { ExportFormat } from './export-service.ts';

/**
 * V8 sizes its heap to the allocation rate, not to what is live: an export allocates fast, so on
 * the main thread RSS would climb far past the few MB it keeps. A worker with resource limits
 * collects sooner. (Limits are per isolate and can only be set when one starts.)
 */
const EXPORT_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 32 };

/**
 * The export of the store at `db` (as exportEvents yields it, in chunks of about 64 KiB), produced
 * on a worker thread. Rejects with TypeError when the store rejects the filter (before any chunk),
 * with the worker's error if it fails; stopping early ends the worker.
 */
export async function* exportInWorker(db: string, format: ExportFormat, filter: EventFilter = {}): AsyncGenerator<string> {
  const worker = new Worker(new URL('./export-worker.ts', import.meta.url), {
    workerData: { db, format, filter },
    resourceLimits: EXPORT_RESOURCE_LIMITS,
  });
  const queue: (string | null)[] = [];
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  worker.on('message', (message: string | null | { invalid: string }) => {
    if (message !== null && typeof message === 'object') failure = new TypeError(message.invalid);
    else queue.push(message);
    wake?.();
  });
  worker.on('error', (error: Error) => { failure = error; wake?.(); });
  worker.on('exit', (code) => {
    if (code !== 0) failure ??= new Error(`export worker stopped with code ${code}`);
    queue.push(null);
    wake?.();
  });
  try {
    for (;;) {
      if (failure) throw failure;
      const next = queue.shift();
      if (next === undefined) {
        await new Promise<void>((resolve) => { wake = resolve; });
        continue;
      }
      if (next === null) {
        if (failure) throw failure;
        return;
      }
      yield next;
      worker.postMessage('more');
    }
  } finally {
    await worker.terminate();
  }
}
