// The messages between a WorkerPool and its workers, and the worker side: serveTasks().
import { readlinkSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

/** Pool → worker: one task at a time. */
export interface WorkerRequest<T> {
  readonly task: T;
}

/** Worker → pool: set-up finished or failed, then one reply per task. */
export type WorkerReply<R> =
  | { readonly type: 'ready'; readonly cpuStatPath: string | null }
  | { readonly type: 'fatal'; readonly error: string }
  | { readonly type: 'done'; readonly value: R }
  | { readonly type: 'failed'; readonly error: string };

/**
 * Serve a WorkerPool from inside a worker thread: run `setUp(workerData)` once (load dictionaries,
 * models, gazetteer), then answer each task with the handler it returned. A handler that throws
 * answers 'failed' with the message; a set-up that throws answers 'fatal'. Throws when called
 * outside a worker thread.
 */
export async function serveTasks<T, R>(setUp: (data: unknown) => ((task: T) => R) | Promise<(task: T) => R>): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('serveTasks() must run inside a worker thread');
  let handle: (task: T) => R;
  try {
    handle = await setUp(workerData);
  } catch (error) {
    port.postMessage({ type: 'fatal', error: messageOf(error) } satisfies WorkerReply<R>);
    return;
  }
  port.on('message', (request: WorkerRequest<T>) => {
    let reply: WorkerReply<R>;
    try {
      reply = { type: 'done', value: handle(request.task) };
    } catch (error) {
      reply = { type: 'failed', error: messageOf(error) };
    }
    try {
      port.postMessage(reply);
    } catch (error) {
      port.postMessage({ type: 'failed', error: `result could not be sent: ${messageOf(error)}` } satisfies WorkerReply<R>);
    }
  });
  port.postMessage({ type: 'ready', cpuStatPath: threadStatPath() } satisfies WorkerReply<R>);
}

/** /proc/<pid>/task/<tid>/stat of this thread (Linux), where the pool reads its CPU time; null elsewhere. */
function threadStatPath(): string | null {
  try {
    return `/proc/${readlinkSync('/proc/thread-self')}/stat`;
  } catch {
    return null;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
