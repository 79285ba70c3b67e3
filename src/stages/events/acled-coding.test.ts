// ACLED's coding of actors: names with the event's country, categories, inter codes, interaction and civilian targeting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acledCountry } from '../actors/acled-countries.ts';
import { acledActors } from './acled-actors.ts';
import { acledInteraction } from './acled-coding.ts';
import type { FoundActor } from './event-actors.ts';

const found = (id: string, name: string, type: FoundActor['type'], country: string | null = null, text = name): FoundActor => ({ id, name, type, country, text, inferred: false });
const iraq = acledCountry('IQ');

test('missing actors are filled the ACLED way, with the event\'s country', () => {
  const vac = acledActors(null, null, { eventType: 'Violence against civilians', subEventType: 'Attack', country: iraq });
  assert.deepEqual([vac.actor1?.name, vac.actor2?.name], ['Unidentified Armed Group (Iraq)', 'Civilians (Iraq)']);
  const protest = acledActors(null, null, { eventType: 'Protests', subEventType: 'Peaceful protest', country: acledCountry('SO') });
  assert.deepEqual([protest.actor1?.name, protest.actor2], ['Protesters (Somalia)', null]);
  const riot = acledActors(found('protesters', 'Protesters', 'protesters'), null, { eventType: 'Riots', subEventType: 'Violent demonstration', country: iraq });
  assert.equal(riot.actor1?.name, 'Rioters (Iraq)');
  const force = acledActors(null, null, { eventType: 'Protests', subEventType: 'Excessive force against protesters', country: iraq });
  assert.deepEqual([force.actor1?.name, force.actor2?.name], ['Police Forces of Iraq', 'Protesters (Iraq)']);
});

test('generic forces take the event\'s country; security forces facing a crowd are the police; forces abroad are external', () => {
  const soldiers = acledActors(found('military-forces', 'Military Forces', 'state-forces', null, 'soldiers'), null, { eventType: 'Battles', subEventType: 'Armed clash', country: acledCountry('NG') });
  assert.equal(soldiers.actor1?.name, 'Military Forces of Nigeria');
  const crowd = acledActors(found('protesters', 'Protesters', 'protesters'), found('military-forces-iraq', 'Military Forces of Iraq', 'state-forces', 'IQ', 'Iraqi security forces'), { eventType: 'Protests', subEventType: 'Protest with intervention', country: iraq });
  assert.equal(crowd.actor2?.name, 'Police Forces of Iraq');
  const us = acledActors(found('military-forces-united-states', 'Military Forces of the United States', 'external-forces', 'US'), null, { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike', country: acledCountry('SY') });
  assert.equal(us.actor1?.category, 'external-forces');
  const turks = acledActors(found('military-forces-turkey', 'Military Forces of Turkey', 'state-forces', 'TR'), null, { eventType: 'Battles', subEventType: 'Armed clash', country: iraq });
  assert.equal(turks.actor1?.category, 'external-forces');
});

test('inter codes, interaction and civilian targeting follow the categories', () => {
  const { actor1, actor2 } = acledActors(found('islamic-state', 'Islamic State', 'rebel-group'), null, { eventType: 'Violence against civilians', subEventType: 'Attack', country: iraq });
  assert.deepEqual(acledInteraction(actor1, actor2), { inter1: 2, inter2: 7, interaction: '27', civilianTargeting: true });
  const sole = acledActors(null, null, { eventType: 'Protests', subEventType: 'Peaceful protest', country: iraq });
  assert.deepEqual(acledInteraction(sole.actor1, sole.actor2), { inter1: 6, inter2: null, interaction: '60', civilianTargeting: false });
  const clash = acledActors(found('police-forces-iraq', 'Police Forces of Iraq', 'state-forces', 'IQ'), found('islamic-state', 'Islamic State', 'rebel-group'), { eventType: 'Battles', subEventType: 'Armed clash', country: iraq });
  assert.equal(acledInteraction(clash.actor1, clash.actor2).interaction, '12');
});

test('ACLED country names, "of the" forms and regions', () => {
  assert.deepEqual([acledCountry('CD')?.name, acledCountry('US')?.ofName, acledCountry('Türkiye')?.name], ['Democratic Republic of Congo', 'the United States', 'Turkey']);
  assert.deepEqual(['IQ', 'IR', 'NG', 'MX', 'AF', 'AZ', 'MM'].map((c) => acledCountry(c)?.region),
    ['Middle East', 'Middle East', 'Western Africa', 'Central America', 'South Asia', 'Caucasus and Central Asia', 'Southeast Asia']);
});
