// `sitrep eval events` end to end on a small CASE-layout file written by the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/run-cli.ts';
import type { CliIO } from '../src/cli/cli-io.ts';

function io(out: string[]): CliIO {
  return { stdout: (t) => out.push(t), stderr: () => {}, stderrIsTTY: false, env: {}, now: () => new Date(0), stopSignal: new AbortController().signal };
}

test('eval events --json reports accuracy, weighted F1 (all and ACLED 25) and per-label rows', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
  const file = join(dir, 'mini.tsv');
  writeFileSync(file, [
    'id\tEventSnippet\tSubType',
    '1\tA suicide bomber blew himself up at a checkpoint, killing three soldiers.\tSUIC_BOMB',
    '2\tA strong earthquake struck the island overnight.\tNATURAL_DISASTER',
    '3\tPolice fired tear gas to disperse protesters in the capital.\tPEACE_PROTEST',
  ].join('\n'));
  const out: string[] = [];
  assert.equal(await runCli(['eval', 'events', '--data', file, '--json'], io(out)), 0);
  const json = JSON.parse(out.join(''));
  assert.equal(json.snippets, 3);
  assert.ok(Math.abs(json.accuracy - 2 / 3) < 1e-9);
  assert.ok(json.weighted_f1 < 1 && json.weighted_f1 > 0);
  assert.ok('weighted_f1_acled25' in json);
  assert.equal(json.per_label.find((r: { label: string }) => r.label === 'SUIC_BOMB').f1, 1);
});

test('eval events rejects a file without the CASE columns', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
  const file = join(dir, 'bad.tsv');
  writeFileSync(file, 'a\tb\n1\t2\n');
  assert.equal(await runCli(['eval', 'events', '--data', file], io([])), 2);
});
