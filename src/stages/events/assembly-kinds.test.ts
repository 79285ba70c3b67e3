// Kinds of assembly and coding decisions, on synthetic reports written for these tests (full default pipeline).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle } from '../../article/article.ts';
import { defaultPipeline } from '../default-pipeline.ts';
import { eventDay } from './event-date.ts';

function eventsOf(text: string) {
  const result = defaultPipeline().run(createArticle({ id: 'a', documentId: 'd', text, meta: { published: '2019-02-20' } }));
  assert.deepEqual(result.failures, []);
  return result.article.events;
}
const brief = (events: ReturnType<typeof eventsOf>) => JSON.stringify(events.map((e) => [e.subEventType, e.location, e.dateStart, e.dateEnd, e.actor1?.name]));

test('"the incident occurred a day after militants abducted …" tells another event, not more of the incident', () => {
  const events = eventsOf([
    'Gunmen shot dead a farmer in Baqubah on Monday.',
    'The incident occurred barely a day after militants abducted 30 women in Kirkuk.',
  ].join('\n'));
  const abduction = events.find((e) => e.subEventType === 'Abduction/forced disappearance');
  assert.ok(abduction, brief(events));
  assert.equal(abduction.location, 'Kirkuk', brief(events));
  assert.ok(events.some((e) => e.location === 'Baqubah' && e.subEventType !== 'Abduction/forced disappearance'), brief(events));
});

test('an event dated only by a span of weeks is coded on the span\'s middle day, within a week of all of it', () => {
  assert.deepEqual(eventDay({ start: '2016-02-24', end: '2016-03-09', precision: 2, explicit: true }), { start: '2016-03-02', end: '2016-03-02' });
  assert.deepEqual(eventDay({ start: '2016-03-07', end: '2016-03-08', precision: 1, explicit: true }), { start: '2016-03-07', end: '2016-03-08' }, 'days the text states stay');
  assert.deepEqual(eventDay({ start: '2016-03-01', end: '2016-03-31', precision: 3, explicit: true }), { start: '2016-03-01', end: '2016-03-31' }, 'a month stays a month');
});

test('a clause that opens on its verb takes the sentence\'s subject as the attacker', () => {
  const events = eventsOf('In the past two weeks, al-Shabaab has launched mortar attacks on the port of Mogadishu, blown up a car bomb near a park in Kismayo, and ambushed a convoy.');
  const bomb = events.find((e) => e.location === 'Kismayo');
  assert.ok(bomb, brief(events));
  assert.match(bomb.actor1?.name ?? '', /Shabaab/i, brief(events));
  assert.equal(bomb.dateStart, bomb.dateEnd, brief(events));
});

test('"in Qarabagh, Ghazni" is an address, not a list of two places sharing the toll', () => {
  const events = eventsOf('Taliban insurgents killed five police officers at an outpost in Qarabagh, Ghazni, late on Monday, officials said.');
  assert.equal(events.length, 1, brief(events));
  assert.equal(events[0]!.fatalities.best, 5, brief(events));
});

test('a place named in a comparison is another event\'s, not this one\'s', () => {
  const events = eventsOf('In what looked like a reenactment of the Chibok kidnapping, gunmen abducted 40 pupils of a school in Kankara, Katsina State, on Monday.');
  const abduction = events.find((e) => e.subEventType === 'Abduction/forced disappearance');
  assert.ok(abduction, brief(events));
  assert.notEqual(abduction.location, 'Chibok', brief(events));
  assert.equal(abduction.admin1, 'Katsina State', brief(events));
});

test('"the incursion of ADF fighters into the village of X" is an attack by the group the noun names', () => {
  const events = eventsOf('The toll of the incursion of ADF fighters into the village of Mutwanga in North Kivu province, Congo, last Monday has risen to 12 dead, local officials said.');
  const attack = events.find((e) => e.eventType === 'Violence against civilians' || e.eventType === 'Battles');
  assert.ok(attack, brief(events));
  assert.match(attack.actor1?.name ?? '', /ADF/, brief(events));
  assert.equal(attack.dateStart, '2019-02-18', brief(events));
});
