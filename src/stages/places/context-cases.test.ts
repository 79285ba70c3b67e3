// Golden cases of places read in the article's context (issue 13): each text is written for the test and names a real place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle, layer } from '../../article/article.ts';
import type { PlaceValue } from '../../article/layer-values.ts';
import { defaultContext } from '../../pipeline/stage.ts';
import { segmentStage } from '../segment/index.ts';
import { placesStage } from './index.ts';

function places(text: string, meta: { dateline?: string | null; outlet?: string | null } = {}) {
  let article = createArticle({ id: 't', documentId: 'd', text, meta: { dateline: meta.dateline ?? null, outlet: meta.outlet ?? null } });
  article = segmentStage().apply(article, defaultContext);
  article = placesStage().apply(article, defaultContext);
  return layer(article, 'places').map((s) => ({ text: text.slice(s.start, s.end), label: s.label, value: s.value as PlaceValue }));
}

function find(found: ReturnType<typeof places>, text: string) {
  const hit = found.find((p) => p.text === text);
  assert.ok(hit, `no place "${text}" among ${found.map((p) => `${p.text}/${p.label}`).join(', ')}`);
  return hit;
}

test('Palmyra in a story about Syria is the Syrian city, not a town in Pennsylvania', () => {
  const found = places('Islamic State fighters ambushed a bus on the highway between Deir ez-Zor and Palmyra on Thursday, Syrian media said.');
  const palmyra = find(found, 'Palmyra').value;
  assert.equal(palmyra.countryCode, 'SY');
  assert.equal(palmyra.admin1, 'Homs');
});

test('a village the gazetteer lacks keeps its name, is the most precise place named (precision 1, approximate point) and is placed by the township and region the text gives', () => {
  const found = places('A jet bombed Pa Zi Gyi Village in Kanbalu Township of Sagaing Region on Tuesday, residents said.');
  assert.ok(!found.some((p) => p.value.countryCode === 'US'), 'no reading in Pennsylvania');
  const village = find(found, 'Pa Zi Gyi').value;
  assert.equal(village.countryCode, 'MM');
  assert.equal(village.admin1, 'Sagaing Region');
  assert.equal(village.featureCode, 'unlisted:village');
  assert.equal(village.precision, 1);
  assert.equal(village.approximate, true);
});

test('"Sima, in Yatenga province" is in Burkina Faso: the province the text names outranks a bigger Sima elsewhere', () => {
  const found = places('Four volunteers died in an attack in Sima, in Yatenga province, Burkina Faso, a security source said.');
  const sima = find(found, 'Sima').value;
  assert.equal(sima.countryCode, 'BF');
  assert.notEqual(sima.countryCode, 'KM');
});

test('the province the text names is the admin1, even where the gazetteer holds provinces at its second level (Burkina Faso)', () => {
  const found = places('Six civilians died on Monday in an attack in Sima, in Yatenga province, the source said. Burkina Faso has suffered for years.');
  assert.equal(find(found, 'Sima').value.admin1, 'Yatenga');
  assert.equal(find(found, 'Yatenga province').value.admin1, 'Yatenga');
});

test('"Narin village" in a story about Diyala stays in Iraq rather than becoming Nahrin in Afghanistan', () => {
  const found = places('Militants abducted a shepherd in Narin village, north of Baqubah in Diyala province, officials in Iraq said.');
  const narin = find(found, 'Narin').value;
  assert.equal(narin.countryCode, 'IQ');
  assert.equal(narin.featureCode, 'unlisted:village');
});

test('the LEA school is a school\'s name, not Lea in England; Kuriga is placed in Kaduna State', () => {
  const found = places('Gunmen abducted pupils of the LEA primary school at Kuriga, Kaduna State, on Thursday.');
  assert.ok(!found.some((p) => p.value.countryCode === 'GB'), found.map((p) => `${p.text} ${p.value.countryCode}`).join('; '));
  const kuriga = find(found, 'Kuriga').value;
  assert.equal(kuriga.countryCode, 'NG');
  assert.equal(kuriga.admin1, 'Kaduna State');
});

test('Bakara market in Mogadishu is a market in Somalia, not Baccarat in France', () => {
  const found = places('A car bomb exploded at Bakara market in Mogadishu, Somalia, killing five traders.');
  const market = find(found, 'Bakara').value;
  assert.equal(market.countryCode, 'SO');
  assert.equal(market.name, 'Bakara market');
});

test('the United States as the one striking is country context, and the place struck is the location', () => {
  const found = places('The United States carried out an airstrike near Kismayo in southern Somalia, the US military said.');
  assert.equal(find(found, 'United States').label, 'demonym');
  assert.equal(find(found, 'US').label, 'demonym');
  const kismayo = find(found, 'Kismayo');
  assert.equal(kismayo.label, 'place');
  assert.equal(kismayo.value.countryCode, 'SO');
});

test('a dateline is labelled as such, the outlet in it is no place, and demonyms give context only', () => {
  const found = places('ERBIL (Kurdistan 24) – Iraqi forces arrested five suspects in Kirkuk on Sunday.', { dateline: 'ERBIL', outlet: 'Kurdistan 24' });
  assert.equal(find(found, 'ERBIL').label, 'dateline');
  assert.ok(!found.some((p) => p.text.startsWith('Kurdistan')), 'the outlet is not a place');
  assert.equal(find(found, 'Iraqi').label, 'demonym');
  assert.equal(find(found, 'Kirkuk').label, 'place');
});

test('an outlet\'s name in the body is not a place ("Baghdad Post")', () => {
  const found = places('The Baghdad Post reported that a bomb went off in Mosul on Friday.');
  assert.ok(!found.some((p) => p.text === 'Baghdad'));
  assert.equal(find(found, 'Mosul').value.countryCode, 'IQ');
});

test('"Shirqat district, Salahuddin province": the province constrains the district', () => {
  const found = places('Clashes broke out in Shirqat district, Salahuddin province, on Saturday, police said.');
  const shirqat = found.find((p) => p.text.startsWith('Shirqat'));
  assert.ok(shirqat, found.map((p) => p.text).join(', '));
  assert.equal(shirqat.value.countryCode, 'IQ');
  assert.match(shirqat.value.admin1 ?? '', /Salah/);
});

test('where the text names "Sagaing Region", a bare "Sagaing" is the region, not the town of that name inside it', () => {
  const found = places('Air Strike in Sagaing Kills Dozens\nA jet bombed a village in Kanbalu Township, Sagaing Region, on Tuesday. The regime often bombs areas such as Sagaing and Chin State.');
  const bare = found.filter((p) => p.text === 'Sagaing');
  assert.equal(bare.length, 2);
  for (const p of bare) {
    assert.equal(p.value.featureCode, 'admin1');
    assert.equal(p.value.precision, 3);
  }
});

test('"Kirkuk province" does not turn the city of Kirkuk, most of the province, into the province', () => {
  const found = places('Gunmen attacked a checkpoint in Kirkuk on Monday, police in Kirkuk province said.');
  assert.equal(find(found, 'Kirkuk').value.precision, 1);
});

test('a dateline whose dash touches the next word ("BAGHDAD (Reuters) -A suicide bomber") is a dateline, not the event\'s place', () => {
  const found = places('Matilda Colman\nBAGHDAD (Reuters) -A suicide bomber killed at least 35 people in the Sadr City neighbourhood of Baghdad on Monday.');
  assert.equal(found.find((p) => p.text === 'BAGHDAD')?.label, 'dateline');
  assert.equal(find(found, 'Baghdad').label, 'place');
});

test('a square no town is named beside is in the town the article names most (Tahrir Square, Baghdad)', () => {
  const found = places('Protesters gathered in Baghdad on Tuesday. Police in Baghdad fired tear gas.\nSecurity forces later used live fire to disperse the crowd in Tahrir Square, officials in Iraq said.');
  const square = find(found, 'Tahrir Square').value;
  assert.equal(square.countryCode, 'IQ');
  assert.equal(square.admin1, 'Baghdad');
  assert.equal(square.precision, 1);
  assert.equal((square as { within?: string }).within, find(found, 'Baghdad').value.id);
});

test('a name listed with provinces or states is one of them ("Montana and Wyoming", "Western Australia and Queensland")', () => {
  const us = places('The family drove from Ohio to the western borders of Montana and Wyoming, she said.');
  assert.equal(find(us, 'Wyoming').value.featureCode, 'admin1');
  const au = places('Canada could learn from how New South Wales, Western Australia and Queensland handle it, officials in Canada said.');
  assert.equal(find(au, 'Queensland').value.countryCode, 'AU');
});

test('"Baghdad’s popular shopping district of Karradah" and "the Karrada shopping area of Baghdad" are in Baghdad, not a near-spelling in Dhi Qar', () => {
  for (const text of [
    'A car bomb in central Baghdad’s popular shopping district of Karradah killed about 300 people in July.',
    'It claimed a truck bombing in July that killed at least 324 in the Karrada shopping area of Baghdad.',
  ]) {
    const found = places(text);
    const karrada = found.find((p) => /^Karrada/.test(p.text));
    assert.ok(karrada, text);
    assert.equal(karrada.value.admin1, 'Baghdad');
    assert.equal(karrada.value.precision, 1);
  }
});
