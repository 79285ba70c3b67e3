// Unit tests for the UI's conflicting-estimate rule (same subject and unit, within 31 days, ranges apart).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conflictingEstimates, type Estimate } from '../../src/web/claim-conflicts.ts';

const claim = (id: string, date: string | null, low: number | null, high: number | null, unit: string | null = 'fighters', subject = 'IS fighters in Iraq'): Estimate =>
  ({ id, subject, unit, date, low, high, best: low });

test('ranges that do not overlap within 31 days conflict, both ways', () => {
  const got = conflictingEstimates([claim('a', '2025-01-01', 1000, 2000), claim('b', '2025-01-20', 3000, 5000)]);
  assert.deepEqual(Object.fromEntries(got), { a: ['b'], b: ['a'] });
});

test('overlapping ranges, touching ranges, far-apart dates, other units and undated claims do not conflict', () => {
  const got = conflictingEstimates([
    claim('a', '2025-01-01', 1000, 2000),
    claim('b', '2025-01-10', 1500, 2500), // overlaps a
    claim('c', '2025-01-05', 2000, 2000), // touches a
    claim('d', '2025-03-01', 9000, 9000), // 59 days after a
    claim('e', '2025-01-02', 9000, 9000, 'percent'),
    claim('f', null, 9000, 9000),
  ]);
  assert.deepEqual(Object.fromEntries(got), {});
});

test('a single best figure counts as a one-point range', () => {
  const got = conflictingEstimates([{ id: 'a', subject: 's', unit: null, date: '2025-01-01', low: null, high: null, best: 10 }, claim('b', '2025-01-02', 20, 30, null, 's')]);
  assert.deepEqual(Object.fromEntries(got), { a: ['b'], b: ['a'] });
});
