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
import { ingestJobStates, waitFor } from './worker-support.ts';

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
    const { incidentUpdates, incidentEvents, incidentRoundsRedone, ...totals } = worker.totals;
    assert.deepEqual(
      { ...totals, events: 0 },
      { jobsCompleted: 4, jobsFailed: 0, jobsDeadLettered: 0, documentsNew: 3, documentsUnchanged: 1, articles: 2, duplicates: 0, events: 0, claims: 2, documentFailures: 1 },
    );
    assert.ok(incidentUpdates >= 1, 'incidents were updated');
    assert.equal(incidentEvents, counts.events, 'every stored event was placed in an incident');
    assert.equal(incidentRoundsRedone, 0, 'one worker never redoes a round');
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
