// Argument cues that decide between sibling labels: who acts (state or non-state), who is hit (civilians or armed men).
import { compileCue, occurs } from './cue-syntax.ts';

const STATE_FORCES = compileCue(
  '(government|regime|state|national|federal|official|pro-government|loyalist) ~ (forces|troops|army|soldiers)|army|armed forces|military|soldiers?|troops|' +
    'security forces|police(men)?|gendarme*|marines|air force|navy|national guard|border guards?|special forces|commandos|' +
    'the (syrian|iraqi|afghan|nigerian|somali|yemeni|libyan|malian|turkish|israeli|russian|ukrainian|indian|pakistani|ethiopian) (army|forces|troops)|sa(a|f)|idf|fardc|amisom',
);
const NON_STATE_ARMED = compileCue(
  'rebels?|insurgents?|militants?|jihadists?|terrorists?|extremists?|guerrillas?|militias?|militiamen|gunm(a|e)n|fighters|' +
    'islamic state|isis|isil|daesh|al[- ]qaeda|al[- ]shabaab?|taliban|boko haram|houthis?|ansar allah|hezbollah|hts|nusra|' +
    'bandits|separatists|(armed|opposition) groups?|mujahideen|(rebel|opposition)[- ]held',
);
const CIVILIANS = compileCue(
  'civilians?|villagers?|residents?|worshipp?ers?|students?|pupils|children|child|women|girls?|farmers?|herders?|shepherds?|' +
    'passengers?|pilgrims?|teachers?|journalists?|reporters?|traders?|shoppers?|fishermen|families|family|communit(y|ies)|' +
    'aid workers?|doctors?|nurses?|patients|refugees|idps|displaced|people|person|man|men|woman|boy|elderly|' +
    'market|mosque|church|school|village|homes?|houses?|hospital|wedding|funeral|bus|classrooms?|university',
);
const ARMED_TARGETS = compileCue(
  'soldiers?|troops|army|police(men)?|officers|security forces|militants?|fighters|rebels?|insurgents?|terrorists?|jihadists?|' +
    'militiamen|militias?|positions?|bases?|barracks|checkpoints?|outposts?|patrols?|convoys?|military|guards?|camps?|(army|military|police|security|border|checkpoint|guard|observation) posts?|garrison',
);

function count(pattern: RegExp, text: string): number {
  return [...text.matchAll(pattern)].length;
}

/**
 * Counts of civilian and armed target words in `text`: evidence for Attack versus Armed clash. With
 * `actAt` (where the act is named), armed words before it count only in a passive clause ("soldiers
 * were attacked"): in an active one they name the attacker ("ADF rebels made a new deadly attack").
 */
export function targetProfile(text: string, actAt = 0): { civilians: number; armed: number } {
  const before = text.slice(0, actAt);
  const passive = /\b(?:was|were|been|being|got)\s+(?:\w+ly\s+)?\w+ed\b/i.test(text.slice(actAt, actAt + 40)) || /\b(?:was|were|been|being|got)\s+(?:\w+\s+)?$/i.test(before);
  const armed = count(ARMED_TARGETS, text) - (passive ? 0 : count(ARMED_TARGETS, before));
  return { civilians: count(CIVILIANS, text), armed };
}

/**
 * Who performs the action at `verbIndex`: the first state or non-state armed actor named in the
 * clause before it (the grammatical subject, usually), as 'state' | 'non-state', or null.
 * The clause starts after the last comma, "that" or sentence end before the verb, so attributions
 * ("an army spokesman said that rebels took…") do not count as the initiator.
 */
export function initiatorBefore(text: string, verbIndex: number): 'state' | 'non-state' | null {
  const before = text.slice(0, verbIndex);
  const clauseStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf(', '), before.lastIndexOf(' that ')) + 1;
  let clause = before.slice(clauseStart);
  if (!occurs(STATE_FORCES, clause) && !occurs(NON_STATE_ARMED, clause)) clause = before.slice(Math.max(0, before.lastIndexOf('. ') + 1));
  const first = (pattern: RegExp): number => {
    pattern.lastIndex = 0;
    const m = pattern.exec(clause);
    pattern.lastIndex = 0;
    return m ? m.index : -1;
  };
  const state = first(STATE_FORCES);
  const nonState = first(NON_STATE_ARMED);
  if (state < 0 && nonState < 0) return null;
  if (state < 0) return 'non-state';
  if (nonState < 0) return 'state';
  return nonState < state ? 'non-state' : 'state';
}

const PROTEST_CONTEXT = compileCue('protest*|demonstrat*|riot*|rall(y|ies)|march(es|ed|ers)?|crowds?|sit ?ins?|strikers');
const HARM = compileCue('kill*|dead|died|deaths?|shot|injur*|wound*|hurt|casualties|fatalit*|lives');
const FORCES_ACTING = compileCue('police|security forces|soldiers|troops|army|officers|riot police|authorities');

/** Whether the text speaks of a demonstration at all (protest sub-types need one). */
export function hasProtestContext(text: string): boolean {
  return count(PROTEST_CONTEXT, text) > 0;
}

/** Whether people were killed or hurt, and whether state forces are named: excessive force needs both. */
export function harmProfile(text: string): { harm: number; forces: number } {
  return { harm: count(HARM, text), forces: count(FORCES_ACTING, text) };
}

/** Something done with a weapon: without such a word a weapon noun reports no attack. */
export const WEAPON_USED = compileCue(
  'fired|fire|launched|struck|strikes|hit|hits|landed|target(ed|ing)|kill*|wound*|injur*|explod*|detonat*|attack*|shell(ed|ing)|' +
    'bomb(ed|ing|ings)|bombard*|set off|pound*|dropp*|carried out|destroy*|damag*|went off|blasts?|blew|air ?strikes?|air ?raids?|call(ed)? in|dead|' +
    'hurl*|lob*|threw|thrown|toss*|rained|exploded|explosions?|ripped|suicide|casualties|victims',
);
