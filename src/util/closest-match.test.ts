// Tests for suggesting the closest known name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestMatch, editDistance } from './closest-match.ts';

test('edit distance counts insertions, deletions and substitutions', () => {
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('same', 'same'), 0);
});

test('suggests a near spelling, a name the word starts, or a word inside a name', () => {
  const types = ['Battles', 'Explosions/Remote violence', 'Protests', 'Riots'];
  assert.equal(closestMatch('Batles', types), 'Battles');
  assert.equal(closestMatch('protest', types), 'Protests');
  assert.equal(closestMatch('explosions', types), 'Explosions/Remote violence');
  assert.equal(closestMatch('remote', types), 'Explosions/Remote violence');
  assert.equal(closestMatch('sincee', ['since', 'until', 'country']), 'since');
});

test('suggests nothing when no name is close', () => {
  assert.equal(closestMatch('Nonsense', ['Battles', 'Protests', 'Riots']), null);
  assert.equal(closestMatch('', ['Battles']), null);
});
