// Who a claim counts and the label derived from its fields: groups folded so like claims share one subject.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimLabel, countSubject, normaliseSubject, ofWhomOf } from './claim-subject.ts';

test('groups are folded: police variants, people, fighters, plurals, hedges and actor spellings', () => {
  assert.equal(ofWhomOf('police officers', null, 'people'), 'police');
  assert.equal(ofWhomOf('policemen', null, 'people'), 'police');
  assert.equal(ofWhomOf('police officer', null, 'people'), 'police');
  assert.equal(ofWhomOf('persons', null, 'people'), 'people');
  assert.equal(ofWhomOf('ISIS militants', null, 'people'), 'IS fighters');
  assert.equal(ofWhomOf('suspected Daesh members', null, 'people'), 'IS members');
  assert.equal(ofWhomOf('woman', null, 'people'), 'women');
  assert.equal(ofWhomOf('militants', 'IS', 'people'), 'IS fighters');
  assert.equal(ofWhomOf('others', null, 'soldiers'), 'soldiers');
  assert.equal(ofWhomOf(null, null, 'people'), 'people');
});

test('the label says who, what happened and where; standing numbers are labelled by the group alone', () => {
  assert.equal(claimLabel({ counted: 'killed', ofWhom: 'police', area: 'Kirkuk' }), 'police killed in Kirkuk');
  assert.equal(claimLabel({ counted: 'wounded', ofWhom: 'people', area: null }), 'people wounded');
  assert.equal(claimLabel({ counted: 'forces', ofWhom: 'IS fighters', area: 'Iraq' }), 'IS fighters in Iraq');
  assert.equal(claimLabel({ counted: 'forces', ofWhom: 'IS fighters', qualifier: 'who crossed from Syria', area: 'Iraq' }), 'IS fighters who crossed from Syria in Iraq');
  assert.equal(claimLabel({ counted: 'displaced', ofWhom: 'refugees', area: 'Hasakah' }), 'refugees in Hasakah');
  assert.equal(claimLabel({ counted: 'attacks', ofWhom: 'IS attacks', area: 'Diyala' }), 'IS attacks in Diyala');
});

test('subjects read from text alone fold actor spellings and keep where and which', () => {
  assert.equal(countSubject('Daesh fighters', ' in Iraq, officials said'), 'IS fighters in Iraq');
  assert.equal(countSubject('fighters', ' who crossed from Syria'), 'fighters who crossed from Syria');
  assert.equal(countSubject('Daesh fighters', ' have crossed the open, desert border in the past six months'), 'IS fighters who crossed open desert border');
  assert.equal(countSubject('people', ' living under its control'), 'people living under its control');
  assert.equal(normaliseSubject('American forces'), 'US troops');
  assert.equal(normaliseSubject('the self-proclaimed Islamic State (IS)'), 'IS');
});
