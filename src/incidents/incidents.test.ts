// Tests for incident merging: same attack across outlets merges, neighbours stay apart, disagreements surface.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IncidentInput } from './incident-model.ts';
import { clusterEvents, DEFAULT_MERGE_THRESHOLD } from './cluster-events.ts';
import { mergeIncident } from './merge-incident.ts';
import { scorePair } from './merge-score.ts';

let seq = 0;
function report(over: Partial<IncidentInput> & { outlet: string }): IncidentInput {
  seq++;
  return {
    kind: 'event', id: `a${seq}:e0`, articleId: `a${seq}`, eventType: 'Violence against civilians', subEventType: 'Attack',
    actor1: { id: 'islamic-state', name: 'Islamic State', text: 'IS' }, actor2: { id: 'iraq-police', name: 'Police Forces of Iraq', text: 'police' },
    dateStart: '2025-03-01', dateEnd: '2025-03-01', timePrecision: 1, location: 'Rashad', country: 'Iraq', admin1: 'Kirkuk', admin2: 'Daquq',
    latitude: 35.05, longitude: 44.2, geoPrecision: 1, fatalities: { best: 12, low: 12, high: 12 }, injured: { best: null, low: null, high: null },
    flags: [], trigger: { start: 0, end: 6, text: 'killed' }, evidence: [{ start: 0, end: 20, text: 'evidence sentence...' }], confidence: 0.6,
    producedBy: 'test', sourceUrl: `https://${over.outlet}.example/${seq}`, published: '2025-03-02', articleTitle: null, synthetic: true,
    sourceKey: over.outlet, ...over,
  };
}

test('two outlets reporting one attack with different tolls, places and nights form one incident with both sides', () => {
  const a = report({ outlet: 'north' });
  const b = report({ outlet: 'gulf', dateStart: '2025-03-02', dateEnd: '2025-03-02', location: 'Daquq', latitude: 34.97, longitude: 44.45, geoPrecision: 2, fatalities: { best: 13, low: 13, high: 13 } });
  const pair = scorePair(a, b);
  assert.ok(pair.compatible && pair.score >= DEFAULT_MERGE_THRESHOLD, `score ${pair.score}`);
  const clusters = clusterEvents([a, b]);
  assert.equal(clusters.length, 1);
  const incident = mergeIncident(clusters[0]!.members);
  assert.equal(incident.independentSources, 2);
  assert.deepEqual(incident.fatalities, { best: 12, low: 12, high: 13 }, 'a tie goes to the conservative figure, the range is kept');
  assert.equal(incident.location, 'Rashad', 'the most precise place');
  const fatalities = incident.disagreements.find((d) => d.field === 'fatalities')!;
  assert.deepEqual(fatalities.values.map((v) => [v.value, v.outlets]), [['12', ['north']], ['13', ['gulf']]]);
  assert.ok(incident.disagreements.some((d) => d.field === 'date'));
  assert.ok(incident.confidence > 0.6, 'corroboration raises confidence');
});

test('reprints of one wire story count as one independent source', () => {
  const wire = [report({ outlet: 'capital', sourceKey: 'wire-1' }), report({ outlet: 'riverside', sourceKey: 'wire-1' }), report({ outlet: 'herald', sourceKey: 'wire-1' })];
  const own = report({ outlet: 'north' });
  const sameOutletAgain = report({ outlet: 'north', sourceKey: 'north-2' });
  const incident = mergeIncident(clusterEvents([...wire, own, sameOutletAgain])[0]!.members);
  assert.equal(incident.sources.length, 5);
  assert.equal(incident.independentSources, 2, 'three reprints count once, and one outlet counts once');
});

test('similar events in the same province and week stay apart', () => {
  const kirkuk = report({ outlet: 'north' });
  const laterElsewhere = report({ outlet: 'gulf', dateStart: '2025-03-05', dateEnd: '2025-03-05', location: 'Hawija', latitude: 35.33, longitude: 43.77 });
  const otherType = report({ outlet: 'gulf', eventType: 'Strategic developments', subEventType: 'Arrests' });
  const farAway = report({ outlet: 'gulf', location: 'Mosul', admin1: 'Nineveh', latitude: 36.34, longitude: 43.13 });
  assert.equal(clusterEvents([kirkuk, laterElsewhere, otherType, farAway]).length, 4);
});

test('two events of one article never merge, and the result does not depend on input order', () => {
  const first = report({ outlet: 'north' });
  const second = { ...report({ outlet: 'north' }), articleId: first.articleId };
  assert.equal(clusterEvents([first, second]).length, 2);
  const many = [report({ outlet: 'x' }), report({ outlet: 'y' }), report({ outlet: 'z', dateStart: '2025-04-01', dateEnd: '2025-04-01' })];
  const ids = (cs: ReturnType<typeof clusterEvents>) => cs.map((c) => c.members.map((m) => m.id).sort().join(',')).sort();
  assert.deepEqual(ids(clusterEvents(many)), ids(clusterEvents([...many].reverse())));
});

test('two reports naming one village in one province are one place, whatever points the gazetteer gave them', () => {
  // A village the gazetteer lacks takes the point of the area the text puts it in: its township in one report, only its province in the other.
  const inTownship = report({ outlet: 'north', subEventType: 'Air/drone strike', eventType: 'Explosions/Remote violence', location: 'Tan Zi Gon', country: 'Myanmar', admin1: 'Sagaing Region', latitude: 23.2, longitude: 95.52 });
  const inProvince = report({ outlet: 'gulf', subEventType: 'Air/drone strike', eventType: 'Explosions/Remote violence', location: 'Tanzigon', country: 'Myanmar', admin1: 'Sagaing Region', latitude: 24.43, longitude: 95.3 });
  const pair = scorePair(inTownship, inProvince);
  assert.ok(pair.compatible && pair.parts.place === 1 && pair.score >= DEFAULT_MERGE_THRESHOLD, `score ${pair.score}`);
  assert.equal(clusterEvents([inTownship, inProvince]).length, 1);
  const otherVillage = { ...inProvince, id: 'x1:e0', articleId: 'x1', location: 'Ywathaya' };
  assert.equal(scorePair(inTownship, otherVillage).compatible, false, 'another name at that distance is another place');
  const otherProvince = { ...inProvince, id: 'x2:e0', articleId: 'x2', admin1: 'Magway Region' };
  assert.equal(scorePair(inTownship, otherProvince).compatible, false, 'one name in two provinces is two places');
  const provinceOnly = { ...inProvince, id: 'x3:e0', articleId: 'x3', location: 'Sagaing Region', geoPrecision: 3 };
  assert.notEqual(scorePair({ ...inTownship, location: 'Sagaing Region', geoPrecision: 3 }, provinceOnly).parts.place, 1, 'a province named by both is not a village named by both');
});
