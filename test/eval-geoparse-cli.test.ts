// `sitrep eval geoparse` end to end on a small data set written for the test, and on the shared benchmark when present.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));

function sitrep(args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('eval geoparse --json reports every figure, and a right answer scores 1', () => {
  const text = 'Militants attacked a checkpoint near Mosul, Iraq, on Sunday.';
  const doc = {
    id: 'a',
    published: null,
    text,
    toponyms: [
      { start: text.indexOf('Mosul'), end: text.indexOf('Mosul') + 5, phrase: 'Mosul', lat: 36.335, lon: 43.119, geonameid: '99072' },
      { start: text.indexOf('Iraq'), end: text.indexOf('Iraq') + 4, phrase: 'Iraq', lat: 33, lon: 44, geonameid: '99237' },
    ],
  };
  const file = join(mkdtempSync(join(tmpdir(), 'sitrep-geo-')), 'set.jsonl');
  writeFileSync(file, `${JSON.stringify(doc)}\n`);
  const run = sitrep(['eval', 'geoparse', '--data', file, '--json']);
  assert.equal(run.code, 0, run.stderr);
  const figures = JSON.parse(run.stdout);
  assert.equal(figures.docs, 1);
  assert.equal(figures.toponyms, 2);
  assert.deepEqual(Object.keys(figures.recognition).sort(), ['f1', 'precision', 'recall']);
  assert.equal(figures.given_gold.acc161, 1);
  assert.equal(figures.end_to_end.acc161, 1);
  assert.equal(figures.recognition.f1, 1);
  assert.ok(figures.docs_per_s > 0);
  assert.ok('mean_km' in figures.given_gold && 'median_km' in figures.given_gold && 'f1' in figures.end_to_end);
});

test('eval geoparse with an unreadable file is a usage error', () => {
  const run = sitrep(['eval', 'geoparse', '--data', '/nonexistent/set.jsonl']);
  assert.equal(run.code, 2);
});

const TR_NEWS = fileURLToPath(new URL('../../shared/bench/geoparsing/tr-news.jsonl', import.meta.url));
test('eval geoparse text report on TR-News', { skip: existsSync(TR_NEWS) ? false : `no ${TR_NEWS} (../shared is absent)` }, () => {
  const run = sitrep(['eval', 'geoparse', '--data', TR_NEWS]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /documents 118, gold toponyms 1275/);
  const acc = Number(run.stdout.match(/given gold spans:\s+acc@161 ([\d.]+)/)![1]);
  assert.ok(acc > 0.8, `acc@161 given gold ${acc}`);
});
