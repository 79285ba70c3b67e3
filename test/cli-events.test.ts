// `sitrep events` and `sitrep incidents` end to end: filters validated like the API's, flags hidden by default, missing stores named.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/run-cli.ts';
import type { CliIO } from '../src/cli/cli-io.ts';
import { rebuildIncidents } from '../src/services/incidents-service.ts';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.ts';
import { fillSyntheticStore } from './support/synthetic-events.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-events-cli-'));
const db = join(dir, 'events.db');

function io(): CliIO & { out: string[]; err: string[]; text(): string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out, err, text: () => out.join(''), stdout: (t) => out.push(t), stderr: (t) => err.push(t), stderrIsTTY: false, env: {},
    now: () => new Date('2026-01-01T00:00:00Z'), stopSignal: new AbortController().signal,
  };
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const cli = io();
  const code = await runCli(argv, cli);
  return { code, out: cli.text(), err: cli.err.join('') };
}

const jsonLines = (text: string) => text.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l));

before(async () => {
  const store = new SqliteStore(db);
  await store.migrate();
  await fillSyntheticStore(store, { documents: 20, eventsPerArticle: 5, seed: 4 });
  await rebuildIncidents(store);
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('--limit -1 and --limit abc say what is wrong with the limit', async () => {
  for (const bad of ['-1', 'abc', '2.5']) {
    const r = await run('events', '--db', db, '--limit', bad);
    assert.equal(r.code, 2, bad);
    assert.match(r.err, new RegExp(`--limit must be a positive whole number, got "${bad.replace('.', '\\.')}"`));
  }
});

test('--type takes any case at either level of the taxonomy, and a wrong one is refused with the closest name', async () => {
  const battles = jsonLines((await run('events', '--db', db, '--type', 'battles', '--json')).out);
  assert.ok(battles.length > 0 && battles.every((e) => e.event_type === 'Battles'));
  const clashes = jsonLines((await run('events', '--db', db, '--type', 'ARMED CLASH', '--json')).out);
  assert.ok(clashes.length > 0 && clashes.every((e) => e.sub_event_type === 'Armed clash'));
  const typo = await run('events', '--db', db, '--type', 'Batles');
  assert.equal(typo.code, 2);
  assert.match(typo.err, /--type: "Batles" is not an ACLED event or sub-event type; did you mean "Battles"\?/);
  const nonsense = await run('events', '--db', db, '--type', 'Nonsense');
  assert.equal(nonsense.code, 2);
  assert.match(nonsense.err, /"Nonsense" is not an ACLED event or sub-event type \(event types: Battles, /);
});

test('the API parameter names work as flags, with dashes or underscores', async () => {
  const dashed = jsonLines((await run('events', '--db', db, '--min-fatalities', '5', '--country', 'iraq', '--json')).out);
  const underscored = jsonLines((await run('events', '--db', db, '--min_fatalities', '5', '--country', 'iraq', '--json')).out);
  assert.ok(dashed.length > 0 && dashed.every((e) => e.fatalities_best >= 5 && e.country === 'Iraq'));
  assert.deepEqual(underscored.map((e) => e.id), dashed.map((e) => e.id));
  const typo = await run('events', '--db', db, '--contry', 'Iraq');
  assert.match(typo.err, /unknown option --contry; did you mean --country\?/);
});

test('the table has actors and readable dates, and leaves flagged events out unless --include-flagged', async () => {
  const all = jsonLines((await run('events', '--db', db, '--json', '--include-flagged')).out);
  const shown = jsonLines((await run('events', '--db', db, '--json')).out);
  assert.ok(shown.every((e) => e.flags.length === 0));
  assert.ok(shown.length < all.length && all.some((e) => e.flags.length > 0));
  const table = await run('events', '--db', db, '--sort', '-date', '--limit', '5');
  const [header, , first] = table.out.split('\n');
  assert.match(header!, /^id\s+date\s+sub-event type\s+location\s+actors\s+fat\.\s+evidence$/);
  assert.match(first!, /\s\d{1,2} [A-Z][a-z]{2} \d{4}\s|\s[A-Z][a-z]{2} \d{4}\s|\s\d{4}\s/, 'a date as people read it');
  assert.match(table.out, /5 events \(negated, hypothetical and historical reports left out: --include-flagged shows them\)/);
  const sample = shown.find((e) => e.actor1);
  const withActor = await run('events', '--db', db, '--article-id', sample.article_id);
  assert.ok(withActor.out.includes(sample.actor1.name.slice(0, 30)), 'actor names are in the table');
  assert.match((await run('events', '--db', db, '--include-flagged', '--limit', '1')).out.split('\n')[0]!, /\sflags\s/);
});

test('--help says --json prints JSON Lines', async () => {
  for (const command of ['events', 'incidents', 'export']) {
    assert.match((await run(command, '--help')).out, /JSON Lines/, command);
  }
});

test('a reading command on a missing store says so instead of creating an empty one', async () => {
  const typo = join(dir, 'typo.db');
  for (const command of [['events'], ['incidents'], ['claims'], ['export', '--format', 'jsonl']]) {
    const r = await run(...command, '--db', typo);
    assert.equal(r.code, 1, command[0]);
    assert.match(r.err, new RegExp(`no store at ${typo.replace(/[.\\/]/g, '\\$&')}: ingest something first`));
  }
  assert.equal(existsSync(typo), false, 'nothing was created');
  const nowhere = await run('ingest', join(dir, 'none.txt'), '--db', '/nonexistent/dir/x.db');
  assert.equal(nowhere.code, 1);
  assert.match(nowhere.err, /cannot open the store at \/nonexistent\/dir\/x\.db: the folder \/nonexistent\/dir does not exist/);
});

test('incidents sort by fatalities, date or independent sources, with actors and the spread of fatalities', async () => {
  const byFatalities = jsonLines((await run('incidents', '--db', db, '--sort', '-fatalities', '--json')).out).map((i) => i.fatalities_best ?? -1);
  assert.ok(byFatalities.length > 5);
  assert.deepEqual(byFatalities, [...byFatalities].sort((a, b) => b - a));
  const bySources = jsonLines((await run('incidents', '--db', db, '--sort', '-sources', '--json', '--limit', '4')).out);
  assert.equal(bySources.length, 4);
  const table = await run('incidents', '--db', db, '--sort', '-date', '--limit', '3');
  assert.match(table.out.split('\n')[0]!, /^id\s+date\s+sub-event type\s+location\s+actors\s+fatalities\s+sources\s+disagreements$/);
  assert.match(table.out, /3 incidents/);
  const bad = await run('incidents', '--db', db, '--sort', 'loudest');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--sort must be one of id, date, -date, fatalities, -fatalities, sources, -sources/);
});
