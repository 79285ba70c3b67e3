// Who claims are from, on short texts written for these tests: speakers, denials, the outlet, and speakers carried over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle, type Article } from '../../article/article.ts';
import type { ClaimRecord } from '../../article/records.ts';
import { defaultContext } from '../../pipeline/stage.ts';
import { segmentStage } from '../segment/index.ts';
import { actorsStage } from '../actors/index.ts';
import { quantitiesStage } from '../quantities/index.ts';
import { sourcesStage } from '../sources/index.ts';
import { claimsStage } from './index.ts';

function claimsOf(text: string): ClaimRecord[] {
  let article: Article = createArticle({ id: 'a', documentId: 'd', text, meta: { published: '2025-03-02', outlet: 'Test Wire' } });
  for (const stage of [segmentStage(), actorsStage(), quantitiesStage(), sourcesStage(), claimsStage()]) article = stage.apply(article, defaultContext);
  return article.claims.filter((c) => c.best !== null);
}

const row = (c: ClaimRecord) => [c.best, c.counted, c.attributedTo, c.sourceKind];

test('a figure the text gives no source for is the outlet\'s own', () => {
  assert.deepEqual(claimsOf('Twelve civilians were killed in the raid on Monday.').map(row), [[12, 'killed', null, 'outlet']]);
});

test('a denied figure is kept, marked denied, with its source and the denier', () => {
  const [claim] = claimsOf('Al-Shabaab said its fighters had killed 15 soldiers, a figure the army denied.');
  assert.deepEqual([claim?.best, claim?.counted, claim?.attributedTo, claim?.denied, claim?.deniedBy], [15, 'killed', 'Al-Shabaab', true, 'the army']);
});

test('denying a part in an attack does not deny the toll told about it', () => {
  const [claim] = claimsOf('A rebel spokesman denied the group was behind the attack, which killed 17 people.');
  assert.deepEqual([claim?.best, claim?.denied], [17, false]);
});

test('the next sentence goes on with the speaker of the one before, unless it moves to another time', () => {
  const claims = claimsOf('Two checkpoints were attacked overnight, police sources said. Six policemen were killed and nine others wounded. In March, a car bomb killed 40 people.');
  assert.deepEqual(claims.map((c) => [c.best, c.subject, c.attributedTo]), [
    [6, 'police killed', 'police sources'], [9, 'police wounded', 'police sources'], [40, 'people killed', null],
  ]);
});

test('a speaker carries within a paragraph, not into the next one, nor into a sentence that names a finding', () => {
  assert.deepEqual(claimsOf('Two checkpoints were attacked overnight, police sources said.\nSix policemen were killed.').map(row), [[6, 'killed', null, 'outlet']]);
  assert.deepEqual(claimsOf('Police found the car at noon. Ten people were killed in the blast.').map(row), [[10, 'killed', null, 'outlet']]);
});

test('"according to X" speaks for its own sentence only', () => {
  assert.deepEqual(claimsOf('According to UN data, the camp is the largest in the region. It holds 50,000 people.').map(row), [[50000, 'other', null, 'outlet']]);
});

test('a claim of responsibility is the group\'s; the toll of the act is the teller\'s', () => {
  assert.deepEqual(claimsOf('The group claimed responsibility for a bombing that killed 20 people.').map(row), [[20, 'killed', null, 'outlet']]);
});

test('counts of one are claims when a harm verb governs a person, and "no one" is nobody', () => {
  const claims = claimsOf('A shepherd was kidnapped near the village and another was wounded, an official said. No one was killed in the blast.');
  assert.deepEqual(claims.map((c) => [c.best, c.subject, c.attributedTo]), [[1, 'shepherds abducted', 'an official'], [1, 'shepherds wounded', 'an official']]);
});

test('photo captions, credits and comment sections give no claims', () => {
  const text = 'Soldiers patrol the town where 12 people were killed (Photo: Reuters/Jo Doe)\nThe army said five soldiers died.\n455 comments\nI heard 300 people were killed there.';
  assert.deepEqual(claimsOf(text).map((c) => [c.best, c.attributedTo]), [[5, 'The army']]);
});

test('a number inside a name is not a count', () => {
  assert.deepEqual(claimsOf('Region 12 police said three people died.').map((c) => c.best), [3]);
});

test('a part of a count ("including 11 children") and a count joined to one a verb governs share what happened', () => {
  const claims = claimsOf('The strike killed at least 40 people, including 11 children. Gunmen wounded a guard and seven civilians.');
  assert.deepEqual(claims.map((c) => [c.best, c.subject]), [[40, 'people killed'], [11, 'children killed'], [1, 'guards wounded'], [7, 'civilians wounded'], [8, 'people wounded']]);
});

test('a figure inside the claim of responsibility itself is the claimant\'s', () => {
  assert.deepEqual(claimsOf('The army has claimed responsibility for the death of 30 militants in the region.').map(row), [[30, 'killed', 'The army', 'anonymous']]);
});

test('a denier who goes on to say something is its source, not its denier', () => {
  const [claim] = claimsOf('The police denied firing on the crowd, saying that two officers were injured by stones.');
  assert.deepEqual([claim?.best, claim?.counted, claim?.attributedTo, claim?.denied], [2, 'wounded', 'The police', false]);
});

test('"this was made known by X" gives the sentence before it its source', () => {
  assert.deepEqual(claimsOf('Forty pupils were abducted from the school on Monday.\n\nThis was made known by the principal, Musa Bello, at a briefing.').map(row), [[40, 'abducted', 'Musa Bello, principal', 'person']]);
});

test('a sentence relaying an unnamed report carries the speaker over a paragraph break; a plain one does not', () => {
  assert.deepEqual(claimsOf('Sources who spoke to Amina Bello, a security analyst, revealed that gunmen raided the town.\n\nAbout 30 gunmen were reported to have taken part.').map(row), [[30, 'forces', 'Sources who spoke to Amina Bello', 'anonymous']]);
  assert.deepEqual(claimsOf('Sources revealed that gunmen raided the town.\n\nAbout 30 gunmen took part.').map(row), [[30, 'forces', null, 'outlet']]);
});

test('statistics no one is named for are the outlet\'s figure; "have since been" is no new time', () => {
  assert.deepEqual(claimsOf('According to the statistics, the camp holds about 9,000 refugees.').map(row), [[9000, 'displaced', null, 'outlet']]);
  assert.deepEqual(claimsOf('An official disclosed that arms were found in a house. Two men have since been arrested.').map(row), [[2, 'arrested', 'An official', 'anonymous']]);
});

test('a number after the one told, or after a title-case harm verb, is a count, not part of a name', () => {
  assert.deepEqual(claimsOf('A spokesman for the group told Reuters 10 police officers were killed.').map(row), [[10, 'killed', 'A spokesman for the group', 'anonymous']]);
  assert.deepEqual(claimsOf('Air Strike In Kordofan Kills Over 40 Villagers\n\nThe army denied it.').map((c) => [c.best, c.counted]), [[40, 'killed']]);
  assert.deepEqual(claimsOf('Camp 4 residents said the road was shut.').map((c) => c.best), []);
});

test('one building destroyed is a claim; one of anything else is not', () => {
  assert.deepEqual(claimsOf('He said a house collapsed in the blast and a chance was destroyed.').map((c) => [c.best, c.counted]), [[1, 'destroyed']]);
});

test('a caption ending in a bracketed photographer and agency credit gives no claim', () => {
  assert.deepEqual(claimsOf('One protester died of burns in the fire [Jane Roe/AP]\nThe police said two officers were hurt.').map((c) => [c.best, c.attributedTo]), [[2, 'The police']]);
});

test('an ordinal said of the event is a running count: "the third kidnapping since 2019"; one that only refers is not', () => {
  assert.deepEqual(claimsOf('A farmer said this is the third kidnapping in the village since 2019.').map((c) => [c.best, c.counted, c.subject, c.attributedTo]), [[3, 'abducted', 'kidnappings', 'A farmer']]);
  assert.deepEqual(claimsOf('It was the fourth time this year that a bomb hit the market.').map((c) => [c.best, c.counted]), [[4, 'attacks']]);
  assert.deepEqual(claimsOf('In the second attack, gunmen stormed a house.').map((c) => c.best), []);
});

test('a count of one with an adverb after it ("wounding one moderately") is a claim', () => {
  assert.deepEqual(claimsOf('The soldiers opened fire, wounding one moderately, according to the army.').map(row), [[1, 'wounded', 'the army', 'anonymous']]);
});

test('one vehicle captured is a claim; males and females are people counted', () => {
  assert.deepEqual(claimsOf('The troops captured one gun truck and six motorcycles.').map((c) => [c.best, c.counted]), [[1, 'forces'], [6, 'forces']]);
  assert.deepEqual(claimsOf('Among the dead were 30 males and 12 females.').map((c) => c.best), [30, 12]);
});

test('counts joined under one harm add up to a total claim; parts after "including" do not', () => {
  assert.deepEqual(claimsOf('A farmer and a herder were both wounded, police said.').map((c) => [c.best, c.subject, c.attributedTo]), [
    [1, 'farmers wounded', 'police'], [1, 'herders wounded', 'police'], [2, 'people wounded', 'police'],
  ]);
  assert.deepEqual(claimsOf('At least 20 people were killed, including 12 police officers and five civilians.').map((c) => c.best), [20, 12, 5]);
  assert.deepEqual(claimsOf('Eight soldiers were killed and 10 wounded.').map((c) => c.best), [8, 10]);
});

test('ages are not counts', () => {
  assert.deepEqual(claimsOf('Among the dead were 9 children under the age of 10 and 4 teenagers aged 16.').map((c) => [c.best, c.counted]), [[9, 'killed'], [4, 'killed']]);
});

test('"one of his colleagues", "one of the policemen": one person of a group under a harm verb is a claim', () => {
  assert.deepEqual(claimsOf('The guard opened fire, injuring one of his colleagues and a nurse.').map((c) => [c.best, c.subject]), [
    [1, 'colleagues wounded'], [1, 'nurses wounded'], [2, 'people wounded'],
  ]);
  assert.deepEqual(claimsOf('One of the policemen was killed. It is one of the largest camps.').map((c) => [c.best, c.subject]), [[1, 'police killed']]);
});
