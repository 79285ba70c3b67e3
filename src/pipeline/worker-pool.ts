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
  /**
   * Fewest worker threads (default `size`: a fixed pool). Below `size`, the pool lets a worker go when the
   * others could have done the last interval's work at most 75% busy (its heap is given back: ~110 MB for the
   * document pipeline), and starts one again when the workers were busy nearly all of an interval with tasks
   * waiting. Busy is the threads' CPU time where it can be read (Linux), else the time they held a task. An
   * ingest held back by its writer (the main thread) keeps its workers idle most of the time.
   */
  readonly minSize?: number;
  /** The interval, in milliseconds, over which the pool measures how busy its workers were (default 5,000). */
  readonly resizeEveryMs?: number;
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
  /** Milliseconds spent on tasks since the pool last measured, and when the current task (or the interval) began. */
  busyMs: number;
  busySince: number;
  /** The thread's CPU milliseconds when the pool last measured (when cpuStatPath is known). */
  cpuMark: number;
  /** Let go: it takes no new task and ends when its current one is settled. */
  retiring: boolean;
}

/** A worker goes when the others could have done the interval's work this busy at most. */
const RETIRE_BELOW = 0.75;
/** A worker starts when the workers were together this busy (with tasks waiting at the end of the interval). */
const GROW_ABOVE = 0.9;

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
  readonly #maxSize: number;
  readonly #minSize: number;
  #resizeTimer: NodeJS.Timeout | null = null;
  #measuredAt = performance.now();
  #retired = 0;
  #started = 0;

  constructor(options: WorkerPoolOptions) {
    this.#options = options;
    this.#maxSize = Math.max(1, Math.floor(options.size));
    this.#minSize = Math.min(this.#maxSize, Math.max(1, Math.floor(options.minSize ?? this.#maxSize)));
    for (let i = 0; i < this.#maxSize; i++) this.#spawn();
    if (this.#minSize < this.#maxSize) {
      this.#resizeTimer = setInterval(() => this.#resize(), options.resizeEveryMs ?? 5000);
      this.#resizeTimer.unref();
    }
  }

  /** A worker let go ends, its task (if any) settled already. */
  #retire(slot: Slot<T, R>): void {
    if (!this.#slots.delete(slot)) return;
    void slot.worker.terminate();
  }

  /** Workers let go for want of work, and started again (not counting replacements of crashed or stopped ones). */
  get resizes(): { readonly retired: number; readonly started: number } {
    return { retired: this.#retired, started: this.#started };
  }

  /** Measure how busy the workers were since the last call; let one go, or start one (see WorkerPoolOptions.minSize). */
  #resize(): void {
    if (this.#closed || this.#fatal) return;
    const now = performance.now();
    const interval = now - this.#measuredAt;
    this.#measuredAt = now;
    // A worker still starting is neither busy nor idle: no decision on an interval that had one.
    const starting = [...this.#slots].some((slot) => !slot.ready);
    let busy = 0;
    for (const slot of this.#slots) {
      // The worker's own CPU time where it can be read: a worker whose reply waits for a busy main thread is idle,
      // though its task has not been settled yet.
      const cpu = threadCpuMs(slot.cpuStatPath);
      if (cpu !== null) {
        busy += cpu - slot.cpuMark;
        slot.cpuMark = cpu;
        continue;
      }
      if (slot.current) {
        busy += now - slot.busySince;
        slot.busySince = now;
      }
      busy += slot.busyMs;
      slot.busyMs = 0;
    }
    if (starting) return;
    const active = [...this.#slots].filter((slot) => !slot.retiring);
    const n = active.length;
    if (n > this.#minSize && busy < RETIRE_BELOW * (n - 1) * interval) {
      const going = active.find((slot) => !slot.current) ?? active.at(-1)!;
      going.retiring = true;
      this.#retired++;
      if (!going.current) this.#retire(going);
    } else if (n < this.#maxSize && this.#queue.length > 0 && busy > GROW_ABOVE * n * interval) {
      this.#started++;
      this.#spawn();
    }
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
    if (this.#resizeTimer) clearInterval(this.#resizeTimer);
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
    const slot: Slot<T, R> = { worker, ready: false, current: null, timer: null, cpuStatPath: null, startedAt: 0, cpuAtStart: 0, busyMs: 0, busySince: 0, cpuMark: 0, retiring: false };
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
      const cpu = threadCpuMs(reply.cpuStatPath);
      slot.cpuStatPath = cpu === null ? null : reply.cpuStatPath;
      slot.cpuMark = cpu ?? 0;
      this.#notifyReady();
    } else if (reply.type === 'fatal') {
      this.#fail(`worker set-up failed: ${reply.error}`);
      return;
    } else {
      const pending = this.#release(slot);
      if (reply.type === 'done') pending?.settle({ ok: true, value: reply.value });
      else pending?.settle({ ok: false, reason: 'error', error: reply.error });
      if (slot.retiring) this.#retire(slot);
    }
    this.#dispatch();
  }

  /** A worker ended (crash, out of memory, or terminated by us): settle its task, replace it. */
  #onDeath(slot: Slot<T, R>, error: string): void {
    if (!this.#slots.delete(slot)) return; // already replaced (error and exit both fire)
    const pending = this.#release(slot);
    pending?.settle({ ok: false, reason: 'crash', error });
    if (!this.#closed && !this.#fatal && !slot.retiring) this.#spawn();
    this.#dispatch();
  }

  #release(slot: Slot<T, R>): Pending<T, R> | null {
    const pending = slot.current;
    if (pending) slot.busyMs += performance.now() - slot.busySince;
    slot.current = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.worker.unref();
    return pending;
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (this.#queue.length === 0) return;
      if (!slot.ready || slot.current || slot.retiring) continue;
      const pending = this.#queue.shift()!;
      slot.current = pending;
      slot.worker.ref();
      slot.startedAt = slot.busySince = performance.now();
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
    if (!this.#closed && !slot.retiring) this.#spawn();
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
