// Geoparsing figures on hand-made spans: exact vs overlapping matches, acc@161 km and the error summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distanceFigures, errorKm, matchSpans, prf } from './geoparse-metrics.ts';

const gold = [
  { start: 0, end: 6, phrase: 'Kirkuk', lat: 35.468, lon: 44.392 },
  { start: 20, end: 26, phrase: 'Erbil', lat: 36.183, lon: 44.012 },
];

test('exact matching needs identical offsets; overlap matching does not', () => {
  const predicted = [{ start: 0, end: 6, lat: 35.4, lon: 44.4 }, { start: 20, end: 30, lat: 36.2, lon: 44.0 }, { start: 40, end: 44, lat: 0, lon: 0 }];
  assert.equal(matchSpans(gold, predicted, false).length, 1);
  assert.equal(matchSpans(gold, predicted, true).length, 2);
  const scores = prf({ truePositives: 2, predicted: 3, gold: 2 });
  assert.equal(scores.recall, 1);
  assert.ok(Math.abs(scores.precision - 2 / 3) < 1e-9);
  assert.ok(Math.abs(scores.f1 - 0.8) < 1e-9);
});

test('errors in km: a point 0.07° away is under 10 km, an unresolved one is infinite', () => {
  assert.ok(errorKm({ start: 0, end: 6, lat: 35.4, lon: 44.4 }, gold[0]!) < 10);
  assert.equal(errorKm({ start: 0, end: 6, lat: null, lon: null }, gold[0]!), Infinity);
});

test('acc@161 counts errors up to 161 km; the mean caps unresolved at 20,000 km', () => {
  const figures = distanceFigures([0, 100, 200, Infinity]);
  assert.equal(figures.acc161, 0.5);
  assert.equal(figures.median_km, 150);
  assert.equal(figures.mean_km, (0 + 100 + 200 + 20_000) / 4);
});
