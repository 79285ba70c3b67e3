// What a claim counts, from the phrases the news gold uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countedKindOf } from './counted-kind.ts';

test('a killing outranks the attack it happened in', () => {
  assert.equal(countedKindOf('people killed in suicide attack'), 'killed');
  assert.equal(countedKindOf('protesters shot dead by security forces'), 'killed');
  assert.equal(countedKindOf('final death toll'), 'killed');
});

test('each counted kind is recognised', () => {
  assert.equal(countedKindOf('soldiers wounded'), 'wounded');
  assert.equal(countedKindOf('pupils and teachers whisked away'), 'abducted');
  assert.equal(countedKindOf('suspected ISIS cell members arrested'), 'arrested');
  assert.equal(countedKindOf('people forced to flee'), 'displaced');
  assert.equal(countedKindOf('houses burnt'), 'destroyed');
  assert.equal(countedKindOf('bombs dropped'), 'munitions');
  assert.equal(countedKindOf('IS fighters in Iraq and Syria'), 'forces');
  assert.equal(countedKindOf('ISIS attacks in al-Hol this year'), 'attacks');
  assert.equal(countedKindOf('people in Sadr City'), 'other');
});
