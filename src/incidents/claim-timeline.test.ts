// Tests for claim timelines: same-time estimates that cannot both hold are flagged; other times and subjects are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoredClaim } from '../storage/store.ts';
import { claimTimelines } from './claim-timeline.ts';

let n = 0;
function claim(subject: string, low: number, high: number, date: string | null, by: string): StoredClaim {
  n++;
  return {
    kind: 'claim', id: `c${n}`, articleId: `a${n}`, subject, low, high, best: low, unit: 'fighters', text: null, attributedTo: by, cue: 'said',
    date, evidence: [], confidence: 0.7, producedBy: 'test', sourceUrl: null, outlet: null,
  };
}

test('estimates of one subject at one time that cannot both be true are conflicting', () => {
  const [timeline] = claimTimelines([
    claim('IS fighters in Iraq', 5000, 7000, '2019-02-07', 'one intelligence official'),
    claim('IS fighters in Iraq', 300, 500, '2019-02-20', 'a US commander'),
    claim('IS fighters in Iraq', 6000, 6000, '2019-02-10', 'an analyst'),
  ]);
  assert.equal(timeline!.entries.length, 3);
  const byWho = Object.fromEntries(timeline!.entries.map((e) => [e.claim.attributedTo, e.conflictsWith.length]));
  assert.deepEqual(byWho, { 'one intelligence official': 1, 'a US commander': 2, 'an analyst': 1 });
});

test('estimates months apart, of different subjects, or undated are not conflicts', () => {
  const timelines = claimTimelines([
    claim('IS fighters in Iraq', 5000, 7000, '2019-02-07', 'x'),
    claim('IS fighters in Iraq', 300, 500, '2019-11-20', 'y'),
    claim('IS fighters who crossed from Syria', 1000, 1000, '2019-02-07', 'z'),
    claim('IS fighters who crossed from Syria', 10, 20, null, 'undated'),
  ]);
  assert.deepEqual(timelines.map((t) => [t.subject, t.conflicts]), [['IS fighters in Iraq', 0], ['IS fighters who crossed from Syria', 0]]);
  assert.deepEqual(timelines[0]!.entries.map((e) => e.date), ['2019-02-07', '2019-11-20'], 'in date order');
});

test('overlapping or touching ranges, and estimates in other units, are not conflicts', () => {
  const base = claim('IS fighters in Iraq', 1000, 2000, '2025-01-01', 'a');
  const overlapping = claim('IS fighters in Iraq', 1500, 2500, '2025-01-10', 'b');
  const touching = claim('IS fighters in Iraq', 2000, 2000, '2025-01-05', 'c');
  const otherUnit = { ...claim('IS fighters in Iraq', 9000, 9000, '2025-01-02', 'e'), unit: 'percent' };
  const [timeline] = claimTimelines([base, overlapping, touching, otherUnit]);
  assert.equal(timeline!.conflicts, 0);
});

test('tolls conflict only when they count the same thing of the same group in the same area on the same day', () => {
  const toll = (low: number, high: number | null, date: string, fields: Partial<StoredClaim>) =>
    ({ ...claim('police killed in Kirkuk', low, high ?? low, date, `${low}`), high, unit: 'police', counted: 'killed' as const, ofWhom: 'police', area: 'Kirkuk', ...fields });
  const [timeline] = claimTimelines([
    toll(12, 12, '2025-03-01', {}),
    toll(13, 13, '2025-03-01', {}),
    toll(5, 5, '2025-03-09', {}),
    toll(11, null, '2025-03-01', {}),
    toll(30, 30, '2025-03-01', { counted: 'wounded' }),
    toll(40, 40, '2025-03-01', { area: 'Diyala' }),
  ]);
  const byWho = Object.fromEntries(timeline!.entries.map((e) => [e.claim.attributedTo, e.conflictsWith.length]));
  // 12 and 13 of one day clash; "at least 11" fits both; a toll a week later is another event; wounded and elsewhere are not like things.
  assert.deepEqual(byWho, { 12: 1, 13: 1, 5: 0, 11: 0, 30: 0, 40: 0 });
});

test('one teller in one article, or figures of two events of one article, are not in conflict', () => {
  const toll = (id: string, articleId: string, low: number, by: string, eventIndex: number | null) =>
    ({ ...claim('pupils abducted in Kaduna', low, low, '2024-03-07', by), id, articleId, unit: 'pupils', counted: 'abducted' as const, ofWhom: 'pupils', area: 'Kaduna', eventIndex });
  const [timeline] = claimTimelines([
    toll('a', 'art1', 187, 'the head teacher', null),
    toll('b', 'art1', 125, 'the head teacher', null),
    toll('c', 'art1', 40, 'police', 0),
    toll('d', 'art1', 90, 'a resident', 1),
    toll('e', 'art2', 280, 'the governor', null),
  ]);
  const byId = Object.fromEntries(timeline!.entries.map((e) => [e.claim.id, [...e.conflictsWith].sort()]));
  // a/b: one teller; c/d: two events of one article; the other outlet's 280 clashes with all of them.
  assert.deepEqual(byId.a, ['c', 'd', 'e']);
  assert.deepEqual(byId.b, ['c', 'd', 'e']);
  assert.deepEqual(byId.c, ['a', 'b', 'e']);
  assert.deepEqual(byId.d, ['a', 'b', 'e']);
  assert.deepEqual(byId.e, ['a', 'b', 'c', 'd']);
});
