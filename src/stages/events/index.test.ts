// The events stage on a hand-built article: typing, flags, arguments read from hand-made layer spans, and merging.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle, withLayer, type Article } from '../../article/article.ts';
import { makeSpan, type JsonValue, type LayerName } from '../../article/span.ts';
import { segmentStage } from '../segment/index.ts';
import { eventsStage } from './index.ts';
import { defaultContext } from '../../pipeline/stage.ts';

const TEXT = [
  'BAGHDAD: Militants ambushed an army patrol near Tikrit on Sunday, killing at least six police officers and 16 civilians.',
  'No one was killed when a rocket hit Mosul.',
  'Islamic State fighters could capture villages at night.',
  'The US and Iran held talks in Geneva.',
].join('\n');

const prov = { stage: 'test', version: '0', method: 'hand', confidence: 1 };

function spanOf(article: Article, words: string, label: string, value: JsonValue, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = article.text.indexOf(words, at + 1);
  assert.ok(at >= 0, `"${words}" not in text`);
  return makeSpan(article.text, at, at + words.length, label, value, prov);
}

function place(name: string, precision: 1 | 2 | 3): JsonValue {
  return { id: `sitrep:${name.toLowerCase()}`, name, countryCode: 'IQ', country: 'Iraq', admin1: 'Saladin', admin2: null, lat: 34.6, lon: 43.7, precision, featureCode: 'PPL' };
}

function article(): Article {
  let a = createArticle({ id: 'a1', documentId: 'd1', text: TEXT, meta: { published: '2019-02-20T10:00:00Z' } });
  a = segmentStage().apply(a, defaultContext);
  const layers: Partial<Record<LayerName, ReturnType<typeof spanOf>[]>> = {
    actors: [
      spanOf(a, 'Militants', 'rebel-group', { id: 'islamic-state', name: 'Islamic State', type: 'rebel-group', country: null, inferred: true }),
      spanOf(a, 'army', 'state-forces', { id: 'iraq-army', name: 'Military Forces of Iraq', type: 'state-forces', country: 'IQ', inferred: false }),
    ],
    places: [spanOf(a, 'BAGHDAD', 'place', place('Baghdad', 1)), spanOf(a, 'Tikrit', 'place', place('Tikrit', 1)), spanOf(a, 'Mosul', 'place', place('Mosul', 1))],
    dates: [spanOf(a, 'on Sunday', 'date', { start: '2019-02-17', end: '2019-02-17', precision: 'day', relative: true })],
    quantities: [
      spanOf(a, 'at least six police officers', 'count', { low: 6, high: null, best: 6, noun: 'police officers', approximate: true }),
      spanOf(a, '16 civilians', 'count', { low: 16, high: 16, best: 16, noun: 'civilians', approximate: false }),
    ],
  };
  for (const [name, spans] of Object.entries(layers)) a = withLayer(a, name as LayerName, spans!);
  return a;
}

test('codes the ambush as an armed clash with actors, place, date and summed fatalities', () => {
  const out = eventsStage().apply(article(), defaultContext);
  const ambush = out.events.find((e) => e.trigger.text === 'ambushed');
  assert.ok(ambush, JSON.stringify(out.events.map((e) => e.trigger.text)));
  assert.equal(ambush.subEventType, 'Armed clash');
  assert.equal(ambush.eventType, 'Battles');
  assert.equal(ambush.actor1?.id, 'islamic-state');
  assert.equal(ambush.actor2?.id, 'iraq-army');
  assert.equal(ambush.location, 'Tikrit');
  assert.equal(ambush.geoPrecision, 1);
  assert.deepEqual([ambush.dateStart, ambush.dateEnd, ambush.timePrecision], ['2019-02-17', '2019-02-17', 1]);
  assert.equal(ambush.fatalities.best, 22);
  assert.deepEqual(ambush.fatalities.parts?.map((p) => p.best), [6, 16]);
  assert.deepEqual(ambush.flags, []);
  assert.match(ambush.evidence[0]!.text, /^BAGHDAD: Militants ambushed/);
});

test('a rocket that killed no one is an event with zero fatalities, not a negated one', () => {
  const out = eventsStage().apply(article(), defaultContext);
  const rocket = out.events.find((e) => e.location === 'Mosul');
  assert.ok(rocket);
  assert.equal(rocket.subEventType, 'Shelling/artillery/missile attack');
  assert.equal(rocket.fatalities.best, 0);
  assert.deepEqual(rocket.flags, []);
  assert.deepEqual([rocket.dateStart, rocket.timePrecision], ['2019-02-20', 2]);
});

test('a hypothetical capture is flagged, and talks are recognised as diplomacy but never become events', () => {
  const out = eventsStage().apply(article(), defaultContext);
  const capture = out.events.find((e) => e.trigger.text === 'capture');
  assert.deepEqual(capture?.flags, ['hypothetical']);
  assert.equal(out.events.some((e) => e.evidence[0]!.text.includes('talks')), false);
  const talks = (out.layers.triggers ?? []).find((s) => out.text.slice(s.start, s.end) === 'talks');
  assert.equal(talks?.label, 'Diplomacy');
  assert.deepEqual((talks?.value as { acled: boolean }).acled, false);
});

test('without argument layers the stage still types events and dates them by publication', () => {
  let a = createArticle({ id: 'a2', documentId: 'd2', text: 'On Sunday, militants kidnapped a group of 12 truffle hunters in the desert.', meta: { published: '2019-02-20' } });
  a = segmentStage().apply(a, defaultContext);
  const [event] = eventsStage().apply(a, defaultContext).events;
  assert.equal(event?.subEventType, 'Abduction/forced disappearance');
  assert.equal(event?.actor2?.id, 'civilians');
  assert.equal(event?.dateStart, '2019-02-20');
});

test('"They shot him…" takes its place and initiator from the previous sentence of the paragraph, not the dateline', () => {
  const text = 'BAGHDAD: Officials spoke on Monday.\nIn one instance, a band of militants broke into the home of a man in the village of Tal Al-Asfour. They shot him and his two brothers against the wall.';
  let a = segmentStage().apply(createArticle({ id: 'a3', documentId: 'd3', text, meta: { published: '2019-02-20' } }), defaultContext);
  a = withLayer(a, 'actors', [spanOf(a, 'militants', 'rebel-group', { id: 'islamic-state', name: 'Islamic State', type: 'rebel-group', country: null, inferred: true })]);
  a = withLayer(a, 'places', [spanOf(a, 'BAGHDAD', 'place', place('Baghdad', 1)), spanOf(a, 'Tal Al-Asfour', 'place', place('Tal Al-Asfour', 1))]);
  const shot = eventsStage().apply(a, defaultContext).events.find((e) => e.trigger.text === 'shot');
  assert.equal(shot?.subEventType, 'Attack');
  assert.equal(shot?.location, 'Tal Al-Asfour');
  assert.equal(shot?.actor1?.id, 'islamic-state');
  assert.equal(shot?.actor2?.name, 'Civilians (Iraq)');
});

test('a claim of responsibility is recognised, and the attack it claims is still an event', () => {
  const text = 'Islamic State claimed responsibility for a car bomb that killed eight people in the city on Friday.';
  const a = segmentStage().apply(createArticle({ id: 'a4', documentId: 'd4', text, meta: { published: '2019-02-20' } }), defaultContext);
  const out = eventsStage().apply(a, defaultContext);
  assert.deepEqual(out.events.map((e) => e.subEventType), ['Remote explosive/landmine/IED']);
  assert.ok((out.layers.triggers ?? []).some((s) => s.label === 'Claim or denial of responsibility'));
});

test('a town the gazetteer places only in its country takes the one province its sentence names', () => {
  const text = 'Drone strikes on the town of Qarsa, in a district of the country\'s Oromo region, killed 40 civilians on Monday.\nOfficials in Dire and in Harar later met.';
  let a = segmentStage().apply(createArticle({ id: 'a5', documentId: 'd5', text, meta: { published: '2019-02-20' } }), defaultContext);
  const town = { id: 'unlisted:ET:qarsa', name: 'Qarsa', countryCode: 'ET', country: 'Ethiopia', admin1: null, admin2: null, lat: 9, lon: 40, precision: 1, featureCode: 'unlisted:town', approximate: true };
  const province = (name: string): JsonValue => ({ id: `sitrep:adm1:${name}`, name, countryCode: 'ET', country: 'Ethiopia', admin1: name, admin2: null, lat: 8, lon: 39, precision: 3, featureCode: 'admin1' });
  a = withLayer(a, 'places', [spanOf(a, 'Qarsa', 'place', town), spanOf(a, 'Oromo region', 'place', province('Oromo')), spanOf(a, 'Dire', 'place', province('Dire')), spanOf(a, 'Harar', 'place', province('Harar'))]);
  a = withLayer(a, 'dates', [spanOf(a, 'on Monday', 'date', { start: '2019-02-18', end: '2019-02-18', precision: 'day', relative: true })]);
  const [strike] = eventsStage().apply(a, defaultContext).events;
  assert.equal(strike?.location, 'Qarsa');
  assert.equal(strike?.admin1, 'Oromo', 'the province named in its own sentence, not those of the next');
});

test('the place named through another\'s possessive is where the event happened', () => {
  const text = 'Gunmen killed three farmers in the capital Tikrit’s twin town of Alam on Sunday.';
  let a = segmentStage().apply(createArticle({ id: 'a6', documentId: 'd6', text, meta: { published: '2019-02-20' } }), defaultContext);
  a = withLayer(a, 'places', [spanOf(a, 'Tikrit', 'place', place('Tikrit', 1)), spanOf(a, 'Alam', 'place', place('Alam', 1))]);
  a = withLayer(a, 'dates', [spanOf(a, 'on Sunday', 'date', { start: '2019-02-17', end: '2019-02-17', precision: 'day', relative: true })]);
  const [attack] = eventsStage().apply(a, defaultContext).events;
  assert.equal(attack?.location, 'Alam');
});

test('a village placed only by a guessed country neither weighs for that country nor moves the event out of the story\'s', () => {
  const text = 'U.S. troops carried out a strike in Syria on Monday, officials in Syria said.\nU.S. forces said a drone strike killed one man near the village of Kafra on Monday.\nSyria condemned it.';
  let a = segmentStage().apply(createArticle({ id: 'a7', documentId: 'd7', text, meta: { published: '2019-02-20' } }), defaultContext);
  const country = (code: string, name: string, lat: number): JsonValue => ({ id: `sitrep:country:${code}`, name, countryCode: code, country: name, admin1: null, admin2: null, lat, lon: 40, precision: 3, featureCode: 'country' });
  const village = { id: 'unlisted:US:kafra', name: 'Kafra', countryCode: 'US', country: 'United States', admin1: null, admin2: null, lat: 39.8, lon: -98.5, precision: 1, featureCode: 'unlisted:village', approximate: true, within: 'sitrep:country:US' };
  const us = [0, 1].map((n) => spanOf(a, 'U.S.', 'demonym', country('US', 'United States', 39.8), n));
  const syria = [0, 1, 2].map((n) => spanOf(a, 'Syria', 'place', country('SY', 'Syria', 35), n));
  a = withLayer(a, 'places', [...us, ...syria, spanOf(a, 'Kafra', 'place', village)].sort((x, y) => x.start - y.start));
  a = withLayer(a, 'dates', [0, 1].map((n) => spanOf(a, 'on Monday', 'date', { start: '2019-02-18', end: '2019-02-18', precision: 'day', relative: true }, n)));
  const strike = eventsStage().apply(a, defaultContext).events.find((e) => e.subEventType === 'Air/drone strike');
  assert.equal(strike?.country, 'Syria', 'Kafra is in the United States only by the places stage\'s guess');
});
