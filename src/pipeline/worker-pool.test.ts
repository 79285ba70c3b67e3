// Tests for the worker pool: results, the time budget, thrown errors, crashed workers, a failed set-up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkerPool } from './worker-pool.ts';
import type { TestTask } from './fixtures/test-worker.ts';

const SCRIPT = new URL('./fixtures/test-worker.ts', import.meta.url);

test('runs tasks on several workers and returns each its own result', async () => {
  const pool = new WorkerPool<TestTask, string>({ script: SCRIPT, workerData: { prefix: '>' }, size: 2, timeBudgetMs: 10_000 });
  try {
    const outcomes = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((value) => pool.run({ kind: 'echo', value })));
    assert.deepEqual(outcomes, ['>a', '>b', '>c', '>d', '>e'].map((value) => ({ ok: true, value })));
  } finally {
    await pool.close();
  }
});

test('a task over its time budget is stopped and the next task still runs', async () => {
  // The budget counts the worker's CPU time; a generous wall-clock cap keeps a busy machine from deciding.
  const pool = new WorkerPool<TestTask, string>({ script: SCRIPT, size: 1, timeBudgetMs: 300, wallClockFactor: 100 });
  try {
    const [stuck, after] = await Promise.all([pool.run({ kind: 'spin' }), pool.run({ kind: 'echo', value: 'next' })]);
    assert.equal(stuck.ok, false);
    assert.equal(!stuck.ok && stuck.reason, 'timeout');
    assert.match(!stuck.ok ? stuck.error : '', /^stopped after 300 ms of (CPU )?time \(the per-document time budget\)$/);
    assert.deepEqual(after, { ok: true, value: 'next' });
    assert.equal(pool.size, 1, 'the terminated worker was replaced');
  } finally {
    await pool.close();
  }
});

test('a task blocked without using CPU is stopped at the wall-clock cap', async () => {
  const pool = new WorkerPool<TestTask, string>({ script: SCRIPT, size: 1, timeBudgetMs: 200, wallClockFactor: 2 });
  try {
    const blocked = await pool.run({ kind: 'sleep' });
    assert.equal(!blocked.ok && blocked.reason, 'timeout');
    assert.match(!blocked.ok ? blocked.error : '', /^stopped after (4\d\d|[5-9]\d\d) ms \(\d+ ms of CPU time on a busy machine\)|^stopped after 200 ms of time/);
  } finally {
    await pool.close();
  }
});

test('a task that throws settles as an error; one that kills its worker settles as a crash', async () => {
  const pool = new WorkerPool<TestTask, string>({ script: SCRIPT, size: 1, timeBudgetMs: 10_000 });
  try {
    const thrown = await pool.run({ kind: 'throw' });
    assert.deepEqual(thrown, { ok: false, reason: 'error', error: 'bad input' });
    const died = await pool.run({ kind: 'exit' });
    assert.equal(!died.ok && died.reason, 'crash');
    assert.match(!died.ok ? died.error : '', /exited with code 3/);
    assert.deepEqual(await pool.run({ kind: 'echo', value: 'alive' }), { ok: true, value: 'alive' });
  } finally {
    await pool.close();
  }
});

test('a set-up that fails fails every task with its reason instead of respawning forever', async () => {
  const pool = new WorkerPool<TestTask, string>({ script: SCRIPT, workerData: { failSetUp: true }, size: 2, timeBudgetMs: 10_000 });
  try {
    const outcome = await pool.run({ kind: 'echo', value: 'x' });
    assert.deepEqual(outcome, { ok: false, reason: 'error', error: 'worker set-up failed: dictionary missing' });
    assert.equal((await pool.run({ kind: 'echo', value: 'y' })).ok, false);
  } finally {
    await pool.close();
  }
});

test('close settles queued tasks and later runs fail instead of hanging', async () => {
  const pool = new WorkerPool<TestTask, string>({ script: SCRIPT, size: 1, timeBudgetMs: 10_000 });
  const queued = pool.run({ kind: 'echo', value: 'late' });
  await pool.close();
  assert.deepEqual(await queued, { ok: false, reason: 'closed', error: 'worker pool closed' });
  assert.deepEqual(await pool.run({ kind: 'echo', value: 'x' }), { ok: false, reason: 'closed', error: 'worker pool closed' });
});

test('close terminates a running task at once instead of waiting for it', async () => {
  const pool = new WorkerPool<TestTask, string>({ script: SCRIPT, size: 1, timeBudgetMs: Infinity });
  await pool.ready();
  const running = pool.run({ kind: 'spin' });
  await new Promise((resolve) => setTimeout(resolve, 100));
  const started = performance.now();
  await pool.close();
  assert.deepEqual(await running, { ok: false, reason: 'closed', error: 'worker pool closed' });
  assert.ok(performance.now() - started < 5000, 'the spinning task was not waited for');
});

test('resource limits apply per worker: a task that outgrows its heap ends as a crash, the next one runs', async () => {
  const pool = new WorkerPool<TestTask, string>({ script: SCRIPT, size: 1, timeBudgetMs: Infinity, resourceLimits: { maxOldGenerationSizeMb: 48 } });
  try {
    const grown = await pool.run({ kind: 'grow' });
    assert.equal(!grown.ok && grown.reason, 'crash');
    assert.match(!grown.ok ? grown.error : '', /^stopped: it needed more than the 48 MB of heap a worker has \(the per-document memory budget\)$/);
    assert.deepEqual(await pool.run({ kind: 'echo', value: 'after' }), { ok: true, value: 'after' });
  } finally {
    await pool.close();
  }
});

/** Wait until `condition` holds, checking every 20 ms, for at most `ms`. */
async function until(condition: () => boolean, ms: number): Promise<boolean> {
  for (const end = performance.now() + ms; performance.now() < end; await new Promise((resolve) => setTimeout(resolve, 20))) if (condition()) return true;
  return condition();
}

test('an elastic pool lets an idle worker go and starts one again when tasks wait on busy workers', async () => {
  const pool = new WorkerPool<TestTask, string>({ script: SCRIPT, size: 2, minSize: 1, resizeEveryMs: 150, timeBudgetMs: 10_000 });
  try {
    await pool.ready();
    assert.equal(pool.size, 2, 'it starts with every worker');
    assert.ok(await until(() => pool.size === 1, 10_000), 'an idle worker was let go');
    assert.ok(await until(() => pool.resizes.retired === 1, 1000));
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(pool.size, 1, 'never fewer than minSize');
    // A queue that one worker cannot keep up with: a second worker starts and the work is shared.
    const work = Array.from({ length: 60 }, () => pool.run({ kind: 'work', ms: 40 }));
    assert.ok(await until(() => pool.size === 2, 10_000), 'a worker was started for the waiting tasks');
    assert.equal(pool.resizes.started, 1);
    assert.deepEqual(new Set((await Promise.all(work)).map((o) => o.ok && o.value)), new Set(['worked']));
  } finally {
    await pool.close();
  }
});

test('a fixed pool (no minSize) keeps its workers through idle time', async () => {
  const pool = new WorkerPool<TestTask, string>({ script: SCRIPT, size: 2, resizeEveryMs: 50, timeBudgetMs: 10_000 });
  try {
    await pool.ready();
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(pool.size, 2);
    assert.deepEqual(pool.resizes, { retired: 0, started: 0 });
  } finally {
    await pool.close();
  }
});
