// End-to-end: the CLI ingests the seeds and bad inputs, reports them, and stores sound, sourced records.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SEEDS, runSitrep, skipWithoutShared } from './helpers.ts';

async function tempDb(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'sitrep-e2e-')), 'sitrep.db');
}

test('ingests the seeds and finds the events a reader finds', { skip: skipWithoutShared() }, async () => {
  const db = await tempDb();
  const first = runSitrep(['ingest', SEEDS, '--db', db]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /ingest: 5 documents read \(5 new, 0 already stored\)/);

  const listed = runSitrep(['events', '--json', '--db', db]);
  assert.equal(listed.code, 0, listed.stderr);
  const events = listed.stdout.trim().split('\n').map((line) => JSON.parse(line));
  const evidence = events.map((e) => e.evidence.map((x: { text: string }) => x.text).join(' '));
  const find = (re: RegExp) => events.filter((_, i) => re.test(evidence[i]!));

  const brothers = find(/shot him and his two brothers/);
  assert.equal(brothers.length, 1, 'the killing of the informant and his two brothers in Tal Al-Asfour');
  assert.equal(brothers[0].event_type, 'Violence against civilians');
  const truffle = find(/kidnapped a group of 12 truffle hunters/);
  assert.equal(truffle.length, 1, 'the kidnapping of 12 truffle hunters in Anbar');
  assert.equal(truffle[0].sub_event_type, 'Abduction/forced disappearance');
  const police = find(/Shurgat area .* killed all four officers/);
  assert.equal(police.length, 1, 'the killing of four police officers in the Shurgat area');

  // Every stored span and every evidence span indexes exactly into its article's text.
  const sqlite = new DatabaseSync(db);
  const texts = new Map(sqlite.prepare('SELECT id, text FROM articles').all().map((r) => [String(r.id), String(r.text)]));
  for (const e of events) {
    const text = texts.get(e.article_id)!;
    for (const ev of [...e.evidence, e.trigger]) assert.equal(text.slice(ev.start, ev.end), ev.text);
  }
  const spans = sqlite.prepare('SELECT article_id, start, end FROM spans').all();
  assert.ok(spans.length > 100);
  for (const s of spans) {
    const text = texts.get(String(s.article_id))!;
    assert.ok(Number(s.start) >= 0 && Number(s.end) <= text.length && Number(s.start) <= Number(s.end));
  }
  const before = sqlite.prepare('SELECT (SELECT count(*) FROM documents) d, (SELECT count(*) FROM articles) a, (SELECT count(*) FROM events) e').get();
  sqlite.close();

  const second = runSitrep(['ingest', SEEDS, '--db', db]);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stderr, /5 documents read \(0 new, 5 already stored\) · 0 articles/);
  const again = new DatabaseSync(db);
  const after = again.prepare('SELECT (SELECT count(*) FROM documents) d, (SELECT count(*) FROM articles) a, (SELECT count(*) FROM events) e').get();
  again.close();
  assert.deepEqual(after, before, 'a second ingest adds nothing');
});

test('bad inputs each get a one-line reason and a failed document, the rest is ingested, exit code 3', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-bad-'));
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  await writeFile(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
  await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x4d, 0x6f, 0x73, 0x75, 0x6c, 0x20, 0xe9, 0x74, 0xe9]));
  await writeFile(join(dir, 'good.txt'), 'Gunmen killed two farmers near Mosul on Friday, police said.');
  const db = join(dir, 'sitrep.db');
  const missing = join(dir, 'nope.txt');
  const run = runSitrep(['ingest', dir, missing, '--db', db]);
  assert.equal(run.code, 3, run.stderr);
  const failures = run.stderr.split('\n').filter((l) => l.startsWith('  failed: '));
  assert.deepEqual(failures.sort(), [
    `  failed: ${join(dir, 'binary.txt')}: binary content (NUL bytes), not text`,
    `  failed: ${join(dir, 'empty.txt')}: empty input (0 bytes)`,
    `  failed: ${join(dir, 'huge.txt')}: file is 50.0 MiB, over the 15.0 MiB limit`,
    `  failed: ${join(dir, 'latin1.txt')}: invalid UTF-8 byte sequence; not decoded`,
    `  failed: ${missing}: no such file or directory: ${missing}`,
  ]);
  const sqlite = new DatabaseSync(db);
  const statuses = sqlite.prepare('SELECT status, count(*) n FROM documents GROUP BY status ORDER BY status').all().map((r) => [r.status, Number(r.n)]);
  assert.deepEqual(statuses, [['failed', 5], ['processed', 1]]);
  assert.equal(Number(sqlite.prepare('SELECT count(*) n FROM events').get()!.n), 1);
  sqlite.close();
  const again = runSitrep(['ingest', dir, missing, '--db', db]);
  assert.match(again.stderr, /6 documents read \(0 new, 6 already stored\)/);
});

test('exit codes: usage errors 2, every input failing 1, help and version 0 on Node 24', async () => {
  const db = await tempDb();
  assert.equal(runSitrep(['ingest', '--db', db]).code, 2);
  assert.equal(runSitrep(['frobnicate']).code, 2);
  assert.equal(runSitrep(['events', '--bogus']).code, 2);
  assert.equal(runSitrep(['events', '--limit', 'x', '--db', db]).code, 2);
  assert.equal(runSitrep(['ingest', '/no/such/path', '--db', db]).code, 1);
  const help = runSitrep(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /ingest .*\n.*events/s);
  const version = runSitrep(['--version']);
  assert.equal(version.code, 0);
  assert.match(version.stdout, /^sitrep \d+\.\d+\.\d+ \(node 24\.\d+\.\d+\)\n$/);
});
