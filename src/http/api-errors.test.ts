// One error shape for every API error (400, 401, 404, 413, 500), bearer auth on writes and protected reads, and ingest.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from './app.ts';
import { SqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { defaultPipeline } from '../stages/default-pipeline.ts';
import type { Store } from '../storage/store.ts';

const TOKEN = 'test-token-123';
const store = new SqliteStore(':memory:');
const app = createApp(store, { token: TOKEN, maxBodyBytes: 2048, pipeline: () => defaultPipeline() });

before(() => store.migrate());
after(() => store.close());

const json = (body: unknown, token?: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/** Asserts the one error shape and no leaked internals; returns the code. */
async function errorCode(res: Response, status: number): Promise<string> {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  const body = await res.json() as { error: { code: string; message: string } };
  assert.deepEqual(Object.keys(body), ['error']);
  assert.deepEqual(Object.keys(body.error).sort(), ['code', 'message']);
  assert.ok(body.error.message.length > 0);
  assert.doesNotMatch(body.error.message, /\n\s+at |\.ts:\d+/, 'no stack trace');
  return body.error.code;
}

test('every error case answers with the one error shape', async () => {
  const cases: [string, RequestInit | undefined, number, string][] = [
    ['/api/nothing-here', undefined, 404, 'not_found'],
    ['/api/events/unknown-id', undefined, 404, 'not_found'],
    ['/api/articles/unknown-id', undefined, 404, 'not_found'],
    ['/api/documents/unknown-id', undefined, 404, 'not_found'],
    ['/api/events?limit=0', undefined, 400, 'invalid_request'],
    ['/api/events?since=2024-1-1', undefined, 400, 'invalid_request'],
    ['/api/events?sort=loudest', undefined, 400, 'invalid_request'],
    ['/api/events?near=north', undefined, 400, 'invalid_request'],
    ['/api/events?flags=sarcastic', undefined, 400, 'invalid_request'],
    ['/api/events?cursor=bm9wZQ', undefined, 400, 'invalid_request'],
    ['/api/events?near=95,10,5', undefined, 400, 'invalid_request'],
    ['/api/export?format=xlsx', undefined, 400, 'invalid_request'],
    ['/api/documents?status=lost', undefined, 400, 'invalid_request'],
    ['/api/events?typ=Battles', undefined, 400, 'invalid_request'],
    ['/api/events?type=Nonsense', undefined, 400, 'invalid_request'],
    ['/api/incidents?sort=loudest', undefined, 400, 'invalid_request'],
    ['/api/incidents?page=2', undefined, 400, 'invalid_request'],
    ['/api/claims?subjet=x', undefined, 400, 'invalid_request'],
    ['/api/export?format=jsonl&exclude_flagged=true', undefined, 400, 'invalid_request'],
    ['/api/events/x?verbose=1', undefined, 400, 'invalid_request'],
    ['/api/events/unknown-id/incident', undefined, 404, 'not_found'],
    ['/api/ingest', json({ records: [{ text: 'x' }] }), 401, 'unauthorized'],
    ['/api/ingest', json({ records: [{ text: 'x' }] }, 'wrong'), 401, 'unauthorized'],
    ['/api/ingest', json('{not json', TOKEN), 400, 'invalid_request'],
    ['/api/ingest', json({ records: [] }, TOKEN), 400, 'invalid_request'],
    ['/api/ingest', json({ records: [{ url: 'https://example.org/a' }] }, TOKEN), 400, 'invalid_request'],
    ['/api/ingest', json({ records: [{ text: 'x'.repeat(5000) }] }, TOKEN), 413, 'payload_too_large'],
  ];
  for (const [path, init, status, code] of cases) {
    assert.equal(await errorCode(await app.request(path, init), status), code, path);
  }
});

test('an unknown parameter or type is refused with the closest name suggested', async () => {
  const message = async (path: string) => ((await (await app.request(path)).json()) as { error: { message: string } }).error.message;
  assert.match(await message('/api/events?event_typ=Battles'), /unknown parameter "event_typ"; did you mean "event_type"\?/);
  assert.match(await message('/api/events?type=batles'), /type: "batles" is not an ACLED event or sub-event type; did you mean "Battles"\?/);
  assert.match(await message('/api/events?event_type=Armed%20clash'), /is a sub-event type: pass it as sub_event_type/);
  assert.match(await message('/api/stats?contry=Iraq'), /unknown parameter "contry"; did you mean "country"\?/);
  assert.equal((await app.request('/api/events?type=BATTLES&sort=-DATE')).status, 200, 'values are taken in any case');
});

test('an unexpected store failure is a 500 without details', async () => {
  const broken = { listEvents: async () => { throw new Error('disk on fire at /secret/path.db'); } } as unknown as Store;
  const res = await createApp(broken).request('/api/events');
  assert.equal(await errorCode(res.clone(), 500), 'internal');
  assert.doesNotMatch(await res.text(), /secret|fire/);
});

test('ingest with the token stores records and is idempotent', async () => {
  const record = {
    text: 'Militants attacked an army checkpoint near the town on Sunday, killing four soldiers, officials said.',
    url: 'https://example.org/report-1', title: 'Checkpoint attack', outlet: 'Example News', published: '2025-03-02',
  };
  const first = await app.request('/api/ingest', json({ records: [record] }, TOKEN));
  assert.equal(first.status, 200);
  const summary = await first.json() as any;
  assert.equal(summary.documents_new, 1);
  assert.equal(summary.articles, 1);
  const again = await (await app.request('/api/ingest', json({ records: [record] }, TOKEN))).json() as any;
  assert.equal(again.documents_new, 0);
  assert.equal(again.documents_unchanged, 1);
  assert.deepEqual(again.document_ids, summary.document_ids);
  const doc = await (await app.request(`/api/documents/${summary.document_ids[0]}`)).json() as any;
  assert.equal(doc.status, 'processed');
  assert.equal(doc.origin, 'https://example.org/report-1');
});

test('writes are refused when no token is configured', async () => {
  const open = createApp(store);
  assert.equal(await errorCode(await open.request('/api/ingest', json({ records: [{ text: 'x' }] }, 'anything')), 401), 'unauthorized');
});

test('reads need the token when the server protects them, except the OpenAPI document', async () => {
  const guarded = createApp(store, { token: TOKEN, readsNeedToken: true });
  assert.equal(await errorCode(await guarded.request('/api/events'), 401), 'unauthorized');
  assert.equal((await guarded.request('/api/events', { headers: { Authorization: `Bearer ${TOKEN}` } })).status, 200);
  assert.equal((await guarded.request('/api/openapi.json')).status, 200);
  assert.equal((await createApp(store).request('/api/events')).status, 200, 'open by default (loopback)');
});
