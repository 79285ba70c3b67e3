// Test and benchmark support: find the PostgreSQL to test against and give each run its own schema.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { redactUrl } from '../open-store.ts';

export const DEFAULT_TEST_POSTGRES = 'postgres://postgres@127.0.0.1:5432/test';

/** SITREP_TEST_PG when set, else the local default. */
export function testPostgresUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.SITREP_TEST_PG || DEFAULT_TEST_POSTGRES;
}

/**
 * The test database URL when PostgreSQL answers; otherwise a skip reason, or (when CI=true) a thrown Error,
 * because CI must run the PostgreSQL half of the suite rather than skip it.
 */
export async function postgresForTests(env: NodeJS.ProcessEnv = process.env): Promise<{ url: string } | { skip: string }> {
  const url = testPostgresUrl(env);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15_000 }); // a loaded machine can take seconds to accept
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { url };
  } catch (error) {
    const reason = `PostgreSQL not reachable at ${redactUrl(url)} (${(error as Error).message}); set SITREP_TEST_PG or start it`;
    if (env.CI === 'true') throw new Error(`CI requires PostgreSQL: ${reason}`);
    return { skip: reason };
  } finally {
    await client.end().catch(() => {});
  }
}

/** A schema name no other run uses, e.g. "sitrep_t_1234_9f3a1c". */
export function uniqueSchemaName(prefix = 'sitrep_t'): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** `url` with sitrep's `?schema=` parameter set. */
export function urlWithSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('schema', schema);
  return parsed.toString();
}

/** Drop the named schemas and everything in them. */
export async function dropSchemas(url: string, schemas: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const schema of schemas) {
      if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new TypeError(`invalid schema name "${schema}"`);
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }
  } finally {
    await client.end();
  }
}

