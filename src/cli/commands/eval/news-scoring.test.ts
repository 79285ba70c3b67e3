// The news scorer: event matching by type and date tolerance, fields over matched pairs, negatives, incident pairs, claims.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimRecord, EventRecord } from '../../../article/records.ts';
import { actorNamesMatch, countryNamesMatch, placeNamesMatch, sourcesMatch } from './loose-match.ts';
import type { GoldNewsEvent, GoldNewsText } from './news-gold.ts';
import { dateExact, dateWithinTolerance, matchEvents, scoreNews, type NameMatchers, type PredictedText } from './news-scoring.ts';

const names: NameMatchers = { place: (a, b) => placeNamesMatch(a, b), country: countryNamesMatch, actor: (a, b) => actorNamesMatch(a, b), source: sourcesMatch };

function goldEvent(over: Partial<GoldNewsEvent> = {}): GoldNewsEvent {
  return {
    event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb', actor1: 'Islamic State', actor2: 'Civilians (Iraq)',
    date: '2021-07-19', time_precision: 1, country: 'Iraq', admin1: 'Baghdad', location: 'Sadr City', geo_precision: 1,
    fatalities: { best: 31, low: 31, high: 36 }, evidence: 'A suicide bomber killed 31 people', story: null, ...over,
  };
}

function event(over: Partial<EventRecord & { incidentId: string | null }> = {}): EventRecord & { incidentId: string | null } {
  return {
    kind: 'event', eventType: 'Explosions/Remote violence', subEventType: 'Suicide bomb',
    actor1: { id: 'islamic-state', name: 'Islamic State', text: 'IS' }, actor2: { id: null, name: 'Civilians (Iraq)', text: 'people' },
    dateStart: '2021-07-19', dateEnd: '2021-07-19', timePrecision: 1, location: 'Sadr City', country: 'Iraq', admin1: 'Baghdad', admin2: null,
    latitude: null, longitude: null, geoPrecision: 1, fatalities: { best: 31, low: 31, high: 31 }, injured: { best: null, low: null, high: null },
    flags: [], trigger: { start: 2, end: 8, text: 'bomber' }, evidence: [{ start: 0, end: 33, text: 'A suicide bomber killed 31 people' }],
    confidence: 0.9, producedBy: 'test', incidentId: null, ...over,
  };
}

function claim(over: Partial<ClaimRecord> = {}): ClaimRecord {
  return { kind: 'claim', subject: 'people killed', low: 31, high: null, best: 31, unit: 'people', text: null, attributedTo: 'police sources', cue: 'said', date: null, evidence: [{ start: 0, end: 33, text: 'A suicide bomber killed 31 people' }], confidence: 0.8, producedBy: 'test', ...over };
}

function text(id: string, events: GoldNewsEvent[], claims: GoldNewsText['claims'] = []): GoldNewsText {
  return { id, url: null, outlet: 'Reuters', published: '2021-07-20', events, claims, text: 'A suicide bomber killed 31 people' };
}

test('date tolerance follows the gold precision', () => {
  assert.ok(dateWithinTolerance(goldEvent(), event({ dateStart: '2021-07-20' })));
  assert.ok(!dateWithinTolerance(goldEvent(), event({ dateStart: '2021-07-21' })));
  assert.ok(dateWithinTolerance(goldEvent({ time_precision: 2 }), event({ dateStart: '2021-07-26' })));
  assert.ok(dateWithinTolerance(goldEvent({ time_precision: 3, date: '2021-07-15' }), event({ dateStart: '2021-07-01', dateEnd: '2021-07-31', timePrecision: 3 })));
  assert.ok(!dateWithinTolerance(goldEvent(), event({ dateStart: null })));
});

test('an exact date is the same day, or the same month when both are months', () => {
  assert.ok(dateExact(goldEvent(), event()));
  assert.ok(!dateExact(goldEvent(), event({ dateEnd: '2021-07-20' })));
  assert.ok(dateExact(goldEvent({ time_precision: 3, date: '2021-07-15' }), event({ dateStart: '2021-07-01', dateEnd: '2021-07-31', timePrecision: 3 })));
});

test('matching needs the same event type, uses each event once and prefers the same sub-type', () => {
  const gold = [goldEvent(), goldEvent({ sub_event_type: 'Remote explosive/landmine/IED' })];
  const predicted = [event({ subEventType: 'Remote explosive/landmine/IED' }), event(), event({ eventType: 'Battles', subEventType: 'Armed clash' })];
  const pairs = matchEvents(gold, predicted, names);
  assert.equal(pairs.length, 2);
  assert.ok(pairs.every((p) => p.predicted.subEventType === p.gold.sub_event_type));
});

test('scores precision, recall, fields, negatives and incident pairs', () => {
  const gold = [text('A01', [goldEvent({ story: 'S1' })]), text('A02', [goldEvent({ story: 'S1', actor1: 'Unidentified Armed Group (Iraq)' })]), text('A03', [])];
  const predicted = new Map<string, PredictedText>([
    ['A01', { id: 'A01', events: [event({ incidentId: 'i1' }), event({ eventType: 'Battles', subEventType: 'Armed clash' })], claims: [] }],
    ['A02', { id: 'A02', events: [event({ incidentId: 'i1', location: 'Baghdad', fatalities: { best: 35, low: 35, high: 35 } })], claims: [] }],
    ['A03', { id: 'A03', events: [event()], claims: [] }],
  ]);
  const s = scoreNews(gold, predicted, names);
  assert.equal(s.predicted_events, 4);
  assert.equal(s.matched_events, 2);
  assert.equal(s.precision, 0.5);
  assert.equal(s.recall, 1);
  assert.deepEqual([s.fields.location.hits, s.fields.location.total], [1, 2]);
  assert.deepEqual([s.fields.actor1.hits, s.fields.fatalities_exact.hits, s.fields.fatalities_within.hits], [1, 1, 2]);
  assert.equal(s.events_on_negative_pages, 1);
  assert.deepEqual(s.incident_pairs, { gold: 1, predicted: 1, both: 1 });
});

test('a gold claim is found by its figures and scored for source and counted thing', () => {
  const claims = [{ quantity: 'people killed', low: 31, high: null, unit: 'people', attributed_to: 'police sources', evidence: 'killed 31 people' }];
  const gold = [text('A01', [], claims)];
  const found = scoreNews(gold, new Map([['A01', { id: 'A01', events: [], claims: [claim({ counted: 'killed' })] }]]), names).claims;
  assert.deepEqual(found, { gold: 1, found: 1, attributed: 1, kind_right: 1 });
  const wrong = scoreNews(gold, new Map([['A01', { id: 'A01', events: [], claims: [claim({ attributedTo: 'the army', subject: 'people in Sadr City' })] }]]), names).claims;
  assert.deepEqual(wrong, { gold: 1, found: 1, attributed: 0, kind_right: 0 });
  const missed = scoreNews(gold, new Map([['A01', { id: 'A01', events: [], claims: [claim({ low: 30 })] }]]), names).claims;
  assert.equal(missed.found, 0);
  // Of two claims with the same figure, the one whose sentence holds the gold evidence is taken.
  const other = claim({ attributedTo: 'the army', evidence: [{ start: 0, end: 20, text: 'Headline: 31 arrested' }] });
  const preferred = scoreNews(gold, new Map([['A01', { id: 'A01', events: [], claims: [other, claim()] }]]), names).claims;
  assert.equal(preferred.attributed, 1);
});
