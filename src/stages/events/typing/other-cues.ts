// Weighted trigger cues for demonstrations, strategic developments and the non-ACLED report kinds of CASE 2021.
// Sources: ACLED Codebook (2023) definitions; CASE 2021 task description for the five non-ACLED labels.
import { cues, type Cue } from './cue-syntax.ts';
import type { CaseLabel } from './case-labels.ts';

export const OTHER_CUES: Partial<Record<CaseLabel, readonly Cue[]>> = {
  PEACE_PROTEST: cues([
    ['protest(s|ed|ing)?', 2.5], ['protesters?', 2.5], ['demonstrat(ion|ions|ed|ing|ors?)', 2.5], ['rall(y|ies|ied)', 2.5],
    ['march(ed|es)', 2], ['sit ?ins?', 3], ['die ?ins?', 3], ['human chains?', 3], ['took to the streets', 3], ['pickets?', 2.5], ['vigils?', 2.5], ['placards?', 2.5],
    ['banners?', 1.5], ['slogans?', 2], ['chant*', 2], ['on strike', 3], ['strik(e|es|ing) workers', 3], ['walkouts?', 2.5],
    ['boycott*', 1.5], ['gathered', 1], ['peaceful(ly)?', 1.5], ['petition', 1],
  ]),
  PROTEST_WITH_INTER: cues([
    ['dispers*', 3], ['tear ?gas', 3], ['water ?cannons?', 3], ['rubber bullets', 2.5], ['pepper ?spray*', 3],
    ['batons?', 2.5], ['crack(ed)? down', 2], ['crackdown', 2], ['broke up', 3], ['suppress*', 2.5], ['(arrested|detained) ~ (protesters|demonstrators|activists|participants)', 3],
    ['stun grenades?', 3], ['riot police', 1.5], ['blocked', 1], ['prevented', 1.5], ['cut short', 3], ['forcibly', 1.5],
  ]),
  FORCE_AGAINST_PROTEST: cues([
    ['live (ammunition|fire|rounds|bullets)', 3.5], ['(fired|opened fire) (on|at|into) ~ (protesters|demonstrators|crowds?|rally)', 4],
    ['(killed|shot|shooting|killing) ~ (protesters|demonstrators)', 3], ['violently (suppress*|dispers*|crush*)', 3],
    ['bloody crackdown', 3], ['brutal(ly)?', 1.5], ['excessive force', 3.5], ['bullets', 1.5],
  ]),
  VIOL_DEMONSTR: cues([
    ['riot(s|ed|ing|ers)?', 3], ['threw (stones|rocks|bricks|bottles|petrol|molotov|fire ?crackers)', 3.5], ['stones?', 1.5],
    ['stone ?pelt*', 3.5], ['stone ?throw(ers?|ing)', 3.5], ['pelted', 3], ['petrol bombs?', 3], ['molotov*', 3.5], ['set (on )?fire', 1.5], ['torch*', 1.5], ['(set|sets|setting) fire to|torch(ed|ing) (the )?(\\w+ ){0,3}(buildings?|offices?|headquarters|complex|compound|premises|stations?)', 2],
    ['burn(ed|ing|t)? (tyres|tires)', 3], ['vandali[sz]*', 2], ['smash*', 2], ['clash(ed|es)? with (the )?(police|security|officers|riot)', 3],
    ['violen(t|ce|tly)', 2], ['unrest', 1.5], ['scuffl*', 2.5], ['confront*', 2], ['hurl(ed|ing)? (rocks|stones|bricks|bottles|objects|petrol|molotov)', 3.5], ['throw(ing|n)? (rocks|stones|bricks|bottles|fireworks|firecrackers|objects|petrol|molotov)', 3.5], ['fire ?(works|crackers)', 2], ['barricad*', 2], ['stormed', 1.5], ['rampag*', 2.5],
    ['(set|sets|setting) ablaze', 2.5], ['ablaze', 1.5], ['engulf*', 1.5], ['flames', 1],
    ['burn(s|ed|t|ing)? (down )?(the |a |an |several )?(\\w+ ){0,2}(buildings?|offices?|headquarters|complex|consulate|compound|stations?|cars?|vehicles?)', 2.5],
  ]),
  MOB_VIOL: cues([
    ['mobs?', 4], ['lynch*', 5], ['vigilantes? (killed|lynched|beat|attacked|burned|torched|stoned)', 3.5], ['(killed|lynched|beaten|murdered|burned|stoned) by vigilantes?', 3.5], ['villagers clashed', 3], ['communal (clash*|violence)', 4],
    ['beat(en)? ~ to death', 3], ['beat(en)? up', 2], ['angry crowd', 3], ['(sticks|rods|clubs|machetes)', 1.5],
    ['(rival )?(groups|villagers|residents|supporters) clashed', 2.5], ['mob justice', 3],
  ]),
  AGREEMENT: cues([
    ['agree(d|ment|ments|s)?', 3], ['cease ?fire', 3.5], ['truce', 3.5], ['peace (deal|accord|agreement)', 2.5],
    ['signed', 2], ['prisoner (swap|exchange)s?', 4], ['exchange(d)? (of )?prisoners', 4], ['swap(ped)?', 3],
    ['accords?', 2.5], ['deal', 1.5], ['memorandum', 2.5], ['pact', 3], ['surrender*', 3], ['exchange ~ prisoners', 3], ['prisoners of war', 2], ['evacuation deal', 2], ['reconcil*', 2.5], ['released (\\w+ )?(prisoners|detainees|captives|hostages)', 2],
  ]),
  ARREST: cues([
    ['arrest*', 3.5], ['detain(ed|ing|s)', 3], ['detention', 1.5], ['taken into custody', 3.5], ['apprehend*', 3.5],
    ['nabbed', 3], ['rounded up', 3], ['custody', 1.5], ['held for questioning', 3], ['remanded', 2.5], ['jailed', 2], ['caught', 1.5],
  ]),
  CHANGE_TO_GROUP_ACT: cues([
    ['defect(ed|ion|ions|ing|ors?)', 4], ['joined', 1.5], ['merg(e|ed|er)', 2.5], ['formed', 2], ['deploy*', 2.5],
    ['reinforcement*', 3], ['reinforc(e|ed|ing)', 3], ['dispatch*', 3], ['mobili[sz]*', 3], ['withdr(ew|awn|aw|awal)', 1.5],
    ['pull(ed|s)? (back|out)', 2.5], ['relocat*', 2.5], ['convoy', 1], ['arriv*', 1], ['massing', 3], ['build ?up', 2.5],
    ['preparing (for|to|an)', 2.5], ['waiting for', 2], ['recruit*', 2], ['disband*', 3], ['dissolv*', 2.5],
    ['new commander', 3], ['training', 1], ['on their way', 2.5], ['heading (to|towards)', 2],
    ['launch(ed)? (a|an) (new )?(campaign|offensive)', 1.5], ['stationed', 1.5],
  ]),
  DISR_WEAP: cues([
    ['(seiz|confiscat|recover|discover|found|find|unearth|captur)\\w* ~ (weapons|arms|ammunitions?|ammo|explosives?|guns|firearms|rifles|pistols|cartridges|bullets|grenades|mines|landmines|missiles|rockets|mortars|ieds?|devices?|detonators|tnt|bombs?)', 4],
    ['(weapons|arms|ammunitions?|ammo|explosives?|guns|firearms|rifles|pistols|cartridges|bullets|grenades|mines|ieds?|devices?|bombs?|packages?) ~ (were|was|been|have been|has been) (seized|confiscated|found|discovered|recovered|captured|intercepted|defused|dismantled)', 4],
    ['caches?', 3.5], ['stash(es)?', 3], ['defus*', 4], ['dismantl*', 3], ['intercept*', 2.5], ['bomb disposal', 3],
    ['controlled explosion', 3], ['foil*', 3], ['thwart*', 3], ['shot down', 3], ['depots?', 1.5], ['weapons', 1], ['ammunitions?', 2],
    ['accidentally (activated|detonated|exploded)', 4], ['prematurely', 3], ['cleared', 1], ['destroyed ~ (weapons|ieds?|explosives|machine guns)', 3],
  ]),
  HQ_ESTABLISHED: cues([
    ['(establish|set up|setting up|sets up|built|build|building|open(?!ed fire|ing fire|s fire))\\w* ~ (bases?|headquarters|hq|outposts?|observation (points?|posts?)|posts?|camps?|checkpoints?|positions?|barracks)', 5],
    ['(bases?|headquarters|outposts?|points?|posts?|camps?|barracks) ~ (established|set up|built)', 4],
    ['observation (points?|posts?)', 3], ['new (military )?base', 3], ['headquarters', 1], ['garrison*', 2],
  ]),
  PROPERTY_DISTRUCT: cues([
    ['loot*', 4], ['set (on )?fire', 2.5], ['set alight', 3], ['set ablaze', 3], ['torch*', 3], ['burn(ed|t) (down )?~ (houses|homes|shops|vehicles|cars|buildings|property|properties|crops)', 3],
    ['vandali[sz]*', 3], ['demolish*', 3], ['raz(e|ed|ing)', 3.5], ['ransack*', 4], ['plunder*', 4], ['pillag*', 4],
    ['destroy* ~ (homes|houses|property|properties|shops|crops|vehicles|cars|schools?|churches|mosques|shrines?|statues?|offices?|towers?|masts?)', 2.5],
    ['arson', 3.5], ['damag(ed|ing)', 1], ['properties', 1.5], ['assets', 1],
  ]),
  NON_VIOL_TERRIT_TRANSFER: cues([
    ['withdr(ew|awn|aw|awal|awing) (from|its|their)', 3], ['evacuat(ion|ed|e)', 2], ['evacuation deal', 3],
    ['hand(ed|s|ing)? over', 3], ['handover', 3], ['without (a )?(fight|resistance|clashes)', 4], ['leav(e|ing) ~ (bastion|stronghold|enclave|city|town|area)', 3],
    ['crossed (in)?to ~ territory', 3], ['vacat*', 3], ['retreat(ed|ing|s)', 2], ['took over (the )?positions', 3], ['deployed (in)?to ~ (areas?|border|towns?|city)', 1.5],
    ['entered', 1.5], ['peaceful(ly)? (handover|transfer)', 4],
  ]),
  OTHER: cues([
    ['declar(ed|es|ing)? (the )?(military )?victory', 3], ['victory (over|against)', 3], ['(is|are) (now )?free', 2.5], ['(has|have) been (defeated|achieved)', 2.5],
  ]),
  ORG_CRIME: cues([
    ['smuggl*', 4], ['traffick*', 4], ['drugs?', 3], ['narcotic*', 4], ['fraud*', 4], ['rob(bed|bery|beries|bers?|bing)', 4],
    ['theft', 4], ['thie(f|ves)', 4], ['steal*', 4], ['stole', 4], ['gangs?', 2.5], ['cartels?', 3], ['pornograph*', 4],
    ['counterfeit*', 4], ['money laundering', 4], ['extort*', 3.5], ['poach*', 3], ['burglar*', 4], ['heroin', 4], ['cocaine', 4],
    ['hashish', 4], ['cannabis', 3.5], ['marijuana', 3.5], ['methamphetamine', 4], ['contraband', 4], ['illegal(ly)? (migrants?|immigra*|crossing|border)', 3.5],
    ['migrants', 2], ['hate crime', 4], ['criminals?', 2.5], ['crimes?', 2], ['scam*', 4], ['bribe*', 3], ['corruption', 2.5],
    ['mafia', 4], ['syndicate', 3.5], ['racket*', 3], ['thugs', 3], ['fleeing|flee', 1], ['charged with', 2], ['suspects?', 1],
  ]),
  NATURAL_DISASTER: cues([
    ['earthquakes?', 5], ['quakes?', 5], ['flood(s|ed|ing|waters)?', 4], ['cyclones?', 5], ['hurricanes?', 5], ['typhoons?', 5],
    ['tornado(es)?', 5], ['storms?', 3.5], ['landslides?', 5], ['mudslides?', 5], ['droughts?', 5], ['wild ?fires?', 5],
    ['bush ?fires?', 5], ['forest fires?', 5], ['tsunamis?', 5], ['volcan*', 5], ['eruption', 3], ['heat ?waves?', 5],
    ['heavy rain*', 4], ['rainfall', 4], ['avalanche*', 5], ['epidemic', 4], ['pandemic', 4], ['covid(-19)?', 5], ['coronavirus', 5],
    ['outbreak', 3.5], ['cholera', 5], ['ebola', 5], ['infect(ed|ions?)', 3], ['virus', 3], ['locusts?', 5], ['blizzard*', 5],
    ['snow(storm|fall)?', 3.5], ['lightning', 4], ['monsoon', 4], ['magnitude', 4], ['tremors?', 4], ['weather', 2.5], ['rains', 3], ['cases', 1],
  ]),
  MAN_MADE_DISASTER: cues([
    ['crash(ed|es)?', 3], ['collision', 3.5], ['collided', 3.5], ['derail*', 4.5], ['capsiz*', 4.5], ['sank', 3], ['plunged', 3],
    ['overturn*', 3.5], ['leak(s|ed|ing|age)?', 4], ['spill(s|ed|t|age)?', 4], ['fire broke out', 4], ['blaze', 3.5], ['caught fire', 3.5],
    ['fire (crews|fighters|brigade|service)', 3.5], ['firefighters', 3.5], ['(buildings?|bridges?|roofs?|walls?|dams?|dykes?|mines?|structures?|houses?|stages?|cranes?|towers?|floors?|stands?) ~ collaps*', 3.5], ['collapse of ~ (buildings?|bridges?|roofs?|walls?|dams?|mines?)', 3.5], ['boilers?', 4], ['gas (explosion|cylinder|tank|leak)', 4],
    ['(plant|factory|refinery|warehouse|tanker|mine|furnace|tank|container) ~ explo*', 3], ['contaminat*', 4], ['poison(ed|ing)', 3],
    ['accident(s|al|ally)?', 3.5], ['stampede', 4], ['chemical plant', 3], ['nuclear (plant|power)', 3], ['adulterated', 4], ['hooch', 4],
    ['emergency services', 3], ['airlifted', 2.5], ['to hospital', 1.5], ['hazard*', 2.5], ['wastewater', 4], ['oil', 1.5], ['tanker', 2],
    ['factory', 2], ['workers', 1.5], ['vehicles?', 0.5], ['motorist', 4], ['road', 0.5], ['flights?', 1.5], ['plane', 2], ['bus', 2],
  ]),
  DIPLO: cues([
    ['sanction*', 4.5], ['diplomat(s|ic)?', 4], ['expel*', 4.5], ['expulsions?', 4.5], ['embass(y|ies)', 3], ['ambassadors?', 3.5],
    ['consulates?', 4], ['foreign minist(er|ry)', 2.5], ['(sever|cut)\\w* (diplomatic )?ties', 4], ['summit', 3], ['security council', 3],
    ['resolution', 2], ['condemn*', 2.5], ['retaliat*', 2], ['urg(ed|es)', 1.5], ['bilateral', 3], ['talks', 2], ['rebuff*', 3],
    ['visit(ed)?', 1.5], ['envoy', 3], ['negotiat*', 2], ['restraint', 2.5], ['summoned', 3], ['state department', 2.5], ['kremlin', 1.5],
    ['tests?', 1], ['nuclear', 1.5], ['election interference', 3],
  ]),
  ATTRIB: cues([
    ['claim(ed|s)? responsibility', 8], ['claim(ed|s)? (the )?(attack|bombing|killing|murder|assassination)', 6], ['took responsibility', 7],
    ['responsib(le|ility)', 3], ['(denied|denies|deny|denying|rejected) (any )?(involvement|responsibility|role|links?)', 5], ['involvement in', 1.5], ['denied', 2.5], ['denies', 2.5], ['rejected (the )?(allegations?|accusations?|claims?|reports?)', 4],
    ['accus(ed|es|ing|ations?)', 3], ['allegations?', 2.5], ['blam(ed|es|ing)', 3.5], ['behind the (attack|bombing|blast)', 4],
    ['(carried out|perpetrated) by', 2], ['attributed', 3.5],
  ]),
};
