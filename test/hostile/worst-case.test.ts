// The worst-case corpus (worst-case/corpus.ts), each input in a process of its own (worst-case/run-case.ts):
// time must grow at most linearly (double the size, at most 2.5x the CPU time), every input up to the 15 MiB
// read limit must finish or be stopped by the per-document time budget within 10 s of CPU time, and the
// process must stay under 600 MB of resident memory. Timing checks only run in `npm run test:hostile`
// (SITREP_HOSTILE_SUITE=1), never in `npm test`: the machine is shared and CI has 2 cores.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers.ts';
import { sitrepNodeFlags } from '../../bench/support/child-processes.ts';
import { recordFigures } from './figures.ts';
import { WORST_CASES } from './worst-case/corpus.ts';
import type { CaseResult } from './worst-case/run-case.ts';

const SUITE = process.env.SITREP_HOSTILE_SUITE === '1';
/** Double the size, at most this many times the CPU time. */
const MAX_GROWTH = 2.5;
/** Sizes taking less CPU time than this are too quick to time reliably: their growth is not judged. */
const MIN_TIMED_SECONDS = 0.25;
const BUDGET_SECONDS = 10;
/**
 * CPU time beyond the budget the whole process may spend: the budget counts the worker thread's CPU time,
 * the process's also counts the garbage collector's threads, reading and writing (up to 16 s seen on 15 MiB).
 */
const BUDGET_SLACK_SECONDS = 10;
const MAX_RSS_MB = 600;

/** The largest CPU-time ratio between consecutive doublings both timed reliably, or null. */
export function growth(result: CaseResult): number | null {
  let worst: number | null = null;
  for (let i = 1; i < result.sizes.length; i++) {
    const [a, b] = [result.sizes[i - 1]!, result.sizes[i]!];
    if (b.bytes > 2.2 * a.bytes || a.cpuSeconds < MIN_TIMED_SECONDS) continue;
    if (a.outcome === 'stopped' || b.outcome === 'stopped') continue;
    const ratio = (b.cpuSeconds / a.cpuSeconds) * ((2 * a.bytes) / b.bytes);
    worst = Math.max(worst ?? 0, ratio);
  }
  return worst;
}

const results: CaseResult[] = [];

for (const worst of WORST_CASES) {
  test(`worst case ${worst.name} (${worst.what}): linear time, done or stopped within ${BUDGET_SECONDS} s up to 15 MiB, under ${MAX_RSS_MB} MB`, {
    skip: SUITE ? false : 'timing and memory checks run in npm run test:hostile only',
    timeout: 600_000,
  }, () => {
    // Run with the Node options the sitrep executable runs with (its shebang), as `sitrep ingest` would be.
    const run = spawnSync(process.execPath, [...sitrepNodeFlags(), join(REPO_ROOT, 'test/hostile/worst-case/run-case.ts'), worst.name], {
      encoding: 'utf8', timeout: 540_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, SITREP_TIME_BUDGET: String(BUDGET_SECONDS * 1000) },
    });
    assert.equal(run.status, 0, `run-case ${worst.name} exited ${run.status} ${run.signal ?? ''}: ${run.stderr.slice(-2000)}`);
    const result = JSON.parse(run.stdout.trim().split('\n').pop()!) as CaseResult;
    results.push(result);
    const largest = result.sizes[result.sizes.length - 1]!;
    const ratio = growth(result);
    const problems: string[] = [];
    if (ratio !== null && ratio > MAX_GROWTH) problems.push(`super-linear: double the size took ${ratio.toFixed(2)}x the CPU time`);
    for (const size of result.sizes) {
      if (size.cpuSeconds > BUDGET_SECONDS + BUDGET_SLACK_SECONDS) problems.push(`${size.bytes} bytes took ${size.cpuSeconds} s of CPU time (${size.outcome})`);
      if (size.outcome === 'failed') problems.push(`${size.bytes} bytes failed without a budget or refusal reason: ${size.reason}`);
      if (size.outcome === 'stored' && size.reason) problems.push(`${size.bytes} bytes: a stage failed: ${size.reason}`);
    }
    if (largest.bytes < 15 * 1024 * 1024 - 4096) problems.push(`the largest input was only ${largest.bytes} bytes`);
    if (result.peakRssMb >= MAX_RSS_MB) problems.push(`peak resident memory ${result.peakRssMb} MB, over ${MAX_RSS_MB} MB`);
    assert.deepEqual(problems, [], JSON.stringify(result));
  });
}

test('record the worst-case figures', { skip: SUITE ? false : 'timing and memory checks run in npm run test:hostile only' }, () => {
  const figures: Record<string, string> = {};
  for (const r of results) {
    const ratio = growth(r);
    const last = r.sizes[r.sizes.length - 1]!;
    const timed = r.sizes.filter((x) => x.cpuSeconds >= MIN_TIMED_SECONDS && x.outcome !== 'stopped').length;
    figures[r.name] = `growth ${ratio !== null ? `${ratio.toFixed(2)}x per doubling` : timed < 2 ? 'n/a (fewer than two sizes long enough to time)' : 'n/a'}; ` +
      `${(last.bytes / 1048576).toFixed(1)} MiB: ${last.outcome}${last.outcome === 'stopped' ? ` by the ${/memory budget/.test(last.reason ?? '') ? 'memory' : 'time'} budget` : ` in ${last.cpuSeconds} s CPU`} (${last.wallSeconds} s wall); peak RSS ${r.peakRssMb} MB`;
  }
  recordFigures('worst-case', {
    command: 'npm run test:hostile (test/hostile/worst-case.test.ts; one input: node test/hostile/worst-case/run-case.ts NAME)',
    limits: `growth <= ${MAX_GROWTH}x per doubling (sizes over ${MIN_TIMED_SECONDS} s CPU), <= ${BUDGET_SECONDS} s CPU (+${BUDGET_SLACK_SECONDS} s read/write) up to 15 MiB, RSS < ${MAX_RSS_MB} MB`,
    cases: results.length,
    ...figures,
  });
});
