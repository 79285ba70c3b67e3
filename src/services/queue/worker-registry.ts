// `sitrep worker` processes on one host find how many of them share its cores: each holds a PostgreSQL session
// named after the host for as long as it runs, and counts the sessions so named.
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import pg from 'pg';
import { parsePostgresUrl } from '../../storage/postgres/postgres-store.ts';

export interface WorkerRegistration {
  /** Worker processes registered from this host now (this one included); 1 when the count cannot be read. */
  workersOnHost(): Promise<number>;
  close(): Promise<void>;
}

/** The application_name every worker on `host` registers under (PostgreSQL keeps 63 bytes of it). */
export function workerApplicationName(host = hostname()): string {
  return `sitrep-worker ${createHash('sha256').update(host).digest('hex').slice(0, 12)} ${host}`.slice(0, 63);
}

/**
 * Register this worker process under its host's name in the database at `url`, on a session of its own held
 * until close() (or the process ends). Registration never stops a worker: on any error it counts itself alone.
 */
export async function registerWorker(url: string, host = hostname()): Promise<WorkerRegistration> {
  const name = workerApplicationName(host);
  let connectionString: string;
  try {
    connectionString = parsePostgresUrl(url).connectionString;
  } catch {
    return { workersOnHost: async () => 1, close: async () => {} }; // opening the store reports the bad URL
  }
  const client = new pg.Client({ connectionString, application_name: name, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {}); // a dropped session only makes the count lower
  let connected = true;
  await client.connect().catch(() => { connected = false; });
  return {
    async workersOnHost() {
      if (!connected) return 1;
      try {
        const { rows } = await client.query(
          'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()', [name],
        );
        return Math.max(1, Number(rows[0].n));
      } catch {
        return 1;
      }
    },
    async close() {
      if (connected) await client.end().catch(() => {});
      connected = false;
    },
  };
}

/**
 * Pipeline worker threads for one worker process when `jobs` is "auto": its share of the host's cores with the
 * other workers there (so two workers on two cores run one thread each, not two each, every thread paying its own
 * start-up and warm-up), and never more than the documents it has in hand at once (`concurrency`).
 */
export function workerJobs(cores: number, workersOnHost: number, concurrency: number): number {
  return Math.max(1, Math.min(concurrency, Math.floor(cores / Math.max(1, workersOnHost))));
}
