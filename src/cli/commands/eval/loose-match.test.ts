// Loose name comparison as the news benchmark uses it: spellings agree, different places and countries do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorNamesMatch, countryNamesMatch, placeNamesMatch, sourcesMatch } from './loose-match.ts';

test('province spellings and area words agree', () => {
  assert.ok(placeNamesMatch('Salah al-Din', 'Salah ad Din'));
  assert.ok(placeNamesMatch('Salah al-Din', 'Salahuddin'));
  assert.ok(placeNamesMatch('Ninewa', 'Nineveh'));
  assert.ok(placeNamesMatch('Hasakeh', 'Al-Hasakah'));
  assert.ok(placeNamesMatch('Baghdad', 'Baghdad Governorate'));
  assert.ok(placeNamesMatch('Basra', 'Basrah'));
  assert.ok(placeNamesMatch('Sadr City', 'Sadr City, Baghdad'));
});

test('different places do not agree', () => {
  assert.ok(!placeNamesMatch('Sadr City', 'Baghdad'));
  assert.ok(!placeNamesMatch('Kirkuk', 'Erbil'));
  assert.ok(!placeNamesMatch('Makhmour', 'Iraq'));
  assert.ok(!placeNamesMatch('Borno', null));
});

test('alternate names from a gazetteer make names agree', () => {
  const aliases = (name: string) => new Set(name === 'Ciudad de Mexico' || name === 'Mexico City' ? ['3530597'] : []);
  assert.ok(placeNamesMatch('Ciudad de Mexico', 'Mexico City', aliases));
  assert.ok(!placeNamesMatch('Ciudad de Mexico', 'Guadalajara', aliases));
});

test('country names agree across common forms', () => {
  assert.ok(countryNamesMatch('Democratic Republic of Congo', 'DR Congo'));
  assert.ok(countryNamesMatch('Myanmar', 'Burma'));
  assert.ok(!countryNamesMatch('Niger', 'Nigeria'));
});

test('actors agree by base name, acronym prefix or alias, and parenthesised countries must agree', () => {
  const isCountry = (n: string) => ['iraq', 'nigeria', 'mali'].includes(n);
  assert.ok(actorNamesMatch('Boko Haram', { name: 'Boko Haram (JAS)' }));
  assert.ok(actorNamesMatch('Al Shabaab', { name: 'al-Shabaab' }));
  assert.ok(actorNamesMatch('ADF: Allied Democratic Forces', { name: 'Allied Democratic Forces' }));
  assert.ok(actorNamesMatch('Civilians (Iraq)', { name: 'Civilians (Iraq)' }, { isCountry }));
  assert.ok(!actorNamesMatch('Unidentified Armed Group (Nigeria)', { name: 'Unidentified Armed Group (Mali)' }, { isCountry }));
  assert.ok(actorNamesMatch('Islamic State', { name: 'Daesh' }, { aliases: () => ['Islamic State', 'IS'] }));
  assert.ok(!actorNamesMatch('Islamic State', { name: 'Military Forces of Iraq' }));
  assert.ok(actorNamesMatch(null, null));
  assert.ok(!actorNamesMatch(null, { name: 'Civilians (Iraq)' }));
});

test('claim sources agree loosely but not on generic words alone', () => {
  assert.ok(sourcesMatch('police sources', 'a police source', null));
  assert.ok(sourcesMatch('the army', 'the Iraqi army', null));
  assert.ok(sourcesMatch('CENTCOM spokesman Lt. Col. Dave Eastburn', 'Dave Eastburn', null));
  assert.ok(sourcesMatch('the source', 'a security source', null));
  assert.ok(!sourcesMatch('a police source', 'a security source', null));
  assert.ok(!sourcesMatch('Zabihullah Mujahid', 'Pakistani officials', null));
  assert.ok(sourcesMatch(null, null, 'Reuters'));
  assert.ok(sourcesMatch(null, 'Reuters', 'Reuters'));
  assert.ok(!sourcesMatch(null, 'the army', 'Reuters'));
  assert.ok(!sourcesMatch('the army', null, 'Reuters'));
});

test('sources: a demonstrative is a determiner like "the" ("this source" is "the source"), and still needs what names the source', () => {
  assert.equal(sourcesMatch('this source', 'a security source', null), true);
  assert.equal(sourcesMatch('these officials', 'police officials', null), true);
  assert.equal(sourcesMatch('this ministry', 'a security source', null), false);
});
