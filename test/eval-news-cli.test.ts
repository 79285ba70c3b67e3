// `sitrep eval news` and `sitrep eval relevance` end to end on the shared benchmarks (skipped without ../shared).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli } from '../src/cli/run-cli.ts';
import type { CliIO } from '../src/cli/cli-io.ts';
import { SHARED, skipWithoutShared } from './helpers.ts';

function io(out: string[]): CliIO {
  return { stdout: (t) => out.push(t), stderr: () => {}, stderrIsTTY: false, env: {}, now: () => new Date(0), stopSignal: new AbortController().signal };
}

const NEWS_KEYS = [
  'precision', 'recall', 'f1', 'sub_type_acc', 'admin1_acc', 'location_acc', 'country_acc', 'date_exact', 'actor1_acc', 'actor2_acc',
  'fatalities_exact', 'events_on_negative_pages', 'incident_pair_precision', 'incident_pair_recall', 'claims_recall', 'claims_attributed', 'claims_kind_acc',
];

test('eval news --json scores all 60 texts with every figure the news README names, and each half', { skip: skipWithoutShared() }, async () => {
  const out: string[] = [];
  assert.equal(await runCli(['eval', 'news', '--data', join(SHARED, 'bench/news'), '--json'], io(out)), 0);
  const json = JSON.parse(out.join(''));
  for (const key of NEWS_KEYS) assert.ok(key in json, `missing ${key}`);
  assert.deepEqual([json.texts, json.gold_events, json.gold_claims, json.negative_texts], [60, 101, 197, 14]);
  for (const key of NEWS_KEYS.filter((k) => k !== 'events_on_negative_pages')) {
    assert.ok(json[key] === null || (json[key] >= 0 && json[key] <= 1), `${key} = ${json[key]}`);
  }
  assert.ok(json.predicted_events > 0 && json.matched_events > 0);
  assert.equal(json.halves.A.texts + json.halves.B.texts, 60);
  assert.equal(json.halves.A.gold_events + json.halves.B.gold_events, 101);
});

test('eval news --only B scores only the B texts', { skip: skipWithoutShared() }, async () => {
  const out: string[] = [];
  assert.equal(await runCli(['eval', 'news', '--data', join(SHARED, 'bench/news'), '--only', 'B', '--json'], io(out)), 0);
  const json = JSON.parse(out.join(''));
  assert.deepEqual([json.only, json.texts, json.gold_events], ['B', 30, 50]);
});

test('eval news names a folder that is not the benchmark', async () => {
  assert.equal(await runCli(['eval', 'news', '--data', '/nonexistent/news'], io([])), 2);
});

test('eval relevance --only scrapinghub counts events on the 172 non-conflict pages and the 9 conflict ones', { skip: skipWithoutShared() }, async () => {
  const out: string[] = [];
  assert.equal(await runCli(['eval', 'relevance', '--data', join(SHARED, 'bench/relevance'), '--only', 'scrapinghub', '--json'], io(out)), 0);
  const s = JSON.parse(out.join('')).scrapinghub;
  assert.deepEqual([s.non_conflict_pages, s.conflict_pages], [172, 9]);
  assert.ok(s.pages_with_event_share >= 0 && s.pages_with_event_share <= 1);
  assert.equal(s.pages_with_event_share, Math.round((1000 * s.pages_with_event) / 172) / 1000);
});
