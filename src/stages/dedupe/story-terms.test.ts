// Tests for story terms and the spelling key that lets transliterations of one name meet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey, storyTerms, wordStem } from './story-terms.ts';

test('transliteration variants of one place share a spelling key', () => {
  for (const variants of [['Shirqat', 'Sharqat', 'Shurgat'], ['Baghouz', 'Baghuz'], ['Menaka', 'Ménaka'], ['Garbaharey', 'Garbahaarey'], ['Awdheegle', 'Awdhegle'], ['Tombouctou', 'Timbuktu']]) {
    const keys = new Set(variants.map(nameKey));
    assert.equal(keys.size, 1, `${variants.join('/')} gave ${[...keys].join(', ')}`);
  }
});

test('different places keep different keys', () => {
  const keys = ['Mosul', 'Tikrit', 'Baiji', 'Kirkuk', 'Hawija', 'Rashad', 'Daquq'].map(nameKey);
  assert.equal(new Set(keys).size, keys.length);
});

test('story terms drop stopwords, digits and short words, stem plurals and fold names', () => {
  const terms = storyTerms('Bomb kills 4 soldiers near Shirqat', 'The roadside bomb killed four soldiers on Sunday near Shirqat, officials said.');
  assert.equal(terms.bomb, 2);
  assert.equal(terms.soldier, 2);
  assert.equal(terms[`~${nameKey('Shirqat')}`], 2);
  assert.equal(terms.said, undefined);
  assert.equal(terms.the, undefined);
  assert.ok(!Object.keys(terms).some((t) => /\d/.test(t)));
});

test('a sentence-initial common word is not taken for a name when it also appears in lower case', () => {
  const terms = storyTerms(null, 'Gunmen attacked the post. Police said the gunmen fled.');
  assert.equal(terms.gunmen, 2);
});

test('crude singulars', () => {
  assert.equal(wordStem('soldiers'), 'soldier');
  assert.equal(wordStem('casualties'), 'casualty');
  assert.equal(wordStem('press'), 'press');
  assert.equal(wordStem('campus'), 'campus');
});

test('a possessive is counted as its word, with either apostrophe', () => {
  const terms = storyTerms(null, "The militia's commander met the militia’s leaders; militia fighters left Mosul's outskirts. Mosul.");
  assert.equal(terms.militia, 3);
  assert.equal(terms[`~${nameKey('Mosul')}`], 2);
});

test('a word that names an Object.prototype member is counted like any other word', () => {
  // "constructor" read Object.prototype.constructor (a function) through `?? 0`, so its count became a string and
  // the article's similarity weights NaN: it could never join a story.
  const terms = storyTerms(null, 'The constructor of the bridge said the constructor left the site after shelling.');
  assert.equal(terms.constructor, 2);
  assert.ok(Object.values(terms).every((n) => Number.isInteger(n)), JSON.stringify(terms));
});
