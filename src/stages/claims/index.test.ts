// The claims stage on a hand-built article: counts with subject, range and speaker; responsibility and victory claims.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle, withLayer, type Article } from '../../article/article.ts';
import { makeSpan, type JsonValue } from '../../article/span.ts';
import { defaultContext } from '../../pipeline/stage.ts';
import { segmentStage } from '../segment/index.ts';
import { claimsStage } from './index.ts';
import { attributionFromCues } from './cue-fallback.ts';

const TEXT = [
  'The militants can count between 5,000 and 7,000 among their ranks in Iraq, according to one intelligence official.',
  '“IS is trying to assert itself in Iraq,” said Brig. Gen. Yahya Rasoul, the Iraqi army spokesman.',
  'A spokesman for the Syrian Democratic Forces, Mustafa Bali, tweeted that “Baghouz is free and the military victory against Daesh has been achieved.”',
  'The group claimed responsibility for the attack on the checkpoint.',
].join('\n');

const prov = { stage: 'test', version: '0', method: 'hand', confidence: 1 };

function at(a: Article, words: string, label: string, value: JsonValue) {
  const i = a.text.indexOf(words);
  assert.ok(i >= 0);
  return makeSpan(a.text, i, i + words.length, label, value, prov);
}

function article(withSources: boolean): Article {
  let a = segmentStage().apply(createArticle({ id: 'c1', documentId: 'd', text: TEXT, meta: { published: '2019-02-20' } }), defaultContext);
  a = withLayer(a, 'quantities', [at(a, 'between 5,000 and 7,000', 'count', { low: 5000, high: 7000, best: 5000, noun: 'militants', approximate: true })]);
  if (withSources) {
    const first = a.text.indexOf('.') + 1;
    a = withLayer(a, 'sources', [at(a, 'one intelligence official', 'attribution', {
      speaker: 'one intelligence official', role: 'intelligence official', organisation: null, anonymous: true, cue: 'according to', coversStart: 0, coversEnd: first,
    })]);
  }
  return a;
}

test('a count becomes a claim with what it counts, of whom, where, its range, speaker and cue', () => {
  const [claim] = claimsStage().apply(article(true), defaultContext).claims.filter((c) => c.best !== null);
  assert.ok(claim);
  assert.equal(claim.subject, 'fighters in Iraq');
  assert.deepEqual([claim.counted, claim.ofWhom, claim.area], ['forces', 'fighters', 'Iraq']);
  assert.deepEqual([claim.low, claim.high, claim.best, claim.unit], [5000, 7000, 5000, 'fighters']);
  assert.equal(claim.attributedTo, 'one intelligence official');
  assert.equal(claim.sourceKind, 'anonymous');
  assert.equal(claim.cue, 'according to');
  assert.equal(claim.date, '2019-02-20');
  assert.equal(claim.denied, false);
  assert.ok(claim.evidence.some((e) => e.text === 'between 5,000 and 7,000'));
});

test('without a sources layer the cue fallback names the speaker', () => {
  const [claim] = claimsStage().apply(article(false), defaultContext).claims.filter((c) => c.best !== null);
  assert.equal(claim?.attributedTo, 'one intelligence official');
});

test('victory and responsibility statements are qualitative claims', () => {
  const claims = claimsStage().apply(article(false), defaultContext).claims.filter((c) => c.best === null);
  const subjects = claims.map((c) => c.subject);
  assert.ok(subjects.includes('liberation of Baghouz'), subjects.join('; '));
  assert.ok(subjects.includes('defeat of IS'));
  assert.ok(subjects.includes('responsibility for attack on checkpoint'));
  const free = claims.find((c) => c.subject === 'liberation of Baghouz')!;
  assert.equal(free.text, 'Baghouz is free');
  assert.equal(free.attributedTo, 'A spokesman for the Syrian Democratic Forces, Mustafa Bali');
  assert.equal(free.cue, 'tweeted');
});

test('cue fallback: "said X" after a quote', () => {
  const who = attributionFromCues('“IS is trying,” said Brig. Gen. Yahya Rasoul, the Iraqi army spokesman.', 0);
  assert.equal(who?.attributedTo, 'Brig. Gen. Yahya Rasoul, the Iraqi army spokesman');
  assert.equal(who?.cue, 'said');
});

test('counts of things that are not claims, a count of one with no harm verb, and counts inside the speaker are skipped', () => {
  const text = 'Three Iraqi intelligence officials said the two sides met once, and one soldier said 300 fighters hid in a cave.';
  let a = segmentStage().apply(createArticle({ id: 'c2', documentId: 'd', text, meta: { published: '2019-02-20' } }), defaultContext);
  a = withLayer(a, 'quantities', [
    at(a, 'Three Iraqi intelligence officials', 'count', { low: 3, high: 3, best: 3, noun: 'Iraqi intelligence officials', approximate: false }),
    at(a, 'two sides', 'count', { low: 2, high: 2, best: 2, noun: 'sides', approximate: false }),
    at(a, 'one soldier', 'count', { low: 1, high: 1, best: 1, noun: 'soldier', approximate: false }),
    at(a, '300 fighters', 'count', { low: 300, high: 300, best: 300, noun: 'fighters', approximate: false }),
  ]);
  a = withLayer(a, 'sources', [at(a, 'Three Iraqi intelligence officials', 'attribution', {
    speaker: 'Three Iraqi intelligence officials', role: 'intelligence officials', organisation: null, anonymous: true, cue: 'said', coversStart: 0, coversEnd: text.length,
  })]);
  const claims = claimsStage().apply(a, defaultContext).claims;
  assert.deepEqual(claims.map((c) => [c.subject, c.counted, c.best]), [['fighters', 'forces', 300]]);
});

test('a teaser article yields no claims', () => {
  const teaser = { ...article(true), meta: { ...article(true).meta, role: 'teaser' as const } };
  assert.deepEqual(claimsStage().apply(teaser, defaultContext).claims, []);
});
