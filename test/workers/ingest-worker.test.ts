// The ingest worker in process against real PostgreSQL: idempotent repeats, retries, the dead-letter queue with the error.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import type { PgBoss } from 'pg-boss';
import { recordItem } from '../../src/stages/read/read-inputs.ts';
import { failedInput } from '../../src/stages/read/input-item.ts';
import { defaultPipeline } from '../../src/stages/default-pipeline.ts';
import { jobDataFromInput } from '../../src/services/queue/ingest-job.ts';
import { connectQueue, DEAD_LETTER_QUEUE, enqueueInputs, INGEST_QUEUE, queueSchemaFor } from '../../src/services/queue/ingest-queue.ts';
import { listDeadLetters, redriveDeadLetters } from '../../src/services/queue/dead-letters.ts';
import { startIngestWorker, type JobOutcome } from '../../src/services/queue/ingest-worker.ts';
import { PostgresStore } from '../../src/storage/postgres/postgres-store.ts';
import { dropSchemas, postgresForTests, uniqueSchemaName, urlWithSchema } from '../../src/storage/postgres/postgres-test-support.ts';
import { listIncidents, rebuildIncidents } from '../../src/services/incidents-service.ts';
import type { Incident } from '../../src/article/incident-record.ts';
import { ingestJobStates, waitFor } from './worker-support.ts';

async function incidentsOf(store: PostgresStore): Promise<Incident[]> {
  const all: Incident[] = [];
  for await (const incident of listIncidents(store)) all.push(incident);
  return all;
}

const target = await postgresForTests();
const report = (n: number) => recordItem(`/inputs/feed.jsonl#${n}`, { published: '2025-03-02', text: `Report ${n}: gunmen attacked a checkpoint near Tikrit, killing ${n + 2} soldiers.` });

describe('ingest worker', { skip: 'skip' in target ? target.skip : false, timeout: 120_000 }, () => {
  const url = 'url' in target ? target.url : '';
  const schemas: string[] = [];
  const open = async (): Promise<{ db: string; boss: PgBoss; store: PostgresStore }> => {
    const db = urlWithSchema(url, uniqueSchemaName('sitrep_worker'));
    schemas.push(new URL(db).searchParams.get('schema')!, queueSchemaFor(db));
    const store = new PostgresStore(db, { maxConnections: 3 });
    await store.migrate();
    return { db, boss: await connectQueue(db, { supervise: true, superviseIntervalSeconds: 1 }), store };
  };
  const opened: { boss: PgBoss; store: PostgresStore }[] = [];
  after(async () => {
    for (const { boss, store } of opened) {
      await boss.stop({ graceful: false, close: true });
      await store.close();
    }
    if (url) await dropSchemas(url, schemas);
  });

  it('processes queued inputs once each; a repeated job changes nothing; an unreadable input is a failed document, not a failed job', async () => {
    const { boss, store } = await open();
    opened.push({ boss, store });
    const unreadable = failedInput('/inputs/missing.txt', 'no such file or directory: /inputs/missing.txt');
    assert.equal(await enqueueInputs(boss, [report(1), report(2), report(1), unreadable]), 4);
    const outcomes: JobOutcome[] = [];
    const worker = await startIngestWorker(boss, { store, pipeline: defaultPipeline(), concurrency: 1, batchSize: 1, onJob: (o) => outcomes.push(o) });
    await waitFor(async () => outcomes.length, (n) => n >= 4, 30_000, 50);
    await worker.stop();
    assert.deepEqual(outcomes.map((o) => o.status), ['completed', 'completed', 'completed', 'completed']);
    const missing = outcomes.find((o) => o.origin === '/inputs/missing.txt')!;
    assert.deepEqual(missing.documentFailures, [{ origin: '/inputs/missing.txt', error: 'no such file or directory: /inputs/missing.txt' }]);
    const counts = await store.counts();
    assert.equal(counts.documents, 3);
    assert.equal(counts.failedDocuments, 1);
    assert.equal(counts.articles, 2);
    assert.ok(counts.events >= 2, `events were extracted (${counts.events})`);
    // Incident updates run off the jobs' path, at most every 5 s: how many depends on timing, not what they place.
    const { incidentUpdates, incidentEvents, incidentRoundsRedone, incidentUpdatesSkipped, ...totals } = worker.totals;
    assert.deepEqual(
      { ...totals, events: 0 },
      { jobsCompleted: 4, jobsFailed: 0, jobsDeadLettered: 0, documentsNew: 3, documentsUnchanged: 1, articles: 2, duplicates: 0, events: 0, claims: 2, documentFailures: 1 },
    );
    assert.ok(incidentUpdates >= 1, 'incidents were updated');
    assert.equal(incidentEvents, counts.events, 'every stored event was placed in an incident');
    assert.equal(incidentRoundsRedone, 0, 'one worker never redoes a round');
    assert.equal(incidentUpdatesSkipped, 0, 'one worker never finds the incident lock held');
  });

  it('skips its periodic incident updates while another process holds the incident lock, and takes them on once it is let go', async () => {
    const { db, boss, store } = await open();
    opened.push({ boss, store });
    const holder = new PostgresStore(db);
    const release = await holder.tryIncidentLock();
    assert.ok(release);
    try {
      await enqueueInputs(boss, Array.from({ length: 6 }, (_, i) => report(300 + i)));
      let settled = 0;
      const worker = await startIngestWorker(boss, { store, pipeline: defaultPipeline(), concurrency: 1, batchSize: 2, onJob: () => settled++ });
      await waitFor(async () => settled, (n) => n >= 6, 30_000, 50);
      await waitFor(async () => worker.totals.incidentUpdatesSkipped, (n) => n >= 1, 15_000, 100);
      assert.equal(worker.totals.incidentUpdates, 0, 'no update while the lock is held elsewhere');
      assert.ok((await store.incidentQueue(100)).length >= 6, 'the events wait in the queue');
      await release();
      await waitFor(async () => worker.totals.incidentUpdates, (n) => n >= 1, 15_000, 100);
      await worker.stop();
      const events = (await store.counts()).events;
      assert.ok(events >= 6, `events were extracted (${events})`);
      assert.equal(worker.totals.incidentEvents, events, 'the worker placed every event once it held the lock');
      assert.equal(worker.totals.incidentRoundsRedone, 0);
      assert.deepEqual(await store.incidentQueue(100), []);
      assert.ok(await holder.tryIncidentLock(), 'a stopped worker leaves the lock free');
    } finally {
      await holder.close();
    }
  });

  it('two workers on one store: every event is placed once and the incidents equal a rebuild', async () => {
    const { db, boss, store } = await open();
    opened.push({ boss, store });
    const other = { boss: await connectQueue(db), store: new PostgresStore(db, { maxConnections: 3 }) };
    opened.push(other);
    await enqueueInputs(boss, Array.from({ length: 40 }, (_, i) => report(200 + i)));
    let settled = 0;
    const workers = await Promise.all([{ boss, store }, other].map((w) =>
      startIngestWorker(w.boss, { store: w.store, pipeline: defaultPipeline(), concurrency: 1, batchSize: 2, onJob: () => settled++ })));
    await waitFor(async () => settled, (n) => n >= 40, 60_000, 50);
    await new Promise((resolve) => setTimeout(resolve, 6000)); // the periodic updates (every 5 s) meet at the lock
    await Promise.all(workers.map((w) => w.stop()));
    const [a, b] = workers.map((w) => w.totals);
    const events = (await store.counts()).events;
    assert.ok(events >= 40, `events were extracted (${events})`);
    assert.equal(a!.incidentEvents + b!.incidentEvents, events, 'every event was placed once');
    assert.deepEqual(await store.incidentQueue(10_000), [], 'nothing is left queued');
    const incremental = await incidentsOf(store);
    assert.deepEqual(incremental, await rebuildIncidents(store));
  });

  it('stopping settles every job in hand before returning, leaving none active', async () => {
    const { db, boss, store } = await open();
    opened.push({ boss, store });
    await enqueueInputs(boss, Array.from({ length: 60 }, (_, i) => report(100 + i)));
    const outcomes: JobOutcome[] = [];
    const worker = await startIngestWorker(boss, { store, pipeline: defaultPipeline(), concurrency: 2, batchSize: 4, onJob: (o) => outcomes.push(o) });
    await waitFor(async () => outcomes.length, (n) => n >= 5, 30_000, 10);
    await worker.stop();
    const settled = outcomes.length;
    const { states } = await ingestJobStates(db);
    assert.equal(states.active, undefined, 'no job left active');
    assert.equal(states.completed, settled);
    assert.ok(settled < 60, 'stopped before the queue ran dry');
    assert.equal(states.created, 60 - settled);
    assert.equal((await store.counts()).documents, settled);
  });

  it('retries a job whose store write fails, then moves it to the dead-letter queue, keeping the error', async () => {
    const { boss, store } = await open();
    opened.push({ boss, store });
    await store.close(); // every write now fails, as with a database that went away
    const id = await boss.send(INGEST_QUEUE, jobDataFromInput(report(7)), { retryLimit: 1, retryDelay: 1 });
    const outcomes: JobOutcome[] = [];
    const worker = await startIngestWorker(boss, { store, pipeline: defaultPipeline(), concurrency: 1, batchSize: 1, onJob: (o) => outcomes.push(o) });
    const [failed] = await waitFor(() => boss.findJobs(INGEST_QUEUE, { id: id! }), (jobs) => jobs[0]?.state === 'failed', 30_000, 200);
    await worker.stop();
    assert.deepEqual(outcomes.map((o) => o.status), ['failed', 'failed'], 'the first attempt and one retry');
    assert.match(JSON.stringify(failed!.output), /pool/i, 'the failed job keeps the store error');
    const [dead] = await waitFor(() => listDeadLetters(boss), (jobs) => jobs.length === 1, 30_000, 200);
    assert.equal(dead!.origin, '/inputs/feed.jsonl#7');
    assert.equal(dead!.retries, 1);
    assert.match(dead!.error!, /pool/i, 'the dead letter shows the store error');
    assert.equal(await redriveDeadLetters(boss), 1, 'redrive puts it back on the ingest queue');
    assert.deepEqual(await listDeadLetters(boss), []);
    const requeued = await boss.findJobs<{ origin: string }>(INGEST_QUEUE, { queued: true });
    assert.deepEqual(requeued.map((j) => j.data.origin), ['/inputs/feed.jsonl#7']);
  });

  it('dead-letters a malformed payload at once, without retrying it', async () => {
    const { boss, store } = await open();
    opened.push({ boss, store });
    const id = await boss.send(INGEST_QUEUE, { format: 'something-else' });
    const outcomes: JobOutcome[] = [];
    const worker = await startIngestWorker(boss, { store, pipeline: defaultPipeline(), concurrency: 1, batchSize: 1, onJob: (o) => outcomes.push(o) });
    const [dead] = await waitFor(() => boss.findJobs(DEAD_LETTER_QUEUE), (jobs) => jobs.length === 1, 30_000, 200);
    await worker.stop();
    assert.deepEqual(outcomes.map((o) => o.status), ['deadletter']);
    assert.match(outcomes[0]!.error!, /not a sitrep.input.v1 ingest job/);
    assert.deepEqual(dead!.data, { format: 'something-else' });
    const [original] = await boss.findJobs(INGEST_QUEUE, { id: id! });
    assert.equal(original!.state, 'failed');
    assert.equal(original!.retryCount, 0);
    assert.equal((await store.counts()).documents, 0);
  });
});
