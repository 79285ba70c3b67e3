// Tests for pairwise and B-cubed clustering scores.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bcubedScores, pairwiseScores } from './cluster-metrics.ts';

test('a perfect clustering scores 1 whatever the labels are called', () => {
  const scores = pairwiseScores(['a', 'a', 'b'], ['x', 'x', 'y']);
  assert.deepEqual([scores.precision, scores.recall, scores.f1], [1, 1, 1]);
  assert.equal(bcubedScores(['a', 'a', 'b'], ['x', 'x', 'y']).f1, 1);
});

test('pairwise scores count pairs', () => {
  // gold {1,2,3} {4}; predicted {1,2} {3,4}: true pairs 1 of 2 predicted, of 3 gold.
  const scores = pairwiseScores(['a', 'a', 'a', 'b'], ['x', 'x', 'y', 'y']);
  assert.equal(scores.truePairs, 1);
  assert.equal(scores.precision, 1 / 2);
  assert.equal(scores.recall, 1 / 3);
});

test('null labels are singletons', () => {
  const scores = pairwiseScores([null, null, 'w'], ['g', 'g', 'h']);
  assert.equal(scores.goldPairs, 0);
  assert.equal(scores.precision, 0);
  assert.equal(scores.recall, 1);
});

test('B-cubed averages per item', () => {
  // gold {1,2,3} {4}; predicted all in one cluster: precision (3×3/4 + 1/4)/4, recall 1.
  const scores = bcubedScores(['a', 'a', 'a', 'b'], ['x', 'x', 'x', 'x']);
  assert.equal(scores.recall, 1);
  assert.equal(scores.precision, (3 * (3 / 4) + 1 / 4) / 4);
});

test('unequal lengths are a programmer error', () => {
  assert.throws(() => pairwiseScores(['a'], []), RangeError);
  assert.throws(() => bcubedScores(['a'], []), RangeError);
});

test('merging everything keeps recall and loses precision, by hand-computed amounts', () => {
  const gold = ['x', 'x', 'y', 'y'];
  const all = ['1', '1', '1', '1'];
  const pairs = pairwiseScores(gold, all);
  assert.equal(pairs.recall, 1);
  assert.equal(pairs.precision, 2 / 6);
  const b = bcubedScores(gold, all);
  assert.equal(b.precision, 0.5);
  assert.equal(b.recall, 1);
  assert.ok(Math.abs(b.f1 - 2 / 3) < 1e-12);
});
