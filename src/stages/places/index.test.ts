// The places stage: contract, layer values, precision codes and context-driven choices, on texts written for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle, layer } from '../../article/article.ts';
import type { PlaceValue } from '../../article/layer-values.ts';
import { defaultContext } from '../../pipeline/stage.ts';
import { segmentStage } from '../segment/index.ts';
import { placesStage } from './index.ts';
import { geoparseText } from './geoparse.ts';

function places(text: string, dateline: string | null = null) {
  let article = createArticle({ id: 't', documentId: 'd', text, meta: { dateline } });
  article = segmentStage().apply(article, defaultContext);
  article = placesStage().apply(article, defaultContext);
  return layer(article, 'places').map((s) => ({ text: text.slice(s.start, s.end), label: s.label, value: s.value as PlaceValue }));
}

function find(found: ReturnType<typeof places>, text: string) {
  const hit = found.find((p) => p.text === text);
  assert.ok(hit, `no place "${text}" among ${found.map((p) => p.text).join(', ')}`);
  return hit;
}

test('declares sentences as required and places as assigned', () => {
  const stage = placesStage();
  assert.deepEqual(stage.requires, ['sentences']);
  assert.deepEqual(stage.assigns, ['places']);
});

test('a province mention is the province (precision 3); the bare name is the city (precision 1)', () => {
  const found = places('Gunmen attacked a checkpoint in southern Kirkuk province on Sunday. Police in Kirkuk said two died.');
  const province = find(found, 'Kirkuk province').value;
  assert.equal(province.featureCode, 'admin1');
  assert.equal(province.precision, 3);
  assert.equal(province.countryCode, 'IQ');
  const city = find(found, 'Kirkuk').value;
  assert.equal(city.precision, 1);
  assert.equal(city.admin1, 'Kirkuk');
  assert.ok(Math.abs(city.lat! - 35.47) < 0.2 && Math.abs(city.lon! - 44.39) < 0.2);
});

test('"near X" lowers a town to precision 2, and demonyms are context only', () => {
  const found = places('Iraqi troops clashed with militants near Daquq, south of Kirkuk, in Iraq.');
  assert.equal(find(found, 'Daquq').value.precision, 2);
  assert.equal(find(found, 'Daquq').value.admin1, 'Kirkuk');
  assert.equal(find(found, 'Iraqi').label, 'demonym');
  assert.equal(find(found, 'Iraqi').value.countryCode, 'IQ');
  assert.equal(find(found, 'Iraq').label, 'place');
});

test('spelling variants resolve inside the focus country', () => {
  const found = places('Iraqi forces fought in Iraq near Baghouz, Makhmur and in the town of Shurgat, Iraq.');
  assert.equal(find(found, 'Baghouz').value.countryCode, 'SY');
  assert.equal(find(found, 'Makhmur').value.admin1, 'Erbil');
  assert.equal(find(found, 'Shurgat').value.admin1, 'Salah ad Din');
});

test('organisations and outlets are not places', () => {
  const found = places('Islamic State fighters attacked, the Islamic State said, as Kurdistan24 reported from Erbil.');
  assert.deepEqual(found.map((p) => p.text), ['Erbil']);
});

test('the article\'s state decides between same-named towns', () => {
  const [paris] = geoparseText('Paris police said the fire began late Friday. Paris is the seat of Lamar County, Texas.');
  assert.equal(paris!.entry.countryCode, 'US');
  assert.equal(paris!.entry.admin1Code, 'TX');
  const [france] = geoparseText('Paris hosted the summit, and French officials said Paris would stay on alert.');
  assert.equal(france!.entry.countryCode, 'FR');
});

test('a name typed by a kind word ends with its sentence', () => {
  const found = places('Troops fired on a crowd in the Iraqi city of Basra. Officials said two died. Others fled to the village of Qurna. It was quiet later.');
  assert.equal(find(found, 'Basra').value.countryCode, 'IQ');
  assert.equal(find(found, 'Qurna').value.countryCode, 'IQ');
  assert.ok(!found.some((p) => /\.\s/.test(p.text)), found.map((p) => p.text).join(', '));
});
