// mapOrdered: bounded concurrency, input order kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapOrdered } from './map-ordered.ts';

test('keeps input order and never runs more than the concurrency at once', async () => {
  let active = 0;
  let peak = 0;
  const delays = [30, 5, 20, 1, 10, 2];
  const results: number[] = [];
  for await (const r of mapOrdered(delays, 3, async (ms) => {
    active++;
    peak = Math.max(peak, active);
    await new Promise((resolve) => setTimeout(resolve, ms));
    active--;
    return ms * 10;
  })) results.push(r);
  assert.deepEqual(results, [300, 50, 200, 10, 100, 20]);
  assert.equal(peak, 3);
});
