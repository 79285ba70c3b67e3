// Tests that the default pipeline runs the language stages between segment and events and that they fill their layers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle, layer } from '../article/article.ts';
import { defaultPipeline } from './default-pipeline.ts';

test('the default pipeline runs segment, the language stages and places, then events and claims', () => {
  const pipeline = defaultPipeline();
  assert.deepEqual(pipeline.describe().map((n) => n.split('@')[0]), ['segment', 'actors', 'dates', 'quantities', 'sources', 'places', 'events', 'claims']);
});

test('a report comes out of the default pipeline with actors, dates, quantities and sources', () => {
  const text = 'Houthi rebels fired two missiles on Monday, the Saudi-led coalition said.';
  const result = defaultPipeline().run(createArticle({ id: 'a', documentId: 'd', text, meta: { published: '2023-05-10' } }));
  assert.deepEqual(result.failures, []);
  const spanTexts = (name: 'actors' | 'dates' | 'quantities' | 'sources'): string[] => layer(result.article, name).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spanTexts('actors'), ['Houthi rebels', 'Saudi-led coalition']);
  assert.deepEqual(spanTexts('dates'), ['on Monday']);
  assert.deepEqual(layer(result.article, 'dates').map((s) => (s.value as { start: string }).start), ['2023-05-08']);
  assert.deepEqual(spanTexts('quantities'), ['two']);
  assert.deepEqual(spanTexts('sources'), ['the Saudi-led coalition']);
});
