// Every path that stores events leaves incidents current (issue 16, defect 5), crash and resume included:
// POST /api/ingest, `sitrep watch` and the queue worker each leave the incidents a full rebuild gives, also
// when an earlier run was killed after storing its events and before placing them (what SIGKILL there
// leaves: events stored, queued for incidents, no incident). The CLI ingest is tested in incidents-resume.test.ts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/http/app.ts';
import { runCli } from '../../src/cli/run-cli.ts';
import type { CliIO } from '../../src/cli/cli-io.ts';
import { ingestItems } from '../../src/services/ingest-service.ts';
import { listIncidents, rebuildIncidents } from '../../src/services/incidents-service.ts';
import { startIngestWorker } from '../../src/services/queue/ingest-worker.ts';
import { connectQueue, queueSchemaFor } from '../../src/services/queue/ingest-queue.ts';
import { recordItem } from '../../src/stages/read/read-inputs.ts';
import { defaultPipeline } from '../../src/stages/default-pipeline.ts';
import { startLoopbackServer, type LoopbackServer } from '../../src/stages/fetch/testing/loopback-server.ts';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.ts';
import { PostgresStore } from '../../src/storage/postgres/postgres-store.ts';
import { dropSchemas, postgresForTests, uniqueSchemaName, urlWithSchema } from '../../src/storage/postgres/postgres-test-support.ts';
import type { Store } from '../../src/storage/store.ts';

const REPORTS = [
  { text: 'Gunmen killed four police officers at a checkpoint in Mosul, Iraq on Monday, officials said.', outlet: 'Wire A', published: '2024-03-05', url: 'https://a.example/1' },
  { text: 'Four policemen were killed on Monday when gunmen attacked a checkpoint in Mosul, Iraq, police said.', outlet: 'Wire B', published: '2024-03-05', url: 'https://b.example/1' },
  { text: 'A car bomb killed nine people at a market in Kirkuk, Iraq on Saturday, the provincial governor said.', outlet: 'Wire A', published: '2024-05-11', url: 'https://a.example/2' },
  { text: 'Militants abducted twelve farmers near Maiduguri, Nigeria on Tuesday, residents said.', outlet: 'Wire C', published: '2024-06-04', url: 'https://c.example/1' },
];
const TOKEN = 'incidents-paths-token';

/** The incidents as sets of event ids (incident ids aside), sorted: what placement decided. */
async function partition(store: Store): Promise<string[][]> {
  const groups: string[][] = [];
  for await (const incident of listIncidents(store)) groups.push([...incident.eventIds].sort());
  return groups.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** The store's incidents are current: they hold events, and rebuilding them from every stored event changes nothing. */
async function assertCurrent(store: Store, what: string): Promise<void> {
  const current = await partition(store);
  assert.ok(current.length > 0, `${what}: no incident`);
  await rebuildIncidents(store);
  assert.deepEqual(current, await partition(store), `${what}: the incidents differ from a rebuild`);
}

/** An ingest killed after storing its events, before placing them: events stored, no incident. */
async function deadIngest(store: Store, reports: readonly (typeof REPORTS)[number][]): Promise<void> {
  const summary = await ingestItems(store, reports.map((r, i) => recordItem(`dead#${i + 1}`, r)), { pipeline: defaultPipeline(), updateIncidents: false });
  assert.ok(summary.events >= reports.length - 1, `events stored: ${summary.events}`);
  assert.deepEqual(await partition(store), [], 'the dead run left no incidents');
}

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-incidents-paths-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('POST /api/ingest leaves incidents current, placing also the events a killed ingest left unplaced', async () => {
  const store = new SqliteStore(join(dir, 'api.db'));
  await store.migrate();
  try {
    await deadIngest(store, REPORTS.slice(0, 2));
    const app = createApp(store, { token: TOKEN, pipeline: () => defaultPipeline() });
    const res = await app.request('/api/ingest', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ records: REPORTS.slice(2) }),
    });
    assert.equal(res.status, 200, await res.clone().text());
    const placed = (await partition(store)).flat();
    assert.equal(placed.length, new Set(placed).size);
    assert.ok(placed.length >= REPORTS.length - 1, `events placed: ${placed.length}`);
    await assertCurrent(store, 'after POST /api/ingest');
  } finally {
    await store.close();
  }
});

describe('sitrep watch', () => {
  let server: LoopbackServer;
  const page = (r: (typeof REPORTS)[number]) => `<html><head><title>Report</title></head><body><article><h1>Report</h1><p>${r.text}</p><p>${r.text.replace(/^\S+/, 'Reportedly,')}</p></article></body></html>`;
  before(async () => {
    server = await startLoopbackServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/robots.txt') return void res.writeHead(404).end();
      // An unchanged feed: 304 whatever is asked.
      if (url === '/unchanged.xml') return void res.writeHead(304, { etag: '"same"' }).end();
      if (url === '/feed.xml') {
        const items = REPORTS.map((_, i) => `<item><title>Report ${i}</title><link>${server.origin}/item/${i}</link><guid>r-${i}</guid></item>`).join('');
        return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' })
          .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>${items}</channel></rss>`);
      }
      const item = /^\/item\/(\d+)$/.exec(url);
      if (item && REPORTS[Number(item[1])]) return void res.writeHead(200, { 'content-type': 'text/html' }).end(page(REPORTS[Number(item[1])]!));
      res.writeHead(404).end();
    });
  });
  after(async () => {
    await server.close();
  });
  const watch = async (feed: string, db: string): Promise<string> => {
    const out: string[] = [];
    const io: CliIO = {
      stdout: (t) => void out.push(t), stderr: () => undefined, stderrIsTTY: false,
      env: { SITREP_ALLOW_HOSTS: '127.0.0.1', SITREP_HOST_DELAY: '0', SITREP_FETCH_RETRIES: '0' },
      now: () => new Date('2026-01-01T00:00:00Z'), stopSignal: new AbortController().signal,
    };
    const feeds = join(dir, `feeds-${feed}.txt`);
    await writeFile(feeds, `${server.origin}/${feed}\n`);
    assert.equal(await runCli(['watch', '--feeds', feeds, '--once', '--db', db, '--jobs', '1'], io), 0, out.join(''));
    return out.join('');
  };

  test('a poll that stores events leaves incidents current', async () => {
    const db = join(dir, 'watch.db');
    assert.match(await watch('feed.xml', db), /feed\.xml: 4 new, 0 already seen · 4 articles/);
    const store = new SqliteStore(db);
    try {
      await assertCurrent(store, 'after a poll');
    } finally {
      await store.close();
    }
  });

  test('a watch started after a killed run places its events even though the feed is unchanged (304)', async () => {
    const db = join(dir, 'watch-resume.db');
    const store = new SqliteStore(db);
    await store.migrate();
    await deadIngest(store, REPORTS);
    await store.close();
    assert.match(await watch('unchanged.xml', db), /unchanged\.xml: not modified \(304\)/);
    const reopened = new SqliteStore(db);
    try {
      await assertCurrent(reopened, 'after a watch over an unchanged feed');
    } finally {
      await reopened.close();
    }
  });
});

const pg = await postgresForTests();
describe('queue worker (PostgreSQL)', { skip: 'skip' in pg ? pg.skip : false, timeout: 120_000 }, () => {
  const schemas: string[] = [];
  after(async () => {
    if ('url' in pg) await dropSchemas(pg.url, schemas);
  });

  test('a worker started after a killed run places its events even when no job comes', async () => {
    const db = urlWithSchema('url' in pg ? pg.url : '', uniqueSchemaName('sitrep_incidents_paths'));
    schemas.push(new URL(db).searchParams.get('schema')!, queueSchemaFor(db));
    const store = new PostgresStore(db, { maxConnections: 3 });
    await store.migrate();
    const boss = await connectQueue(db);
    try {
      await deadIngest(store, REPORTS);
      const worker = await startIngestWorker(boss, { store, pipeline: defaultPipeline(), concurrency: 1 });
      await worker.stop();
      assert.ok(worker.totals.incidentUpdates >= 1, 'the worker brought incidents up to date');
      await assertCurrent(store, 'after a worker with an empty queue');
    } finally {
      await boss.stop({ graceful: false, close: true });
      await store.close();
    }
  });
});
