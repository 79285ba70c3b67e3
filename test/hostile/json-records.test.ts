// Hostile JSON records: deep nesting in files, lines and API bodies, and structured fuzzing of records (depth, size, types).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import fc from 'fast-check';
import { createApp } from '../../src/http/app.ts';
import { defaultPipeline } from '../../src/stages/default-pipeline.ts';
import { readInputs, recordItem } from '../../src/stages/read/read-inputs.ts';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.ts';
import { runSitrep } from '../helpers.ts';
import { LONG, recordFigures } from './figures.ts';

const STORY = 'Gunmen killed two farmers near Mosul on Friday, police said.';
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const figures: Record<string, unknown> = {};

test('a JSONL line nested 5,000 deep is refused with one line and the rest of the batch is stored (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-json-'));
  writeFileSync(join(dir, 'd.jsonl'), `{"text":"x y","x":${deepArray(5000)}}\n${JSON.stringify({ text: `${STORY} The second record.` })}\n`);
  writeFileSync(join(dir, 'good.txt'), `${STORY}\n`);
  const db = join(dir, 't.db');
  const run = runSitrep(['ingest', join(dir, 'd.jsonl'), join(dir, 'good.txt'), '--db', db]);
  assert.equal(run.code, 3, run.stderr);
  assert.match(run.stderr, /3 documents read \(3 new/);
  assert.match(run.stderr, /failed: .*d\.jsonl#1: line 1 is nested more than 64 levels deep/);
  assert.doesNotMatch(run.stderr, /Maximum call stack|\n\s+at /);
  const sqlite = new DatabaseSync(db);
  const stored = sqlite.prepare("SELECT origin, status FROM documents ORDER BY origin").all().map((r) => `${String(r.origin).replace(dir, '')} ${String(r.status)}`);
  sqlite.close();
  assert.deepEqual(stored, ['/d.jsonl#1 failed', '/d.jsonl#2 processed', '/good.txt processed']);
});

test('a whole JSON file nested past the limit is refused before parsing; a record value nested deep is refused by recordItem', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-json-'));
  writeFileSync(join(dir, 'deep.json'), `[{"text":"${STORY}","x":${deepArray(100_000)}}]`);
  const items = [];
  for await (const item of readInputs([join(dir, 'deep.json')])) items.push(item);
  assert.equal(items.length, 1);
  assert.match(items[0]!.error!, /^the JSON file is nested more than 64 levels deep/);
  let value: unknown = 0;
  for (let i = 0; i < 20_000; i++) value = [value];
  assert.match(recordItem('api#1', { text: STORY, x: value }).error!, /^record is nested more than 64 levels deep/);
  assert.equal(recordItem('api#2', { text: STORY, x: [[[[1]]]] }).error, null);
});

test('POST /api/ingest refuses a 10 MB nested-array body with 400 before parsing it, and memory stays flat', async () => {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  const app = createApp(store, { token: 't', maxBodyBytes: 16 * 1024 * 1024, pipeline: () => defaultPipeline() });
  const body = `{"records":[{"text":"${STORY}","x":${deepArray(5_000_000)}}]}`;
  const rssBefore = process.memoryUsage().rss;
  const res = await app.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer t' }, body });
  const grewMb = Math.round((process.memoryUsage().rss - rssBefore) / 1e6);
  assert.equal(res.status, 400);
  assert.match(((await res.json()) as { error: { message: string } }).error.message, /^the request body is nested more than 64 levels deep/);
  const ok = await app.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer t' }, body: JSON.stringify({ records: [{ text: STORY, x: [[[1]]] }] }) });
  assert.equal(ok.status, 200, await ok.text());
  await store.close();
  figures.post_10mb_nested_body_rss_growth_mb = grewMb;
  assert.ok(grewMb < 200, `RSS grew ${grewMb} MB for a refused 10 MB body`);
});

/** Records as they come from other tools: the fields sitrep reads, in any JSON type, plus extra fields of any shape and depth. */
const anyValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant(null), fc.boolean(), fc.double(), fc.integer(), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }),
    fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 4 })),
})).value;
/** Nesting as text (a value this deep could not even be stringified): arrays and objects alternating, `depth` levels. */
const deepText = (depth: number) => `${'[{"k":'.repeat(depth >> 1)}${depth & 1 ? '[1]' : '1'}${'}]'.repeat(depth >> 1)}`;
const record = fc.record({
  text: fc.oneof(fc.constant(STORY), fc.string({ maxLength: 200 }), anyValue),
  html: fc.option(fc.oneof(fc.constant(`<p>${STORY}</p>`), anyValue), { nil: undefined }),
  url: fc.option(anyValue, { nil: undefined }), title: fc.option(anyValue, { nil: undefined }), published: fc.option(fc.oneof(fc.constant('2019-03-01'), anyValue), { nil: undefined }),
  extra: anyValue,
}, { requiredKeys: [] });
/** One JSONL line: a record, with (sometimes) a field nested 0 to 8,000 levels deep spliced in as text. */
const line = fc.tuple(record, fc.option(fc.integer({ min: 0, max: 8_000 }), { nil: null })).map(([r, depth]) => {
  const json = JSON.stringify(r);
  return depth === null ? json : `${json.slice(0, -1)}${json.length > 2 ? ',' : ''}"deep":${deepText(depth)}}`;
});

test('structured fuzzing: any record (types, depth, size) becomes one item or one one-line refusal; the good record after it is always read', async () => {
  const runs = LONG ? 2_000 : 200;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-jsonfuzz-'));
  let refused = 0;
  await fc.assert(fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 5 }), async (records) => {
    const path = join(dir, 'r.jsonl');
    writeFileSync(path, `${records.join('\n')}\n${JSON.stringify({ text: STORY })}\n`);
    const items = [];
    for await (const item of readInputs([path])) items.push(item);
    assert.equal(items.length, records.length + 1);
    for (const item of items) {
      if (item.error) { refused++; assert.ok(!item.error.includes('\n') && item.error.length < 300, item.error); }
      else assert.equal(typeof item.body, 'string');
    }
    assert.equal(items.at(-1)!.error, null);
    assert.equal(items.at(-1)!.body, STORY);
  }), { numRuns: runs, seed: 16 });
  figures.fuzzed_record_files = runs;
  figures.fuzzed_items_refused = refused;
});

test('record the JSON figures', () => {
  recordFigures('json-records', figures);
});
