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

test('when and how a speaker spoke is not part of the speaker: "on Tuesday", "in a statement", ", on Friday,"', () => {
  const found = sourcesOf('Iraqi security forces on Tuesday announced the arrest of seven suspects. The Media Office, on Friday, said the raid ended. The official account in a tweet said it was over.');
  assert.deepEqual(found.map((f) => f.speaker), ['Iraqi security forces', 'The Media Office', 'The official account']);
});

test('"citing X", "quoted X as saying", "as reported by X" and "X put the toll at" name X', () => {
  const found = sourcesOf('Five died, the broadcaster reported, citing a local doctor. Reuters quoted a police officer as saying the road was shut. Ten were hurt, as reported by the Red Crescent. Officials put the death toll at 40.');
  assert.deepEqual(found.map((f) => [f.speaker, f.cue]), [
    ['the broadcaster', 'reported'], ['a local doctor', 'citing'], ['a police officer', 'quoted'], ['the Red Crescent', 'reported'], ['Officials', 'put'],
  ]);
});

test('"the report said" and "it said" point back to the report and the institution named before', () => {
  const found = sourcesOf('According to a field report from the Homs Governorate, a bus was ambushed. The report said nine were wounded. The ministry said the road is closed. It added that two soldiers died.');
  assert.deepEqual(found.map((f) => f.speaker), ['a field report from the Homs Governorate', 'a field report from the Homs Governorate', 'The ministry', 'The ministry']);
});

test('a relative clause describes the speaker named before it; "a figure the army denied" names the denier', () => {
  const found = sourcesOf('Sources who spoke to the radio said 21 fighters attacked. “They killed 11 people,” a resident, who asked not to be named, told AFP. The group said it killed 15 soldiers, a figure the army denied.');
  assert.deepEqual(found.map((f) => [f.speaker, f.cue]), [['Sources', 'said'], ['a resident', 'told'], ['The group', 'said'], ['the army', 'denied']]);
});

test('a headline names its source at its end; a quote over several sentences is its speaker\'s throughout', () => {
  const found = sourcesOf('Market blast kills 31, wounds dozens -sources\nThe head teacher said: “Forty pupils were taken. Nine escaped. We pray for the rest.”');
  assert.deepEqual(found.map((f) => [f.speaker, f.cue]), [['sources', 'headline'], ['The head teacher', 'said']]);
  assert.match(String(found[1]!.covers), /Forty pupils were taken/);
});

test('adjectives and numbers that look like cues are not attributions', () => {
  assert.deepEqual(sourcesOf('Six alleged members of the cell were killed. Rebels believe in the cause.'), []);
});

test('"X was quoted as saying" and "figures show" name X; "he" with no earlier person speaking is the person just introduced', () => {
  const found = sourcesOf('The minister was quoted as saying 12 soldiers died. Figures from the ministry show that 40 people died. Governor Uba Sani visited the town on Friday. He said 20 houses were burnt.');
  assert.deepEqual(found.map((f) => [f.speaker, f.cue]), [['The minister', 'quoted'], ['Figures from the ministry', 'show'], ['Governor Uba Sani', 'said']]);
});

test('a time before the speaker and a coordinated predicate ("X visited … and said") leave the speaker alone', () => {
  const found = sourcesOf('Earlier on the same day the opposition party said nine activists were held. Chu visited the family in August and said 14 were killed.');
  assert.deepEqual(found.map((f) => f.speaker), ['the opposition party', 'Chu']);
});

test('"the head teacher explained" names the person the text gave that role; "he" then follows them', () => {
  const found = sourcesOf('The update came from the school principal, Musa Bello, at the palace. The principal explained that 40 pupils were taken. He disclosed that a guard died.');
  assert.deepEqual(found.map((f) => [f.as, f.speaker, f.role, f.anonymous]), [
    ['The principal', 'Musa Bello', 'principal', false], ['He', 'Musa Bello', 'principal', false],
  ]);
});

test('offices inside a capitalised run are the role, the name is what follows; ranks stay with the name', () => {
  const [a, b] = sourcesOf('Lagos State Commissioner of Police Adamu Garba said 12 were held. General Tunde Ayo said the road was open.');
  assert.deepEqual([a!.speaker, a!.role], ['Adamu Garba', 'Lagos State Commissioner of Police']);
  assert.equal(b!.speaker, 'General Tunde Ayo');
});

test('a role and a name after an inverted cue; "points out that", "indicated that", "speak of", "narrated"', () => {
  const found = sourcesOf('The village was hit at dawn, said district council spokesman Ali Warsame, adding that houses burned. Elders speak of 30 dead. The mayor indicated that 4 wells were poisoned. A teacher, Grace Obi, narrated how the gunmen came. Rights groups point out the delays.');
  assert.deepEqual(found.map((f) => [f.speaker, f.cue]), [
    ['Ali Warsame', 'said'], ['Elders', 'speak of'], ['The mayor', 'indicated'], ['Grace Obi', 'narrated'],
  ]);
});

test('"claimed thousands of lives" is a toll, not speech; an adverb makes "reports" a verb', () => {
  const found = sourcesOf('The war has claimed thousands of lives. The monitor also reports about 50 homes burned.');
  assert.deepEqual(found.map((f) => [f.speaker, f.cue]), [['The monitor', 'reports']]);
});

test('"according to" covers the whole sentence, quote or not', () => {
  const [a] = sourcesOf('As it went on, “the troops fired at their feet,” wounding one, according to the army.');
  assert.equal(a!.covers, 'As it went on, “the troops fired at their feet,” wounding one, according to the army.');
});
