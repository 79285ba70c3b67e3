// Tests for the pipeline runner: requires/assigns checks, failures recorded as data, the batch going on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle, withLayer } from '../article/article.ts';
import { makeSpan } from '../article/span.ts';
import { Pipeline, checkPipeline } from './runner.ts';
import { StageRegistry } from './registry.ts';
import type { Stage } from './stage.ts';

const p = { stage: 't', version: '1', method: 'm', confidence: 1 };
const sentences: Stage = {
  id: 'sentences', version: '1', requires: [], assigns: ['sentences'],
  apply: (a) => withLayer(a, 'sentences', [makeSpan(a.text, 0, a.text.length, 'sentence', null, p)]),
};
const places: Stage = {
  id: 'places', version: '2', requires: ['sentences'], assigns: ['places'],
  apply: (a) => {
    if (a.text.includes('boom')) throw new Error('gazetteer exploded');
    return withLayer(a, 'places', []);
  },
};
const lazy: Stage = { id: 'lazy', version: '1', requires: [], assigns: ['dates'], apply: (a) => a };

test('checkPipeline refuses a stage whose requirement no earlier stage assigns', () => {
  assert.throws(() => checkPipeline([places, sentences]), /places@2 requires "sentences"/);
  assert.doesNotThrow(() => checkPipeline([sentences, places]));
  assert.throws(() => checkPipeline([sentences, sentences]), /appears twice/);
});

test('a failing stage becomes a recorded failure and the next article still runs', () => {
  const pipeline = new Pipeline([sentences, places]);
  const bad = pipeline.run(createArticle({ id: 'bad', documentId: 'd', text: 'a boom here' }));
  assert.equal(bad.failures.length, 1);
  assert.deepEqual(bad.failures[0], { kind: 'stage-failure', articleId: 'bad', stage: 'places@2', message: 'gazetteer exploded' });
  assert.ok(bad.article.layers.sentences, 'earlier layers are kept');
  const good = pipeline.run(createArticle({ id: 'good', documentId: 'd', text: 'all quiet' }));
  assert.deepEqual(good.failures, []);
  assert.deepEqual([...good.assigned].sort(), ['places', 'sentences']);
  assert.deepEqual(pipeline.describe(), ['sentences@1', 'places@2']);
});

test('a stage that does not assign what it promised is a failure', () => {
  const result = new Pipeline([lazy]).run(createArticle({ id: 'x', documentId: 'd', text: 'text' }));
  assert.match(result.failures[0]!.message, /did not assign "dates"/);
});

test('the registry builds stages by id and rejects unknown or doubled ids', () => {
  const registry = new StageRegistry().register('sentences', () => sentences);
  assert.equal(registry.build(['sentences'])[0], sentences);
  assert.throws(() => registry.build(['nope']), /unknown stage nope/);
  assert.throws(() => registry.register('sentences', () => sentences), /registered twice/);
});
