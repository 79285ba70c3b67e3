// The ranker fit: learns which feature marks the right reading, the same way every time, and skips examples that teach nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitRanker, type RankingExample } from './ranker-fit.ts';
import { HAND_RANKER, rankerFromWeights, scoreFeatures } from './ranker.ts';
import { FEATURE_NAMES } from './candidate-features.ts';

/** Readings with [population, "country in context"]: the right one is in context, and less populous half the time. */
function examples(): RankingExample[] {
  const out: RankingExample[] = [];
  for (let k = 0; k < 40; k++) {
    const big = k % 2 === 0;
    out.push({ features: [Float64Array.from([big ? 3 : 6, 1]), Float64Array.from([big ? 6 : 3, 0])], right: [true, false] });
  }
  out.push({ features: [Float64Array.from([5, 0])], right: [true] });
  out.push({ features: [Float64Array.from([5, 0]), Float64Array.from([4, 0])], right: [false, false] });
  return out;
}

test('learns that the context feature marks the right reading, and population does not', () => {
  const fit = fitRanker(examples());
  assert.equal(fit.examples, 40);
  assert.ok(fit.weights[1]! > 1, `context weight ${fit.weights[1]}`);
  assert.ok(Math.abs(fit.weights[0]!) < 0.2, `population weight ${fit.weights[0]}`);
  assert.ok(fit.loss < 0.3, `loss ${fit.loss}`);
});

test('the same examples give the same weights', () => {
  assert.deepEqual([...fitRanker(examples()).weights], [...fitRanker(examples()).weights]);
});

test('refuses examples with nothing to learn', () => {
  assert.throws(() => fitRanker([{ features: [Float64Array.from([1])], right: [true] }]), /no mention/);
});

test('weights are read by feature name, unknown names refused, and parts explained', () => {
  const ranker = rankerFromWeights('t', { population: 2, 'country in context': 4 });
  const f = new Float64Array(FEATURE_NAMES.length);
  f[FEATURE_NAMES.indexOf('population')] = 3;
  f[FEATURE_NAMES.indexOf('country in context')] = 1;
  const why: string[] = [];
  assert.equal(scoreFeatures(ranker, f, why), 10);
  assert.deepEqual(why, ['+6.0 population', '+4.0 country in context']);
  assert.throws(() => rankerFromWeights('t', { nonsense: 1 }), /unknown feature/);
  assert.equal(scoreFeatures(HAND_RANKER, f), 3 + 4);
});
