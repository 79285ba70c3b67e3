// Names a caller vouches are places (gold spans, an analyst's marks) that the gazetteer lacks, or knows only by a word far from the story.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { geoparseText, resolveGivenMentions } from './geoparse.ts';

function given(text: string, phrases: readonly string[]) {
  const mentions = phrases.map((phrase) => {
    const start = text.indexOf(phrase);
    assert.ok(start >= 0, `"${phrase}" is in the text`);
    return { start, end: start + phrase.length, phrase };
  });
  return resolveGivenMentions(mentions, { text });
}

test('a hospital the gazetteer lacks is placed at the town of its paragraph, not at a far place sharing a word of its name', () => {
  const text = 'Two people were hurt in a crash in Toronto on Monday.\nThey were taken to St. Michael\'s Hospital in serious condition, Toronto police said.';
  const [, hospital] = given(text, ['Toronto', 'St. Michael\'s Hospital']);
  assert.equal(hospital?.mention.phrase, 'St. Michael\'s Hospital');
  assert.equal(hospital?.entry.countryCode, 'CA');
  assert.equal(hospital?.entry.name, 'Toronto');
  assert.equal(hospital?.unlisted?.name, 'St. Michael\'s Hospital');
});

test('a vouched name with no reading at all is placed at the place the article names most', () => {
  const text = 'Flooding closed roads across Lewisburg on Friday.\nCrews worked near Zorbleton Commons through the night.\nLewisburg officials expect the roads to reopen soon.';
  const resolved = given(text, ['Lewisburg', 'Zorbleton Commons']);
  const unknown = resolved.find((r) => r.mention.phrase === 'Zorbleton Commons');
  assert.ok(unknown, 'the unknown name is resolved');
  assert.equal(unknown.entry.name, resolved[0]!.entry.name);
  assert.ok(unknown.unlisted);
});

test('a partial reading near the story stays ("North London" is London); recognition\'s own guesses with no reading are not made places', () => {
  const text = 'Police in London said a man was arrested in North London on Sunday.';
  const [, north] = given(text, ['London', 'North London']);
  assert.equal(north?.entry.name, 'London');
  assert.equal(north?.unlisted, undefined);
  assert.ok(!geoparseText('They met at Christmas in Zorbleton Commons.').some((r) => r.mention.phrase.includes('Zorbleton')));
});
