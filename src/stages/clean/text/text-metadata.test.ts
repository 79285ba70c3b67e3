// Unit tests of datelines, bylines, URL outlets and publication-date parsing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bylineName, findDateline, outletFromUrl } from './text-metadata.ts';
import { humanDate, normalizePublicationDate } from '../publication-date.ts';
import { detectLanguage, primaryLanguage } from '../detect-language.ts';

test('finds datelines with a place, an outlet or both', () => {
  assert.deepEqual(findDateline('KABUL: Officials said on Monday'), { place: 'KABUL', outlet: null, length: 7 });
  assert.deepEqual(findDateline('MOSUL (Rudaw) – Security forces said'), { place: 'MOSUL', outlet: 'Rudaw', length: 16 });
  assert.deepEqual(findDateline('NEW YORK (AP) — A man was'), { place: 'NEW YORK', outlet: 'AP', length: 16 });
  assert.deepEqual(findDateline('(Example.vn) - Although the'), { place: null, outlet: 'Example.vn', length: 15 });
  assert.equal(findDateline('Hundreds — likely more than 1,000 — crossed'), null);
  assert.equal(findDateline('US — the talks'), null);
  assert.equal(findDateline('The army said: no'), null);
});

test('recognises bylines but not headlines or sentences', () => {
  assert.equal(bylineName('Jane Doe'), 'Jane Doe');
  assert.equal(bylineName('By Omar al-Rashid'), 'Omar al-Rashid');
  assert.equal(bylineName('Floods Hit the Valley Again Today'), null);
  assert.equal(bylineName('Officials said 12 people died.'), null);
});

test('takes the outlet from a URL host', () => {
  assert.equal(outletFromUrl('https://www.example.com/news/1'), 'example.com');
  assert.equal(outletFromUrl('not a url'), null);
});

test('parses written and machine publication dates, rejecting impossible ones', () => {
  assert.equal(humanDate('Posted on: Wednesday, September 4, 2019 | By: Desk'), '2019-09-04');
  assert.equal(humanDate('4 Sept 2019'), '2019-09-04');
  assert.equal(humanDate('no date here'), null);
  assert.equal(normalizePublicationDate('2019-11-18T10:04:00+0100'), '2019-11-18T09:04:00.000Z');
  assert.equal(normalizePublicationDate('2019-11-18'), '2019-11-18');
  assert.equal(normalizePublicationDate('Tue, 19 Nov 2019 10:00:00 GMT'), '2019-11-19');
  assert.equal(normalizePublicationDate('2019-02-30'), null);
  assert.equal(normalizePublicationDate('soon'), null);
});

test('detects the language of running text and reads declared language tags', () => {
  assert.equal(detectLanguage('The army said on Monday that the operation against the militants would continue for weeks.'), 'en');
  assert.equal(detectLanguage('El ejército dijo el lunes que la operación contra los militantes continuaría durante semanas.'), 'es');
  assert.equal(detectLanguage('Too short'), null);
  assert.equal(primaryLanguage('en-GB'), 'en');
  assert.equal(primaryLanguage('pt_BR'), 'pt');
  assert.equal(primaryLanguage('x'), null);
});
