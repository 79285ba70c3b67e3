// What a count counts, read from the words around it: harm verbs before and after, nominal tolls, and the noun itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCounted, readNounPhrase } from './counted-thing.ts';

/** The reading of the first occurrence of `count` in `sentence`: [counted, noun]. */
function read(sentence: string, count: string): [string, string | null] {
  const at = sentence.indexOf(count);
  assert.ok(at >= 0, count);
  const r = readCounted(sentence, at, at + count.length, null);
  return [r.counted, r.noun];
}

test('a harm verb before the count decides: "killing seven", "arrested 27 suspects", "wounded dozens"', () => {
  assert.deepEqual(read('Gunmen stormed the market, killing seven and wounding 28.', 'seven'), ['killed', null]);
  assert.deepEqual(read('Gunmen stormed the market, killing seven and wounding 28.', '28'), ['wounded', null]);
  assert.deepEqual(read('Police arrested 27 suspected members of the cell.', '27'), ['arrested', 'suspected members']);
  assert.deepEqual(read('The bomber killed at least 12 people and wounded dozens near the mosque.', 'dozens'), ['wounded', null]);
  assert.deepEqual(read('Rebels abducted a total of 40 pupils from the school.', '40'), ['abducted', 'pupils']);
});

test('the verb after the noun phrase decides, across brackets, "including …", joined counts and short phrases', () => {
  assert.deepEqual(read('Four officers, including a major, were killed in the ambush.', 'Four'), ['killed', 'officers']);
  assert.deepEqual(read('Forty villagers and 12 guards were injured on Friday.', 'Forty'), ['wounded', 'villagers']);
  assert.deepEqual(read('Nine members of the militia on Tuesday were shot dead.', 'Nine'), ['killed', 'members']);
  assert.deepEqual(read('Six miners have been confirmed dead.', 'Six'), ['killed', 'miners']);
  assert.deepEqual(read('Some 2,000 families fled the fighting.', 'Some 2,000'), ['displaced', 'families']);
});

test('people driven from their homes are displaced; people taken for treatment are wounded, not abducted', () => {
  assert.deepEqual(read('The war has forced 11 million people to flee their homes.', '11 million'), ['displaced', 'people']);
  assert.deepEqual(read('At least 24 were taken for treatment.', 'At least 24'), ['wounded', null]);
  assert.deepEqual(read('Gunmen had taken 30 villagers into the forest.', '30'), ['abducted', 'villagers']);
});

test('lists, "having been", "then" and a following "after" do not hide the verb; injuries and bodies are tolls', () => {
  assert.deepEqual(read('150 vehicles, 50 shops were destroyed in the riot.', '150'), ['destroyed', 'vehicles']);
  assert.deepEqual(read('The raid ended with 35 soldiers having been injured.', '35'), ['wounded', 'soldiers']);
  assert.deepEqual(read('Two other attackers were then killed by police.', 'Two'), ['killed', 'other attackers']);
  assert.deepEqual(read('A soldier died and five others injured after two blasts.', 'five'), ['wounded', 'others']);
  assert.deepEqual(read('The blast caused injuries to 8 pedestrians.', '8'), ['wounded', 'pedestrians']);
  assert.deepEqual(read('The bodies of four workers were found.', 'four'), ['killed', 'workers']);
});

test('an active verb with an object belongs to the ones counted: they did it', () => {
  assert.deepEqual(read('Twenty gunmen killed three farmers.', 'Twenty'), ['forces', 'gunmen']);
  assert.deepEqual(read('Twenty gunmen killed three farmers.', 'three'), ['killed', 'farmers']);
});

test('of two joined harms the graver names the count', () => {
  assert.deepEqual(read('The militia shot and killed four herders.', 'four'), ['killed', 'herders']);
  assert.deepEqual(read('The blast killed and wounded scores of workers.', 'scores'), ['killed', 'workers']);
});

test('tolls, nouns that count by themselves, and things are read without a verb', () => {
  assert.deepEqual(read('The blast brought the death toll to 19.', '19'), ['killed', null]);
  assert.deepEqual(read('The camp holds about 9,000 refugees.', '9,000'), ['displaced', 'refugees']);
  assert.deepEqual(read('The group carried out 14 attacks last year.', '14'), ['attacks', 'attacks']);
  assert.deepEqual(read('Warplanes dropped two bombs on the depot.', 'two'), ['munitions', 'bombs']);
  assert.deepEqual(read('About 3,000 fighters remain in the hills.', '3,000'), ['forces', 'fighters']);
  assert.deepEqual(read('The army seized 40 rifles at the border.', '40'), ['munitions', 'rifles']);
  assert.deepEqual(read('Crowds of 5,000 people marched.', '5,000'), ['other', 'people']);
});

test('noun phrases skip "of" and bracketed acronyms and stop at the first plural', () => {
  assert.deepEqual(readNounPhrase(' of people were hurt'), { text: 'people', length: 10 });
  assert.equal(readNounPhrase(' National Guard (NG) soldiers and two civilians')?.text, 'National Guard soldiers');
  assert.equal(readNounPhrase(' out of 19 crew members were taken')?.text, 'crew members');
  assert.equal(readNounPhrase(' were killed'), null);
});

test('the verb that ends a long subject decides: places, schools, joined parts and asides in between', () => {
  assert.deepEqual(read('A total of 120 pupils from the Central Primary School in Tudun, Kano State, were kidnapped on Monday.', '120'), ['abducted', 'pupils']);
  assert.deepEqual(read('Some 90 boys from the upper school and 40 from the lower school were taken.', '90'), ['abducted', 'boys']);
  assert.deepEqual(read('Over 60 traders and porters of the central market at Gida were abducted by gunmen.', '60'), ['abducted', 'traders']);
  assert.deepEqual(read('Five farmers and two members of the local defence force died on Friday.', 'two'), ['killed', 'members']);
  assert.deepEqual(read('Three guards, who tried to stop the crowd at the gate, were injured.', 'Three'), ['wounded', 'guards']);
  assert.deepEqual(read('About 4,000 residents from six nearby villages, including Kala, have fled.', '4,000'), ['displaced', 'residents']);
  assert.deepEqual(read('Twelve traders have been brutally killed with machetes.', 'Twelve'), ['killed', 'traders']);
  assert.deepEqual(read('Two men have since been apprehended.', 'Two'), ['arrested', 'men']);
});

test('a late verb is not the count\'s when another verb or clause comes between', () => {
  assert.deepEqual(read('The 20 fighters who attacked the post said two soldiers were killed.', '20'), ['forces', 'fighters']);
  assert.deepEqual(read('Gunmen on 7 motorcycles stormed the school, and 30 pupils were abducted.', '7'), ['forces', 'motorcycles']);
});

test('a harm participle before people says what happened to them; "taking away" takes people', () => {
  assert.deepEqual(read('Most of the 2 million displaced people live in camps.', '2 million'), ['displaced', 'displaced people']);
  assert.deepEqual(read('Talks on freeing the 40 kidnapped students resumed.', '40'), ['abducted', 'kidnapped students']);
  assert.deepEqual(read('The gang opened fire before taking away at least 50 of the villagers.', 'at least 50'), ['abducted', 'villagers']);
});

test('a toll as the subject of the clause says what the count ending it counts', () => {
  assert.deepEqual(read('The number of people killed in the raid on Tala has risen to at least 45.', 'at least 45'), ['killed', null]);
  assert.deepEqual(read('The death toll in the floods and landslides rose to 31.', '31'), ['killed', null]);
  assert.deepEqual(read('The final death toll is believed to be between 60 and 70.', 'between 60 and 70'), ['killed', null]);
  assert.deepEqual(read('The number of people arrested since the protests began stands at 200.', '200'), ['arrested', null]);
});

test('an adverb after a count is not its noun', () => {
  assert.deepEqual(readNounPhrase(' moderately, the army said'), null);
  assert.equal(readNounPhrase(' family members')?.text, 'family members');
});

test('"among the dead were N …" counts dead; "among the wounded" wounded', () => {
  assert.deepEqual(read('Among the dead were 12 children under ten.', '12'), ['killed', 'children']);
  assert.deepEqual(read('Among the victims — most of them farmers — were 9 women.', '9'), ['killed', 'women']);
  assert.deepEqual(read('Among the wounded were 4 medics.', '4'), ['wounded', 'medics']);
  assert.deepEqual(read('Among the protesters were 40 students.', '40'), ['other', 'students']);
});

test('"among the victims were N … and M …": both count the dead', () => {
  assert.deepEqual(read('Among the victims were 20 children under ten and 8 women.', '8'), ['killed', 'women']);
});
