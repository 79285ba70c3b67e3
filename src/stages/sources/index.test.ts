// Tests for the sources stage: the attribution patterns, anonymous sources, quotes, pronoun and surname links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle, layer, type Article } from '../../article/article.ts';
import { defaultContext } from '../../pipeline/stage.ts';
import { segmentStage } from '../segment/index.ts';
import { actorsStage } from '../actors/index.ts';
import { sourcesStage } from './index.ts';

function sourcesOf(text: string): Array<Record<string, unknown>> {
  let article: Article = createArticle({ id: 'a', documentId: 'd', text });
  for (const stage of [segmentStage(), actorsStage(), sourcesStage()]) article = stage.apply(article, defaultContext);
  return layer(article, 'sources').map((s) => {
    const v = s.value as Record<string, string | number | boolean | null>;
    return { as: text.slice(s.start, s.end), speaker: v.speaker, role: v.role, organisation: v.organisation, anonymous: v.anonymous, cue: v.cue, covers: text.slice(v.coversStart as number, v.coversEnd as number) };
  });
}

test('"X, ROLE, said" gives the name, role and organisation', () => {
  const [a] = sourcesOf('Col. Ahmed Karim, the Nigerian Army spokesman, said the road was reopened.');
  assert.deepEqual(a, { as: 'Col. Ahmed Karim', speaker: 'Col. Ahmed Karim', role: 'Nigerian Army spokesman', organisation: 'Nigerian Army', anonymous: false, cue: 'said', covers: 'Col. Ahmed Karim, the Nigerian Army spokesman, said the road was reopened.' });
});

test('a quote followed by "said NAME" covers the quote, and the bare surname later resolves to the full name', () => {
  const found = sourcesOf('“We will not leave,” said Amina Yusuf, a local council member. “The town is ours,” Yusuf said.');
  assert.deepEqual(found.map((f) => [f.as, f.speaker, f.role, f.covers]), [
    ['Amina Yusuf', 'Amina Yusuf', 'local council member', '“We will not leave,”'],
    ['Yusuf', 'Amina Yusuf', 'local council member', '“The town is ours,”'],
  ]);
});

test('"according to" names anonymous sources and splits a role prefix from a name', () => {
  const found = sourcesOf('Four soldiers died, according to two Somali intelligence officials. The toll rose, according to former governor Abdi Warsame.');
  assert.deepEqual(found.map((f) => [f.speaker, f.role, f.anonymous, f.cue]), [
    ['two Somali intelligence officials', null, true, 'according to'],
    ['Abdi Warsame', 'former governor', false, 'according to'],
  ]);
});

test('"he said" resolves to the previous speaker; a quote on its own continues it', () => {
  const found = sourcesOf('Maj. Lena Ortiz warned that the camp was exposed. “They come at night,” she said. “We cannot see them.”');
  assert.deepEqual(found.map((f) => [f.as, f.speaker, f.cue]), [
    ['Maj. Lena Ortiz', 'Maj. Lena Ortiz', 'warned'], ['she', 'Maj. Lena Ortiz', 'said'], ['she', 'Maj. Lena Ortiz', 'said'],
  ]);
  assert.equal(found[2]!.covers, '“We cannot see them.”');
});

test('"X told Y" and "X confirmed" attribute to X; an unresolvable "he" yields nothing', () => {
  const found = sourcesOf('He said nothing. Omar Haddad told reporters the bridge was hit. The Yemeni army confirmed the strike.');
  assert.deepEqual(found.map((f) => [f.speaker, f.cue, f.organisation]), [
    ['Omar Haddad', 'told', null], ['The Yemeni army', 'confirmed', 'Yemeni army'],
  ]);
});

test('"NAME of ORG said" splits the name from its organisation; an adjective before a name is dropped', () => {
  const found = sourcesOf('Ann Price of the Lagos State Police Command said two suspects fled. “We are safe now,” a relieved Okafor said.');
  assert.deepEqual(found.map((f) => [f.as, f.speaker, f.role, f.organisation, f.anonymous]), [
    ['Ann Price', 'Ann Price', 'Lagos State Police Command', 'Lagos State Police Command', false],
    ['Okafor', 'Okafor', null, null, false],
  ]);
});

test('nouns that look like cues are not attributions', () => {
  assert.deepEqual(sourcesOf('The United States rejected these claims and the intelligence reports.'), []);
});
