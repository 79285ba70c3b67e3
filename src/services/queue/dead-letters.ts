// Dead-lettered ingest jobs: listing them with the error they failed with, and putting them back on the queue.
import type { PgBoss } from 'pg-boss';
import { DEAD_LETTER_QUEUE, INGEST_QUEUE } from './ingest-queue.ts';

/** A job that ran out of retries (or could never run), as an operator needs to see it. */
export interface DeadLetter {
  readonly jobId: string;
  readonly origin: string | null;
  /** Retries the original job used before it was dead-lettered. */
  readonly retries: number;
  /** The last error of the original job. */
  readonly error: string | null;
  readonly deadSince: string;
}

/** The jobs waiting in the dead-letter queue, oldest first, with the error each failed with. */
export async function listDeadLetters(boss: PgBoss): Promise<DeadLetter[]> {
  const jobs = await boss.findJobs<{ origin?: unknown }>(DEAD_LETTER_QUEUE, { queued: true });
  return jobs
    .map((job) => ({
      jobId: job.id,
      origin: typeof job.data?.origin === 'string' ? job.data.origin : null,
      retries: job.sourceRetryCount ?? 0,
      error: errorText(job.sourceOutput),
      deadSince: job.createdOn.toISOString(),
    }))
    .sort((a, b) => a.deadSince.localeCompare(b.deadSince));
}

/** Move every dead-lettered job back onto the ingest queue (after fixing what made them fail). Returns how many moved. */
export async function redriveDeadLetters(boss: PgBoss): Promise<number> {
  let total = 0;
  for (;;) {
    const moved = await boss.redrive(DEAD_LETTER_QUEUE, { destination: INGEST_QUEUE });
    total += moved;
    if (moved === 0) return total;
  }
}

function errorText(output: unknown): string | null {
  if (output === null || output === undefined) return null;
  const o = output as { error?: unknown; message?: unknown; value?: { message?: unknown } };
  for (const v of [o.error, o.message, o.value?.message]) if (typeof v === 'string') return v;
  return JSON.stringify(output);
}
