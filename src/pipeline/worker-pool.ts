// A pool of worker threads running one kind of task, with a time budget per task: a task over budget
// has its worker terminated (a fresh one takes its place) and settles as a value, so the caller goes on.
import { readFileSync } from 'node:fs';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

/** How one task ended. Failures are values: the pool itself never rejects for a task's sake. */
export type TaskOutcome<R> =
  | { readonly ok: true; readonly value: R }
  | { readonly ok: false; readonly reason: 'timeout' | 'crash' | 'error' | 'closed'; readonly error: string };

export interface WorkerPoolOptions {
  /** The worker module; it calls serveTasks() (worker-tasks.ts). */
  readonly script: URL;
  /** Passed to every worker's set-up (structured-cloneable; SharedArrayBuffers are shared, not copied). */
  readonly workerData?: unknown;
  /** Worker threads (at least 1). */
  readonly size: number;
  /**
   * Milliseconds of its worker's CPU time one task may use before the worker is terminated; Infinity
   * for no limit. CPU time, so a machine busy with other work does not fail good tasks; where a
   * thread's CPU time cannot be read (not Linux) wall-clock time counts instead.
   */
  readonly timeBudgetMs: number;
  /** A task is also stopped after this many times its budget in wall-clock time (default 3). */
  readonly wallClockFactor?: number;
  /** Heap limits per worker: a task that exceeds them ends its worker and settles as a crash. */
  readonly resourceLimits?: ResourceLimits;
}

interface Pending<T, R> {
  readonly task: T;
  readonly settle: (outcome: TaskOutcome<R>) => void;
}

interface Slot<T, R> {
  readonly worker: Worker;
  ready: boolean;
  current: Pending<T, R> | null;
  timer: NodeJS.Timeout | null;
  /** Where this worker thread's CPU time is read (Linux /proc), else null. */
  cpuStatPath: string | null;
  startedAt: number;
  cpuAtStart: number;
}

/** User + system CPU milliseconds of a thread from its /proc stat line; null when unreadable. */
function threadCpuMs(statPath: string | null): number | null {
  if (!statPath) return null;
  try {
    const fields = readFileSync(statPath, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/** Outcome of a task the pool was closed under (queued, running, or asked for after close): not the task's fault. */
const CLOSED = { ok: false, reason: 'closed', error: 'worker pool closed' } as const;

/**
 * Run tasks on `size` worker threads, first come first served. A worker is given work only once its
 * set-up has finished, so set-up time never counts against a task's budget. A worker whose set-up
 * fails makes every queued and later task fail with that error (the environment is broken, not one
 * document). Call close() when done: workers keep the process alive only while they hold a task.
 */
export class WorkerPool<T, R> {
  readonly #options: WorkerPoolOptions;
  readonly #slots = new Set<Slot<T, R>>();
  readonly #queue: Pending<T, R>[] = [];
  #fatal: string | null = null;
  #closed = false;
  #waitingForReady: Array<() => void> = [];

  constructor(options: WorkerPoolOptions) {
    this.#options = options;
    for (let i = 0; i < Math.max(1, Math.floor(options.size)); i++) this.#spawn();
  }

  get size(): number {
    return this.#slots.size;
  }

  /** Run one task. Never rejects: a timeout, a crashed worker or a thrown error settle as `ok: false`. */
  run(task: T): Promise<TaskOutcome<R>> {
    if (this.#closed) return Promise.resolve(CLOSED);
    if (this.#fatal) return Promise.resolve({ ok: false, reason: 'error', error: this.#fatal });
    return new Promise((settle) => {
      this.#queue.push({ task, settle });
      this.#dispatch();
    });
  }

  /** Resolves once every worker has finished its set-up (or the pool failed or closed): for measuring work without start-up. */
  ready(): Promise<void> {
    return new Promise((resolve) => {
      this.#waitingForReady.push(resolve);
      this.#notifyReady();
    });
  }

  #notifyReady(): void {
    if (this.#closed || this.#fatal || [...this.#slots].every((slot) => slot.ready)) for (const resolve of this.#waitingForReady.splice(0)) resolve();
  }

  /**
   * Terminate every worker at once, a running task included (it is not waited for); queued and running
   * tasks settle with reason 'closed', so a caller can tell an interruption from a failed task.
   */
  async close(): Promise<void> {
    this.#closed = true;
    this.#notifyReady();
    for (const pending of this.#queue.splice(0)) pending.settle(CLOSED);
    const slots = [...this.#slots];
    this.#slots.clear();
    await Promise.all(slots.map(async (slot) => {
      if (slot.timer) clearTimeout(slot.timer);
      slot.current?.settle(CLOSED);
      await slot.worker.terminate();
    }));
  }

  #spawn(): void {
    const { script, workerData, resourceLimits } = this.#options;
    const worker = new Worker(script, { workerData, resourceLimits });
    const slot: Slot<T, R> = { worker, ready: false, current: null, timer: null, cpuStatPath: null, startedAt: 0, cpuAtStart: 0 };
    this.#slots.add(slot);
    worker.unref();
    worker.on('message', (reply: WorkerReply<R>) => this.#onReply(slot, reply));
    worker.on('error', (error) => this.#onDeath(slot, (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? `stopped: it needed more than the ${resourceLimits?.maxOldGenerationSizeMb ?? 'default'} MB of heap a worker has (the per-document memory budget)`
      : `worker crashed: ${error.message}`));
    worker.on('exit', (code) => this.#onDeath(slot, `worker exited with code ${code}`));
  }

  #onReply(slot: Slot<T, R>, reply: WorkerReply<R>): void {
    if (reply.type === 'ready') {
      slot.ready = true;
      slot.cpuStatPath = threadCpuMs(reply.cpuStatPath) === null ? null : reply.cpuStatPath;
      this.#notifyReady();
    } else if (reply.type === 'fatal') {
      this.#fail(`worker set-up failed: ${reply.error}`);
      return;
    } else {
      const pending = this.#release(slot);
      if (reply.type === 'done') pending?.settle({ ok: true, value: reply.value });
      else pending?.settle({ ok: false, reason: 'error', error: reply.error });
    }
    this.#dispatch();
  }

  /** A worker ended (crash, out of memory, or terminated by us): settle its task, replace it. */
  #onDeath(slot: Slot<T, R>, error: string): void {
    if (!this.#slots.delete(slot)) return; // already replaced (error and exit both fire)
    const pending = this.#release(slot);
    pending?.settle({ ok: false, reason: 'crash', error });
    if (!this.#closed && !this.#fatal) this.#spawn();
    this.#dispatch();
  }

  #release(slot: Slot<T, R>): Pending<T, R> | null {
    const pending = slot.current;
    slot.current = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.worker.unref();
    return pending;
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (this.#queue.length === 0) return;
      if (!slot.ready || slot.current) continue;
      const pending = this.#queue.shift()!;
      slot.current = pending;
      slot.worker.ref();
      slot.startedAt = performance.now();
      slot.cpuAtStart = threadCpuMs(slot.cpuStatPath) ?? 0;
      const budget = this.#options.timeBudgetMs;
      if (Number.isFinite(budget)) slot.timer = setTimeout(() => this.#checkBudget(slot), budget);
      slot.worker.postMessage({ task: pending.task } satisfies WorkerRequest<T>);
    }
  }

  /** The budget's time has passed on the clock: stop the task if its worker's CPU time used it up, else look again later. */
  #checkBudget(slot: Slot<T, R>): void {
    const budget = this.#options.timeBudgetMs;
    const wallLimit = budget * (this.#options.wallClockFactor ?? 3);
    const wall = performance.now() - slot.startedAt;
    const cpuNow = threadCpuMs(slot.cpuStatPath);
    const used = cpuNow === null ? wall : cpuNow - slot.cpuAtStart;
    if (used >= budget) return this.#timeOut(slot, `stopped after ${format(budget)} of ${cpuNow === null ? 'time' : 'CPU time'}`);
    if (wall >= wallLimit) return this.#timeOut(slot, `stopped after ${format(wall)} (${format(used)} of CPU time on a busy machine)`);
    slot.timer = setTimeout(() => this.#checkBudget(slot), Math.max(20, Math.min(budget - used, wallLimit - wall)));
  }

  #timeOut(slot: Slot<T, R>, what: string): void {
    if (!this.#slots.delete(slot)) return;
    const pending = this.#release(slot);
    pending?.settle({ ok: false, reason: 'timeout', error: `${what} (the per-document time budget)` });
    void slot.worker.terminate();
    if (!this.#closed) this.#spawn();
  }

  #fail(error: string): void {
    this.#fatal = error;
    this.#notifyReady();
    for (const pending of this.#queue.splice(0)) pending.settle({ ok: false, reason: 'error', error });
    for (const slot of this.#slots) {
      this.#release(slot)?.settle({ ok: false, reason: 'error', error });
      void slot.worker.terminate();
    }
    this.#slots.clear();
  }
}

function format(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${Math.round(ms)} ms`;
}
