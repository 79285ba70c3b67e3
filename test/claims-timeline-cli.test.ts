// End to end: estimates of one subject form a timeline; those that cannot both hold at one time are flagged, later ones are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSitrep } from './helpers.ts';

test('claims --by-subject --json marks same-time estimates that cannot both be true, and only those', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-timeline-'));
  // Synthetic reports written for this test.
  const reports = [
    { text: 'Between 5,000 and 7,000 IS fighters remain in Iraq, according to one intelligence official.', published: '2019-02-07', outlet: 'Wire A' },
    { text: 'Only a few hundred IS fighters remain in Iraq, a US general said on Monday.', published: '2019-02-18', outlet: 'Paper B' },
    { text: 'About 300 IS fighters remain in Iraq, an Iraqi commander said.', published: '2019-11-20', outlet: 'Paper C' },
  ];
  await writeFile(join(dir, 'in.jsonl'), reports.map((r) => JSON.stringify({ ...r, synthetic: true })).join('\n'));
  const db = join(dir, 'db');
  assert.equal(runSitrep(['ingest', join(dir, 'in.jsonl'), '--db', db]).code, 0);
  const run = runSitrep(['claims', '--by-subject', '--json', '--db', db]);
  assert.equal(run.code, 0, run.stderr);
  const timelines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
  const iraq = timelines.find((t) => t.subject === 'IS fighters in Iraq');
  assert.ok(iraq, run.stdout);
  const rows = iraq.claims.map((c: { date: string; low: number; high: number; attributed_to: string; conflicts_with: string[] }) =>
    [c.date, c.low, c.high, c.attributed_to, c.conflicts_with.length]);
  assert.deepEqual(rows, [
    ['2019-02-07', 5000, 7000, 'one intelligence official', 1],
    ['2019-02-18', 200, 900, 'a US general', 1],
    ['2019-11-20', 300, 300, 'an Iraqi commander', 0],
  ]);
  assert.equal(iraq.conflicts, 2);
});
