// Flags: negation scope, future/hypothetical modality and historical background.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventFlags, isHistorical, isHypothetical, isNegated } from './event-flags.ts';

const at = (clause: string, word: string): number => clause.indexOf(word);

test('"no one was killed" negates the killing', () => {
  const clause = 'The rocket hit an empty field and no one was killed.';
  assert.equal(isNegated(clause, at(clause, 'killed')), true);
  assert.equal(isNegated(clause, at(clause, 'rocket')), false);
});

test('"denied attacking" negates the attack', () => {
  const clause = 'The group denied attacking the convoy.';
  assert.equal(isNegated(clause, at(clause, 'attacking')), true);
});

test('a negator far before the trigger does not reach it', () => {
  const clause = 'Officials did not say when the talks would resume, but rebels later shelled the northern district heavily.';
  assert.equal(isNegated(clause, at(clause, 'shelled')), false);
});

test('"not a week goes by without X" asserts X', () => {
  const clause = 'Not a week goes by without security forces bombing targets in the valley.';
  assert.equal(isNegated(clause, at(clause, 'bombing')), false);
});

test('"could start by capturing surrounding villages at night" is hypothetical', () => {
  const clause = 'IS soldiers could start by capturing surrounding villages at night.';
  assert.equal(isHypothetical(clause, at(clause, 'capturing')), true);
});

test('threats and plans are hypothetical; a plain past report is not', () => {
  const threat = 'The president threatened to strike the country if a deal is not reached.';
  assert.equal(isHypothetical(threat, at(threat, 'strike')), true);
  const past = 'Militants kidnapped 12 truffle hunters on Sunday.';
  assert.equal(isHypothetical(past, at(past, 'kidnapped')), false);
});

test('years before the publication year and background phrases make a sentence historical', () => {
  assert.equal(isHistorical('At its height in 2014, IS ruled over large swaths of Syria and Iraq.', '2019-03-23'), true);
  assert.equal(isHistorical('What is happening could repeat what happened in 2012.', '2019-12-01'), true);
  assert.equal(isHistorical('The extortion rackets financed its rise to power six years ago.', null), true);
  assert.equal(isHistorical('Militants kidnapped 12 truffle hunters on Sunday.', '2019-02-20'), false);
});

test('last December is not history for an article published in January', () => {
  assert.equal(isHistorical('Troops retook the town in December 2018.', '2019-01-10'), false);
  assert.equal(isHistorical('Troops retook the town in December 2017.', '2019-01-10'), true);
});

test('eventFlags combines the three checks', () => {
  const sentence = 'In 2014 the group did not capture the city.';
  assert.deepEqual(eventFlags({ clause: sentence, triggerStart: at(sentence, 'capture'), sentence, published: '2019-01-01' }), ['negated', 'historical']);
});
