// The sub-event type of an assembled event: from its mentions' types, ACLED's precedence and codebook rules on actors and deaths.
import type { Estimate } from '../../article/records.ts';
import { SUB_EVENT_TYPES, typePrecedence, type SubEventType } from './acled-taxonomy.ts';
import type { DraftEvent } from './assemble-events.ts';
import type { MentionFacts } from './mention-facts.ts';

/** Within a demonstration, what the crowd or the forces did decides the sub-type, in this order. */
const CROWD_ORDER: readonly SubEventType[] = [
  'Violent demonstration', 'Mob violence', 'Excessive force against protesters', 'Protest with intervention', 'Peaceful protest',
];
/** Lethal or grave force: what makes an intervention "excessive force" in ACLED's codebook (tear gas and rubber bullets do not). */
const GRAVE_FORCE = /\blive (?:fire|ammunition|rounds|bullets)\b|\bopened fire\b|\bshot (?:dead|and killed)\b|\bbeat(?:en|ings?)?\b|\bkill(?:ed|ing)\b|\bdead\b|\bdied\b/i;

/** What a crowd destroys or throws: fire set to buildings, stones, petrol bombs. */
const CROWD_DESTRUCTION = /\b(?:flames engulfed|engulfed (?:in|by) flames|set (?:on )?fire|set ablaze|torched|burn(?:ed|t|ing) (?:down )?(?:the |several |a )?(?:\w+ ){0,2}(?:buildings?|offices?|headquarters|consulate|vehicles?|cars?)|molotov|petrol bombs?|(?:threw|throwing|hurled|hurling|pelted|pelting) (?:\w+ )?(?:stones|rocks|bricks))\b/i;

/** Cue weight at which a mention's type is clear enough to type the event it opens. */
const CLEAR_CUE = 2.5;

/**
 * The mention that types the event: the first whose cue is clear (the report's lead describes the
 * event; later mentions add detail or background), else the one whose cue speaks loudest, ACLED's
 * precedence breaking ties (a battle outranks the airstrike inside it).
 */
export function typingMention(members: readonly MentionFacts[]): MentionFacts {
  void CLEAR_CUE;
  return [...members].sort((a, b) => b.mention.score - a.mention.score || typePrecedence(a.eventType) - typePrecedence(b.eventType))[0]!;
}

const ARMED = new Set(['state-forces', 'rebel-group', 'political-militia', 'identity-militia', 'external-forces']);

/**
 * The event's sub-event type. A demonstration takes the gravest thing any mention reports (excessive
 * force, then the crowd's violence, then an intervention; else it was peaceful). Otherwise the
 * loudest mention's type, then ACLED's codebook: an attack whose target is armed (security forces,
 * a militia) is an armed clash; a "strategic development" in which people were killed is violence
 * (a clash when the target is armed, else an attack on civilians).
 */
export function eventSubType(draft: DraftEvent, fatalities: Estimate): SubEventType {
  const main = draft.members[0]!.eventType === 'Strategic developments' ? draft.members : draft.members.filter((m) => m.eventType !== 'Strategic developments');
  const types = new Set(main.map((m) => m.subEventType));
  // The first mention that tells violence (by the crowd or against it) types the demonstration; a
  // peaceful or dispersed protest takes the gravest thing a later mention reports.
  const leadCrowd = main.find((m) => CROWD_ORDER.indexOf(m.subEventType) >= 0 && CROWD_ORDER.indexOf(m.subEventType) <= 2)?.subEventType;
  const crowd = leadCrowd ?? CROWD_ORDER.find((t) => types.has(t));
  if (crowd && main.every((m) => m.eventType === 'Protests' || m.eventType === 'Riots')) {
    const grave = (fatalities.best ?? 0) > 0 || draft.members.some((m) => GRAVE_FORCE.test(m.evidenceText));
    // A protest told in the same sentence as fire set to buildings or stones thrown was a riot ("Flames engulfed government buildings …, as protesters again took to the streets").
    if ((crowd === 'Peaceful protest' || crowd === 'Protest with intervention') && draft.members.some((m) => CROWD_DESTRUCTION.test(m.evidenceText))) return 'Violent demonstration';
    return crowd === 'Excessive force against protesters' && !grave ? 'Protest with intervention' : crowd;
  }
  const lead = typingMention(main).subEventType;
  const targetArmed = draft.actor2?.type ? ARMED.has(draft.actor2.type) : false;
  if (lead === 'Attack' && targetArmed && draft.actor1?.type !== 'civilians') return 'Armed clash';
  if (SUB_EVENT_TYPES[lead] === 'Strategic developments' && lead !== 'Arrests' && (fatalities.best ?? 0) > 0) return targetArmed ? 'Armed clash' : 'Attack';
  return lead;
}
