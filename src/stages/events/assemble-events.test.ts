// Document-level assembly on short synthetic reports: one event per day, place, actors and type, whatever the number of sentences telling it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticle } from '../../article/article.ts';
import type { EventRecord } from '../../article/records.ts';
import { defaultPipeline } from '../default-pipeline.ts';

// Reports written for these tests; places are real so the gazetteer can resolve them.
function eventsOf(text: string, published = '2024-05-08'): EventRecord[] {
  const result = defaultPipeline({ now: () => new Date('2026-01-01') }).run(createArticle({ id: 'a', documentId: 'd', text, meta: { published } }));
  assert.deepEqual(result.failures, []);
  return result.article.events.filter((e) => e.flags.length === 0);
}
const summary = (list: EventRecord[]) => list.map((e) => `${e.subEventType} ${e.dateStart} ${e.location}`).join('; ');

test('headline, lede and later sentences about one bombing are one event with every evidence sentence', () => {
  const list = eventsOf([
    'Suicide bomber kills 12 in Kirkuk market',
    'A suicide bomber killed 12 people in a crowded market in Kirkuk on Monday, police said.',
    'The attack happened at noon, when the market was full of shoppers.',
    'There was no immediate claim of responsibility for the blast.',
  ].join('\n'));
  assert.equal(list.length, 1, summary(list));
  const [e] = list;
  assert.deepEqual([e!.subEventType, e!.dateStart, e!.location, e!.fatalities.best, e!.actor1?.name, e!.actor2?.name],
    ['Suicide bomb', '2024-05-06', 'Kirkuk', 12, 'Unidentified Armed Group (Iraq)', 'Civilians (Iraq)']);
  assert.ok(e!.evidence.length >= 3);
});

test('a background event with its own month stays apart from the news; a claim of responsibility names the initiator', () => {
  const list = eventsOf([
    'Gunmen killed four soldiers at a checkpoint near Tikrit on Tuesday.',
    'Islamic State claimed responsibility for the attack in a statement.',
    'In March, a car bomb killed 20 people in Baghdad.',
  ].join('\n'));
  assert.equal(list.length, 2, summary(list));
  const tikrit = list.find((e) => e.location === 'Tikrīt' || e.admin1 === 'Salah ad Din')!;
  assert.deepEqual([tikrit.subEventType, tikrit.actor1?.name, tikrit.actor2?.name, tikrit.fatalities.best], ['Armed clash', 'Islamic State', 'Military Forces of Iraq', 4]);
  const march = list.find((e) => e.dateStart?.startsWith('2024-03'))!;
  assert.deepEqual([march.subEventType, march.timePrecision, march.eventDate, march.location], ['Remote explosive/landmine/IED', 3, '2024-03-15', 'Baghdad']);
});

test('"in the second attack" and listed places make separate events', () => {
  const second = eventsOf('Militants staged two attacks on Sunday. In the first attack, six policemen were killed in Tikrit. In the second attack, gunmen killed three farmers in Samarra.');
  assert.equal(second.length, 2, summary(second));
  const raids = eventsOf('Security forces arrested ISIS suspects in raids in Baghdad, Kirkuk and Anbar on Tuesday.');
  assert.deepEqual(raids.map((e) => e.admin1).sort(), ['Anbar', 'Baghdad', 'Kirkuk']);
});

test('wounded, casualties and running totals are not the dead; a group\'s claimed toll only widens the range', () => {
  const [e] = eventsOf('Eight soldiers were killed and 10 wounded on Monday in clashes with Islamic State militants near Mosul. The group said its fighters had killed 30 soldiers, a figure the army denied.');
  assert.deepEqual([e!.fatalities.best, e!.fatalities.low, e!.fatalities.high, e!.injured.best], [8, 8, 30, 10]);
  const [riot] = eventsOf('Two protesters died in clashes with police in Basra on Thursday, taking the death toll to 11.');
  assert.equal(riot!.fatalities.best, 2);
});

test('an air strike and a car bomb are two events; "Later on Friday" tells another one', () => {
  const two = eventsOf([
    'A car bomb exploded near a police station in Mogadishu on Tuesday, killing three police officers.',
    'US air strikes hit an al-Shabaab camp near Mogadishu on Tuesday, killing 20 fighters.',
  ].join('\n'));
  assert.deepEqual(two.map((e) => e.subEventType).sort(), ['Air/drone strike', 'Remote explosive/landmine/IED'], summary(two));
  const later = eventsOf('On Friday, insurgents killed two villagers in Machava village in Nangade district, in the Mozambican province of Cabo Delgado. Later on Friday, insurgents attacked a neighbourhood of Nangade town, where they killed three people.', '2019-08-28');
  assert.equal(later.length, 2, summary(later));
});

test('people killed by a bombardment from the air are an air strike; killed and abducted is an attack; abducted counts are no toll', () => {
  const [strike] = eventsOf('Officials in Myanmar said 40 people were killed, including children, as a result of the military air bombardment on Kanbalu in Sagaing Region on Tuesday.', '2023-04-12');
  assert.equal(strike?.subEventType, 'Air/drone strike');
  const [attack] = eventsOf('Gunmen killed a teacher and kidnapped his wife in Kaduna on Monday.');
  assert.equal(attack?.subEventType, 'Attack');
  const [abduction] = eventsOf('Bandits stormed a school in Kaduna on Monday, abducting dozens of pupils.');
  assert.deepEqual([abduction?.subEventType, abduction?.fatalities.best ?? null], ['Abduction/forced disappearance', null]);
});

test('violence that names nobody, no toll and no date is no event', () => {
  assert.deepEqual(eventsOf('The battle for Ukraine and the battle against woke-ism is in fact the same battle.'), []);
  assert.equal(eventsOf('A rocket hit Mosul on Monday, but no one was killed.').length, 1);
});

test('the side that repels an attack is its target; an air strike nobody is said to fly is the named state force\'s', () => {
  const [repelled] = eventsOf('Nigerian troops repelled an attack by Boko Haram fighters on a military base in Monguno, Borno State on Friday.', '2023-04-08');
  assert.deepEqual([repelled?.subEventType, repelled?.actor1?.name], ['Armed clash', 'Boko Haram (JAS)'], summary(eventsOf('Nigerian troops repelled an attack by Boko Haram fighters on a military base in Monguno, Borno State on Friday.', '2023-04-08')));
  const strikes = eventsOf('Myanmar\'s military has stepped up its campaign against the resistance in Chin State. Bombs dropped during air strikes in Falam on Monday killed at least nine civilians, residents said.', '2023-04-12');
  const falam = strikes.find((e) => e.subEventType === 'Air/drone strike');
  assert.equal(falam?.actor1?.name, 'Military Forces of Myanmar', summary(strikes));
});

test('two figures for one toll are a range with the lower as best; one force is not both sides', () => {
  const [strike] = eventsOf('On April 11, officials in Myanmar reported that 168 people were killed in an air strike on Kanbalu in Sagaing Region, however, locals claim that 174 people died.', '2023-04-12');
  assert.deepEqual([strike?.fatalities.best, strike?.fatalities.low, strike?.fatalities.high], [168, 168, 174]);
  const [clash] = eventsOf('Two Malian soldiers were killed on Sunday in an attack on an army post in Niafunke, in central Mali, the army said.', '2022-02-14');
  assert.deepEqual([clash?.actor1?.name, clash?.actor2?.name], ['Unidentified Armed Group (Mali)', 'Military Forces of Mali'], summary(eventsOf('Two Malian soldiers were killed on Sunday in an attack on an army post in Niafunke, in central Mali, the army said.', '2022-02-14')));
});

test('a page\'s date stamp and a since-clause\'s date do not date the event', () => {
  const [kuriga] = eventsOf(' date 2024-03-08 Over 280 pupils were abducted by bandits in Kuriga, Kaduna State, Nigeria on Thursday.', '2024-03-08');
  assert.equal(kuriga?.dateStart, '2024-03-07');
  const [protest] = eventsOf('Thousands of protesters marched in Khartoum, Sudan, in the biggest challenge to the general since he ousted the prime minister on October 25.', '2021-10-30');
  assert.deepEqual([protest?.dateStart, protest?.timePrecision], ['2021-10-30', 2]);
});

test('a negated act is negated even when its trigger names the actors; a protest stays when only the intervention is denied', () => {
  const all = (text: string): readonly EventRecord[] => defaultPipeline({ now: () => new Date('2026-01-01') }).run(createArticle({ id: 'a', documentId: 'd', text, meta: { published: '2024-05-08' } })).article.events;
  assert.deepEqual(all('Gunmen did not attack the police station in Kirkuk on Monday, officials said.').map((e) => e.flags), [['negated']]);
  assert.deepEqual(all('Gunmen killed three farmers near Kirkuk on Monday but did not attack the village.').map((e) => e.flags), [[]]);
  assert.deepEqual(all('Police in Baghdad did not open fire on protesters on Monday, officials said.').map((e) => [e.subEventType, e.flags]), [['Peaceful protest', []]]);
});

test('a day just before a speech verb dates the statement, not the event', () => {
  const list = eventsOf('A US drone strike killed an Islamic State leader near Kefteen in Idlib, Syria on Monday. The Associated Press on Tuesday reported that the leader was killed in the drone strike.', '2023-04-04');
  assert.deepEqual(list.map((e) => e.dateStart), ['2023-04-03'], summary(list));
});

test('a quoted count of the wounded is not added to the dead', () => {
  const [e] = eventsOf('Six civilians and four soldiers died on Monday in an attack in Djibo, Burkina Faso, the source said, adding that “several” others were wounded.');
  assert.deepEqual([e?.fatalities.best, e?.injured.best], [10, 3]);
});

test('one person stoned or lynched to death is one death', () => {
  const [e] = eventsOf('A middle-aged man was stoned to death by a mob in a village in Khanewal district, Punjab, Pakistan on Saturday.', '2022-02-13');
  assert.equal(e?.fatalities.best, 1, summary(eventsOf('A middle-aged man was stoned to death by a mob in a village in Khanewal district, Punjab, Pakistan on Saturday.', '2022-02-13')));
});
