// `sitrep export` end to end: formats, filters, -o FILE, and usage errors, through runCli with swapped IO.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { runCli } from '../src/cli/run-cli.ts';
import type { CliIO } from '../src/cli/cli-io.ts';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.ts';
import { fillSyntheticStore } from './support/synthetic-events.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
const db = join(dir, 'export.db');

function io(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), stderrIsTTY: false, env: {},
    now: () => new Date('2026-01-01T00:00:00Z'), stopSignal: new AbortController().signal,
  };
}

before(async () => {
  const store = new SqliteStore(db);
  await store.migrate();
  await fillSyntheticStore(store, { documents: 20, eventsPerArticle: 5, seed: 2 });
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('exports filtered events as JSON Lines to stdout', async () => {
  const cli = io();
  assert.equal(await runCli(['export', '--db', db, '--format', 'jsonl', '--country', 'Mali', '--min-fatalities', '1'], cli), 0);
  const events = cli.out.join('').trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.ok(events.length > 0);
  assert.ok(events.every((e) => e.country === 'Mali' && e.fatalities_best >= 1));
});

test('writes ACLED CSV to a file with -o', async () => {
  const file = join(dir, 'out.csv');
  assert.equal(await runCli(['export', '--db', db, '--format', 'acled-csv', '-o', file, '--include-flagged'], io()), 0);
  const rows = parse(readFileSync(file, 'utf8')) as string[][];
  assert.equal(rows[0]![0], 'event_id_cnty');
  assert.equal(rows[0]![30], 'timestamp');
  assert.equal(rows.length, 101);
});

test('leaves negated, hypothetical and historical events out unless --include-flagged (or --include_flagged) is given', async () => {
  const count = async (...extra: string[]) => {
    const cli = io();
    assert.equal(await runCli(['export', '--db', db, '--format', 'jsonl', ...extra], cli), 0);
    return cli.out.join('').trimEnd().split('\n').map((l) => JSON.parse(l));
  };
  const shown = await count();
  const all = await count('--include_flagged');
  assert.ok(shown.every((e) => e.flags.length === 0));
  assert.ok(all.some((e) => e.flags.length > 0) && shown.length < all.length, `${shown.length} of ${all.length}`);
  assert.ok((await count('--flags', 'negated')).every((e) => e.flags.includes('negated')), 'asking for a flag shows it');
});

test('rejects an unknown format and a bad filter with usage errors naming the flag', async () => {
  const a = io();
  assert.equal(await runCli(['export', '--db', db, '--format', 'xml'], a), 2);
  assert.match(a.err.join(''), /--format must be one of acled-csv, geojson, jsonl/);
  const b = io();
  assert.equal(await runCli(['export', '--db', db, '--format', 'geojson', '--near', 'here'], b), 2);
  assert.match(b.err.join(''), /--near: must be "lat,lon,km"/);
});

test('a filter the store rejects is a usage error and writes no file', async () => {
  const file = join(dir, 'never.csv');
  const cli = io();
  assert.equal(await runCli(['export', '--db', db, '--format', 'acled-csv', '--near', '95,10,5', '-o', file], cli), 2);
  assert.match(cli.err.join(''), /near needs lat in \[-90, 90\]/);
  assert.throws(() => readFileSync(file));
});
