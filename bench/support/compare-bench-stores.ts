// Check that the bulk-loaded PostgreSQL and SQLite benchmark stores answer the same event pages.
// Usage: npx node bench/support/compare-bench-stores.ts [events=10000] [postgres-url]
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { openStore } from '../../src/storage/open-store.ts';
import type { EventQuery, Store } from '../../src/storage/store.ts';
import { benchPostgresUrl, ensureSyntheticStore } from './synthetic-store.ts';

const events = Number(process.argv[2] ?? 10_000);
const pgUrl = benchPostgresUrl(process.argv[3] ?? 'postgres://postgres@127.0.0.1:5432/test', events);
const sqlitePath = join(tmpdir(), `sitrep-compare-${events}.db`);
const log = (line: string): void => { process.stderr.write(`${line}\n`); };

const QUERIES: EventQuery[] = [
  { sort: '-date', limit: 50 },
  { country: 'Iraq', sort: '-date', limit: 50 },
  { since: '2023-03-01', until: '2023-03-31', eventType: 'Battles', limit: 50 },
  { near: { lat: 36.34, lon: 43.13, km: 10 }, limit: 50 },
  { actor: 'boko-haram', minFatalities: 50, sort: '-fatalities', limit: 50 },
  { q: 'checkpoint', limit: 50 },
  { admin1: 'Anbar', excludeFlagged: true, sort: 'date', limit: 50 },
  { subEventType: 'Armed clash', country: 'Syria', limit: 50 },
  { flags: ['negated'], sort: '-fatalities', limit: 50 },
];

/** Every page of `query` (up to `pages`), without updatedAt, which is the build time. */
async function pages(store: Store, query: EventQuery, pages = 3): Promise<unknown[]> {
  const out: unknown[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < pages; i++) {
    const page = await store.listEvents({ ...query, cursor });
    out.push(page.items.map(({ updatedAt: _, ...rest }) => rest));
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return out;
}

rmSync(sqlitePath, { force: true });
await ensureSyntheticStore(sqlitePath, events, log);
await ensureSyntheticStore(pgUrl, events, log);
const [sqlite, postgres] = [await openStore(sqlitePath), await openStore(pgUrl)];
let failed = 0;
try {
  const [a, b] = [await sqlite.counts(), await postgres.counts()];
  console.log(`counts sqlite ${JSON.stringify(a)}\ncounts postgres ${JSON.stringify(b)}`);
  for (const query of QUERIES) {
    const [x, y] = [await pages(sqlite, query), await pages(postgres, query)];
    const same = isDeepStrictEqual(x, y);
    if (!same) failed++;
    const n = (x as unknown[][]).reduce((s, p) => s + p.length, 0);
    console.log(`${same ? 'same' : 'DIFFERENT'}  ${n} events  ${JSON.stringify(query)}`);
  }
} finally {
  await sqlite.close();
  await postgres.close();
  rmSync(sqlitePath, { force: true });
}
process.exitCode = failed ? 1 : 0;
