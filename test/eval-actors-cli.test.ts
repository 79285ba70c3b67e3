// `sitrep eval actors` end to end on a small PLOVER-layout file (trailing commas included) written by the test.
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

test('eval actors --json reports actor1 and actor2 agreement with the gold source and target', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-actors-'));
  const file = join(dir, 'plover.txt');
  writeFileSync(file, `[
{ "id": "doc", "event": "DOCUMENT", },
{ "id": "s1", "event": "ASSAULT", "text": "Rebels from the Northern Front attacked Kadugli on Monday, the army said.",
  "source": [{"actorText": "Northern Front"},], "target": [{"actorText": "Kadugli"},], },
{ "id": "s2", "event": "DEMAND", "text": "Ghana urged Togo to release the detained traders.",
  "source": [{"actorText": "Ghana"}], "target": [{"actorText": "Nigeria"}], },
]`);
  const out: string[] = [];
  assert.equal(await runCli(['eval', 'actors', '--data', file, '--json'], io(out)), 0);
  const json = JSON.parse(out.join(''));
  assert.equal(json.sentences, 2);
  assert.equal(json.actor1_agreement, 1);
  assert.equal(json.actor2_agreement, 0.5);
  assert.equal(json.both_agreement, 0.5);
});
