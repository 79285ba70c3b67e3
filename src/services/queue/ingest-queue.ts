// The ingest job queue on pg-boss: where it lives, its retry and dead-letter policy, and enqueuing inputs.
import { PgBoss } from 'pg-boss';
import type { InputItem } from '../../stages/read/input-item.ts';
import { parsePostgresUrl } from '../../storage/postgres/postgres-store.ts';
import { jobDataFromInput } from './ingest-job.ts';

export const INGEST_QUEUE = 'sitrep-ingest';
/** Where jobs go once every retry has failed, with the original payload; the failed job keeps the error. */
export const DEAD_LETTER_QUEUE = 'sitrep-ingest-dead';

/**
 * The ingest queue's policy: 5 retries backing off exponentially from 10 s up to 10 min; completed jobs
 * deleted after a day (their bytes are kept in the documents table anyway).
 */
export const INGEST_QUEUE_POLICY = {
  retryLimit: 5, retryDelay: 10, retryBackoff: true, retryDelayMax: 600, deleteAfterSeconds: 86_400,
} as const;

export interface QueueConnectOptions {
  /** Run pg-boss maintenance (taking back jobs of dead workers, expiring, retrying); workers do, enqueuers not. */
  readonly supervise?: boolean;
  /** How often maintenance runs, in seconds (default 30): how soon a dead worker's jobs go back on the queue. */
  readonly superviseIntervalSeconds?: number;
  readonly maxConnections?: number;
  /** Where pg-boss reports errors and warnings it recovers from. */
  readonly onError?: (message: string) => void;
}

/**
 * The pg-boss schema for a `--db` URL: "pgboss" beside the default schema, or "<schema>_queue" when the
 * URL names a schema with `?schema=`, so separate sitrep stores in one database keep separate queues.
 */
export function queueSchemaFor(url: string): string {
  const { schema } = parsePostgresUrl(url);
  return schema === 'public' ? 'pgboss' : `${schema}_queue`;
}

/** Start pg-boss on the database at `url` (installing its schema when missing) and make sure both queues exist. */
export async function connectQueue(url: string, options: QueueConnectOptions = {}): Promise<PgBoss> {
  const { connectionString } = parsePostgresUrl(url);
  const boss = new PgBoss({
    connectionString,
    schema: queueSchemaFor(url),
    application_name: 'sitrep-queue',
    max: options.maxConnections ?? 4,
    schedule: false,
    supervise: options.supervise ?? false,
    superviseIntervalSeconds: options.superviseIntervalSeconds ?? 30,
    monitorIntervalSeconds: options.superviseIntervalSeconds ?? 30,
  });
  const report = options.onError ?? (() => {});
  boss.on('error', (error) => report(`queue error: ${(error as Error).message}`));
  await boss.start();
  try {
    await ensureQueue(boss, DEAD_LETTER_QUEUE, {});
    await ensureQueue(boss, INGEST_QUEUE, { ...INGEST_QUEUE_POLICY, deadLetter: DEAD_LETTER_QUEUE });
  } catch (error) {
    await boss.stop({ graceful: false, close: true });
    throw error;
  }
  return boss;
}

async function ensureQueue(boss: PgBoss, name: string, options: Parameters<PgBoss['createQueue']>[1]): Promise<void> {
  if (await boss.getQueue(name)) return;
  try {
    await boss.createQueue(name, options);
  } catch (error) {
    // Another process created it between our check and our create.
    if (!(await boss.getQueue(name))) throw error;
  }
}

/** Payload size after which a chunk of jobs is inserted, so large inputs never make one huge statement. */
const MAX_CHUNK_BYTES = 8 * 1024 * 1024;

export interface EnqueueOptions {
  /** Seconds a worker may hold a job before it is taken back and retried (default 600). */
  readonly jobTimeoutSeconds?: number;
  /** Jobs per insert statement (default 200); a statement is also sent once its payloads pass 8 MB. */
  readonly chunkSize?: number;
  readonly onProgress?: (queued: number, origin: string) => void;
}

/** Put one ingest job per input on the queue. Returns how many jobs were queued. */
export async function enqueueInputs(
  boss: PgBoss, items: AsyncIterable<InputItem> | Iterable<InputItem>, options: EnqueueOptions = {},
): Promise<number> {
  const chunkSize = options.chunkSize ?? 200;
  const expireInSeconds = options.jobTimeoutSeconds ?? 600;
  let chunk: { data: object; expireInSeconds: number }[] = [];
  let chunkBytes = 0;
  let queued = 0;
  const flush = async (): Promise<void> => {
    if (!chunk.length) return;
    await boss.insert(INGEST_QUEUE, chunk);
    queued += chunk.length;
    chunk = [];
    chunkBytes = 0;
  };
  for await (const item of items) {
    const data = jobDataFromInput(item);
    chunk.push({ data, expireInSeconds });
    chunkBytes += (data.bytes?.length ?? 0) + (data.body?.length ?? 0);
    if (chunk.length >= chunkSize || chunkBytes >= MAX_CHUNK_BYTES) await flush();
    options.onProgress?.(queued + chunk.length, item.origin);
  }
  await flush();
  return queued;
}
