// Name keys: folding and transliteration skeletons make spelling variants meet, and keep different names apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exactKey, foldedKey, skeletonKey, withinOneEdit } from './fold-name.ts';

test('exact keys drop diacritics, apostrophes, hyphens and dots', () => {
  assert.equal(exactKey('Dāqūq'), 'daquq');
  assert.equal(exactKey("Al-Qa'im"), 'al qaim');
  assert.equal(exactKey('U.S.'), 'u s');
});

test('folded keys drop Arabic articles but keep short names whole', () => {
  assert.equal(foldedKey('Al-Qaim'), foldedKey('Qaim'));
  assert.equal(foldedKey('Tal al-Asfour'), 'tal asfour');
  assert.equal(foldedKey('El Paso'), 'paso');
  assert.equal(foldedKey('Al Ur'), 'al ur');
});

test('transliteration variants share a skeleton', () => {
  for (const [a, b] of [['Baghouz', 'Baghuz'], ['Makhmour', 'Makhmur'], ['Shurgat', 'Shirqat'], ['Haija', 'Hawija'], ['Badoush', 'Badush'], ['Erbil', 'Arbil']]) {
    assert.equal(skeletonKey(a!), skeletonKey(b!), `${a} / ${b}`);
  }
});

test('different names keep different skeletons', () => {
  assert.notEqual(skeletonKey('Mosul'), skeletonKey('Basra'));
  assert.notEqual(skeletonKey('Kirkuk'), skeletonKey('Karbala'));
  assert.equal(skeletonKey('Ur'), '');
});

test('one-edit distance', () => {
  assert.ok(withinOneEdit('makhmur', 'makhmour'));
  assert.ok(withinOneEdit('geneva', 'geneve'));
  assert.ok(!withinOneEdit('haija', 'hawijah'));
  assert.ok(!withinOneEdit('paris', 'parma'));
});
