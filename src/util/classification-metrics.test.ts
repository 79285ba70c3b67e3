// Classification figures checked against values computed by hand (scikit-learn's definitions).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classificationFigures, confusions, weightedF1 } from './classification-metrics.ts';

const gold = ['a', 'a', 'a', 'b', 'b', 'c'];
const pred = ['a', 'a', 'b', 'b', 'c', 'c'];

test('accuracy and per-label precision, recall and F1', () => {
  const f = classificationFigures(gold, pred);
  assert.equal(f.accuracy, 4 / 6);
  const a = f.perLabel.find((r) => r.label === 'a')!;
  assert.deepEqual([a.precision, a.recall, a.support, a.predicted], [1, 2 / 3, 3, 2]);
  assert.ok(Math.abs(a.f1 - 0.8) < 1e-12);
  const c = f.perLabel.find((r) => r.label === 'c')!;
  assert.ok(Math.abs(c.f1 - 2 / 3) < 1e-12);
});

test('weighted F1 weights each label by its gold support, optionally over a subset of labels', () => {
  const f = classificationFigures(gold, pred);
  // F1: a 0.8 (3), b 0.5 (2), c 2/3 (1)
  assert.ok(Math.abs(weightedF1(f) - (0.8 * 3 + 0.5 * 2 + (2 / 3) * 1) / 6) < 1e-12);
  assert.ok(Math.abs(weightedF1(f, ['a', 'b']) - (0.8 * 3 + 0.5 * 2) / 5) < 1e-12);
});

test('confusions count gold → predicted pairs, most frequent first', () => {
  assert.deepEqual(confusions(['x', 'x', 'y'], ['y', 'y', 'x']), [['x → y', 2], ['y → x', 1]]);
  assert.throws(() => classificationFigures(['a'], []), RangeError);
});
