// parseDuration: units, combinations, and what it refuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDuration } from './duration.ts';

test('parses units and combinations into milliseconds', () => {
  assert.equal(parseDuration('15m'), 900_000);
  assert.equal(parseDuration('1h30m'), 5_400_000);
  assert.equal(parseDuration('250ms'), 250);
  assert.equal(parseDuration('90'), 90_000);
});

test('refuses garbage, zero and partial matches', () => {
  for (const bad of ['', 'soon', '0m', '15 m', '15mx', '-5m']) assert.equal(parseDuration(bad), null, bad);
});
