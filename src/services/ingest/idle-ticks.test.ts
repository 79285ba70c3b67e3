// Tests for withIdleTicks: items in order, IDLE during pauses, nothing lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { IDLE, withIdleTicks } from './idle-ticks.ts';

test('yields every item in order and IDLE while the source pauses', async () => {
  async function* slow() {
    yield 1;
    await sleep(120);
    yield 2;
    yield 3;
  }
  const seen: Array<number | string> = [];
  for await (const x of withIdleTicks(slow(), 30)) seen.push(x === IDLE ? 'idle' : x);
  assert.deepEqual(seen.filter((x) => x !== 'idle'), [1, 2, 3]);
  assert.ok(seen.indexOf('idle') > 0 && seen.indexOf('idle') < seen.indexOf(2), `an IDLE between 1 and 2: ${seen.join(' ')}`);
});

test('a synchronous source never pauses', async () => {
  const seen = [];
  for await (const x of withIdleTicks(['a', 'b'], 1)) seen.push(x);
  assert.deepEqual(seen, ['a', 'b']);
});
