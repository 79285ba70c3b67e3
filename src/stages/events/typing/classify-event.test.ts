// The event typer on hand-written reports, several per label, written from the ACLED codebook definitions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyReport } from './classify-event.ts';
import type { CaseLabel } from './case-labels.ts';

const CASES: ReadonlyArray<readonly [CaseLabel, string]> = [
  ['ARMED_CLASH', 'Soldiers and rebels exchanged fire for three hours near the border post on Monday.'],
  ['ARMED_CLASH', 'Insurgents attacked an army checkpoint overnight and the troops repelled them after a fierce gun battle.'],
  ['GOV_REGAINS_TERIT', 'Government troops recaptured the town from the insurgents on Friday, the army said.'],
  ['GOV_REGAINS_TERIT', 'The national army took back control of three villages that rebels had held since March.'],
  ['NON_STATE_ACTOR_OVERTAKES_TER', 'Rebel fighters seized the district headquarters and took control of the town after the army fled.'],
  ['NON_STATE_ACTOR_OVERTAKES_TER', 'The provincial capital fell to militants late on Sunday.'],
  ['CHEM_WEAP', 'Dozens of residents were treated for breathing problems after a helicopter dropped barrels of chlorine gas on the suburb.'],
  ['AIR_STRIKE', 'Warplanes carried out airstrikes on the rebel-held town, destroying a market.'],
  ['AIR_STRIKE', 'A drone strike hit a vehicle carrying two commanders of the group.'],
  ['SUIC_BOMB', 'A suicide bomber blew himself up at the entrance of the police academy, killing nine cadets.'],
  ['ART_MISS_ATTACK', 'Artillery shells and mortar rounds landed on the outskirts of the city throughout the night.'],
  ['ART_MISS_ATTACK', 'Rebels fired rockets at the airport, damaging a runway.'],
  ['REM_EXPLOS', 'A roadside bomb exploded under a minibus on the highway, killing four passengers.'],
  ['REM_EXPLOS', 'An improvised explosive device planted near the market detonated as a patrol passed.'],
  ['GRENADE', 'Unknown attackers lobbed a hand grenade into a bar, injuring six customers.'],
  ['SEX_VIOL', 'Human rights investigators said soldiers raped women in the displaced persons camp.'],
  ['ATTACK', 'Gunmen stormed the village before dawn and shot dead eleven villagers, including children.'],
  ['ATTACK', 'Unidentified assailants murdered a journalist outside his home in the capital.'],
  ['ABDUCT_DISSAP', 'Armed men kidnapped three aid workers on the road to the camp and demanded a ransom.'],
  ['PEACE_PROTEST', 'Thousands of teachers marched peacefully through the capital to demand higher wages.'],
  ['PEACE_PROTEST', 'Students staged a sit-in outside the ministry, holding placards against the new fees.'],
  ['PROTEST_WITH_INTER', 'Police fired tear gas to disperse demonstrators who had gathered outside parliament.'],
  ['FORCE_AGAINST_PROTEST', 'Security forces opened fire on peaceful protesters, killing five, witnesses said.'],
  ['VIOL_DEMONSTR', 'Protesters threw stones at police and set tyres ablaze as the rally turned violent.'],
  ['VIOL_DEMONSTR', 'Rioters smashed shop windows and torched cars after the verdict.'],
  ['MOB_VIOL', 'A mob lynched a man accused of stealing a goat in the village.'],
  ['AGREEMENT', 'The two sides signed a ceasefire agreement in the capital on Tuesday.'],
  ['AGREEMENT', 'The government and the rebels exchanged prisoners under a deal brokered by elders.'],
  ['ARREST', 'Police arrested four opposition activists at their homes overnight.'],
  ['CHANGE_TO_GROUP_ACT', 'Hundreds of fighters defected from the militia to join the army, a commander said.'],
  ['CHANGE_TO_GROUP_ACT', 'The army dispatched reinforcements and heavy armour to the northern front.'],
  ['DISR_WEAP', 'Troops discovered a cache of weapons and ammunition hidden in a cave.'],
  ['DISR_WEAP', 'Bomb disposal experts defused an explosive device found near the bridge.'],
  ['HQ_ESTABLISHED', 'Foreign troops have set up a new military base near the town.'],
  ['PROPERTY_DISTRUCT', 'Militiamen looted shops and set houses on fire in the abandoned village.'],
  ['NON_VIOL_TERRIT_TRANSFER', 'Government forces withdrew from the town and rebels entered it without a fight.'],
  ['OTHER', 'The commander declared victory over the militants in a televised address.'],
  ['ORG_CRIME', 'Police broke up a drug trafficking ring and seized two tonnes of cocaine.'],
  ['NATURAL_DISASTER', 'Floods triggered by heavy rain swept away hundreds of homes in the valley.'],
  ['NATURAL_DISASTER', 'A magnitude 6.1 earthquake struck the coast, killing 14 people.'],
  ['MAN_MADE_DISASTER', 'A passenger train derailed near the station, injuring dozens.'],
  ['MAN_MADE_DISASTER', 'A gas explosion at a chemical plant killed three workers.'],
  ['DIPLO', 'The government expelled two diplomats and announced new sanctions in retaliation.'],
  ['ATTRIB', 'The militant group claimed responsibility for the bombing in a statement.'],
  ['ATTRIB', 'The ministry denied that its aircraft were responsible for the strike.'],
  // A second set, written later in other words, to check the lexicons generalise beyond the first.
  ['ARMED_CLASH', 'Fighting broke out between two rival militias in the eastern district, leaving several fighters dead.'],
  ['ARMED_CLASH', 'Police officers and suspected bandits traded gunfire for hours in the forest reserve.'],
  ['ARMED_CLASH', 'Al-Shabaab militants attacked a military base in Lower Shabelle, sparking a heavy gunfight with soldiers.'],
  ['GOV_REGAINS_TERIT', 'The military said it had liberated the town from jihadists after a two-day assault.'],
  ['NON_STATE_ACTOR_OVERTAKES_TER', 'Houthi rebels seized the district centre after government troops withdrew under fire.'],
  ['AIR_STRIKE', 'Russian jets bombed a market in Idlib province, killing 12 civilians.'],
  ['AIR_STRIKE', 'A US drone struck a car in Shabwa, killing two suspected al-Qaeda members.'],
  ['ART_MISS_ATTACK', 'Separatists shelled residential areas of the city overnight, wounding three residents.'],
  ['ART_MISS_ATTACK', 'A ballistic missile fired by the rebels landed near the airport.'],
  ['REM_EXPLOS', 'A bomb hidden in a motorcycle exploded near a police station, injuring five people.'],
  ['REM_EXPLOS', 'Two soldiers were killed when their vehicle hit a landmine on the border road.'],
  ['SUIC_BOMB', 'A suicide car bomber rammed into an army convoy, killing 11 soldiers.'],
  ['GRENADE', 'A grenade was thrown at a police post in the city centre, wounding two constables.'],
  ['CHEM_WEAP', 'Activists accused government forces of using poison gas in an attack on the suburb.'],
  ['ATTACK', 'Herders attacked a farming village at night, killing 23 people and burning homes.'],
  ['ATTACK', 'Gunmen on motorcycles shot dead a local councillor outside his house.'],
  ['ABDUCT_DISSAP', 'Gunmen abducted 30 students from a boarding school in the north-west.'],
  ['SEX_VIOL', 'UN investigators documented cases of rape by soldiers during the offensive.'],
  ['PEACE_PROTEST', 'Hundreds of farmers rallied in front of the governor\'s office demanding compensation.'],
  ['PROTEST_WITH_INTER', 'Riot police used water cannon to break up a crowd of students marching on parliament.'],
  ['FORCE_AGAINST_PROTEST', 'Soldiers shot dead four demonstrators during a protest against the coup.'],
  ['VIOL_DEMONSTR', 'Angry demonstrators torched a police station and pelted officers with stones.'],
  ['MOB_VIOL', 'A mob beat a suspected thief to death in the market.'],
  ['AGREEMENT', 'The warring parties agreed to a 72-hour truce to allow aid deliveries.'],
  ['ARREST', 'Security forces detained a prominent journalist at the airport.'],
  ['CHANGE_TO_GROUP_ACT', 'Two armed groups announced they had merged to form a new coalition.'],
  ['DISR_WEAP', 'Soldiers seized a truck loaded with rifles and ammunition at a checkpoint.'],
  ['HQ_ESTABLISHED', 'The rebels established a new headquarters in the captured town.'],
  ['PROPERTY_DISTRUCT', 'Militants burned down a church and looted shops in the village.'],
  ['NON_VIOL_TERRIT_TRANSFER', 'Government troops handed over the airbase to the peacekeeping force.'],
  ['ORG_CRIME', 'Police dismantled a gang smuggling migrants across the border.'],
  ['NATURAL_DISASTER', 'A cyclone made landfall, flattening thousands of homes.'],
  ['MAN_MADE_DISASTER', 'A fire at a garment factory killed 20 workers.'],
  ['DIPLO', 'The foreign ministry summoned the ambassador over the remarks.'],
  ['ATTRIB', 'The rebels denied any involvement in the attack on the convoy.'],
];

for (const [label, text] of CASES) {
  test(`types "${text.slice(0, 60)}…" as ${label}`, () => {
    const result = classifyReport(text);
    assert.equal(result.label, label, `scores: ${JSON.stringify(Object.entries(result.scores).filter(([, s]) => s > 0))}`);
    assert.ok(result.confidence > 0.5);
  });
}

test('a text with no cue at all gets confidence 0', () => {
  assert.equal(classifyReport('The cat sat on the mat.').confidence, 0);
});

test('the initiator decides who takes ground: state forces regain, non-state actors overtake', () => {
  assert.equal(classifyReport('Army troops captured the town of Kere.').label, 'GOV_REGAINS_TERIT');
  assert.equal(classifyReport('Insurgents captured the town of Kere.').label, 'NON_STATE_ACTOR_OVERTAKES_TER');
});

test('the target decides Attack versus Armed clash', () => {
  assert.equal(classifyReport('Gunmen attacked and killed worshippers at a mosque.').label, 'ATTACK');
  assert.equal(classifyReport('Gunmen attacked and killed soldiers at an army base.').label, 'ARMED_CLASH');
});

test('a vigilante group is an actor, not a mob: only what vigilantes do to people makes mob violence', () => {
  assert.equal(classifyReport('Vigilantes lynched a suspected cattle thief in the market.').label, 'MOB_VIOL');
  assert.equal(classifyReport('Two men accused of witchcraft were beaten to death by vigilantes.').label, 'MOB_VIOL');
  assert.notEqual(classifyReport('A member of a vigilante group who tried to stop the gunmen lost his life in the shootout.').label, 'MOB_VIOL');
});
