// Tests for sentence splitting: headlines, abbreviations, quotations, datelines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceOffsets } from './segment-sentences.ts';

function sentences(text: string): string[] {
  return sentenceOffsets(text).map(([s, e]) => text.slice(s, e));
}

test('a headline line without a full stop is its own sentence', () => {
  assert.deepEqual(sentences('Militants Strike Convoy Near Border\nThe attack began at dawn. Two died.'), [
    'Militants Strike Convoy Near Border', 'The attack began at dawn.', 'Two died.',
  ]);
});

test('titles and initialisms do not end sentences', () => {
  assert.deepEqual(sentences('Brig. Gen. Omar Aziz met U.S. officials. Col. Reyes left.'), [
    'Brig. Gen. Omar Aziz met U.S. officials.', 'Col. Reyes left.',
  ]);
});

test('a quotation of several sentences stays in one sentence with its speaker', () => {
  assert.deepEqual(sentences('A commander stated, “We hold the ridge. They will not pass.” The fighting went on.'), [
    'A commander stated, “We hold the ridge. They will not pass.”', 'The fighting went on.',
  ]);
});

test('a dateline stays with the first sentence', () => {
  assert.deepEqual(sentences('KABUL (Agency) – Two blasts hit the city. Police sealed it off.'), [
    'KABUL (Agency) – Two blasts hit the city.', 'Police sealed it off.',
  ]);
});
