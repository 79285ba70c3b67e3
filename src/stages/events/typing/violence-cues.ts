// Weighted trigger cues for ACLED's political-violence labels (battles, remote violence, violence against civilians).
// Sources: ACLED Codebook (2023) sub-event definitions; weights express how decisive a word is for its label.
import { cues, type Cue } from './cue-syntax.ts';
import type { CaseLabel } from './case-labels.ts';

/** Objects after capture/seize that make it about people or weapons, not ground. */
const NOT_TERRITORY = '\\s+(\\w+\\s+){0,4}(weapons|arms|ammunition|rifles|guns|firearms|explosives|drugs|trucks?|cars?|vehicles?|boats?|ships?|cash|fighters|militants|soldiers|members|suspects|rebels|terrorists|him|them|alive|prisoners|hostages|commanders?|leaders?|victims?|man|men|woman|women|suspects?|body|bodies|boy|girl|children)';

export const VIOLENCE_CUES: Partial<Record<CaseLabel, readonly Cue[]>> = {
  ARMED_CLASH: cues([
    ['clash*', 2.5], ['gun ?battle*', 3], ['gunfight*', 3], ['firefight*', 3], ['shoot ?out*', 2.5],
    ['exchange* (of )?fire', 3], ['fire exchange*', 3], ['exchanged (gun)?fire', 3], ['traded (gun)?fire', 3], ['skirmish*', 3],
    ['ambush*', 2.5], ['fierce fighting', 2.5], ['heavy fighting', 2.5], ['fighting', 1.5], ['fought', 2],
    ['battl(e|es|ed|ing)', 1.5], ['repuls*', 2.5], ['repell*', 2.5], ['counter ?attack*', 2],
    ['engaged', 1], ['encounter(ed|s)?', 2.5], ['(military )?(operations?|offensive) (against|targeting)', 2.5], ['targeting ~ (positions|hideouts|strongholds|bases)', 2], ['offensive', 1], ['assault', 1], ['raid*', 0.8], ['combat', 1.5], ['hostilities', 1.5],
    ['attack* (on|against) ~ (positions?|bases?|checkpoints?|posts?|outposts?|camps?|barracks|troops|soldiers|convoys?|patrols?)', 2.5],
  ]),
  // Territory verbs are neutral between the two sub-types: the initiator rule in classify-event decides.
  GOV_REGAINS_TERIT: cues([
    ['recaptur*', 3], ['retook', 3], ['retake*', 3], ['regain* (full )?control', 3], ['regain(ed|s|ing)? ~ (territory|ground|towns?|city|villages?|areas?|districts?|provinces?|positions?|neighbou?rhoods?)', 3],
    ['liberat*', 3], ['took back', 3], ['won back', 2], ['reclaim*', 2.5], ['purg*', 2],
    ['clear(ed|ing) ~ (of|from) ~ (militants|terrorists|rebels|insurgents|jihadists|fighters)', 2.5],
    ['restored (state )?control', 3], ['(ground|territory|control) (was|were|has been|had been) (regained|retaken|recaptured|restored)', 3], ['mop(ping)? up', 1.5],
    [`captur(e|ed|es|ing)(?!${NOT_TERRITORY})`, 3], [`seiz(e|ed|es|ing)(?!${NOT_TERRITORY})`, 2.5],
    ['(took|taken|take|takes|taking|gained|gain|gains|establish(ed)?|assumed|wrested|recovered) (full |complete )?control', 3],
    ['took over|taken over|taking over', 2.5], ['gained ground', 3], ['occupied', 2], ['advanc(ed|es|ing) (in)?to', 2],
    ['freed ~ (villages?|towns?|city|cities|areas?|districts?|neighbou?rhoods?|regions?)', 3],
    ['(drove|driven|pushed|push|pushing|forced) (back|out)', 2.5], ['expelled ~ from', 2], ['entered', 1],
    ['control of', 0.5],
  ]),
  NON_STATE_ACTOR_OVERTAKES_TER: cues([
    ['overr(a|u)n', 3], ['fell to (?!the ground|the floor|his knees|her knees|their knees|pieces)', 3], ['stormed', 1],
  ]),
  CHEM_WEAP: cues([
    ['chlorine', 4], ['sarin', 5], ['mustard (gas|agent)', 5], ['(sulfur|sulphur) mustard', 5], ['nerve (gas|agent)', 3], ['toxic (gas|chemicals?|substance)', 4],
    ['poison(ous)? gas', 5], ['chemical (weapons?|attacks?|agents?|munitions?|bombs?|strikes?)', 5],
    ['gas attack*', 4], ['suffocat*', 2], ['choking', 1.5], ['chemicals?', 1],
  ]),
  AIR_STRIKE: cues([
    ['air ?strike*', 4], ['air ?raid*', 4], ['air ?attack*', 3], ['war ?planes?', 4], ['fighter jets?', 3.5],
    ['jets?', 2], ['aircraft', 2.5], ['helicopters?', 2], ['choppers?', 2], ['gunships?', 3], ['drones?', 2.5], ['drone strikes?', 4],
    ['aerial (bombard*|bombing|attack*|strike*)', 4], ['air (bombard*|bombing)', 4],
    // "another Russian strike killed a woman": a strike that kills is a military one, not a walkout.
    ['strikes? ~ (killed|kill|kills|killing|wounded|injured|destroyed|damaged)', 2.5], ['air force', 2], ['sorties?', 3], ['barrel bombs?', 3],
    ['strikes', 1.5], ['bombard*', 1.5], ['bombed', 1], ['bombing raids?', 3], ['air power', 2], ['coalition strikes?', 3],
    ['(aircraft|jets?|warplanes?|planes?|drones?|helicopters?) ~ (bombed|bombarded|struck|hit|pounded|targeted|attacked|fired)', 2],
  ]),
  SUIC_BOMB: cues([
    ['suicide', 4], ['suicide (bomb*|attack*|blast|car bomb|vest|belt|truck)', 3], ['kamikaze*', 4],
    ['blew (himself|herself|themselves) up', 5], ['detonated (his|her|their) (explosive )?(vest|belt)', 5],
    ['self ?immolat*', 0], ['explosive (vest|belt)s?', 4],
  ]),
  ART_MISS_ATTACK: cues([
    ['shell(ed|ing)', 3.5], ['artillery', 3.5], ['mortars?', 3], ['mortar (shells?|rounds?|fire)', 1], ['rockets?', 2.5],
    ['missiles?', 2.5], ['projectiles?', 3], ['katyushas?', 4], ['howitzers?', 4], ['tank (fire|shells?)', 3],
    ['anti ?aircraft (guns?|fire)', 2], ['grad', 2], ['ballistic missiles?', 1], ['rocket ?propelled', 1],
    ['fired (a |two |three )?(rockets?|missiles?|shells?)', 2], ['(rockets?|missiles?|shells?|mortars?) ~ (fired|landed|hit|struck|slammed)', 2.5], ['bombard*', 1.5], ['heavy weapons', 1.5],
  ]),
  REM_EXPLOS: cues([
    ['ieds?', 4], ['improvi[sz]ed? explosive', 4], ['vbieds?', 4], ['roadside bombs?', 4.5], ['car bombs?', 4], ['(truck|lorry|vehicle|motorcycle|motorbike|bicycle) bomb(s|ing|ings)?', 4],
    ['explosive devices?', 3], ['land ?mines?', 4], ['mines?', 1.5], ['booby ?trap*', 4], ['(sticky|magnetic|parcel|pipe|time) bombs?', 4],
    ['bombs?', 2], ['bombings?', 2], ['blasts?', 2.5], ['explosions?', 1.5], ['explod*', 1.5], ['detonat*', 2],
    ['went off', 2], ['planted', 2], ['explosive[s-]laden', 3], ['(packed|laden|loaded|rigged) with explosives', 3.5], ['remote[ -]controlled', 3], ['ripped through', 1.5],
  ]),
  GRENADE: cues([
    ['grenades?', 5], ['hand grenades?', 2], ['(hurled|lobbed|threw|thrown|hurl*|lob*) (a )?grenade', 2],
  ]),
  SEX_VIOL: cues([
    ['rap(e|es|ed|ing)', 5], ['raped', 1], ['gang ?rap*', 5], ['sexual(ly)? (assault*|abus*|violence|harass*|exploit*|slavery)', 5],
    ['sexually', 3], ['molest*', 4], ['abused (women|girls)', 3], ['defil*', 3],
  ]),
  ATTACK: cues([
    ['gunm(a|e)n', 2.5], ['gunned down', 3], ['massacre*', 3], ['execut(ed|ion|ions|ing)', 2.5], ['assassinat*', 3], ['shot dead', 2],
    ['murder*', 2.5], ['stabb*', 3], ['behead*', 3.5], ['hacked to death', 3.5], ['machete*', 2.5], ['slaughter*', 2.5],
    ['killed', 1.5], ['kill(s|ing)', 1.5], ['attack(s|ed|ing)?', 1], ['opened fire', 1.5], ['shot(?! down)', 1], ['gunshot', 1],
    ['burn(ed|t) alive', 3], ['tortur*', 2.5], ['stormed', 1], ['raided', 1], ['assault(ed)?', 1],
    ['bodies', 1], ['killed (\\w+ )?(civilians|villagers|residents|worshippers|farmers|students|women|children)', 2],
    ['deaths of', 1.5], ['incursions? (of|by) ~ into', 2],
  ]),
  ABDUCT_DISSAP: cues([
    ['kidnap*', 5], ['abduct*', 5], ['hostages?', 3.5], ['taken hostage', 2], ['held captive', 4], ['captives?', 3],
    ['forc(ed|ibly) disappear*', 5], ['disappear(ed|ance)', 3], ['went missing', 3], ['seized (\\w+ )?(people|civilians|men|women|children)', 2],
    ['whisked away', 3], ['ransom', 3], ['snatched', 2.5], ['taken away', 2.5], ['unknown whereabouts', 3],
  ]),
};
