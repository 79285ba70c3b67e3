// The sorted-text name index: built from rows' keys, searched by bisection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildNameIndex, openNameIndex } from './name-index.ts';

test('finds every key with all its rows, and nothing for unknown keys', () => {
  const index = openNameIndex(buildNameIndex([['mosul', 'al mawsil'], ['kirkuk'], ['mosul'], ['zakho', 'kirkuk']]));
  assert.deepEqual(index.lookup('mosul'), [0, 2]);
  assert.deepEqual(index.lookup('kirkuk'), [1, 3]);
  assert.deepEqual(index.lookup('al mawsil'), [0]);
  assert.deepEqual(index.lookup('zakho'), [3]);
  assert.deepEqual(index.lookup('erbil'), []);
  assert.deepEqual(index.lookup('a'), []);
  assert.deepEqual(index.lookup('zzz'), []);
  assert.deepEqual([...index.entries()].map(([k]) => k), ['al mawsil', 'kirkuk', 'mosul', 'zakho']);
});

test('an empty index finds nothing', () => {
  const index = openNameIndex(buildNameIndex([]));
  assert.deepEqual(index.lookup('mosul'), []);
  assert.deepEqual([...index.entries()], []);
});
