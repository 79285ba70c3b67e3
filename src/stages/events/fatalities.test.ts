// Fatalities the ACLED way on short reports written for these tests: killed only, all sides summed once, the most conservative figure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle } from '../../article/article.ts';
import type { EventRecord } from '../../article/records.ts';
import { defaultPipeline } from '../default-pipeline.ts';
import { eventFatalities, type HarmCounts } from './fatalities.ts';

function eventsOf(text: string, published = '2024-05-08'): EventRecord[] {
  const result = defaultPipeline({ now: () => new Date('2026-01-01') }).run(createArticle({ id: 'a', documentId: 'd', text, meta: { published } }));
  assert.deepEqual(result.failures, []);
  return result.article.events.filter((e) => e.flags.length === 0);
}
const tolls = (list: readonly EventRecord[]) => list.map((e) => `${e.subEventType} ${e.location}: ${e.fatalities.best}`).join('; ');

test('the dead of both sides told in two clauses are summed once', () => {
  const list = eventsOf('Six soldiers were killed in an attack on an army base near Kirkuk on Monday, while the militants had four killed, police said.');
  assert.equal(list.length, 1, tolls(list));
  assert.equal(list[0]!.fatalities.best, 10, tolls(list));
});

test('a toll sentence after the report, with the dead of each side, gives the event its total', () => {
  const list = eventsOf([
    'Three soldiers were killed on Sunday in an attack on an army post near Kirkuk, the army said.',
    '"The toll is three dead on the army side and six dead on the attackers\' side," it added.',
  ].join('\n'));
  assert.equal(list.length, 1, tolls(list));
  assert.equal(list[0]!.fatalities.best, 9, tolls(list));
});

test('several toll sentences after the report are reports of one toll: the most conservative is the best', () => {
  const list = eventsOf([
    'Gunmen attacked the village of Daquq near Kirkuk on Monday, residents said.',
    'Local sources speak of 20 dead. Initially, the authorities had reported a death toll of 14 people.',
  ].join('\n'));
  assert.equal(list.length, 1, tolls(list));
  assert.deepEqual([list[0]!.fatalities.best, list[0]!.fatalities.low, list[0]!.fatalities.high], [14, 14, 20], tolls(list));
});

test('things counted under a killing word are not dead; a relative joined to a count of kin is counted', () => {
  const houses = eventsOf([
    'Gunmen killed seven villagers in an attack on a village near Kirkuk on Monday.',
    'Besides the people killed, residents also reported some thirty houses burnt down by the attackers.',
  ].join('\n'));
  assert.equal(houses[0]?.fatalities.best, 7, tolls(houses));
  const family = eventsOf('The wife and two children of a local official were killed when gunmen stormed his house in Kirkuk on Monday.');
  assert.equal(family[0]?.fatalities.best, 3, tolls(family));
});

test('one person killed, named by role and set off by commas, mid-sentence, is one dead', () => {
  const list = eventsOf('Gunmen stormed a school in Kirkuk on Monday, where a school principal, Ali Hassan, was killed and his wife kidnapped.');
  assert.ok(list.length >= 1, tolls(list));
  assert.equal(Math.max(...list.map((e) => e.fatalities.best ?? 0)), 1, tolls(list));
});

test('two figures for one side are two reports of one toll: the lower is the best; a vague word yields to an exact figure', () => {
  const list = eventsOf([
    'A car bomb exploded near a police station in Kirkuk on Monday, killing at least four police officers.',
    'A spokesman for the militants said nine police officers were killed.',
    'Dozens of people have been killed in the city.',
  ].join('\n'));
  assert.equal(list.length, 1, tolls(list));
  assert.equal(list[0]!.fatalities.best, 4, tolls(list));
  assert.ok((list[0]!.fatalities.high ?? 0) >= 9);
});

test('an arrest kills no one: a killing the arrested are blamed for is not its toll', () => {
  const list = eventsOf('Police in Kirkuk on Monday arrested two men suspected of the killing of three shepherds.');
  const arrest = list.find((e) => e.subEventType === 'Arrests');
  assert.ok(arrest, tolls(list));
  assert.equal(arrest.fatalities.best, 0);
});

test('eventFatalities: sides summed at their most conservative, general tolls compared with the sum', () => {
  const harm = (best: number, side: HarmCounts['side'], extra: Partial<HarmCounts> = {}): HarmCounts => ({ fatalities: { best, low: best, high: best }, side, injured: { best: null, low: null, high: null }, spans: [], ...extra });
  assert.equal(eventFatalities([harm(8, 'state'), harm(3, 'armed')]).best, 11);
  assert.equal(eventFatalities([harm(8, 'state'), harm(3, 'armed'), harm(20, null)]).best, 20);
  assert.equal(eventFatalities([harm(3, 'state'), harm(10, 'state')]).best, 3);
  assert.equal(eventFatalities([harm(1, 'state'), harm(5, 'state')]).best, 5);
  assert.equal(eventFatalities([harm(171, null), harm(160, null)]).best, 171);
  assert.equal(eventFatalities([harm(12, null, { vague: true }), harm(3, null)]).best, 3);
  assert.equal(eventFatalities([harm(12, null, { contested: true }), harm(3, null)]).best, 3);
});
