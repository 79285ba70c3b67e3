// Merging mentions into one event per day, place and actor pair.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventRecord } from '../../article/records.ts';
import { mergeEvents } from './merge-events.ts';

function event(over: Partial<EventRecord>): EventRecord {
  return {
    kind: 'event', eventType: 'Battles', subEventType: 'Armed clash', actor1: { id: 'a', name: 'A', text: 'A' }, actor2: { id: 'b', name: 'B', text: 'B' },
    dateStart: '2019-02-17', dateEnd: '2019-02-17', timePrecision: 1, location: 'Tikrit', country: 'Iraq', admin1: null, admin2: null,
    latitude: null, longitude: null, geoPrecision: 1, fatalities: { best: null, low: null, high: null }, injured: { best: null, low: null, high: null },
    flags: [], trigger: { start: 0, end: 1, text: 'x' }, evidence: [{ start: 0, end: 10, text: 'first' }], confidence: 0.5, producedBy: 'test', ...over,
  };
}

test('mentions of one day, place and actor pair merge, keeping the higher-precedence type and every evidence span', () => {
  const merged = mergeEvents([
    event({ eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike', fatalities: { best: 4, low: 4, high: 4 } }),
    event({ evidence: [{ start: 20, end: 30, text: 'second' }], fatalities: { best: 6, low: 6, high: 6 } }),
  ]);
  assert.equal(merged.length, 1);
  assert.equal(merged[0]!.subEventType, 'Armed clash');
  assert.equal(merged[0]!.fatalities.best, 6);
  assert.deepEqual(merged[0]!.evidence.map((e) => e.text), ['first', 'second']);
});

test('different days, places, actors or flags stay apart', () => {
  const merged = mergeEvents([
    event({}),
    event({ dateStart: '2019-02-18', dateEnd: '2019-02-18' }),
    event({ location: 'Mosul' }),
    event({ actor2: { id: 'c', name: 'C', text: 'C' } }),
    event({ flags: ['historical'] }),
  ]);
  assert.equal(merged.length, 5);
});

test('without a location only mentions of the same sub-type merge', () => {
  const merged = mergeEvents([event({ location: null }), event({ location: null, subEventType: 'Attack', eventType: 'Violence against civilians' })]);
  assert.equal(merged.length, 2);
});

test('an unknown actor agrees with a known one, and the merged event keeps the known actor', () => {
  const merged = mergeEvents([event({ actor1: null, actor2: null }), event({ evidence: [{ start: 20, end: 30, text: 'second' }] })]);
  assert.equal(merged.length, 1);
  assert.equal(merged[0]!.actor1?.id, 'a');
});
