// Unit tests of the benchmark metric on tiny hand-made texts whose counts can be worked out by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aggregateScore, benchmarkTokens, matchShingles, pagePrecision, pageRecall, shingleCounts } from './extraction-metric.ts';

test('tokens are runs of letters, digits and underscores in any script', () => {
  assert.deepEqual(benchmarkTokens('Hello, world_1! Ça va? بغداد 2019—x'), ['Hello', 'world_1', 'Ça', 'va', 'بغداد', '2019', 'x']);
});

test('shingles are counted word 4-grams; a shorter text is one shingle', () => {
  const counts = shingleCounts('a b c d e a b c d');
  assert.equal(counts.get(['a', 'b', 'c', 'd'].join('\u0001')), 2);
  assert.equal([...counts.values()].reduce((x, y) => x + y, 0), 6);
  assert.deepEqual([...shingleCounts('only two').keys()], [['only', 'two'].join('\u0001')]);
  assert.equal(shingleCounts('').size, 0);
});

test('an exact extraction scores precision and recall 1', () => {
  const match = matchShingles('one two three four five', 'one two three four five');
  assert.deepEqual(match, { tp: 1, fp: 0, fn: 0 });
  assert.equal(pagePrecision(match), 1);
  assert.equal(pageRecall(match), 1);
});

test('extra text lowers precision, missing text lowers recall, counts normalised per page', () => {
  // reference: 2 shingles (a b c d, b c d e); extracted adds "f": 3 shingles, 2 shared.
  const extra = matchShingles('a b c d e', 'a b c d e f');
  assert.deepEqual(extra, { tp: 2 / 3, fp: 1 / 3, fn: 0 });
  assert.equal(pagePrecision(extra), 2 / 3);
  assert.equal(pageRecall(extra), 1);
  const missing = matchShingles('a b c d e f', 'a b c d e');
  assert.equal(pagePrecision(missing), 1);
  assert.equal(pageRecall(missing), 2 / 3);
});

test('pages with nothing extracted count in recall but not in precision', () => {
  const empty = matchShingles('a b c d e', '');
  assert.deepEqual(empty, { tp: 0, fp: 0, fn: 1 });
  const perfect = matchShingles('a b c d e', 'a b c d e');
  const score = aggregateScore([empty, perfect]);
  assert.equal(score.pages, 2);
  assert.equal(score.precision, 1);
  assert.equal(score.recall, 0.5);
  assert.equal(score.f1, 2 / 3);
});

test('F1 is the harmonic mean of averaged precision and averaged recall', () => {
  const score = aggregateScore([matchShingles('a b c d e', 'a b c d e f'), matchShingles('a b c d e f', 'a b c d e')]);
  assert.ok(Math.abs(score.precision - 5 / 6) < 1e-12);
  assert.ok(Math.abs(score.recall - 5 / 6) < 1e-12);
  assert.ok(Math.abs(score.f1 - 5 / 6) < 1e-12);
});
