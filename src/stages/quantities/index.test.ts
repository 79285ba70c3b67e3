// Tests for the quantities stage: exact, hedged, ranged and vague counts, family phrases, measures vs counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from './find-quantities.ts';

function q(sentence: string): Array<Record<string, unknown>> {
  return findQuantities(sentence).map((f) => ({
    text: sentence.slice(f.start, f.end), label: f.label, low: f.low, high: f.high, best: f.best, noun: f.noun,
  }));
}

test('reads a range with best = low, and the counted noun', () => {
  assert.deepEqual(q('Officials estimate between 3,000 and 4,500 fighters remain.'), [
    { text: 'between 3,000 and 4,500', label: 'count', low: 3000, high: 4500, best: 3000, noun: 'fighters' },
  ]);
});

test('reads lower and upper bounds and approximations', () => {
  assert.deepEqual(q('More than 1,500 soldiers, at least six civilians, up to 300 police officers and about 40 trucks.').map((x) => [x.text, x.low, x.high, x.best, x.noun]), [
    ['More than 1,500', 1500, null, 1500, 'soldiers'],
    ['at least six', 6, null, 6, 'civilians'],
    ['up to 300', null, 300, 300, 'police officers'],
    ['about 40', null, null, 40, 'trucks'],
  ]);
});

test('gives vague amounts ACLED\'s conservative best estimate', () => {
  assert.deepEqual(q('Dozens of villagers fled, several guards died and tens of thousands of people left; a few hundred stayed.').map((x) => [x.text, x.low, x.high, x.best]), [
    ['Dozens', 12, 99, 12], ['several', 3, 9, 3], ['tens of thousands', 10000, 99999, 10000], ['a few hundred', 200, 900, 300],
  ]);
});

test('reads "a handful", "hundreds" and "a dozen"', () => {
  assert.deepEqual(q('A handful of guards and hundreds of residents saw a dozen trucks.').map((x) => [x.text, x.low, x.high, x.best, x.noun]), [
    ['A handful of', 2, 5, 3, 'guards'], ['hundreds', 100, 999, 100, 'residents'], ['a dozen', 12, 12, 12, 'trucks'],
  ]);
});

test('reads nested vague amounts without failing', () => {
  assert.deepEqual(q('Tens of thousands fled and hundreds of millions of dollars were lost.').map((x) => [x.text, x.low, x.high, x.best]), [
    ['Tens of thousands', 10000, 99999, 10000], ['hundreds of millions of dollars', 1e8, 999999999, 1e8],
  ]);
});

test('takes the counted noun from the subject of a counting verb when none follows the number', () => {
  assert.deepEqual(q('The rebels can count about 900 in the hills; the garrison is estimated at 2,000.').map((x) => [x.text, x.noun]), [
    ['about 900', 'rebels'], ['2,000', 'garrison'],
  ]);
});

test('counts "all three guards" and "a farmer and his four sons"', () => {
  assert.deepEqual(q('They killed all three guards and a farmer and his four sons.').map((x) => [x.text, x.best, x.noun]), [
    ['all three', 3, 'guards'], ['a farmer and his four sons', 5, 'farmer and his four sons'],
  ]);
});

test('tells measurements from counts', () => {
  assert.deepEqual(q('The 450-kilometre frontier runs 280 miles past 12 posts across 30 square kilometers.').map((x) => [x.text, x.label, x.noun]), [
    ['450-kilometre', 'measure', 'kilometre'], ['280 miles', 'measure', 'miles'], ['12', 'count', 'posts'],
    ['30 square kilometers', 'measure', 'square kilometers'],
  ]);
});

test('skips years, year ranges and day numbers after a month name', () => {
  assert.deepEqual(q('On March 4, 2016 the siege ended.'), []);
  assert.deepEqual(q('The plan runs from 2013 to 2038, and 2005-2007 was calm.'), []);
  assert.deepEqual(q('Between 2000 and 2500 troops arrived.').map((x) => [x.low, x.high, x.noun]), [[2000, 2500, 'troops']]);
});

test('dots that group thousands ("62.000 refugees") are thousands; a decimal stays a decimal', () => {
  assert.deepEqual(q('The camp holds about 62.000 refugees and 1.5 million people live nearby.').map((x) => [x.text, x.best, x.noun]), [
    ['about 62.000', 62000, 'refugees'], ['1.5 million', 1500000, 'people'],
  ]);
});
