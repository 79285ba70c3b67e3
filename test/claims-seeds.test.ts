// Golden claims: the seeds' disagreeing estimates go to the right mouths, and the sample corpus marks conflicts only between like claims.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/run-cli.ts';
import type { CliIO } from '../src/cli/cli-io.ts';
import { listClaims } from '../src/services/claims-service.ts';
import { claimTimelines } from '../src/incidents/claim-timeline.ts';
import { SAMPLE_CORPUS_PATH } from '../src/services/sample-service.ts';
import { openStore } from '../src/storage/open-store.ts';
import type { StoredClaim } from '../src/storage/store.ts';
import { SEEDS, skipWithoutShared } from './helpers.ts';

const quietIO: CliIO = { stdout: () => {}, stderr: () => {}, stderrIsTTY: false, env: {}, now: () => new Date('2026-01-01T00:00:00Z'), stopSignal: new AbortController().signal };

/** Ingest `path` into a fresh store and return every stored claim. */
async function ingestedClaims(path: string): Promise<StoredClaim[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-claims-golden-'));
  try {
    assert.equal(await runCli(['ingest', path, '--db', join(dir, 'db')], quietIO), 0);
    const store = await openStore(join(dir, 'db'));
    try {
      const claims: StoredClaim[] = [];
      for await (const c of listClaims(store)) claims.push(c);
      return claims;
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('seeds: the 5,000-7,000 estimate is the intelligence official\'s and "a few hundred" is General Seely\'s, both IS fighters in Iraq', { skip: skipWithoutShared() }, async () => {
  const claims = await ingestedClaims(SEEDS);
  const range = claims.find((c) => c.low === 5000 && c.high === 7000);
  assert.ok(range, 'the 5,000-7,000 claim');
  assert.match(range.attributedTo ?? '', /intelligence official/);
  assert.deepEqual([range.counted, range.ofWhom, range.area], ['forces', 'IS fighters', 'Iraq']);
  const few = claims.find((c) => c.low === 200 && c.high === 900);
  assert.ok(few, 'the "a few hundred" claim');
  assert.match(few.attributedTo ?? '', /William Seely/);
  assert.equal(few.subject, range.subject, 'both estimates count the same thing, so they are compared');
  assert.ok(!claims.some((c) => c.evidence[0] && /Photo:/.test(c.evidence[0].text)), 'no claim from a photo caption');
});

test('sample corpus: 12 vs 13 police killed in Kirkuk conflict; soldiers wounded, killed elsewhere or other groups do not', async () => {
  const claims = await ingestedClaims(SAMPLE_CORPUS_PATH);
  const timelines = claimTimelines(claims);
  const police = timelines.find((t) => t.subject === 'police killed in Kirkuk');
  assert.ok(police, timelines.map((t) => t.subject).join('; '));
  assert.deepEqual(police.entries.map((e) => [e.claim.best, e.conflictsWith.length]).sort(), [[12, 1], [13, 1]]);
  for (const t of timelines.filter((x) => x !== police)) {
    const kinds = new Set(t.entries.map((e) => `${e.claim.counted}|${e.claim.ofWhom}|${e.claim.area}`));
    assert.equal(kinds.size, 1, `one subject holds one kind of thing: ${t.subject}`);
    if (!/^soldiers killed in /.test(t.subject)) assert.equal(t.conflicts, 0, `no conflict in ${t.subject}`);
  }
  // The army denied al-Shabaab's 15: kept, marked, and compared with the army's own toll of that day.
  const denied = claims.find((c) => c.best === 15);
  assert.deepEqual([denied?.counted, denied?.attributedTo, denied?.denied, denied?.deniedBy], ['killed', 'Al-Shabaab', true, 'the army']);
});
