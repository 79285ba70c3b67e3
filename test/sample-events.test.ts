// Golden events of the bundled sample corpus (data/sample), written from reading each synthetic report: the demo's first screen must be right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EventRecord } from '../src/article/records.ts';
import { pageEvents, summarize, unflagged } from './support/page-events.ts';

interface SampleRecord { url: string; outlet: string; title: string; published: string; text?: string; html?: string }
const RECORDS = readFileSync(fileURLToPath(new URL('../data/sample/sample-corpus.jsonl', import.meta.url)), 'utf8')
  .trim().split('\n').map((line) => JSON.parse(line) as SampleRecord);

function eventsOf(urlPart: string): EventRecord[] {
  const r = RECORDS.find((x) => x.url.includes(urlPart));
  assert.ok(r, urlPart);
  const list = pageEvents(r.text ?? r.html!, { url: r.url, outlet: r.outlet, title: r.title, published: r.published, synthetic: true }, r.text ? 'text' : 'html');
  return unflagged(list);
}
const coded = (e: EventRecord) => [e.subEventType, e.dateStart, e.timePrecision, e.admin1, e.country, e.actor1?.name, e.actor2?.name, e.fatalities.best];

test('the Kirkuk checkpoint attack: one armed clash, Saturday, 12 police killed (wounded not counted)', () => {
  const [e, ...rest] = eventsOf('kirkuk-checkpoint-attack');
  assert.deepEqual(rest, []);
  assert.deepEqual(coded(e!), ['Armed clash', '2025-03-01', 1, 'Kirkuk', 'Iraq', 'Islamic State', 'Police Forces of Iraq', 12]);
  assert.deepEqual([e!.inter1, e!.inter2, e!.interaction, e!.civilianTargeting], [2, 1, '12', false]);
});

test('the Daquq report of the same attack: 13 killed, one event (the gunmen opening fire on the post is the same attack)', () => {
  const list = eventsOf('iraq-police-killed-daquq');
  assert.equal(list.length, 1, summarize(list));
  assert.deepEqual(coded(list[0]!), ['Armed clash', '2025-03-01', 1, 'Kirkuk', 'Iraq', 'Islamic State', 'Police Forces of Iraq', 13]);
});

test('the Muqdadiyah roadside bomb: unclaimed, so an unidentified armed group; three soldiers killed; "no group claimed" is no second event', () => {
  const list = eventsOf('capitalpress.example');
  const ied = list.filter((e) => e.subEventType === 'Remote explosive/landmine/IED');
  assert.equal(ied.length, 1, summarize(list));
  assert.deepEqual(coded(ied[0]!), ['Remote explosive/landmine/IED', '2025-03-05', 1, 'Diyala', 'Iraq', 'Unidentified Armed Group (Iraq)', 'Military Forces of Iraq', 3]);
});

test('Bakara market: a peaceful protest in Mogadishu, Somalia; "police said there were no arrests" is no arrest', () => {
  const list = eventsOf('mogadishu-protest');
  assert.equal(list.length, 1, summarize(list));
  const [e] = list;
  assert.deepEqual(coded(e!), ['Peaceful protest', '2025-03-09', 1, 'Banaadir', 'Somalia', 'Protesters (Somalia)', undefined, null]);
  assert.deepEqual([e!.inter1, e!.interaction, e!.region], [6, '60', 'Eastern Africa']);
});

test('Balcad: the army\'s toll (seven militants and two soldiers) is the best estimate; al-Shabaab\'s denied claim of 15 only widens the range', () => {
  const list = eventsOf('shabaab-clash');
  assert.equal(list.length, 1, summarize(list));
  assert.deepEqual(coded(list[0]!), ['Armed clash', '2025-03-10', 1, 'Middle Shabele', 'Somalia', 'Military Forces of Somalia', 'al-Shabaab', 9]);
  assert.deepEqual([list[0]!.fatalities.low, list[0]!.fatalities.high], [9, 15]);
});

test('the Marib drone attack wounded four soldiers and killed nobody: drones shot down are not deaths', () => {
  const list = eventsOf('frontlinedigest').filter((e) => e.country === 'Yemen');
  assert.equal(list.length, 1, summarize(list));
  assert.deepEqual([list[0]!.eventType, list[0]!.actor1?.name, list[0]!.actor2?.name, list[0]!.fatalities.best, list[0]!.injured.best],
    ['Explosions/Remote violence', 'Houthis (Ansar Allah)', 'Military Forces of Yemen', null, 4]);
});

test('the Kaduna highway blockade: protesters dispersed by police with tear gas, in Kaduna (not Abuja)', () => {
  const list = eventsOf('frontlinedigest').filter((e) => e.country === 'Nigeria');
  assert.equal(list.length, 1, summarize(list));
  assert.deepEqual(coded(list[0]!), ['Protest with intervention', '2025-03-16', 1, 'Kaduna State', 'Nigeria', 'Protesters (Nigeria)', 'Police Forces of Nigeria', null]);
});

test('talks in Geneva, a flood in Idlib and a library reopening in Mosul are not events', () => {
  for (const part of ['geneva', 'idlib', 'mosul-no-event']) assert.deepEqual(eventsOf(part), [], part);
});

test('the other reports: one event each, coded from what they say', () => {
  const expected: Record<string, unknown[]> = {
    // "killing two men described by the Syrian Democratic Forces as Islamic State commanders": the SDF is the source, IS the target;
    // "The US-led coalition said … it had carried out a precision strike in the area": the only state force named flew the drone.
    'raqqa-drone-strike': ['Air/drone strike', '2025-03-04', 1, 'Raqqa', 'Syria', 'Global Coalition against Daesh (US-led coalition)', 'Islamic State', 2],
    'mopti-abduction': ['Abduction/forced disappearance', '2025-03-06', 1, 'Mopti', 'Mali', "Jama'at Nasr al-Islam wal Muslimin", 'Civilians (Mali)', null],
    'anbar-arrests': ['Arrests', '2025-03-10', 1, 'Anbar', 'Iraq', 'Counter-Terrorism Forces of Iraq', 'Islamic State', null],
    // The weapons seized "in the operation" are part of the raid, not a second event.
    'nangarhar': ['Armed clash', '2025-03-14', 1, 'Nangarhar', 'Afghanistan', 'Taliban', 'Islamic State Khorasan Province', 4],
    'borno-attack': ['Attack', '2025-03-14', 1, 'Borno State', 'Nigeria', 'Boko Haram (JAS)', 'Civilians (Nigeria)', 9],
  };
  for (const [part, want] of Object.entries(expected)) {
    const list = eventsOf(part);
    assert.equal(list.length, 1, `${part}:\n${summarize(list)}`);
    assert.deepEqual(coded(list[0]!), want, part);
  }
});
