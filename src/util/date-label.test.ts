// Tests for event date labels: only what is known, with the interval for hover.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateLabel } from './date-label.ts';

test('a day is shown as a day', () => {
  assert.deepEqual(dateLabel('2025-03-16', '2025-03-16', 1), { text: '16 Mar 2025', title: '2025-03-16 (day precision)' });
});

test('a month-precision date shows the month, a year-long one the year', () => {
  assert.equal(dateLabel('2017-01-01', '2017-01-31', 3).text, 'Jan 2017');
  assert.equal(dateLabel('2017-01-01', '2017-01-31', 3).title, '2017-01-01 to 2017-01-31 (month or coarser precision)');
  assert.equal(dateLabel('2017-01-01', '2017-12-31', 3).text, '2017');
  assert.equal(dateLabel('2014-01-01', '2015-12-31', 3).text, '2014–2015');
  assert.equal(dateLabel('2024-02-01', '2024-02-29', 3).text, 'Feb 2024', 'leap February');
});

test('spans of months and of days say both ends once', () => {
  assert.equal(dateLabel('2019-01-01', '2019-03-31', 3).text, 'Jan–Mar 2019');
  assert.equal(dateLabel('2024-11-01', '2025-02-28', 3).text, 'Nov 2024–Feb 2025');
  assert.equal(dateLabel('2025-03-03', '2025-03-09', 2).text, '3–9 Mar 2025');
  assert.equal(dateLabel('2025-02-28', '2025-03-02', 2).text, '28 Feb–2 Mar 2025');
  assert.equal(dateLabel('2024-12-30', '2025-01-02', 2).text, '30 Dec 2024–2 Jan 2025');
});

test('an approximate day is marked, and a missing date says so', () => {
  assert.equal(dateLabel('2025-03-16', '2025-03-16', 2).text, '~16 Mar 2025');
  assert.equal(dateLabel(null, null, null).text, 'undated');
  assert.equal(dateLabel('2025-03-16', null, 1).text, '16 Mar 2025');
});
