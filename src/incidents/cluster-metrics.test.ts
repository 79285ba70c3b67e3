// Tests for the clustering metrics on small hand-checked cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterScores } from './cluster-metrics.ts';

const m = (pairs: [string, string][]) => new Map(pairs);

test('a perfect clustering scores 1 everywhere', () => {
  const gold = m([['a', 'x'], ['b', 'x'], ['c', 'y']]);
  const s = clusterScores(gold, m([['a', '1'], ['b', '1'], ['c', '2']]));
  assert.deepEqual([s.pairs_precision, s.pairs_recall, s.bcubed_f1], [1, 1, 1]);
});

test('merging everything keeps recall and loses precision, by hand-computed amounts', () => {
  const gold = m([['a', 'x'], ['b', 'x'], ['c', 'y'], ['d', 'y']]);
  const s = clusterScores(gold, m([['a', '1'], ['b', '1'], ['c', '1'], ['d', '1']]));
  assert.equal(s.pairs_recall, 1);
  assert.equal(s.pairs_precision, 2 / 6);
  assert.equal(s.bcubed_precision, 0.5);
  assert.equal(s.bcubed_recall, 1);
  assert.ok(Math.abs(s.bcubed_f1 - 2 / 3) < 1e-12);
});

test('splitting everything keeps precision and loses recall', () => {
  const gold = m([['a', 'x'], ['b', 'x'], ['c', 'x']]);
  const s = clusterScores(gold, m([['a', '1'], ['b', '2'], ['c', '3']]));
  assert.equal(s.pairs_precision, 1);
  assert.equal(s.pairs_recall, 0);
  assert.ok(Math.abs(s.bcubed_recall - 1 / 3) < 1e-12);
});
