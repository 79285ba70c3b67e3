// The PLOVER reader and the actor heuristic on hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsAgree, actorsMatchExactly, guessActors, properNounPhrases } from './actor-heuristic.ts';
import { parsePlover } from './plover-data.ts';

const guess = (text: string) => guessActors(text, properNounPhrases(text));

test('actor1 is the first proper-noun phrase, actor2 the next one, before the attribution tail', () => {
  assert.deepEqual(guess('Senior Kenyan officials accused Uganda of sheltering rebels, the Daily Nation reported on Monday.'), { actor1: 'Kenyan', actor2: 'Uganda' });
});

test('passive voice swaps them: "Y was attacked by X"', () => {
  assert.deepEqual(guess('The Nigerian Army was attacked by Boko Haram near Maiduguri.'), { actor1: 'Boko Haram', actor2: 'Nigerian Army' });
});

test('matching rules: containment either way, or exact text', () => {
  assert.equal(actorsAgree('Asia-Pacific Economic Cooperation', ['Asia-Pacific Economic Cooperation']), true);
  assert.equal(actorsAgree('Kenyan', ['Kenyan officials']), true);
  assert.equal(actorsAgree('Uganda', ['Kenya']), false);
  assert.equal(actorsMatchExactly('Kenyan', ['Kenyan officials']), false);
});

test('parsePlover accepts trailing commas and skips records without a sentence', () => {
  const parsed = parsePlover('[{"id": "doc", "event": "DOCUMENT",},\n{"id": "x1", "event": "AGREE", "text": "A and B agreed.", "source": [{"actorText": "A"},], "target": null,},]');
  assert.deepEqual(parsed, [{ id: 'x1', text: 'A and B agreed.', event: 'AGREE', sources: ['A'], targets: [] }]);
});
