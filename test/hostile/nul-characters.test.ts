// NUL characters (U+0000) in a record's text, title, outlet and URL, in a UTF-16 page and in a feed-like
// JSON file: the same input gives the same stored documents and articles on SQLite and PostgreSQL (whose
// text cannot hold U+0000), the NULs removed and counted, and the rest of the batch stored.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { runSitrep } from '../helpers.ts';
import { dropSchemas, postgresForTests, uniqueSchemaName, urlWithSchema } from '../../src/storage/postgres/postgres-test-support.ts';

const target = await postgresForTests();
let dir = '';
let inputs: string[] = [];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-nul-'));
  const records = [
    { text: 'Gunmen killed two\u0000 policemen in Mosul on Monday, officials said.', title: 'Mosul\u0000 attack', outlet: 'Out\u0000let', url: 'https://example.org/a\u0000b' },
    { html: '<html><head><title>Kirkuk\u0000 blast</title></head><body><article><p>A bomb killed three\u0000 people in Kirkuk on Tuesday, police said.</p></article></body></html>' },
  ];
  await writeFile(join(dir, 'nul.jsonl'), `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  // UTF-16LE with a BOM: the decoder yields a NUL character where the page holds U+0000.
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Militants attacked\u0000 a checkpoint near Tikrit on Friday, killing four soldiers.\n', 'utf16le')]);
  await writeFile(join(dir, 'utf16.txt'), utf16);
  await writeFile(join(dir, 'good.txt'), 'Police said protesters blocked the main road in Basra on Sunday.\n');
  inputs = ['nul.jsonl', 'utf16.txt', 'good.txt'].map((f) => join(dir, f));
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Row { origin: string; status: string; fields: unknown; text: string; title: string | null; outlet: string | null; url: string | null; removed: unknown }

const QUERY = `SELECT d.origin, d.status, d.fields, a.text, a.title, a.outlet, a.url, a.removed
  FROM documents d JOIN articles a ON a.document_id = d.id`;

function normalise(rows: Row[], root: string): Row[] {
  const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
  return rows.map((r) => ({ ...r, origin: r.origin.replace(root, ''), fields: json(r.fields), removed: json(r.removed) }))
    .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

function sqliteRows(db: string): Row[] {
  const sqlite = new DatabaseSync(db);
  try {
    return normalise(sqlite.prepare(QUERY).all() as unknown as Row[], dir);
  } finally {
    sqlite.close();
  }
}

function assertNoNul(rows: readonly Row[]): void {
  assert.ok(!JSON.stringify(rows).includes('\\u0000'), 'no NUL character stored');
}

test('NUL characters are removed and counted the same way on SQLite', () => {
  const db = join(dir, 'nul.db');
  const run = runSitrep(['ingest', ...inputs, '--db', db, '--jobs', '1']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /4 documents read \(4 new/);
  const rows = sqliteRows(db);
  assert.equal(rows.length, 4);
  assertNoNul(rows);
  const mosul = rows.find((r) => r.text.includes('Mosul'))!;
  assert.equal(mosul.text, 'Gunmen killed two policemen in Mosul on Monday, officials said.');
  assert.equal(mosul.title, 'Mosul attack');
  assert.equal(mosul.outlet, 'Outlet');
  assert.equal(mosul.url, 'https://example.org/ab');
  assert.equal((mosul.fields as { nulsRemoved?: number }).nulsRemoved, 4);
  assert.deepEqual((mosul.removed as { reason: string }[]).map((b) => b.reason).filter((r) => /NUL/.test(r)), ['4 NUL characters removed']);
  const kirkuk = rows.find((r) => r.text.includes('Kirkuk'))!;
  assert.equal(kirkuk.title, 'Kirkuk blast');
  const tikrit = rows.find((r) => r.text.includes('Tikrit'))!;
  assert.match(tikrit.text, /^Militants attacked a checkpoint/);
  assert.deepEqual((tikrit.removed as { reason: string }[]).map((b) => b.reason).filter((r) => /NUL/.test(r)), ['1 NUL character removed']);
  assert.ok(rows.some((r) => r.text.includes('Basra')));
});

test('PostgreSQL stores exactly what SQLite stores for the same input', { skip: 'skip' in target ? target.skip : false }, async () => {
  const url = 'url' in target ? target.url : '';
  const schema = uniqueSchemaName('sitrep_nul');
  const db = urlWithSchema(url, schema);
  try {
    const run = runSitrep(['ingest', ...inputs, '--db', db, '--jobs', '1']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /4 documents read \(4 new/);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    let rows: Row[];
    try {
      rows = normalise((await client.query(QUERY.replace(/\b(documents|articles)\b/g, `"${schema}".$1`))).rows as Row[], dir);
    } finally {
      await client.end();
    }
    assertNoNul(rows);
    assert.deepEqual(rows, sqliteRows(join(dir, 'nul.db')));
  } finally {
    await dropSchemas(url, [schema]);
  }
});
