// `sitrep ingest` metadata for plain files: --published/--outlet/--url, a sidecar FILE.meta.json, and front matter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/run-cli.ts';
import type { CliIO } from '../src/cli/cli-io.ts';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.ts';
import type { StoredEvent } from '../src/storage/store.ts';
import { SEEDS, skipWithoutShared } from './helpers.ts';

// A report written for this test: a relative date that only a publication date can resolve.
const REPORT = 'Gunmen attacked a police checkpoint in Kirkuk on Tuesday, killing three officers, police said.\n';

function io(): CliIO & { err: string[] } {
  const err: string[] = [];
  return {
    err, stdout: () => undefined, stderr: (t) => err.push(t), stderrIsTTY: false, env: {},
    now: () => new Date('2026-01-01T00:00:00Z'), stopSignal: new AbortController().signal,
  };
}

async function ingest(paths: string[], ...options: string[]): Promise<{ code: number; events: StoredEvent[]; err: string }> {
  const db = join(await mkdtemp(join(tmpdir(), 'sitrep-meta-')), 'meta.db');
  const cli = io();
  const code = await runCli(['ingest', ...paths, '--db', db, ...options], cli);
  const store = new SqliteStore(db);
  await store.migrate();
  const events = (await store.listEvents({ limit: 1000 })).items as StoredEvent[];
  await store.close();
  return { code, events, err: cli.err.join('') };
}

test('--published, --outlet and --url set what a plain text file cannot say, and date its events', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-meta-in-'));
  const file = join(dir, 'report.txt');
  await writeFile(file, REPORT);
  const bare = await ingest([file]);
  assert.equal(bare.events[0]!.dateStart, null, '"on Tuesday" cannot be dated without a publication date');
  const given = await ingest([file], '--published', '2025-03-06', '--outlet', 'Kirkuk Ledger', '--url', 'https://example.org/kirkuk');
  assert.equal(given.code, 0, given.err);
  const event = given.events[0]!;
  assert.deepEqual([event.published, event.outlet, event.sourceUrl], ['2025-03-06', 'Kirkuk Ledger', 'https://example.org/kirkuk']);
  assert.equal(event.dateStart, '2025-03-04', 'the Tuesday before the publication date');
});

test('a sidecar FILE.meta.json and a front matter block give a file its own metadata, which wins over the options', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-meta-in-'));
  await writeFile(join(dir, 'a.txt'), REPORT);
  await writeFile(join(dir, 'a.txt.meta.json'), JSON.stringify({ published: '2025-03-13', outlet: 'Sidecar Times', url: 'https://example.org/a' }));
  await writeFile(join(dir, 'b.txt'), `---\npublished: 2025-03-20\noutlet: "Front Matter Post"\n---\n${REPORT.replace('Kirkuk', 'Mosul')}`);
  await writeFile(join(dir, 'c.txt'), REPORT.replace('Kirkuk', 'Ramadi'));
  const result = await ingest([dir], '--published', '2025-03-27', '--outlet', 'Default Outlet');
  assert.equal(result.code, 0, result.err);
  assert.match(result.err, /3 documents read/, 'the sidecar is not read as an input of its own');
  const byPlace = new Map(result.events.map((e) => [e.location, e]));
  assert.deepEqual([byPlace.get('Kirkuk')?.published, byPlace.get('Kirkuk')?.outlet, byPlace.get('Kirkuk')?.dateStart], ['2025-03-13', 'Sidecar Times', '2025-03-11']);
  assert.deepEqual([byPlace.get('Mosul')?.published, byPlace.get('Mosul')?.outlet], ['2025-03-20', 'Front Matter Post']);
  assert.ok(!byPlace.get('Mosul')!.evidence[0]!.text.includes('---'), 'the front matter is not article text');
  assert.deepEqual([byPlace.get('Ramadi')?.published, byPlace.get('Ramadi')?.outlet], ['2025-03-27', 'Default Outlet']);
});

test('bad metadata options are usage errors, and a broken sidecar fails only its file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-meta-in-'));
  await writeFile(join(dir, 'a.txt'), REPORT);
  for (const [option, value, message] of [['--published', 'last week', /--published must be a YYYY-MM-DD date/], ['--url', 'example', /--url must be an http\(s\) URL/]] as const) {
    const cli = io();
    assert.equal(await runCli(['ingest', dir, '--db', ':memory:', option, value], cli), 2);
    assert.match(cli.err.join(''), message);
  }
  await writeFile(join(dir, 'b.txt'), REPORT);
  await writeFile(join(dir, 'b.txt.meta.json'), '[1, 2]');
  const result = await ingest([dir]);
  assert.equal(result.code, 3, 'partial: one input failed');
  assert.match(result.err, /b\.txt: bad metadata: .*b\.txt\.meta\.json is not a JSON object/);
  assert.equal(result.events.length, 1);
});

test('the seeds given a publication date leave few events undated', { skip: skipWithoutShared() }, async () => {
  const bare = await ingest([SEEDS]);
  const dated = await ingest([SEEDS], '--published', '2019-03-20');
  const undated = (events: StoredEvent[]) => events.filter((e) => e.dateStart === null).length;
  assert.ok(undated(bare.events) > bare.events.length / 2, `without: ${undated(bare.events)} of ${bare.events.length} undated`);
  assert.ok(undated(dated.events) <= dated.events.length / 10, `with: ${undated(dated.events)} of ${dated.events.length} undated`);
});
