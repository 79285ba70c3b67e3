// The OpenAPI document: valid OpenAPI 3.1, and it documents every API route and every event filter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '@seriousme/openapi-schema-validator';
import { createApp } from './app.ts';
import { SqliteStore } from '../storage/sqlite/sqlite-store.ts';

async function openApiDocument(): Promise<any> {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  const res = await createApp(store).request('/api/openapi.json');
  assert.equal(res.status, 200);
  const doc = await res.json();
  await store.close();
  return doc;
}

test('the OpenAPI document is valid OpenAPI 3.1', async () => {
  const doc = await openApiDocument();
  assert.equal(doc.openapi, '3.1.0');
  const result = await new Validator().validate(doc);
  assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
});

test('documents every resource, with the error shape on every response set', async () => {
  const doc = await openApiDocument();
  const expected = [
    'get /events', 'get /events/{id}', 'get /events/{id}/incident', 'get /incidents', 'get /incidents/{id}', 'get /claims', 'get /claims/subjects',
    'get /articles/{id}', 'get /documents', 'get /documents/{id}', 'get /outlets', 'get /stats', 'get /deletions',
    'get /export', 'get /places', 'post /ingest',
  ];
  const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((m) => `${m} ${path}`));
  assert.deepEqual(documented.sort(), expected.sort());
  for (const [path, ops] of Object.entries<any>(doc.paths)) {
    for (const op of Object.values<any>(ops)) {
      assert.equal(op.responses['400']?.content['application/json'].schema.$ref, '#/components/schemas/Error', path);
    }
  }
  assert.ok(doc.paths['/ingest'].post.security.some((s: any) => 'bearer' in s));
});

test('documents every event filter, sort and paging parameter', async () => {
  const doc = await openApiDocument();
  const names = doc.paths['/events'].get.parameters.map((p: any) => p.name).sort();
  assert.deepEqual(names, [
    'actor', 'admin1', 'article_id', 'country', 'cursor', 'event_type', 'flags', 'include_flagged', 'limit',
    'min_fatalities', 'near', 'q', 'since', 'sort', 'sub_event_type', 'type', 'until', 'updated_since',
  ]);
  const incident = doc.components.schemas.Incident.properties;
  for (const field of ['sources', 'independent_sources', 'disagreements', 'fatalities_best']) assert.ok(incident[field], field);
});
