// Shared by the worker kill test and the workers benchmark: generated inputs, worker processes, queue states.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { parsePostgresUrl } from '../../src/storage/postgres/postgres-store.ts';
import { INGEST_QUEUE, queueSchemaFor } from '../../src/services/queue/ingest-queue.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

const PLACES = ['Mosul', 'Raqqa', 'Tikrit', 'Ramadi', 'Fallujah', 'Kirkuk', 'Erbil', 'Deir ez-Zor', 'Palmyra', 'Baiji'];
const VERBS = ['clashed with', 'attacked', 'shelled', 'ambushed'];

/**
 * Write `count` small, distinct news-like records as one JSON Lines file (one ingest job per line).
 * Each text differs (its number, place and counts), so no record is a content duplicate of another.
 */
export async function writeGeneratedReports(path: string, count: number): Promise<void> {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const place = PLACES[i % PLACES.length]!;
    const verb = VERBS[i % VERBS.length]!;
    const day = 1 + (i % 28);
    const text = `Report ${i}: Islamic State fighters ${verb} government forces near ${place} on Monday, officials said. ` +
      `At least ${2 + (i % 17)} people were killed and ${i % 9} wounded in the fighting, which lasted ${1 + (i % 5)} hours. ` +
      `Residents of ${place} district number ${i} described heavy gunfire overnight.`;
    lines.push(JSON.stringify({ text, title: `Fighting near ${place} (${i})`, outlet: 'Generated Wire', published: `2014-06-${String(day).padStart(2, '0')}`, url: `https://example.org/report/${i}` }));
  }
  await writeFile(path, `${lines.join('\n')}\n`);
}

/** Run `sitrep …` to completion with this Node binary; resolves with its exit code and output. */
export function runSitrep(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface WorkerProcess {
  readonly child: ChildProcess;
  /** Everything the worker wrote to stderr so far. */
  stderr(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  readonly exited: Promise<number | string>;
}

/**
 * Start `sitrep worker` as its own process. Spawned with this process's Node binary directly (not via
 * npx) so that a signal sent to the child reaches the worker itself, not a wrapper.
 */
export function startWorkerProcess(db: string, extraArgs: readonly string[] = []): WorkerProcess {
  const child = spawn(process.execPath, [MAIN, 'worker', '--db', db, ...extraArgs], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code ?? -1)));
  return { child, stderr: () => stderr, exited };
}

/** Resolves once the worker has said it is processing the queue; rejects if it exits first or after `ms`. */
export async function workerReady(worker: WorkerProcess, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!worker.stderr().includes('processing queue')) {
    if (worker.child.exitCode !== null || worker.child.signalCode !== null) throw new Error(`worker exited early: ${worker.stderr()}`);
    if (Date.now() > deadline) throw new Error(`worker not ready after ${ms} ms: ${worker.stderr()}`);
    await pause(50);
  }
}

/** How many ingest jobs are in each pg-boss state, and how many were retried at least once. */
export async function ingestJobStates(db: string): Promise<{ states: Record<string, number>; retried: number }> {
  const client = new pg.Client({ connectionString: parsePostgresUrl(db).connectionString });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT state::text AS state, count(*)::int AS n, count(*) FILTER (WHERE retry_count > 0)::int AS retried
       FROM ${queueSchemaFor(db)}.job WHERE name = $1 GROUP BY state`,
      [INGEST_QUEUE],
    );
    return {
      states: Object.fromEntries(rows.map((r) => [r.state, r.n])),
      retried: rows.reduce((sum, r) => sum + r.retried, 0),
    };
  } finally {
    await client.end();
  }
}

/** Poll `read` every `everyMs` until `done` holds for its value; rejects after `ms`. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, ms: number, everyMs = 200): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting after ${ms} ms; last value ${JSON.stringify(value)}`);
    await pause(everyMs);
  }
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
