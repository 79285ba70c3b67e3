// HTTP tests through app.request(): events with evidence, the page, security headers, one error shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { ingestItems } from '../services/ingest-service.ts';
import { recordItem } from '../stages/read/read-inputs.ts';
import { defaultPipeline } from '../stages/default-pipeline.ts';
import { createApp } from './app.ts';

async function appWithReports() {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  await ingestItems(store, [
    recordItem('mem#1', { text: 'Gunmen killed two farmers near Mosul on Friday, police said.', outlet: 'Example', synthetic: true }),
    recordItem('mem#2', { text: 'Protesters marched peacefully in Basra on Monday.', outlet: 'Other' }),
  ], { pipeline: defaultPipeline() });
  return { app: createApp(store), store };
}

test('GET /api/events lists events with evidence that indexes the article text', async () => {
  const { app, store } = await appWithReports();
  const res = await app.request('/api/events');
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.equal(body.items.length, 2);
  for (const e of body.items) {
    const article = await (await app.request(`/api/articles/${e.article_id}`)).json();
    for (const ev of e.evidence) assert.equal(article.text.slice(ev.start, ev.end), ev.text);
  }
  const filtered = await (await app.request('/api/events?q=mosul')).json();
  assert.deepEqual(filtered.items.map((e: { outlet: string }) => e.outlet), ['Example']);
  await store.close();
});

test('every error has the one shape, with no stack trace', async () => {
  const { app, store } = await appWithReports();
  for (const [path, status, code] of [
    ['/api/events?limit=0', 400, 'invalid_request'],
    ['/api/events?cursor=%21%21', 400, 'invalid_request'],
    ['/api/articles/nope', 404, 'not_found'],
    ['/api/documents?status=weird', 400, 'invalid_request'],
    ['/api/nothing-here', 404, 'not_found'],
  ] as const) {
    const res = await app.request(path);
    assert.equal(res.status, status, path);
    const body = await res.json();
    assert.deepEqual(Object.keys(body), ['error'], path);
    assert.equal(body.error.code, code, path);
    assert.equal(typeof body.error.message, 'string');
    assert.ok(!JSON.stringify(body).includes('    at '), 'no stack trace');
  }
  await store.close();
});

test('the page is served with a CSP that forbids inline script and outside origins', async () => {
  const { app, store } = await appWithReports();
  const res = await app.request('/');
  assert.equal(res.status, 200);
  assert.match(await res.text(), /<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/);
  assert.equal((await app.request('/assets/..%2f..%2fpackage.json')).status, 404);
  const csp = res.headers.get('content-security-policy')!;
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  const stats = await (await app.request('/api/stats')).json();
  assert.equal(stats.syntheticArticles, 1);
  await store.close();
});
