// Golden events of the seed pages, written by hand from reading them: what each page reports as events (type, place, date, actors, deaths) and what it does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EventRecord } from '../src/article/records.ts';
import { about, pageEvents, summarize, unflagged } from './support/page-events.ts';

const SEEDS = fileURLToPath(new URL('../../shared/corpus/seeds/', import.meta.url));
const skip = existsSync(SEEDS) ? false : `seed corpus not found at ${SEEDS} (it lives in the shared workspace)`;

/** Publication dates read off each page (the pages carry none in machine-readable form; 003 gives none at all). */
const PUBLISHED: Record<string, string | null> = {
  '000_f55d8ec11a386289.txt': '2019-11-20', '001_712ab4d5695d9159.txt': '2019-02-20', '002_12b1ab0b4248cc3a.txt': '2024-03-01',
  '003_8f9a9f19018dd6f0.txt': null, '004_f6356978055d864c.txt': '2019-03-23',
};
const cache = new Map<string, EventRecord[]>();
function events(file: string): EventRecord[] {
  if (!cache.has(file)) cache.set(file, pageEvents(readFileSync(SEEDS + file, 'utf8'), { published: PUBLISHED[file] }));
  return cache.get(file)!;
}
const one = (list: EventRecord[], words: string): EventRecord => {
  const found = unflagged(about(list, words));
  assert.equal(found.length, 1, `one event about "${words}":\n${summarize(list)}`);
  return found[0]!;
};
const coded = (e: EventRecord) => [e.subEventType, e.dateStart, e.dateEnd, e.timePrecision, e.location, e.admin1, e.country, e.actor1?.name, e.actor2?.name, e.fatalities.best];

test('seed 001: three events (the Tal Al-Asfour killing, the Shurgat police killing, the truffle hunters kidnapped) and nothing else', { skip }, () => {
  const list = events('001_712ab4d5695d9159.txt');
  assert.equal(unflagged(list).length, 3, summarize(list));
  // "nine Daesh attacks in Iraq in January alone … In one instance, … in the village of Tal Al-Asfour in the northern Badush region":
  // the location is the most precise place named, the village (the news set's convention), though the gazetteer lacks it.
  assert.deepEqual(coded(one(list, 'shot him and his two brothers')), [
    'Attack', '2019-01-01', '2019-01-31', 3, 'Tal Al-Asfour', 'Nineveh', 'Iraq', 'Islamic State', 'Civilians (Iraq)', 3]);
  // Killing police officers is a battle in ACLED's codebook; "last month" from 20 February is January.
  const shurgat = one(list, 'killed all four officers');
  assert.deepEqual([shurgat.subEventType, shurgat.dateStart, shurgat.timePrecision, shurgat.admin1, shurgat.actor1?.name, shurgat.actor2?.name, shurgat.fatalities.best],
    ['Armed clash', '2019-01-01', 3, 'Salah ad Din', 'Islamic State', 'Police Forces of Iraq', 4]);
  const truffle = one(list, '12 truffle hunters');
  assert.deepEqual([truffle.subEventType, truffle.dateStart, truffle.timePrecision, truffle.location, truffle.geoPrecision, truffle.actor2?.name],
    ['Abduction/forced disappearance', '2019-02-17', 1, 'Anbar', 3, 'Civilians (Iraq)']);
  assert.deepEqual([truffle.inter1, truffle.inter2, truffle.interaction, truffle.civilianTargeting, truffle.region], [2, 7, '27', true, 'Middle East']);
});

test('seed 001: habits, deployments, caches, quotes and the Geneva story are not events', { skip }, () => {
  const list = unflagged(events('001_712ab4d5695d9159.txt'));
  for (const words of ['carrying out kidnappings', 'deployed more than 20,000 troops', 'caches they stashed', 'intelligence gathering and airstrikes',
    'declared victory over the group', 'At its height in 2014', 'massive military build-up', 'bloody crackdown', 'indirect talks in Switzerland']) {
    assert.deepEqual(about(list, words), [], words);
  }
});

test('seed 002: the deaths of several IS fighters in southern Kirkuk is one battle; a weekly habit and a launched operation are not events', { skip }, () => {
  const list = events('002_12b1ab0b4248cc3a.txt');
  assert.equal(unflagged(list).length, 1, summarize(list));
  const deaths = one(list, 'deaths of several ISIS fighters');
  assert.deepEqual([deaths.eventType, deaths.subEventType, deaths.admin1, deaths.actor1?.name, deaths.actor2?.name, deaths.fatalities.best, deaths.timePrecision],
    ['Battles', 'Armed clash', 'Kirkuk', 'Military Forces of Iraq', 'Islamic State', 3, 2]);
  assert.deepEqual(unflagged(about(list, 'Not a week goes by')), []);
});

test('seed 004: the SDF takes Baghuz (Saturday), after coalition air strikes (Thursday); the teasers below carry no events', { skip }, () => {
  const list = events('004_f6356978055d864c.txt');
  const baghuz = one(list, 'liberated the last bastion');
  assert.deepEqual([baghuz.subEventType, baghuz.actor1?.name, baghuz.actor2?.name, baghuz.location, baghuz.country, baghuz.dateStart, baghuz.timePrecision],
    ['Non-state actor overtakes territory', 'Syrian Democratic Forces', 'Islamic State', 'Baghuz', 'Syria', '2019-03-23', 2]);
  const strikes = one(list, 'new wave of airstrikes');
  assert.deepEqual([strikes.subEventType, strikes.actor1?.id, strikes.dateStart, strikes.timePrecision, strikes.location],
    ['Air/drone strike', 'us-led-coalition', '2019-03-21', 1, 'Baghuz']);
  for (const words of ['Taliban Claim Blast', 'shot him dead', 'agree to their use', 'surrendered or been captured']) assert.deepEqual(unflagged(about(list, words)), [], words);
});

test('seeds 000 and 003: no event a default view shows (one is about IS moving and planning, the other cannot be dated)', { skip }, () => {
  assert.deepEqual(unflagged(events('000_f55d8ec11a386289.txt')), [], summarize(events('000_f55d8ec11a386289.txt')));
  assert.deepEqual(unflagged(events('003_8f9a9f19018dd6f0.txt')), [], summarize(events('003_8f9a9f19018dd6f0.txt')));
  const capture = about(events('000_f55d8ec11a386289.txt'), 'capturing surrounding villages at night');
  assert.ok(capture.length > 0 && capture.every((e) => e.flags.includes('hypothetical')));
});
