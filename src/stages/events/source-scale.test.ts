// ACLED's source_scale from the outlet table: wires are international, home outlets national or subnational, others international.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownOutlet, outletRows, sourceScale } from './source-scale.ts';

test('every outlet row names its source and a known scope', () => {
  const rows = outletRows();
  assert.ok(rows.length >= 40);
  for (const r of rows) assert.ok(r.source.startsWith('https://') && r.aliases.length > 0, r.name);
});

test('a wire credited in parentheses is the source; else the outlet; else the URL host', () => {
  assert.equal(knownOutlet('Hamodia (Reuters)', null)?.name, 'Reuters');
  assert.equal(knownOutlet('Rudaw', null)?.name, 'Rudaw');
  assert.equal(knownOutlet(null, 'https://www.aljazeera.com/news/x')?.name, 'Al Jazeera');
  assert.equal(knownOutlet('Some Blog', 'https://blog.example/x'), null);
});

test('scale relative to where the event happened', () => {
  assert.equal(sourceScale('Arab Times (AP)', null, 'IQ', 'Middle East'), 'International');
  assert.equal(sourceScale('Rudaw', null, 'IQ', 'Middle East'), 'Subnational');
  assert.equal(sourceScale('Premium Times', null, 'NG', 'Western Africa'), 'National');
  assert.equal(sourceScale('Premium Times', null, 'ML', 'Western Africa'), 'International');
  assert.equal(sourceScale('Al-Monitor', null, 'SY', 'Middle East'), 'Regional');
  assert.equal(sourceScale('Unknown Daily', null, 'IQ', 'Middle East'), null);
});
