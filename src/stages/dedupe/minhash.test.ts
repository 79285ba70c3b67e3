// Tests for shingling, MinHash estimates and LSH banding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashString, shingleSet, shingleWords } from './shingles.ts';
import { estimateContainment, estimateJaccard, minhashSignature } from './minhash.ts';
import { candidateProbability, lshBandKeys } from './lsh.ts';

/** A deterministic text of `n` distinct words starting at word number `from`. */
function words(from: number, n: number): string {
  return Array.from({ length: n }, (_, i) => `w${from + i}`).join(' ');
}

function exactJaccard(a: Set<number>, b: Set<number>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

test('shingle words ignore case, punctuation and spacing', () => {
  assert.deepEqual(shingleWords('  Car BOMB — kills 17, police said. '), ['car', 'bomb', 'kills', '17', 'police', 'said']);
  assert.deepEqual(shingleSet('A b c', 5).size, 1, 'a text shorter than a shingle still has one shingle');
  assert.equal(shingleSet('', 5).size, 0);
});

test('each shingle is the hash of its words joined by one space (stored signatures stay comparable)', () => {
  const text = 'Gunmen killed two policemen in Mosul, Iraq — officials said; 5,000 fled. Ça va déjà';
  const w = shingleWords(text);
  const expected = new Set(Array.from({ length: w.length - 4 }, (_, i) => hashString(w.slice(i, i + 5).join(' '))));
  assert.deepEqual(shingleSet(text, 5), expected);
  assert.deepEqual(shingleSet('Two words', 5), new Set([hashString('two words')]));
});

test('identical texts have identical signatures and an estimate of 1', () => {
  const a = minhashSignature(shingleSet(words(0, 80), 5), 128);
  const b = minhashSignature(shingleSet(words(0, 80), 5), 128);
  assert.deepEqual(a, b);
  assert.equal(estimateJaccard(a, b), 1);
});

test('the MinHash estimate tracks the exact Jaccard of the shingle sets', () => {
  for (const offset of [10, 40, 70]) {
    const sa = shingleSet(words(0, 200), 5);
    const sb = shingleSet(words(offset, 200), 5);
    const estimate = estimateJaccard(minhashSignature(sa, 128), minhashSignature(sb, 128));
    assert.ok(Math.abs(estimate - exactJaccard(sa, sb)) < 0.12, `offset ${offset}: ${estimate} vs ${exactJaccard(sa, sb)}`);
  }
});

test('disjoint texts estimate near 0', () => {
  const estimate = estimateJaccard(minhashSignature(shingleSet(words(0, 150), 5), 128), minhashSignature(shingleSet(words(1000, 150), 5), 128));
  assert.ok(estimate < 0.05, String(estimate));
});

test('a text cut to its first third is estimated as contained in the whole', () => {
  const whole = shingleSet(words(0, 300), 5);
  const part = shingleSet(words(0, 100), 5);
  const jaccard = estimateJaccard(minhashSignature(whole, 128), minhashSignature(part, 128));
  assert.ok(jaccard < 0.5, `jaccard ${jaccard} alone would miss it`);
  assert.ok(estimateContainment(jaccard, whole.size, part.size) > 0.8);
});

test('signatures of unequal length cannot be compared', () => {
  assert.throws(() => estimateJaccard([1, 2], [1]), RangeError);
});

test('LSH band keys: equal signatures share every key, different ones share few', () => {
  const a = minhashSignature(shingleSet(words(0, 120), 5), 128);
  const b = minhashSignature(shingleSet(words(500, 120), 5), 128);
  const keysA = lshBandKeys(a, 32, 4);
  assert.equal(keysA.length, 32);
  assert.deepEqual(lshBandKeys([...a], 32, 4), keysA);
  assert.match(keysA[3]!, /^3:[0-9a-f]{8}$/);
  const shared = lshBandKeys(b, 32, 4).filter((k) => keysA.includes(k));
  assert.equal(shared.length, 0);
  assert.throws(() => lshBandKeys(a, 33, 4), RangeError);
});

test('the banding S-curve separates reprints from rewrites', () => {
  assert.ok(candidateProbability(0.7, 32, 4) > 0.99);
  assert.ok(candidateProbability(0.5, 32, 4) > 0.85);
  assert.ok(candidateProbability(0.1, 32, 4) < 0.01);
});
