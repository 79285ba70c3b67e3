// Tests for the actors stage: dictionary matching, longest match, acronym case, outlets, generic mentions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle, layer, type Article } from '../../article/article.ts';
import { defaultContext } from '../../pipeline/stage.ts';
import { segmentStage } from '../segment/index.ts';
import { actorsStage } from './index.ts';
import { parseActorRows, projectActorDictionary } from './actor-dictionary.ts';
import { PhraseMatcher } from './phrase-matcher.ts';

function actorsOf(text: string): Array<{ text: string; id: string; inferred: boolean; type: string }> {
  let article: Article = createArticle({ id: 'a', documentId: 'd', text });
  article = actorsStage().apply(segmentStage().apply(article, defaultContext), defaultContext);
  return layer(article, 'actors').map((s) => {
    const v = s.value as { id: string; inferred: boolean };
    return { text: text.slice(s.start, s.end), id: v.id, inferred: v.inferred, type: s.label };
  });
}

test('the dictionary file loads, every row has a type, aliases and a source', () => {
  const { actors } = projectActorDictionary();
  assert.ok(actors.length > 100);
  for (const id of ['islamic-state', 'taliban', 'pkk', 'sdf', 'houthis', 'boko-haram', 'peshmerga', 'military-forces-iraq', 'us-led-coalition', 'civilians-truffle-hunters']) {
    assert.ok(actors.some((a) => a.id === id), id);
  }
});

test('rejects a row with an unknown actor type', () => {
  assert.throws(() => parseActorRows('[{"id":"x","name":"X","type":"bandits","country":null,"aliases":["X"],"source":"s"}]'), /unknown type/);
});

test('matches aliases, demonym + organ, and the longest phrase', () => {
  const found = actorsOf('ISIL and the Iraqi army clashed near the base of the U.S.-led coalition, while Popular Mobilization Forces waited.');
  assert.deepEqual(found.map((f) => [f.text, f.id]), [
    ['ISIL', 'islamic-state'],
    ['Iraqi army', 'military-forces-iraq'],
    ['U.S.-led coalition', 'us-led-coalition'],
    ['Popular Mobilization Forces', 'popular-mobilisation-forces'],
  ]);
});

test('"IS" matches only in capitals, so the verb "is" is never an actor', () => {
  const found = actorsOf('The town is quiet, but IS is regrouping.');
  assert.deepEqual(found.map((f) => f.text), ['IS']);
});

test('an outlet named like a place is not an actor, and phrases do not cross commas', () => {
  assert.deepEqual(actorsOf('Officials told Kurdistan24 that the Peshmerga advanced.').map((f) => f.id), ['peshmerga']);
  // "Iraqi, army" is not "Iraqi army": the bare "police" is the only actor (a country-less state force).
  assert.deepEqual(actorsOf('He spoke of Iraqi, army and police matters.').map((f) => f.id), ['police-forces']);
});

test('generic mentions link to the main named armed actor only after it was named', () => {
  const found = actorsOf('The militants fled. Later, Boko Haram fighters attacked a village. The militants burned homes and killed villagers.');
  assert.deepEqual(found.map((f) => [f.text, f.id, f.inferred]), [
    ['Boko Haram', 'boko-haram', false],
    ['militants', 'boko-haram', true],
    ['villagers', 'civilians-villagers', false],
  ]);
});

test('generic mentions stay unlinked when no armed group is named: armed men are an unidentified armed group', () => {
  assert.deepEqual(actorsOf('Gunmen attacked a checkpoint, police said.').map((f) => [f.text, f.id]), [['Gunmen', 'unidentified-armed-group'], ['police', 'police-forces']]);
  assert.deepEqual(actorsOf('The group met in the cells of the old prison.').map((f) => f.text), []);
});

test('state forces named by demonym, by country or bare get ACLED names; curated rows win', () => {
  const found = actorsOf("Nigerian troops and Iraq's army met U.S. forces; soldiers, policemen and security forces watched the Iraqi army.");
  assert.deepEqual(found.map((f) => [f.text, f.id]), [
    ['Nigerian troops', 'military-forces-nigeria'],
    ["Iraq's army", 'military-forces-iraq'],
    ['U.S. forces', 'military-forces-united-states'],
    ['soldiers', 'military-forces'],
    ['policemen', 'police-forces'],
    ['security forces', 'security-forces'],
    ['Iraqi army', 'military-forces-iraq'],
  ]);
  const names = actorsOf('Kenyan police officers arrived.').map((f) => f.text);
  assert.deepEqual(names, ['Kenyan police officers']);
});

test('the phrase matcher takes the longest match in one pass', () => {
  const m = new PhraseMatcher<string>().add('al-Qaeda', 'aq').add('al-Qaeda in Iraq', 'aqi');
  const text = 'remnants of al Qaeda in Iraq and al-Qaeda';
  assert.deepEqual(m.matchRange(text, 0, text.length).map((x) => [text.slice(x.start, x.end), x.payload]), [
    ['al Qaeda in Iraq', 'aqi'], ['al-Qaeda', 'aq'],
  ]);
});
