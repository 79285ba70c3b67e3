// Statements that are not one event: spans, habits, tallies, campaigns, launches, plans, report findings, trends, quotes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { genericReason } from './generic-statements.ts';

const reason = (clause: string, grain: 'day' | 'month' | 'none' = 'none', quoted = false) => genericReason(clause, clause, grain, quoted);

test('aggregates and habits are not events', () => {
  assert.equal(reason('Iraq has seen several bombings in recent months.'), 'tally');
  assert.equal(reason('Since February 139 people have been killed in the province over the past year.'), 'span');
  assert.equal(reason('Roadside bombs go off every week in the valley.'), 'habit');
  assert.equal(reason('ISIS carried out 43 terrorist acts, killing and executing civilians.'), 'tally');
  assert.equal(reason('Sleeper cells have carried out attacks that have killed scores of Iraqis.'), 'tally');
  assert.equal(reason('Cells are carrying out kidnappings and assassinations.'), 'tally');
  assert.equal(reason('Militants are slipping across the border in tunnels.'), 'habit');
  assert.equal(reason('Protests against the crackdown spread in January.', 'month'), 'span');
});

test('campaigns, launches, plans, findings, accusations and undated quotes are not events', () => {
  assert.equal(reason('This year, IS revived its bombing campaign in Baghdad.'), 'campaign');
  assert.equal(reason('The army launched a long-promised offensive to retake the city.'), 'launch');
  assert.equal(reason('Troops have been massing in preparation for an attack on the town.'), 'plan');
  assert.equal(reason('A UN report released in July found the group had lost fighters.'), 'report');
  assert.equal(reason('Rights groups accused the security forces of firing on demonstrators.'), 'accusation');
  assert.equal(reason('Iraqi forces have been ambushed or targeted with roadside bombs by the militants.'), 'trend');
  assert.equal(reason('Our operations require intelligence gathering and airstrikes.', 'none', true), 'quote');
});

test('one event, dated or counted, is an event', () => {
  assert.equal(reason('A suicide bomber killed at least 31 people in a market on Monday.', 'day'), null);
  assert.equal(reason('Five suspected terrorists have been arrested in Kirkuk province.'), null);
  assert.equal(reason('Seven protesters have been killed since Tuesday.', 'day'), null);
  assert.equal(reason('In July, a massive car bomb killed about 300 people.', 'month'), null);
  assert.equal(reason('The army carried out airstrikes on IS positions on Monday.', 'day'), null);
});
