// The five seed pages through segment + places: every place a reader can pin down resolves with its country and province.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createArticle, layer } from '../src/article/article.ts';
import type { PlaceValue } from '../src/article/layer-values.ts';
import { defaultContext } from '../src/pipeline/stage.ts';
import { segmentStage } from '../src/stages/segment/index.ts';
import { placesStage } from '../src/stages/places/index.ts';

const SEEDS = fileURLToPath(new URL('../../shared/corpus/seeds/', import.meta.url));
const skip = existsSync(SEEDS) ? false : `no seeds at ${SEEDS} (../shared is absent outside the workspace)`;

interface Found {
  readonly text: string;
  readonly label: string;
  readonly value: PlaceValue;
}

function placesIn(prefix: string): Found[] {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  const text = readFileSync(`${SEEDS}${name}`, 'utf8');
  let article = createArticle({ id: name, documentId: name, text });
  article = placesStage().apply(segmentStage().apply(article, defaultContext), defaultContext);
  return layer(article, 'places').map((s) => ({ text: text.slice(s.start, s.end), label: s.label, value: s.value as PlaceValue }));
}

/** Every mention written `text` resolves to `country` / `admin1` (and `precision` when given). */
function expectPlace(found: readonly Found[], text: string, country: string, admin1: string | null, precision?: number): void {
  const hits = found.filter((f) => f.text === text);
  assert.ok(hits.length > 0, `"${text}" not found among: ${[...new Set(found.map((f) => f.text))].join(', ')}`);
  for (const hit of hits) {
    assert.equal(hit.value.countryCode, country, `${text} → ${hit.value.name}`);
    assert.equal(hit.value.admin1, admin1, `${text} → ${hit.value.name}`);
    assert.ok(hit.value.lat !== null && hit.value.lon !== null);
    if (precision !== undefined) assert.equal(hit.value.precision, precision, `${text} precision`);
  }
}

test('seed 002 (Kurdistan24): Kirkuk city and province, Hamrin, Wadi Zghetoon, Daquq, Haija, Erbil', { skip }, () => {
  const found = placesIn('002');
  expectPlace(found, 'Kirkuk province', 'IQ', 'Kirkuk', 3);
  expectPlace(found, 'Kirkuk', 'IQ', 'Kirkuk', 1);
  expectPlace(found, 'Hamrin Mountain', 'IQ', 'Salah ad Din', 2);
  expectPlace(found, 'Hamrin', 'IQ', 'Salah ad Din', 2);
  expectPlace(found, 'Wadi Zghetoon', 'IQ', 'Kirkuk', 3);
  expectPlace(found, 'Daquq', 'IQ', 'Kirkuk');
  expectPlace(found, 'Haija', 'IQ', 'Kirkuk');
  expectPlace(found, 'ERBIL', 'IQ', 'Erbil', 1);
  assert.equal(found.find((f) => f.text === 'Haija')!.value.name, 'Al Ḩawījah');
});

test('seed 000: Makhmour and the countries', { skip }, () => {
  const found = placesIn('000');
  expectPlace(found, 'Makhmour', 'IQ', 'Erbil', 2);
  expectPlace(found, 'Iraq', 'IQ', null, 3);
  expectPlace(found, 'Syria', 'SY', null, 3);
  assert.ok(found.filter((f) => f.text === 'Iraqi').every((f) => f.label === 'demonym'));
});

test('seed 001 (AP and Arab News): Baghouz, Tal Al-Asfour, Badush, Shurgat, Anbar, Geneva, Oman', { skip }, () => {
  const found = placesIn('001');
  expectPlace(found, 'Baghouz', 'SY', 'Deir ez-Zor', 1);
  // "the village of Tal Al-Asfour": a village the gazetteer lacks is still a village (precision 1, approximate point).
  expectPlace(found, 'Tal Al-Asfour', 'IQ', 'Nineveh', 1);
  expectPlace(found, 'Badush region', 'IQ', 'Nineveh', 2);
  expectPlace(found, 'Shurgat', 'IQ', 'Salah ad Din');
  expectPlace(found, 'Anbar province', 'IQ', 'Anbar', 3);
  expectPlace(found, 'Geneva', 'CH', 'Geneva', 1);
  expectPlace(found, 'Oman', 'OM', null, 3);
  expectPlace(found, 'Euphrates River', 'IQ', 'Anbar', 2);
});

test('seeds 003 and 004: Qaim, Baghuz, Raqqa, Mosul', { skip }, () => {
  const third = placesIn('003');
  expectPlace(third, 'Qaim', 'IQ', 'Anbar');
  expectPlace(third, 'Baghouz', 'SY', 'Deir ez-Zor');
  expectPlace(third, 'Anbar', 'IQ', 'Anbar', 3);
  const fourth = placesIn('004');
  expectPlace(fourth, 'Raqqa', 'SY', 'Raqqa', 1);
  expectPlace(fourth, 'Mosul', 'IQ', 'Nineveh', 1);
  expectPlace(fourth, 'Baghuz', 'SY', 'Deir ez-Zor', 1);
});

test('"Islamic State", "Kurdistan24", months and people are never places in any seed', { skip }, () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    const texts = new Set(placesIn(prefix).map((f) => f.text));
    for (const never of ['Islamic State', 'Islamic', 'State', 'Kurdistan24', 'IS', 'ISIS', 'Daesh', 'March', 'June', 'Trump', 'Mattis', 'Baghdadi']) {
      assert.ok(!texts.has(never), `seed ${prefix}: "${never}" tagged as a place`);
    }
  }
});
