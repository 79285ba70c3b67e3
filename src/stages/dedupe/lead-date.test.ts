// Tests for reading the event day from a news lead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leadEventDay, leadOf } from './lead-date.ts';

// 2019-04-08 was a Monday.
const MONDAY = '2019-04-08T10:00:00Z';

test('"on Sunday" in a Monday article is the day before', () => {
  assert.equal(leadEventDay(null, 'Twelve police were killed on Sunday near Rashad.', MONDAY), '2019-04-07');
});

test('a weekday equal to the publication day is that day', () => {
  assert.equal(leadEventDay(null, 'Gunmen attacked a post late Monday.', MONDAY), '2019-04-08');
});

test('a follow-up lead naming two days resolves to the earlier one', () => {
  assert.equal(leadEventDay('Funerals held', 'Funerals were held on Monday for police killed on Saturday night.', MONDAY), '2019-04-06');
});

test('relative words and month-day dates', () => {
  assert.equal(leadEventDay(null, 'Six men were kidnapped a day earlier, officials said.', MONDAY), '2019-04-07');
  assert.equal(leadEventDay(null, 'The UN condemned the attack of March 23.', MONDAY), '2019-03-23');
  assert.equal(leadEventDay(null, 'The attack of December 30 was claimed.', MONDAY), '2018-12-30');
});

test('only the lead counts, and a lead without a day gives null', () => {
  assert.equal(leadEventDay(null, 'The attack came at the weekend.\nOn Friday the army said more.', MONDAY), null);
  assert.equal(leadEventDay(null, 'Clashes on Sunday.', 'not a date'), null);
});

test('the lead skips a first line that repeats the title', () => {
  assert.equal(leadOf('Title', 'Title\nFirst paragraph.\nSecond.'), 'Title\nFirst paragraph.');
});
