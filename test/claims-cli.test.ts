// `sitrep ingest` then `sitrep claims` end to end on a small JSON Lines input written by the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/run-cli.ts';
import type { CliIO } from '../src/cli/cli-io.ts';

function io(out: string[]): CliIO {
  return { stdout: (t) => out.push(t), stderr: () => {}, stderrIsTTY: false, env: {}, now: () => new Date('2019-03-24'), stopSignal: new AbortController().signal };
}

test('claims --json lists stored claims with subject, attribution, cue, evidence and outlet; --by-subject groups them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-claims-'));
  const input = join(dir, 'in.jsonl');
  const db = join(dir, 'claims.db');
  writeFileSync(input, `${JSON.stringify({
    url: 'https://example.org/a', outlet: 'Example Wire', published: '2019-03-23', title: 'Baghouz',
    text: 'A spokesman for the Syrian Democratic Forces, Mustafa Bali, tweeted that “Baghouz is free and the military victory against Daesh has been achieved.”\nThe group claimed responsibility for the attack on the checkpoint.',
  })}\n`);
  assert.equal(await runCli(['ingest', input, '--db', db], io([])), 0);
  const out: string[] = [];
  assert.equal(await runCli(['claims', '--json', '--db', db], io(out)), 0);
  const claims = out.join('').trim().split('\n').map((l) => JSON.parse(l));
  const free = claims.find((c) => c.subject === 'liberation of Baghouz');
  assert.ok(free, out.join(''));
  // The speaker's wording depends on whether a sources stage ran (it normalises "Name, role") or the cue fallback did.
  assert.match(free.attributed_to, /Mustafa Bali/);
  assert.match(free.attributed_to, /Syrian Democratic Forces/);
  assert.equal(free.cue, 'tweeted');
  assert.equal(free.outlet, 'Example Wire');
  assert.equal(free.date, '2019-03-23');
  assert.ok(free.evidence.some((e: { text: string }) => e.text === 'Baghouz is free'));
  for (const key of ['subject', 'low', 'high', 'best', 'unit', 'attributed_to', 'cue', 'date', 'evidence', 'article_id', 'outlet']) assert.ok(key in free, key);
  const grouped: string[] = [];
  assert.equal(await runCli(['claims', '--by-subject', '--db', db], io(grouped)), 0);
  assert.match(grouped.join(''), /defeat of IS {2}\(1 claims\)/);
});
