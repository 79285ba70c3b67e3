// Recognition cues: names inside institutions' names, hyphenated compounds, runs that start with "A"/"The", and people's surnames.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { geoparseText } from './geoparse.ts';

const phrases = (text: string) => geoparseText(text).map((r) => r.mention.phrase);

test('a weak name heading an institution is a place: "The Glasgow Police Department", "Enfield Council"', () => {
  const found = phrases('One woman died in a crash. The Glasgow Police Department says officers were called. Enfield Council met on Monday.');
  assert.ok(found.includes('Glasgow'), found.join(', '));
  assert.ok(found.includes('Enfield'), found.join(', '));
  assert.ok(!found.some((p) => /Police|Department/.test(p)), found.join(', '));
});

test('a run that starts with an article still starts with the name: "A Texas court"', () => {
  assert.deepEqual(phrases('A Texas court on Wednesday overturned the convictions.'), ['Texas']);
});

test('hyphenated compounds of strong names, and names before "-based" or "-led"', () => {
  const found = phrases('The attack was meant to damage Russia-Turkey ties. A Seattle-based firm joined the U.S.-led campaign.');
  for (const name of ['Russia', 'Turkey', 'Seattle', 'U.S.']) assert.ok(found.includes(name), `${name} missing from ${found.join(', ')}`);
});

test('the name after "Government of" or "University of" is a place', () => {
  const found = phrases('The Government of Alberta signed it. She studied at the University of Michigan.');
  assert.ok(found.includes('Alberta') && found.includes('Michigan'), found.join(', '));
});

test('a weak name before "police" or "residents" is a town: "Danbury police"', () => {
  assert.ok(phrases('He was arrested by Danbury police on Monday.').includes('Danbury'));
});

test('a surname the text gives a speaker is not a place, where the country stays', () => {
  const text = 'Her cousin Jenny Palma said she was kind. "She had a heart of gold," Palma said. Iraq said nothing.';
  const found = phrases(text);
  assert.ok(!found.includes('Palma'), found.join(', '));
  assert.ok(found.includes('Iraq'), found.join(', '));
});

test('an agency typed "Department" is not an unknown place hiding the names in it', () => {
  assert.deepEqual(phrases('DETROIT The U.S. Transportation Department on Wednesday issued guidelines.'), ['DETROIT', 'U.S.']);
});

test('a name the text gives an age is a person throughout, even where it names a country', () => {
  const found = phrases('INNISFAIL - Nine-year-old Georgia Stevens is skating in Calgary. Georgia began skating at four.');
  assert.ok(!found.includes('Georgia'), found.join(', '));
  assert.ok(found.includes('Calgary'), found.join(', '));
});

test('a name inside a street, a hospital or a newspaper is not a place', () => {
  const found = phrases('The winter night shelter in Church Street opens, patients at St. Paul\'s Hospital said, the Los Angeles Times reported.');
  assert.deepEqual(found.filter((p) => /Church|Paul|Los Angeles/.test(p)), []);
});

test('in an article about a country where English is not spoken, a name it knows there needs no cue', () => {
  const text = 'Jihadists killed soldiers in Mali on Sunday. An armed group attacked the Niafunke post in the early hours, the army of Mali said.';
  assert.ok(phrases(text).includes('Niafunke'), phrases(text).join(', '));
});

test('a name given an age right after it is a person there ("Ahmed, 34,", "Jordan, 12,", "Salah al-Din, 29,"), a distance is not an age', () => {
  assert.deepEqual(phrases('The victims included Jordan, 12, and his sister. The attack happened in Mosul.'), ['Mosul']);
  assert.deepEqual(phrases('Troops in Mosul arrested Salah al-Din, 29, a suspected militant.'), ['Mosul']);
  assert.deepEqual(phrases('Gunmen in Kirkuk, 250 km north of Baghdad, shot Ahmed, 34, on Monday.'), ['Kirkuk', 'Baghdad']);
});

test('after "of" inside a capitalised run a known place of some size is named: "Residents of Kirkuk said"', () => {
  assert.deepEqual(phrases('Residents of Kirkuk said the blast shook homes.'), ['Kirkuk']);
});
