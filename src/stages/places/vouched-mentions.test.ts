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

test('gold spans given out of text order are resolved in text order (the hierarchy reads neighbours), and observe hears the caller\'s index', () => {
  const text = 'NEWARK, N.J. (AP) - A woman flew from a New Jersey airport to Paris.';
  const spans = ['Paris', 'N.J.', 'NEWARK'].map((phrase) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, phrase }));
  const heard: Array<[number, string]> = [];
  const resolved = resolveGivenMentions(spans, { text, observe: (i, candidates) => { if (candidates.length) heard.push([i, spans[i]!.phrase]); } });
  assert.deepEqual(resolved.map((r) => r.mention.phrase), ['NEWARK', 'N.J.', 'Paris']);
  const newark = resolved[0]!;
  assert.equal(newark.entry.admin1Code, 'NJ');
  assert.equal(newark.container?.mention.phrase, 'N.J.', 'the state after the comma contains it');
  assert.ok(heard.some(([i, phrase]) => i === 2 && phrase === 'NEWARK'));
});
