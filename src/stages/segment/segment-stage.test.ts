// Tests for sentence segmentation: lines as boundaries, abbreviations, offsets that reproduce the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle, layer } from '../../article/article.ts';
import { segmentStage } from './index.ts';
import { defaultContext } from '../../pipeline/stage.ts';

function sentences(text: string): string[] {
  const article = segmentStage().apply(createArticle({ id: 'a', documentId: 'd', text }), defaultContext);
  return layer(article, 'sentences').map((s) => text.slice(s.start, s.end));
}

test('a headline without a full stop is its own sentence', () => {
  assert.deepEqual(sentences('IS finds safe haven in Iraq\nThe group regrouped. It struck at night.'), [
    'IS finds safe haven in Iraq',
    'The group regrouped.',
    'It struck at night.',
  ]);
});

test('titles and initialisms do not end sentences', () => {
  assert.deepEqual(
    sentences('“IS is trying to assert itself,” said Brig. Gen. Yahya Rasoul, the spokesman. The U.S. backed forces advanced.'),
    ['“IS is trying to assert itself,” said Brig. Gen. Yahya Rasoul, the spokesman.', 'The U.S. backed forces advanced.'],
  );
});

test('offsets index the text exactly and skip blank lines', () => {
  const text = '  First line.  \n\n\nSecond line!';
  const article = segmentStage().apply(createArticle({ id: 'a', documentId: 'd', text }), defaultContext);
  const spans = layer(article, 'sentences');
  assert.deepEqual(spans.map((s) => [s.start, s.end]), [[2, 13], [18, 30]]);
  assert.equal(spans[0]!.provenance.stage, 'segment');
});
