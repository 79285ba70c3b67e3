// Tests for the dates stage: news past bias, relative periods, years, unresolved mentions without a publication date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle, layer } from '../../article/article.ts';
import { defaultContext } from '../../pipeline/stage.ts';
import { segmentStage } from '../segment/index.ts';
import { datesStage } from './index.ts';

function datesOf(text: string, published: string | null): Array<[string, string | null, string | null, string]> {
  const article = datesStage().apply(segmentStage().apply(createArticle({ id: 'a', documentId: 'd', text, meta: { published } }), defaultContext), defaultContext);
  return layer(article, 'dates').map((s) => {
    const v = s.value as { start: string | null; end: string | null; precision: string };
    return [text.slice(s.start, s.end), v.start, v.end, v.precision];
  });
}

// 2021-06-09 is a Wednesday.
const PUB = '2021-06-09T08:00:00Z';

test('resolves "on Sunday" to the Sunday before publication', () => {
  assert.deepEqual(datesOf('On Sunday, gunmen raided a village.', PUB), [['On Sunday', '2021-06-06', '2021-06-06', 'day']]);
});

test('resolves "last month" and "in October" against the publication date, never forward', () => {
  assert.deepEqual(datesOf('Militants attacked a convoy last month. The base fell in October.', PUB), [
    ['last month', '2021-05-01', '2021-05-31', 'month'],
    ['October', '2020-10-01', '2020-10-31', 'month'],
  ]);
});

test('reads "earlier this year", "four years ago" and "the past three weeks"', () => {
  assert.deepEqual(datesOf('Earlier this year the group lost ground; it rose four years ago and grew over the past three weeks.', PUB), [
    ['Earlier this year', '2021-01-01', '2021-06-09', 'year'],
    ['four years ago', '2017-01-01', '2017-12-31', 'year'],
    ['the past three weeks', '2021-05-17', '2021-06-09', 'week'],
  ]);
});

test('reads bare years, year pairs and a month with its year', () => {
  assert.deepEqual(datesOf('It peaked in 2016 and 2017 and collapsed in March 2019, as in 2012.', PUB), [
    ['2016 and 2017', '2016-01-01', '2017-12-31', 'year'],
    ['March 2019', '2019-03-01', '2019-03-31', 'month'],
    ['2012', '2012-01-01', '2012-12-31', 'year'],
  ]);
});

test('finds no Sunday in "The Sun", and counts are not years', () => {
  assert.deepEqual(datesOf('The Sun reported that 2000 troops arrived.', PUB), []);
});

test('leaves relative dates unresolved without a publication date, but resolves absolute ones', () => {
  assert.deepEqual(datesOf('On Sunday militants struck; in December 2017 victory was declared.', null), [
    ['On Sunday', null, null, 'day'],
    ['December 2017', '2017-12-01', '2017-12-31', 'month'],
  ]);
});

test('"next Tuesday" points forward: the past bias does not apply', () => {
  assert.deepEqual(datesOf('The vote is set for next Tuesday.', PUB), [['next Tuesday', '2021-06-15', '2021-06-15', 'day']]);
});

test('"the last two days" are the report day and the day before; a count after a day is no two-digit year', () => {
  assert.deepEqual(datesOf('At least 200 fighters were killed over the last two days.', PUB), [['the last two days', '2021-06-08', '2021-06-09', 'day']]);
  assert.deepEqual(datesOf('On June 1, 86 people were massacred at the market.', PUB), [['June 1', '2021-06-01', '2021-06-01', 'day']]);
});
